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

from qabot.bot.app import build_application, run

__all__ = ["build_application", "run"]
