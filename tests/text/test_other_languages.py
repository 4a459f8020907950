"""The other languages' common words: jusText's stop lists read without importing it, and
words folded to lower case without accents."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import justext
import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.text.lexicon.other_languages import (
    LANGUAGES,
    any_language_words,
    folded,
    folded_each,
    folded_letter_words,
    language_words,
    letter_words,
    other_language_words,
    stoplist,
)
from qabot.text.patterns import LETTER_WORD
from tests.support.processes import run_script


@pytest.mark.parametrize("language", [*LANGUAGES, "English", "Simple_English"])
def test_a_stop_list_is_read_as_justext_reads_it(language: str) -> None:
    assert stoplist(language) == justext.get_stoplist(language)


def test_telling_another_language_imports_no_html_parser(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from qabot.text.lexicon.other_languages import english_words, other_language_words\n"
        "print(len(english_words()) > 1000, len(other_language_words()) > 1000)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('justext', 'lxml'))))\n"
    )
    result = run_script(script, tmp_path)
    assert result.stdout.splitlines() == ["True True", "[]"], result.stderr


@pytest.mark.parametrize(
    ("word", "spelt"), [("Dónde", "donde"), ("WARUM", "warum"), ("Straße", "strasse")]
)
def test_a_word_is_folded_to_lower_case_without_accents(word: str, spelt: str) -> None:
    assert folded(word) == spelt


@given(st.text())
def test_folding_ascii_or_not_is_case_folding_and_dropping_accents(word: str) -> None:
    spelt = unicodedata.normalize("NFKD", word.casefold())
    assert folded(word) == "".join(c for c in spelt if not unicodedata.combining(c))


@given(st.lists(st.text().filter(lambda word: "\n" not in word)))
def test_words_folded_together_are_each_word_folded(words: list[str]) -> None:
    assert folded_each(words) == [folded(word) for word in words]


@pytest.mark.parametrize(
    "text",
    ["cost price / fee charge", "", " / ", "well-known / x2y z_w", "café / naïve Ünder", "a/b"],
)
def test_letter_words_are_the_patterns_runs_of_letters(text: str) -> None:
    assert letter_words(text) == LETTER_WORD.findall(text)


@given(st.text())
def test_letter_words_of_any_text_are_the_patterns_runs_of_letters(text: str) -> None:
    assert letter_words(text) == LETTER_WORD.findall(text)


@pytest.mark.parametrize("text", ["Cost PRICE / fee", "Café / naïve Ünder", "x2Y / A-b", ""])
def test_letter_words_folded_together_are_each_word_folded(text: str) -> None:
    assert folded_letter_words(text) == [folded(word) for word in letter_words(text)]


@given(st.text())
def test_any_texts_letter_words_folded_together_are_each_word_folded(text: str) -> None:
    assert folded_letter_words(text) == [folded(word) for word in letter_words(text)]


def test_any_languages_words_are_every_languages_little_words_english_too() -> None:
    words = any_language_words()
    assert words == frozenset().union(*language_words().values())
    assert {"the", "und", "el"} <= words  # English, German, Spanish
    assert other_language_words() <= words and "the" not in other_language_words()
