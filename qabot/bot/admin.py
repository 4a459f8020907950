"""Telegram front end, admin side: article uploads, /reindex, /stats, watching the articles folder,
and the small on-disk store that keeps "More results" buttons working across restarts.

Index updates from the chat, from the watcher and from `qabot index` in another process all go
through `update_index`, which writes a new generation and switches to it atomically; the bot's
IndexHolder picks it up at the next question. The building code (`update_index`, and `ingest`
that reads article files) is imported when an update or an upload first needs it: a bot that
only answers starts without it.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
import re
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from telegram import Update

from qabot.bot.data import BotApplication, Context
from qabot.bot.overview import stats_text
from qabot.config import Config
from qabot.errors import QABotError
from qabot.indexing import IndexHolder
from qabot.text import counted, strip_controls

if TYPE_CHECKING:
    from qabot.indexing import IndexReport

logger = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 5_000_000  # an article, not an archive

Handler = Callable[[Update, Context], Coroutine[Any, Any, None]]


def safe_file_name(name: str) -> str:
    """Return a plain file name for an upload: no folders, no `..`, only word characters (a
    terminal escape sequence goes whole, leaving no "31m")."""
    base = strip_controls(name).replace("\\", "/").rsplit("/", 1)[-1]
    stem, suffix = os.path.splitext(base)
    stem = re.sub(r"[^\w.-]+", "_", stem).strip("._-")[:80] or "article"
    return stem + re.sub(r"[^\w.]", "", suffix.lower())


def admin_only(handler: Handler) -> Handler:
    """Run `handler` for admins only; tell anyone else politely."""

    @functools.wraps(handler)
    async def wrapper(update: Update, context: Context) -> None:
        config = context.bot_data.config
        user, message = update.effective_user, update.effective_message
        if user is None or message is None:
            return
        if user.id not in config.telegram.admin_user_ids:
            what = "add articles" if message.document else "use that command"
            await message.reply_text(
                f"Sorry, only the bot's admins can {what}. Ask an admin if it should be added."
            )
            return
        await handler(update, context)

    return wrapper


def report_text(report: IndexReport) -> str:
    """Return one reply summarising an index update."""
    text = (
        f"Index up to date: {report.added} added, {report.changed} changed, "
        f"{report.removed} removed, {report.unchanged} unchanged"
        f"{f', {report.skipped} skipped' if report.skipped else ''}. It holds "
        f"{counted(report.articles, 'article')}, {counted(report.passages, 'passage')} and "
        f"{counted(report.quotes, 'quote')}."
    )
    if report.warnings:
        text += "\nWarnings:\n" + "\n".join(f"- {w}" for w in report.warnings[:5])
        if len(report.warnings) > 5:
            text += f"\n…and {len(report.warnings) - 5} more"
    return text


def update_now(config: Config) -> IndexReport:
    """Bring the index up to date with the articles folder (blocking: run in a thread)."""
    from qabot.indexing import update_index

    return update_index(config.articles_dir, config.index_dir, engine=config.engine)


def _titles(path: Path) -> list[str] | None:
    """Return the titles of the articles a saved file holds (None when it cannot be read)."""
    from qabot.ingest import read_article_bytes

    try:
        return [
            article.info.title for article in read_article_bytes(path.name, path.read_bytes())[0]
        ]
    except OSError:
        return None


def _free_name(name: str, titles: list[str], folder: Path) -> str:
    """Return `name` numbered ("index-2.html") so it names no other article: the first free
    number, or the one already holding this article (the same titles)."""
    stem, suffix = os.path.splitext(name)
    for number in range(2, 10_000):
        candidate = f"{stem}-{number}{suffix}"
        path = folder / candidate
        if not path.exists() and not path.is_symlink():
            return candidate
        if path.is_file() and not path.is_symlink() and _titles(path) == titles:
            return candidate
    raise QABotError(f"{folder} holds too many files named like {name}; rename the file.")


def add_article(config: Config, holder: IndexHolder, name: str, data: bytes) -> str:
    """Validate an uploaded file, save it into the articles folder, index it; return the reply.

    A file of the name taken holding another article (saved pages are often all called
    index.html) is kept, and the upload saved under a numbered name; one holding the same
    article (the same titles) is replaced, as a corrected copy."""
    from qabot.ingest import check_article_file, save_article_file

    checked = check_article_file(name, data, config.articles_dir)
    if checked.problem:
        return f"Nothing was added: {checked.problem}"
    kept = ""
    taken = config.articles_dir / name
    new_titles = [article.info.title for article in checked.articles]
    if checked.replaces and _titles(taken) != new_titles:
        old_titles = _titles(taken) or []
        shown = ", ".join(f"“{title}”" for title in old_titles[:2] if title) or "another article"
        kept = f" ({name} holds {shown}, which is kept)"
        name = _free_name(name, new_titles, config.articles_dir)
        checked = check_article_file(name, data, config.articles_dir)
        if checked.problem:
            return f"Nothing was added: {checked.problem}"
    if checked.unchanged:
        return f"I already have {name}; nothing changed."
    before = holder.get().passage_count
    save_article_file(name, data, config.articles_dir)
    report = update_now(config)
    articles = checked.articles
    titles = ", ".join(f"“{article.info.title}”" for article in articles[:5])
    more = f" and {len(articles) - 5} more" if len(articles) > 5 else ""
    text = (
        f"{'Replaced' if checked.replaces else 'Added'} {name}: {titles}{more}{kept}. The index "
        f"now holds {counted(report.articles, 'article')} and "
        f"{counted(report.passages, 'passage')} "
        f"({report.passages - before:+d})."
    )
    # what of the file was not read (a JSON Lines record that is not JSON): `qabot add` warns too
    skipped = [warning for warning in report.warnings if f" {name}" in warning]
    if skipped:
        text += "\nWarnings:\n" + "\n".join(f"- {warning}" for warning in skipped[:5])
    return text


async def upload_document(update: Update, context: Context) -> None:
    """Add an article file sent as a document (admins only)."""
    from qabot.ingest import SUPPORTED_SUFFIXES, notes_file_problem

    config = context.bot_data.config
    message = update.effective_message
    document = message.document if message else None
    if message is None or document is None:
        return
    name = safe_file_name(document.file_name or "article.txt")
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
        await message.reply_text(f"I can only add article files ({kinds}); {name} is not one.")
        return
    notes = notes_file_problem(name)
    if notes:
        await message.reply_text(notes)
        return
    if (document.file_size or 0) > MAX_UPLOAD_BYTES:
        await message.reply_text(
            f"{name} is larger than {MAX_UPLOAD_BYTES // 1_000_000} MB; send one article per file."
        )
        return
    data = bytes(await (await document.get_file()).download_as_bytearray())
    async with context.bot_data.index_lock:
        try:
            reply = await asyncio.to_thread(
                add_article, config, context.bot_data.holder, name, data
            )
        except QABotError as exc:
            reply = f"Could not add {name}: {exc}"
    await message.reply_text(reply)


async def reindex_command(update: Update, context: Context) -> None:
    """Bring the index up to date with the articles folder (admins only)."""
    config, message = context.bot_data.config, update.effective_message
    if message is None:
        return
    async with context.bot_data.index_lock:
        try:
            report = await asyncio.to_thread(update_now, config)
        except QABotError as exc:
            await message.reply_text(f"Could not update the index: {exc}")
            return
    await message.reply_text(report_text(report))


def index_age(built_at: str, now: datetime | None = None) -> str:
    """Return how long ago an ISO timestamp was, for people ("3 min ago")."""
    try:
        built = datetime.fromisoformat(built_at.replace("Z", "+00:00"))
    except ValueError:
        return "at an unknown time"
    seconds = int(((now or datetime.now(UTC)) - built).total_seconds())
    for unit, size in (("day", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            count = seconds // size
            return f"{count} {unit}{'s' if unit == 'day' and count > 1 else ''} ago ({built_at})"
    return f"{max(seconds, 0)} s ago ({built_at})"


async def stats_command(update: Update, context: Context) -> None:
    """Send index statistics: articles, passages, quotes, age (admins only)."""
    message = update.effective_message
    if message is None:
        return
    index = await asyncio.to_thread(context.bot_data.holder.get)
    await message.reply_text(stats_text(index, index_age(index.built_at)))


def folder_signature(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """Return (path, size, mtime) of every article file: cheap, and changes with any edit."""
    from qabot.ingest import find_article_files

    signature = []
    for path in find_article_files(folder):
        stat = path.stat()
        signature.append((path.as_posix(), stat.st_size, stat.st_mtime_ns))
    return tuple(signature)


async def watch_articles(application: BotApplication) -> None:
    """Every `watch_interval` seconds, index the articles folder if any file in it changed."""
    config = application.bot_data.config
    last = None
    while True:
        try:
            signature = await asyncio.to_thread(folder_signature, config.articles_dir)
            if last is not None and signature != last:
                async with application.bot_data.index_lock:
                    report = await asyncio.to_thread(update_now, config)
                logger.info("Articles changed: %s", report_text(report).replace("\n", " "))
            last = signature
        except QABotError as exc:
            logger.warning("Watching %s: %s", config.articles_dir, exc)
        except Exception:  # keep watching: one bad pass must not stop the bot noticing files
            logger.exception("Watching %s failed", config.articles_dir)
        await asyncio.sleep(config.watch_interval)
