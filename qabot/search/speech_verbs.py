"""Speech verbs in questions: any form of a verb the extractor reads as a speech cue
(`qabot.attribution.SPEECH_VERBS`), of holding a view (`OPINION_VERBS`) or of a speech act
that only questions use (`ASKED_ONLY_VERBS`, `WHO_ONLY_VERBS`, `STANCE_VERBS`: all in the
lexicon), and its past tense for a lead line. `questions` reads speech questions with them.
"""

from __future__ import annotations

from functools import cache, lru_cache

from qabot.attribution import SPEECH_VERBS
from qabot.text import tokenize
from qabot.text.lexicon import (
    ASKED_ONLY_VERBS,
    IRREGULAR_VERBS,
    OPINION_VERBS,
    STANCE_VERBS,
    WHO_ONLY_VERBS,
)
from qabot.text.patterns import lazy


def is_stance_verb(word: str) -> bool:
    """Return True for a past form of a verb of taking a side ("backed", "objected")."""
    word = word.casefold()
    return word.endswith("ed") and any(stem in _stance_stems() for stem in tokenize(word))


@cache
def _stance_stems() -> frozenset[str]:
    return frozenset(stem for word in STANCE_VERBS for stem in tokenize(word))


@cache
def _verb_forms() -> frozenset[str]:
    """The verbs' forms as the lexicons write them (one word each)."""
    verbs = SPEECH_VERBS | OPINION_VERBS | ASKED_ONLY_VERBS | WHO_ONLY_VERBS
    return frozenset(word for word in verbs if " " not in word)


@cache
def _verb_stems() -> frozenset[str]:
    forms = _verb_forms() - WHO_ONLY_VERBS
    stems = {stem for word in forms for stem in tokenize(word)}
    return frozenset(
        stems | {stem for base in IRREGULAR_VERBS.values() for stem in tokenize(base)}
    )


@cache
def _who_stems() -> frozenset[str]:
    return frozenset(stem for word in WHO_ONLY_VERBS for stem in tokenize(word))


@lru_cache(maxsize=1 << 14)
def is_speech_verb(word: str, *, after_who: bool = False) -> bool:
    """Return True for any form of a speech or opinion verb ("likens", "forecast", "told");
    `after_who`, also of a verb that asks who said something only there ("who rebuked").
    Kept for the last words asked about (every word after a question's name is asked)."""
    word = word.casefold().strip(",.;:!?\"“”'‘’")
    if not word.isalpha():
        return False
    if _agent_noun(word):
        return False  # "treasury adviser X", "the reporter": who, not what they did
    base = IRREGULAR_VERBS.get(word, word)
    stems = tokenize(base)
    return any(stem in _verb_stems() for stem in stems) or (
        after_who and any(stem in _who_stems() for stem in stems)
    )


def _agent_noun(word: str) -> bool:
    """Return True for the noun of one who does a speech verb ("adviser", "reporters",
    "commentator"), which shares the verb's stem; "answer" or "order" are no such nouns (no verb
    "answ", "ord"), nor "remembers", a form of a verb ending in -er that the lexicon writes."""
    if word in _verb_forms() or word.removesuffix("s") in _verb_forms():
        return False
    for suffix in ("ers", "ors", "er", "or"):
        root = word[: -len(suffix)]
        if word.endswith(suffix) and len(root) > 3:
            return any(
                stem in _verb_stems() for form in (root, root + "e") for stem in tokenize(form)
            )
    return False


@lru_cache(maxsize=1024)
def past_tense(verb: str) -> str:
    """Return the past tense of a speech verb as the extractor's lexicon spells it (kept: a
    speech question's verb is one of a few hundred)."""
    verb = verb.casefold()
    if verb.endswith("ing") and len(verb) > 5:  # "saying", "warning": the base verb's past
        verb = verb[:-3]
    irregular: dict[str, str] = {}
    for form, base in IRREGULAR_VERBS.items():
        # the past, not the participle: of "spoke" and "spoken", "wrote" and "written", the
        # shorter form
        if base not in irregular or len(form) < len(irregular[base]):
            irregular[base] = form
    if verb.endswith("s") and verb[:-1] in irregular:
        verb = verb[:-1]  # "thinks", "says", "tells": the base of the third person's form
    if verb in irregular:
        return irregular[verb]
    if verb.endswith("ed") or verb in IRREGULAR_VERBS:
        return verb
    stems = tokenize(IRREGULAR_VERBS.get(verb, verb))
    for form in sorted(SPEECH_VERBS):
        if form.endswith("ed") and tokenize(form) == stems:
            return form
    base = verb[:-1] if verb.endswith("s") and not verb.endswith("ss") else verb
    if base.endswith("ing"):
        base = base[:-3]
    if _SHORT_L.search(base):
        base += "l"  # "signalled", "cancelled", as the British press spells them
    return base + ("d" if base.endswith("e") else "ed")


_SHORT_L = lazy(r"(?:^|[^aeiou])[aeiou]l$")  # one vowel before a last "l" ("signal", not "appeal")
