"""`lowered` and `may_contain` say "no" only where a pattern of the word, ignoring case, finds
nothing: they spare compiling it, and must never hide a match."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from qabot.text import (
    NEAR_ASCII,
    lowered,
    may_contain,
    may_contain_all,
    standing_starts,
    unjoined_matches,
    whole_words,
    writes_adjacent,
)
from tests.support.examples import at_least

# letters `re` folds beyond ASCII (dotted and dotless i, long s, the Kelvin sign), accents,
# apostrophes, word characters and white space
_ALPHABET = "aAbBkKsSiIıİſKéÉ’'._1 \t\n-"


def test_only_the_near_ascii_letters_fold_to_ascii_or_change_length() -> None:
    odd = set()
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        letter = chr(code)
        lower = letter.lower()
        if len(lower) != 1 or (not letter.isascii() and lower.isascii()):
            odd.add(letter)
    assert odd <= set(NEAR_ASCII)


@settings(deadline=None)
@given(st.text(alphabet=_ALPHABET, min_size=1, max_size=4), st.text(alphabet=_ALPHABET))
def test_no_word_a_pattern_finds_is_said_to_be_missing(word: str, text: str) -> None:
    if re.search(re.escape(word), text, re.IGNORECASE):
        assert may_contain(lowered(text), word)


@settings(deadline=None)
@given(
    st.lists(st.text(alphabet=_ALPHABET.replace(" ", ""), min_size=1, max_size=3), max_size=3),
    st.text(alphabet=_ALPHABET),
)
def test_no_name_a_pattern_finds_is_said_to_be_missing(words: list[str], text: str) -> None:
    # the pattern of a name never quoted (`unknown_speakers`): its words as whole words,
    # spaced in any way, ignoring case
    words = [word for word in words if word.strip()]
    pattern = r"(?<![\w-])" + r"\s+".join(map(re.escape, words)) + r"(?![\w-])"
    if words and re.search(pattern, text, re.IGNORECASE):
        assert may_contain_all(text, words)


# at least 300, not the profile's 25: a hyphen before a match left unchecked fails in 6 of 6
# seeds at 300, 3 of 6 at 100
@settings(max_examples=at_least(300), deadline=None)
@given(
    st.lists(st.text(alphabet="aAbB-_é1.", min_size=1, max_size=2), min_size=1, max_size=2),
    st.text(alphabet="aAbB-_é1. \n"),
)
def test_unjoined_matches_are_what_a_look_behind_finds(words: list[str], text: str) -> None:
    body = r"\s+".join(map(re.escape, words)) + r"(?![\w-])"
    behind = re.compile(r"(?<![\w-])" + body, re.IGNORECASE)
    found = unjoined_matches(re.compile(body, re.IGNORECASE), text)
    assert [m.span() for m in found] == [m.span() for m in behind.finditer(text)]


def test_a_match_after_a_word_or_hyphen_is_passed_over() -> None:
    pattern = re.compile(r"ada(?![\w-])", re.IGNORECASE)
    assert [m.group() for m in unjoined_matches(pattern, "nada pro-ada Ada")] == ["Ada"]


def test_a_name_one_word_of_which_is_missing_is_missing() -> None:
    assert not may_contain_all("Ada Vale spoke.", ["ada", "fenn"])
    assert may_contain_all("ADA\nVALE spoke.", ["Ada", "Vale"])


def test_a_word_missing_in_every_case_is_missing() -> None:
    assert not may_contain(lowered("The Cup final"), "world")
    assert may_contain(lowered("The World Cup"), "world")
    assert may_contain(lowered("Istanbul \u0130zmir"), "izmir")  # İ: lower case says nothing


@settings(deadline=None)
@given(st.text(alphabet="aAbBkKsSé_1", min_size=1, max_size=3), st.text(alphabet=_ALPHABET))
def test_whole_words_are_what_the_pattern_finds(word: str, text: str) -> None:
    found = whole_words(text, lowered(text), word)
    pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
    if found is not None:
        assert found == [match.group() for match in pattern.finditer(text)]


def test_whole_words_keep_the_case_written() -> None:
    text = "Graz won; graz-fans and Grazer cheered at GRAZ."
    assert whole_words(text, lowered(text), "graz") == ["Graz", "graz", "GRAZ"]
    assert whole_words("\u0130zmir", lowered("\u0130zmir"), "izmir") is None


@settings(deadline=None)
@given(st.text(alphabet="aAbBkKsSé_1'’-", min_size=1, max_size=3), st.text(alphabet=_ALPHABET))
def test_standing_starts_are_where_the_pattern_finds(word: str, text: str) -> None:
    found = standing_starts(text, lowered(text), word)
    pattern = re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", re.IGNORECASE)
    if found is not None:
        assert found == [match.start() for match in pattern.finditer(text)]


def test_a_word_joined_by_an_apostrophe_or_hyphen_does_not_stand() -> None:
    text = "The campaign, campaign's end, anti-campaign, a CAMPAIGN."
    assert standing_starts(text, lowered(text), "campaign") == [4, text.index("CAMPAIGN")]
    assert standing_starts(text, lowered(text), "campaign's") == [14]
    assert standing_starts("\u0130zmir", lowered("\u0130zmir"), "izmir") is None
    assert standing_starts("café", lowered("café"), "café") is None


@settings(deadline=None)
@given(
    st.text(alphabet="aAbBkKsSé_1", min_size=1, max_size=2),
    st.text(alphabet="aAbBkKsSé_1", min_size=1, max_size=2),
    st.text(alphabet=_ALPHABET + "\u2028\xa0"),
)
def test_side_by_side_is_what_the_pattern_finds(first: str, second: str, text: str) -> None:
    written = writes_adjacent(text, lowered(text), first, second)
    pattern = rf"(?<!\w){re.escape(first)}(?:['’]s)?[\s-]+{re.escape(second)}(?!\w)"
    if written is not None:
        assert written == bool(re.search(pattern, text, re.IGNORECASE))


def test_two_words_are_side_by_side_across_a_possessive_space_or_hyphen() -> None:
    for text in ("Mark Oaten resigned", "MARK’S  oaten", "mark-oaten", "x mark's\noaten"):
        assert writes_adjacent(text, lowered(text), "mark", "oaten")
    for text in ("remark oaten", "mark oatens", "mark, oaten", "marks oaten", "mark'soaten"):
        assert not writes_adjacent(text, lowered(text), "mark", "oaten")
    assert writes_adjacent("Mark Oaten", lowered("Mark Oaten"), "mark's", "oaten") is None
