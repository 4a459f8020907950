"""Unread candidates: those a search's test cannot admit, taken by `select` without reading.

A search for the passages that name someone (`unknown_speakers`) asks the engine which
candidates hold the name's terms (`search(..., holding=...)`); one that does not can never
pass the test, and most candidates read for such a question were of that kind (1,412 of 1,864
over the 200 "what did X say" scale questions at 100,000 passages). Such a candidate matters
only as one a later candidate may repeat, and as one more relevant or weak passage in the counts
that end the reading. So it is taken into the de-duplication deferred
(`SignedDistinct.defer`), unread, while the relevant passages and those taken could not reach
the count that fills a page; once they could, each taken one's stored terms tell whether it is
relevant (its passage is never made), and the relevant ones count in their places. Stored terms
also tell a candidate too weak to show without its passage (`weak_by_terms`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from qabot.engines import ScoredPassages, StoredTerms
from qabot.records import ArticleInfo
from qabot.search.article_titles import article_title_terms
from qabot.search.duplicates import held_terms
from qabot.search.relevance import ABOUT_SHARE, Floor, coverage
from qabot.search.signed_duplicates import SignedDistinct


@dataclass(frozen=True, slots=True)
class Taken:
    """A candidate taken unread: its place among the candidates, its score, its number in the
    de-duplication, and how many relevant passages read were listed before it."""

    candidate: int
    score: float
    number: int
    place: int


@dataclass(slots=True)
class UnreadCandidates:
    """The `candidates` `select` took unread. `may_pass`: of each candidate, whether the test
    may pass it (None: none is taken). `limit`: the relevant passages and those taken stay
    under it (the page's places plus one, `select`'s `wanted`, minus one), so neither the
    page, nor whether it is full, nor whether more follow depends on which taken ones are
    relevant. `about`: the topic's term weights a relevant passage holds half of."""

    may_pass: Sequence[bool] | None
    limit: int
    candidates: ScoredPassages
    about: dict[str, float] | None = None
    taken: list[Taken] = field(default_factory=list)

    def takes(self, candidate: int, relevant: int) -> bool:
        """Return whether `candidate` may be taken unread, `relevant` passages counted so far."""
        may_pass = self.may_pass
        return (
            may_pass is not None
            and not may_pass[candidate]
            and relevant + len(self.taken) + 1 < self.limit
        )

    def take(self, candidate: int, score: float, number: int, listed: int) -> None:
        """Take `candidate` (deferred as `number`), `listed` relevant passages before it."""
        self.taken.append(Taken(candidate, score, number, listed))

    def reached(self, relevant: int) -> bool:
        """Return whether, `relevant` passages counted, the taken ones must be told."""
        return bool(self.taken) and relevant + len(self.taken) >= self.limit

    def read_back(
        self,
        places: list[int],
        signed: SignedDistinct,
        floor: Floor,
        weights: dict[str, float],
        articles: Mapping[str, ArticleInfo],
    ) -> int:
        """Tell which taken candidates kept by the de-duplication are relevant (`floor`,
        `weights`), in order, moving the `places` of the relevant passages listed after each
        one on by one; return how many are, and take on afresh."""
        found = 0
        for taken in self.taken:
            if not signed.kept(taken.number):
                continue  # a repeat: never counted
            if not self._relevant(taken, floor, weights, articles):
                continue  # weak: counted as a deferred passage kept, as `select` counts one
            signed.deferred_kept -= 1  # counted among the relevant ones instead
            found += 1
            for later in range(taken.place, len(places)):
                places[later] += 1
        self.taken = []
        return found

    def _relevant(
        self,
        taken: Taken,
        floor: Floor,
        weights: dict[str, float],
        articles: Mapping[str, ArticleInfo],
    ) -> bool:
        """Return whether a taken candidate is relevant, as `select` finds one kept whole when
        read, told by its stored terms and title terms when both are stored."""
        candidates, i = self.candidates, taken.candidate
        needed = list(dict.fromkeys([*weights, *(self.about or ())]))
        stored = candidates.terms(i)
        title: tuple[str, ...] = ()
        if stored is not None and stored[1] is not None:
            words = _held(stored[0], needed)
            if candidates.span(i)[0] in articles:
                title = stored[1]
        else:
            passage = candidates.passage(i)
            info = articles.get(passage.article_id)
            words = held_terms(passage, needed)
            if info:
                title = article_title_terms(passage, info.title)
        if self.about and coverage(self.about, words) < ABOUT_SHARE:
            return False
        return floor.admits(taken.score, coverage(weights, words, title))


def weak_by_terms(
    stored: StoredTerms | None, weights: dict[str, float], floor: Floor, score: float
) -> bool:
    """Return whether a candidate of these stored terms and title terms (None: not known) is
    under the floor by its terms alone, as `select` would find it once read (its title is the
    one stored with it, which its article's can only lack terms of)."""
    if stored is None or stored[1] is None:
        return False
    return not floor.admits(score, coverage(weights, _held(stored[0], weights), stored[1]))


def _held(stored: str, terms: Iterable[str]) -> frozenset[str]:
    """Return those of `terms` that a candidate's stored terms hold, as `held_terms` reads
    them from its passage."""
    padded = f" {stored} "
    return frozenset([term for term in terms if f" {term} " in padded])
