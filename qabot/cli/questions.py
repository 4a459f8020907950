"""Command line, the commands that answer questions: `ask`, `console` and `bot`, with the
--since/--until/--source options that restrict which articles answer."""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, TextIO

from qabot import __version__
from qabot.cli.running import load_index
from qabot.cli.uncollected import uncollected_imports
from qabot.config import Config
from qabot.errors import QABotError
from qabot.indexing import Index, IndexHolder
from qabot.text import counted, read_windows_1252

if TYPE_CHECKING:
    from qabot.search import Filters


def _read_date_option(name: str, value: str, reference: date) -> tuple[date, date]:
    from qabot.errors import FilterError
    from qabot.search import read_date

    try:
        return read_date(value, reference)
    except ValueError as error:
        raise FilterError(f"{name}: {error}.") from None


def filters_of(config: Config, args: argparse.Namespace, index: Index | None) -> Filters:
    """Return the filters of --since/--until/--source (checked for form before `index` loads)."""
    from qabot.errors import FilterError, UnknownSourceError
    from qabot.search import Filters, reference_day, resolve_sources

    today = date.today()
    newest = index.newest_date if index is not None else None
    reference = reference_day(newest, config.dates_relative_to, today)
    # an empty value ("--since "$FROM"" with $FROM unset) is a bad date, not no option: it
    # answered from every day as if the limit held
    since = (
        _read_date_option("--since", args.since, reference)[0] if args.since is not None else None
    )
    until = (
        _read_date_option("--until", args.until, reference)[1] if args.until is not None else None
    )
    if any(not name.strip() for name in args.source or ()):
        raise FilterError(
            '--source needs an outlet\'s name, as `qabot sources` lists them: --source "BBC News".'
        )
    if since and until and since > until:
        raise FilterError(
            f"--since {since.isoformat()} is after --until {until.isoformat()}: swap them."
        )
    try:
        sources = resolve_sources(args.source, index.outlets) if args.source and index else ()
    except UnknownSourceError as error:
        # a name spelt close to an outlet was a slip: no advice to write it into the files
        hint = "" if error.suggested else _unnamed_hint(index, args.source)
        raise FilterError(f"{error}{hint}") from None
    return Filters(since=since, until=until, sources=sources)


def _unnamed_hint(index: Index | None, names: list[str]) -> str:
    """Return how articles that name no outlet could name one, when the index holds any: a
    folder of plain-text stories (the BBC's, as saved) names none, and `--source BBC` over it
    was told only which outlets the index knows, never why the user's own were not among them."""
    from qabot.records import outlet_key

    if index is None:
        return ""
    unnamed = sum(1 for info in index.articles.values() if not outlet_key(info.source))
    if not unnamed:
        return ""
    example = names[0].strip() if len(names) == 1 else "Outlet Name"
    return (
        f" {counted(unnamed, 'article')} {'names' if unnamed == 1 else 'name'} no outlet: a "
        f".txt or .md file names its own in front matter (a first line `---`, then `source: "
        f"{example}`, then `---`), a .json record in its `source` field; then run `qabot index`."
    )


def typed(text: str) -> str:
    """Return text typed at a terminal or on the command line as the reader meant it. Bytes
    that were not UTF-8 come as lone surrogates (Python keeps them so, and they would be
    written back raw or fail to print): a line of no UTF-8 beyond ASCII whose other bytes are
    each a letter of Windows-1252 inside a word (a terminal not set to UTF-8: "caf\xe9" is
    "café") is read so; anything else has its bad bytes as U+FFFD."""
    raw = text.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    legacy = read_windows_1252(raw, typed=True)
    return legacy if legacy is not None else raw.decode("utf-8", "replace")


def _keep_bad_input(stream: TextIO) -> None:
    """Make a text stream read invalid UTF-8 as lone surrogates (for `typed`), not fail on it."""
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(errors="surrogateescape")


def ask_command(config: Config, args: argparse.Namespace) -> int:
    """Answer one question (or, with -, one per line of stdin: JSON lines with --json)."""
    from qabot.console import format_answer
    from qabot.search import Conversation, answer
    from qabot.terminal_text import answer_width, printable

    filters_of(config, args, None)  # a mistyped date fails before the index is built
    questions = args.question
    if questions != ["-"] and not " ".join(questions).strip():
        raise QABotError(
            'The question is empty: ask e.g. qabot ask "what did ... say about ...?", '
            "or give - to read questions from standard input."
        )
    index = load_index(config)
    filters = filters_of(config, args, index)
    relative_to = config.dates_relative_to
    if questions == ["-"]:
        # a long batch answers each question from the newest generation; the one it holds
        # stays on disk until it has switched (a rebuild underneath never stops it)
        holder = IndexHolder(config.index_dir, index)
        del index
        color, width = sys.stdout.isatty(), answer_width(sys.stdout)
        shown = 0  # answers printed in a reader's batch
        for raw in sys.stdin.buffer:  # bytes: invalid UTF-8 is never echoed raw
            line = typed(raw.decode("utf-8", "surrogateescape")).rstrip("\r\n")
            if not args.json and not line.strip():
                continue  # a blank line parts a reader's questions (JSON keeps a line a line)
            result = answer(
                holder.get(), line, top=config.top, filters=filters, dates_relative_to=relative_to
            )
            if args.json:
                print(json.dumps(result.to_json(), ensure_ascii=False), flush=True)
            else:  # a reader's batch: each answer under its question, a blank line between
                gap = "\n" if shown else ""
                shown += 1
                # bytes no text reads were U+FFFD marks: the reader typed none of them (spaces
                # folded after control characters go, which may leave two side by side)
                echo = " ".join(printable(line.replace("\ufffd", " ")).split())
                print(
                    f"{gap}Q: {echo}\n\n" + format_answer(result, color, width=width),
                    end="",
                )
                sys.stdout.flush()
        return 0
    result = answer(
        index,
        typed(" ".join(questions)),
        top=config.top,
        conversation=Conversation(),
        filters=filters,
        dates_relative_to=relative_to,
    )
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        print(format_answer(result, sys.stdout.isatty(), width=answer_width(sys.stdout)), end="")
    return 0


def console_command(config: Config, args: argparse.Namespace) -> int:
    """Answer questions interactively, with follow-ups, until :quit or end of input."""
    from qabot.console import run
    from qabot.line_editing import history_path
    from qabot.search import Conversation, answer
    from qabot.terminal_text import answer_width

    filters_of(config, args, None)  # a mistyped date fails before the index is built
    holder = IndexHolder(config.index_dir, load_index(config))
    conversation = Conversation()
    index = holder.get()
    filters = filters_of(config, args, index)
    banner = (
        f"qabot {__version__}: {counted(index.meta['articles'], 'article')}, "
        f"{counted(len(index.engine), 'passage')}. Type :help for examples, :quit to leave."
    )
    interactive = sys.stdin.isatty()
    _keep_bad_input(sys.stdin)
    run(
        lambda q: answer(
            holder.get(),
            typed(q),
            top=config.top,
            conversation=conversation,
            filters=filters,
            dates_relative_to=config.dates_relative_to,
        ),
        sys.stdin,
        sys.stdout,
        color=sys.stdout.isatty(),
        interactive=interactive,
        banner=banner,
        names=[name for name, _ in index.speakers.counts()] if interactive else (),
        history=history_path(os.environ),
        width=answer_width(sys.stdout),
    )
    return 0


def bot_command(config: Config, args: argparse.Namespace) -> int:
    """Run the Telegram bot, polling or (with --webhook and --listen) behind a webhook."""
    from qabot.bot.start_checks import check_start

    # before importing the bot (~0.7 CPU-s) and building the index: a wrong setting at once
    check_start(config, webhook=args.webhook, listen=args.listen)
    bot_runner()(config, webhook=args.webhook, listen=args.listen)
    return 0


def bot_runner() -> Callable[..., None]:
    """Return the bot's `run`, imported with the collector held off and then frozen
    (`uncollected_imports`): python-telegram-bot and the bot's modules, some 400, live as long
    as the bot, and collecting while they loaded cost ~60 of the ~400 CPU-ms of a bot's start."""
    with uncollected_imports("qabot.bot.app"):
        from qabot.bot.app import run

    return run
