"""Letters typed joined to a number ("tvx4") are searched as the archive writes them apart,
the number in figures or in words ("TVX Four"); and a question naming a year no article is
dated in shows only passages that mention it, also when the page is searched again for a
winner. Through answer(), on short invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import DatedArticle, dated_index_of

# undated stories beside one dated article: a year asked is one no article is dated in
ARTICLES: dict[str, DatedArticle] = {
    "award.md": (
        None,
        None,
        "Quiet drama wins TVX Four prize",
        "The quiet drama Low Tide has been named winner of the TVX Four Film Award. The prize "
        "was presented at a ceremony in Leeds on Thursday.",
    ),
    "shortlist.md": (
        None,
        None,
        "Six films on the shortlist",
        "Six films from around the world are on the shortlist for the TVX Four Film Award, "
        "chosen by a panel of critics.",
    ),
    "channel.md": (
        None,
        None,
        "TVX Four turns five",
        "TVX Four began broadcasting in 2001 from a studio in Leeds, and its film award "
        "started two years later.",
    ),
    "harbour.md": (
        "2023-05-01",
        "Harbour Times",
        "Harbour wall finished",
        "The new harbour wall was finished on Friday, a month early, the council said.",
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return dated_index_of(Path(tmp_path_factory.mktemp("letters_numbers")), ARTICLES)


def test_answer_reads_letters_joined_to_a_number_as_written_apart(index: Index) -> None:
    result = answer(index, "what won the tvx4 film award")
    assert result.found
    assert "Low Tide" in result.passages[0].highlight


def test_answer_shows_no_winner_of_another_year_for_a_year_asked(index: Index) -> None:
    result = answer(index, "Who won the Tvx Four film award in 2001")
    assert not result.found
    assert not result.passages
