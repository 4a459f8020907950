"""A speech question's phrasing made plain before it is read: polite openings dropped ("can you
tell me what ..."), idioms of speaking read as their verb ("hit out at" is "attacked").
"""

from __future__ import annotations

import re


def clean_question(question: str) -> str:
    """Return a question without its polite opening ("can you tell me", "and so") and with
    idioms of attacking in words read as the verb "attack" ("took a swipe at" -> "attacked")."""
    text = " ".join(question.strip().split()).rstrip("?!. ").strip()
    text = re.sub(
        r"^(?:(?:and|so|ok|okay|but|please)[,\s]+)?(?:(?:can|could)\s+you\s+)?"
        r"(?:tell|show)\s+me\s+(?=what|who|which|how)",
        "",
        text,
        flags=re.I,
    )
    text = re.sub(r"^(?:and|so|ok|okay|but)[,\s]+(?=what|did|who|which|how)", "", text, flags=re.I)
    return _IDIOMS.sub(lambda m: _IDIOM_VERBS[next(v for v in m.groups() if v).casefold()], text)


# phrases of attacking in words, read as the verb "attack" in its form ("take a swipe at",
# "hit out at", "lashed out at", "rounded on"): a speech verb the extractor knows
_IDIOMS = re.compile(
    r"\b(?:(?P<take>take|takes|took|taking)\s+(?:a|another)\s+(?:swipe|dig|pop|potshot|shot)"
    r"\s+at|(?P<hit>hit|hits|hitting|lash|lashes|lashed|lashing)\s+out\s+at"
    r"|(?P<round>round|rounds|rounded|rounding)\s+on)(?=\s)",
    re.IGNORECASE,
)
_IDIOM_VERBS = {
    **dict.fromkeys("take hit lash round".split(), "attack"),
    **dict.fromkeys("takes hits lashes rounds".split(), "attacks"),
    **dict.fromkeys("took lashed rounded".split(), "attacked"),
    **dict.fromkeys("taking hitting lashing rounding".split(), "attacking"),
}
