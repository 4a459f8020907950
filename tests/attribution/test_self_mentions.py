"""Self mentions: a quote that names the one its pronoun was read as is someone else's
(invented texts)."""

from __future__ import annotations

from qabot.attribution import extract_quotes
from qabot.attribution.persons import Person
from qabot.attribution.self_mentions import speaks_of
from qabot.records import Article, ArticleInfo


def attributed(*paragraphs: str) -> list[tuple[str, str]]:
    """Return (speaker, text) of every quote extracted from `paragraphs`."""
    article = Article(ArticleInfo(id="a1", path="a1.txt", title="Test"), "\n\n".join(paragraphs))
    return [(q.speaker, q.text) for q in extract_quotes(article)]


def test_a_quote_naming_the_pronouns_referent_is_the_earlier_speakers() -> None:
    quotes = attributed(
        "Club owner Victor Hale said he was “saddened” by the move.",
        "According to Hale, manager Oliver Brand promised he would stay. “I told Oliver to "
        "think it over, and he agreed,” he said. “It is Oliver's choice in the end.”",
    )
    assert ("Victor Hale", "I told Oliver to think it over, and he agreed") in quotes
    assert ("Victor Hale", "It is Oliver's choice in the end.") in quotes


def test_a_quote_naming_its_speaker_by_title_has_no_other_speaker_to_take() -> None:
    quotes = attributed("Tomas Weller ran the agency. “Mr Weller must go now,” he said.")
    assert not any(speaker == "Tomas Weller" for speaker, _ in quotes)


def test_a_speaker_named_in_the_cue_keeps_a_quote_naming_them() -> None:
    quotes = attributed("“Call me Oliver, everyone does,” said Oliver Brand.")
    assert quotes == [("Oliver Brand", "Call me Oliver, everyone does")]


def test_speaks_of_needs_a_title_or_a_first_name_alone() -> None:
    person = Person("Oliver Brand", gender="m")
    text = "Oliver Brand is here. Mr Brand left. Brand stayed. I saw Oliver."
    assert not speaks_of(text, person, 0, 20)  # the full name: maybe their own
    assert speaks_of(text, person, 22, 36)  # "Mr Brand"
    assert not speaks_of(text, person, 37, 49)  # the surname alone
    assert speaks_of(text, person, 50, len(text))  # "I saw Oliver"


def test_a_pronoun_in_the_who_clause_of_the_one_named_does_not_hide_her() -> None:
    # "she" of "Ruiz, 49, who told ... she had" is Ruiz: the quote after is hers, not the
    # woman named before
    quotes = attributed(
        "Ann Ruiz was nominated for best actress. Kate Lind was also nominated.",
        "It is also a first nomination for Ruiz, 49, who told the radio she had not expected "
        "it. “It was an extraordinary time,” she said.",
    )
    assert ("Ann Ruiz", "It was an extraordinary time") in quotes


def test_a_first_name_that_opens_a_sentence_of_the_quote_names_no_one() -> None:
    quotes = attributed(
        "Coach Ray Dunn said the side was tired.",
        "Frank Lampard was calm. “We move on. Frank talks helped,” he said.",
    )
    assert ("Frank Lampard", "We move on. Frank talks helped") in quotes


def test_speaks_of_reads_no_first_name_opening_a_sentence_before_a_word() -> None:
    person = Person("Mark Tully", gender="m")
    text = "Mark my words. Mark left. I told Mark so. Mark! Mark! Mark's turn."
    assert not speaks_of(text, person, 0, 14)  # "Mark my words": a verb
    assert not speaks_of(text, person, 14, 25)  # opens a sentence, a word after it
    assert speaks_of(text, person, 26, 41)  # "I told Mark"
    assert speaks_of(text, person, 42, 53)  # "Mark! Mark!": called
    assert speaks_of(text, person, 54, len(text))  # "Mark's turn"
