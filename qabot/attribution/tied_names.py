"""Tied names: "Jo Lee, from the Small Firms Group said", an aside of where someone works
that no comma closes (inside `qabot.attribution.speaker_phrases`): the person speaks, not the
body the phrase before the cue ends with."""

from __future__ import annotations

from qabot.attribution.noun_phrases import noun_phrase, phrase_opens
from qabot.attribution.phrase_shapes import is_name_run


def named_before_tie(
    chunk: str, found: tuple[int, list[str]] | None
) -> tuple[int, list[str], None] | None:
    """Return the name before an aside of where someone is from that no comma closes ("Jo
    Lee, from the Small Firms Group told"): the person speaks, not the body; else None."""
    if found is None:
        return None
    head = chunk[: found[0]].rstrip().rsplit(None, 1)
    if len(head) < 2 or head[1] not in _TIES or not head[0].endswith(","):
        return None
    before = head[0][:-1]
    name = noun_phrase(before)
    if (
        name is None
        or len(name[1]) < 2
        or not is_name_run(name[1])
        or not phrase_opens(before, name[0])
    ):
        return None
    return name[0], name[1], None


_TIES = frozenset("from of at".split())  # "Jo Lee, of Acme": where someone works or lives
