"""Pairs of words written side by side with a capital on each, stored at index time: every pair
the question-time test (`written_in`: a `phrase` of the two words, both written with a capital)
can find in a text has its key among the text's keys."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from qabot.search.question_names import phrase
from qabot.text import name_pair_keys, pair_key


def test_pairs_written_with_capitals_are_keyed() -> None:
    keys = name_pair_keys("The World Cup went to George W. Bush's Texas Rangers.")
    for key in ("world+cup", "george+bush", "george+w", "w.+bush", "bush+texas", "texas+rangers"):
        assert key in keys
    assert "cup+went" not in keys  # "went" has no capital
    assert name_pair_keys("no capitals here at all") == []


def test_the_end_and_start_of_joined_words_are_keyed() -> None:
    # a pattern of "many zorb" matches "Many Zorb" inside "O'Many Zorb.5": keyed too
    keys = name_pair_keys("O'Many Zorb.5 and x-Ray Vision")
    assert {"many+zorb", "o'many+zorb.5", "ray+vision"} <= set(keys)


def test_letters_case_folded_to_ascii_are_keyed_as_ascii() -> None:
    assert "bilal+kelvin" in name_pair_keys("B\u0131lal \u212aelvin")


_PIECES = st.sampled_from(
    [
        "Zorb",
        "zorb",
        "Many",
        "many",
        "O'Many",
        "Zorb.5",
        "W.",
        "W",
        "NATO's",
        "nato",
        "x-Ray",
        "Ray",
        "U.S.",
        "Bılly",
        "\u212aelvin",
        "kelvin",
        "Ann’s",
        "ann",
        "(Vale",
        "Vale)",
        "3G",
    ]
)
_GAPS = st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", ", ", ". ", "-", "'", ""])
_WORDS = st.sampled_from(
    [
        "zorb",
        "many",
        "o'many",
        "w",
        "nato",
        "nato's",
        "ray",
        "x-ray",
        "u.s.",
        "billy",
        "kelvin",
        "ann",
        "vale",
        "zorb.5",
        "3g",
    ]
)


@given(st.lists(st.tuples(_PIECES, _GAPS), max_size=10), _WORDS, _WORDS)
@example([("George", " "), ("W.", " "), ("Bush", "")], "george", "bush")
@example([("George", " "), ("W.", " "), ("Bush", "")], "w.", "bush")
@example([("You", " "), ("O", " "), ("D", " "), ("My", "")], "o", "my")
def test_every_pair_a_pattern_finds_written_with_capitals_is_keyed(
    parts: list[tuple[str, str]], first: str, second: str
) -> None:
    text = "".join(piece + gap for piece, gap in parts)
    for found in phrase([first, second]).finditer(text):
        written = found.group().split()
        if written[0][0].isupper() and written[-1][0].isupper():
            a, b = (w.removesuffix("'s").removesuffix("’s") for w in (first, second))
            assert pair_key(a, b) in name_pair_keys(text)
