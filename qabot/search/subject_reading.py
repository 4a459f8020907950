"""Subject reading: a question's names as the first candidates write them (`subject_of`).

A reader's capitals are not always where a name's are: "jamie oliver school dinners" names
someone quoted, "mark Oaten" opens with a first name typed in lower case, "world cup" is
written "World Cup" by the passages. This module reads the typed question against the first
candidates and the archive's quoted names, and hands the runs it finds to `read_subject`.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import replace

from qabot.engines import ScoredPassages
from qabot.indexing import Index, QuotedNames
from qabot.records import Passage
from qabot.search.name_writing import (
    capitals_together,
    closes_a_name,
    closes_names,
    mostly_capitalised,
    written_as_names,
    written_in,
)
from qabot.search.question_names import NAME_WORD, name_runs, without_outlets
from qabot.search.spelling import word_terms
from qabot.search.subject import Subject, read_subject
from qabot.text import sentence_spans

SAMPLE = 30  # a question's names are split as this many of its first candidates write them


def subject_of(
    index: Index, question: str, weights: dict[str, float], candidates: ScoredPassages
) -> Subject:
    """Return the question's subject, its names split as the first candidates write them.

    A question typed without capitals ("jamie oliver school dinners") has names too: two words
    that are the first and last names of someone quoted, or a given name (see `QuotedNames`)
    before a word the candidates mostly write with a capital ("Oliver"); and where no name is
    typed with capitals, side by side words the candidates mostly write as a name ("world cup":
    `written_as_names`), held as `Subject.loose`."""
    runs = [part for run in name_runs(question) for part in owner_apart(run)]
    lower = not any(map(str.isupper, question))
    people = index.quoted_names if lower or any(len(run) > 1 for run in runs) else None
    pairs: list[tuple[str, str]] = []
    words: list[str] = []
    if lower and people is not None:
        typed_words = NAME_WORD.findall(question)
        words = [word for word in typed_words if word_terms(word)]
        # side by side as typed: a stop word between two words parts them ("charles and
        # camilla" names two people, not a "Charles Camilla")
        pairs = [
            (a, b)
            for a, b in itertools.pairwise(typed_words)
            if word_terms(a)
            and word_terms(b)
            and (f"{a} {b}".casefold() in people.full or a.casefold() in people.given)
        ]
    typed = [] if runs else NAME_WORD.findall(question)  # no name typed with capitals
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
        written = [
            part
            for run in found
            if not taken & {word.casefold() for word in run}
            for part in owner_apart(run)
            if len(part) > 1  # a lone word written so is no name typed in lower case
        ]
        if written and not sample:
            sample = _sample(index, candidates)
    given = people.given if people is not None else frozenset()
    if runs:
        # "Gothamist Bronx council race": an outlet's name is where the words were written,
        # seldom in them; it stays a word of the question, but no name a passage must hold
        outlets = [outlet.name.casefold().split() for outlet in index.outlets]
        runs = [part for run in runs for part in without_outlets(run, outlets)]
    subject = read_subject(question, weights, sample, len(index.engine), given, runs, written)
    return replace(subject, opening=story_openings(index)) if subject.names else subject


def owner_apart(run: list[str]) -> list[list[str]]:
    """Return a run of a name's words parted after a possessive: "ibm's blue gene" names IBM
    and what it owns, which the articles write apart as often ("IBM's prototype Blue Gene/L",
    "Blue Gene, built by IBM"), so neither need follow the other."""
    parts: list[list[str]] = [[]]
    for word in run:
        parts[-1].append(word)
        if word.endswith(("'s", "’s")):
            parts.append([])
    return [part for part in parts if part]


def story_openings(index: Index) -> Callable[[str], str]:
    """Return the first sentence of an article by its id, each read once."""
    read: dict[str, str] = {}

    def opening(article_id: str) -> str:
        first = read.get(article_id)
        if first is None:
            passages = index.passages_of(article_id)
            text = passages[0].text if passages else ""
            spans = sentence_spans(text)
            first = read[article_id] = text[spans[0][0] : spans[0][1]] if spans else text
        return first

    return opening


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
    where a name's are; or the run is one word closing the names of several ("Cup" of
    the World, Davis and League Cup) and the candidates mostly write the two as "League Cup"
    ("league Cup"). (Not any two words the candidates write as a name: "newcastle Falcons"
    would then have to be written whole, where "Newcastle ... the Falcons" answers.)"""
    words = NAME_WORD.findall(question)
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
            or (  # "league Cup": "Cup" closes many names, and this is the "League Cup"
                len(run) == 1
                and before.isalpha()
                and capitals_together(before, run[0], sample)
                and closes_names(run[0], sample)
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
