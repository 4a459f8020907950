"""Name runs: where the capitalised runs of words that may be a person's name stand in a text
(inside `qabot.attribution.names`, which reads them into the people of an article).

"Dr Tom Wright", "Jean-Pierre Garcia-Lopez", "Piet van den Berg", "O'Brien": a run opens with a
capital letter, may carry a title, and stops before a word that opens a headline's next phrase
("Clinton Goes After"). Accented letters count as letters. `StandingAlone` counts how often a
capitalised word stands alone, outside any run: a surname's sign.
"""

from __future__ import annotations

import re
from collections import Counter

from qabot.text.lexicon import BODY_NOUNS, HONORIFICS, NAME_PARTICLES, first_name_gender
from qabot.text.patterns import lazy

# letters of names, accented ones included ("Céline", "Zoë", "Łukasz")
_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOW = "a-zß-öø-ÿā-ž"
# The look-behind comes after the first letter, (?<![\w'’-].) checking the character before it:
# a pattern opening with a character class is scanned for in C; one opening with a look-behind is
# tried at every position of the text (about twice as slow over an article).
# A surname's prefix is part of it, as in a run ("McDonald", "O'Brien", "DiCaprio", "DeSantis"):
# without it such a surname never counts as standing alone, and "Leonardo DiCaprio ...
# DiCaprio, who ..." was no one's name.
CAPITALISED = lazy(
    rf"[{_UP}](?<![\w'’-].)(?:(?:(?<=M)a?c|(?<=O)['’]|(?<=D)[ei]|(?<=L)[ae])[{_UP}])?"
    rf"[{_LOW}]+(?:-[{_UP}][{_LOW}]+)?(?![\w-])"
)
# a particle written in lower case and joined to the capital after it ("diCaprio", "deVries",
# "laRue", "vanGogh"): one word of a name, never its first; the one spelling of them
LOW_PARTICLE = r"(?:d[aeiu]|l[ae]|van|von)"
# such a surname standing alone: LOW_PARTICLE's words, each after its first letter, so that the
# pattern opens on a character class (see CAPITALISED)
LOW_PREFIXED = lazy(
    rf"[dlv](?<![\w'’-].)(?:(?<=d)[aeiu]|(?<=l)[ae]|(?<=v)[ao]n)[{_UP}][{_LOW}]+(?![\w-])"
)
_CAPITAL = lazy(rf"[{_UP}]")  # where a name run can start
_NAME_RUN = lazy(
    r"(?<![\w'’])(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Dame|Prof)\.?[^\S\n]+)?"
    r"(?:Ma?c|O['’]|De|La|Le|Di)?"  # "MacLennan", "McDonald", "O'Brien", "DeSantis"
    rf"[{_UP}][{_LOW}'’]+(?:-[{_UP}]?[{_LOW}'’]+)*"  # "Jean-Pierre", "Garcia-Lopez", "Ki-moon"
    r"(?:[^\S\n]+(?!(?:On|How|In|Of|The|And|To|For|With|Is|Are|Was|Why|What|Who|At|By|From|As|"
    r"But|Or|If|When|After|Says|Said|Goes|Has|Will)\b)"
    rf"(?:[A-Z]\.|(?:Ma?c|O['’]|De|La|Le|Di|{LOW_PARTICLE})?[{_UP}][{_LOW}'’]+"
    rf"(?:-[{_UP}]?[{_LOW}'’]+)*"
    r"|(?:"
    + "|".join(sorted(NAME_PARTICLES, key=lambda w: (-len(w), w)))
    + r")(?=[^\S\n]+(?:[a-z]+[^\S\n]+)?[A-Z]))"  # "Piet van den Berg"
    r"){0,9}(?![\w'’])"  # "Santa Clara County Superior Court Judge Tom Wright"
)


def name_runs(text: str) -> list[re.Match[str]]:
    """Return `_NAME_RUN.finditer(text)` as a list, trying the pattern only where a capital
    letter stands (every name run opens with one): twice as fast over an article."""
    runs, at = [], 0
    while (capital := _CAPITAL.search(text, at)) is not None:
        run = _NAME_RUN.match(text, capital.start())
        if run is None:
            at = capital.start() + 1
        else:
            words = run.group()
            # a possessive holds an apostrophe: a run with none (most) is not searched
            inner = _INNER_POSSESSIVE.search(words) if "'" in words or "’" in words else None
            if inner is not None and _owned_thing(words, inner.end()):
                # "Clint Eastwood's Million Dollar Baby": the owner's name, then a thing
                run = _NAME_RUN.match(text, run.start(), run.start() + inner.end()) or run
            runs.append(run)
            at = run.end()
    return runs


# the kind of body a name after it belongs to, in lower case ("Scott's company Scott Free",
# "his band Blue Harbour"): a body's name, even one opening with a first name (not nouns that
# are also people's trades: "publisher Kimberly Quinn", "broadcaster John Humphrys")
BODY_KINDS = BODY_NOUNS | frozenset(
    """company firm studio label band group agency club outfit charity network chain retailer
newspaper magazine website housebuilder carmaker automaker drugmaker""".split()
)

# a possessive inside a run: the name ends there, what follows is the owner's thing
_INNER_POSSESSIVE = lazy(r"['’]s(?=[^\S\n]+\S)")


def _owned_thing(run: str, cut: int) -> bool:
    """Return True when the run's words before a possessive at `cut` are a person's name (a
    known first name, then a surname) and those after it open with no first name or title:
    "Clint Eastwood's Million Dollar Baby", not "Manchester United's Alex Ferguson" (a
    club's man) nor "Arsenal's Edu"."""
    owner, owned = run[:cut].split(), run[cut:].split()
    return (
        len(owner) >= 2
        and first_name_gender(owner[0]) is not None
        and first_name_gender(owned[0]) is None
        and owned[0].casefold().rstrip(".") not in HONORIFICS
    )


class StandingAlone:
    """How often each capitalised word of a text stands alone, not ending a run of names
    (`name_runs`) ("Sebastian Gorka ... Gorka said": a surname), counted on the first
    question: only runs of several words ask, and many articles have none."""

    def __init__(self, text: str, runs: list[re.Match[str]]) -> None:
        self._text, self._runs = text, runs
        self._counts: Counter[str] | None = None

    def __getitem__(self, word: str) -> int:
        if self._counts is None:
            counts = Counter(CAPITALISED.findall(self._text))
            # a surname whose particle is written in lower case ("Leonardo diCaprio ...
            # diCaprio said") stands alone too
            counts.update(LOW_PREFIXED.findall(self._text))
            # ... or after a title alone ("Dina Mehta ... Ms Mehta says")
            counts.subtract(
                m.group().split()[-1]
                for m in self._runs
                if " " in m.group()
                and not all(w.rstrip(".").casefold() in HONORIFICS for w in m.group().split()[:-1])
            )
            self._counts = counts
        # needed: "diCaprio" stands alone where "DiCaprio" opens a sentence (CAPITALISED counts
        # that form, LOW_PREFIXED this one); the only other lower-case words asked are a run's
        # particles ("van" of a cut run), counted where they open a sentence ("Van Tamm said")
        if word[:1].islower():
            return self._counts[word] + self._counts[word[:1].upper() + word[1:]]
        return self._counts[word]
