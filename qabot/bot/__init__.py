"""The Telegram front end: updates -> `answer()` -> HTML messages.

`app` builds the python-telegram-bot Application, runs it and handles errors; `commands` holds
/start, /help and /ask, `questions` the questions sent as text, buttons or inline queries, both
answered by `answering`; `admin` uploads, /reindex, /stats and the folder watcher; `access` who
may ask (it fails closed); `html` renders answers within Telegram's limits and `paging` caps a
reply at a few messages; `buttons` and `searches` carry questions behind buttons; `delivery`
retries what Telegram fails transiently and `updates` skips updates that cannot be read,
`webhook` is the webhook server (which acknowledges them); `data` is the typed bot state.
Imported only by `qabot bot` (and tests).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from qabot.bot.app import build_application, run

__all__ = ["build_application", "run"]


def __getattr__(name: str) -> Any:
    """Import the bot (python-telegram-bot and all) when it is first asked for, not when
    `qabot bot` checks its settings (`start_checks`) before it starts."""
    if name in __all__:
        from qabot.bot import app

        return getattr(app, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
