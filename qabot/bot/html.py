"""Telegram front end, pure part: Answer -> HTML messages within Telegram's limits.

Everything from articles and users is escaped with `html.escape`, so an article holding `<script>`,
`&`, `<b>` or a stray `<` shows literally. Messages are cut only between blocks (a passage, a quote
group), never inside a tag; a block too long for one message is cut into several complete blocks.
Lengths are counted the way Telegram counts them, after entity parsing, in UTF-16 code units
(which is never less than the number of characters, so the count is on the safe side).

An answer's first message fits one phone screen (FIRST_SCREEN): the lead, then the quotes or the
best passage with their source, cut between sentences if need be; the rest follows folded in
expandable blockquotes, and every message carries the source lines of what it shows.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from telegram.constants import MessageLimit

from qabot.records import ArticleInfo
from qabot.search import QuoteGroup, group_quotes, omitted_note, quotes_note
from qabot.text.patterns import lazy

if TYPE_CHECKING:
    from qabot.search import Answer, Hit, QuoteHit

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


def shorten(text: str, limit: int) -> str:
    """Return `text` cut at a word boundary to at most `limit` characters, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    return (cut.rsplit(maxsplit=1)[0] if " " in cut else cut) + "…"


def source_line(article: ArticleInfo) -> str:
    """Return the HTML source line: title (a link when the URL is a web address), outlet,
    byline, date."""
    title = _escape(article.title or article.path)
    if article.url and article.url.startswith(("http://", "https://")):
        title = f'<a href="{html.escape(article.url, quote=True)}">{title}</a>'
    else:
        title = f"<i>{title}</i>"
    by = f"by {article.author}" if article.author else None
    details = ", ".join(_escape(part) for part in (article.source, by, article.date) if part)
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
    spans = _merged_spans(bold)
    blocks = []
    for start, end in _pieces(text, limit):
        if not text[start:end].strip():
            continue
        parts, at = [], start
        for left, right in spans:
            left, right = max(left, start), min(right, end)
            if left < right:
                parts += [_escape(text[at:left]), "<b>", _escape(text[left:right]), "</b>"]
                at = right
        parts.append(_escape(text[at:end]))
        blocks.append("<blockquote>" + "".join(parts).strip() + "</blockquote>")
    return blocks


def _escape(text: str) -> str:
    """Escape text for Telegram HTML (quotes stay as they are: only attributes need escaping)."""
    return html.escape(text, quote=False)


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
            prefix = f"<b>{_escape(entry.speaker)}</b>:\n" if entry.show_speaker else ""
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


def answer_messages(answer: Answer, limit: int = MAX_MESSAGE) -> list[str]:
    """Return the HTML messages to send for `answer`, in order (see `answer_layout`)."""
    return answer_layout(answer, limit)


# --- the layout of a whole answer: one phone screen first, the rest folded away ---

FIRST_SCREEN = 1200  # visible characters of the first message: about one phone screen
EXPANDABLE = "<blockquote expandable>"


@dataclass(frozen=True, slots=True)
class Block:
    """One blockquote (or the lead line) and the source line it needs beside it ("" for none)."""

    body: str
    source: str = ""


def _quote_blocks(groups: list[QuoteGroup], room: int) -> list[Block]:
    """Return a block per quote entry (cut to `room` units a piece), each with its source."""
    blocks = []
    for group in groups:
        source = source_line(group.article)
        for entry in group.entries:
            prefix = f"<b>{_escape(entry.speaker)}</b>:\n" if entry.show_speaker else ""
            parts = quoted(entry.text, entry.emphasis, max(room - telegram_length(prefix), 200))
            if parts:  # nothing but whitespace: nothing to show
                blocks += [
                    Block(prefix + parts[0], source),
                    *(Block(p, source) for p in parts[1:]),
                ]
    return blocks


def _passage_blocks(hit: Hit, room: int) -> list[Block]:
    """Return the blocks of one passage (cut to `room` units a piece), each with its source."""
    bold = [hit.emphasis] if hit.emphasis else []
    source = source_line(hit.article)
    return [Block(part, source) for part in quoted(hit.passage.text, bold, max(room, 200))]


def _content_blocks(answer: Answer, first_room: int, room: int) -> list[Block]:
    """Return the quote and passage blocks; pieces of the first unit fit `first_room`."""
    units: list[tuple[str, object]] = [("quotes", answer.quotes)] if answer.quotes else []
    units += [("passage", hit) for hit in answer.passages]
    blocks: list[Block] = []
    for number, (kind, unit) in enumerate(units):
        size = first_room if number == 0 else room
        if kind == "quotes":
            # grouped at once, so a speaker is named above their words wherever several speak
            groups = group_quotes(cast("list[QuoteHit]", unit))
            blocks += _quote_blocks(groups[:1], size) + _quote_blocks(groups[1:], room)
        else:
            blocks += _passage_blocks(cast("Hit", unit), size)
    return blocks


def _joined(blocks: list[Block]) -> str:
    """Return blocks as one message: a source line after the last block of each source."""
    parts: list[str] = []
    for number, block in enumerate(blocks):
        following = blocks[number + 1] if number + 1 < len(blocks) else None
        text = block.body
        if block.source and (following is None or following.source != block.source):
            text += "\n" + block.source
        separator = "\n" if parts and blocks[number - 1].source == block.source else "\n\n"
        parts.append((separator if parts else "") + text)
    return "".join(parts)


def _pack(blocks: list[Block], limit: int) -> list[str]:
    """Pack blocks into as few messages as fit within `limit`, never cutting inside a block."""
    messages: list[list[Block]] = []
    for block in blocks:
        if messages and telegram_length(_joined([*messages[-1], block])) <= limit:
            messages[-1].append(block)
        else:
            messages.append([block])
    return [_joined(message) for message in messages]


def _folded(block: Block) -> Block:
    """Return the block as an expandable blockquote (Telegram shows its first lines)."""
    return Block(block.body.replace("<blockquote>", EXPANDABLE, 1), block.source)


def answer_layout(
    answer: Answer, limit: int = MAX_MESSAGE, screen: int = FIRST_SCREEN
) -> list[str]:
    """Return the messages for `answer`: the first fits one phone screen (lead, then the quotes
    or the best passage, cut between sentences if need be, with its source); the rest follow
    folded in expandable blockquotes, every message carrying the source lines of what it shows.
    """
    lead = [Block(_escape(shorten(answer.lead, MAX_LEAD)))] if answer.lead else []
    widest_source = max((telegram_length(source_line(a)) for a in _articles(answer)), default=0)
    used = telegram_length(_joined(lead)) + 2 if lead else 0
    first_room = max(screen - used - widest_source - 1, 200)
    room = limit - widest_source - 2
    blocks = _content_blocks(answer, first_room, room)
    first = list(lead)
    rest = blocks
    for number, block in enumerate(blocks):
        if number and telegram_length(_joined([*first, block])) > screen:
            break
        if not number and telegram_length(_joined([*first, block])) > limit:
            break
        first.append(block)
        rest = blocks[number + 1 :]
    messages = [_joined(first)] if first else []
    messages += _pack([_folded(block) for block in rest], limit)
    note = f"<i>({_escape(omitted_note(answer.omitted))})</i>" if answer.omitted else ""
    room = screen if len(messages) == 1 else limit
    if note and messages and telegram_length(f"{messages[-1]}\n\n{note}") <= room:
        messages[-1] += f"\n\n{note}"
    if answer.quotes_left and answer.speaker and messages:  # quotes kept back to fit a phone
        left = quotes_note(answer.quotes_left, answer.speaker, answer.quotes_beyond, "send “more”")
        left = f"<i>({_escape(left)})</i>"
        fits = screen if len(messages) == 1 else limit  # the first message stays one screen
        if telegram_length(f"{messages[-1]}\n\n{left}") <= fits:
            messages[-1] += f"\n\n{left}"
        else:
            messages.append(left)
    return messages


def _articles(answer: Answer) -> list[ArticleInfo]:
    return [hit.article for hit in answer.quotes] + [hit.article for hit in answer.passages]
