"""Subject: the names a question asks about, and whether a passage mentions them.

BM25 counts words wherever they stand, so "Taylor Swift" found Matthew Taylor taking "swift
and efficient action", "Steve Jobs" found Steve Brookstein, and "how much profit did Vodafone
make" put a builder's profit first. A name the question writes with capitals (a run of such
words, "Bank of England" with its "of") is mentioned by a passage only as a name: a single
word written with a capital there too ("Swift", not "swift"), a name of several words as those
words side by side ("Taylor Swift"), or by its last word with a capital ("Mr Jobs") in an
article that writes the whole name nearby (its title or another passage found); and by any
passage of a story whose first sentence writes it (a story names its subject there and goes on
without naming it: "... of the Australian Open", then "Nieminen pulled out"). Words of a
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

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from qabot.records import Passage
from qabot.search.country_adjectives import name_adjective, nationality
from qabot.search.name_patterns import one_word
from qabot.search.question_names import Name, name_runs, split_run
from qabot.text import listed, tokenize

# a name weighing less than this share of the archive's rarest word (one passage holds it)
# is an everyday word there ("UK", "BBC": about 1 passage in 20 of the BBC archive): it still
# counts only as a name, but need not be in every passage shown
COMMON_SHARE = 0.35


def everyday_weight(passages: int) -> float:
    """Return the weight under which a term is an everyday word of an archive of `passages`:
    COMMON_SHARE of the weight of its rarest word (Lucene's idf of a term one passage holds)."""
    return COMMON_SHARE * math.log(1.0 + (max(passages, 1) - 0.5) / 1.5)


KEY_SHARE = 0.5  # with no name, the rarest word must be held when it weighs this much


@dataclass(frozen=True, slots=True)
class Subject:
    """What passages must mention to answer a question (nothing: every passage may)."""

    names: tuple[Name, ...] = ()
    required: tuple[Name, ...] = ()  # names (or the rarest word) every shown passage holds
    key_term: str | None = None  # the rarest word, required when the question has no name
    with_full: frozenset[tuple[str, str]] = field(default_factory=frozenset)  # (article, run)
    loose: tuple[Name, ...] = ()  # names typed in lower case (also in `names`; never required)
    # the first sentence of an article (by its id), when known: a story names what it is about
    # there and goes on without naming it ("... the Australian Open", then "Nieminen pulled out")
    opening: Callable[[str], str] | None = field(default=None, compare=False, repr=False)

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
            if (
                held is not None
                and held.isdisjoint(name.terms)
                and name_adjective(name) is None  # "French" holds no term of "France"
            )
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
                if (len(name.terms) > 1 or name_adjective(name) is not None)
                and unmentioned.isdisjoint(name.terms)
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

    def satisfied(self, held: frozenset[str], opened: frozenset[str] = frozenset()) -> bool:
        """Return whether a passage whose mentioned question terms are `held` may be shown;
        `opened`: the terms of the names its story's first sentence writes (`opened_terms`),
        which it mentions unwritten, though they count for nothing in its relevance."""
        if self.key_term is not None and self.key_term not in held:
            return False
        return all(set(name.terms) <= held | opened for name in self.required)

    def _mentions(self, name: Name, passage: Passage, title: str) -> bool:
        if len(name.terms) == 1:
            adjective = name_adjective(name)
            if adjective is not None and (
                adjective.search(passage.text) or adjective.search(title)
            ):
                return True  # "France" of "the French government"
            return name.capitalised_in(passage.text) or name.capitalised_in(title)
        if name.pattern.search(passage.text) or name.pattern.search(title):
            return True
        return (passage.article_id, name.typed) in self.with_full and (
            name.capitalised_in(passage.text) or name.capitalised_in(title)
        )

    def opened_terms(self, passage: Passage) -> frozenset[str]:
        """Return the terms of the names the first sentence of the passage's story writes
        (none for that sentence's own passage): the story is about them, though this passage
        of it does not name them again."""
        if passage.position == 0:
            return frozenset()
        return frozenset(term for name in self._opened(passage.article_id) for term in name.terms)

    def _opened(self, article_id: str) -> list[Name]:
        if self.opening is None:
            return []
        first = self.opening(article_id)
        return [
            name
            for name in self.names
            if (name.capitalised_in(first) if len(name.terms) == 1 else name.pattern.search(first))
        ]

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
        return f"{listed(runs, 'and')} together"


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
        parts = split_run(run, texts, given_names)
        # "Norwegian Napster.no": a nationality before it leaves one word typed as a name
        alone = sum(not (len(part) == 1 and nationality(part[0])) for part in parts) == 1
        for part in parts:
            if len(part) == 1 and nationality(part[0]):
                continue  # "Japanese", "Welsh": capitalised as adjectives, and no name
            if not tokenize(" ".join(part)):
                continue
            name = Name.of(" ".join(part), " ".join(run))
            if len(part) == 1 and alone and _only_in_lower_case(name, texts):
                continue  # "the Franc" where the articles write "the franc": a word
            names.append(name)
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


def _only_in_lower_case(name: Name, texts: Sequence[tuple[Passage, list[str]]]) -> bool:
    """Return whether the candidates write the word `name` is (`one_word`) and never with a
    capital: a reader's capital on a word the articles write as a word, not a name."""
    asked = name.typed.split()[-1]
    written = [
        found
        for _, both in texts
        for text in both
        for found in name.last.findall(text)
        if one_word(asked, found)
    ]
    return bool(written) and not any(
        found[0].isupper() or found[1:2].isupper() for found in written
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
        total = math.fsum(positive.values())
        if len(positive) >= 2 and total > 0:
            rarest = max(positive, key=lambda term: positive[term])
            if positive[rarest] >= KEY_SHARE * total:
                return Subject(key_term=rarest)
        return Subject()
    common = everyday_weight(passages)
    required = tuple(
        name
        for name in names
        if math.fsum(weights.get(term, 0.0) for term in name.terms) >= common
        or all(term not in weights for term in name.terms)
    )
    if not required:
        required = (max(names, key=lambda n: math.fsum(weights.get(t, 0.0) for t in n.terms)),)
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
