"""Command line, first step: the options of every command (argparse) and the config they load."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from qabot import __version__
from qabot.errors import ConfigError

if TYPE_CHECKING:
    from qabot.config import Config


class _Parser(argparse.ArgumentParser):
    """A parser whose usage errors are one line and exit code 1, like every other user error
    (argparse prints its whole usage and exits with 2)."""

    def error(self, message: str) -> NoReturn:
        self.exit(1, f"error: {message}; see {self.prog} --help\n")


def _path(text: str) -> Path:
    """Return an option's path; an empty one is an error (argparse read "" as ".": `--articles
    "$NEWS"` with the variable unset indexed the current folder)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty path (an unset variable?); give a path")
    return Path(text)


def _shared_options() -> _Parser:
    """Options every command takes: config file and folders."""
    shared = _Parser(add_help=False)
    shared.add_argument(
        "--config",
        type=_path,
        metavar="FILE",
        help="TOML config file (default: $QABOT_CONFIG or ./config.toml)",
    )
    shared.add_argument(
        "--articles", type=_path, metavar="DIR", help="folder of articles (default: seeds)"
    )
    shared.add_argument(
        "--index-dir", type=_path, metavar="DIR", help="folder of the index (default: index)"
    )
    return shared


def _answer_options() -> _Parser:
    """Options of the commands that answer questions (ask, console, bot): a listing or an
    index update shows no answer, and `qabot speakers --top 5` offered "passages per answer"
    that it never read."""
    options = _Parser(add_help=False)
    options.add_argument(
        "--top", type=int, metavar="K", help="passages (or quotes) per answer (default: 3)"
    )
    return options


def _filter_options() -> _Parser:
    """Options that restrict which articles answer (ask, console, articles)."""
    options = _Parser(add_help=False)
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
    answers = _answer_options()
    filters = _filter_options()
    parser = _Parser(
        prog="qabot",
        description="Answer questions about a folder of news articles with "
        "quoted, sourced passages.",
    )
    parser.add_argument("--version", action="version", version=f"qabot {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    index = commands.add_parser("index", parents=[shared], help="bring the index up to date")
    index.add_argument("--rebuild", action="store_true", help="re-read every article")
    add = commands.add_parser("add", parents=[shared], help="copy articles in and index them")
    # kept as typed: Path("http://host/x") would be "http:/host/x", an address no longer
    add.add_argument("files", nargs="+", metavar="FILE")
    fetch = commands.add_parser(
        "fetch", parents=[shared], help="save web pages and feed items as articles, index them"
    )
    fetch.add_argument(
        "urls", nargs="*", metavar="URL", help="pages or feeds (default: [feeds] urls)"
    )
    commands.add_parser(
        "watch", parents=[shared], help="poll the [feeds] urls and index new items until Ctrl-C"
    )
    ask = commands.add_parser(
        "ask", parents=[shared, answers, filters], help="answer one question"
    )
    ask.add_argument("question", nargs="+", help="the question, or - to read one per line")
    ask.add_argument("--json", action="store_true", help="print the answer as JSON")
    commands.add_parser(
        "console", parents=[shared, answers, filters], help="ask questions interactively"
    )
    bot = commands.add_parser("bot", parents=[shared, answers], help="run the Telegram bot")
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


def config_of(args: argparse.Namespace) -> Config:
    """Load the config, the command-line options winning over the file. When neither names the
    articles folder, an index built from another folder goes on reading that one: a bare
    `qabot ask` after `qabot index --articles news` must not replace the index with seeds'."""
    # imported here: parsing alone (`--help`, a usage error) starts without the index's code,
    # and the config's records are made after `main` has set up the start cache
    from dataclasses import replace

    from qabot.config_file import load_config
    from qabot.indexing import built_from

    config = load_config(
        args.config,
        articles=args.articles,
        index_dir=args.index_dir,
        top=getattr(args, "top", None),  # only the commands that answer take --top
    )
    blocked = next(
        (path for path in (config.index_dir, *config.index_dir.parents) if path.exists()), None
    )
    if blocked is not None and not blocked.is_dir():
        raise ConfigError(
            f"The index folder {config.index_dir} cannot be made: {blocked} is a file, not a "
            "folder. Point --index-dir (or [paths] index) at a folder; it is created if missing."
        )
    remembered = None if config.articles_named else built_from(config.index_dir)
    if remembered is None or remembered == config.articles_dir:
        return config
    if not remembered.is_dir():
        raise ConfigError(
            f"The index in {config.index_dir} was built from {remembered}, which is gone. "
            "Pass --articles DIR to say which folder to read (the index is rebuilt from it)."
        )
    return replace(config, articles_dir=remembered)
