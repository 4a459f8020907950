"""Initialism forms: a name asked by its initials is also the name the articles write out, and
the other way.

A reader types "FSA" where the story writes "Financial Services Authority", or the full name
where it goes on with "the PBGC". The pairs were read at index time (`Index.initialisms`); a
question only looks up its words typed in capitals and its runs of words, no passage read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from qabot.indexing import Index
from qabot.search.answer_record import Answer
from qabot.search.hit_record import Hit
from qabot.text import tokenize

WORD_EDGES = "\"'“”‘’()?!.,:;"  # what a typed word may carry before or after it
_LONGEST = 12  # words of a full name looked up, at most


@dataclass(frozen=True, slots=True)
class Form:
    """A form of a name the question holds, and the other form the articles write it in."""

    typed: str  # as the question writes it
    other: str  # as the articles write the other form


@dataclass(frozen=True, slots=True)
class Reworded:
    """The answer to a question asked with forms of its words in their other forms, and those
    forms ("more" goes on with the question so asked)."""

    answer: Answer
    forms: list[Form]


def typed_word(word: str) -> str:
    """Return a word of a question split at spaces without what it carries before or after it
    (`WORD_EDGES`) and its possessive: "EU" of "(the EU's"."""
    return word.strip(WORD_EDGES).removesuffix("'s").removesuffix("’s")


def initialism_forms(index: Index, question: str) -> list[Form]:
    """Return the forms of names the question holds whose other form the articles give: its
    initials typed where an article writes them beside the full name, or the full name typed
    (in any case) where an article writes it beside its initials."""
    known = index.initialisms
    if not known.names:
        return []
    forms: list[Form] = []
    words = question.split()
    folded = question.casefold().split()
    for first, word in enumerate(words):
        typed = typed_word(word)  # "the EU's rules"
        short = typed.upper()
        # in capitals, or in lower case when it is a word of the index ("pbgc", not "it")
        if short in known.names and (typed.isupper() or tokenize(typed)):
            forms.append(Form(typed, known.names[short]))
        if folded[first] not in known.openings:
            continue  # (most words open no name the articles give initials)
        for last in range(first + 1, min(len(words), first + _LONGEST)):
            name = " ".join(folded[first : last + 1]).strip(WORD_EDGES)
            if (initials := known.shorts.get(name)) is not None:
                forms.append(Form(" ".join(words[first : last + 1]).strip(WORD_EDGES), initials))
    return forms


def writes(texts: Iterable[str], form: str) -> bool:
    """Return whether one of `texts` writes `form` (in any case, as whole words)."""
    written = re.compile(
        r"(?<![\w&-])" + r"\s+".join(re.escape(w) for w in form.split()) + r"(?![\w&-])",
        re.IGNORECASE,
    )
    return any(written.search(text) for text in texts)


def other_wording(question: str, forms: Iterable[Form]) -> str:
    """Return `question` with each form typed written as its other form."""
    for form in forms:
        question = re.sub(
            rf"(?<![\w&-]){re.escape(form.typed)}(?![\w&-])", form.other, question, count=1
        )
    return question


def reworded_lead(lead: str, forms: Iterable[Form]) -> str:
    """Return an answer's `lead` saying which forms were asked as their other ones: "Best
    matching passages for ... (“FSA” as “Financial Services Authority”):"."""
    note = "; ".join(f"“{form.typed}” as “{form.other}”" for form in forms)
    return f"{lead.removesuffix(':')} ({note}):"


def in_other_forms(
    question: str,
    forms: Sequence[Form],
    result: Answer,
    ask: Callable[[str], Answer],
    read: Callable[[Hit], str],
) -> Answer | None:
    """Return the answer to `question` (first answered `result`) asked with each of `forms` in
    its other form (`ask` answers a wording), when its first passage, no quote's, writes one of
    the other forms as `read` gives it (whole, or its best sentence); else None. The lead says
    which, each once however often typed: "... (“uni” as “university”):"."""
    other = ask(other_wording(question, forms))
    best = [read(hit) for hit in other.passages[:1]]
    if not (other.found and best) or other.quotes:
        return None
    if not any(writes(best, form.other) for form in forms):
        return None
    notes = list(dict.fromkeys(forms))  # "“hq” as “headquarters”" once, however often typed
    return replace(other, question=result.question, lead=reworded_lead(other.lead, notes))
