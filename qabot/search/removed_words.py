"""Removed words: a question's text without the words read out of it (dates, outlets), spaced
as a reader would type what is left."""

from __future__ import annotations

from qabot.search.date_phrases import Word

_CLOSING = frozenset("?!.,;:)]}\u201d\u2019")


def without_words(text: str, words: list[Word], removed: list[tuple[int, int]]) -> str:
    """Return `text` without the words in `removed`, white space folded ("say in May?" ->
    "say?": no space is left before the punctuation that followed the words)."""
    pieces, at = [], 0
    for first, end in sorted(removed):
        if first < end:
            pieces.append(text[at : words[first].start])
            at = words[end - 1].end
    pieces.append(text[at:])
    joined = pieces[0].rstrip()
    for piece in pieces[1:]:
        piece = piece.strip()
        # no space only before closing punctuation: anything else ("`0", "'s") could glue
        # onto the word before it and make a new word
        glues = piece[:1] not in _CLOSING or piece[1:2].isalnum()  # ".0" would join "last"
        if joined and piece and glues:
            joined += " "
        joined += piece
    return " ".join(joined.split())
