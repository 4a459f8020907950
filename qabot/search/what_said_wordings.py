"""Other wordings of "what did X say (about Y)?" made plain before `questions` reads them:
"what exactly did X say", "what was it that X said", "what did X make of Y".

Readers stress or soften the question without changing what it asks; each wording here asks
for the same words of the same person, so it is read as the plain question ("what did X
say/think about Y"), whose reader knows every speech verb and tail.
"""

from __future__ import annotations

import re

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


def plain_what_said(text: str) -> str:
    """Return `text` with another wording of "what did X say (about Y)?" made the plain one."""
    if text[:4].casefold() not in {"what", "how "}:
        return text  # every wording here opens with "what" or "how"
    text = _STRESSED.sub(r"\1 ", text, count=1)
    text = _STRESSED_LAST.sub("", text)
    text = _CLEFT.sub("what did ", text, count=1)
    made = _MAKE_OF.match(text)
    if made is not None:
        auxiliary = made["ask"].split()[-1].casefold()
        think = _THINK.get(auxiliary, "thought")
        text = f"{made['ask']} {made['who']} {think} about {text[made.end() :]}"
    return text
