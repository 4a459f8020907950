"""Command line: `qabot index | add | fetch | watch | ask | console | bot | articles | quotes |
speakers | sources`.

Parses options (options.py), loads the config, calls the core and prints: the commands that
change the articles and the index (updates.py), answer questions (questions.py) and list what
is indexed (listings.py), over what they share (running.py). User errors (QABotError) become one
`error: ...` line and exit code 1; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import sys

from qabot.cli.listings import articles_command, quotes_command, sources_command, speakers_command
from qabot.cli.options import build_parser, config_of
from qabot.cli.questions import ask_command, bot_command, console_command
from qabot.cli.running import one_line
from qabot.cli.updates import add_command, fetch_command, index_command, watch_command
from qabot.errors import QABotError

__all__ = ["COMMANDS", "build_parser", "main"]

COMMANDS = {
    "index": index_command,
    "add": add_command,
    "fetch": fetch_command,
    "watch": watch_command,
    "ask": ask_command,
    "console": console_command,
    "bot": bot_command,
    "articles": articles_command,
    "quotes": quotes_command,
    "speakers": speakers_command,
    "sources": sources_command,
}


def main(argv: list[str] | None = None) -> int:
    """Run one command; return the process exit code."""
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](config_of(args), args)
    except QABotError as exc:
        print(f"error: {one_line(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted: the previous index, if any, is still in place.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
