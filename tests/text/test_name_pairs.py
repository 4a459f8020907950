"""Pairs of words written side by side with a capital on each, stored at index time: every pair
the question-time test (`written_in`: a `phrase` of the two words, both written with a capital)
can find in a text has its key among the text's keys."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from qabot.search.name_patterns import phrase
from qabot.text import name_pair_keys, name_pairs, pair_key


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


def _word_character(character: str) -> bool:
    return character.isalnum() or character == "_"


def _question_character(character: str) -> bool:
    return _word_character(character) or character in "'’.-"


def _endings_read_letter_by_letter(word: str) -> list[str]:
    """The first words of pairs as the definition reads them, every start tried."""
    forms = [word, word[:-2]] if word[-2:].lower() in ("'s", "’s") and len(word) > 2 else [word]
    return [
        form[start:]
        for form in forms
        for start, character in enumerate(form)
        if character.isupper()
        and (start == 0 or not _word_character(form[start - 1]))
        and all(map(_question_character, form[start:]))
    ]


def _openings_read_letter_by_letter(word: str) -> list[str]:
    """The second words of pairs as the definition reads them, every end tried."""
    found = []
    for end in range(1, len(word) + 1):
        if not _question_character(word[end - 1]):
            break
        if end == len(word) or not _word_character(word[end]):
            found.append(word[:end])
    return found


_LETTERS = st.text(
    alphabet=st.sampled_from(list("aZqQsS'’.-_,;()5éÉß\u0130\u0131\u212a\u01c5\u00b2 ")),
    min_size=1,
    max_size=9,
)


@given(_LETTERS)
@example("O'Brien's")
@example("Jean-Pierre")
@example("Zorb.5")
@example("x-Ray")
def test_pair_words_are_read_as_letter_by_letter(word: str) -> None:
    # the words' fast paths (a word of letters and digits, a pattern for the opening run) give
    # what reading the word character by character gives
    assert name_pairs._endings(word) == _endings_read_letter_by_letter(word)
    assert name_pairs._openings(word) == _openings_read_letter_by_letter(word)


def test_question_characters_are_the_patterns() -> None:
    for code in range(0x110000):
        character = chr(code)
        matched = name_pairs._QUESTION_RUN.match(character).end() == 1
        assert matched == _question_character(character), hex(code)
