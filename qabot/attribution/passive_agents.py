"""Passive agents: a quote brought in by a passive verb of speech is its agent's words.

Part of quote attribution (`qabot.attribution.quotes`): in "Mr Brown announced plans to merge
35 agencies - described by one union as a “bonfire of the quangos”" the quoted words are the
union's, not those of the sentence's subject; in "plans, described as a “bonfire”" or "what
was branded “a disgrace” by critics" they are nobody's we can name unless an agent follows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qabot.attribution.cues import word_alternation
from qabot.text.patterns import lazy

# verbs whose past participle puts a quote in someone's mouth: "described as", "branded"
_VERBS = word_alternation(
    """described branded dubbed labelled labeled termed characterised characterized hailed
derided denounced condemned criticised criticized slammed praised called mocked ridiculed
decried lambasted blasted attacked dismissed""".split()
)
_AS = r"(?:\s+as)?(?:\s+(?:an?|the|being|having))?\s*$"
# "... described by one civil service union as a “...”": the agent before the quote
_BY_AGENT = lazy(rf"\b(?:{_VERBS})\s+by\s+(?P<agent>[^,;:·\"“”()–—]{{1,80}}?){_AS}", re.IGNORECASE)
# "plans - described as a “...”", "what has been branded “...”": a passive with no agent yet
# (after a comma only with "as": "X, the party's treasurer, called “...”" is X's own words)
_AGENTLESS = lazy(
    rf"(?:\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?(?:{_VERBS}){_AS}"
    rf"|(?:[,(–—-]\s*|\b(?:widely|once|often|now|also)\s+)(?:{_VERBS})\s+as"
    r"(?:\s+(?:an?|the|being|having))?\s*$)",
    re.IGNORECASE,
)
# "the budget, branded “...” by X", "in a move branded a “...” by X": a participle after a
# comma or a noun, passive when an agent follows
_PARTICIPLE = lazy(
    rf"(?:[,(–—-]\s*|\b[a-z]+\s+)(?P<verb>{_VERBS})(?:\s+(?:an?|the))?\s*$", re.IGNORECASE
)
# '... branded “a disgrace” by opposition MPs': the agent after the quote
_AGENT_AFTER = lazy(r"\s*,?\s*by\s+(?P<agent>[^,;:·\"“”()–—.!?]{1,80})")


@dataclass(frozen=True)
class PassiveSource:
    """A quote brought in by a passive verb: its agent's words (offset in the paragraph), or
    nobody's when no agent is written (`words` empty)."""

    words: list[str]
    at: int
    cue: str


def passive_source(masked: str, s0: int, q0: int, q1: int, s1: int) -> PassiveSource | None:
    """Return the passive that brings in the quote at masked[q0:q1] within the sentence
    masked[s0:s1], or None when the quote is not brought in so."""
    before = masked[max(s0, q0 - 160) : q0]
    offset = q0 - len(before)
    agent = _BY_AGENT.search(before)
    if agent is not None:
        cue = before[agent.start() : agent.start("agent")].strip()
        return PassiveSource(agent.group("agent").split(), offset + agent.start("agent"), cue)
    after = _AGENT_AFTER.match(masked, q1, s1)
    passive = _AGENTLESS.search(before) or (_PARTICIPLE.search(before) if after else None)
    if passive is None:
        return None
    verb = passive.groupdict().get("verb")
    cue = verb if verb else passive.group().strip(" ,(–—-")
    if after is not None:
        return PassiveSource(after.group("agent").split(), after.start("agent"), cue)
    return PassiveSource([], q0, cue)
