"""Speech verbs in questions: any form of a verb the extractor reads as a speech cue
(`qabot.attribution.SPEECH_VERBS`) or of holding a view (`OPINION_VERBS`), and its past tense
for a lead line. `questions` reads speech questions with them.
"""

from __future__ import annotations

from functools import cache, lru_cache

from qabot.attribution import SPEECH_VERBS
from qabot.text import tokenize
from qabot.text.lexicon import IRREGULAR_VERBS, OPINION_VERBS

# verbs of a speech act that questions use though the extractor needs no cue of them ("what did
# the governor threaten if ...", "who hinted at a rate rise"): what was said is asked all the same
_ASKED_ONLY = frozenset("threaten recommend hint dispute disagree advise plead".split())
# verbs that, after "who" or "which <role>", ask who said something ("who rebuked the board?",
# "which minister signalled a U-turn?"), but after "what did X ..." may ask what a thing
# showed ("what did the figures indicate?"), so only "who said" reads them
_WHO_ONLY = frozenset(
    "disclose assure reassure beg imply signal indicate rubbish deplore castigate chide rebuke "
    "scold berate reprimand confess congratulate underline query swear swore credit".split()
)


# verbs of taking a side that ask who said something only after a word for people ("which
# expert backed the club", "which chief objected to the film"): "who backed the bid?" may ask
# who paid, and "which player scored" asks about no words at all
_STANCE = frozenset(
    "object back support oppose welcome condemn endorse approve dispute hail applaud "
    "complain protest".split()
)


def is_stance_verb(word: str) -> bool:
    """Return True for a past form of a verb of taking a side ("backed", "objected")."""
    word = word.casefold()
    return word.endswith("ed") and any(stem in _stance_stems() for stem in tokenize(word))


@cache
def _stance_stems() -> frozenset[str]:
    return frozenset(stem for word in _STANCE for stem in tokenize(word))


@cache
def _verb_stems() -> frozenset[str]:
    forms = {word for word in SPEECH_VERBS | OPINION_VERBS | _ASKED_ONLY if " " not in word}
    stems = {stem for word in forms for stem in tokenize(word)}
    return frozenset(
        stems | {stem for base in IRREGULAR_VERBS.values() for stem in tokenize(base)}
    )


@cache
def _who_stems() -> frozenset[str]:
    return frozenset(stem for word in _WHO_ONLY for stem in tokenize(word))


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
    "answ", "ord")."""
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
    irregular = {base: form for form, base in IRREGULAR_VERBS.items() if form != "written"}
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
    return base + ("d" if base.endswith("e") else "ed")
