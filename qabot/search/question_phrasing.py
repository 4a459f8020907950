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
    # "find who said ...", "I'd like to know who said ...", "do you know who said ..."
    text = _ASKING.sub("", text)
    text = _IDIOMS.sub(lambda m: _IDIOM_VERBS[next(v for v in m.groups() if v).casefold()], text)
    return _DISMISSING.sub(lambda m: _DISMISSED[m["verb"].casefold()], text)


_ASKING = re.compile(
    r"^(?:please\s+)?(?:(?:can|could)\s+you\s+)?(?:(?:find|found|search|look|work|figure)"
    r"(?:\s+(?:out|up))?|(?:do|does)\s+(?:you|anyone)\s+know|i\s*(?:['’]d|\s+would)\s+like"
    r"\s+to\s+know|i\s+(?:want|need)\s+to\s+know|i\s+wonder)\s+(?=who\b|which\b)",
    re.IGNORECASE,
)
# "brushed off", "shrugged aside", "waved away", "laughed off": "dismissed", a speech verb
_DISMISSED = {
    form: dismissed
    for forms, dismissed in (
        ("brush shrug wave laugh", "dismiss"),
        ("brushes shrugs waves laughs", "dismisses"),
        ("brushed shrugged waved laughed", "dismissed"),
        ("brushing shrugging waving laughing", "dismissing"),
    )
    for form in forms.split()
}
_DISMISSING = re.compile(
    r"\b(?P<verb>" + "|".join(_DISMISSED) + r")\s+(?:off|aside|away)(?=\s)", re.IGNORECASE
)
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
