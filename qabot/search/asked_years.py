"""Asked years: a year in a question names which edition of a thing it asks about.

"Who won the 2010 world cup?" over passages about the 2003 World Cup, "who won strictly come
dancing 2019" over passages about the show in other years: the passages share the words of the
thing, not the year, and answer another question. But an archive tells of the events of its
own time without writing their year ("the Davis Cup crown they won in Seville in November"
answers "who won the 2004 davis cup"): a year the archive mostly writes of (each mentioned by
OWN_SHARE as many passages as its most mentioned year) is its own, and may go unwritten. Any
other year asked must be in the passage, its article's title or its article's date. A year of
its own time goes unwritten only where nothing says which year a passage is of: passages that
each write other years and never the one asked ("barclays pre-tax profits 2005" over the 2003
and 2004 results) tell of those years (`of_other_years`), and so do passages whose stories
each write other years, never the one asked, though a passage shown writes none ("uk eu fraud
cases 2004" over a story of 2003's cases; `of_other_story_years`). A year searched as a word
(no article is dated in it) is told only in a sentence holding another word of the question
(`year_beside`): "Mr Ferguson took the helm at the company in 2003" is no share rise of 2003.
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Iterable, Sequence

from qabot.engines import PassageFilter
from qabot.indexing import Index
from qabot.records import ArticleInfo, Passage
from qabot.search.article_titles import article_title_terms
from qabot.search.duplicates import held_terms
from qabot.search.sentence_terms import sentences_with_terms
from qabot.text import tokenize
from qabot.text.patterns import lazy

YEAR = lazy(r"(?:1[89]|20)\d\d")
_WRITTEN_YEAR = lazy(r"(?<![\w$£€¥.,])(?:1[89]|20)\d\d(?![\w%])")  # not "£2005", "2005m"
ARTICLE_READ = 200  # passages holding a year read for the articles that mention it
OWN_SHARE = 0.5  # of the passages mentioning the archive's most mentioned year
_YEARS = [str(year) for year in range(1800, 2100)]
_own_kept: weakref.WeakKeyDictionary[Index, frozenset[str]] = weakref.WeakKeyDictionary()


def own_years(index: Index) -> frozenset[str]:
    """Return the years the archive mostly writes of (see the module docstring)."""
    kept = _own_kept.get(index)
    if kept is None:
        count = len(index.engine)
        mentions = {
            year: (count + 0.5) / math.expm1(weight) - 0.5  # idf's inverse: passages holding it
            for year, weight in index.engine.idf(_YEARS).items()
            if weight > 0
        }
        most = max(mentions.values(), default=0.0)
        kept = frozenset(year for year, n in mentions.items() if n >= OWN_SHARE * most)
        _own_kept[index] = kept
    return kept


def naming_years(index: Index, terms: Iterable[str]) -> frozenset[str]:
    """Return the years among `terms` that must be written where they are answered: those
    not of the archive's own time."""
    years = {term for term in terms if YEAR.fullmatch(term)}
    return frozenset(years - own_years(index)) if years else frozenset()


def holds_years(passage: Passage, article: ArticleInfo, years: frozenset[str]) -> bool:
    """Return whether the passage, its article's title or its article's date holds every one
    of `years`."""
    if not years:
        return True
    held = set(held_terms(passage, years)) | set(article_title_terms(passage, article.title))
    if article.date:
        held.add(article.date[:4])
    return years <= held


def articles_naming(index: Index, articles: Iterable[str], years: frozenset[str]) -> set[str]:
    """Return those of `articles` that mention every one of `years`: in a passage, their title
    or their date. A year asked of an event is written somewhere in the story of it, if not in
    every passage of it."""
    naming = set(articles)
    if not years or not naming:
        return naming
    where = PassageFilter(articles=frozenset(naming))
    for year in sorted(years):
        found = index.engine.search_scored([year], ARTICLE_READ, where)
        holding = {found.passage(i).article_id for i in range(len(found))}
        for article in naming - holding:
            info = index.articles.get(article)
            if info is not None and (
                (info.date or "")[:4] == year or year in tokenize(info.title)
            ):
                holding.add(article)
        naming &= holding
    return naming


def asked_own_years(index: Index, terms: Iterable[str]) -> frozenset[str]:
    """Return the years among `terms` of the archive's own time (`own_years`)."""
    years = {term for term in terms if YEAR.fullmatch(term)}
    return frozenset(years & own_years(index)) if years else frozenset()


def written_years(passage: Passage, article: ArticleInfo) -> frozenset[str]:
    """Return the years a passage, its article's title or its article's date write."""
    years = set(_WRITTEN_YEAR.findall(passage.text)) | set(_WRITTEN_YEAR.findall(article.title))
    if article.date:
        years.add(article.date[:4])
    return frozenset(years)


def of_other_years(
    years: frozenset[str], shown: Iterable[tuple[Passage, ArticleInfo]]
) -> set[str]:
    """Return the years the `shown` passages write when each writes some and none all of
    `years` (own years asked): they tell of those years, not of the one asked. Empty when one
    writes them, or writes no year (it may be of any year of the archive's time)."""
    written: set[str] = set()
    for passage, article in shown:
        held = written_years(passage, article)
        if not held or years <= held:
            return set()
        written |= held
    return written


def of_other_story_years(
    index: Index, years: frozenset[str], shown: Sequence[tuple[Passage, ArticleInfo]]
) -> set[str]:
    """Return the years the articles of the `shown` passages write (`of_other_years` read
    over whole stories) when each writes some and none all of `years`: a passage that writes
    no year is of its story's ("uk eu fraud cases 2004" over a story of 2003's cases, one
    passage of which writes the year). Empty when one does, or one writes no year at all."""
    written: set[str] = set()
    for passage, article in shown:
        told = set(written_years(passage, article))
        if years <= told:
            return set()
        for other in index.passages_of(passage.article_id):
            told |= written_years(other, article)
        if not told or years <= told:
            return set()
        written |= told
    return written


def year_beside(passage: Passage, year: str, words: str) -> bool:
    """Return whether a sentence of `passage` writes `year` (or a year of its range) beside
    another term of `words`
    (the question without it): "Mr Ferguson took the helm in 2003" tells nothing of "how much
    did tate & lyle shares rise in 2003"."""
    years = set(tokenize(year))  # one year, or a range's two ("1956 to 1957")
    asked = set(tokenize(words)) - years
    return any(
        not years.isdisjoint(terms) and not asked.isdisjoint(terms)
        for _, _, terms in sentences_with_terms(passage)
    )
