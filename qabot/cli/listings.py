"""Command line, the commands that list what is indexed: `articles`, `quotes`, `speakers`,
`sources`."""

from __future__ import annotations

import argparse
import json
import sys

from qabot.cli.questions import filters_of
from qabot.cli.running import load_index
from qabot.config import Config
from qabot.errors import QABotError
from qabot.records import ArticleInfo


def _printable(text: str) -> str:
    """Return `text` without control characters (page text is untrusted: no terminal escapes)."""
    from qabot.terminal_text import printable

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


def articles_command(config: Config, args: argparse.Namespace) -> int:
    """List the indexed articles the options admit, as a table or JSON lines."""
    from qabot.indexing import join_passages

    # without --since, --until or --source the listing starts without the search code (whose
    # filters those are)
    filtered = args.since is not None or args.until is not None or bool(args.source)
    if filtered:
        filters_of(config, args, None)  # a mistyped date fails before the index is built
    index = load_index(config)
    filters = filters_of(config, args, index) if filtered else None
    infos = _selected(sorted(index.articles.values(), key=lambda i: i.path), args.paths)
    if filters is not None:
        infos = [info for info in infos if filters.admits(info)]
    if not infos and not args.json and filters:
        # a table header alone read as a broken listing
        print(
            "No indexed article is of those days or outlets: `qabot sources` lists each "
            "outlet's dates.",
            file=sys.stderr,
        )
        return 0
    widths = {
        "path": min(max([len("path"), *(len(i.path) for i in infos)]), 40),
        "source": min(max([len("outlet"), *(len(i.source or "-") for i in infos)]), 24),
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


def quotes_command(config: Config, args: argparse.Namespace) -> int:
    """List quotes newest article first (a person's timeline with --speaker), with dates."""
    from qabot.records import ArticleInfo
    from qabot.search import QuoteHit

    index = load_index(config)
    directory = index.speakers
    if args.speaker is None:
        quotes = index.quotes
    elif not args.speaker.strip():  # `--speaker ""` from a script whose name came out empty
        raise QABotError(
            "--speaker needs a name: `qabot quotes --speaker Stoltenberg`; `qabot quotes` "
            "alone lists every quote, `qabot speakers` everyone quoted."
        )
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


def speakers_command(config: Config, args: argparse.Namespace) -> int:
    """List everyone quoted, with quote counts; a name alone says whom it may be."""
    from qabot.attribution import listed_speakers
    from qabot.text import listed

    speakers = listed_speakers(load_index(config).speakers)
    if args.json:
        rows = [
            {"speaker": each.name, "quotes": each.quotes}
            | ({"may_be": list(each.may_be)} if each.may_be else {})
            # ... and more than those named, as the text's "or another" says
            | ({"may_be_more": True} if each.more else {})
            for each in speakers
        ]
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    for each in speakers:
        note = ""
        if each.may_be:
            people = [*each.may_be, *(["another"] if each.more else [])]
            note = f"  (the name alone: may be {listed(people)})"
        print(f"{each.quotes:5d}  {_printable(each.name + note)}")
    return 0


def sources_command(config: Config, args: argparse.Namespace) -> int:
    """List the outlets with article counts and the dates of their oldest and newest articles."""
    from qabot.records import outlet_key

    index = load_index(config)
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
        outlet = _printable(str(row["source"])) if row["source"] else "(no outlet named)"
        print(f"{row['articles']:5d}  {outlet}  ({dates})")
    return 0
