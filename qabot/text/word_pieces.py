"""Word pieces as BERT's uncased WordPiece cuts them, in pure Python: the pieces whose vectors
`sentence_vectors` averages. The rules are those of the model the vectors were distilled from
(lower case, accents stripped, every punctuation mark a word, Chinese characters apart, then the
longest piece of the vocabulary first), so a text is cut as the model read it; no tokenizer
library is needed at question time.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import cache
from pathlib import Path

# the vocabulary the shipped vectors are of (`sentence_vectors`), one piece a line: an index
# stores the rows of quotes' pieces in it (`kept_pieces`)
VOCABULARY = Path(__file__).with_name("vectors") / "pieces.txt"
UNKNOWN = "[UNK]"
CONTINUED = "##"  # what opens a piece that continues a word
LONGEST_WORD = 100  # a longer word is one unknown piece, as the model's tokenizer has it
# what BERT drops as control characters (unassigned code points stay, in a word of their own)
_CONTROLS = frozenset(("Cc", "Cf", "Co", "Cs"))
# the CJK blocks BERT cuts character by character
_CJK = (
    (0x4E00, 0x9FFF),
    (0x3400, 0x4DBF),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2B73F),
    (0x2B740, 0x2B81F),
    (0x2B820, 0x2CEAF),
    (0xF900, 0xFAFF),
    (0x2F800, 0x2FA1F),
)


def basic_words(text: str) -> list[str]:
    """Return the words of `text` before pieces are cut: lower case, accents stripped, control
    characters dropped, each punctuation mark and CJK character a word of its own."""
    # each step is one `str.translate` by a table of the characters it changes, each character
    # classified once a process (`_Tables`): the same words as `_basic_words_by_character`,
    # which reads the text a character at a time in Python, ten times slower (a "who said"
    # answer encodes its question and five candidates)
    tables = _TABLES
    tables.learn(text)
    folded = text.translate(tables.first).lower()
    if not folded.isascii():
        folded = unicodedata.normalize("NFD", folded)
        tables.learn_folded(folded)
        folded = folded.translate(tables.marks)
    else:
        tables.learn_folded(folded)
    return folded.translate(tables.apart).split()


class _Tables:
    """`str.translate` tables of the characters seen so far: `first` drops control characters
    and makes each space one " " and each CJK character a word; `marks` drops the combining
    marks (Mn) NFD leaves; `apart` puts spaces around each punctuation mark."""

    def __init__(self) -> None:
        self.first: dict[int, str | None] = {}
        self.marks: dict[int, str | None] = {}
        self.apart: dict[int, str] = {}
        self._seen: set[str] = set()
        self._seen_folded: set[str] = set()

    def learn(self, text: str) -> None:
        """Classify the characters of `text` not seen before, for `first`."""
        new = set(text).difference(self._seen)
        for char in new:
            code = ord(char)
            if code in (0, 0xFFFD) or (
                unicodedata.category(char) in _CONTROLS and char not in "\t\n\r"
            ):
                self.first[code] = None
            elif char.isspace():
                self.first[code] = " "
            elif any(low <= code <= high for low, high in _CJK):
                self.first[code] = f" {char} "
        self._seen.update(new)

    def learn_folded(self, folded: str) -> None:
        """Classify the characters of `folded` (lower case, NFD) not seen before, for `marks`
        and `apart`."""
        new = set(folded).difference(self._seen_folded)
        for char in new:
            if unicodedata.category(char) == "Mn":
                self.marks[ord(char)] = None
            elif _punctuation(char):
                self.apart[ord(char)] = f" {char} "
        self._seen_folded.update(new)


_TABLES = _Tables()


def _basic_words_by_character(text: str) -> list[str]:
    """Return `basic_words(text)`, read a character at a time as BERT's tokenizer does (the
    rule `basic_words` must follow, kept to test it against)."""
    kept = []
    for char in text:
        code = ord(char)
        category = unicodedata.category(char)
        if code in (0, 0xFFFD) or (category in _CONTROLS and char not in "\t\n\r"):
            continue
        if char.isspace():
            kept.append(" ")
        elif any(low <= code <= high for low, high in _CJK):
            kept.append(f" {char} ")
        else:
            kept.append(char)
    folded = unicodedata.normalize("NFD", "".join(kept).lower())
    folded = "".join(c for c in folded if unicodedata.category(c) != "Mn")
    found: list[str] = []
    for word in folded.split():
        start = 0
        for i, char in enumerate(word):
            if _punctuation(char):
                if i > start:
                    found.append(word[start:i])
                found.append(char)
                start = i + 1
        if start < len(word):
            found.append(word[start:])
    return found


def _punctuation(char: str) -> bool:
    """Return whether BERT reads `char` as punctuation: every ASCII sign, and Unicode's P*."""
    code = ord(char)
    return (
        33 <= code <= 47
        or 58 <= code <= 64
        or 91 <= code <= 96
        or 123 <= code <= 126
        or unicodedata.category(char).startswith("P")
    )


class WordPieces:
    """Cuts text into the rows of a WordPiece vocabulary, longest piece first; each word's
    pieces are kept, as a question's and its candidates' words repeat."""

    def __init__(self, vocabulary: Sequence[str]) -> None:
        self.rows = {piece: row for row, piece in enumerate(vocabulary)}
        self.unknown = self.rows[UNKNOWN]
        self._cut: dict[str, tuple[int, ...]] = {}

    def word(self, word: str) -> tuple[int, ...]:
        """Return the rows of one basic word's pieces ("unhappily": "un", "##hap", "##pi",
        "##ly"), or the unknown piece's alone when some part of it is in no piece."""
        found = self._cut.get(word)
        if found is not None:
            return found
        rows: list[int] = []
        start = 0
        while start < len(word) and len(word) <= LONGEST_WORD:
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else CONTINUED + word[start:end]
                row = self.rows.get(piece)
                if row is not None:
                    rows.append(row)
                    break
                end -= 1
            else:
                rows = []
                break
            start = end
        found = tuple(rows) if rows or not word else (self.unknown,)
        if len(self._cut) < 100_000:  # a bound, for a long-running bot
            self._cut[word] = found
        return found

    def encode(self, text: str) -> list[int]:
        """Return the rows of `text`'s pieces, in order."""
        cut = self._cut  # a word cut before is looked up here, not in a call of `word`
        return [row for word in basic_words(text) for row in cut.get(word) or self.word(word)]


@cache
def shipped_pieces() -> WordPieces:
    """Return the cutting by the shipped vocabulary, read once a process."""
    return WordPieces(VOCABULARY.read_text(encoding="utf-8").splitlines())
