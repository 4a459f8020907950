"""What the bot says about its index: example questions for /start, and /stats."""

from __future__ import annotations

from qabot.bot.html import shorten
from qabot.indexing import Index


def example_questions(index: Index, count: int = 3) -> list[str]:
    """Return questions this index can answer: its most-quoted speakers, then newest headlines."""
    questions: list[str] = []
    for speaker, _ in index.speakers.counts()[: count - 1]:
        questions.append(f"What did {speaker} say?")
    newest = sorted(index.articles.values(), key=lambda info: info.date or "", reverse=True)
    for info in newest:
        if len(questions) >= count:
            break
        title = " ".join(info.title.split())
        if len(title.split()) >= 2:  # a headline is a good search; one word rarely is
            questions.append(shorten(title, 80))
    return list(dict.fromkeys(questions))[:count]


def stats_text(index: Index, age: str) -> str:
    """Return the /stats reply: articles, passages, quotes, index age."""
    return (
        f"Articles: {len(index.articles)}\nPassages: {index.passage_count}\n"
        f"Quotes: {index.quote_count}\n"
        f"Index built {age} (generation {index.generation})"
    )
