"""Console front end: plain-text rendering of an Answer, and the `qabot console` loop.

    $ qabot console
    qabot> what did Stoltenberg say?

The loop takes its answering function as an argument (as llm's chat loop does), so it knows
nothing about indexes; `format_answer` is shared with `qabot ask`.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO

from qabot.line_editing import LineEditing
from qabot.records import ArticleInfo
from qabot.search import Answer, QuoteHit, group_quotes, omitted_note

PROMPT = "qabot> "
WIDTH = 88
HELP = """Ask a question in plain words, for example:
  what did <name> say?            a person's own words, with their sources
  what did <name> say about <x>?  the same, narrowed to a topic
  what else did he say?           follow up on the last person
  who said <words>?               find who said something
  <any words>                     the best matching passages
Commands: :help  this text   :quit  leave (or Ctrl-D)
Tab completes commands and the names of people quoted; Ctrl-C clears the line or stops an
answer; the line history is kept between runs."""

BOLD, DIM, CYAN, RESET = "\033[1m", "\033[2m", "\033[36m", "\033[0m"


class _Style:
    """ANSI styling when writing to a terminal; plain markers when piped."""

    def __init__(self, color: bool) -> None:
        self.color = color

    def strong(self, text: str) -> str:
        return f"{BOLD}{text}{RESET}" if self.color else f"**{text}**"

    def dim(self, text: str) -> str:
        return f"{DIM}{text}{RESET}" if self.color else text

    def lead(self, text: str) -> str:
        return f"{CYAN}{text}{RESET}" if self.color else text


def source_line(article: ArticleInfo) -> str:
    """Return 'Title — Outlet, date, link' (the parts that are known)."""
    parts = [part for part in (article.source, article.date, article.url) if part]
    title = article.title or article.path
    return f"{title} — {', '.join(parts)}" if parts else title


def _wrap(text: str, indent: str) -> list[str]:
    lines: list[str] = []
    for paragraph in re.split(r"\n+", text):
        lines.extend(
            textwrap.wrap(
                paragraph,
                WIDTH,
                initial_indent=indent,
                subsequent_indent=indent,
                break_long_words=False,
                break_on_hyphens=False,
            )
            or [indent]
        )
        lines.append("")
    return lines[:-1]


def _wrap_emphasised(
    text: str, spans: list[tuple[int, int]], indent: str, style: _Style
) -> list[str]:
    """Return `text` wrapped and emphasised; in colour, widths count visible characters only.

    Piped, the `**` markers are text and wrap with it. In colour the lines are cut on the plain
    text first, then each line gets the emphasis that falls inside it, so escape codes never
    make a line wrap early.
    """
    if not style.color:
        return _wrap(_emphasise(text, spans, style), indent)
    lines: list[str] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        start = end = -1
        for word in re.finditer(r"\S+", paragraph.group()):
            w0, w1 = paragraph.start() + word.start(), paragraph.start() + word.end()
            if start >= 0 and len(indent) + w1 - start > WIDTH:
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
    text: str, start: int, end: int, spans: list[tuple[int, int]], style: _Style
) -> str:
    inside = [
        (max(a, start) - start, min(b, end) - start) for a, b in spans if a < end and start < b
    ]
    return _emphasise(text[start:end], inside, style)


def _emphasise(text: str, spans: Iterable[tuple[int, int]], style: _Style) -> str:
    """Return `text` with `spans` emphasised, verbatim otherwise."""
    parts, at = [], 0
    for start, end in sorted(spans):
        if start >= at and start < end:
            parts += [text[at:start], style.strong(text[start:end])]
            at = end
    return "".join(parts) + text[at:]


def _format_quotes(quotes: list[QuoteHit], style: _Style) -> list[str]:
    lines: list[str] = []
    for group in group_quotes(quotes):
        for number, entry in enumerate(group.entries):
            if number:
                lines.append("  >")
            if entry.show_speaker:
                lines.append(f"  {entry.speaker}:")
            lines.extend(_wrap_emphasised(entry.text, list(entry.emphasis), "  > ", style))
        lines.append(style.dim(f"  Source: {source_line(group.article)}"))
        lines.append("")
    return lines


def format_answer(answer: Answer, color: bool = False) -> str:
    """Return the answer as plain text: lead line, quotes by article, then passages."""
    style = _Style(color)
    lines = [style.lead(answer.lead), ""]
    if answer.quotes:
        lines.extend(_format_quotes(answer.quotes, style))
        if answer.passages:
            lines += [style.lead("Passages:"), ""]
    for hit in answer.passages:
        spans = [hit.emphasis] if hit.emphasis else []
        lines.append(f"[{hit.rank}]")
        lines.extend(_wrap_emphasised(hit.passage.text, spans, "  ", style))
        lines.append(style.dim(f"  Source: {source_line(hit.article)}"))
        lines.append("")
    if answer.more:
        lines.append(style.dim("(more passages match: raise --top to see them)"))
    if answer.omitted:
        lines.append(style.dim(f"({omitted_note(answer.omitted)})"))
    return "\n".join(lines).rstrip() + "\n"


def run(
    answer_fn: Callable[[str], Answer],
    stdin: TextIO,
    stdout: TextIO,
    *,
    color: bool = False,
    interactive: bool = False,
    banner: str = "",
    names: Iterable[str] = (),
    history: Path | None = None,
) -> None:
    """Read questions from stdin until :quit or end of input, answering each on stdout.

    Interactive (a terminal): line editing, `history` kept between runs, Tab completing
    commands and `names`; Ctrl-C clears the line at the prompt and stops an answer being
    written; Ctrl-D leaves.
    """
    editing = LineEditing(history, names) if interactive else None
    if banner:
        stdout.write(banner + "\n")
    try:
        for question in _questions(stdin, stdout, interactive):
            command = question.strip().lower()
            if command in {":quit", ":q", ":exit", "quit", "exit"}:
                break
            try:
                _respond(answer_fn, question, command, stdout, color)
            except KeyboardInterrupt:  # stop this answer, not the console
                stdout.write("\n(stopped)\n\n")
            stdout.flush()
    finally:
        if editing is not None:
            editing.save()


def _respond(
    answer_fn: Callable[[str], Answer], question: str, command: str, stdout: TextIO, color: bool
) -> None:
    if command in {":help", ":h", "help", "?"}:
        stdout.write(HELP + "\n\n")
    elif command.startswith(":"):
        stdout.write(f"Unknown command {command}. Type :help for the list.\n\n")
    elif command:
        stdout.write(format_answer(answer_fn(question), color) + "\n")


def _questions(stdin: TextIO, stdout: TextIO, interactive: bool) -> Iterable[str]:
    while True:
        if interactive:
            try:
                yield input(PROMPT)
            except KeyboardInterrupt:  # as Python's prompt does: drop the line, ask again
                stdout.write("\n")
            except EOFError:
                stdout.write("\n")
                return
        else:
            stdout.write(PROMPT)
            stdout.flush()
            line = stdin.readline()
            if not line:
                stdout.write("\n")
                return
            yield line.rstrip("\n")
