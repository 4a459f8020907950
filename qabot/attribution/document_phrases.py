"""Document phrases: a speaker phrase a document heads (a step inside
`qabot.attribution.speaker_reading`).

A document says nothing of its own: "her blog says", "Her lawsuit, filed in ..., said" and
"according to its latest accounts" are the words of the one the possessive pronoun means, as a
statement right after the pronoun is (`qabot.attribution.statement_owners`). "Recent evidence
has suggested" names no one at all: a thing no person or body owns, capitalised only because
it opens the sentence. A document alone ("Polls show", "Research has found") stays a source,
as readers (and PolNeAR's annotators) cite it; a phrase that names its maker ("a report by
Acme", "the Acme report", "Jupiter Research") is read elsewhere.
"""

from __future__ import annotations

from qabot.attribution.sentence_roles import opens_sentence
from qabot.attribution.speaker_heads import can_speak
from qabot.attribution.stray_words import capitalised_inside
from qabot.text.lexicon import (
    DETERMINERS,
    FINDING_DOCUMENTS,
    POSSESSIVES,
    SOURCE_DOCUMENTS,
)

# a document's phrase: "their latest quarterly survey", "recent official figures", no more
_PHRASE_WORDS = 5
# no modifier of a plain noun phrase is an article, a preposition or a common verb ("His
# comments come in a documentary", "His proposals were a new plan")
_NOT_MODIFIERS = frozenset(
    "the a an of in on at for with to by from as and or is are was were be been has have had come"
    " comes came".split()
)
_DOCUMENTS = SOURCE_DOCUMENTS | FINDING_DOCUMENTS
# a plural of one who does something, whatever its stem ("Online gamers said", "Keen users
# say"): `can_speak` knows agents by longer stems only, and a group of people is a speaker
_AGENT_PLURALS = ("ers", "ors")


def possessed_document(words: list[str]) -> bool:
    """Return True when a possessive pronoun opens a plain noun phrase a document heads ("his
    study", "their November report", "her blog", "its latest accounts"): its owner speaks."""
    return (
        2 <= len(words) <= _PHRASE_WORDS
        and words[0].casefold() in POSSESSIVES
        and _plain_modifiers(words[1:-1])
        and (
            _head(words) in FINDING_DOCUMENTS
            # another document with a name inside is the named maker's or platform's ("her
            # Twitter account", "its Amazon summary"); a finding's is dated ("their November
            # report")
            or (_head(words) in SOURCE_DOCUMENTS and all(w[:1].islower() for w in words[1:]))
        )
    )


def unowned_thing(text: str, words: list[str], position: int) -> bool:
    """Return True when `words`, opening a sentence at `position` of `text`, are a plain noun
    phrase with no determiner, no owner and no name, of things that cannot speak ("Recent
    evidence", "Oil prices"): no one speaks."""
    if not (
        words
        and len(words) <= _PHRASE_WORDS
        and words[0].casefold() not in DETERMINERS
        and words[0][:1].isupper()
        and all(w[:1].islower() for w in words[1:])  # no name inside: "Acme figures"
        and not any(w.endswith(("'s", "’s", "s'", "s’")) for w in words)  # "Marca's headline"
        and _plain_modifiers(words[:-1])
        and opens_sentence(text, position)
        and text.startswith(words[0], position)
        and not capitalised_inside(text, words[0])  # "Acme figures show", Acme named before
    ):
        return False
    lowered = [words[0].lower(), *words[1:]]
    # "Recent evidence": a modifier and a thing, none of whose words can speak alone ("Fact-
    # checkers soon" can); a single word may be a name ("Gazprom"), and a document alone
    # ("Polls show", "Research has found") is left a source, as readers cite it
    return (
        len(words) > 1
        and _head(words) not in _DOCUMENTS
        and not _head(words).endswith(_AGENT_PLURALS)
        and not any(can_speak([w]) for w in lowered)
    )


def _head(words: list[str]) -> str:
    return words[-1].rstrip(".,;:").casefold()


def _plain_modifiers(words: list[str]) -> bool:
    return all(w[:1].isalnum() and w.casefold() not in _NOT_MODIFIERS for w in words)
