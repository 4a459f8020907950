"""Unnamed roles: a role a sentence gives a person it does not name there (a step inside
`qabot.attribution.summaries`, at index time).

The description a quote's cue is given instead of a name ("the Two Ronnies star said",
`cue_description`), and a news lede's role for the person the next sentence opens with ("The new
health minister for Wales says ... . Brian Gibbons, ...": `lede_role`). Roles given beside the
name are read in `qabot.attribution.role_descriptions`.
"""

from __future__ import annotations

import functools
import re

from qabot.attribution.role_descriptions import PERSON_NOUNS, SPEECH_WORDS
from qabot.attribution.speaker_words import head_noun
from qabot.text.lexicon import VERB_LIKE, strip_title
from qabot.text.patterns import lazy

_SENTENCE_WORDS = lazy(r"[a-z][a-z-]*")


def cue_description(sentence: str, cue: str) -> str | None:
    """Return the description a quote's cue is given instead of a name: "the Two Ronnies star
    said", "said the 74-year-old comedian" (the person was named earlier, and the role is
    theirs), or None when the cue has no such description."""
    verb = cue.split()[0] if cue.split() else ""
    if not verb.isalpha():
        return None
    found = _described(verb).search(sentence)
    if found is None:
        return None
    phrase = found.group("before") or found.group("after")
    words = phrase.split()
    head = head_noun(phrase)
    if (
        len(words) > 8
        or head not in PERSON_NOUNS
        or any(w.casefold() in VERB_LIKE or w.casefold() in SPEECH_WORDS for w in words)
    ):
        return None
    return " ".join(w for w in words[1:] if not any(c.isdigit() for c in w))


@functools.lru_cache(maxsize=1024)
def _described(verb: str) -> re.Pattern[str]:
    """Return the pattern of a description before or after a cue's verb, compiled once per
    verb (an article's quotes ask it again and again, and other patterns made per name pushed
    it out of `re`'s own cache)."""
    return re.compile(
        rf"(?:^|[,:;][\"”’']?\s+|\s[-–—]\s)(?P<before>(?:the|The)\s+[^,;:\"“”]{{2,60}}?)"
        # "The Tory leader, who argues ..., said": the description before its clause
        rf"(?:,\s+who(?:\s+[^,;:\"“”]{{1,80}},)?)?\s+"
        rf"(?:has\s+|had\s+|also\s+)?{verb}\b"
        rf"|\b{verb}\s+(?P<after>the\s+[^,;:.!?\"“”]{{2,60}}?)\s*(?:[,;:.!?]|$)"
    )


_LEDE = lazy(
    r"^(?:The|A|An)\s+(?P<role>[^,;:\"“”]{3,80}?)\s+(?:has\s+|have\s+)?"
    r"(?:says|said|warned|warns|told|tells|insisted|insists|admitted|admits|claimed|claims)\b"
)


def lede_role(texts: list[str], speakers: list[str]) -> tuple[str, str] | None:
    """Return (speaker, role) when the article opens with a role and names its holder next:
    "The new health minister for Wales says ... . Brian Gibbons, on his first day, ..." (a
    news lede names the person only in its second sentence)."""
    if len(texts) < 2:
        return None
    opening = _LEDE.match(texts[0].strip())
    if opening is None:
        return None
    role = opening.group("role")
    if not PERSON_NOUNS.intersection(_SENTENCE_WORDS.findall(role.casefold())):
        return None
    following = texts[1]
    named = [
        (at, speaker)
        for speaker in speakers
        if (at := following.find(strip_title(speaker).split()[-1])) >= 0
    ]
    if not named:
        return None
    first, speaker = min(named)
    head = following[:first].split()
    # the holder opens the next sentence ("Brian Gibbons, ...", "Dr Gibbons said ...")
    if len(head) > 3 or any(w[:1].islower() for w in head):
        return None
    if head and head[-1] == "The":  # "The Times on Monday said": a body, not the holder
        return None
    return speaker, role
