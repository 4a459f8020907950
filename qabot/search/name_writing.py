"""Name writing: how the archive and the first candidates write a question's words, with a
capital or without, side by side or apart: what tells a name typed in lower case ("world cup",
"da vinci code") or a word the archive writes as a name ("iPod") from an everyday word.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from qabot.indexing import Index
from qabot.records import Passage
from qabot.search.name_patterns import may_adjoin, phrase
from qabot.text import lowered, may_contain, tokenize
from qabot.text.patterns import lazy

# where a capital says nothing of a name: the start of a text, a sentence or a quote
_OPENING = lazy(r"(?:^|[.!?:;]\s+|[\"“‘(]\s*|\n\s*)$")
NAME_SAMPLE = 20  # passages read to tell a word of a name from a common word


def mostly_capitalised(
    word: str,
    sample: Sequence[tuple[Passage, str]],
    unseen: bool = False,
    *,
    openings: bool = True,
    inner: bool = False,
    alone: bool = False,
) -> bool:
    """Return whether the candidates write `word` with a capital more often than without;
    `unseen` when they never write it as typed. Without `openings`, a capital where a text,
    sentence or quote opens says nothing ("Critics say ..." opens many a sentence). With
    `inner`, a capital inside the word counts too ("iPod", "eBay"). With `alone`, only where
    it stands as a name of its own: not where a text, sentence or quote opens (in either
    case), nor after a capitalised word whose name it ends ("Fenmoor Police": that force's
    name, while "police" alone is a word); after "the" it counts ("The Kremlin said")."""
    if not may_contain(lowered("\0".join(passage.text for passage, _ in sample)), word):
        return unseen  # no candidate holds it in any case: no pattern to make
    before = r"(?P<before>\w+\s+)?" if alone else ""
    pattern = re.compile(rf"(?<!\w){before}(?P<word>{re.escape(word)})(?!\w)", re.IGNORECASE)
    capital = lower = 0
    for passage, _ in sample:
        text = passage.text
        for found in pattern.finditer(text):
            written, at = found.group("word"), found.start("word")
            if alone:
                if not _stands_alone(text, at, found.group("before")):
                    continue
                if written[0].isupper():
                    capital += 1
                else:
                    lower += 1
            elif written.islower() if inner else written[0].islower():
                lower += 1
            elif inner and not any(map(str.isupper, written)):
                continue  # digits alone: neither
            elif openings or not _OPENING.search(text[max(0, at - 3) : at]):
                capital += 1
    return unseen if capital + lower == 0 else capital > lower


def _stands_alone(text: str, at: int, before: str | None) -> bool:
    """Return whether a word written at `at` stands as a name of its own (`mostly_capitalised`
    with `alone`): `before` is the word ahead of it, None where a word opens the match."""
    if before is None:
        return not _OPENING.search(text[max(0, at - 3) : at])
    return not before[0].isupper() or before.strip().casefold() == "the"


def best_passages(index: Index, word: str) -> list[tuple[Passage, str]]:
    """Return the NAME_SAMPLE passages that best match `word`, the sample a name is told by."""
    terms = tokenize(word)
    found = index.engine.search(terms, NAME_SAMPLE) if terms else []
    return [(passage, "") for passage, _ in found]


def mostly_a_name(
    index: Index,
    word: str,
    unseen: bool = False,
    *,
    openings: bool = True,
    inner: bool = False,
    alone: bool = False,
) -> bool:
    """Return whether the articles mostly write `word` with a capital (a name, not a word),
    judged on the passages that best match it; `unseen` when those never write it as typed
    (only other words of its stem: "inc" for "ince"); `openings`, `inner` and `alone` as
    `mostly_capitalised`."""
    sample = best_passages(index, word)
    return mostly_capitalised(word, sample, unseen, openings=openings, inner=inner, alone=alone)


def written_as_a_name(index: Index, word: str) -> bool:
    """Return whether the archive mostly writes `word` with a capital away from where a text,
    sentence or quote opens, a capital inside it counting ("iPod"): more than half the passages
    holding its term write it so, from two counts the index keeps (`Engine.capitalised`), no
    passage read. A word of several terms ("wi-fi") is judged as `mostly_a_name` judges it."""
    terms = tokenize(word)
    if len(terms) != 1:
        return bool(terms) and mostly_a_name(index, word, openings=False, inner=True)
    return term_capitalised(index, terms[0])


def term_capitalised(index: Index, term: str) -> bool:
    """Return whether more than half the passages holding `term` (analysed) write it with a
    capital away from an opening, from the index's two counts (`Engine.capitalised`)."""
    capital, holding = index.engine.capitalised(term)
    return 2 * capital > holding


def name_as_plural(index: Index, word: str) -> bool:
    """Return whether `word`, ending like a plural, is a name misspelt: the passages that best
    match it never write it as typed and mostly capitalise it without its "s" ("colins" where
    the articles write "Colin" and "Collins"; "officials" has its singular in lower case)."""
    sample = best_passages(index, word)
    pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
    if not sample or any(pattern.search(passage.text) for passage, _ in sample):
        return False
    return mostly_capitalised(word.removesuffix("s"), sample, openings=False)


def written_as_names(
    words: Sequence[str], sample: Sequence[tuple[Passage, str]]
) -> list[list[str]]:
    """Return the runs of side by side words of a question (`words`, all of them in order)
    that the candidates write side by side mostly with a capital on each: a name typed in
    lower case ("world cup" is the "World Cup", not the Davis Cup's "cup"; "da vinci code")."""
    return written_in(words, joined_texts(sample))


def written_in(words: Sequence[str], texts: str) -> list[list[str]]:
    """Return `written_as_names` of the candidates' texts and titles joined (`joined_texts`)."""
    runs: list[list[str]] = []
    lower = lowered(texts)
    for a, b in itertools.pairwise(words):
        if not (a[0].isalpha() and b[0].isalpha() and tokenize(a) and tokenize(b)):
            continue  # "2006", "the": no word of a name typed in lower case
        if not may_adjoin(lower, a, b) or not _capitals_together(a, b, texts):
            continue
        if runs and runs[-1][-1] == a:
            runs[-1].append(b)
        else:
            runs.append([a, b])
    return runs


def joined_texts(sample: Sequence[tuple[Passage, str]]) -> str:
    """Return the texts and titles of the candidates joined by NUL: searched at once, a
    `phrase` of question words (which hold no NUL) finds in them what it finds in each (no
    match holds a NUL, which is no space and no word character, as a text's start and end are
    neither), for one call instead of one per text."""
    return "\0".join(text for passage, title in sample for text in (passage.text, title))


def _capitals_together(a: str, b: str, texts: str) -> bool:
    """Return whether the candidates' texts (`joined_texts`) write `a` `b` side by side,
    mostly as "A B"."""
    capital = lower = 0
    for found in phrase([a, b]).finditer(texts):
        written = found.group().split()
        if written[0][0].isupper() and written[-1][0].isupper():
            capital += 1
        else:
            lower += 1
    return capital > lower


def closes_a_name(words: list[str], given: str, sample: Sequence[tuple[Passage, str]]) -> bool:
    """Return whether the word before `given` in the question and `given` are a name the
    candidates write side by side ("aston martin vantage": "Aston Martin"): the given name
    closes that name, and opens none."""
    at = words.index(given)
    if at == 0:
        return False
    pattern = phrase([words[at - 1], given])
    return any(found[0].isupper() for found in pattern.findall(joined_texts(sample)))


def closes_names(word: str, sample: Sequence[tuple[Passage, str]]) -> bool:
    """Return whether the candidates write `word` with a capital closing names that open with
    several other words ("Cup" of "World Cup", "Davis Cup", "League Cup"): a common last
    word of names, which a word before it picks among; a word closing one name only ("Falcons"
    of "Newcastle Falcons", often "the Falcons" alone) is a name by itself."""
    pattern = re.compile(rf"(?<!\w)((?-i:[A-Z])[\w'’-]*)\s+{re.escape(word)}(?!\w)", re.IGNORECASE)
    openers = {
        found.group(1).casefold()
        for passage, title in sample
        for text in (passage.text, title)
        for found in pattern.finditer(text)
        if found.group()[len(found.group()) - len(word)].isupper() and tokenize(found.group(1))
    }  # ("The Falcons" opening a sentence names no other)
    return len(openers) >= 2


def capitals_together(a: str, b: str, sample: Sequence[tuple[Passage, str]]) -> bool:
    """Return whether the candidates write `a` `b` side by side, mostly as "A B"."""
    return _capitals_together(a, b, joined_texts(sample))
