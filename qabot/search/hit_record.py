"""Hit records: what retrieval (`qabot.search.retrieval.search`) returns, a `Hit` (one ranked
passage with its article and best sentence) and a `Ranked` page of them, which the later steps
of an answer read and pass on.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qabot.records import ArticleInfo, Passage


@dataclass(frozen=True, slots=True)
class Hit:
    """One ranked passage with its article and the sentence that best answers the question."""

    rank: int
    score: float
    passage: Passage
    article: ArticleInfo
    highlight: str  # a verbatim sentence of passage.text

    def to_json(self) -> dict[str, object]:
        """Return one item of the `passages` list of the `--json` contract."""
        return {
            "rank": self.rank,
            "score": round(self.score, 4),
            "text": self.passage.text,
            "highlight": self.highlight,
            "article": self.article.to_json(),
        }

    @property
    def emphasis(self) -> tuple[int, int] | None:
        """Return the span of passage.text to emphasise: the highlight, unless it is all of it."""
        text, sentence = self.passage.text, self.highlight
        at = text.find(sentence) if sentence and sentence.strip() != text.strip() else -1
        return (at, at + len(sentence)) if at >= 0 else None


@dataclass(frozen=True, slots=True)
class Ranked:
    """One page of relevant hits, whether more follow, and how many weakly related were left."""

    hits: list[Hit] = field(default_factory=list)
    more: bool = False  # relevant passages exist past this page
    omitted: int = 0  # passages among those looked at that match the question only weakly
    lacking: str = ""  # the question's subject, as typed, when no passage mentions it
    subject: bool = False  # the hits were held to mention the question's names or key word
    subject_terms: tuple[str, ...] = ()  # ... and the terms of those names and that word
    mentioned: tuple[str, ...] = ()  # ... of those every hit mentions ("carlo" of "Mr Ghosn")
    # the terms of each name every hit must mention, typed with capitals or a quoted person's
    names: tuple[tuple[str, ...], ...] = ()
    # `subject`, but not where the question typed in lower case finds the same people only as
    # a guess: a reader's capitals make no person firmer ("Christina Aguilera engagement news"
    # is held to what it asks of her no more strictly than "christina aguilera ...")
    firm_in_lower_case: bool = False
