"""tantivy's analysis of long plain ASCII texts gives exactly the terms of ours (`rust_terms`)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from qabot.text import STOP_WORDS, analyze
from qabot.text.analyzer import _analyze_here, analyze_spans
from qabot.text.rust_terms import RUST_MIN, SEPARATOR, rust_terms

_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_WORDS = st.text(alphabet=_LETTERS + "0123456789", min_size=1, max_size=14)
# what our rules read beyond cutting, lowering, stop words and stems, and their neighbours
_TRICKY = [
    "Stoltenberg's",
    "NATO'S",
    "students'",
    "don't",
    "DON'T",
    "we've",
    "they're",
    "it'll",
    "I'm",
    "he'd",
    "could've",
    "o'brien",
    "O'Neill",
    "y'all",
    "ma'am",
    "rock'n'roll",
    "i'd've",
    "nato's'",
    "'tis",
    "'s",
    "'",
    "''",
    "150,000",
    "3.5",
    "1.2.3",
    ",5",
    "x.5",
    "3.",
    "e.g.",
    "U.S.",
    "M&S",
    "AT&T's",
    "a&b",
    "`rock`",
    "Co-op",
    "a_b",
    "3km",
    "1990s",
    "2015",
    SEPARATOR,
    "0" * 25 + "1",
]
_PIECES = (
    st.sampled_from(_TRICKY)
    | st.sampled_from(sorted(STOP_WORDS))
    | _WORDS
    | st.text(alphabet=_LETTERS + "0123456789 '.,-`_!?\"()&\n", max_size=12)
)
_GLUE = st.sampled_from([" ", " ", "  ", "\n", "-", "'", ".", ", ", ". ", ""])
_TEXTS = st.tuples(st.lists(_PIECES, max_size=60), _GLUE).map(lambda p: p[1].join(p[0]))
# texts no rule of ours beyond Rust's touches: Rust must take them
_PLAIN = st.tuples(
    st.lists(
        _WORDS
        | st.sampled_from(sorted(STOP_WORDS - {w for w in STOP_WORDS if "'" in w}))
        | st.sampled_from(["nato's", "don't", "we've", "U.S.", "e.g.", "Co-op", "3km", "(x)"]),
        max_size=60,
    ),
    st.sampled_from([" ", "\n", "-", ". ", ", ", "! "]),
).map(lambda p: p[1].join(p[0]))


@given(st.lists(_TEXTS, min_size=1, max_size=4))
def test_rust_gives_our_terms_or_leaves_the_text_to_us(parts: list[str]) -> None:
    terms = rust_terms(parts, STOP_WORDS)
    assert terms is None or terms == [_analyze_here(part) for part in parts]


@given(st.lists(_PLAIN, min_size=1, max_size=4))
def test_rust_takes_plain_text_and_gives_our_terms(parts: list[str]) -> None:
    assert rust_terms(parts, STOP_WORDS) == [_analyze_here(part) for part in parts]


@given(st.lists(_WORDS, min_size=1, max_size=200))
def test_rust_stems_every_word_as_our_stemmer_does(words: list[str]) -> None:
    text = " ".join(words)
    assert rust_terms([text], STOP_WORDS) == [_analyze_here(text)]


@given(
    _TEXTS | _PLAIN,
    st.lists(st.tuples(st.integers(0, 600), st.integers(0, 600)), max_size=8),
)
def test_spans_analysed_by_rust_are_our_analysis_of_each_span(
    text: str, bounds: list[tuple[int, int]]
) -> None:
    spans = [(min(a, b, len(text)), min(max(a, b), len(text))) for a, b in bounds]
    spans += [(0, len(text))]
    expected = [_analyze_here(text[a:b]) for a, b in spans]
    assert analyze_spans(text, spans) == expected
    assert analyze(text) == expected[-1]


def test_examples_of_what_rust_leaves_to_us() -> None:
    plain = "Troops of NATO's allies didn't leave. " * 8
    assert len(plain) >= RUST_MIN
    assert rust_terms([plain], STOP_WORDS) == [_analyze_here(plain)]
    assert analyze(plain).startswith("troop nato alli leav troop")
    for special in ["O'Brien", "150,000", "3.5", "M&S", "`rock`", "i'd've", SEPARATOR]:
        assert rust_terms([plain + special], STOP_WORDS) is None
        assert analyze(plain + special) == _analyze_here(plain + special)
