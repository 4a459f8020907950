"""Other wordings of "what did X say (about Y)?" made plain before `questions` reads them:
"what exactly did X say", "what was it that X said", "what did X make of Y", "what has X got
to say", "what X had to say", "what's X saying".

Readers stress or soften the question without changing what it asks; each wording here asks
for the same words of the same person, so it is read as the plain question ("what did X
say/think about Y"), whose reader knows every speech verb and tail.
"""

from __future__ import annotations

import re

from qabot.search.speech_verbs import is_speech_verb
from qabot.text.patterns import lazy

# "what exactly did X say", "what precisely has X said": the adverb stresses, asks nothing
_STRESSED = lazy(
    r"^(what|how)\s+(?:exactly|precisely|actually|really|specifically)\s+"
    r"(?=(?:did|does|do|has|have|had|was|were|is|are)\s)",
    re.IGNORECASE,
)
# "what did X say about Y, exactly?": the same stress at the end
_STRESSED_LAST = lazy(r"[\s,]+(?:exactly|precisely|specifically)$", re.IGNORECASE)
# "what was it that X said after the vote": the cleft asks what X said; read as "what did X
# said ...", which the reader takes in any form of the verb
_CLEFT = lazy(r"^what\s+was\s+it\s+(?:that|which)\s+(?=\S)", re.IGNORECASE)
# "what did X make of Y", "what has X made of Y": X's view of Y, as "what did X think about Y"
# asks (not the reader's own view: "what do you make of it")
_MAKE_OF = lazy(
    r"^(?P<ask>(?:what|how)\s+(?:did|does|do|has|have|had))\s+(?!(?:you|i|we)\s)"
    r"(?P<who>.+?)\s+(?:make|makes|made)\s+of\s+(?=\S)",
    re.IGNORECASE,
)
_THINK = {"did": "think", "does": "think", "do": "think"}
# "what has X got to say about Y", "what X had to say about Y": "what did X have to say ..."
_GOT_TO_SAY = lazy(r"^what\s+(?:has|have)\s+(?P<who>.+?)\s+got\s+to\s+(?=say\b)", re.IGNORECASE)
_HAD_TO_SAY = lazy(
    r"^what\s+(?!(?:did|does|do|has|have|had|is|was|are|were)\s)(?P<who>.+?)\s+"
    r"(?:had|has|have)\s+to\s+(?=say\b)",
    re.IGNORECASE,
)
_WHAT_S = lazy(r"^what['’]s\s+", re.IGNORECASE)
_VERB_WORDS = 9  # words after "what's" within which its speech verb is sought
_NAMED = "called"  # "what's the new virus called": the participle of a thing's name


def _what_is_or_has(text: str) -> str:
    """Return "what's X saying about Y" as "what is X saying ...", "what's X said about Y" as
    "what has X said ...": the verb's form tells which "'s" it is (no speech verb: as it is).
    "what's X called" ending the question asks X's name: "what is X called", no one's words
    (not "what's X called for", which asks what X has called for)."""
    words = text.split()
    for at, word in enumerate(words[2 : 2 + _VERB_WORDS], start=2):
        folded = word.casefold()
        if not is_speech_verb(folded):
            continue
        if folded.endswith("ing") or (at == len(words) - 1 and folded.rstrip("?!. ") == _NAMED):
            return "what is " + text.split(None, 1)[1]
        if folded.endswith("ed") or folded in {"said", "told", "written", "spoken"}:
            return "what has " + text.split(None, 1)[1]
        return text
    return text


def plain_what_said(text: str) -> str:
    """Return `text` with another wording of "what did X say (about Y)?" made the plain one."""
    if text[:4].casefold() not in {"what", "how "}:
        return text  # every wording here opens with "what" or "how"
    text = _STRESSED.sub(r"\1 ", text, count=1)
    text = _STRESSED_LAST.sub("", text)
    text = _CLEFT.sub("what did ", text, count=1)
    text = _GOT_TO_SAY.sub(lambda m: f"what did {m['who']} have to ", text, count=1)
    text = _HAD_TO_SAY.sub(lambda m: f"what did {m['who']} have to ", text, count=1)
    if _WHAT_S.match(text) and " been " not in text:  # "what's X been saying": `questions`
        text = _what_is_or_has(text)
    made = _MAKE_OF.match(text)
    if made is not None:
        auxiliary = made["ask"].split()[-1].casefold()
        think = _THINK.get(auxiliary, "thought")
        text = f"{made['ask']} {made['who']} {think} about {text[made.end() :]}"
    return text
