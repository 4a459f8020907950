"""`phrase` finds exactly what its first, plainer pattern found (a word character tested
before the first word, `[A-Z]` for an initial): it is only written to search and compile
faster. And the candidates' texts searched joined find what each text searched alone finds."""

from __future__ import annotations

import re
from collections.abc import Sequence

from hypothesis import example, given, settings
from hypothesis import strategies as st

from qabot.records import Passage
from qabot.search.name_patterns import may_adjoin, phrase
from qabot.search.name_writing import joined_texts
from qabot.text import lowered

# letters whose cases `re` matches beyond str.lower (the Kelvin sign, long s, dotted and
# dotless i), apostrophes, a possessive, dots of initials, white space, NUL, word characters
_ALPHABET = "aAbBkKsSiIıİſK’'.é_1 \t\n\x00-"
WORDS = st.lists(st.text(alphabet=_ALPHABET, min_size=0, max_size=5), min_size=1, max_size=3)
TEXTS = st.text(alphabet=_ALPHABET, max_size=60)
# words of a question (never empty, nor a bare possessive, never a NUL in them): a phrase of
# them matches no empty text
NAME_WORDS = st.lists(
    st.text(alphabet=_ALPHABET.replace("\x00", ""), min_size=1, max_size=5),
    min_size=1,
    max_size=3,
).filter(lambda words: all(word.removesuffix("'s").removesuffix("’s") for word in words))


def plain_phrase(words: Sequence[str]) -> re.Pattern[str]:
    """The pattern `phrase` made before it was written for speed (a hyphen typed may be a
    space written, as `phrase` has since allowed)."""
    parts = [re.escape(_owner(word)).replace(r"\-", r"[-\s]") for word in words]
    gap = r"(?:['’]s|(?<=[sS])['’])?\s+(?:[A-Z]\.?\s+)?"
    return re.compile(rf"(?<![\w]){gap.join(parts)}(?![\w])", re.IGNORECASE)


def _owner(word: str) -> str:
    """A word without "'s", or the apostrophe alone after an "s" ("Ebbers'")."""
    bare = word.removesuffix("'s").removesuffix("’s")
    return bare[:-1] if bare.endswith(("s'", "s’")) else bare


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


@settings(deadline=None)
@example(words=["-"], text=" ")  # a hyphen typed first may be a space written
@example(words=["ks'", "a"], text="Ks a")  # "Ebbers' lawyer": the apostrophe alone ends it
@given(WORDS, TEXTS)
def test_phrase_finds_what_the_plain_pattern_finds(words: list[str], text: str) -> None:
    assert _found(phrase(words), text) == _found(plain_phrase(words), text)


@settings(deadline=None)
@given(NAME_WORDS, st.lists(st.tuples(TEXTS, TEXTS), max_size=4))
def test_joined_texts_hold_the_matches_of_each_text(
    words: list[str], texts: list[tuple[str, str]]
) -> None:
    sample = [
        (Passage(f"a{n}:0", f"a{n}", 0, 0, len(text), text.replace("\x00", "")), title)
        for n, (text, title) in enumerate(texts)
    ]
    pattern = phrase(words)
    each = [
        match.group()
        for passage, title in sample
        for text in (passage.text, title)
        for match in pattern.finditer(text)
    ]
    assert [match.group() for match in pattern.finditer(joined_texts(sample))] == each


def test_an_initial_is_any_letter_ignoring_case_as_before() -> None:
    for initial in ("W", "w", "K", "ſ", "İ", "ı"):
        text = f"said George {initial}. Bush"
        assert phrase(["George", "Bush"]).search(text)
        assert plain_phrase(["George", "Bush"]).search(text)
    assert not phrase(["George", "Bush"]).search("said George 4. Bush")


def test_a_possessive_after_s_is_the_apostrophe_alone() -> None:
    assert phrase(["Bernie", "Ebbers'"]).search("fraud charges against Bernie Ebbers.")
    assert phrase(["Bernie", "Ebbers’"]).search("said Bernie Ebbers' lawyers")
    assert may_adjoin(lowered("said bernie ebbers' lawyers"), "bernie", "ebbers'")
    assert may_adjoin(lowered("said ebbers lawyers"), "ebbers'", "lawyers")


def test_a_possessive_written_as_the_apostrophe_alone_joins_the_next_word() -> None:
    text = "the Tarn and General Workers' Union's 70,000"
    for typed in (["workers'", "union's"], ["workers", "union"], ["Workers’", "Union"]):
        assert phrase(typed).search(text)
        assert may_adjoin(lowered(text), *typed)
    assert not phrase(["worker", "union"]).search("the Worker' Union")  # no "s" before it


ASCII_TEXTS = st.text(alphabet="aAbBkKsSiI’'. \t\n-", max_size=60)


@settings(deadline=None)
@given(NAME_WORDS.filter(lambda words: len(words) == 2), st.one_of(TEXTS, ASCII_TEXTS))
def test_may_adjoin_never_misses_what_the_phrase_finds(words: list[str], text: str) -> None:
    if phrase(words).search(text):
        assert may_adjoin(lowered(text), *words)


def test_may_adjoin_never_misses_words_of_white_space() -> None:
    # hypothesis found it: the gap between the words took the space the second word is
    assert phrase(["\n", "\n"]).search("\n \n")
    assert may_adjoin(lowered("\n \n"), "\n", "\n")


def test_may_adjoin_sees_possessives_initials_and_no_neighbours() -> None:
    assert may_adjoin(lowered("said George W. Bush's aide"), "george", "bush")
    assert may_adjoin(lowered("the Sony's  PSP"), "sony", "psp")
    assert not may_adjoin(lowered("the cup, and the world"), "world", "cup")
