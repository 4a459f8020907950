"""Sentence vectors for meaning, not words: the mean of a text's word-piece vectors, distilled
from the sentence encoder all-MiniLM-L6-v2 (`vectors/pieces.npy`; how it was made, its source and
licence: `vectors/NOTICE.txt`). "little movies" and "small films" share no word but lie close.

The whole model would read each text in context (about 0.1 s a sentence in numpy); a table of
one vector a word piece costs a look-up a piece, so a question's few candidates are encoded when
asked, and nothing is added to the index. The table (int8, 256 dimensions, some 8 MB) is mapped
on first use.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import numpy as np

from qabot.text.word_pieces import WordPieces

TABLE = Path(__file__).with_name("vectors") / "pieces.npy"
VOCABULARY = TABLE.with_suffix(".txt")


class SentenceVectors:
    """The table of piece vectors and the cutting of text into its rows."""

    def __init__(self, table: Path = TABLE, vocabulary: Path = VOCABULARY) -> None:
        pieces = vocabulary.read_text(encoding="utf-8").split("\n")
        # int8 and memory-mapped: 8 MB shared by every process of the bot, read as asked
        self.rows = np.load(table, mmap_mode="r", allow_pickle=False)
        self.pieces = WordPieces(pieces[: len(self.rows)])

    @property
    def dims(self) -> int:
        """How many numbers a vector holds."""
        return int(self.rows.shape[1])

    def vector(self, text: str) -> np.ndarray:
        """Return `text`'s unit vector, or zeros when it holds no piece that means anything
        (no words, or only unknown or special ones)."""
        rows = self.pieces.encode(text)
        if not rows:
            return np.zeros(self.dims, dtype=np.float32)
        total: np.ndarray = self.rows[rows].mean(axis=0, dtype=np.float32)
        length = float(np.linalg.norm(total))
        return total / length if length > 0 else total

    def similarity(self, text: str, other: str) -> float:
        """Return the cosine of two texts' vectors, -1..1 (0 when either means nothing)."""
        return float(self.vector(text) @ self.vector(other))


@cache
def sentence_vectors() -> SentenceVectors:
    """Return the shipped table, read once a process."""
    return SentenceVectors()
