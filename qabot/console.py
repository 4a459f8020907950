"""Console front end: plain-text rendering of an Answer, and the `qabot console` loop.

    $ qabot console
    qabot> what did Stoltenberg say?

The loop takes its answering function as an argument (as llm's chat loop does), so it knows
nothing about indexes; `format_answer` is shared with `qabot ask`.

Article text is untrusted: control characters (terminal escape sequences, carriage returns,
bidi overrides) never reach the terminal (`printable`), and each passage or quote prints at most
MAX_PRINTED characters.
"""

from __future__ import annotations

import re
import shutil
import textwrap
from bisect import bisect_left
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO

from qabot.errors import QABotError
from qabot.line_editing import LineEditing
from qabot.records import ArticleInfo
from qabot.search import Answer, QuoteHit, group_quotes, omitted_note, quotes_note
from qabot.text import kept_positions, strip_controls

PROMPT = "qabot> "
WIDTH = 88
NARROWEST = 30  # columns answers wrap to at the least, whatever the terminal says
HELP = """Ask a question in plain words, for example:
  what did <name> say?            a person's own words, with their sources
  what did <name> say about <x>?  the same, narrowed to a topic (or a headline's <name> on <x>)
  what else did he say?           follow up on the last person
  more                            the next passages (or quotes) of the last question
  and in 2005? / and in the <outlet>?
                                  the last question again, within those dates or outlet
  who said <words>?               find who said something
  <any words>                     the best matching passages
  latest <words>, <words> last week, since March, in 2024
                                  newest first, or only the articles of those days
  what did the <outlet> report on <x>?
                                  only that outlet's articles (`qabot sources` lists them)
Commands: :help  this text   :quit  leave (or Ctrl-D)
Tab completes commands and the names of people quoted; Ctrl-C clears the line or stops an
answer; the line history is kept between runs."""

BOLD, DIM, CYAN, RESET = "\033[1m", "\033[2m", "\033[36m", "\033[0m"
MAX_PRINTED = 3000  # characters of one passage or quote (a passage is at most 2,400 when indexed)


def printable(text: str) -> str:
    """Return `text` without escape sequences and control characters: page text must not
    drive the terminal (nor leave "[31m" glued to a word)."""
    return strip_controls(text)


def _printable_spans(
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


class _Style:
    """ANSI styling when writing to a terminal; plain markers when piped."""

    def __init__(self, color: bool, width: int = WIDTH) -> None:
        self.color, self.width = color, width

    def strong(self, text: str) -> str:
        return f"{BOLD}{text}{RESET}" if self.color else f"**{text}**"

    def dim(self, text: str) -> str:
        return f"{DIM}{text}{RESET}" if self.color else text

    def lead(self, text: str) -> str:
        return f"{CYAN}{text}{RESET}" if self.color else text


def source_line(article: ArticleInfo) -> str:
    """Return 'Title — Outlet, by Author, date, link' (the parts that are known)."""
    by = f"by {article.author}" if article.author else None
    parts = [part for part in (article.source, by, article.date, article.url) if part]
    title = article.title or article.path
    return f"{title} — {', '.join(parts)}" if parts else title


def _wrap(text: str, indent: str, width: int = WIDTH) -> list[str]:
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


def _wrap_styled(
    text: str, paint: Callable[[str], str], style: _Style, indent: str = ""
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


def _wrap_emphasised(
    text: str, spans: list[tuple[int, int]], indent: str, style: _Style
) -> list[str]:
    """Return `text` wrapped and emphasised; in colour, widths count visible characters only.

    Piped, the `**` markers are text and wrap with it. In colour the lines are cut on the plain
    text first, then each line gets the emphasis that falls inside it, so escape codes never
    make a line wrap early.
    """
    if not style.color:
        return _wrap(_emphasise(text, spans, style), indent, style.width)
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


def _format_quotes(quotes: list[QuoteHit], style: _Style, asked: str | None) -> list[str]:
    lines: list[str] = []
    for group in group_quotes(quotes, asked):
        for number, entry in enumerate(group.entries):
            if number:  # one quote goes on; a new speaker starts a block of their own
                lines.append("" if entry.show_speaker else "  >")
            if entry.show_speaker:
                lines.append(f"  {printable(entry.speaker)}:")
            text, spans = _printable_spans(entry.text, entry.emphasis)
            lines.extend(_wrap_emphasised(text, spans, "  > ", style))
        source = f"Source: {printable(source_line(group.article))}"
        lines += [*_wrap_styled(source, style.dim, style, "  "), ""]
    return lines


def format_answer(
    answer: Answer, color: bool = False, *, conversing: bool = False, width: int = WIDTH
) -> str:
    """Return the answer as plain text: lead line, quotes by article, then passages, wrapped
    to `width` columns."""
    style = _Style(color, width)
    lines = [*_wrap_styled(printable(answer.lead), style.lead, style), ""]
    if answer.quotes:
        lines.extend(_format_quotes(answer.quotes, style, answer.speaker))
        if answer.quotes_left and answer.speaker:
            how = "type “more”" if conversing else "raise --top"
            note = quotes_note(answer.quotes_left, answer.speaker, answer.quotes_beyond, how)
            lines += [*_wrap_styled(f"({note})", style.dim, style), ""]
        if answer.passages:
            lines += [style.lead("Passages:"), ""]
    for hit in answer.passages:
        text, spans = _printable_spans(hit.passage.text, [hit.emphasis] if hit.emphasis else [])
        lines.append(f"[{hit.rank}]")
        lines.extend(_wrap_emphasised(text, spans, "  ", style))
        source = f"Source: {printable(source_line(hit.article))}"
        lines += [*_wrap_styled(source, style.dim, style, "  "), ""]
    if answer.more:
        how = "type “more”" if conversing else "raise --top"
        lines += _wrap_styled(f"(more passages match: {how} to see them)", style.dim, style)
    if answer.omitted:
        lines += _wrap_styled(f"({omitted_note(answer.omitted)})", style.dim, style)
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
    width: int = WIDTH,
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
            if editing is not None:
                editing.keep()
            command = question.strip().lower()
            if command in {":quit", ":q", ":exit", "quit", "exit"}:
                break
            try:
                _respond(answer_fn, question, command, stdout, color, width)
            except KeyboardInterrupt:  # stop this answer, not the console
                stdout.write("\n(stopped)\n\n")
            stdout.flush()
    finally:
        if editing is not None:
            editing.save()


def _respond(
    answer_fn: Callable[[str], Answer],
    question: str,
    command: str,
    stdout: TextIO,
    color: bool,
    width: int,
) -> None:
    if command in {":help", ":h", "help", "?"}:
        stdout.write(HELP + "\n\n")
    elif command.startswith(":"):
        stdout.write(f"Unknown command {command}. Type :help for the list.\n\n")
    elif command:
        try:
            result = answer_fn(question)
        except QABotError as exc:  # one failed search (SearchError) must not end the console
            stdout.write(f"error: {exc}\n\n")
            return
        stdout.write(format_answer(result, color, conversing=True, width=width) + "\n")


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
