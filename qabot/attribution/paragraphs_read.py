"""Paragraphs read: what the pass over an article's paragraphs carries from one to the next
for quotes no cue gave a speaker (`qabot.attribution.uncued_quotes`): the last speaker's
paragraph, a quote run left open and the quotes of it still unsure, the last paragraph's place;
and the two readings that look back across paragraphs: whom the narration before a quote is
about, and whether a quote opening a paragraph goes on with the last speaker.
"""

from __future__ import annotations

from qabot.attribution.cue_reading import CueReader
from qabot.attribution.narrated_subjects import (
    ParagraphPlace,
    Spot,
    narrated_subject,
    narration_before,
)
from qabot.attribution.persons import Person
from qabot.attribution.uncued_signs import no_cue_after
from qabot.records import Article


class ParagraphsRead(CueReader):
    """The state carried across paragraphs, and the readings that look back along it."""

    def __init__(self, article: Article) -> None:
        super().__init__(article)
        self.previous_paragraph = -2  # the paragraph the last speaker's words ended
        self.open_run = False  # the last paragraph ended inside a quote left open
        # the quotes (indices of `found`) of a run still open at the last paragraph's end that
        # no cue of their own gave a speaker: the cue that ends the run names theirs
        self.run_unsure: list[int] = []
        # the last paragraph: a quote opening the next may be of whom it narrates last
        self.last_paragraph: ParagraphPlace | None = None
        self.this_paragraph: ParagraphPlace | None = None

    def _narrated(
        self, masked: str, start: int, number: int, at: Spot, inner: str
    ) -> Person | None:
        """Return the person the narration before a cue-less quote opening its sentence is
        about: the sentences before it in its paragraph, or the last paragraph's last one."""
        s0, s1, q0, q1 = at.sentence + at.quote
        if self.open_run or masked[s0:q0].strip() or not no_cue_after(masked, q1, s1, inner):
            return None
        last = self.last_paragraph
        previous = last if last is not None and last.number == number - 1 else None
        before = narration_before(self.text, masked, start, at, previous)
        speaker = (
            self.previous.speaker
            if self.previous is not None
            and previous is not None
            and self.previous_paragraph == number - 2
            and not masked[:q0].strip()
            else None
        )
        return narrated_subject(
            self.people, before, inner, start + q0, start + len(masked), speaker
        )

    def _continues(self, masked: str, number: int, q0: int, q1: int, s1: int, inner: str) -> bool:
        """Return True when a quote opening paragraph `number` goes on with the previous
        speaker: no cue right after it, and the last paragraph's words were theirs."""
        return (
            q0 == 0
            and self.previous is not None
            and no_cue_after(masked, q1, s1, inner, left_open=self.open_run)
            and (self.open_run or self.previous_paragraph == number - 1)
        )
