"""The deed a "why" question takes as told: "why did X cancel Y?", "why was X sent off?" ask a
reason for something X did, and "which post did X turn down?" what it was done to, so a passage
answers only when it tells that deed (`told_deeds`); this reads the deed.

The question's words are found in passages that never tell it: "why did the band pull out of
the festival" matched the band headlining it, "why did the site cancel the sale" a story of the
sale. The deed is the first word after the question's subject, or the phrasal verb it opens
("pull out": "withdrew"). The subject is one word at least; a word typed with a capital, one the
archive mostly writes so, or one it writes right after the word before ("the man utd board",
"the electoral commission") is of it too, and so are "of" and the words after it ("did the
house of lords pass X": "of" is no deed, "pass" is), or after "v" or "and" ("the blair v major
debate"). Only a deed done is read ("why did", "why was", "why has"): "why do MPs want", "what
will X support" ask of a habit, a view or a plan, and its subject and verb stand side by side
in the text as well. After "make" or "let" the deed is the next verb's ("make Henry retake his
free-kick"). A verb that asks nothing of its own ("make", "get", "want to", "say", "expected
to", "rate") and "why was X so unhappy" (a state, not a deed) are left alone. A phrasal verb
not listed, of an adverb particle ("split up", "walk away"), is told by its verb, which
carries its sense ("split after a row"), or by the two written together ("walked away"); before
a verb in "-ing" ("end up paying") it leaves the deed to that verb, unread, and "end up" asks
what came of something in the end (`prospects`).

A word typed where the deed would be that the archive writes mostly as a noun, before one it
writes as a verb or a plural, is the subject's too (`word_uses`): "did the bush campaign lift
the block" asks of "lift", and the verb after it is the deed, however the two are written.

A relative pronoun after the subject ("did the man who sued X win") opens a clause the deed
is past: no deed is read. After "did" a word ending in "-ing" is no verb's base form ("did US
manufacturing beat ..."): it is the subject's.

"Did X ...?" asks whether X did the deed (whether a passage tells it: `told_deeds`). After "did"
a verb is in its base form (a word ending in "s" there, "did ask jeeves shares go up", leaves
the deed unread), and a verb with any particle after it ("hang on to") means what the two say
together.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from functools import cache

from qabot.indexing import Index
from qabot.search.name_writing import written_as_a_name
from qabot.search.who_did import LIGHT_VERBS, TOLD_OTHERWISE
from qabot.search.word_uses import NO_BASE_FORM, noun_before_verb
from qabot.text import lowered, tokenize, writes_adjacent
from qabot.text.lexicon import IRREGULAR_FORMS, NEVER_BEFORE_VERBS, PHRASAL_VERBS
from qabot.text.patterns import lazy

_AUX = r"did|does|do|has|have|had|will|would|could|can|might|should"
# "why did X ...", "why was X ...", "which post did X ...", "did X ...": the deed X did is asked
# about
_WHY = lazy(
    rf"\s*(?:why\s+(?P<aux>{_AUX}|is|was|are|were)|(?P<did>did)"
    rf"|(?:which|what)(?:\s+[\w'’&-]+){{1,4}}?\s+(?P<which>{_AUX}))\s+(?P<rest>.+)",
    re.IGNORECASE,
)
_STATE_AUX = frozenset("is was are were".split())
_JOINING = frozenset("of v vs versus and &".split())  # the subject's words go on past these
_RELATIVES = frozenset("who whom whose which".split())  # ("that" is read as a determiner)
_BASES_IN_ING = frozenset("bring cling fling ring sing spring sting string swing wring".split())
# a deed done: "why did X", "why was X", "why has X"; in the present or to come ("why do MPs
# want", "what will X support") a question asks of a habit, a view or a plan, which the news
# tells in words of its own, and its subject's words stand beside its verb in the text too
_DONE_AUX = frozenset("did was were has have had".split())
_BE = frozenset("being been".split())
_HAVE = frozenset("has have had".split())  # a perfect: its verb is a participle
# an adjective or a clause follows: "why is X so angry after losing"
_STATE_ENDS = frozenset(
    "so too very more less still not such after before when while because since".split()
)
_PASSIVE = lazy(r"[a-z]+(?:ed|en)", re.IGNORECASE)
_WORD = lazy(r"[\w'’&-]+")
_NEXT = lazy(r"\s+([^\W\d_][\w'’-]*)")  # the word after another
_ADVERB = lazy(r"[a-z]{3,}ly")
_GERUND = lazy(r"[a-z]{2,}ing", re.IGNORECASE)
_END = frozenset(tokenize("end"))  # "end up": an outcome in the end, no deed
# adverbs that stand before a verb without "-ly": "did the index still show growth"
_BEFORE_VERBS = frozenset("still ever really already also just even yet never".split())
_SAMPLE = 20  # passages read for two words written side by side
# particles that make a verb another ("turn down", "give up"); "in", "on", "over" ... are as
# often prepositions after the verb ("visit in", "play on")
_ADVERB_PARTICLES = frozenset("up down out off back away".split())
_PARTICLE = lazy(r"\s+(?P<p>up|down|out|off|over|in|into|on|back|away|through)\b", re.I)
# verbs whose deed is their object's or the next verb's ("want to close", "make X retake"),
# words, thoughts, views and names ("say sorry", "think", "expected to stay", "rated among the
# best", "called 'the iron oar'": "dubbed"): told in other words as often as in these (a
# phrasal verb listed is a deed: "give up", "call off")
_CAUSATIVE = frozenset("make makes made let lets".split())
_NOT_DEEDS = LIGHT_VERBS | frozenset(
    "want wants wanted need needs needed try tries tried hope hopes hoped plan plans planned "
    "decide decides decided choose chose chosen say says said think thinks thought feel felt "
    "believe believes believed claim claims claimed look looks looked call calls called name "
    "names named dub dubs dubbed nickname nicknamed know knows known expect expects expected "
    "rate rates rated consider considers considered regard regards regarded".split()
)


@dataclass(frozen=True, slots=True)
class Deed:
    """The deed a question asks a reason for: as typed, and the terms that tell it."""

    typed: str
    terms: frozenset[str]
    own: frozenset[str]  # the terms of the verb as typed
    done: bool = False  # "did X recover?": a sentence must tell it done, not going on
    # a phrasal verb whose verb alone tells nothing ("call off": "calls for a probe"): its verb
    # term and particle, which a sentence may write ("called off") beside its senses
    phrase: tuple[str, str] | None = None


# the deeds of the last questions read, by index: an answer asks for its question's deed once
# for the question and again for each passage it weighs, and reading it may search the archive
_deeds_kept: weakref.WeakKeyDictionary[Index, dict[str, Deed | None]] = weakref.WeakKeyDictionary()
_DEEDS_KEPT = 64


def why_deed(index: Index, question: str) -> Deed | None:
    """Return the deed a "why did X ...?" question takes as told, else None."""
    kept = _deeds_kept.setdefault(index, {})
    if question not in kept:
        if len(kept) >= _DEEDS_KEPT:
            kept.clear()
        kept[question] = _read_deed(index, question)
    return kept[question]


def _read_deed(index: Index, question: str) -> Deed | None:
    """`why_deed`, read."""
    asked = _WHY.match(question)
    if asked is None:
        return None
    aux = (asked.group("aux") or asked.group("which") or asked.group("did")).casefold()
    if aux not in _DONE_AUX:
        return None
    state = aux in _STATE_AUX
    rest = asked.group("rest")
    previous = ""  # the subject's last word: the deed is none before the subject's first
    owned = False  # the word before is a possessive: this one is what it owns, no deed
    verb_next = False  # the word before is a noun read as such only because a verb follows it
    for found in _WORD.finditer(rest):
        word = found.group()
        low = word.casefold()
        if low in NEVER_BEFORE_VERBS or low in _BE:
            continue
        if owned and not NO_BASE_FORM.fullmatch(low):  # "nigeria's central bank": the subject
            previous, owned = re.sub(r"['’]s$", "", low), low.endswith(("'s", "’s"))
            continue  # goes on over what the possessive owns ("profits": read as before, as
            # "profits fall" is written side by side in headlines)
        owned = False
        if previous and low in _RELATIVES:
            return None  # "did the man who sued X win": the deed is past a clause, unread
        if previous and (_ADVERB.fullmatch(low) or low in _BEFORE_VERBS):
            continue  # "what sentence did the judge finally give"
        if previous and low in _JOINING:
            previous = ""  # no deed: the subject goes on ("did the house of lords pass X",
            continue  # "why did the blair v major tv debate not happen")
        if not previous and (low in _NOT_DEEDS or low in IRREGULAR_FORMS):
            return None  # a verb first: "what share ... should keep", the subject's own deed
        if not previous or low.endswith(("'s", "’s")):
            previous, owned = re.sub(r"['’]s$", "", low), low.endswith(("'s", "’s"))
            continue  # the subject's first word, or a possessive
        if not word.islower() or written_as_a_name(index, word):
            previous = low
            continue  # a word of a name: "Ebay", "pixies"
        if state and low in _STATE_ENDS:
            return None  # "why was X so unhappy" asks of a state, not a deed
        if low in _CAUSATIVE and not state and not _PARTICLE.match(rest, found.end()):
            previous = ""  # "make Henry retake his free-kick": the deed is the next verb's
            continue
        if low in _NOT_DEEDS and not _listed_phrasal(low, rest, found.end()):
            return None  # ("call off" is a deed: a phrasal verb listed)
        if not verb_next and _written_together(index, previous, low):
            previous = low
            continue  # the subject goes on: "the man utd board", "the electoral commission"
        if not verb_next and noun_before_verb(index, low, _NEXT.match(rest, found.end())):
            previous, verb_next = low, True
            continue  # "did the bush campaign lift the block": a noun, the verb comes next
        if aux == "did" and NO_BASE_FORM.fullmatch(low):
            return None  # "did ask jeeves shares go up": after "did" a verb is in its base form
        if aux == "did" and low.endswith("ing") and low not in _BASES_IN_ING:
            previous = low
            continue  # "did us manufacturing beat expectations": no base form, the subject's
        if (state or aux in _HAVE) and not (_PASSIVE.fullmatch(word) or low in IRREGULAR_FORMS):
            previous = low
            continue  # "why was X's opening night cancelled", "why has the sri lankan rupee
            # gone up": the participle past the subject
        particle = _PARTICLE.match(rest, found.end())
        if particle is not None:
            phrase = f"{_base(IRREGULAR_FORMS.get(low, low))} {particle.group('p').casefold()}"
            senses = PHRASAL_VERBS.get(phrase)
            if senses is not None:  # "pulled out": "withdrew"
                typed = rest[found.start() : particle.end()].casefold()
                if low in _NOT_DEEDS:  # "call off": "calls" tells no deed, "called off" does
                    pair = (tokenize(_base(IRREGULAR_FORMS.get(low, low)))[0], phrase.split()[1])
                    told = frozenset(tokenize(" ".join(senses)))
                    return Deed(typed, told, frozenset(), phrase=pair)
                told = frozenset(tokenize(" ".join((low, *senses))))
                return Deed(typed, told, frozenset())
            if particle.group("p").casefold() in _ADVERB_PARTICLES:
                # "split up", "walk away": a phrasal verb not listed is told by its verb,
                # which carries its sense ("split"), or by the two written together
                own = frozenset(tokenize(IRREGULAR_FORMS.get(low, low)))
                after = _NEXT.match(rest, particle.end())
                if (
                    not own
                    or low in _CAUSATIVE
                    or own & TOLD_OTHERWISE
                    or own == _END
                    or (after and _GERUND.fullmatch(after[1]))
                ):
                    # "did X end up paying": the deed is the next verb's; "end up in
                    # hospital" asks what came of X in the end (`prospects` reads it)
                    return None
                typed = rest[found.start() : particle.end()].casefold()
                pair = (next(iter(own)), particle.group("p").casefold())
                return Deed(typed, own, own, phrase=pair)
            if asked.group("did"):
                return None  # a phrasal verb means what the two say together
        terms = frozenset(tokenize(IRREGULAR_FORMS.get(low, low)))
        if terms & TOLD_OTHERWISE:
            return None  # "what time did X run": "won the title in a time of ..."
        terms = frozenset(tokenize(low))
        return Deed(low, terms, terms, done=asked.group("did") is not None)
    return None


def _written_together(index: Index, first: str, second: str) -> bool:
    """Return whether the passages that best match two words write them side by side, as one
    name or noun phrase does ("Mark Oaten", "electoral commission"); a subject and its verb as
    typed are seldom so ("Oaten resigned", not "Oaten resign")."""
    terms = tokenize(f"{first} {second}")
    if len(terms) < 2:
        return False
    found = index.engine.search_scored(terms, _SAMPLE)  # texts read only until one writes it
    pattern: re.Pattern[str] | None = None  # compiled only when lower case cannot tell
    for i in range(len(found)):
        text = found.text(i)
        written = writes_adjacent(text, lowered(text), first, second)
        if written is None:
            if pattern is None:
                pattern = re.compile(
                    rf"(?<!\w){re.escape(first)}(?:['’]s)?[\s-]+{re.escape(second)}(?!\w)", re.I
                )
            written = pattern.search(text) is not None
        if written:
            return True
    return False


def _listed_phrasal(low: str, rest: str, at: int) -> bool:
    """Return whether the verb `low` and the particle after it at `at` of `rest` are a phrasal
    verb listed ("call off")."""
    particle = _PARTICLE.match(rest, at)
    if particle is None:
        return False
    return (
        f"{_base(IRREGULAR_FORMS.get(low, low))} {particle.group('p').casefold()}" in PHRASAL_VERBS
    )


def _base(word: str) -> str:
    """Return the base form of a verb as a phrasal verb is listed ("pulled" -> "pull")."""
    found = tokenize(word)
    return _phrasal_bases().get(found[0], word) if found else word


@cache
def _phrasal_bases() -> dict[str, str]:
    """Return the verbs of the phrasal verbs listed, by their term ("pull" -> "pull")."""
    return {tokenize(verb)[0]: verb for verb, _ in map(str.split, PHRASAL_VERBS)}
