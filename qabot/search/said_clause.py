"""The words said, in a "who said ...?" topic that also tells where, when or to whom.

"Who said during the boardroom row that claims about his budget were untrue?": the clause after
"that" is what the speaker said; the words before it set the scene ("during the boardroom row")
or name whom the words were for ("who told the judge that ..."). A scene may close the topic
instead, set off by a comma: "who asked why pensioners are poor, at the party conference?". The
scene is in the quote's story, seldom in the quote, so `who_said_ranking` weighs a quote's own
words against the clause alone, and the rest of the topic against its sentence and passage as
before.
"""

from __future__ import annotations

from qabot.text import tokenize
from qabot.text.lexicon import SETTING_OPENERS, TELLING_VERBS

# the words before "that" a setting or an addressee may run to ("to the Houston judge"), and
# the words a closing setting after a comma may run to ("after the IMF cut its forecast")
SETTING_WORDS = 7
# a clause of fewer terms tells too little of what was said to weigh a quote's words by it
CLAUSE_TERMS = 2


def said_terms(topic: str, verb: str | None) -> list[str]:
    """Return the analysed terms of the clause said when `topic` opens with a setting ("during
    the row", "in the Times", "talking about TV") or, after a verb of telling, whom the words
    were for ("the judge"), before "that"; or when it closes with a setting set off by a comma
    (`_before_closing_setting`); else [] (the whole topic is what was said)."""
    return _after_that(topic, verb) or _before_closing_setting(topic)


def _after_that(topic: str, verb: str | None) -> list[str]:
    """Return the terms of the clause after "that" when a setting or an addressee comes before
    it, else []."""
    words = topic.split()
    folded = [word.casefold().strip(",;:") for word in words]
    if "that" not in folded[1 : SETTING_WORDS + 1]:
        return []
    at = folded.index("that", 1)
    opener = folded[0]
    setting = opener in SETTING_OPENERS or opener.endswith("ing")
    if not setting and (verb or "").casefold() not in TELLING_VERBS:
        return []  # "it bleakly ironic that ...", "suggestions that ...": part of the words
    terms = tokenize(" ".join(words[at + 1 :]))
    return terms if len(set(terms)) >= CLAUSE_TERMS else []


def _before_closing_setting(topic: str) -> list[str]:
    """Return the terms before a setting that closes the topic after a comma ("..., at the
    spring conference", "..., after the IMF cut its forecast"), opened as a setting before
    "that" is and no longer than `SETTING_WORDS`; else []. Without the comma the phrase may be
    part of the words ("we will never be beaten at Villa Park")."""
    said, comma, setting = topic.rpartition(",")
    words = setting.split()
    if not comma or not words or len(words) > SETTING_WORDS:
        return []
    if words[0].casefold() not in SETTING_OPENERS:
        return []
    terms = tokenize(said)
    return terms if len(set(terms)) >= CLAUSE_TERMS else []
