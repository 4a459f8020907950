"""The analyzer: one tokenizer for passages and questions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.text import STOP_WORDS, tokenize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stoltenberg's warning", ["stoltenberg", "warn"]),
        ("Stoltenberg\u2019s warning", ["stoltenberg", "warn"]),
        ("STOLTENBERG", ["stoltenberg"]),
        ("false-flag operation", ["fals", "flag", "oper"]),
        ("about 150,000 troops", ["150000", "troop"]),
        ("a 3.5 percent rise", ["3.5", "percent", "rise"]),
        ("\uff33\uff54\uff4f\uff4c\uff54\uff45\uff4e\uff42\uff45\uff52\uff47", ["stoltenberg"]),
        ("I\u2019m worried they're shelling", ["worri", "shell"]),
        ("O'Brien said", ["obrien", "said"]),
        ("the workers' union", ["worker", "union"]),
        ("What did he say?", ["say"]),
    ],
)
def test_tokenize_folds_case_quotes_possessives_numbers_and_stems(
    text: str, expected: list[str]
) -> None:
    assert tokenize(text) == expected


def test_tokenize_gives_nothing_for_stop_words_only() -> None:
    assert tokenize("What is it that they were doing?") == []


def test_question_and_passage_forms_meet() -> None:
    assert set(tokenize("invasions")) == set(tokenize("invasion"))
    assert tokenize("Stoltenberg\u2019s") == tokenize("stoltenberg's") == tokenize("Stoltenberg")


@given(st.text())
def test_tokenize_never_raises_and_never_returns_stop_words(text: str) -> None:
    terms = tokenize(text)
    assert all(term and term not in STOP_WORDS for term in terms)


def _word_by_word(text: str) -> list[str]:
    """The analysis tokenize() must reproduce: Unicode word pattern, then each word alone."""
    from qabot.text import analyzer

    return [
        t
        for w in analyzer._WORD.findall(analyzer.normalize(text))
        for t in analyzer._analyze_word(w)
    ]


_TRICKY = [
    "Stoltenberg's",
    "150,000",
    "3.5",
    "don't",
    "O'Brien",
    "`rock`",
    "Co-op",
    "a_b",
    "ÉCOLE",
    "ﬁnance",
    "x²",
    "they’re",
    "1.2.3",
    "'s",
    "'",
    "NATO",
    "  ",
    ".",
    ",5",
    "naïve",
    "İstanbul",
]


@given(st.lists(st.sampled_from(_TRICKY) | st.text(max_size=8), max_size=12).map(" ".join))
def test_tokenize_fast_paths_give_the_word_by_word_analysis(text: str) -> None:
    assert tokenize(text) == _word_by_word(text)


def test_analyze_joins_the_terms_and_punctuated_chunks_share_their_word() -> None:
    from qabot.text import analyze

    text = "Troops. troops, 'troops' troops's (troops) 3.5. 150,000,"
    assert analyze(text) == "troop troop troop troop troop 3.5 150000"
    assert analyze(text) == " ".join(tokenize(text)) == " ".join(_word_by_word(text))
    assert analyze("What is it?") == ""
