"""Terminal text of answers: what article text may print (no control characters), wrapped
to the terminal's width, with the emphasis in bold or `**markers**` (a step inside the console
front end, shared by `qabot console` and `qabot ask`).

Widths count visible characters only: escape codes are added after a line is cut, so they never
make it wrap early. Piped output keeps its lead and source lines whole, as scripts expect.
"""

from __future__ import annotations

import re
import shutil
import textwrap
from bisect import bisect_left
from collections.abc import Callable, Iterable
from typing import TextIO

from qabot.text import kept_positions, strip_controls

WIDTH = 88
NARROWEST = 30  # columns answers wrap to at the least, whatever the terminal says
BOLD, DIM, CYAN, RESET = "\033[1m", "\033[2m", "\033[36m", "\033[0m"
MAX_PRINTED = 3000  # characters of one passage or quote (a passage is at most 2,400 when indexed)


def printable(text: str) -> str:
    """Return `text` without escape sequences and control characters: page text must not
    drive the terminal (nor leave "[31m" glued to a word)."""
    return strip_controls(text)


def printable_spans(
    text: str, spans: Iterable[tuple[int, int]], limit: int = MAX_PRINTED
) -> tuple[str, list[tuple[int, int]]]:
    """Return `text` printable and cut to about `limit` characters, with `spans` moved to match."""
    kept = kept_positions(text)  # whole escape sequences go, as in `printable`
    clean = "".join(text[i] for i in kept)
    moved = [(bisect_left(kept, start), bisect_left(kept, end)) for start, end in spans]
    if len(clean) > limit:
        cut = clean[:limit].rsplit(maxsplit=1)[0] if " " in clean[:limit] else clean[:limit]
        clean = f"{cut} … [{len(clean) - len(cut):,} more characters: see the source]"
        moved = [(start, min(end, len(cut))) for start, end in moved if start < len(cut)]
    return clean, moved


def answer_width(stream: TextIO) -> int:
    """Return the columns answers wrap to on `stream`: WIDTH, or fewer on a narrower terminal
    (on the common 80-column window, lines of 88 broke again mid-word)."""
    try:
        if not stream.isatty():
            return WIDTH
    except (AttributeError, ValueError, OSError):  # a stream without a terminal, or closed
        return WIDTH
    columns = shutil.get_terminal_size((WIDTH + 1, 24)).columns
    return max(NARROWEST, min(WIDTH, columns - 1))  # the last column may wrap by itself


class Style:
    """ANSI styling when writing to a terminal; plain markers when piped."""

    def __init__(self, color: bool, width: int = WIDTH) -> None:
        self.color, self.width = color, width

    def strong(self, text: str) -> str:
        return f"{BOLD}{text}{RESET}" if self.color else f"**{text}**"

    def dim(self, text: str) -> str:
        return f"{DIM}{text}{RESET}" if self.color else text

    def lead(self, text: str) -> str:
        return f"{CYAN}{text}{RESET}" if self.color else text


def wrap(text: str, indent: str, width: int = WIDTH) -> list[str]:
    lines: list[str] = []
    for paragraph in re.split(r"\n+", text):
        lines.extend(
            textwrap.wrap(
                paragraph,
                width,
                initial_indent=indent,
                subsequent_indent=indent,
                break_long_words=False,
                break_on_hyphens=False,
            )
            or [indent]
        )
        lines.append("")
    return lines[:-1]


def wrap_styled(
    text: str, paint: Callable[[str], str], style: Style, indent: str = ""
) -> list[str]:
    """Return a lead, source or note line painted and, on a terminal, wrapped to its width
    (later lines two columns deeper; escape codes added after, so they never count). Piped, it
    stays one line, as scripts that read the output expect."""
    if not style.color:
        return [paint(indent + text)]
    lines = textwrap.wrap(
        text,
        style.width,
        initial_indent=indent,
        subsequent_indent=indent + "  ",
        break_long_words=False,  # a link stays whole, to be copied
        break_on_hyphens=False,
    )
    return [paint(line) for line in lines or [indent]]


def wrap_emphasised(
    text: str, spans: list[tuple[int, int]], indent: str, style: Style
) -> list[str]:
    """Return `text` wrapped and emphasised; in colour, widths count visible characters only.

    Piped, the `**` markers are text and wrap with it. In colour the lines are cut on the plain
    text first, then each line gets the emphasis that falls inside it, so escape codes never
    make a line wrap early.
    """
    if not style.color:
        return wrap(emphasise(text, spans, style), indent, style.width)
    lines: list[str] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        start = end = -1
        for word in re.finditer(r"\S+", paragraph.group()):
            w0, w1 = paragraph.start() + word.start(), paragraph.start() + word.end()
            if start >= 0 and len(indent) + w1 - start > style.width:
                lines.append(indent + _emphasise_slice(text, start, end, spans, style))
                start = -1
            if start < 0:
                start = w0
            end = w1
        if start >= 0:
            lines.append(indent + _emphasise_slice(text, start, end, spans, style))
        lines.append("")
    return lines[:-1] or [indent]


def _emphasise_slice(
    text: str, start: int, end: int, spans: list[tuple[int, int]], style: Style
) -> str:
    inside = [
        (max(a, start) - start, min(b, end) - start) for a, b in spans if a < end and start < b
    ]
    return emphasise(text[start:end], inside, style)


def emphasise(text: str, spans: Iterable[tuple[int, int]], style: Style) -> str:
    """Return `text` with `spans` emphasised, verbatim otherwise."""
    parts, at = [], 0
    for start, end in sorted(spans):
        if start >= at and start < end:
            parts += [text[at:start], style.strong(text[start:end])]
            at = end
    return "".join(parts) + text[at:]
