"""Who did it: "who set up X?", "who scored ...?", "who will play X?", "which company bought
X?" are answered by a passage naming someone beside the question's verb, so such a passage is
shown first.

BM25 ranks passages by the question's words anywhere: "who set up air deccan" showed a
passage on Air Deccan's deal with ATR first and "Air Deccan was set up last year" second,
while "Air Deccan, set up by army officer and silk farmer Gorur Gopinath" came fourth. A
passage answers when one of its sentences holds the verb asked (or a form of it), another word
of the question, and a name the question does not write (`clauses.names_at`): among the first
VALUE_READ relevant passages, those come first, the others keep their order after them. A first
passage telling the deed already stays first, whoever it names: "India's defence minister has
opened the country's Aero India 2005 air show" answers "who opened the Aero India air show".
A light verb asks nothing of its own ("who got the special award", "who took the 800m title":
the award was "awarded", the title "won"): its forms beside a name tell no deed, so such
questions keep their ranking. When no sentence of the best passages tells the deed at all
(the verb, a form or a synonym of it, or a phrasal verb of its sense: "takes over from" for
"replaced", beside another word of the question), they name no doer:
"who threw the coin that cut X" over X hit by a coin is not answered (`missing_deed`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import cache

from qabot.search.clauses import names_at
from qabot.search.hit_record import Hit
from qabot.search.sentence_terms import sentences_with_terms
from qabot.search.word_forms import kin_forms, synonym_forms
from qabot.text import tokenize
from qabot.text.lexicon import DEED_WORDS, IRREGULAR_FORMS, PHRASAL_VERBS
from qabot.text.patterns import lazy

# words that only help a verb, or ask someone's words: never the verb asked
_AUXILIARIES = (
    "is|was|are|were|will|would|could|can|should|has|have|had|do|does|did|be|been|being"
    "|said|says|say|told|tells|tell|else"
)
# a past form of a verb, not of "be", "have" or "do" ("bought", "took")
_PAST = "|".join(
    sorted(
        word
        for word, base in IRREGULAR_FORMS.items()
        if base not in ("be", "have", "do") and word.isalpha()
    )
)
_NOUN = rf"(?!(?:{_AUXILIARIES})\b)[a-z]+"
# "who set up ...", "who scored ...", "who is writing ...", "who will play ...", "who has been
# cast ...": the verb asked; and so "which company bought ...", "which firm is building ..." (a
# noun or two, then a verb in a past or -ing form: "which film won", not "which breweries is X
# going to close"). "who is/was ..." otherwise asks who someone is, "who said/told ..."
# someone's words (speech questions)
_WHO_DID = lazy(
    rf"\s*(?:who|(?:which|what)\s+{_NOUN}(?:\s+{_NOUN})??(?=\s+(?:(?:is|was|are|were|will"
    rf"|would|has|have|had)\s+(?:been\s+)?)?(?:[a-z]+(?:ed|ing)|{_PAST})\b))"
    r"\s+(?:(?:is|was|are|were)\s+(?=[a-z]{3,}ing\b)(?!being\b)"  # "who is writing"
    r"|(?:will|would|has|have|had)\s+(?:been\s+)?(?=[a-z]{3,}\b))?"  # "who has been cast"
    rf"(?!(?:{_AUXILIARIES})\b)(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
# light verbs carry their meaning in their object, which other verbs tell ("got the award":
# "was awarded"): any form of get, take, make, give, go, come, put, keep, let
LIGHT_VERBS = frozenset(
    "get gets got gotten getting take takes took taken taking make makes made making give gives "
    "gave given giving go goes went gone going come comes came coming put puts putting keep "
    "keeps kept keeping let lets letting".split()
)


def _who_did(question: str) -> re.Match[str] | None:
    """Return `_WHO_DID`'s match of `question`. Every match opens with "who", "which" or "what"
    after spaces, and most questions open otherwise: they are told so without compiling the
    pattern (its forms of irregular verbs make it ~2 ms of a `qabot ask` process)."""
    if question.lstrip()[:1] not in ("w", "W"):  # no other character is "w" ignoring case
        return None
    return _WHO_DID.match(question)


def asked_verb(question: str) -> frozenset[str]:
    """Return the terms of the verb a "who did ...?" question asks of, else none."""
    asked = _who_did(question)
    if not asked or asked.group("verb").casefold() in LIGHT_VERBS:
        return frozenset()
    return frozenset(tokenize(asked.group("verb")))


def who_did_deed(question: str) -> str | None:
    """Return the deed a "who did ...?" question asks of, from its verb on ("sued Apple" of
    "who sued Apple?"), light verbs too ("got the idea"); else None."""
    asked = _who_did(question)
    return question[asked.start("verb") :].strip(" ?!.") or None if asked else None


def naming_doers(question: str, hits: Sequence[Hit], *, named: bool = True) -> list[Hit]:
    """Return the hits with a sentence holding the verb asked (`asked_verb`) or a form of it,
    another word of the question and (when `named`) a name the question does not write."""
    verb = asked_verb(question)
    if not verb:
        return []
    asked = frozenset(tokenize(question))
    rest = asked - verb
    return [hit for hit in hits if _tells_deed(hit, verb, rest, asked if named else None)]


def _tells_deed(
    hit: Hit, verb: frozenset[str], rest: frozenset[str], asked: frozenset[str] | None
) -> bool:
    """Return whether a sentence of the hit holds the verb, a word of `rest` and, unless
    `asked` is None, a name of none of the `asked` terms."""
    text = hit.passage.text
    for start, end, terms in sentences_with_terms(hit.passage):
        if rest.isdisjoint(terms) or not tells_verb(terms, verb, verb, synonyms=False):
            continue
        if asked is None or any(
            not set(tokenize(word)) <= asked for _, word in names_at(text[start:end])
        ):
            return True
    return False


_TOKEN = lazy(r"[^\W_][\w'’-]*")
# words between a doer and the verb ("Rahman is writing", "Lee has been named"), or between
# the verb and "by" ("written for the stage by")
_BETWEEN = frozenset("is was are were has have had been being be also then later now".split())


def names_agent(question: str, hit: Hit) -> bool:
    """Return whether a sentence of the hit tells the deed asked (`naming_doers`) with the
    doer named as its agent: a name not asked right before the verb ("Rahman wrote") or after
    "by" just after it ("is being written by AR Rahman"), not anywhere in the sentence ("Cole
    also had a bottle thrown at him" names whom it hit). For passages below the relevance
    floor, which hold few of the question's words to vouch for them."""
    verb = asked_verb(question)
    if not verb or not naming_doers(question, [hit]):
        return False
    asked = frozenset(tokenize(question))
    text = hit.passage.text
    for start, end, terms in sentences_with_terms(hit.passage):
        if not tells_verb(terms, verb, verb, synonyms=False):
            continue
        sentence = text[start:end]
        names = {at for at, word in names_at(sentence) if not set(tokenize(word)) <= asked}
        tokens = list(_TOKEN.finditer(sentence))
        for i, token in enumerate(tokens):
            held = set(tokenize(token.group()))
            if not held or not tells_verb(held, verb, verb, synonyms=False):
                continue
            before = i - 1
            while before >= 0 and tokens[before].group().casefold() in _BETWEEN:
                before -= 1
            if before >= 0 and tokens[before].start() in names:
                return True
            by = next(
                (j for j in range(i + 1, min(i + 5, len(tokens)))
                 if tokens[j].group().casefold() == "by"),
                None,
            )  # fmt: skip
            if by is not None and any(t.start() in names for t in tokens[by + 1 : by + 6]):
                return True
    return False


# deeds the news tells in the words of their result or of a role, seldom with the verb: a
# contest's ("beat", "knocked out", "scored": "victory over", "loss to", "a goal from"; "topped
# the chart": "number one") and
# holding a post ("heads", "runs": "leader of", "chairman")
TOLD_OTHERWISE = frozenset(
    tokenize(
        "beat knock knocked oust ousted eliminate eliminated defeat defeated score scored net "
        "netted head heads headed lead leads led run runs ran chair chairs chaired manage "
        "manages managed coach coaches coached captain captains captained top tops topped"
    )
)
# a verb with a particle means what the two say together ("turned down": declined, "set up" a
# goal: a cross from), which the verb alone is not
_PARTICLE = lazy(r"\s+(?:up|down|out|off|over|in|on|back|away|through)\b", re.IGNORECASE)


def missing_deed(question: str, hits: Sequence[Hit]) -> str | None:
    """Return "who <verb>" when `question` asks who did something (`asked_verb`) and no
    sentence of `hits` holds that verb, a form of it or a synonym ("selected" for "picked")
    beside another word of the question: they never tell the deed, so they name no doer of it;
    else None (also for a deed told in other words, `TOLD_OTHERWISE`, or a phrasal verb)."""
    verb = asked_verb(question)
    asked = _who_did(question)
    if not verb or not asked or verb & TOLD_OTHERWISE or _PARTICLE.match(question, asked.end()):
        return None
    rest = frozenset(tokenize(question)) - verb
    phrasal = [pair for term in verb for pair in phrasal_senses().get(term, ())]
    for hit in hits:
        text = hit.passage.text
        for start, end, terms in sentences_with_terms(hit.passage):
            if rest.isdisjoint(terms):
                continue
            if tells_verb(terms, verb, verb):
                return None
            if phrasal and writes_phrasal(text[start:end], phrasal):
                return None  # "takes over from" for "replaced"
    return " ".join(asked.group(0).split()).casefold()  # "who threw", "who is writing"


def tells_verb(
    terms: Collection[str], verb: frozenset[str], own: frozenset[str], *, synonyms: bool = True
) -> bool:
    """Return whether a sentence's `terms` tell a deed (`told_terms`); the verb as typed, the
    common case, is checked before its forms and synonyms are looked up (run per sentence of
    every candidate passage)."""
    return not verb.isdisjoint(terms) or bool(told_terms(terms, verb, own, synonyms=synonyms))


@cache
def deed_terms(term: str) -> frozenset[str]:
    """Return the terms of the words news writes for the deed of a verb's term (`DEED_WORDS`:
    "chosen", "selected" for "pick"; "paid", an irregular form, is read as "pay")."""
    asked = {term, *tokenize(IRREGULAR_FORMS.get(term, term))}
    return frozenset(
        found
        for verb, words in DEED_WORDS.items()
        if asked.intersection(tokenize(verb))
        for found in tokenize(" ".join(words))
    )


def told_terms(
    terms: Collection[str], verb: frozenset[str], own: frozenset[str], *, synonyms: bool = True
) -> frozenset[str]:
    """Return those of a sentence's `terms` that tell a deed: the `verb` terms, their forms
    ("laid" of "lay"), the words news writes for the deed of the verb as typed (`own`, "chosen"
    of "pick") and, unless `synonyms` is false, its synonyms (WordNet's, looser: a phrasal
    verb's senses have none of their own)."""
    held = set(terms)
    return frozenset(
        {
            *(verb & held),
            *kin_forms(sorted(verb), held),
            *(held & {deed for term in own for deed in deed_terms(term)}),
            *(synonym_forms(sorted(own), held) if synonyms else ()),
        }
    )


@cache
def phrasal_senses() -> dict[str, tuple[tuple[str, str], ...]]:
    """Return, for the term of a word, the phrasal verbs of its sense as (verb term,
    particle): "miss" -> ("stay", "away")."""
    senses: dict[str, list[tuple[str, str]]] = {}
    for phrase, words in PHRASAL_VERBS.items():
        verb, particle = phrase.split()
        for term in tokenize(" ".join(words)):
            senses.setdefault(term, []).append((tokenize(verb)[0], particle))
    return {term: tuple(pairs) for term, pairs in senses.items()}


def writes_phrasal(sentence: str, phrasal: Sequence[tuple[str, str]]) -> bool:
    """Return whether `sentence` writes one of the `phrasal` verbs: a form of its verb right
    before its particle ("stayed away")."""
    for verb, particle in phrasal:
        for word in re.findall(rf"\b(\w+)\s+{particle}\b", sentence, re.IGNORECASE):
            if tokenize(IRREGULAR_FORMS.get(word.casefold(), word)) == [verb]:
                return True
    return False
