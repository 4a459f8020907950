"""Telegram front end, pure part: Answer -> HTML messages within Telegram's limits.

Everything from articles and users is escaped with `html.escape`, so an article holding `<script>`,
`&`, `<b>` or a stray `<` shows literally. Messages are cut only between blocks (a passage, a quote
group), never inside a tag; a block too long for one message is cut into several complete blocks.
Lengths are counted the way Telegram counts them, after entity parsing, in UTF-16 code units
(which is never less than the number of characters, so the count is on the safe side).
How a whole answer is laid out in messages (one phone screen first) is `qabot.bot.answer_layout`.
"""

from __future__ import annotations

import html
from bisect import bisect_left
from collections.abc import Iterable
from typing import TYPE_CHECKING

from telegram.constants import MessageLimit

from qabot.records import ArticleInfo
from qabot.search import group_quotes
from qabot.text import shortened
from qabot.text.controls import kept_positions, strip_controls
from qabot.text.patterns import lazy
from qabot.text.shortening import MAX_SOURCE_DETAIL, MAX_SOURCE_TITLE

if TYPE_CHECKING:
    from qabot.search import Hit, QuoteHit

MAX_MESSAGE = MessageLimit.MAX_TEXT_LENGTH  # 4,096
MAX_LEAD = 600  # a lead line echoes the question; a 4,000-character question must still fit
_TAG = lazy(r"<[^>]*>")
_SENTENCE_END = lazy(r"[.!?…][\"'”’)\]]*\s+|\n+")


def telegram_length(message: str) -> int:
    """Return the length Telegram checks: visible text of `message` in UTF-16 code units."""
    visible = html.unescape(_TAG.sub("", message))
    return len(visible.encode("utf-16-le")) // 2


def plain_text(message: str) -> str:
    """Return `message` without markup, for re-sending when Telegram rejects the HTML."""
    return html.unescape(_TAG.sub("", message))


def source_line(article: ArticleInfo) -> str:
    """Return the HTML source line: title (a link when the URL is a web address), outlet,
    byline, date; the title cut to MAX_SOURCE_TITLE characters, the rest to MAX_SOURCE_DETAIL."""
    title = escape_text(shortened(article.title or article.path, MAX_SOURCE_TITLE))
    if article.url and article.url.startswith(("http://", "https://")):
        title = f'<a href="{html.escape(article.url, quote=True)}">{title}</a>'
    else:
        title = f"<i>{title}</i>"
    by = f"by {article.author}" if article.author else None
    details = ", ".join(
        escape_text(shortened(part, MAX_SOURCE_DETAIL))
        for part in (article.source, by, article.date)
        if part
    )
    return f"— {title}" + (f" · {details}" if details else "")


def source_text(article: ArticleInfo) -> str:
    """Return "Outlet, date: " for plain-text places (inline results), or "" when unknown."""
    details = ", ".join(part for part in (article.source, article.date) if part)
    return f"{details}: " if details else ""


def _pieces(text: str, limit: int) -> list[tuple[int, int]]:
    """Return (start, end) spans covering `text`, each of at most `limit` UTF-16 units, cut
    after a sentence where one ends in the second half of a piece, else between words."""
    spans: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        end, units = start, 0
        while end < len(text) and units + (2 if ord(text[end]) > 0xFFFF else 1) <= limit:
            units += 2 if ord(text[end]) > 0xFFFF else 1
            end += 1
        if end < len(text):
            ends = list(_SENTENCE_END.finditer(text, start + (end - start) // 2, end))
            space = text.rfind(" ", start + 1, end)
            if ends:
                end = ends[-1].end()
            elif space > start:
                end = space + 1
        spans.append((start, end))
        start = end
    return spans


def _merged_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return non-empty spans sorted, with overlapping or touching ones joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(span for span in spans if span[0] < span[1]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def quoted(text: str, bold: Iterable[tuple[int, int]] = (), limit: int = MAX_MESSAGE) -> list[str]:
    """Return `text` as `<blockquote>`s of at most `limit` units each, `bold` spans in <b>."""
    if "\x1b" in text:  # a terminal escape sequence goes whole: no "[31m" left in the chat
        kept = kept_positions(text)
        bold = [(bisect_left(kept, start), bisect_left(kept, end)) for start, end in bold]
        text = "".join(text[i] for i in kept)
    spans = _merged_spans(bold)
    blocks = []
    for start, end in _pieces(text, limit):
        if not text[start:end].strip():
            continue
        parts, at = [], start
        for left, right in spans:
            left, right = max(left, start), min(right, end)
            if left < right:
                parts += [escape_text(text[at:left]), "<b>", escape_text(text[left:right]), "</b>"]
                at = right
        parts.append(escape_text(text[at:end]))
        blocks.append("<blockquote>" + "".join(parts).strip() + "</blockquote>")
    return blocks


def escape_text(text: str) -> str:
    """Escape text for Telegram HTML (quotes stay as they are: only attributes need escaping),
    without terminal escape sequences, control and bidi characters: a right-to-left override
    echoed from a question reversed the rest of the bot's line. A passage cut into slices
    (`quoted`) has its escape sequences taken out first, so each slice escapes as the whole
    does."""
    return html.escape(strip_controls(text), quote=False)


def _with_source(blocks: list[str], article: ArticleInfo, limit: int) -> list[str]:
    """Append the source line to the last block, or give it a block of its own if it won't fit."""
    source = source_line(article)
    if not blocks:
        return [source]
    joined = f"{blocks[-1]}\n{source}"
    if telegram_length(joined) <= limit:
        return [*blocks[:-1], joined]
    return [*blocks, source]


def render_passage(hit: Hit, limit: int = MAX_MESSAGE) -> list[str]:
    """Return the HTML blocks for one passage: verbatim quote, highlight in bold, then source."""
    text = hit.passage.text
    bold = [hit.emphasis] if hit.emphasis else []
    room = limit - telegram_length(source_line(hit.article)) - 1
    return _with_source(quoted(text, bold, max(room, 200)), hit.article, limit)


def render_quotes(quotes: list[QuoteHit], limit: int = MAX_MESSAGE) -> list[str]:
    """Return HTML blocks for quotes grouped by article: attribution sentence, words in bold."""
    blocks: list[str] = []
    for group in group_quotes(quotes):
        room = limit - telegram_length(source_line(group.article)) - 1
        group_blocks: list[str] = []
        for entry in group.entries:
            prefix = f"<b>{escape_text(entry.speaker)}</b>:\n" if entry.show_speaker else ""
            parts = quoted(entry.text, entry.emphasis, max(room - len(prefix), 200))
            if parts:  # nothing but whitespace: nothing to show
                group_blocks += [prefix + parts[0], *parts[1:]]
        if group_blocks:
            blocks += _with_source(_merge(group_blocks, room), group.article, limit)
    return blocks


def _merge(blocks: list[str], limit: int, separator: str = "\n") -> list[str]:
    """Join consecutive blocks with `separator` while the result stays within `limit`."""
    merged: list[str] = []
    for block in blocks:
        if merged and telegram_length(merged[-1] + separator + block) <= limit:
            merged[-1] += separator + block
        else:
            merged.append(block)
    return merged
