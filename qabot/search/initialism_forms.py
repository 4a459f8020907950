"""Initialism forms: a name asked by its initials is also the name the articles write out, and
the other way.

A reader types "PBGC" where an article writes "Pension Benefit Guaranty Corporation", or the
full name where the story goes on with "the PBGC". Which initials stand for which name is read
from the articles themselves, where one writes the two together: "Full Name Of Thing (FNOT)" or
"FNOT (Full Name Of Thing)", the initials those of the name's capitalised words ("of", "and",
"for", "the" and "&" apart). Only a pair the passages found give one way is used: initials two
names share there ("EC": the European or the Electoral Commission) stand for neither.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from qabot.attribution.directory import initials
from qabot.indexing import Index
from qabot.records import Passage
from qabot.text import tokenize
from qabot.text.patterns import lazy

_READ = 50  # passages read for each search (the question's words, each initialism typed)
_SHORT = r"[A-Z]{2,6}"
# "... Guaranty Corporation (PBGC)": the words before the brackets are read back from there
_AFTER_NAME = lazy(rf"\((?P<short>{_SHORT})\)")
# "PBGC (Pension Benefit Guaranty Corporation)"
_BEFORE_NAME = lazy(rf"(?<![\w&-])(?P<short>{_SHORT})\s+\((?P<long>[^()\n]{{3,120}})\)")
_WORD = lazy(r"[\w'’.&-]+")
_TYPED = lazy(rf"(?<![\w&-]){_SHORT}(?![\w&-])")


@dataclass(frozen=True, slots=True)
class Form:
    """A form of a name the question holds, and the other form the articles write it in."""

    typed: str  # as the question writes it
    other: str  # as the articles write the other form


def written_pairs(text: str) -> list[tuple[str, str]]:
    """Return the (initials, full name) pairs `text` writes side by side: "Full Name (FN)"
    and "FN (Full Name)", the initials those of the name (`initials`)."""
    pairs = []
    for match in _AFTER_NAME.finditer(text):
        short = match.group("short")
        before = _WORD.findall(text[max(0, match.start() - 200) : match.start()])
        # the fewest words before the brackets whose initials are the short form's
        for size in range(len(short), min(len(before), 3 * len(short)) + 1):
            name = " ".join(before[-size:])
            if before[-size][:1].isupper() and initials(name) == short:
                pairs.append((short, name))
                break
    for match in _BEFORE_NAME.finditer(text):
        name = " ".join(match.group("long").split())
        if initials(name) == match.group("short"):
            pairs.append((match.group("short"), name))
    return pairs


def initialism_forms(index: Index, question: str) -> list[Form]:
    """Return the forms of names the question holds whose other form the articles give: its
    initials typed where a passage writes them beside the full name, or the full name typed (in
    any case) where a passage writes it beside its initials. The passages read are those found
    for the question's words and for each initialism it types in capitals."""
    searches = [tokenize(question)] + [tokenize(short) for short in _TYPED.findall(question)]
    seen: set[str] = set()
    passages: list[Passage] = []
    for terms in searches:
        if not terms:
            continue
        for passage, _ in index.engine.search(terms, _READ):
            if passage.id not in seen:
                seen.add(passage.id)
                passages.append(passage)
    return _forms_in(question, _pairs(passages))


def _pairs(passages: Iterable[Passage]) -> dict[str, set[str]]:
    """Return initials -> the full names (case-folded) the passages write beside them."""
    names: dict[str, set[str]] = {}
    for passage in passages:
        for short, name in written_pairs(passage.text):
            names.setdefault(short, set()).add(name)
    return names


def _forms_in(question: str, names: dict[str, set[str]]) -> list[Form]:
    """Return the forms of the pairs that `question` holds, each once; initials two names
    share stand for neither."""
    forms: list[Form] = []
    for short, spelled in names.items():
        if len({name.casefold() for name in spelled}) != 1:
            continue
        name = min(spelled)
        full = re.compile(
            r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in name.split()) + r"(?![\w-])",
            re.IGNORECASE,
        )
        # typed in capitals, or in lower case when it is a word of the index ("pbgc", not "it")
        flags = re.IGNORECASE if tokenize(short) else 0
        typed = re.compile(rf"(?<![\w&-]){short}(?![\w&-])", flags)
        if (held := full.search(question)) is not None:
            forms.append(Form(held.group(0), short))
        elif (held := typed.search(question)) is not None:
            forms.append(Form(held.group(0), name))
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
