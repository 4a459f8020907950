"""Command line: `qabot index | add | fetch | watch | ask | console | bot | articles | quotes |
speakers | sources`.

Parses options, loads the config, calls the core and prints. User errors (QABotError) become one
`error: ...` line and exit code 1; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from qabot import __version__
from qabot.config import Config, load_config
from qabot.errors import ArticlesError, QABotError
from qabot.indexing import Index, IndexHolder, IndexReport, ensure_index, update_index
from qabot.records import ArticleInfo

if TYPE_CHECKING:
    from qabot.fetching import FetchReport
    from qabot.search import Filters

EXAMPLE_QUESTION = "What did Stoltenberg say?"


def _shared_options() -> argparse.ArgumentParser:
    shared = argparse.ArgumentParser(add_help=False)
    shared.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="TOML config file (default: $QABOT_CONFIG or ./config.toml)",
    )
    shared.add_argument(
        "--articles", type=Path, metavar="DIR", help="folder of articles (default: seeds)"
    )
    shared.add_argument(
        "--index-dir", type=Path, metavar="DIR", help="folder of the index (default: index)"
    )
    shared.add_argument("--top", type=int, metavar="K", help="passages per answer (default: 3)")
    return shared


def _filter_options() -> argparse.ArgumentParser:
    """Options that restrict which articles answer (ask, console)."""
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument(
        "--since",
        metavar="DATE",
        help="only articles from this day on (YYYY-MM-DD, YYYY-MM, YYYY, 'last week', ...)",
    )
    options.add_argument("--until", metavar="DATE", help="only articles up to this day")
    options.add_argument(
        "--source",
        action="append",
        metavar="NAME",
        help="only articles of this outlet (repeat for several; see `qabot sources`)",
    )
    return options


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser (also used by the docs test)."""
    shared = _shared_options()
    filters = _filter_options()
    parser = argparse.ArgumentParser(
        prog="qabot",
        description="Answer questions about a folder of news articles with "
        "quoted, sourced passages.",
    )
    parser.add_argument("--version", action="version", version=f"qabot {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    index = commands.add_parser("index", parents=[shared], help="bring the index up to date")
    index.add_argument("--rebuild", action="store_true", help="re-read every article")
    add = commands.add_parser("add", parents=[shared], help="copy articles in and index them")
    add.add_argument("files", nargs="+", type=Path, metavar="FILE")
    fetch = commands.add_parser(
        "fetch", parents=[shared], help="save web pages and feed items as articles, index them"
    )
    fetch.add_argument(
        "urls", nargs="*", metavar="URL", help="pages or feeds (default: [feeds] urls)"
    )
    commands.add_parser(
        "watch", parents=[shared], help="poll the [feeds] urls and index new items until Ctrl-C"
    )
    ask = commands.add_parser("ask", parents=[shared, filters], help="answer one question")
    ask.add_argument("question", nargs="+", help="the question, or - to read one per line")
    ask.add_argument("--json", action="store_true", help="print the answer as JSON")
    commands.add_parser("console", parents=[shared, filters], help="ask questions interactively")
    bot = commands.add_parser("bot", parents=[shared], help="run the Telegram bot")
    bot.add_argument("--webhook", metavar="URL", help="public HTTPS URL for webhook mode")
    bot.add_argument("--listen", metavar="HOST:PORT", help="where the webhook server listens")
    articles = commands.add_parser(
        "articles", parents=[shared, filters], help="list the indexed articles (what was read)"
    )
    articles.add_argument(
        "paths", nargs="*", metavar="PATH", help="only these files (as listed), or folders"
    )
    articles.add_argument("--json", action="store_true", help="one JSON object per line")
    articles.add_argument("--text", action="store_true", help="with the cleaned text")
    quotes = commands.add_parser("quotes", parents=[shared], help="list attributed quotes")
    quotes.add_argument("--speaker", metavar="NAME", help="only this person's quotes")
    quotes.add_argument("--json", action="store_true", help="one JSON object per line")
    speakers = commands.add_parser(
        "speakers", parents=[shared], help="list speakers with quote counts"
    )
    speakers.add_argument("--json", action="store_true", help="print JSON")
    sources = commands.add_parser(
        "sources", parents=[shared], help="list outlets with article counts and dates"
    )
    sources.add_argument("--json", action="store_true", help="print JSON")
    return parser


def _config(args: argparse.Namespace) -> Config:
    return load_config(args.config, articles=args.articles, index_dir=args.index_dir, top=args.top)


def _print_warnings(warnings: list[str]) -> None:
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _summary(report: IndexReport) -> str:
    return (
        f"Index {report.generation}: files {report.added} added, {report.changed} changed, "
        f"{report.removed} removed, {report.unchanged} unchanged; "
        f"{_count(report.articles, 'article')}, {_count(report.passages, 'passage')}, "
        f"{_count(report.quotes, 'quote')}."
    )


def _load(config: Config) -> Index:
    """Load the index, building it first (with a note on stderr) when needed."""
    index, report = ensure_index(
        config.articles_dir, config.index_dir, engine=config.engine, progress=sys.stderr.isatty()
    )
    if report is not None:
        _print_warnings(report.warnings)
        print(f"Built the index of {config.articles_dir}. {_summary(report)}", file=sys.stderr)
    return index


def _index(config: Config, args: argparse.Namespace) -> int:
    report = update_index(
        config.articles_dir,
        config.index_dir,
        engine=config.engine,
        rebuild=args.rebuild,
        progress=sys.stderr.isatty(),
    )
    _print_warnings(report.warnings)
    print(
        _summary(report)
        if report.updated or args.rebuild
        else f"Index is up to date. {_summary(report)}"
    )
    return 0


def _add(config: Config, args: argparse.Namespace) -> int:
    """Check every file first, copy the good ones, index them; name each file left out."""
    from qabot.ingest import check_article_file, save_article_file

    good, skipped = [], []
    inside = 0  # files already in the articles folder: indexed where they are
    folder = config.articles_dir.resolve()
    for source in args.files:
        if not source.is_file():
            skipped.append(f"{source} is not a file. Give paths of article files.")
            continue
        if source.resolve().is_relative_to(folder):
            inside += 1
            continue
        try:
            data = source.read_bytes()
        except OSError as error:
            skipped.append(f"{source}: cannot read it ({error.strerror or error}).")
            continue
        checked = check_article_file(source.name, data, config.articles_dir)
        if checked.problem is None and checked.replaces:
            target = config.articles_dir / source.name
            checked = replace(
                checked,
                problem=f"{target} already exists with other content. "
                f"Rename {source.name} and add it again.",
            )
        if checked.problem:
            skipped.append(checked.problem)
        elif not checked.unchanged:
            good.append((source.name, data))
    if not good and not inside and skipped:
        raise ArticlesError("Nothing was added: " + " ".join(skipped))
    for name, data in good:
        save_article_file(name, data, config.articles_dir)
    _index(config, argparse.Namespace(rebuild=False))
    _print_warnings([f"not added: {problem}" for problem in skipped])
    return 1 if skipped else 0


def _fetch_once(config: Config, urls: list[str]) -> tuple[FetchReport, IndexReport | None]:
    """Fetch `urls` into the articles folder and index what was saved."""
    from qabot.fetching import STATE_FILE, fetch_urls

    report = fetch_urls(
        urls, articles_dir=config.articles_dir, state_path=config.index_dir / STATE_FILE
    )
    if not report.saved:
        return report, None
    return report, update_index(config.articles_dir, config.index_dir, engine=config.engine)


def _fetch(config: Config, args: argparse.Namespace) -> int:
    urls = args.urls or list(config.feed_urls)
    if not urls:
        raise QABotError(
            "Nothing to fetch: give URLs of pages or feeds (qabot fetch URL...), "
            "or list feeds in [feeds] urls in the config."
        )
    report, indexed = _fetch_once(config, urls)
    _print_warnings(report.warnings)
    print(f"Fetched: {report.summary()}")
    if indexed is not None:
        _print_warnings(indexed.warnings)
        print(_summary(indexed))
    return 1 if report.warnings else 0


def _watch(config: Config, args: argparse.Namespace) -> int:
    """Poll the configured feeds until Ctrl-C: one line per poll."""
    import time

    if not config.feed_urls:
        raise QABotError(
            "No feeds to watch: list them in [feeds] urls in the config, "
            'like urls = ["https://example.org/feed.xml"].'
        )
    print(
        f"Watching {_count(len(config.feed_urls), 'feed')} every {config.feed_interval:g} s; "
        "Ctrl-C stops.",
        flush=True,
    )
    try:
        while True:
            report, indexed = _fetch_once(config, list(config.feed_urls))
            _print_warnings(report.warnings)
            line = f"{time.strftime('%H:%M:%S')} {report.summary()}"
            if indexed is not None:
                line += f" {_summary(indexed)}"
            print(line, flush=True)
            time.sleep(config.feed_interval)
    except KeyboardInterrupt:
        print("Stopped watching.", file=sys.stderr)
    return 0


def _read_date_option(name: str, value: str, reference: date) -> tuple[date, date]:
    from qabot.errors import FilterError
    from qabot.search import read_date

    try:
        return read_date(value, reference)
    except ValueError as error:
        raise FilterError(f"{name}: {error}.") from None


def _filters(config: Config, args: argparse.Namespace, index: Index | None) -> Filters:
    """Return the filters of --since/--until/--source (checked for form before `index` loads)."""
    from qabot.errors import FilterError
    from qabot.search import Filters, reference_day, resolve_sources

    today = date.today()
    newest = index.newest_date if index is not None else None
    reference = reference_day(newest, config.dates_relative_to, today)
    since = _read_date_option("--since", args.since, reference)[0] if args.since else None
    until = _read_date_option("--until", args.until, reference)[1] if args.until else None
    if since and until and since > until:
        raise FilterError(
            f"--since {since.isoformat()} is after --until {until.isoformat()}: swap them."
        )
    sources = resolve_sources(args.source, index.outlets) if args.source and index else ()
    return Filters(since=since, until=until, sources=sources)


def _decoded(text: str) -> str:
    """Return command-line text with bytes that were not UTF-8 as U+FFFD (Python keeps them as
    lone surrogates, which would be written back raw or fail to print)."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _replace_bad_input(stream: TextIO) -> None:
    """Make a text stream read invalid UTF-8 as U+FFFD instead of failing on it."""
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(errors="replace")


def _ask(config: Config, args: argparse.Namespace) -> int:
    from qabot.console import format_answer
    from qabot.search import Conversation, answer

    _filters(config, args, None)  # a mistyped date fails before the index is built
    index = _load(config)
    filters = _filters(config, args, index)
    relative_to = config.dates_relative_to
    questions = args.question
    if questions == ["-"]:
        # a long batch answers each question from the newest generation; the one it holds
        # stays on disk until it has switched (a rebuild underneath never stops it)
        holder = IndexHolder(config.index_dir, index)
        del index
        for raw in sys.stdin.buffer:  # bytes: invalid UTF-8 becomes U+FFFD, never echoed raw
            line = raw.decode("utf-8", errors="replace")
            result = answer(
                holder.get(), line, top=config.top, filters=filters, dates_relative_to=relative_to
            )
            print(json.dumps(result.to_json(), ensure_ascii=False), flush=True)
        return 0
    result = answer(
        index,
        _decoded(" ".join(questions)),
        top=config.top,
        conversation=Conversation(),
        filters=filters,
        dates_relative_to=relative_to,
    )
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        print(format_answer(result, color=sys.stdout.isatty()), end="")
    return 0


def _console(config: Config, args: argparse.Namespace) -> int:
    from qabot.console import run
    from qabot.line_editing import history_path
    from qabot.search import Conversation, answer

    _filters(config, args, None)  # a mistyped date fails before the index is built
    holder = IndexHolder(config.index_dir, _load(config))
    conversation = Conversation()
    index = holder.get()
    filters = _filters(config, args, index)
    banner = (
        f"qabot {__version__}: {_count(index.meta['articles'], 'article')}, "
        f"{_count(len(index.engine), 'passage')}. Type :help for examples, :quit to leave."
    )
    interactive = sys.stdin.isatty()
    _replace_bad_input(sys.stdin)
    run(
        lambda q: answer(
            holder.get(),
            q,
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
    )
    return 0


def _bot(config: Config, args: argparse.Namespace) -> int:
    from qabot.bot.app import run

    if bool(args.webhook) != bool(args.listen):
        raise QABotError("Webhook mode needs both --webhook URL and --listen HOST:PORT.")
    run(config, webhook=args.webhook, listen=args.listen)
    return 0


def _printable(text: str) -> str:
    """Return `text` without control characters (page text is untrusted: no terminal escapes)."""
    from qabot.console import printable

    return printable(text)


def _selected(infos: list[ArticleInfo], paths: list[str]) -> list[ArticleInfo]:
    """Return the articles of the files or folders named in `paths` (all when none)."""
    if not paths:
        return infos
    chosen: list[ArticleInfo] = []
    for raw in paths:
        wanted = raw.strip("/")
        found = [
            info
            for info in infos
            if (path := info.path.split("#")[0]) == wanted
            or info.path == wanted
            or path.startswith(wanted + "/")
        ]
        if not found:
            raise QABotError(
                f"Nothing indexed at {raw}. Give a path as `qabot articles` lists it "
                "(relative to the articles folder)."
            )
        chosen.extend(info for info in found if info not in chosen)
    return chosen


def _cell(text: str | None, width: int) -> str:
    """Return `text` cut to `width` characters (an ellipsis marks the cut), padded."""
    text = _printable(" ".join((text or "-").split()))
    return (text if len(text) <= width else text[: width - 1] + "…").ljust(width)


def _articles(config: Config, args: argparse.Namespace) -> int:
    from qabot.indexing import join_passages

    _filters(config, args, None)  # a mistyped date fails before the index is built
    index = _load(config)
    filters = _filters(config, args, index)
    infos = _selected(sorted(index.articles.values(), key=lambda i: i.path), args.paths)
    infos = [info for info in infos if filters.admits(info)]
    widths = {
        "path": min(max((len(i.path) for i in infos), default=4), 40),
        "source": min(max((len(i.source or "-") for i in infos), default=6), 24),
    }
    if not args.json:
        print(
            f"{_cell('path', widths['path'])}  {'date':<10}  "
            f"{_cell('outlet', widths['source'])}  passages  quotes  title"
        )
    for info in infos:
        passages = index.passages_of(info.id)
        row = index.quote_rows.get(info.id)
        quotes = row.count if row else 0
        text = join_passages(passages) if args.text else None
        if args.json:
            record: dict[str, str | int | None] = {
                **{k: v for k, v in info.to_json().items() if k != "id"},
                "passages": len(passages),
                "quotes": quotes,
            }
            if args.text:
                record["text"] = text
            print(json.dumps(record, ensure_ascii=False))
            continue
        print(
            f"{_cell(info.path, widths['path'])}  {_cell(info.date, 10)}  "
            f"{_cell(info.source, widths['source'])}  {len(passages):>8}  {quotes:>6}  "
            + _printable(info.title)
        )
        if text is not None:
            print(f"\n{_printable(text)}\n")
    return 0


def _quotes(config: Config, args: argparse.Namespace) -> int:
    """List quotes newest article first (a person's timeline with --speaker), with dates."""
    from qabot.records import ArticleInfo
    from qabot.search import QuoteHit

    index = _load(config)
    directory = index.speakers
    if not args.speaker:
        quotes = index.quotes
    else:
        names = directory.resolve(args.speaker)
        if not names:
            hint = directory.suggest(args.speaker)
            raise QABotError(
                f"No quotes from {args.speaker}."
                + (f" Did you mean {hint}?" if hint else "")
                + " See `qabot speakers` for everyone quoted."
            )
        quotes = directory.quotes_of(names[0])
    articles = index.articles
    hits = [
        QuoteHit(
            quote,
            directory.canonical(quote),
            articles.get(quote.article_id, ArticleInfo(quote.article_id, "", "")),
        )
        for quote in quotes
    ]
    hits.sort(key=lambda hit: hit.article.date or "", reverse=True)  # stable within a day
    for hit in hits:
        if args.json:
            print(json.dumps(hit.to_json(), ensure_ascii=False))
        else:
            article, quote = hit.article, hit.quote
            details = ", ".join(part for part in (article.source, article.date) if part)
            print(
                _printable(
                    f"{hit.speaker} ({quote.kind}, {quote.cue}): “{quote.text}”\n"
                    f"    — {article.title}{f' ({details})' if details else ''} [{article.path}]"
                )
            )
    return 0


def _speakers(config: Config, args: argparse.Namespace) -> int:

    counts = _load(config).speakers.counts()
    if args.json:
        print(
            json.dumps([{"speaker": name, "quotes": n} for name, n in counts], ensure_ascii=False)
        )
    else:
        for name, n in counts:
            print(f"{n:5d}  {_printable(name)}")
    return 0


def _sources(config: Config, args: argparse.Namespace) -> int:
    from qabot.records import outlet_key

    index = _load(config)
    unnamed = [info.date for info in index.articles.values() if not outlet_key(info.source)]
    dated = [day for day in unnamed if day]
    rows = [outlet.to_json() for outlet in index.outlets]
    if unnamed:  # articles that name no outlet: a row of their own, with no name
        first, last = (min(dated), max(dated)) if dated else (None, None)
        rows.append({"source": None, "articles": len(unnamed), "first": first, "last": last})
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    for row in rows:
        dates = f"{row['first']} to {row['last']}" if row["first"] else "no dates"
        print(f"{row['articles']:5d}  {row['source'] or '(no outlet named)'}  ({dates})")
    return 0


COMMANDS = {
    "index": _index,
    "add": _add,
    "fetch": _fetch,
    "watch": _watch,
    "ask": _ask,
    "console": _console,
    "bot": _bot,
    "articles": _articles,
    "quotes": _quotes,
    "speakers": _speakers,
    "sources": _sources,
}


def main(argv: list[str] | None = None) -> int:
    """Run one command; return the process exit code."""
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](_config(args), args)
    except QABotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted: the previous index, if any, is still in place.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
