"""The analysed terms of quotes and of a passage's sentences at question time: stored at index
time where the passage carries them, and for the quotes read from an index (`terms_of`, kept by
text: `qabot.text.kept_terms`), made once and kept otherwise. Shared by quote ranking, "who
said" and the answer checks that read a passage sentence by sentence."""

from __future__ import annotations

from qabot.records import Passage
from qabot.text import sentence_spans, terms_of


def sentences_with_terms(passage: Passage) -> list[tuple[int, int, frozenset[str]]]:
    """Return each sentence of a passage, (start, end, analysed terms): the terms as stored at
    index time, else analysed now (a passage made by hand)."""
    spans = passage.sentence_spans() if passage.sentence_ends else []
    if passage.sentence_terms and len(passage.sentence_terms) == len(spans):
        return [
            (start, end, frozenset(terms.split()))
            for (start, end), terms in zip(spans, passage.sentence_terms, strict=True)
        ]
    spans = spans or sentence_spans(passage.text) or [(0, len(passage.text))]
    return [(start, end, frozenset(terms_of(passage.text[start:end]))) for start, end in spans]


class SentenceTerms:
    """A passage's sentences as `sentences_with_terms` gives them, each one's terms made only
    when asked: "who said" asks of some 300 quotes only the sentence before each (`told_before`),
    and made every sentence's terms of every passage read before."""

    __slots__ = ("_made", "_stored", "_text", "spans")

    def __init__(self, passage: Passage) -> None:
        spans = passage.sentence_spans() if passage.sentence_ends else []
        stored = passage.sentence_terms
        self._stored = stored if stored and len(stored) == len(spans) else None
        if self._stored is None:
            spans = spans or sentence_spans(passage.text) or [(0, len(passage.text))]
        self.spans: list[tuple[int, int]] = spans
        self._text = passage.text
        self._made: dict[int, frozenset[str]] = {}

    def terms(self, i: int) -> frozenset[str]:
        """Return the analysed terms of sentence i (`sentences_with_terms(passage)[i][2]`)."""
        made = self._made.get(i)
        if made is None:
            if self._stored is not None:
                made = frozenset(self._stored[i].split())
            else:
                start, end = self.spans[i]
                made = frozenset(terms_of(self._text[start:end]))
            self._made[i] = made
        return made
