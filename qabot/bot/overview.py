"""What the bot says about its index: example questions for /start, and /stats."""

from __future__ import annotations

from collections import Counter

from qabot.indexing import Index
from qabot.text import STOP_WORDS, counted
from qabot.text.patterns import lazy

# a word of a headline that names something: capitalised or an acronym, 3 letters or more
_NAME = lazy(r"\b[A-Z][A-Za-z]{2,}(?: [A-Z][A-Za-z]+)*\b")  # "China", "Port Elms"
_DEMONYM = lazy(r"(?:ian|ish|ese|ean)$")


def example_questions(index: Index, count: int = 3) -> list[str]:
    """Return real questions this index can answer: what its most-quoted people said (the
    second narrowed to what they talk about most), then what happened with the subject most
    headlines name. Never a raw headline: titles carry outlet names and clickbait."""
    known = [name for name, _ in index.speakers.counts()]
    # full names read best in a question ("What did the Kremlin say" needs an article)
    speakers = ([n for n in known if len(n.split()) > 1] or known)[: max(count - 1, 0)]
    people = {part.casefold() for name in known[:200] for part in name.split()}
    questions = [f"What did {name} say?" for name in speakers[:1]]
    for name in speakers[1:]:
        topic = _subject(
            [q.text for q in index.speakers.quotes_of(name)[:200]],
            exclude=people | _words(name),
        )
        questions.append(
            f"What did {name} say about {topic}?" if topic else f"What did {name} say?"
        )
    outlets = {w for info in index.articles.values() for w in _words(info.source or "")}
    subject = _subject([info.title for info in index.articles.values()], exclude=people | outlets)
    if subject:
        questions.append(f"What happened with {subject}?")
    return list(dict.fromkeys(questions))[:count]


def welcome(index: Index, examples: list[str]) -> str:
    """Return the /start greeting: how many articles, the newest date, and an invitation that
    points at the example buttons only when there are some (an index quoting no one, its
    headlines naming nothing, has none)."""
    count = len(index.articles)
    dates = [info.date for info in index.articles.values() if info.date]
    newest = f", the newest from {max(dates)}" if dates else ""
    invitation = (
        "Ask me anything, for example:"
        if examples
        else "Ask me anything: a few words about an event, or “What did <name> say?”."
    )
    return (
        f"Hello! I answer questions about {counted(count, 'news article')}"
        f"{newest}, quoting the passages and their sources. {invitation}"
    )


def _words(text: str) -> set[str]:
    return {word.casefold() for word in text.split()}


def _subject(texts: list[str], exclude: set[str]) -> str | None:
    """Return the name most of `texts` mention (counted once per text), not one of `exclude`.

    A name is a run of capitalised words. The first word of a text counts only if it is
    capitalised elsewhere too (headlines and sentences start with a capital whatever the word).
    """
    counts: Counter[str] = Counter()
    inside: set[str] = set()
    for text in texts:
        found = {m.group() for m in _NAME.finditer(text) if m.start() > 0}
        inside |= found
        first = _NAME.match(text.strip())
        counts.update(found | ({first.group()} if first else set()))
    for name, _ in counts.most_common():
        words = _words(name)
        # "Russian" is an adjective, not something to ask about
        usable = name in inside and not words & exclude and not words <= STOP_WORDS
        if usable and not _DEMONYM.search(name):
            return name
    return None


def stats_text(index: Index, age: str) -> str:
    """Return the /stats reply: articles, passages, quotes, index age."""
    return (
        f"Articles: {len(index.articles)}\nPassages: {index.passage_count}\n"
        f"Quotes: {index.quote_count}\n"
        f"Index {index.generation}, built {age}"  # "built 27 s ago (...) (generation ...)"
    )
