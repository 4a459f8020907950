"""The newest articles, paged: "more" after "what's new?" numbers what it shows, says when none
are left, and days no article is dated in are told the nearest days that have some."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import Conversation, answer
from tests.support.indexes import dated_index_of


@pytest.fixture(scope="module")
def gazette(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return dated_index_of(
        tmp_path_factory.mktemp("gazette"),
        {
            "a.md": ("2024-03-01", "Harbour Gazette", "Quay reopens", "The quay reopened."),
            "b.md": ("2024-03-04", "Harbour Gazette", "Ferry fares rise", "Fares rose a tenth."),
            "c.md": ("2024-03-05", "Valley Herald", "Mill closes", "The old mill closed."),
            "d.md": ("2024-03-18", "Valley Herald", "Strike ends", "The rail strike ended."),
        },
    )


def test_more_after_the_newest_numbers_the_next_and_says_when_none_are_left(
    gazette: Index,
) -> None:
    chat = Conversation()
    first = answer(gazette, "what's new?", top=2, conversation=chat)
    assert first.lead == "The newest articles:" and len(first.passages) == 2
    more = answer(gazette, "more", top=2, conversation=chat)
    assert more.lead == "More of the newest articles (3-4):"
    assert [hit.article.title for hit in more.passages] == ["Ferry fares rise", "Quay reopens"]
    done = answer(gazette, "more", top=2, conversation=chat)
    assert not done.found and done.lead == "No more of the newest articles."


def test_more_after_the_news_of_some_days_says_none_are_left(gazette: Index) -> None:
    # it had said "No dated article in the index matches that", under the four just shown
    chat = Conversation()
    first = answer(gazette, "news from march 2024", top=4, conversation=chat)
    assert first.found and len(first.passages) == 4
    done = answer(gazette, "more", top=4, conversation=chat)
    assert not done.found
    assert done.lead == "No more of the newest articles (2024-03-01 to 2024-03-31)."


def test_days_with_no_article_are_told_the_nearest_that_have_one(gazette: Index) -> None:
    result = answer(gazette, "news from 10 march 2024")
    assert not result.found
    assert result.lead == (
        "The nearest articles are dated 5 March 2024 and 18 March 2024; none is dated then "
        "(Sunday 2024-03-10)."
    )
    herald = answer(gazette, "news from the Valley Herald on 1 march 2024")
    assert herald.lead == (
        "The nearest article from Valley Herald is dated 5 March 2024; none is dated then "
        "(Valley Herald, Friday 2024-03-01)."
    )


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("anything from march 2024", "The newest articles (2024-03-01 to 2024-03-31):"),
        ("anything from the Valley Herald", "The newest articles (Valley Herald):"),
    ],
)
def test_anything_from_days_or_an_outlet_asks_for_their_news(
    gazette: Index, question: str, lead: str
) -> None:
    # "anything from last week" had answered "No quotes from last week in the articles", and
    # "anything from the Intercept" searched the word "anything" in its articles
    result = answer(gazette, question)
    assert result.found and result.lead == lead
