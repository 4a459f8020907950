"""User-facing errors: every message says what went wrong and what to do next.

    QABotError
     +-- ConfigError          the config file or an option is wrong
     +-- ArticlesError        the articles folder is missing
     |    +-- NoArticlesError no readable article in it
     +-- IndexNotBuiltError   no index yet in the index folder
     +-- IndexFormatError     the index was written by another version and cannot be read
     |    +-- IndexDamagedError  a file of the index does not match what was written
     +-- WriteError           the index or articles folder cannot be written (disk full, ...)
     +-- TokenError           the Telegram token is missing or rejected
     +-- FilterError          a --since, --until or --source value cannot be used
     +-- SearchError          the search engine failed on one question

`cli.main` catches QABotError, prints `error: <message>` and exits 1; anything else is a bug.
"""


class QABotError(Exception):
    """Base class: the message is written for the end user."""


class ConfigError(QABotError):
    """The config file or a command-line option is wrong."""


class ArticlesError(QABotError):
    """The articles folder is missing, or holds no readable article."""


class NoArticlesError(ArticlesError):
    """The articles folder exists but no article could be read from it."""


class IndexNotBuiltError(QABotError):
    """There is no index in the index folder yet."""


class IndexFormatError(QABotError):
    """The index on disk was written by another version of qabot, or cannot be read."""


class IndexDamagedError(IndexFormatError):
    """A file of the live generation is missing or differs from what was written."""

    def __init__(self, message: str, what: str = "") -> None:
        super().__init__(message)
        self.what = what  # which file and how, for notes such as "rebuilt it because ..."


class WriteError(QABotError):
    """The index or an article file cannot be written: disk full, read-only folder, ..."""


class TokenError(QABotError):
    """The Telegram bot token is missing or was rejected by Telegram."""


class SearchError(QABotError):
    """The search engine failed on one question (front ends answer it politely and go on)."""


class FilterError(QABotError):
    """A `--since`, `--until` or `--source` value cannot be used."""


class UnknownSourceError(FilterError):
    """A `--source` no article is from; `suggested` when an outlet spelt close to it was
    offered ("Did you mean Euronews?"): then the name was a slip, not an outlet to write in."""

    def __init__(self, message: str, *, suggested: bool = False) -> None:
        super().__init__(message)
        self.suggested = suggested
