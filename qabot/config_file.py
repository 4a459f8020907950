"""Configuration: config.toml + environment -> Config. The only module that reads either.

Precedence: command-line options > config file > defaults. Relative paths in the config file are
relative to the file's folder; relative paths on the command line are relative to the working
directory. Secrets come from the environment only (`QABOT_TELEGRAM_TOKEN` by default). The
settings themselves are declared in `config`.
"""

from __future__ import annotations

import os
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from qabot.config import DATES_RELATIVE_TO, Config, TelegramConfig
from qabot.errors import ConfigError

CONFIG_ENV = "QABOT_CONFIG"
DEFAULT_CONFIG_FILE = "config.toml"

# table -> key -> (Config attribute, expected type), derived from Config's declarations
_KEYS: dict[str, dict[str, tuple[str, type]]] = {}
for _f in fields(Config):
    if "key" in _f.metadata:
        _table, _key = _f.metadata["key"].split(".")
        _kind = str if _f.name.endswith("_dir") else type(_f.default)
        if _f.name == "feed_urls":
            _kind = list  # a list of URLs, unlike the tuples of Telegram ids
        _KEYS.setdefault(_table, {})[_key] = (_f.name, _kind)
_TELEGRAM_TYPES: dict[str, type] = {
    f.name: (tuple if f.name.endswith("_ids") else type(f.default)) for f in fields(TelegramConfig)
}


# the largest number a setting may hold: every float setting is a time to wait (seconds, or
# hours), and time.sleep takes no inf (OverflowError) or nan (ValueError), which TOML allows
_MOST = 10_000_000


def _check_type(value: Any, expected: type, where: str) -> Any:
    """Return `value` converted to `expected`, or raise ConfigError naming `where`."""
    if expected is float and isinstance(value, int | float) and not isinstance(value, bool):
        if not value <= _MOST:  # nan too
            raise ConfigError(f"{where} must be a number of at most {_MOST:,}, not {value!r}.")
        return float(value)
    if expected is list:
        wrong = (
            [
                v
                for v in value
                if not (isinstance(v, str) and v.startswith(("http://", "https://")))
            ]
            if isinstance(value, list)
            else [value]
        )
        if not wrong:
            return tuple(value)
        raise ConfigError(
            f"{where} must be a list of http(s) URLs in quotes, like "
            f'["https://example.org/feed.xml"], not {wrong[0]!r}.'
        )
    if expected is tuple:
        if isinstance(value, list) and all(
            isinstance(v, int) and not isinstance(v, bool) for v in value
        ):
            return tuple(value)
        raise ConfigError(f"{where} must be a list of numeric Telegram ids, like [12345678].")
    if expected is int and isinstance(value, bool):
        raise ConfigError(f"{where} must be a whole number, not {value!r}.")
    if not isinstance(value, expected):
        raise ConfigError(
            f"{where} must be {_KINDS.get(expected, expected.__name__)}, not {value!r}."
        )
    return value


_KINDS = {int: "a whole number", float: "a number", str: "text in quotes", bool: "true or false"}


def _read_file(path: Path) -> dict[str, Any]:
    """Parse the TOML file, turning every failure into a ConfigError that names the file."""
    import tomllib  # here: a run without a config file skips compiling its parser's patterns

    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(
            f"Config file {path} does not exist. Copy config.example.toml to {path} "
            "or leave out --config."
        ) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"Config file {path} is not valid TOML ({exc}). Fix it; config.example.toml "
            "shows every key."
        ) from None
    except OSError as exc:
        raise ConfigError(f"Cannot read config file {path}: {exc.strerror}.") from None


def _values_from_file(path: Path, data: dict[str, Any]) -> dict[str, Any]:
    """Return Config keyword arguments from parsed TOML, rejecting unknown tables and keys."""
    values: dict[str, Any] = {}
    telegram: dict[str, Any] = {}
    for table, content in data.items():
        if not isinstance(content, dict) or table not in {*_KEYS, "telegram"}:
            known = ", ".join(f"[{t}]" for t in (*_KEYS, "telegram"))
            raise ConfigError(f"Unknown table [{table}] in {path}. Known tables: {known}.")
        allowed = _TELEGRAM_TYPES if table == "telegram" else _KEYS[table]
        for key, value in content.items():
            if key not in allowed:
                raise ConfigError(
                    f"Unknown key {key!r} in [{table}] of {path}. Known keys: "
                    f"{', '.join(allowed)}."
                )
            where = f"[{table}] {key} in {path}"
            if table == "telegram":
                telegram[key] = _check_type(value, _TELEGRAM_TYPES[key], where)
            else:
                attribute, expected = _KEYS[table][key]
                values[attribute] = _check_type(value, expected, where)
    for attribute in ("articles_dir", "index_dir"):
        if attribute in values and not str(values[attribute]).strip():
            raise ConfigError(
                f"An empty path in [paths] of {path}: give a folder or leave it out."
            )
        if attribute in values:
            # "~/news" is the user's home folder's, not a folder named "~" beside the file
            values[attribute] = _resolved(path.parent / Path(values[attribute]).expanduser())
    if "token_env" in telegram and not telegram["token_env"]:
        raise ConfigError(f"[telegram] token_env in {path} must name an environment variable.")
    values["telegram"] = TelegramConfig(**telegram)
    return values


def _resolved(path: Path) -> Path:
    """Return `path` made absolute with its links followed; a link that leads back to itself
    ("ln -s loop loop") is a ConfigError naming it (resolving it raised RuntimeError)."""
    try:
        return path.resolve()
    except RuntimeError:  # Python 3.13 raises OSError ELOOP instead
        raise ConfigError(
            f"{path} is a link that links back to itself; fix or remove it."
        ) from None
    except OSError as error:
        raise ConfigError(f"Cannot follow the path {path} ({error.strerror or error}).") from None


def load_config(
    path: Path | None = None,
    *,
    articles: Path | None = None,
    index_dir: Path | None = None,
    top: int | None = None,
    engine: str | None = None,
) -> Config:
    """Return the Config from `path` (or $QABOT_CONFIG, or ./config.toml) and the options."""
    if path is None and os.environ.get(CONFIG_ENV):
        path = Path(os.environ[CONFIG_ENV])
    if path is None and Path(DEFAULT_CONFIG_FILE).is_file():
        path = Path(DEFAULT_CONFIG_FILE)
    values: dict[str, Any] = {}
    if path is not None:
        path = _resolved(path)
        values = _values_from_file(path, _read_file(path))
        values["source"] = path
    if articles is not None:
        values["articles_dir"] = articles
    if index_dir is not None:
        values["index_dir"] = index_dir
    if top is not None:
        values["top"] = top
    if engine is not None:
        values["engine"] = engine
    config = Config(**values)
    if config.top < 1 or config.top > 50:
        raise ConfigError(f"top must be between 1 and 50, not {config.top}.")
    if config.watch_interval <= 0:
        raise ConfigError("[index] watch_interval must be a positive number of seconds.")
    if config.feed_interval < 1:
        raise ConfigError("[feeds] interval must be at least 1 second.")
    if config.dates_relative_to not in DATES_RELATIVE_TO:
        raise ConfigError(
            f'[answer] dates_relative_to must be "newest" or "today", '
            f"not {config.dates_relative_to!r}."
        )
    if config.alerts_per_hour < 1:
        raise ConfigError("[alerts] per_hour must be at least 1.")
    if config.alerts_check_seconds < 0.1:
        raise ConfigError("[alerts] check_seconds must be at least 0.1.")
    if config.alerts_retry_seconds < 1 or config.alerts_retry_hours <= 0:
        raise ConfigError(
            "[alerts] retry_seconds must be at least 1 and retry_hours a positive number."
        )
    if config.telegram.questions_per_minute < 1:
        raise ConfigError("[telegram] questions_per_minute must be at least 1.")
    if config.telegram.reply_timeout < 1:
        raise ConfigError("[telegram] reply_timeout must be at least 1 second.")
    # a token pasted with a space or line break around it (an env file, a copied line) is still it
    token = (os.environ.get(config.telegram.token_env) or "").strip() or None
    return replace(
        config,
        articles_dir=_resolved(Path(config.articles_dir).expanduser()),  # --articles=~/news
        index_dir=_resolved(Path(config.index_dir).expanduser()),
        token=token,
        webhook_secret=os.environ.get(config.telegram.webhook_secret_env) or None,
        articles_named="articles_dir" in values,
    )
