"""The Telegram front end: updates -> `answer()` -> HTML messages.

`app` builds the python-telegram-bot Application and runs it; `chat` holds the question
handlers, `admin` uploads, /reindex, /stats and the folder watcher; `access` who may ask;
`html` renders answers within Telegram's limits; `buttons` and `searches` carry questions
behind buttons; `data` is the typed bot state. Imported only by `qabot bot` (and tests).
"""

from qabot.bot.app import build_application, run

__all__ = ["build_application", "run"]
