"""`held_or_beside`: a quote's passage score, or that of a passage ending just before it or
opening just after it, read in one pass over its article's spans, as the two apart give it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from qabot.records import Quote
from qabot.search.quote_ranking import Context
from qabot.search.quote_surroundings import beside, held_or_beside

SPAN = st.tuples(st.integers(0, 400), st.integers(1, 200), st.floats(0.1, 30.0))


def _quote(start: int, end: int, article: str = "a") -> Quote:
    return Quote(article, "Ana Ruiz", "x" * (end - start), "direct", "said", start, end, "")


@given(st.lists(SPAN, max_size=8), st.lists(SPAN, max_size=3), st.integers(0, 400))
def test_one_pass_gives_what_the_two_give(
    spans: list[tuple[int, int, float]], elsewhere: list[tuple[int, int, float]], at: int
) -> None:
    where = [("a", start, start + size) for start, size, _ in spans]
    where += [("b", start, start + size) for start, size, _ in elsewhere]
    scores = [score for *_, score in spans] + [score for *_, score in elsewhere]
    context = Context.of_spans(where, scores)
    quote = _quote(at, at + 40)
    assert held_or_beside(context, quote) == max(context.passage(quote), beside(context, quote))


def test_a_passage_just_before_the_quote_counts_at_its_share() -> None:
    context = Context.of_spans([("a", 0, 100), ("a", 300, 400)], [10.0, 5.0])
    assert held_or_beside(context, _quote(150, 200)) == 0.8  # beside the first: 0.8 of its score
    assert held_or_beside(context, _quote(320, 360)) == 0.5  # held by the second
    assert held_or_beside(context, _quote(600, 650)) == 0.0


@given(
    st.lists(st.tuples(st.integers(0, 2000), st.integers(1, 600), st.floats(0.1, 30.0))),
    st.integers(0, 2000),
    st.integers(1, 300),
)
def test_only_the_spans_near_the_quote_are_read_yet_none_is_missed(
    spans: list[tuple[int, int, float]], at: int, size: int
) -> None:
    # spans of many lengths, far and near: those `Context.by_start` leaves unread meet none
    context = Context.of_spans(
        [("a", start, start + n) for start, n, _ in spans], [s[2] for s in spans]
    )
    quote = _quote(at, at + size)
    assert held_or_beside(context, quote) == max(context.passage(quote), beside(context, quote))


def test_quotes_at_one_place_hash_alike_but_differ() -> None:
    one, other = _quote(10, 50), Quote("a", "Bo Lin", "y" * 40, "reported", "said", 10, 50, "")
    assert hash(one) == hash(other)
    assert one != other
    assert len({one, other, _quote(10, 50)}) == 2
