"""One reply holds at most MAX_MESSAGES messages; the rest waits behind "More results"."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from qabot.bot.paging import CUT_NOTE, MAX_MESSAGES, first_page, next_page
from qabot.search import Answer
from tests.bot.test_html import checked, hit, quote_hit


def long_passage(rank: int, words: int = 600) -> str:
    return " ".join(f"word{rank}x{i}" for i in range(words)) + "."


def test_passages_that_do_not_fit_are_left_for_the_next_page() -> None:
    hits = [hit(long_passage(rank), rank=rank) for rank in range(1, 11)]
    reply = first_page(Answer("q", True, "Lead", hits))
    assert len(reply.messages) <= MAX_MESSAGES
    assert 1 <= reply.shown < len(hits)
    plains = "".join(checked(reply.messages))
    assert f"word{reply.shown}x599" in plains
    assert f"word{reply.shown + 1}x0" not in plains


def test_one_huge_passage_is_cut_short_with_a_note() -> None:
    reply = first_page(Answer("q", True, "Lead", [hit(long_passage(1, 20_000))]))
    assert len(reply.messages) == MAX_MESSAGES
    assert reply.messages[-1] == CUT_NOTE
    assert reply.shown == 1  # the next page starts after it, never at it again


def test_a_page_of_more_results_has_the_same_cap() -> None:
    hits = [hit(long_passage(rank), rank=rank) for rank in range(4, 14)]
    reply = next_page(Answer("q", True, "Lead", hits), 3, "q")
    assert len(reply.messages) <= MAX_MESSAGES
    assert checked(reply.messages)[0].startswith(f"More passages for “q” (4-{3 + reply.shown}):")


def test_many_quotes_are_cut_short_too() -> None:
    quotes = [quote_hit(long_passage(n, 300), f"word{n}x1", f"Speaker {n}") for n in range(50)]
    reply = first_page(Answer("q", True, "Lead", quotes=quotes))
    assert len(reply.messages) == MAX_MESSAGES
    assert reply.messages[-1] == CUT_NOTE


@settings(deadline=None)
@given(st.lists(st.integers(1, 2000), max_size=8), st.integers(0, 1000))
def test_any_answer_fits_in_the_cap(lengths: list[int], offset: int) -> None:
    hits = [hit(long_passage(rank, words), rank=rank) for rank, words in enumerate(lengths, 1)]
    result = Answer("q", True, "Lead", hits)
    for reply in (first_page(result), next_page(result, offset, "q")):
        assert len(reply.messages) <= MAX_MESSAGES
        assert reply.shown == len(hits) or 1 <= reply.shown < len(hits)
        checked(reply.messages)


def test_a_further_page_of_a_linked_article_says_which_article_it_continues() -> None:
    # "More" after a link answer pages the article: its lead names the article, with the span
    # of the passages this reply shows, not "More passages for" the link typed
    hits = [hit(long_passage(rank), rank=rank) for rank in range(4, 14)]
    answer = Answer(
        "https://example.org/wall", True, "More of the article “Wall <b>report</b>” (4-13):", hits
    )
    reply = next_page(answer, 3, "https://example.org/wall")
    first = checked(reply.messages)[0]
    assert first.startswith(f"More of the article “Wall <b>report</b>” (4-{3 + reply.shown}):")
    assert "example.org" not in first
