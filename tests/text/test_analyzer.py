"""The analyzer: one tokenizer for passages and questions."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from qabot.text import STOP_WORDS, fold_accents, tokenize
from qabot.text.analyzer import terms_of_words
from tests.text import frozen_analyzer


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
def test_tokenize_never_raises_and_gives_no_empty_term(text: str) -> None:
    # a stem may spell a stop word ("ANDE" -> "and"): only stop words themselves are dropped
    assert all(term and " " not in term for term in tokenize(text))


@pytest.mark.parametrize("word", sorted(STOP_WORDS))
def test_every_stop_word_is_dropped(word: str) -> None:
    assert tokenize(word) == tokenize(word.upper()) == []


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


# Issue 13 made the analyzer cheaper; its terms must not change. tests/text/frozen_analyzer.py is
# the analyzer as it was before, and every input must give exactly its terms.
_FRAGMENTS = [
    *_TRICKY,
    "nato's",
    "NATO\u2019s",
    "workers'",
    "‘quoted’",
    "ʼs",
    "′",
    "it's",
    "I'm",
    "we’ll",
    "o'neill's",
    "rock'n'roll",
    "1,234.56",
    "150,000,",
    "3.5.",
    "1.5m",
    "2,5",
    "10,000s",
    "12'",
    "'90s",
    "e-mail",
    "--",
    "\u2014",
    "https://www.bbc.co.uk/news/world-europe-123?x=1&y=2#top",
    "user@example.com",
    "😀",
    "👍🏽",
    "🇬🇧",
    "Troops.",
    "troops,",
    "(troops)",
    "The",
    "and",
    "\n\n",
    "\t",
    "_",
    "ß",
    "Straße",
    "ǅ",
    "ﬀ",
    "①",
    "٣",
    "K",  # Kelvin sign: NFKC makes it K
]
_ASCII_TEXT = st.text(
    alphabet=st.sampled_from(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 '.,-`_!?\"()\n"
    ),
    max_size=40,
)
_PIECES = st.sampled_from(_FRAGMENTS) | st.text(max_size=10) | _ASCII_TEXT
_TEXTS = st.tuples(
    st.lists(_PIECES, max_size=16), st.sampled_from([" ", "", "-", "'", ".", ",", "\u2019", "\n"])
).map(lambda pieces_and_glue: pieces_and_glue[1].join(pieces_and_glue[0]))


# all-ASCII texts take the analyzer's ASCII path: as many of them as of the others
_ASCII_TEXTS = st.tuples(
    st.lists(st.sampled_from([f for f in _FRAGMENTS if f.isascii()]) | _ASCII_TEXT, max_size=16),
    st.sampled_from([" ", "", "-", "'", ".", ",", "`", "\n"]),
).map(lambda pieces_and_glue: pieces_and_glue[1].join(pieces_and_glue[0]))


def _folded(text: str) -> str:
    """The text version 2 reads as version 1 read it: accents folded after NFKC and case
    folding (which may make a letter with a mark of one without: "ǅ" is "dž")."""
    return fold_accents(unicodedata.normalize("NFKC", text).casefold())


def _frozen_word_by_word(text: str) -> list[str]:
    text = _folded(text)
    return [
        t
        for w in frozen_analyzer._WORD.findall(frozen_analyzer.normalize(text))
        for t in frozen_analyzer._analyze_word(w)
    ]


@given(_TEXTS | _ASCII_TEXTS)
def test_tokenize_gives_exactly_the_terms_of_the_frozen_analyzer(text: str) -> None:
    """The frozen analyzer (version 1) of the text with accents folded (version 2), where no
    "&" joins two words (version 3: see the initialism tests below)."""
    from qabot.text import analyze, words

    folded = _folded(text)
    assume(not _JOINED.search(folded) and not _JOINED.search(text))
    assume(_composed_after_casefold(folded))
    expected = frozen_analyzer.tokenize(folded)
    assert expected == _frozen_word_by_word(text)
    assert tokenize(text) == expected  # first sight of its words, maybe
    assert tokenize(text) == expected  # every word seen before
    assert analyze(text) == frozen_analyzer.analyze(folded) == " ".join(expected)
    assert words(text) == frozen_analyzer.words(folded)


_JOINED = re.compile(r"[^\W_]&[^\W_]")


def _composed_after_casefold(text: str) -> bool:
    """Return whether case folding leaves `text` composed. Folding "ῆ" (U+1FC6) gives "η" and a
    separate combining mark, at which the frozen analyzer split the word ("τῆς": "τη", "σ");
    version 2 composes it again after folding accents and keeps the word whole
    (`test_a_greek_word_with_a_mark_case_folding_splits_is_one_term`)."""
    normal = unicodedata.normalize("NFKC", text).casefold()
    return unicodedata.normalize("NFC", normal) == normal


def test_a_greek_word_with_a_mark_case_folding_splits_is_one_term() -> None:
    assert tokenize("τῆς") == ["τῆσ"]
    assert tokenize("ῆ") == ["ῆ"]
    assert tokenize("Τῆς πόλεως") == ["τῆσ", "πόλεωσ"]


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("Marjorie Velázquez", "marjorie velazquez"),
        ("José Núñez", "jose nunez"),
        ("Nováková-Horák", "novakova horak"),
        ("Erdoğan café naïve", "erdogan cafe naive"),
    ],
)
def test_accents_on_latin_letters_are_folded_as_readers_type_them(
    written: str, typed: str
) -> None:
    assert tokenize(written) == tokenize(typed)


def test_a_mark_after_an_apostrophe_is_kept_whichever_apostrophe() -> None:
    """Only a mark on a Latin letter is an accent to drop: after an apostrophe (straight, or
    curly and straightened first) it stays and parts the words around it, as the frozen
    analyzer read it (a case hypothesis found)."""
    assert fold_accents("'\u08ca0") == "'\u08ca0"
    assert fold_accents("1\u0301") == "1\u0301"
    assert tokenize("Stoltenberg's\u2019\u08ca0") == ["stoltenberg", "0"]
    assert tokenize("Stoltenberg's'\u08ca0") == ["stoltenberg", "0"]


def test_other_scripts_keep_their_marks_and_ascii_is_untouched() -> None:
    assert fold_accents("й") == "й"  # a Cyrillic letter of its own, not "и"
    assert fold_accents("Łódź") == "Łodz"  # "Ł" has no mark to drop
    text = "plain ASCII, as it is."
    assert fold_accents(text) is text


@given(st.text())
def test_folding_accents_twice_is_folding_them_once(text: str) -> None:
    assert fold_accents(fold_accents(text)) == fold_accents(text)


def test_stop_words_are_those_of_the_frozen_analyzer() -> None:
    assert frozen_analyzer.STOP_WORDS == STOP_WORDS


@given(
    _TEXTS | _ASCII_TEXTS,
    st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200)), max_size=8),
)
def test_spans_of_a_text_analysed_together_give_each_span_alone(
    text: str, bounds: list[tuple[int, int]]
) -> None:
    from qabot.text import analyze
    from qabot.text.analyzer import analyze_spans

    spans = [(min(a, b, len(text)), min(max(a, b), len(text))) for a, b in bounds]
    spans += [(0, len(text))]
    assert analyze_spans(text, spans) == [analyze(text[a:b]) for a, b in spans]


def test_a_span_ending_in_a_full_stop_or_comma_keeps_its_last_word() -> None:
    from qabot.text.analyzer import analyze_spans

    text = "Ferries sailed., Harbours closed. Quays stayed “open”, they said."
    spans = [(0, 15), (0, 16), (16, 33), (34, 65), (0, 65)]
    assert analyze_spans(text, spans) == [
        "ferri sail",
        "ferri sail",
        "harbour close",
        "quay stay open said",
        "ferri sail harbour close quay stay open said",
    ]


@given(st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12)))
def test_word_terms_of_a_word_list_are_its_analysis_word_by_word(plain: list[str]) -> None:
    assert terms_of_words(plain) == [" ".join(tokenize(word)) for word in plain]


def test_word_terms_gives_nothing_for_a_stop_word() -> None:
    assert terms_of_words(["jittery", "the", "nervous"]) == ["jitteri", "", "nervous"]


_INITIALISM = st.lists(
    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=3), min_size=2, max_size=3
).map("&".join)
_AROUND = st.sampled_from(["", "The ", "shares in ", "(", "'", "“"])
_AFTER = st.sampled_from(["", "'s", "’s", ".", ",", " fell", "'s shares.", ")"])


@given(_INITIALISM, _AROUND, _AFTER)
def test_an_initialism_joined_by_an_ampersand_is_one_term_in_passages_and_questions(
    initialism: str, before: str, after: str
) -> None:
    """ "M&S", "AT&T": their letters alone are stop words ("m", "s", "t"), so the name had no
    term; it is one term, the same typed in lower case as written in a passage."""
    from qabot.text import analyze, capitalised_terms
    from qabot.text.analyzer import analyze_spans

    term = initialism.casefold()
    written = f"{before}{initialism}{after}"
    assert term in tokenize(written)
    assert term in tokenize(written.lower())
    assert term in tokenize(f"what did {initialism.lower()} say?")
    text = f"Shares fell. {written} more"
    assert analyze_spans(text, [(0, len(text))]) == [analyze(text)]
    assert term in capitalised_terms(f"Shares in {initialism} fell")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marks & Spencer", ["mark", "spencer"]),  # spaced: words of their own
        ("Procter&Gamble", ["procter", "gambl"]),  # no initialism: its words
        ("x=1&y=2", ["x", "1", "2"]),
        ("R&D spending", ["r&d", "spend"]),
    ],
)
def test_words_joined_by_an_ampersand_that_are_no_initialism_keep_their_terms(
    text: str, expected: list[str]
) -> None:
    assert tokenize(text) == expected
