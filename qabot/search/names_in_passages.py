"""Names in passages: whether and how the passages write a name asked about.

A misspelt speaker (`qabot.search.misspelt_names`) is read as someone else only when no passage
writes the name as asked, as a name; and a name of two words or more typed a letter off may be
the one name the passages holding its words write close to it ("ridley scot": Ridley Scott).
Unknown speakers (`qabot.search.unknown_speakers`) ask the same of a name nobody is quoted as.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache, partial

from qabot.attribution.speaker_words import fold_name
from qabot.indexing import Index
from qabot.search.letter_off import letter_off
from qabot.text import may_contain_all, tokenize, unjoined_matches
from qabot.text.lexicon import strip_title
from qabot.text.patterns import lazy

NAME_PASSAGES = 20  # passages read to see whether the name asked is written anywhere
_TITLED = lazy(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+$")  # "said Mr " before a surname


def quoted_as(index: Index, close: str | None) -> str | None:
    """Return the one person quoted under the name `close` (a name `written_close` found),
    else None: someone the articles only name is not them."""
    quoted = index.speakers.resolve(close) if close else []
    if close and len(quoted) == 1 and fold_name(quoted[0]) == fold_name(close):
        return quoted[0]
    return None


def written_as_name(index: Index, name: str) -> bool:
    """Return whether a passage writes `name` as a name (with a capital): someone never
    quoted is meant, not a misspelt someone else."""
    # the first passage writing it tells: the rest are not read (most names asked are written)
    return next(writing_articles(index, name), None) is not None


def articles_writing(index: Index, name: str) -> dict[str, bool]:
    """Return the articles whose passages write `name` as a name (`written_as_name`), each with
    whether a title opens it there ("Mr Barot": a person's surname); a name of no words is
    taken as written (by an unknown article, "")."""
    articles: dict[str, bool] = {}
    for article, titled in writing_articles(index, name):
        articles[article] = articles.get(article, False) or titled()
    return articles


def writing_articles(index: Index, name: str) -> Iterator[tuple[str, Callable[[], bool]]]:
    """Yield the article of each passage writing `name` as a name (`articles_writing`), best
    first, with whether a title opens it there, told when asked; ("", False) for a name of no
    words. Each passage is read only when the next is asked for."""
    bare = strip_title(name)
    terms = tokenize(bare)
    if not terms:
        yield "", _untitled
        return
    pattern = re.compile(r"\s+".join(map(re.escape, bare.split())) + r"(?![\w-])", re.IGNORECASE)
    # only each text is read, not made a passage (which costs about as much again)
    found = index.engine.search_scored(terms, NAME_PASSAGES)
    words = bare.split()
    for i in range(len(found)):
        text = found.text(i)
        if not may_contain_all(text, words):
            continue
        # as if "(?<![\w-])" opened the pattern
        named = [m for m in unjoined_matches(pattern, text) if m[0][0].isupper()]
        if named:
            yield found.span(i)[0], partial(_titled, text, named)


def _titled(text: str, named: list[re.Match[str]]) -> bool:
    """Return whether a title opens one of the names `named` in `text` ("said Mr Barot")."""
    return any(_TITLED.search(text, 0, m.start()) for m in named)


def _untitled() -> bool:
    return False


def written_close(index: Index, name: str) -> str | None:
    """Return the one name of as many words the passages holding `name`'s words write, each
    word the same as asked or one letter off it (the first letter kept), when there is exactly
    one: "ridley scot" is the Ridley Scott an article names. A name of one word is only the same
    but for its accents ("velazquez" is the Velázquez an article names)."""
    asked = name.casefold().split()
    if not asked or not all(w.isalpha() for w in asked):
        return None
    one = len(asked) == 1  # one word: too many words are a letter off it

    def alike(typed: str, written: str) -> bool:
        return fold_name(written) == typed if one else letter_off(typed, fold_name(written))

    found = {
        written
        for passage, _ in index.engine.search(tokenize(name), NAME_PASSAGES)
        for written in capitalised_runs(passage.text, len(asked))
        if all(alike(a, w) for a, w in zip(asked, written.split(), strict=True))
    }
    found = {w for w in found if w.casefold().split() != asked}
    return found.pop() if len(found) == 1 else None


def capitalised_runs(text: str, words: int) -> set[str]:
    """Return each run of `words` capitalised words of any alphabet `text` writes ("Velázquez",
    as "velazquez" is typed), each word a whole one of two letters or more, spaced once."""
    return {
        " ".join(run.split())
        for run in _runs(words).findall(text)
        if all(w[:1].isupper() and w[1:].islower() for w in run.split())
    }


@lru_cache(maxsize=8)
def _runs(words: int) -> re.Pattern[str]:
    # a word opening with an ASCII lower-case letter is no capitalised one: leaving it out of
    # the pattern spares testing every run of words a text holds, not only runs of capitals
    # (twenty passages of ~130 words: ~2,700 runs a call, ~27 ms)
    word = r"[^\W\d_a-z][^\W\d_]+"
    return re.compile(r"(?=\b(" + r"\s+".join([word] * words) + r")\b)")
