"""A one-word name the articles quote as a body's and hold in a person's name: "what did
Quillon say" where a magazine Quillon and a judge, Mr Justice Quillon, are both quoted. The
judge is not the magazine quoted short: the topic tells them apart, or the answer asks."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "award.txt": (
        "Baker boss wins magazine award\n\n"
        "Bread maker Tom Abel has been named businessman of the year by US publication "
        "Quillon for turning round the family bakery.\n\n"
        '"Few bakers have done so much with so little," Quillon said of the award.\n'
    ),
    "court.txt": (
        "Judges rule on harbour case\n\n"
        "Lord Justice Brede and Mr Justice Quillon ruled that the harbour board had acted "
        'within the law, but said its notice "came far too late for the fishermen".\n'
    ),
}


@pytest.fixture(scope="module")
def quillons(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("body_namesakes"), ARTICLES)


def test_the_topic_picks_the_body_over_the_judge(quillons: Index) -> None:
    result = answer(quillons, "what did Quillon say when it named the businessman of the year")
    assert result.speaker == "Quillon"
    assert [hit.quote.speaker for hit in result.quotes] == ["Quillon"]


def test_with_no_topic_the_answer_asks_which(quillons: Index) -> None:
    result = answer(quillons, "what did quillon say")
    assert not result.quotes
    assert set(result.choices) == {"Quillon", "Justice Quillon"}
    # the magazine is no person: the lead does not call them both people
    # typed "quillon": echoed as the names write it
    assert result.lead.startswith("Several speakers called Quillon are quoted. Do you mean")


def test_the_judge_asked_by_title_is_answered(quillons: Index) -> None:
    result = answer(quillons, "what did justice quillon say")
    assert [hit.quote.speaker for hit in result.quotes] == ["Justice Quillon"]
