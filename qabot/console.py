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

import textwrap
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO

from qabot.errors import QABotError
from qabot.records import ArticleInfo
from qabot.search import (
    Answer,
    QuoteGroup,
    group_quotes,
    omitted_note,
    quotes_note,
    shown_passages,
)
from qabot.terminal_text import (
    WIDTH,
    Style,
    printable,
    printable_spans,
    wrap_emphasised,
    wrap_styled,
)
from qabot.text import shortened
from qabot.text.shortening import MAX_ALSO_IN, MAX_SOURCE_DETAIL, MAX_SOURCE_TITLE

PROMPT = "qabot> "
# :help's examples, each with what it does (a long example puts it on the next line)
HELP_ROWS = (
    ("what did <name> say?", "a person's own words, with their sources"),
    (
        "what did <name> say about <x>?",
        "the same, narrowed to a topic (or a headline's <name> on <x>)",
    ),
    ("what else did he say?", "follow up on the last person"),
    ("more", "the next passages (or quotes) of the last question"),
    (
        "and in 2005? / and in the <outlet>?",
        "the last question again, within those dates or outlet",
    ),
    ("who said <words>?", "find who said something"),
    ("<any words>", "the best matching passages"),
    (
        "latest <words>, <words> last week, since March, in 2024",
        "newest first, or only the articles of those days",
    ),
    (
        "what did the <outlet> report on <x>?",
        "only that outlet's articles (`qabot sources` lists them)",
    ),
)
HELP_END = (
    "Commands: :help  this text   :quit  leave (or Ctrl-D)",
    "Tab completes commands and the names of people quoted; Ctrl-C clears the line or stops an "
    "answer; the line history is kept between runs.",
)
EXAMPLE = 32  # columns of the examples' column, beside an indent of 2


def help_text(width: int = WIDTH) -> str:
    """Return :help's text wrapped to `width` columns (the terminal's, as answers are)."""
    lines = ["Ask a question in plain words, for example:"]
    deep = " " * (EXAMPLE + 2) if width - EXAMPLE - 2 >= 30 else "      "
    for example, what in HELP_ROWS:
        if len(example) <= EXAMPLE and len(deep) == EXAMPLE + 2:
            lines.extend(wrap(what, width, initial=f"  {example:<{EXAMPLE}}", later=deep))
        else:
            lines.extend(wrap(example, width, initial="  ", later="    "))
            lines.extend(wrap(what, width, initial=deep, later=deep))
    for paragraph in HELP_END:
        lines.extend(wrap(paragraph, width))
    return "\n".join(lines)


def wrap(text: str, width: int, *, initial: str = "", later: str = "") -> list[str]:
    """Return `text` wrapped to `width` columns, words never broken (a long one overflows)."""
    return textwrap.wrap(
        text,
        width,
        initial_indent=initial,
        subsequent_indent=later,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [initial.rstrip()]


def source_line(article: ArticleInfo) -> str:
    """Return 'Title — Outlet, by Author, date, link' (the parts that are known), the title
    cut to MAX_SOURCE_TITLE characters and outlet and byline to MAX_SOURCE_DETAIL."""
    by = f"by {article.author}" if article.author else None
    parts = [shortened(part, MAX_SOURCE_DETAIL) for part in (article.source, by) if part]
    parts += [part for part in (article.date, article.url) if part]  # a link is kept whole
    title = shortened(article.title or article.path, MAX_SOURCE_TITLE)
    return f"{title} — {', '.join(parts)}" if parts else title


def _format_quotes(groups: list[QuoteGroup], style: Style) -> list[str]:
    lines: list[str] = []
    for group in groups:
        for number, entry in enumerate(group.entries):
            if number:  # one quote goes on; a new speaker starts a block of their own
                lines.append("" if entry.show_speaker else "  >")
            if entry.show_speaker:
                lines.append(f"  {printable(entry.speaker)}:")
            text, spans = printable_spans(entry.text, entry.emphasis)
            lines.extend(wrap_emphasised(text, spans, "  > ", style))
        source = f"Source: {printable(source_line(group.article))}"
        lines += wrap_styled(source, style.dim, style, "  ")
        if group.also_in:  # copies of the story, whose sentences shown here were left out
            also = f"Also in: {shortened(group.copies_named(printable), MAX_ALSO_IN)}"
            lines += wrap_styled(also, style.dim, style, "  ")
        lines.append("")
    return lines


def format_answer(
    answer: Answer, color: bool = False, *, conversing: bool = False, width: int = WIDTH
) -> str:
    """Return the answer as plain text: lead line, quotes by article, then passages, wrapped
    to `width` columns."""
    style = Style(color, width)
    lines = [*wrap_styled(printable(answer.lead), style.lead, style), ""]
    # grouped once: shown here, and read again to leave them out of the passages below
    groups = group_quotes(answer.quotes, answer.speaker, answer.topic)
    if answer.quotes:
        lines.extend(_format_quotes(groups, style))
        if (answer.quotes_left or answer.quotes_beyond) and answer.speaker:
            how = "type “more”" if conversing else "raise --top"
            note = quotes_note(answer.quotes_left, answer.speaker, answer.quotes_beyond, how)
            lines += [*wrap_styled(f"({note})", style.dim, style), ""]
    passages = shown_passages(answer, groups)  # none repeating the quotes above
    if answer.quotes and passages:
        lines += [style.lead("Passages:"), ""]
    for shown in passages:
        emphasis = [shown.emphasis] if shown.emphasis else []
        text, spans = printable_spans(shown.text, emphasis)
        lines.append(f"[{shown.rank}]")
        lines.extend(wrap_emphasised(text, spans, "  ", style))
        source = f"Source: {printable(source_line(shown.hit.article))}"
        lines += [*wrap_styled(source, style.dim, style, "  "), ""]
    if answer.more:
        how = "type “more”" if conversing else "raise --top"
        lines += wrap_styled(f"(more passages match: {how} to see them)", style.dim, style)
    if answer.omitted:
        note = omitted_note(answer.omitted, bool(passages))
        lines += wrap_styled(f"({note})", style.dim, style)
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
    # imported here: `qabot ask` shares format_answer, and needs no readline nor ctypes
    from qabot.line_editing import LineEditing

    editing = LineEditing(history, names) if interactive else None
    if banner:
        stdout.write("\n".join(wrap(banner, width)) + "\n")
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
        stdout.write(help_text(width) + "\n\n")
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
