"""One sentence as `qabot.attribution.cue_reading` reads its cues: the paragraph it stands in,
what was found in it so far, and where the next cue's words may begin."""

from __future__ import annotations

from dataclasses import dataclass

from qabot.attribution.persons import Person
from qabot.attribution.quote_content import Attribution


@dataclass(slots=True)
class CueSentence:
    """A sentence being read cue by cue (offsets are into the paragraph, `base` is where the
    paragraph starts in the article)."""

    para: str
    masked: str  # the paragraph with quoted words masked (`quote_marks.MASK`)
    base: int
    s0: int
    s1: int
    spans: list[tuple[int, int, bool]]  # the paragraph's quotes: start, end, closed
    covered: list[tuple[int, int]]  # words already given a speaker
    here: list[tuple[int, Attribution]]  # this paragraph's attributions, by where they start
    cursor: int  # words before this belong to an earlier cue
    speaker: Person | None = None  # the last cue's speaker ("... and added")
    # whose relative clause the last cue's words ended with, before the main verb ("X, who
    # called it “a farce”, said ..."): the subject of that verb
    antecedent: Person | None = None
