"""Focus: what a question asks of its subject, and whether the passages shown give it.

A passage can mention all a question is about and still not answer it. Three rules, each
saying why nothing answers rather than showing filler:
- no sentence of the best passages holds the subject with a word asked of it ("how tall is
  Tony Blair" over his speeches), nor does another passage of their articles;
- a question asking for a date, a figure or an age ("how old is Jose Mourinho", "when did
  Kofi Annan become UN secretary general") over passages holding none: retrieval puts those
  that hold one first, among its best relevant ones, so none of those does either;
- a question naming the thing it asks for ("what is Arsene Wenger's salary", "how many
  employees ...") over passages not holding its word.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from qabot.engines import PassageFilter
from qabot.indexing import Index
from qabot.records import Passage
from qabot.search.duplicates import held_terms
from qabot.search.emphasis import answer_kinds
from qabot.search.recency import NEWS_WORDS
from qabot.search.retrieval import Ranked
from qabot.search.selection import article_title_terms
from qabot.search.spelling import word_terms
from qabot.search.wording import echo, listed
from qabot.text import sentence_spans, tokenize
from qabot.text.figures import DATE, MONEY

UNANSWERED = "Nothing in the articles answers"  # the lead of every answer these rules refuse
# a question whose best passages mention its subject ("Tony Blair") but no sentence of them
# holds it with a word asked of it ("how tall is tony blair"; "what is the capital of france"
# over a "capital Buenos Aires" a few sentences from "France"): they say nothing of what is
# asked, and the answer says so rather than show them ('no sentence about “tony blair” has
# “tall”')
UNASKED = "no sentence about"
# ... when it asks something ("how", "where", "is", ...): a topic's words are looser
_ASKS = re.compile(
    r"\s*(?:what|what's|who|who's|whom|whose|when|where|which|why|how|is|are|was|were|do|"
    r"does|did|can|could|will|would|has|have|had|should)\b",
    re.IGNORECASE,
)
NEAR_READ = 50  # passages of their articles holding an asked word read for the subject's words
NO_KIND = "no passage about it gives"  # ... an age, a date, a figure, an amount
LACKS_FOCUS = "the best passages do not have"  # ... the word naming the thing asked for
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")

# "how old is X": an age as news writes it ("the 34-year-old", "aged 56", "Prince Charles, 56,"),
# or when a thing was made ("built in 1889", "founded 50 years ago")
_ASKS_AGE = re.compile(r"^\s*how old\b", re.IGNORECASE)
AGE = re.compile(
    r"\b\d{1,3}-year-old\b|\baged? \d{1,3}\b|\bage of \d{1,3}\b|\b\d{1,3} years? (?:old|ago)\b"
    r"|[A-Za-z], \d{1,3},|\b(?:born|built|founded|opened|established|formed) in (?:1\d|20)\d\d\b",
    re.IGNORECASE,
)
_KIND_WORDS = {DATE: "a date", MONEY: "an amount"}


def asked_kind(question: str) -> tuple[re.Pattern[str], str] | None:
    """Return the pattern of the words that answer `question` and what they are called ("an
    age"), or None when it asks for no date, figure or age."""
    if _ASKS_AGE.match(question):
        return AGE, "an age"
    kinds = answer_kinds(question)
    if not kinds:
        return None
    # "how much": money answers best, but a figure ("12% more") answers too
    kind = kinds[-1]
    return kind, _KIND_WORDS.get(kind, "a figure")


def lacks_kind(question: str, passages: Sequence[Passage]) -> str | None:
    """Return what `question` asks for ("an age") when none of `passages` holds one, else
    None."""
    asked = asked_kind(question)
    if asked is None or not passages:
        return None
    pattern, called = asked
    if any(pattern.search(passage.text) for passage in passages):
        return None
    return called


# the thing a question asks for, named as a noun in its usual place: "how many <employees>
# does ...", "what is the <population> of ...", "what is Arsene Wenger's <salary>"
_AUX = (
    r"(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|of|for|in|at|on|"
    r"to|by|from|with|about|since)"
)
_FOCUS = (
    re.compile(rf"^\s*how many\s+((?:(?!{_AUX}\b)[\w'’-]+\s*){{1,3}})", re.IGNORECASE),
    re.compile(
        rf"^\s*(?:what|which)(?:'s|\s+(?:is|are|was|were))\s+(?:the\s+|a\s+|an\s+)?"
        rf"((?:(?!{_AUX}\b)[\w'’-]+\s*){{1,3}})\s+(?:of|for|in)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"^\s*(?:what|which)(?:'s|\s+(?:is|are|was|were))\s+[\w\s.-]+?['’]s\s+((?:[\w'’-]+\s*){1,3})$",
        re.IGNORECASE,
    ),
)


def focus_words(question: str) -> list[str]:
    """Return the words naming the thing `question` asks for ("salary" of "what is Arsene
    Wenger's salary"), or [] when it names none in a place read here."""
    text = question.strip().rstrip("?!. ")
    for pattern in _FOCUS:
        match = pattern.match(text)
        if match:
            return match.group(1).split()
    return []


def lacks_focus(question: str, passages: Sequence[Passage]) -> list[str]:
    """Return the words naming the thing `question` asks for (`focus_words`) that none of
    `passages` holds, as typed: [] when every one is held, or it names none."""
    words = focus_words(question)
    if not words or not passages:
        return []
    asked = {word: tokenize(word) for word in words}
    terms = {term for analysed in asked.values() for term in analysed}
    held = frozenset().union(*(held_terms(passage, terms) for passage in passages))
    return [word for word, analysed in asked.items() if analysed and not set(analysed) <= held]


def unanswered(
    index: Index, words: str, ranked: Ranked, weights: Mapping[str, float]
) -> str | None:
    """Return why the best passages of `ranked` for the question `words` (its term `weights`)
    do not answer it, or None when they may."""
    if not ranked.hits:
        return None
    why = unasked(index, words, ranked, weights) if ranked.subject else None
    if why:
        return why
    shown = [hit.passage for hit in ranked.hits]
    kind = lacks_kind(words, shown)
    if kind:
        return f"{NO_KIND} {kind}"
    unnamed = lacks_focus(words, shown)
    return f"{LACKS_FOCUS} {listed(unnamed, 'or')}" if unnamed else None


def unasked(index: Index, words: str, ranked: Ranked, weights: Mapping[str, float]) -> str | None:
    """Return what the best passages lack when they mention the question's subject but no
    sentence of theirs holds it with another word of the question (news words aside: "what
    happened to X" asks nothing of X), nor does any other passage of their articles:
    'no sentence about “tony blair” has “tall”', else None."""
    if not _ASKS.match(words):
        return None  # a topic ("steve jobs keynote") may be met in other words ("speech")
    named = set(ranked.subject_terms)
    asked = {term for term in weights if term not in named and term not in NEWS_WORDS}
    if not asked or not named & weights.keys():
        return None
    for hit in ranked.hits:
        title = set(article_title_terms(hit.passage, hit.article.title))
        if title & asked or _together(hit.passage, named, asked, about=bool(title & named)):
            return None
    shown = {hit.passage.id for hit in ranked.hits}
    articles = frozenset(hit.passage.article_id for hit in ranked.hits)
    others = index.engine.search_scored(sorted(asked), NEAR_READ, PassageFilter(articles=articles))
    for i in range(len(others)):
        passage = others.passage(i)
        if passage.id not in shown and held_terms(passage, named):
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
    if passage.sentence_terms:
        sentences = [set(terms.split()) for terms in passage.sentence_terms]
    else:
        sentences = [set(tokenize(passage.text[a:b])) for a, b in sentence_spans(passage.text)]
    return any((about or terms & named) and terms & asked for terms in sentences)
