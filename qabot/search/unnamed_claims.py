"""Who-said claims about someone the archive never names: "which minister said Zarkon Pellew
was wrong" can have no quote saying it, and the quote nearest its other words ("we got our
sums wrong") would be filler under "the closest is".

A word of the claim that no passage holds, with nothing close to it (`spelling.missing`), is
read as a name when the reader wrote it so: beside another such word ("zarkon pellew"),
after a title or a first name the archive's people have ("mr pellew", "john zarkon"), or with
a capital where the claim opens ("Zarkon was wrong": whom it is said of). Elsewhere one such
word alone may be a word of the claim the archive does not use ("lopsided", "trophyless", a
party "too Blairite"), and initials ("at PMQs") may be written out: the quote nearest it may
still say it in other words.

Nor is a word a name no article holds when a form of it is in the archive (`has_form`): a
derived or inflected form of an archive word ("Blairites", "trophyless"), a word of two
everyday words written joined ("lawbreakers"), an affixed form ("unsportingly",
"overzealous"), a one-letter slip of a name the archive writes ("Pellow" for the Pellew of one
story, which spelling correction leaves alone there) or a quoted person's name typed by ear
("Hantukova"). A run of such words ("unsportingly overzealous") names no one; a run holding one
word with no form ("Zarkon Pellet") still does.
"""

from __future__ import annotations

import re

from qabot.indexing import Index
from qabot.search.spelling import check_spelling
from qabot.search.wording import typed_runs
from qabot.text import one_edit, tokenize
from qabot.text.lexicon import HONORIFICS
from qabot.text.patterns import lazy

_WORD = lazy(r"[^\W\d_][\w'’-]*")
# endings that make a word of a word ("Blairite", "trophyless", "lawbreakers"), longest first
_SUFFIXES = tuple(
    sorted(
        "ites ite isms ism ists ist ians ian esque ish like less ness ly ally ers er ing ings ed"
        " es s ful ation ations ity ise ize ised ized".split(),
        key=len,
        reverse=True,
    )
)
# beginnings that make a word of a word ("unsporting", "overzealous", "anti-Blair" joined)
_PREFIXES = (
    "counter over under anti post semi super inter multi mega euro self non pre pro mis dis"
    " out sub un re de ex co"
).split()
_MIN_BASE = 4  # letters at least of the word left when an affix is taken off
_MIN_PART = 3  # ... and of each of two everyday words written joined ("law" + "breakers")


def unnamed_in_claim(index: Index, claim: str) -> str | None:
    """Return the name (as typed) that `claim` gives someone no article names, or None."""
    spelling = check_spelling(index, claim)
    missing = [word for word in spelling.missing if word.isalpha()]
    if not missing:
        return None
    words = _WORD.findall(spelling.words)  # "gregor mandelbrot" read as "gregory ..."
    before = {
        word.casefold(): words[i - 1].casefold() if i else "" for i, word in enumerate(words)
    }
    given = index.quoted_names.given
    for run in typed_runs(claim, missing):
        parts = run.split()
        if all(has_form(index, part) for part in re.split(r"[\s-]+", run) if part):
            continue  # "unsportingly overzealous": words of the archive's, in other forms
        first = parts[0].casefold()
        if before.get(first, "") in HONORIFICS or before.get(first, "") in given:
            # "mr pellew", "john zarkon": the name as typed, its title or first name too
            whole = re.search(rf"[^\W\d_]+\s+{re.escape(run)}(?!\w)", claim)
            return whole.group() if whole else run
        opening = claim.lstrip(" \"“‘'").startswith(run)  # what the claim is said of
        if len(parts) > 1 or (opening and run[:1].isupper() and not _initials(run)):
            return run
    return None


def has_form(index: Index, word: str) -> bool:
    """Return whether the archive holds a form of `word` (one no passage holds as typed): the
    word without an ending or a beginning that makes a word of a word ("Blairites", "overzealous",
    "unsportingly"), two everyday words it joins ("lawbreakers"), or, written one letter off, a
    word the archive writes as a name ("Pellow" of "Pellew"), or a quoted person's name
    spelt by ear ("Hantukova": Daniela Hantuchova, `SpeakerDirectory.suggest`)."""
    if index.speakers.suggest(word[:1].upper() + word[1:]) is not None:
        return True
    lower = word.casefold().removesuffix("'s").removesuffix("’s")
    bases = _bases(lower)
    bases |= {part for base in list(bases) for part in _bases(base)}  # "un" + "sporting" + "ly"
    bases.discard(lower)
    if any(_held(index, base) for base in bases if len(base) >= _MIN_BASE):
        return True
    for at in range(_MIN_PART, len(lower) - _MIN_PART + 1):
        if _everyday(index, lower[:at]) and _everyday(index, lower[at:]):
            return True
    slips = {terms[0] for edit in one_edit(lower) if len(terms := tokenize(edit)) == 1}
    held = [term for term, weight in index.engine.idf(sorted(slips)).items() if weight > 0]
    return any(2 * capital > holding for capital, holding in map(index.engine.capitalised, held))


def _bases(word: str) -> set[str]:
    """Return `word` without one of the endings or beginnings that make a word of a word
    (an "e" given back where an ending took it: "abus" + "ive")."""
    found = {word}
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_BASE:
            found |= {word[: -len(suffix)], word[: -len(suffix)] + "e"}
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= _MIN_BASE:
            found.add(word[len(prefix) :].lstrip("-"))
    return found


def _held(index: Index, word: str) -> bool:
    """Return whether a passage holds `word`, as the analyzer reads it."""
    terms = tokenize(word)
    return len(terms) == 1 and index.engine.idf(terms).get(terms[0], 0.0) > 0


def _everyday(index: Index, word: str) -> bool:
    """Return whether `word` is one the archive holds and mostly writes in lower case: a part
    of a word of two everyday words ("law", "breakers"), not of a name ("Sand" + "berg")."""
    terms = tokenize(word)
    if len(terms) != 1 or not _held(index, word):
        return False
    capital, holding = index.engine.capitalised(terms[0])
    return 2 * capital <= holding


def _initials(word: str) -> bool:
    """Return whether a word is written in initials ("PMQs", "BBFC"): a short form of words
    the articles may write out ("prime minister's questions"), no one's name."""
    return sum(letter.isupper() for letter in word) > 1
