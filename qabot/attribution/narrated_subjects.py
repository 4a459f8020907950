"""Narrated subjects: a quote with no cue opening a sentence after narration about a named person.

Part of quote attribution (`qabot.attribution.uncued_quotes`, its last resort): a profile
tells of someone in the writer's voice and sets their words after it with no cue ("On this
subject, Morris appears almost evangelical. / “I was on a cruise ...”", "Mr Pearson picks up
the theme. His main concern is privacy. “We are looking at ...”"). Such a quote is the
person's when the narration right before it is about them and nothing there could make it
anyone else's: the sentence before (or the one before that, past a sentence about them by a
pronoun or a possessive of their gender) has them as its subject, acting (not "Smith was
convicted"; their own cue too: "X picks up the theme, pointing out ..."), named there (not
a description read as them: "The Christian leader related ..."), with no quote of more than a
word or two and no other person named since; no signature on the next line; and the
quote speaks in the first person, as a speaker's own words do. A quote opening a paragraph
looks back to the last sentence of the paragraph before. Running prose only: a table row or a
list item as extracted from a page ("| Penny joins you in the pool. ... “I feel the same.”", a
dialogue option the player picks on a game wiki) lays out lines that need not be anyone's, and
a heading or a cell ends with no full stop (nor a colon).
"""

from __future__ import annotations

from dataclasses import dataclass

from qabot.attribution.names import People
from qabot.attribution.participle_speakers import is_named_person
from qabot.attribution.persons import Person
from qabot.attribution.quote_marks import (
    MASK,
    apostrophes_as_marks,
    mask_quotes,
    quote_spans,
    sentence_openings,
)
from qabot.attribution.relayed_voices import relays_another
from qabot.attribution.sentence_roles import PROSE_END
from qabot.attribution.sentence_subjects import sentence_spans, subject_words
from qabot.attribution.signature_lines import signature_line
from qabot.attribution.speaker_reading import interpret
from qabot.text.lexicon import (
    FIRST_PERSON_PLURAL,
    FIRST_PERSON_SINGULAR,
    GENDERED_PRONOUNS,
    NOT_NAME,
    name_key,
)
from qabot.text.patterns import lazy

# words in which a speaker talks of themselves or their side, as written or opening a sentence
# ("My main worry ...", "We ..."), not in capitals ("the US": no one's "us")
_OWN_WORDS = rf"{FIRST_PERSON_SINGULAR}|{FIRST_PERSON_PLURAL}"
_FIRST_PERSON = lazy(rf"\b(?:{_OWN_WORDS}|{sentence_openings(_OWN_WORDS)})(?![\w'’])")
# "X was told ...", "X is expected to ...": what follows is not X acting
_PASSIVE_MARKERS = frozenset("was were is are been being be".split())
_SCARE_QUOTE = 12  # masked letters of a quoted word or two ("privacy", "cyborgian"), no more
_LOOK_BACK = 2  # sentences of narration read back from the quote
# a line laid out as a table row or a list item, not running prose ("| Penny joins ...", "- ")
_LAID_OUT = lazy(r"[ \t]*(?:\||[-•*]\s|\d+[.)]\s)")


def laid_out(text: str, at: int) -> bool:
    """Return True when the line of `text` holding `at` is a table row or a list item."""
    return _LAID_OUT.match(text, text.rfind("\n", 0, at) + 1) is not None


@dataclass(frozen=True, slots=True)
class Narration:
    """A sentence of narration before a quote: the masked text it is in, where that text
    starts in the article, and the sentence's span in it."""

    masked: str
    base: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ParagraphPlace:
    """A paragraph of an article: its number and where it starts and ends in the text."""

    number: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Spot:
    """Where a quote is in its paragraph: the paragraph's sentences, the quote's sentence and
    the quote itself (spans in the paragraph)."""

    sentences: list[tuple[int, int]]
    sentence: tuple[int, int]
    quote: tuple[int, int]


def narration_before(
    text: str, masked: str, start: int, at: Spot, previous: ParagraphPlace | None
) -> list[Narration]:
    """Return the sentences before the quote at `at` in its paragraph (masked, at `start` in
    the article `text`), nearest first, or else the `previous` paragraph's last sentence, its
    quotes masked."""
    s0 = at.sentence[0]
    if laid_out(text, start):
        return []  # a table row or list item: lines laid out, not narration
    before = [Narration(masked, start, a, b) for a, b in reversed(at.sentences) if b <= s0]
    if before or previous is None:
        return before
    if laid_out(text, previous.start):
        return []
    para = text[previous.start : previous.end]
    marked = apostrophes_as_marks(para)
    last = mask_quotes(marked, quote_spans(marked))
    sentences = sentence_spans(last)
    return [Narration(last, previous.start, *sentences[-1])] if sentences else []


def _after_verb(sentence: str, words: list[str], verb: str) -> str:
    """Return the words of `sentence` after its subject `words` and their `verb`."""
    at = 0
    for word in (*words, verb):
        found = sentence.find(word, at)
        if found < 0:
            return ""
        at = found + len(word)
    return sentence[at:]


def narrated_subject(
    people: People,
    before: list[Narration],
    inner: str,
    quote_at: int,
    paragraph_end: int,
    last_speaker: Person | None = None,
) -> Person | None:
    """Return the named person whom the sentences `before` a cue-less quote (nearest first)
    tell of by name, when the quote (its words `inner`, at `quote_at` in the article, in a
    paragraph ending at `paragraph_end`) speaks in the first person and no signature follows
    it on the next line; or `last_speaker` (whose paragraph came before a paragraph of this
    narration) when the narration tells only of one of their gender by pronoun ("She spent six
    weeks on crutches."); None when the narration could make the words anyone else's."""
    if not _FIRST_PERSON.search(inner) or signature_line(people.text, paragraph_end):
        return None  # '“I ...” / - Hillary Clinton.': the words are signed below
    genders: set[str] = set()  # of the pronouns and possessives read on the way back
    for narration in before[:_LOOK_BACK]:
        masked, s0, s1 = narration.masked, narration.start, narration.end
        sentence = masked[s0:s1]
        if sentence.rstrip()[-1:] not in PROSE_END + ":":
            return None  # a heading or a cell, not a sentence of narration
        if MASK * _SCARE_QUOTE in sentence:
            return None  # someone's words: not narration alone
        words, verb = subject_words(masked, s0, s1)
        while len(words) > 1 and words[-1].casefold() in NOT_NAME:
            words = words[:-1]  # "Mr Smith then went": the adverb is no part of the subject
        if not words or verb is None:
            return None
        keys = [w.casefold().strip(".,;:") for w in words]
        if keys[0] in GENDERED_PRONOUNS:  # "He then ...", "His main concern is ..."
            genders.add(GENDERED_PRONOUNS[keys[0]])
            continue
        if verb.casefold() in _PASSIVE_MARKERS:
            return None  # "Smith was convicted.": the words may be anyone's about him
        if relays_another(verb, _after_verb(sentence, words, verb)):
            return None  # "Vance quoted the prime minister.": the words may be the other's
        person = interpret(people, words, narration.base + s0)
        if (
            person is None
            or not is_named_person(people, person)
            or name_key(person.name)[1] not in {name_key(w)[1] for w in words}
            or len(genders) > 1
            or (genders and person.gender not in genders)
        ):
            return None
        others = people.names.mentions_between(narration.base + s0, quote_at)
        if any(other is not person for _, other in others):
            return None  # another person named in the narration since
        return person
    if (
        before
        and last_speaker is not None
        and is_named_person(people, last_speaker)
        and genders == {last_speaker.gender}
        and not any(
            other is not last_speaker
            for _, other in people.names.mentions_between(
                before[-1].base + before[-1].start, quote_at
            )
        )
    ):
        return last_speaker  # '“...,” said X. / He has ... / “I ...”': X goes on
    return None
