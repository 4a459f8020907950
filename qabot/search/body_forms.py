"""Body forms: a body quoted under its initials and under its full name is one speaker.

Articles quote "the FA" in one story and "the Football Association" in the next, "the IMF" and
"the International Monetary Fund": "what did the FA say?" should hear both. The two forms are
taken as one body only when exactly one body quoted has those initials and some article writes
both forms (so "US" is never "Universities Scotland", nor "TV" a "Telecom View"). A body
quoted only under its initials ("HCSO said ...") is found by its full name too, when an article
writes both ("the Harris County Sheriff's Office", "HCSO"), and by the words its full name ends
with, a kind of body with its owner ("the sheriff's office"), when the articles write one such
name only. A body quoted only in full is found by the initials an article gives it ("the
IEA"), on the same test.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from qabot.attribution.speaker_words import initials
from qabot.indexing import Index
from qabot.text import tokenize
from qabot.text.lexicon import ORGANISATION_WORDS, PERSON_NOUNS, role_words
from qabot.text.patterns import lazy

_ACRONYM = lazy(r"[A-Z]{2,6}")
# "the mayor's office", "the governor's press office": a role holder's office
_OFFICE_OF = lazy(r"(?:the\s+)?(?P<role>.+?)['’]s?\s+(?:press\s+)?office", re.IGNORECASE)
_READ = 50  # passages read for each form, to find an article writing both
# "the IMF team", "the UN delegation": those a body sends speak as the body
_TEAM_OF = lazy(r"(?:the\s+)?(?P<body>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})\s+"
                r"(?:team|delegation|mission)", re.IGNORECASE)  # fmt: skip


def other_form(index: Index, body: str) -> str | None:
    """Return the body's other name among those quoted (its initials, or the full name they
    stand for), or None when there is none or it is not sure."""
    directory = index.speakers
    if _ACRONYM.fullmatch(body):
        spelled = directory.initialled(body)
        if len(spelled) != 1:
            return None  # "EC": the European or the Electoral Commission
        short, full = body, spelled[0]
    else:
        letters = initials(body)
        if (
            letters is None
            or not directory.count(letters)
            or len(directory.initialled(letters)) != 1
        ):
            return None
        short, full = letters, body
    if not _articles_writing(index, full) & _articles_writing(index, short):
        return None
    return full if body == short else short


def _articles_writing(index: Index, form: str, flags: int = 0) -> set[str]:
    """Return the articles of the passages found for `form` that write it as it stands (in
    any case with `re.IGNORECASE`)."""
    terms = tokenize(form)
    if not terms:  # "US": a stop word, nothing to find it by
        return set()
    written = re.compile(rf"(?<![\w-]){re.escape(form)}(?![\w-])", flags)
    return {
        passage.article_id
        for passage, _ in index.engine.search(terms, _READ)
        if written.search(passage.text)
    }


def initialled_speaker(index: Index, name: str) -> str | None:
    """Return the initials a body the question names in full is quoted under ("HCSO" for "the
    Harris County Sheriff's Office"), when no body quoted in full has them and some article
    writes both forms; None otherwise."""
    words = name.split()
    if words[:1] and words[0].casefold() == "the":
        words = words[1:]
    letters = typed_initials(words)
    if letters is None or not index.speakers.count(letters):
        return None
    if quoted_beside(index, letters, " ".join(words)):
        return letters  # "BA said ...", "British Airways" in its story: another body has "BA"
    if index.speakers.initialled(letters):
        return None  # a body quoted in full has them: `other_form` joins the two
    return letters if written_both(index, " ".join(words), letters) else None


def quoted_beside(index: Index, letters: str, full: str) -> bool:
    """Return whether a story quoting someone under `letters` ("M&S", "BA") writes `full` (in
    any case) too: there they stand for it, whatever other bodies share them elsewhere."""
    spaced = r"\s+".join(re.escape(word) for word in full.split())
    written = re.compile(rf"(?<![\w&-]){spaced}(?![\w&-])", re.IGNORECASE)
    return any(
        written.search(passage.text)
        for article_id in index.speakers.articles_of(letters)
        for passage in index.passages_of(article_id)
    )


def spelt_out_speaker(index: Index, name: str) -> str | None:
    """Return the body quoted only under the full name the initials asked stand for ("the IEA"
    -> "International Energy Agency"), when one body quoted has them and some article writes
    both forms; None otherwise (a body quoted under both is `other_form`'s)."""
    words = name.split()
    if words[:1] and words[0].casefold() == "the":
        words = words[1:]
    if len(words) != 1 or not _ACRONYM.fullmatch(letters := words[0].upper()):
        return None
    spelled = index.speakers.initialled(letters)
    if len(spelled) != 1:
        return None  # "EC": the European or the Electoral Commission
    return spelled[0] if written_both(index, spelled[0], letters) else None


def typed_initials(words: Sequence[str]) -> str | None:
    """Return the initials of a name typed in any case ("harris county sheriff's office" ->
    "HCSO"; `initials`), two letters at least, or None."""
    letters = initials(" ".join(w[:1].upper() + w[1:] for w in words))
    return letters if letters is not None and len(letters) >= 2 else None


def written_both(index: Index, full: str, letters: str) -> bool:
    """Return whether some article writes a name in full (in any case) and its initials: only
    then do the initials stand for it ("US" is no "Universities Scotland"). Initials that are
    a common word ("WHO", "IT": no search finds them) stand for the name only where an article
    gives them in brackets after it ("World Health Organisation (WHO)")."""
    if not tokenize(letters):
        defined = re.compile(rf"(?i:{re.escape(full)})\s*\(\s*{re.escape(letters)}\s*\)")
        return any(
            defined.search(passage.text)
            for passage, _ in index.engine.search(tokenize(full), _READ)
        )
    return bool(_articles_writing(index, full, re.IGNORECASE) & _articles_writing(index, letters))


def body_by_its_end(index: Index, name: str, resolve: Callable[[str], str | None]) -> str | None:
    """Return the speaker a body named by the end of its full name is ("the sheriff's office"
    -> "HCSO", quoted beside "the Harris County Sheriff's Office"): the one full name ending so
    that the passages found for the words write (capitalised, a word or more before them),
    which `resolve` gives a speaker; None for a phrase that ends in no kind of body, or when
    the articles write several such names."""
    words = name.split()
    if words[:1] and words[0].casefold() == "the":
        words = words[1:]
    if len(words) < 2 or words[-1].casefold() not in ORGANISATION_WORDS:
        return None
    tail = r"[^\S\n]+".join(re.escape(word) for word in words)
    written = re.compile(rf"((?:[A-Z][\w'’.&-]*[^\S\n]+){{1,5}})(?i:{tail})(?![\w-])")
    full: set[str] = set()
    for passage, _ in index.engine.search(tokenize(" ".join(words)), _READ):
        full.update(" ".join(match.group(0).split()) for match in written.finditer(passage.text))
    found = {speaker for whole in full if (speaker := resolve(whole)) is not None}
    return found.pop() if len(found) == 1 else None


def office_holder(name: str) -> str | None:
    """Return the role whose holder an office speaks for ("the mayor's office" -> "the
    mayor"), or None: no office, or its owner is no role ("the sheriff's office" is a body's
    name's end, "the Home Office" a body)."""
    office = _OFFICE_OF.fullmatch(name.strip())
    if office is None or not role_words(office.group("role")) & PERSON_NOUNS:
        return None
    return f"the {office.group('role')}"


def team_of(name: str) -> str | None:
    """Return the body whose team or delegation `name` is ("the IMF team" -> "the IMF"), for
    the caller to keep when it is a body quoted; None for any other name."""
    team = _TEAM_OF.fullmatch(name.strip())
    return (
        f"the {team.group('body')}"
        if team is not None and team.group("body")[:1].isupper()
        else None
    )
