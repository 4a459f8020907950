"""Quote marks: which characters of a paragraph are inside a quotation.

Used by quote attribution (`qabot.attribution.quotes`) and by the reading of names
(`qabot.attribution.names`: a name inside quote marks is the speaker's word, not the narrator's),
so both agree on what is quoted.
"""

from __future__ import annotations

import re

QUOTE_MARKS = '"“”'
MASK = "·"  # stands for every character inside quote marks
_MARK = re.compile("[" + QUOTE_MARKS + "]")


def quote_spans(paragraph: str) -> list[tuple[int, int, bool]]:
    """Return (open, close+1, closed) of each double-quoted span; an open one runs to the end."""
    spans: list[tuple[int, int, bool]] = []
    opened: int | None = None
    for found in _MARK.finditer(paragraph):  # the marks only: a paragraph has few of them
        index, mark = found.start(), found.group()
        before = paragraph[index - 1] if index else " "
        after = paragraph[index + 1] if index + 1 < len(paragraph) else " "
        if opened is None:
            # a closing mark that opens a paragraph or a word is a typo for an opening one
            if mark != "”" or (before.isspace() and not after.isspace()):
                opened = index
        elif mark == "“" and (before.isspace() or not after.isspace()):
            opened = index  # a second opening mark: the first was stray
        elif (
            mark == '"'
            and before.isspace()
            and after.isalnum()
            and paragraph[opened:index].rstrip()[-1:] in ".!?"
        ):
            # '"... derbies. "Derby matches ..."': the next quoted sentence opens without the
            # last one being closed (a house style of some archives)
            spans.append((opened, index - 1, False))
            opened = index
        else:
            spans.append((opened, index + 1, True))
            opened = None
    if opened is not None:
        spans.append((opened, len(paragraph), False))
    return spans


def mask_quotes(paragraph: str, spans: list[tuple[int, int, bool]]) -> str:
    """Return `paragraph` with quoted words hidden: cues and sentence ends in them are ignored."""
    chars = list(paragraph)
    for start, end, closed in spans:
        inner_end = end - 1 if closed else end
        if closed and inner_end - 1 > start + 1 and paragraph[inner_end - 1] in ".!?":
            inner_end -= 1  # '... sure." Later ...': a quote's own full stop ends the sentence
        chars[start + 1 : inner_end] = MASK * (inner_end - start - 1)
    return "".join(chars)


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of every quotation of `text` that ends within its paragraph.

    Two apostrophes stand for a double quote mark, as some archives write them; a quotation
    still open at the end of its paragraph is left out (it may be a stray mark).
    """
    ranges: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        marked = line.replace("''", '" ') if "''" in line else line
        spans = quote_spans(marked)
        for index, (start, end, closed) in enumerate(spans):
            if closed or index < len(spans) - 1:
                ranges.append((offset + start, offset + end))
        offset += len(line) + 1
    return ranges
