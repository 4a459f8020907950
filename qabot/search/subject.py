"""Subject: the names a question asks about, and whether a passage mentions them.

BM25 counts words wherever they stand, so "Taylor Swift" found Matthew Taylor taking "swift
and efficient action", "Steve Jobs" found Steve Brookstein, and "how much profit did Vodafone
make" put a builder's profit first. A name the question writes with capitals (a run of such
words, "Bank of England" with its "of") is mentioned by a passage only as a name: a single
word written with a capital there too ("Swift", not "swift"), a name of several words as those
words side by side ("Taylor Swift"), or by its last word with a capital ("Mr Jobs") in an
article that writes the whole name nearby (its title or another passage found). Words of a
name a passage does not mention count for nothing in its relevance, and a passage must
mention the question's subject to be shown at all: every name that is not an everyday word of
the archive, else the question's rarest word when it carries half its weight ("bitcoin" in
"bitcoin price"). A run of capitalised words the candidates never write side by side is read
as several names ("Blair Brown", "Manchester United Chelsea"; "Taylor Swift" then needs a
passage naming both). Side by side words typed in lower case that the candidates mostly write
as a name ("world cup": "World Cup") are a name too, but a guess: a passage mentions them only
as that name, and when none does the question is read without them.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from qabot.engines import ScoredPassages
from qabot.indexing import Index, QuotedNames
from qabot.records import Passage
from qabot.search.question_names import (
    Name,
    closes_a_name,
    mostly_capitalised,
    name_runs,
    split_run,
    without_outlets,
    written_as_names,
    written_in,
)
from qabot.search.spelling import word_terms
from qabot.text import tokenize
from qabot.text.patterns import lazy

# a name weighing less than this share of the archive's rarest word (one passage holds it)
# is an everyday word there ("UK", "BBC": about 1 passage in 20 of the BBC archive): it still
# counts only as a name, but need not be in every passage shown
COMMON_SHARE = 0.35


def everyday_weight(passages: int) -> float:
    """Return the weight under which a term is an everyday word of an archive of `passages`:
    COMMON_SHARE of the weight of its rarest word (Lucene's idf of a term one passage holds)."""
    return COMMON_SHARE * math.log(1.0 + (max(passages, 1) - 0.5) / 1.5)


SAMPLE = 30  # a question's names are split as this many of its first candidates write them
KEY_SHARE = 0.5  # with no name, the rarest word must be held when it weighs this much
_WORD = lazy(r"[^\W_][\w'’.&-]*")


@dataclass(frozen=True, slots=True)
class Subject:
    """What passages must mention to answer a question (nothing: every passage may)."""

    names: tuple[Name, ...] = ()
    required: tuple[Name, ...] = ()  # names (or the rarest word) every shown passage holds
    key_term: str | None = None  # the rarest word, required when the question has no name
    with_full: frozenset[tuple[str, str]] = field(default_factory=frozenset)  # (article, run)
    loose: tuple[Name, ...] = ()  # names typed in lower case (also in `names`; never required)

    def __bool__(self) -> bool:
        return bool(self.names or self.key_term)

    def firm(self) -> bool:
        """Return whether passages must mention a name typed with capitals or a quoted
        person's, or the key word: then what they say of it may be asked (names typed in lower
        case are a guess)."""
        return bool(self.key_term) or any(name not in self.loose for name in self.required)

    def without_loose(self) -> Subject:
        """Return the subject without the names typed in lower case: when no passage mentions
        them, they were no names."""
        return replace(
            self,
            names=tuple(name for name in self.names if name not in self.loose),
            required=tuple(name for name in self.required if name not in self.loose),
            loose=(),
        )

    def unmentioned(
        self, passage: Passage, title: str, held: frozenset[str] | None = None
    ) -> frozenset[str]:
        """Return the terms of the names the passage (with its article's title) does not
        mention: they count for nothing in its relevance. `held`: the question terms the
        passage and title hold, when known (a name none of whose terms it holds is no
        mention, without reading its text)."""
        return frozenset(
            term
            for name in self.names
            if (held is not None and held.isdisjoint(name.terms))
            or not self._mentions(name, passage, title)
            for term in name.terms
        )

    def mentioned_terms(self, unmentioned: frozenset[str], held: frozenset[str]) -> frozenset[str]:
        """Return the terms of the names a passage holding `held` mentions (none of their
        terms `unmentioned`) that it does not hold: "carlo" of "Mr Ghosn", written where its
        article names Carlos Ghosn. The name counts whole, as the mention it is."""
        return (
            frozenset(
                term
                for name in self.names
                if len(name.terms) > 1 and unmentioned.isdisjoint(name.terms)
                for term in name.terms
            )
            - held
        )

    def terms(self) -> tuple[str, ...]:
        """Return the terms of every name and of the key word: what the question is about,
        not what it asks of it."""
        terms = [term for name in self.names if name not in self.loose for term in name.terms]
        if self.key_term is not None:
            terms.append(self.key_term)
        return tuple(dict.fromkeys(terms))

    def firm_names(self) -> tuple[tuple[str, ...], ...]:
        """Return the terms of each name every shown passage mentions, but those typed in
        lower case (a guess)."""
        return tuple(name.terms for name in self.required if name not in self.loose)

    def needed(self) -> tuple[str, ...]:
        """Return the terms every passage that may be shown holds."""
        terms = [term for name in self.required for term in name.terms]
        if self.key_term is not None:
            terms.append(self.key_term)
        return tuple(dict.fromkeys(terms))

    def satisfied(self, held: frozenset[str]) -> bool:
        """Return whether a passage whose mentioned question terms are `held` may be shown."""
        if self.key_term is not None and self.key_term not in held:
            return False
        return all(set(name.terms) <= held for name in self.required)

    def _mentions(self, name: Name, passage: Passage, title: str) -> bool:
        if len(name.terms) == 1:
            return name.capitalised_in(passage.text) or name.capitalised_in(title)
        if name.pattern.search(passage.text) or name.pattern.search(title):
            return True
        return (passage.article_id, name.typed) in self.with_full and (
            name.capitalised_in(passage.text) or name.capitalised_in(title)
        )

    def lacking(self) -> str:
        """Return what no passage mentioned, as typed: “Taylor Swift” (the question's run of
        names, also when the candidates never write its names together), several runs as
        “Robben”, “Drogba” and “Man City” together, or the rarest word."""
        if self.key_term is not None and not self.required:
            return f"“{self.key_term}”"
        runs = [f"“{run}”" for run in dict.fromkeys(name.run for name in self.required)]
        if len(runs) == 1:
            return runs[0]
        # several names, each perhaps in the archive: no passage holds them all
        return f"{', '.join(runs[:-1])} and {runs[-1]} together"


def read_subject(
    question: str,
    weights: Mapping[str, float],
    candidates: Sequence[tuple[Passage, str]],
    passages: int,
    given_names: frozenset[str] = frozenset(),
    runs: list[list[str]] | None = None,
    written: Sequence[list[str]] = (),
) -> Subject:
    """Return the subject of `question` given its term weights, the first candidates
    (passage, title) the engine found for it, the archive's number of passages and the words
    its people's names open with (`given_names`, case-folded); `runs` are its names when not
    read from its capitals (`name_runs`). `written` are names typed in lower case that the
    candidates write with capitals ("world cup"): a passage mentions them only as names, but
    none need be mentioned, and they ask nothing of the passages (`Subject.firm`)."""
    runs = name_runs(question) if runs is None else runs
    texts = [(passage, [passage.text, title]) for passage, title in candidates]
    names: list[Name] = []
    for run in runs:
        for part in split_run(run, texts, given_names):
            if tokenize(" ".join(part)):
                names.append(Name.of(" ".join(part), " ".join(run)))
    typed = _typed_subject(names, weights, texts, passages)
    if not written:
        return typed
    loose = tuple(Name.of(" ".join(run), " ".join(run)) for run in written)
    return replace(
        typed,
        names=typed.names + loose,
        required=typed.required + loose,
        with_full=typed.with_full | _with_full(loose, texts),
        loose=loose,
    )


def _typed_subject(
    names: list[Name],
    weights: Mapping[str, float],
    texts: Sequence[tuple[Passage, list[str]]],
    passages: int,
) -> Subject:
    """Return the subject of the question's names typed with capitals or quoted people's
    (`names`), else of its key word."""
    if not names:
        positive = {term: weight for term, weight in weights.items() if weight > 0}
        total = sum(positive.values())
        if len(positive) >= 2 and total > 0:
            rarest = max(positive, key=lambda term: positive[term])
            if positive[rarest] >= KEY_SHARE * total:
                return Subject(key_term=rarest)
        return Subject()
    common = everyday_weight(passages)
    required = tuple(
        name
        for name in names
        if sum(weights.get(term, 0.0) for term in name.terms) >= common
        or all(term not in weights for term in name.terms)
    )
    if not required:
        required = (max(names, key=lambda n: sum(weights.get(t, 0.0) for t in n.terms)),)
    return Subject(names=tuple(names), required=required, with_full=_with_full(names, texts))


def _with_full(
    names: Sequence[Name], texts: Sequence[tuple[Passage, list[str]]]
) -> frozenset[tuple[str, str]]:
    """Return (article, name) for each name of several words a candidate writes whole."""
    return frozenset(
        (passage.article_id, name.typed)
        for name in names
        if len(name.terms) > 1
        for passage, written in texts
        if any(name.pattern.search(text) for text in written)
    )


def subject_of(
    index: Index, question: str, weights: dict[str, float], candidates: ScoredPassages
) -> Subject:
    """Return the question's subject, its names split as the first candidates write them.

    A question typed without capitals ("jamie oliver school dinners") has names too: two words
    that are the first and last names of someone quoted, or a given name (see `QuotedNames`)
    before a word the candidates mostly write with a capital ("Oliver"); and where no name is
    typed with capitals, side by side words the candidates mostly write as a name ("world cup":
    `written_as_names`), held as `Subject.loose`."""
    runs = name_runs(question)
    lower = not any(map(str.isupper, question))
    people = index.quoted_names if lower or any(len(run) > 1 for run in runs) else None
    pairs: list[tuple[str, str]] = []
    words: list[str] = []
    if lower and people is not None:
        words = [word for word in _WORD.findall(question) if word_terms(word)]
        pairs = [
            (a, b)
            for a, b in itertools.pairwise(words)
            if f"{a} {b}".casefold() in people.full or a.casefold() in people.given
        ]
    typed = [] if runs else _WORD.findall(question)  # no name typed with capitals
    sample = _sample(index, candidates) if runs or pairs else []
    if runs and not lower:  # "mark Oaten": a first name typed in lower case opens the name
        runs = _with_lower_case_openings(question, runs, index.quoted_names, sample)
    if pairs and people is not None:
        runs = []
        for a, b in pairs:
            if runs and runs[-1][-1] == a:
                continue  # "frank lampard frank": the first two are the name
            # a given name is also a word ("new" of two quoted New Zealanders): it opens a
            # name only where the candidates write it, as the next word, with a capital
            if f"{a} {b}".casefold() in people.full or (
                mostly_capitalised(b, sample)
                and mostly_capitalised(a, sample, unseen=True)
                and not closes_a_name(words, a, sample)
            ):
                runs.append([a, b])
    written: list[list[str]] = []
    if typed:  # "world cup": a name the candidates write "World Cup", typed in lower case
        taken = {word.casefold() for run in runs for word in run}
        found = (
            written_as_names(typed, sample)
            if sample
            else written_in(typed, _joined_sample(index, candidates))
            if _may_write_as_name(index, typed)
            else []
        )
        written = [run for run in found if not taken & {word.casefold() for word in run}]
        if written and not sample:
            sample = _sample(index, candidates)
    given = people.given if people is not None else frozenset()
    if runs:
        # "Gothamist Bronx council race": an outlet's name is where the words were written,
        # seldom in them; it stays a word of the question, but no name a passage must hold
        outlets = [outlet.name.casefold().split() for outlet in index.outlets]
        runs = [part for run in runs for part in without_outlets(run, outlets)]
    return read_subject(question, weights, sample, len(index.engine), given, runs, written)


def _with_lower_case_openings(
    question: str,
    runs: list[list[str]],
    people: QuotedNames,
    sample: Sequence[tuple[Passage, str]],
) -> list[list[str]]:
    """Return `runs` with the word typed in lower case before one's first word joined to it
    when the two are the first and last names of someone quoted ("mark Oaten"), or the word
    opens the names of several and the candidates write it with a capital ("andy Murray"), as
    `subject_of` reads two such words typed in lower case: a reader's capitals are not always
    where a name's are. (Not any two words the candidates write as a name: "newcastle Falcons"
    would then have to be written whole, where "Newcastle ... the Falcons" answers.)"""
    words = _WORD.findall(question)
    joined = []
    at = 0
    for run in runs:
        while at < len(words) and words[at : at + len(run)] != run:
            at += 1
        before = words[at - 1] if 0 < at < len(words) else ""
        named = before.islower() and (
            f"{before} {run[0]}".casefold() in people.full
            or (
                before in people.given
                and mostly_capitalised(before, sample, unseen=True)
                and not closes_a_name(words, before, sample)
            )
        )
        joined.append([before, *run] if named else run)
        at += len(run)
    return joined


def _may_write_as_name(index: Index, words: Sequence[str]) -> bool:
    """Return whether some passage may write two side by side words of `words` as a name
    (`Engine.may_write_as_name`): `written_in` finds none otherwise, and the candidates' texts
    need not be read (most questions: few pairs of their words are written so anywhere)."""
    return any(
        a[0].isalpha()
        and b[0].isalpha()
        and word_terms(a)
        and word_terms(b)  # the pairs `written_in` looks at
        and index.engine.may_write_as_name(
            *(w.removesuffix("'s").removesuffix("’s") for w in (a, b))
        )
        for a, b in itertools.pairwise(words)
    )


def _sample(index: Index, candidates: ScoredPassages) -> list[tuple[Passage, str]]:
    """Return the first SAMPLE candidates and the titles of their articles."""
    articles = index.articles
    sample = []
    for i in range(min(len(candidates), SAMPLE)):
        passage = candidates.passage(i)
        info = articles.get(passage.article_id)
        sample.append((passage, info.title if info else ""))
    return sample


def _joined_sample(index: Index, candidates: ScoredPassages) -> str:
    """Return `joined_texts` of `_sample`, read without making the candidates passages (most
    are never shown: making one costs about what reading it does)."""
    articles = index.articles
    texts: list[str] = []
    for i in range(min(len(candidates), SAMPLE)):
        info = articles.get(candidates.span(i)[0])
        texts += (candidates.text(i), info.title if info else "")
    return "\0".join(texts)
