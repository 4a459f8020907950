"""Signed duplicates: `duplicates`' test for candidates whose term signatures are stored.

Each candidate an answer reads is compared with every one kept before it (an XOR and a bit
count a pair: ~1,400 pairs for a "when" answer reading 45 candidates). Most of them are weak
ones, kept only to be counted in `omitted` and to hide their repeats further down; a caller
that does not show that count may `defer` them, and each one's turn is taken only when
something asks: a later candidate close to it, a passage of its article, or the count.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from qabot.records import Passage
from qabot.search.duplicates import DIFFER_SHARE, alike, beside, term_set
from qabot.search.selection_record import Selection

_KEPT, _DEFERRED, _DROPPED = 1, 0, -1


class SignedDistinct:
    """`Distinct` for passages whose term signatures are stored (`qabot.text.term_signature`).

    Two term sets sharing DUPLICATE_JACCARD of their union differ in at most DIFFER_SHARE of
    |A| + |B| terms, so their signatures differ in at most that many bits: a
    pair whose signatures differ in more is told apart by one XOR, and only the rest compare
    their term sets, read when first needed. The same passages are kept as by `Distinct`.

    A passage is read only when it must be: when a kept one has the same article key (their
    spans are compared) or when their terms are compared. So a candidate can be kept (and
    repeat later ones) without being read.

    A deferred passage (`defer`) is settled as `add` would have kept or dropped it when it
    came, but only once asked: a passage's fate depends only on those before it, so settling
    them in order when needed keeps every passage `add` would keep.
    """

    def __init__(self) -> None:
        # of each passage given: how to read it (each reads it once), its signature and the
        # share of its size it may differ in, its terms once read, and whether it is kept,
        # dropped or still deferred
        self._read: list[Callable[[], Passage]] = []
        self._signatures: list[int] = []
        self._allowed: list[float] = []
        self._most_allowed = 0.0  # the largest of those (of any passage given: a bound)
        self._words: list[frozenset[str] | None] = []
        self._states: list[int] = []
        self._by_article: dict[Hashable, list[int]] = {}  # passages given, by article key
        self._deferred: dict[int, tuple[Hashable, int]] = {}  # their article key and size
        self._settled = 0  # every passage before this one is kept or dropped
        self.unsettled = 0  # deferred passages not yet settled
        self.deferred_kept = 0  # deferred passages settled as kept

    def __len__(self) -> int:
        """Return how many passages are kept or still deferred."""
        return len(self._states) - self._states.count(_DROPPED)

    def add(
        self, read: Callable[[], Passage], article: Hashable, signature: int, size: int
    ) -> bool:
        """Keep the passage `read` returns unless it repeats a kept one; return whether it was
        kept. `article` is its article id, or a key every passage of its article shares
        (`qabot.text.signatures.article_key`: then the ids of passages sharing a key tell them
        apart); `signature` and `size` are its stored signature and number of distinct terms."""
        number = len(self._read)
        repeats, words = self._repeats(read, article, signature, size, None)
        if repeats:
            return False
        same_article = self._by_article.get(article)
        if same_article is None:
            self._by_article[article] = [number]
        else:
            same_article.append(number)
        self._read.append(read)
        self._signatures.append(signature)
        allowed = DIFFER_SHARE * size
        self._allowed.append(allowed)
        if allowed > self._most_allowed:
            self._most_allowed = allowed
        self._words.append(words)
        self._states.append(_KEPT)
        return True

    def defer(
        self, read: Callable[[], Passage], article: Hashable, signature: int, size: int
    ) -> int:
        """Take the passage as `add` does, but tell whether it is kept only when asked; return
        its number (for `kept`)."""
        number = len(self._read)
        self._by_article.setdefault(article, []).append(number)
        self._deferred[number] = (article, size)
        self._read.append(read)
        self._signatures.append(signature)
        self._allowed.append(DIFFER_SHARE * size)
        self._most_allowed = max(self._most_allowed, DIFFER_SHARE * size)
        self._words.append(None)
        self._states.append(_DEFERRED)
        self.unsettled += 1
        return number

    def release(self, article: Hashable) -> None:
        """Let the last passage given (kept, of `article`) overlap no later passage of its
        article: a part too weak to show leaves its sentences to its neighbours. It still
        repeats a near-duplicate."""
        numbers = self._by_article.get(article)
        if numbers and numbers[-1] == len(self._read) - 1:
            numbers.pop()

    def kept(self, number: int) -> bool:
        """Return whether the passage `number` is kept (settling it, if deferred, as `add`
        would have kept or dropped it)."""
        if self._states[number] == _DEFERRED:
            self._settle(number)
        return self._states[number] == _KEPT

    def of_article(self, article: Hashable) -> bool:
        """Return whether a passage of this article key was given (kept or not)."""
        return article in self._by_article

    def settle_next(self) -> None:
        """Settle the first deferred passage not yet settled (if any)."""
        if self._deferred:  # in the order they came: the first is the first unsettled
            self._settle(next(iter(self._deferred)))

    def beside(self, passage: Passage, article: Hashable) -> Passage | None:
        """Return what `passage` adds beside the kept passages of its article it overlaps
        (`beside`), or None."""
        numbers = self._by_article.get(article, ())
        if numbers and self.unsettled:
            self._settle(numbers[-1])
        states = self._states
        kept = (self._read[number]() for number in numbers if states[number] == _KEPT)
        return beside(passage, kept)

    def _repeats(
        self,
        read: Callable[[], Passage],
        article: Hashable,
        signature: int,
        size: int,
        end: int | None,
    ) -> tuple[bool, frozenset[str] | None]:
        """Return whether the passage repeats a kept one of the first `end` passages (None:
        of all), settling those it must, and its terms if they were read."""

        states = self._states
        same_article = self._by_article.get(article)
        if same_article is not None:
            passage: Passage | None = None
            for number in same_article:
                if end is not None and number >= end:
                    break
                if states[number] == _DROPPED:
                    continue
                passage = passage if passage is not None else read()
                other = self._read[number]()
                if (
                    other.article_id == passage.article_id
                    and passage.start < other.end
                    and other.start < passage.end
                ):
                    if states[number] == _DEFERRED:
                        self._settle(number)
                    if states[number] == _KEPT:
                        return True, None
        mine: frozenset[str] | None = None
        allowed = DIFFER_SHARE * size + 1e-9
        signatures = self._signatures if end is None else self._signatures[:end]
        # one bound for all of them first, the allowance plus the largest a passage may differ
        # in: an XOR and a bit count a pair (a "when" answer makes ~1,300 such comparisons and
        # nearly none passes); then each pair within it against its own
        limit = allowed + self._most_allowed
        for other_signature in signatures:
            if (signature ^ other_signature).bit_count() <= limit:
                break
        else:
            return False, None
        for number, other_signature in enumerate(signatures):
            if states[number] == _DROPPED:
                continue
            if (signature ^ other_signature).bit_count() > allowed + self._allowed[number]:
                continue  # they differ in more terms than near-duplicates can (alike)
            if states[number] == _DEFERRED:
                self._settle(number)
                if states[number] == _DROPPED:
                    continue
            mine = mine if mine is not None else term_set(read())
            theirs = self._words[number]
            if theirs is None:
                theirs = self._words[number] = term_set(self._read[number]())
            if alike(mine, size, theirs):
                return True, mine
        return False, mine

    def _settle(self, last: int) -> None:
        """Settle every deferred passage up to `last`, in order: each against those before it,
        all settled by then."""
        states = self._states
        for number in range(self._settled, last + 1):
            if states[number] != _DEFERRED:
                continue
            article, size = self._deferred.pop(number)
            repeats, words = self._repeats(
                self._read[number], article, self._signatures[number], size, number
            )
            states[number] = _DROPPED if repeats else _KEPT
            self.unsettled -= 1
            if not repeats:
                self.deferred_kept += 1
                self._words[number] = self._words[number] or words
        self._settled = max(self._settled, last + 1)


def reaches(selection: Selection, signed: SignedDistinct, count: int) -> bool:
    """Return whether the weak candidates read number `count` or more: those counted and the
    deferred ones kept, settling deferred ones only until it is known."""
    while True:
        known = selection.omitted + signed.deferred_kept
        if known >= count:
            return True
        if known + signed.unsettled < count:
            return False
        signed.settle_next()
