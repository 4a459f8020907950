"""Questions about someone the articles name, asking of a thing they never report of them
("was X sacked", "X wedding"): the person's passages are no answer, and the answer says what
none of them holds, with `found` false. A thing reported of them, in any passage of their
articles or beside their name elsewhere, is answered as before. Through answer(), on short
invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "rovers.txt": (
        "Rovers coach under pressure\n\n"
        "Harbour Rovers coach Olwen Tarrant faces questions from the board after a third "
        "defeat in a row. Tarrant said the squad was tired after a long winter.\n\n"
        "The board will meet on Friday to review the season."
    ),
    "win.txt": (
        "Rovers win at last\n\n"
        "Harbour Rovers beat Dunmore 2-0 on Saturday, easing the pressure on coach Olwen "
        "Tarrant. Kell scored both goals."
    ),
    "dunmore.txt": (
        "Dunmore sack their manager\n\n"
        "Dunmore have sacked their manager Ewan Pike after a run of six defeats. Pike joined "
        "the club two years ago."
    ),
    "society.txt": (
        "A harbour wedding\n\n"
        "The wedding of the harbour master drew crowds to the quay on Sunday, with a brass "
        "band playing until dusk."
    ),
    "weather.txt": (
        "Rain ahead\n\n"
        "Forecasters expect rain across the valley on Sunday and Monday, with sunshine later "
        "in the week. Angry farmers say the fields are already flooded."
    ),
    "market.txt": (
        "Fish market opens early\n\n"
        "The fish market opened early on Friday as the boats came in with a record catch of "
        "herring, traders said."
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("unreported")), ARTICLES)


@pytest.mark.parametrize(
    ("question", "lacked"),
    [
        ("Was Olwen Tarrant sacked as Rovers coach?", "sacked"),
        ("Olwen Tarrant wedding", "wedding"),
    ],
)
def test_a_thing_never_reported_of_someone_named_is_no_answer(
    index: Index, question: str, lacked: str
) -> None:
    # before: her passages were shown as the best match ("coach", "Rovers" and her name)
    result = answer(index, question)
    assert not result.found
    assert not result.passages
    assert "no sentence about “Olwen Tarrant" in result.lead
    assert result.lead.endswith(f" has “{lacked}”.")


def test_a_thing_reported_of_someone_elsewhere_in_the_archive_is_answered(index: Index) -> None:
    result = answer(index, "Was Ewan Pike sacked by Dunmore?")
    assert result.found
    assert result.passages[0].article.path == "dunmore.txt"


def test_a_thing_reported_of_someone_in_a_synonym_is_answered(tmp_path: Path) -> None:
    # "visited the tomb": the story writes "grave" in another word of the same sense
    articles = {
        **ARTICLES,
        "tomb.txt": "Minister in Kestel\n\nHarbour minister Ida Marrow visited the tomb of the "
        "poet Aled Vane in Kestel on Monday, the first minister to do so.\n",
        "cliff.txt": "Cliff path\n\nA grave danger faces walkers on the cliff path, the council "
        "said.\n",
    }
    result = answer(index_of(tmp_path, articles), "Ida Marrow grave visit")
    assert result.found
    assert result.passages[0].article.path == "tomb.txt"


def test_a_thing_another_passage_of_their_articles_reports_is_answered(index: Index) -> None:
    # "review" is in the rovers story's last paragraph, not in the passage naming her
    result = answer(index, "Olwen Tarrant season review")
    assert result.found
    assert "rovers.txt" in {hit.article.path for hit in result.passages}


def test_a_question_asking_why_takes_its_words_as_the_reader_s_own(index: Index) -> None:
    # "angry" is in no passage about her, but the story may tell it in other words
    result = answer(index, "Why was Olwen Tarrant so angry after the third defeat?")
    assert result.found
    assert result.passages[0].article.path == "rovers.txt"


SPACES = {
    "spaces.txt": (
        "Kestrel Spaces opens to all\n\n"
        "Kestrel Spaces, the blog service, is free to anyone with a Kestrel mail account, its "
        "makers said on Monday. Kestrel Spaces holds photos and diaries."
    ),
    "porthmere.txt": (
        "Porthmere regatta\n\n"
        "Porthmere held its summer regatta on Saturday, with forty boats racing in the bay."
    ),
    "tolls.txt": (
        "Bridge tolls rise\n\n"
        "Drivers will pay more to cross the valley bridge from May, and lorries will pay twice "
        "as much. Flood warnings were issued for the valley on Sunday."
    ),
    "weather.txt": (
        "Rain ahead\n\n"
        "Forecasters expect rain across the valley on Sunday and Monday, with sunshine later "
        "in the week."
    ),
    "market.txt": (
        "Fish market opens early\n\n"
        "The fish market opened early on Friday as the boats came in with a record catch of "
        "herring, traders said."
    ),
}


@pytest.fixture(scope="module")
def spaces(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("spaces")), SPACES)


def test_a_name_of_one_word_beside_other_words_asked_may_answer_in_other_words(
    spaces: Index,
) -> None:
    # before: 'no sentence about “Kestrel” has “pay”' ("free" is the story's word)
    result = answer(spaces, "do you have to pay for Kestrel spaces")
    assert result.found
    assert result.passages[0].article.path == "spaces.txt"


def test_a_name_of_one_word_alone_with_a_thing_never_reported_is_no_answer(
    spaces: Index,
) -> None:
    # the passages about Porthmere hold nothing else asked: they are no answer
    result = answer(spaces, "flood warnings in Porthmere")
    assert not result.found and not result.passages
