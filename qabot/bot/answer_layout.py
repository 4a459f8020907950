"""Telegram front end, pure part: the layout of a whole answer in messages.

An answer's first message fits one phone screen (FIRST_SCREEN): the lead, then the quotes or the
best passage with their source, cut between sentences if need be; the rest follows folded in
expandable blockquotes, and every message carries the source lines of what it shows. Escaping,
lengths and blockquotes are `qabot.bot.html`'s.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from qabot.bot.html import (
    MAX_LEAD,
    MAX_MESSAGE,
    escape_text,
    quoted,
    source_line,
    telegram_length,
)
from qabot.search import QuoteGroup, group_quotes, omitted_note, quotes_note, shown_passages
from qabot.text import shortened
from qabot.text.shortening import MAX_ALSO_IN

if TYPE_CHECKING:
    from qabot.search import Answer, ShownPassage

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
        source = _group_source(group)
        for entry in group.entries:
            prefix = f"<b>{escape_text(entry.speaker)}</b>:\n" if entry.show_speaker else ""
            parts = quoted(entry.text, entry.emphasis, max(room - telegram_length(prefix), 200))
            if parts:  # nothing but whitespace: nothing to show
                blocks += [
                    Block(prefix + parts[0], source),
                    *(Block(p, source) for p in parts[1:]),
                ]
    return blocks


def _group_source(group: QuoteGroup) -> str:
    """Return the source line of a quote group, with the copies of its story whose sentences
    shown here were left out (`QuoteGroup.also_in`), up to MAX_ALSO_IN characters of them."""
    source = source_line(group.article)
    if group.also_in:
        titles = shortened(group.copies_named(str), MAX_ALSO_IN)  # escaped whole, once cut
        source += f"\nalso in: <i>{escape_text(titles)}</i>"
    return source


def _passage_blocks(shown: ShownPassage, room: int) -> list[Block]:
    """Return the blocks of one passage (cut to `room` units a piece), each with its source."""
    bold = [shown.emphasis] if shown.emphasis else []
    source = source_line(shown.hit.article)
    return [Block(part, source) for part in quoted(shown.text, bold, max(room, 200))]


def _content_blocks(
    groups: list[QuoteGroup], passages: list[ShownPassage], first_room: int, room: int
) -> list[Block]:
    """Return the blocks of the quote `groups` and of the `passages` shown below them; pieces
    of the first unit fit `first_room`."""
    blocks: list[Block] = []
    if groups:
        blocks += _quote_blocks(groups[:1], first_room) + _quote_blocks(groups[1:], room)
    for number, shown in enumerate(passages):
        blocks += _passage_blocks(shown, first_room if not groups and number == 0 else room)
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
    lead = [Block(escape_text(shortened(answer.lead, MAX_LEAD)))] if answer.lead else []
    # grouped at once, so a speaker is named above their words wherever several speak; the
    # passages are shown without the sentences shown above as quotes (`shown_passages`)
    groups = group_quotes(answer.quotes, answer.speaker, answer.topic)
    passages = shown_passages(answer, groups)
    # the sources as shown: a group's names the copies of its story too
    sources = [_group_source(group) for group in groups]
    sources += [source_line(shown.hit.article) for shown in passages]
    widest_source = max(map(telegram_length, sources), default=0)
    used = telegram_length(_joined(lead)) + 2 if lead else 0
    first_room = max(screen - used - widest_source - 1, 200)
    room = limit - widest_source - 2
    blocks = _content_blocks(groups, passages, first_room, room)
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
    weak = omitted_note(answer.omitted, bool(passages))
    note = f"<i>({escape_text(weak)})</i>" if answer.omitted else ""
    room = screen if len(messages) == 1 else limit
    if note and messages and telegram_length(f"{messages[-1]}\n\n{note}") <= room:
        messages[-1] += f"\n\n{note}"
    # quotes kept back to fit a phone (beyond the count: more than the first answer counted)
    if (answer.quotes_left or answer.quotes_beyond) and answer.speaker and messages:
        left = quotes_note(answer.quotes_left, answer.speaker, answer.quotes_beyond, "send “more”")
        left = f"<i>({escape_text(left)})</i>"
        fits = screen if len(messages) == 1 else limit  # the first message stays one screen
        if telegram_length(f"{messages[-1]}\n\n{left}") <= fits:
            messages[-1] += f"\n\n{left}"
        else:
            messages.append(left)
    return messages


def answer_messages(answer: Answer, limit: int = MAX_MESSAGE) -> list[str]:
    """Return the HTML messages to send for `answer`, in order (see `answer_layout`)."""
    return answer_layout(answer, limit)
