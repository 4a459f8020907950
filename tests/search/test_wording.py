"""Lead-line wording: long questions echoed shortened, questions not in English told so."""

from __future__ import annotations

import pytest

from qabot.search.wording import (
    ECHO,
    as_name,
    as_typed,
    echo,
    not_english,
    omitted_note,
    shouted,
    typed_runs,
)
from qabot.text import shortened


def test_a_long_question_is_echoed_shortened_at_a_word() -> None:
    question = "why " * 100
    shown = echo(question)
    assert len(shown) <= ECHO and shown.endswith("…") and "wh…" not in shown
    assert echo("short question") == "short question"


@pytest.mark.parametrize(
    ("question", "found", "expected"),
    [
        ("Что сказал Столтенберг?", True, True),  # another script, whatever was found
        ("北约说了什么", False, True),
        ("¿Dónde está la biblioteca municipal?", False, True),  # Latin, but no English word
        ("¿Dónde está Stoltenberg?", True, True),  # two Spanish words, found or not
        ("que pense le ministre de la grève", True, True),
        ("what did Le Pen say about the Tour de France", True, False),  # names, of no language
        ("Stoltenberg sur la Russie", True, False),  # one word no English one: no proof
        ("What did Stoltenberg say?", False, False),
        ("Stoltenberg Ukraine", True, False),
        ("12345", False, False),
        ("zzyzx qwerty", False, False),  # no word of another language either: unknown
        ("pizza recipe", False, False),  # English words a small folder lacks
        ("dove sono le notizie", False, True),  # common words of another language
        ("lib dem tax pledge", False, False),  # one such word ("dem") proves nothing
        ("zzyzx qwerty", True, False),
    ],
)
def test_questions_not_in_english_are_noticed(question: str, found: bool, expected: bool) -> None:
    assert not_english(question, found) is expected


@pytest.mark.parametrize(
    ("typed", "echoed"),
    [
        ("and how many died?", "how many died?"),
        ("Or what did the court decide", "what did the court decide"),
        ("and, but the ferry strike and", "the ferry strike and"),  # cut short: as sent
        ("what did the court decide or", "what did the court decide or"),
        ("bread and butter", "bread and butter"),
        ("and", "and"),  # nothing else: echoed as typed
        ("Andrew Marr", "Andrew Marr"),
    ],
)
def test_a_joining_word_opening_a_question_is_not_echoed(typed: str, echoed: str) -> None:
    assert echo(typed) == echoed


@pytest.mark.parametrize(
    ("typed", "echoed"),
    [
        ("ABOUT TANKS", "about tanks"),  # shouted: the keyboard's, not the reader's meaning
        ("about the NHS", "about the NHS"),
        ("NATO", "NATO"),  # one word in capitals is a name
        ("ABOUT 2022", "ABOUT 2022"),  # one word of letters
    ],
)
def test_words_typed_all_in_capitals_are_echoed_in_lower_case(typed: str, echoed: str) -> None:
    assert echo(typed) == echoed
    assert shouted(typed) == (typed != echoed)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("¿qué dijo Blair sobre Irak?", True),  # two common Spanish words, a name found
        ("blair iraq dossier", False),  # the articles hold its words: English enough
        ("Real Madrid con Ronaldo", False),  # one word of another language is no proof
        ("was hat Blair gesagt", True),  # "was" and "hat" are German words too
        ("was Blair right", False),  # ... and English ones
        ("hat trick for Blair", False),
        ("die hard sequel", False),
        # question words some stop lists lack, and an elided article ("l'") that is no word
        ("Wer hat die Wahl gewonnen?", True),
        ("Qu'a dit Tony Blair sur l'Irak ?", True),
        ("Chi ha vinto le elezioni?", True),
        ("who has the hat", False),
        ("what did J K Rowling say about wer", False),
    ],
)
def test_words_of_another_language_beside_names_the_articles_hold_are_noticed(
    question: str, expected: bool
) -> None:
    # "¿qué dijo Blair sobre Irak?" was told only "No article mentions “dijo” or “sobre”"
    assert not_english(question, False, read_english=True) is expected


@pytest.mark.parametrize(
    ("text", "words", "runs"),
    [
        (
            "cost of the Velliquette Zarkon tower",
            ["Zarkon", "Velliquette"],
            ["Velliquette Zarkon"],
        ),
        ("Zarkon-Velliquette shares", ["Velliquette", "Zarkon"], ["Zarkon-Velliquette"]),
        (
            "Zarkon, Velliquette and Plimbo",
            ["Zarkon", "Velliquette", "Plimbo"],
            ["Zarkon", "Velliquette", "Plimbo"],
        ),
        ("Velliquette tower in Zarkon", ["Zarkon", "Velliquette"], ["Velliquette", "Zarkon"]),
        ("Velliquette  Zarkon", ["Velliquette", "Zarkon"], ["Velliquette Zarkon"]),
        ("Zarkon", ["Zarkon", "Plimbo"], ["Zarkon", "Plimbo"]),  # a word not typed stays last
    ],
)
def test_missing_words_typed_side_by_side_are_one_run(
    text: str, words: list[str], runs: list[str]
) -> None:
    assert typed_runs(text, words) == runs


def test_weak_passages_are_more_only_below_passages_shown() -> None:
    assert omitted_note(1) == "1 more passage matches the question only weakly: not shown"
    assert omitted_note(3, shown=False) == "3 passages match the question only weakly: not shown"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("hewit", "Hewit"),
        ("john o'brien", "John O'brien"),
        ("ban ki-moon", "Ban Ki-Moon"),
        ("Ban Ki-moon", "Ban Ki-moon"),  # a capital typed: as typed
        ("de Gaulle", "de Gaulle"),
    ],
)
def test_a_name_typed_all_in_lower_case_is_said_with_capitals(typed: str, said: str) -> None:
    assert as_name(typed) == said


@pytest.mark.parametrize(
    ("rest", "offered"),
    [
        ("qué el el", False),  # little words of Spanish only
        ("en el", False),
        ("qué Blair el", True),  # a name beside them
        ("Wer hat die Wall", False),  # "Wall" was not typed
    ],
)
def test_the_rest_of_a_question_not_in_english_is_offered_only_when_it_can_help(
    rest: str, offered: bool
) -> None:
    typed = f"{rest.replace('Wall', 'Wahl')} sexismo"
    lead = f"No article mentions “sexismo”, but 18 passages match “{rest}”: ask without it."
    assert as_typed(lead, typed) == (lead if offered else "No article mentions “sexismo”.")


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("short", "short"),
        ("x" * 100, "x" * 79 + "…"),
        ("word " * 30, ("word " * 15).rstrip() + "…"),
    ],
)
def test_text_is_shortened_at_a_word(text: str, cut: str) -> None:
    assert shortened(text, ECHO) == cut and len(cut) <= ECHO


def test_a_surname_all_the_names_share_is_echoed_alone() -> None:
    from qabot.search.wording import shared_surname

    names = ["Gordon Brown", "Dan Brown"]
    assert shared_surname("union boss brown", names) == "Brown"
    assert shared_surname("professor Brown", names) == "Brown"
    assert shared_surname("brown", names) is None  # one word: echoed as the names write it
    assert shared_surname("gordon smith", names) is None
    assert shared_surname("union boss brown", ["Gordon Brown"]) is None  # no others


def test_a_text_cut_with_no_word_boundary_in_it_is_cut_inside_its_word() -> None:
    # "   abcdef" cut at 3 raised IndexError (only spaces before the cut); a limit under 1
    # read the text from its end
    assert shortened("   abcdef", 3) == "  …"
    assert shortened("harbour pilots strike", 12) == "harbour…"
    assert shortened("abcdef", 0) == ""


def test_a_name_typed_in_lower_case_keeps_its_joining_words_lower() -> None:
    assert as_name("marks and spencer") == "Marks and Spencer"
    assert as_name("bank of england") == "Bank of England"
    assert as_name("charles de gaulle") == "Charles de Gaulle"
    assert as_name("de niro") == "De Niro"  # the first word is always capitalised
    assert as_name("hewit") == "Hewit"
    assert as_name("Mary andes") == "Mary andes"  # any capital: as typed
