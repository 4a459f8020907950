"""Unasked: passages that mention what a question is about, with nothing of what it asks.

"how tall is Tony Blair" finds his speeches, and "what is the capital of France" a "capital
Buenos Aires" a few sentences from "France": no sentence of them holds the subject with a word
asked of it, nor does any other passage of their articles, so they say nothing of what is
asked. The subject is the question's names (`qabot.search.subject`); in a question typed in
lower case it is also the words the passages shown write as names ("mervyn king" for Mervyn
King), and when no passage shown names all of them ("taylor swift" over a Mr Taylor and a rap
act called Swift) none is about it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Mapping, Sequence

from qabot.engines import PassageFilter
from qabot.indexing import Index
from qabot.records import Passage
from qabot.search.duplicates import held_terms
from qabot.search.question_names import phrase
from qabot.search.recency import NEWS_WORDS
from qabot.search.retrieval import Hit
from qabot.search.selection import article_title_terms
from qabot.search.spelling import word_terms
from qabot.search.wording import echo, listed
from qabot.text import sentence_spans, tokenize

UNASKED = "no sentence about"  # 'no sentence about “tony blair” has “tall”'
UNNAMED = "no passage names"  # 'no passage names “taylor swift”'
# ... when it asks something ("how", "where", "is", ...): a topic's words are looser
_ASKS = re.compile(
    r"\s*(?:what|what's|who|who's|whom|whose|when|where|which|why|how|is|are|was|were|do|"
    r"does|did|can|could|will|would|has|have|had|should)\b",
    re.IGNORECASE,
)
NEAR_READ = 50  # passages of their articles holding an asked word read for the subject's words
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_OPENING = re.compile(r"(?:^|[.!?:;]\s+|[\"“‘(]\s*|\n\s*)$")


def written_names(words: str, passages: Sequence[Passage]) -> dict[str, list[frozenset[str]]]:
    """Return the words of a question typed in lower case that one of `passages` writes as a
    name (with a capital, where no sentence opens), each with its terms for each of
    `passages` that writes it so (an empty set for the others, in order)."""
    if not words.islower():
        return {}
    names: dict[str, list[frozenset[str]]] = {}
    for word in dict.fromkeys(_WORD.findall(words)):
        terms = frozenset(word_terms(word))
        if not terms or terms & NEWS_WORDS:
            continue
        bare = word.removesuffix("'s").removesuffix("’s")
        pattern = re.compile(rf"(?<![\w'’]){re.escape(bare)}(?![\w])", re.IGNORECASE)
        naming = [
            terms if _as_name(pattern, passage.text) else frozenset() for passage in passages
        ]
        if any(naming):
            names[word] = naming
    return names


def named_apart(
    words: str, names: Mapping[str, list[frozenset[str]]], passages: Sequence[Passage]
) -> str | None:
    """Return why no passage is about a name of two words typed in lower case ("taylor
    swift": two words side by side that `passages` write as names, `names` of
    `written_names`) when none of `passages` writes both as names nor them side by side, else
    None."""
    for a, b in itertools.pairwise(_WORD.findall(words)):
        if a not in names or b not in names or f"{a} {b}" not in words:
            continue
        if any(names[a][i] and names[b][i] for i in range(len(passages))):
            continue
        if not any(phrase([a, b]).search(passage.text) for passage in passages):
            return f"{UNNAMED} “{echo(f'{a} {b}')}”"
    return None


def _as_name(pattern: re.Pattern[str], text: str) -> bool:
    """Return whether `text` writes what `pattern` finds with a capital where no sentence,
    quote or line opens ("Swift and Obie Trice", not "swift and efficient")."""
    return any(
        found.group()[0].isupper()
        and not _OPENING.search(text[max(0, found.start() - 3) : found.start()])
        for found in pattern.finditer(text)
    )


def unasked(
    index: Index,
    words: str,
    hits: Sequence[Hit],
    named: Collection[str],
    weights: Mapping[str, float],
) -> str | None:
    """Return what the best passages (`hits`) lack when they mention the question's subject
    (its terms `named`) but no sentence of theirs holds it with another word of the question
    (news words aside: "what happened to X" asks nothing of X), nor does any other passage of
    their articles: 'no sentence about “tony blair” has “tall”', else None."""
    if not _ASKS.match(words):
        return None  # a topic ("steve jobs keynote") may be met in other words ("speech")
    named = set(named)
    asked = {term for term in weights if term not in named and term not in NEWS_WORDS}
    if not asked or not named & weights.keys():
        return None
    # a given name alone ("Charles" of "Charles Kennedy") is someone else as often as not
    given = index.quoted_names.given
    first = {
        t for word in _WORD.findall(words) if word.casefold() in given for t in word_terms(word)
    }
    telling = named - first or named
    for hit in hits:
        title = set(article_title_terms(hit.passage, hit.article.title))
        if title & asked or _together(hit.passage, telling, asked, about=bool(title & telling)):
            return None
    shown = {hit.passage.id for hit in hits}
    articles = frozenset(hit.passage.article_id for hit in hits)
    others = index.engine.search_scored(sorted(asked), NEAR_READ, PassageFilter(articles=articles))
    for i in range(len(others)):
        passage = others.passage(i)
        if passage.id not in shown and held_terms(passage, telling):
            return None  # another passage of their articles has both: it may well say
    about: list[str] = []
    lacks: list[str] = []
    for word in _WORD.findall(words):
        terms = set(word_terms(word))
        if terms & asked:
            lacks.append(word)
        elif terms & named:
            about.append(word)
    return f"{UNASKED} “{echo(' '.join(about))}” has {listed(lacks, 'or')}"


def _together(passage: Passage, named: set[str], asked: set[str], *, about: bool) -> bool:
    """Return whether one sentence of `passage` holds a word of the subject (`named`; any
    sentence when the article's title is `about` it) and a word asked of it."""
    return any((about or terms & named) and terms & asked for terms in sentences(passage))


def sentences(passage: Passage) -> list[set[str]]:
    """Return the analysed terms of each sentence of `passage` (as stored, else read now)."""
    if passage.sentence_terms and len(passage.sentence_terms) == len(passage.sentence_ends):
        return [set(terms.split()) for terms in passage.sentence_terms]
    return [set(tokenize(passage.text[a:b])) for a, b in spans(passage)]


def spans(passage: Passage) -> list[tuple[int, int]]:
    """Return the spans of the sentences of `passage` (as stored, else found now)."""
    return passage.sentence_spans() if passage.sentence_ends else sentence_spans(passage.text)
