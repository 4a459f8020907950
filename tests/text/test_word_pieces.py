"""Word pieces: BERT's uncased WordPiece cutting, in pure Python."""

from __future__ import annotations

import string

from hypothesis import given
from hypothesis import strategies as st

from qabot.text.word_pieces import (
    UNKNOWN,
    WordPieces,
    _basic_words_by_character,
    basic_words,
)

VOCABULARY = [
    "[PAD]", UNKNOWN, "[CLS]", "[SEP]",
    "!", ",", ".", "'", "-", "a", "b", "c", "s", "un", "happy", "happi",
    "##happi", "##ly", "##ness", "##s", "##a", "##b", "##c", "cafe", "the", "film",
]  # fmt: skip
PIECES = WordPieces(VOCABULARY)


def _rows(*pieces: str) -> list[int]:
    return [VOCABULARY.index(piece) for piece in pieces]


def test_basic_words_fold_case_and_accents_and_split_off_punctuation() -> None:
    assert basic_words("Café's  FILMS,\tunhappily!") == [
        "cafe", "'", "s", "films", ",", "unhappily", "!",
    ]  # fmt: skip


def test_basic_words_drop_control_characters_and_part_cjk_characters() -> None:
    assert basic_words("a\x00b\u200bc 中文") == ["abc", "中", "文"]


def test_a_word_is_cut_into_its_longest_pieces_first() -> None:
    assert PIECES.encode("Unhappily, the films") == [
        *_rows("un", "##happi", "##ly"), *_rows(","), *_rows("the", "film", "##s"),
    ]  # fmt: skip


def test_a_word_with_a_part_in_no_piece_is_one_unknown_piece() -> None:
    assert PIECES.encode("happyx cafe") == [*_rows(UNKNOWN), *_rows("cafe")]


def test_a_word_longer_than_any_the_model_reads_is_unknown() -> None:
    assert PIECES.encode("a" * 101) == _rows(UNKNOWN)
    assert PIECES.encode("a" * 100) == _rows("a", *["##a"] * 99)


LETTERS = st.text(alphabet="abcs unhapy'.,!-CAFÉ\t\u0301\u200b", max_size=40)


@given(LETTERS)
def test_known_pieces_spell_each_basic_word_again(text: str) -> None:
    rows = iter(PIECES.encode(text))
    for word in basic_words(text):
        cut = PIECES.word(word)
        assert [next(rows) for _ in cut] == list(cut)
        pieces = [VOCABULARY[row] for row in cut]
        if pieces != [UNKNOWN]:
            assert "".join(p.removeprefix("##") for p in pieces) == word
            assert not pieces[0].startswith("##")
            assert all(p.startswith("##") for p in pieces[1:])
    assert next(rows, None) is None


@given(st.text(max_size=30), st.text(max_size=30))
def test_texts_apart_are_cut_as_each_alone(first: str, second: str) -> None:
    assert PIECES.encode(f"{first} {second}") == PIECES.encode(first) + PIECES.encode(second)


@given(st.text(max_size=60))
def test_every_word_is_one_punctuation_mark_or_holds_none(text: str) -> None:
    for word in basic_words(text):
        assert word and not any(char.isspace() for char in word)
        assert len(word) == 1 or not any(char in string.punctuation for char in word)


# every kind of character the rules tell apart: ASCII signs and controls, spaces of other
# alphabets, accented letters and combining marks, CJK, letters whose lower case is longer
ANY_CHARACTERS = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.sampled_from("\t\n\r\x0b\x0c\x1c\x85\xa0\u2000\u3000\ufffd\x00İÅﬁ中\u0301"),
    ),
    max_size=60,
)


@given(ANY_CHARACTERS)
def test_basic_words_are_those_read_a_character_at_a_time(text: str) -> None:
    assert basic_words(text) == _basic_words_by_character(text)


def test_typographic_text_folds_as_the_model_reads_it() -> None:
    # a currency sign is no punctuation to BERT (ASCII signs and Unicode's P* are); a soft
    # hyphen is dropped, a no-break space parts words
    assert basic_words("“Don’t” – Señor Łukasz paid €5\u00ad0\u00a0now…") == [
        "“", "don", "’", "t", "”", "–", "senor", "łukasz", "paid", "€50", "now", "…",
    ]  # fmt: skip
