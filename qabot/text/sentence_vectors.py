"""Sentence vectors for meaning, not words: the mean of a text's word-piece vectors, distilled
from the sentence encoder all-MiniLM-L6-v2 (`vectors/`; how it was made, its source and licence:
`vectors/NOTICE.txt`). "little movies" and "small films" share no word but lie close.

The whole model would read each text in context (about 0.1 s a sentence in numpy); a table of
one vector a word piece costs a look-up a piece, so a question's few candidates are encoded when
asked, and nothing is added to the index. The table (256 dimensions) is product-quantized: a
piece's row is 64 one-byte codes, each naming one of 256 centroids of four numbers for its part
of the row (2 MB for 30,522 pieces, against 7.8 MB as int8 numbers; two sentences' cosine moves
by about 0.014); rows are put together from the codes as a text asks for them.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from itertools import chain
from pathlib import Path

import numpy as np

from qabot.text.kept_pieces import kept_pieces
from qabot.text.word_pieces import VOCABULARY, WordPieces, shipped_pieces

FOLDER = VOCABULARY.parent
CODES = FOLDER / "codes.npy"
CENTROIDS = FOLDER / "centroids.npy"


# the most multiplications one product of matrices may hold: OpenBLAS shares a larger one among
# threads, which on a busy machine waits for them (a 12 x 256 by 256 x 700 product: 0.4 ms alone,
# 30 ms with two cores loaded), so the products are cut to stay below its threshold (65,536 x 4)
_ONE_THREAD = 65_536 * 4


class SentenceVectors:
    """The table of piece vectors and the cutting of text into its rows."""

    def __init__(
        self, codes: Path = CODES, centroids: Path = CENTROIDS, vocabulary: Path = VOCABULARY
    ) -> None:
        pieces = vocabulary.read_text(encoding="utf-8").splitlines()
        # uint8 (pieces x parts), memory-mapped: shared by every process of the bot, read as asked
        self.codes = np.load(codes, mmap_mode="r", allow_pickle=False)
        # int8 (parts x 256 x numbers a part)
        self.centroids = np.load(centroids, allow_pickle=False)
        # the pieces before the first coded one (the special pieces, first in the vocabulary)
        # have zero rows and no codes
        self.first = len(pieces) - len(self.codes)
        # the centroids as rows of one table, part p's first at p * 256: a piece's row is one
        # `take` of 64 short rows (a gather over two index arrays cost 3x as much)
        parts, kinds, numbers = self.centroids.shape
        self._flat = self.centroids.reshape(parts * kinds, numbers)
        self._starts = np.arange(parts, dtype=np.intp) * kinds
        # each piece's row, put together the first time a text holds it and kept: a question's
        # texts (its candidates, their stories' openings) share most of their pieces with
        # earlier questions'. Zeros until then (the special pieces' rows stay zeros); the pages
        # of rows never asked for are never written, so the memory grows with the pieces read
        # (7.8 MB were all 30,522 asked for)
        self._rows = np.zeros((len(pieces), parts * numbers), dtype=self.centroids.dtype)
        self._made = np.zeros(len(pieces), dtype=bool)
        self._made[: self.first] = True
        # ... and its length (float32, as `matched` weighs it), made with it: a match weighs
        # some 250 pieces a question, and their lengths were half its arithmetic
        self._weights = np.zeros(len(pieces), dtype=np.float32)
        # the shipped vocabulary's: pieces an index stored are its rows (`kept_pieces`)
        self.shipped = vocabulary == VOCABULARY
        self.pieces = shipped_pieces() if self.shipped else WordPieces(pieces)

    @property
    def dims(self) -> int:
        """How many numbers a vector holds."""
        return int(self.centroids.shape[0] * self.centroids.shape[2])

    def rows(self, pieces: Sequence[int]) -> np.ndarray:
        """Return the rows of `pieces` (rows of the vocabulary), float32, put together from
        their codes once a piece and kept: each piece's part p is centroid codes[piece, p] of
        part p (the special pieces before the first coded one: zeros)."""
        wanted = np.asarray(pieces, dtype=np.intp)
        self._make(wanted)
        return self._rows[wanted].astype(np.float32)

    def _make(self, wanted: np.ndarray) -> None:
        """Put together the rows of the pieces `wanted` not made yet, and their lengths."""
        new = np.sort(wanted[~self._made[wanted]])
        if len(new):
            # each once (what np.unique gives; it imports numpy.ma, ~10 ms of CPU a process)
            new = new[np.concatenate(([True], new[1:] != new[:-1]))]
            at = self.codes[new - self.first].astype(np.intp) + self._starts
            made = np.take(self._flat, at, axis=0).reshape(len(new), -1)
            self._rows[new] = made
            # a row's length depends on that row alone: the same float32 as that of a table
            # of any rows holding it (a test holds them equal)
            self._weights[new] = np.linalg.norm(made.astype(np.float32), axis=1)
            self._made[new] = True

    def vector(self, text: str) -> np.ndarray:
        """Return `text`'s unit vector, or zeros when it holds no piece that means anything
        (no words, or only unknown or special ones)."""
        # the mean's length is dropped, so the sum of the rows does
        total: np.ndarray = self.rows(self.pieces.encode(text)).sum(axis=0)
        length = float(np.linalg.norm(total))
        return total / length if length > 0 else total

    def matched(self, asked: str, texts: Sequence[str]) -> list[float]:
        """Return how well each of `texts` and `asked` match piece by piece, 0..1: each piece
        of one is paired with the piece of the other closest in meaning, the pairs' cosines
        averaged by the pieces' weights (a rare piece's row is the longer) both ways, and the
        two means' harmonic mean taken (BERTScore's F1, over static vectors). A mean of
        pieces blurs a long quote into its story's words; paired pieces keep "sedatives" beside
        "jittery" however long the words around them (0 when either means nothing)."""
        asked_rows = self.pieces.encode(asked)
        if not texts:
            return []
        cut = [self.cut(text) for text in texts]
        # every text's pieces in one table read and one product: some ten texts a question
        sizes = [len(rows) for rows in cut]
        ends = np.cumsum(sizes)
        wanted = np.fromiter(
            chain(asked_rows, *cut), dtype=np.intp, count=len(asked_rows) + sum(sizes)
        )  # half the time of a list of them all made into an array
        directions, weights = self._directions(wanted)
        first = len(asked_rows)
        asked_weight = float(weights[:first].sum())
        if not asked_weight:
            return [0.0] * len(texts)
        asked_directions, directions = directions[:first], directions[first:]
        step = max(1, _ONE_THREAD // (first * self.dims))
        cosines = np.concatenate(
            [
                asked_directions @ directions[i : i + step].T
                for i in range(0, len(directions), step)
            ]
            or [np.zeros((first, 0), dtype=np.float32)],
            axis=1,
        )
        # a piece of no meaning (a zero row: a special piece) pairs with no piece asked
        cosines[:, weights[first:] == 0] = -1.0
        found = []
        for start, end in zip([0, *ends[:-1]], ends, strict=True):
            text_weights = weights[first + start : first + end]
            total = float(text_weights.sum())
            if not total:  # no piece of it means anything
                found.append(0.0)
                continue
            pairs = cosines[:, start:end]
            recall = float(pairs.max(axis=1) @ weights[:first]) / asked_weight
            precision = float(pairs.max(axis=0) @ text_weights) / total
            both = recall + precision
            found.append(2 * recall * precision / both if both > 0 else 0.0)
        return found

    def cut(self, text: str) -> list[int]:
        """Return the rows of `text`'s pieces: those its index stored when kept (a quote, an
        opening), else cut now."""
        if self.shipped:
            stored = kept_pieces(text)
            if stored is not None:
                return stored
        return self.pieces.encode(text)

    def _directions(self, wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Return the `wanted` pieces' rows each over its length (float32) and their lengths
        (the pieces' weights), made first where missing."""
        self._make(wanted)
        weights = self._weights[wanted]
        # the int8 rows divided into float32 at once: a float32 copy of the rows first, then
        # divided, took four times as long (~0.4 ms of 340 rows, a tenth of a "who said"
        # answer; the same numbers, the int8 ones being exact in float32)
        directions = np.divide(
            self._rows[wanted], np.maximum(weights, 1e-12)[:, None], dtype=np.float32
        )
        return directions, weights

    def covered(self, asked: str, text: str) -> float:
        """Return how much of `asked` `text` holds in meaning, 0..1: each piece of `asked`
        paired with the piece of `text` closest in meaning, the cosines averaged by the asked
        pieces' weights (`matched`'s recall alone: a long text is not held against a short
        phrase asked of it; 0 when either means nothing)."""
        asked_rows, rows = self.pieces.encode(asked), self.cut(text)
        if not asked_rows or not rows:
            return 0.0
        directions, weights = self._directions(np.asarray([*asked_rows, *rows], dtype=np.intp))
        first = len(asked_rows)
        asked_weight = float(weights[:first].sum())
        if not asked_weight or not float(weights[first:].sum()):
            return 0.0
        cosines = directions[:first] @ directions[first:].T
        cosines[:, weights[first:] == 0] = -1.0  # a special piece pairs with none
        return float(cosines.max(axis=1) @ weights[:first]) / asked_weight

    def similarity(self, text: str, other: str) -> float:
        """Return the cosine of two texts' vectors, -1..1 (0 when either means nothing)."""
        return float(self.vector(text) @ self.vector(other))


@cache
def sentence_vectors() -> SentenceVectors:
    """Return the shipped table, read once a process."""
    return SentenceVectors()
