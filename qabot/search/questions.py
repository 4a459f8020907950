"""Speech questions: "what did X say about Y?", "who said Y?" and follow-ups, recognised.

Questions are read with a few patterns over the case-folded text; names and topics come back in
the case the user wrote them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True, slots=True)
class SpeechQuestion:
    """A question about who said what: "what did X say about Y?" or "who said Y?"."""

    kind: Literal["what_said", "who_said"]
    speaker: str | None  # None: "he"/"she" or no one named (a follow-up)
    topic: str | None
    followup: bool


_PRONOUNS = frozenset("he she they him her them it".split())
_SPEECH_VERBS = (
    r"(?:say|said|saying|tell|told|think|thought|claim|claimed|mean|meant|"
    r"argue|argued|warn|warned|write|wrote)"
)
_TOPIC = (
    r"(?:\s+(?:anything\s+|something\s+)?(?:about|on|regarding|concerning|over|of)\s+"
    r"(?P<topic>.+))?"
)
_QUESTION_FORMS = [
    (
        "what_said",
        re.compile(
            r"^(?:and\s+|so\s+)?what\s+(?P<else>else\s+)?(?:did|does|do|has|have|had|was|is|were)\s+"
            rf"(?P<who>.+?)\s+(?:just\s+|really\s+|actually\s+|been\s+)?{_SPEECH_VERBS}"
            rf"(?:\s+(?!about\b|on\b)[\w'’-]+){{0,2}}?{_TOPIC}$"
        ),
    ),
    (
        "what_said",
        re.compile(
            r"^(?:did|has|have|does)\s+(?P<who>.+?)\s+(?:say|said|comment|commented|speak|spoken|"
            r"talk|talked|mention|mentioned)(?:\s+(?:anything|something|much))?"
            r"(?:\s+(?:about|on|regarding|concerning|over)\s+|\s+)(?P<topic>.+)$"
        ),
    ),
    (
        "what_said",
        re.compile(
            r"^(?:what\s+are\s+|show\s+(?:me\s+)?)?(?P<who>.+?)['’]s?\s+(?:comments?|remarks?|words|"
            r"statements?|quotes?|views?)" + _TOPIC + "$"
        ),
    ),
    (
        "what_said",
        re.compile(
            r"^(?:all\s+)?(?:quotes|statements|comments)\s+(?:from|by|of)\s+(?P<who>.+?)"
            + _TOPIC
            + "$"
        ),
    ),
    ("what_said", re.compile(r"^what\s+(?P<who>.+?)\s+(?:said|says|has\s+said)" + _TOPIC + "$")),
    (
        "who_said",
        re.compile(
            r"^who\s+(?:said|says|has\s+said|claimed|stated|warned|argued|told\s+[\w'’-]+)"
            r"\s+(?:that\s+|about\s+)?(?P<topic>.+)$"
        ),
    ),
    (
        "followup",
        re.compile(
            r"^(?:and|what|anything|something)(?:\s+else)?\s+(?:about|on)\s+"
            r"(?P<topic>.+)$"
        ),
    ),
    ("followup", re.compile(r"^(?:and\s+)?(?:what|anything)\s+else$")),
]


def parse_speech_question(question: str) -> SpeechQuestion | None:
    """Return what a speech question asks, or None for an ordinary question."""
    text = " ".join(question.strip().split()).rstrip("?!. ").strip()
    text = re.sub(
        r"^(?:(?:and|so|ok|okay|but|please)[,\s]+)?(?:(?:can|could)\s+you\s+)?"
        r"(?:tell|show)\s+me\s+(?=what|who)",
        "",
        text,
        flags=re.I,
    )
    text = re.sub(r"^(?:and|so|ok|okay|but)[,\s]+(?=what|did|who)", "", text, flags=re.I)
    for kind, pattern in _QUESTION_FORMS:
        match = pattern.match(text.casefold())
        if match is None:
            continue
        groups = match.groupdict()
        topic = _original(text, match, "topic")
        if kind == "followup":
            return SpeechQuestion("what_said", None, topic, True)
        if kind == "who_said":
            return SpeechQuestion("who_said", None, topic, False)
        who = _original(text, match, "who") or ""
        if not who or len(who.split()) > 6:
            continue
        pronoun = who.casefold() in _PRONOUNS
        return SpeechQuestion(
            "what_said", None if pronoun else who, topic, pronoun or bool(groups.get("else"))
        )
    return None


def _original(text: str, match: re.Match[str], group: str) -> str | None:
    """Return a matched group in its original case (matching ran on the case-folded text)."""
    if match.groupdict().get(group) is None:
        return None
    value = text[match.start(group) : match.end(group)].strip(" ,\"“”'")
    return value or None
