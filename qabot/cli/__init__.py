"""Command line: `qabot index | add | fetch | watch | ask | console | bot | articles | quotes |
speakers | sources`.

Parses options (options.py), loads the config, calls the core and prints: the commands that
change the articles and the index (updates.py), answer questions (questions.py) and list what
is indexed (listings.py), over what they share (running.py); what a start compiles is kept for
the next (start_cache.py). User errors (QABotError) become one `error: ...` line and exit code
1; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from qabot.cli import start_cache
from qabot.cli.options import build_parser, config_of
from qabot.cli.uncollected import uncollected_imports
from qabot.errors import QABotError

if TYPE_CHECKING:
    from qabot.config import Config

__all__ = ["COMMANDS", "build_parser", "command_of", "main"]

COMMANDS = (
    "index",
    "add",
    "fetch",
    "watch",
    "ask",
    "console",
    "bot",
    "articles",
    "quotes",
    "speakers",
    "sources",
)


def command_of(name: str) -> Callable[[Config, argparse.Namespace], int]:
    """Return the function that runs command `name`, importing only its own module (and what
    it needs): `qabot --help` or a usage error starts without the index or search code. The
    collector is held off while it loads (`uncollected_imports`), and its patterns are compiled
    through the start cache (`start_cache`)."""
    with uncollected_imports("qabot.text"):
        from qabot.text.patterns import compile_patterns_with

    compile_patterns_with(start_cache.compile_pattern)
    if name in ("index", "add", "fetch", "watch"):
        with uncollected_imports("qabot.cli.updates"):
            from qabot.cli import updates

        return {
            "index": updates.index_command,
            "add": updates.add_command,
            "fetch": updates.fetch_command,
            "watch": updates.watch_command,
        }[name]
    if name in ("ask", "console", "bot"):
        with uncollected_imports("qabot.cli.questions"):
            # the search stage, which every question loads, imported here too: imported inside
            # `ask_command` it came after the freeze (142 of a plain ask's modules)
            import qabot.search  # noqa: F401
            from qabot.cli import questions

        return {
            "ask": questions.ask_command,
            "console": questions.console_command,
            "bot": questions.bot_command,
        }[name]
    with uncollected_imports("qabot.cli.listings"):
        from qabot.cli import listings

    return {
        "articles": listings.articles_command,
        "quotes": listings.quotes_command,
        "speakers": listings.speakers_command,
        "sources": listings.sources_command,
    }[name]


_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}  # the index's own writes say so themselves


def _drop_stdout() -> None:
    """Point stdout at the null device: what is still buffered for a full disk would fail
    again, as a second report, when Python flushes it on the way out."""
    with contextlib.suppress(OSError, ValueError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)


def main(argv: list[str] | None = None) -> int:
    """Run one command; return the process exit code (`qabot` alone lists the commands)."""
    # OpenBLAS starts a thread a core when numpy loads (~16 ms of CPU at a process's first
    # "who said" question) that qabot never uses: its products are cut to stay below OpenBLAS's
    # threading threshold (`qabot.text.sentence_vectors`); a value set outside is kept
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    parser = build_parser()
    if not (sys.argv[1:] if argv is None else argv):
        parser.print_help()
        return 0
    args, unknown = parser.parse_known_args(argv)
    if unknown:  # the command's help lists its options: the top-level help lists commands
        parser.exit(
            1,
            f"error: unrecognized arguments: {' '.join(unknown)}; see qabot {args.command} "
            "--help\n",
        )
    # before any of qabot's records is made: their methods, and the command's patterns, come
    # compiled from the start cache, and what this start compiles anew is kept there
    start_cache.install(args.command)
    try:
        code = command_of(args.command)(config_of(args), args)
        sys.stdout.flush()  # `> answers.txt` on a full disk fails here, not after main
        return code
    except QABotError as exc:
        from qabot.cli.running import one_line

        print(f"error: {one_line(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted: the previous index, if any, is still in place.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:
        if exc.errno not in _FULL:
            raise
        _drop_stdout()
        print(
            f"error: {exc.strerror}: what qabot printed could not all be written. Free some "
            "space, or send the output elsewhere.",
            file=sys.stderr,
        )
        return 1
    finally:
        start_cache.save()
