"""Issued documents: who speaks through a report, a study or a statement that is a cue's
subject (inside `qabot.attribution.speaker_reading`).

A document says nothing of its own: "The Acme report says", "a Harbour Fund statement said" and
"the Fund's annual report said" are the issuer's words; so is "The study said" after "a study by
the Harbour Fund" or "the Fund published a study" in its sentence or the one before, and "the Blue
Book said" in a story that wrote "the Fund said in its latest Blue Book report" (a document named
with capitals is one document the whole story long). A named document with no issuer the story
ties to it is stored as a document ("the Blue Book"), not as a person called "Blue Book".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache

from qabot.attribution.gendered_referents import sentence_start
from qabot.attribution.names import People
from qabot.attribution.persons import Person
from qabot.attribution.references import body
from qabot.text.lexicon import SPEAKING_DOCUMENTS, is_capitalised
from qabot.text.lexicon.places import is_place
from qabot.text.patterns import lazy

_DETERMINERS = frozenset(("the", "a", "an"))
# a name as the ties below read it: capitalised words, with "of", "for" and "&" inside
_NAME = r"(?:[A-Z][\w&.'’-]*)(?:\s+(?:(?:of|for)(?:\s+the)?|&|and(?=\s+[A-Z])|[A-Z][\w&.'’-]*))*"
_MODIFIERS = r"(?:[a-z][\w-]*\s+){0,3}"
_ISSUING = r"(?:published|publishes|released|releases|issued|issues|produced|produces|unveiled)"

ReadPhrase = Callable[[People, list[str], int, str | None], Person | None]


def document_speaker(
    people: People, words: list[str], position: int, read: ReadPhrase
) -> Person | None:
    """Return who speaks through the document a speaker phrase names ("the Acme report": Acme;
    "the report", after "a report by Acme": Acme; "the Blue Book", with no issuer: the document),
    or None when the phrase names no document or no issuer (read it as before)."""
    keys = [w.rstrip(".,;:").casefold() for w in words]
    if len(words) < 2 or keys[0] not in _DETERMINERS:
        return None
    middle = words[1:-1]
    if keys[-1] in SPEAKING_DOCUMENTS and words[-1][:1].islower():
        if middle and all(_in_name(w) for w in middle) and is_capitalised(middle[-1]):
            return _body(_read_issuer(people, middle, position, read))  # "the Acme report"
        owner = _owner(middle)
        if owner:  # "the Harbour Fund's annual report said"
            return _read_issuer(people, owner, position, read)
        if keys[0] != "the" or not all(w[:1].islower() for w in middle):
            return None  # "a report said": which one, nothing tells
        # "The report, by the Harbour Fund, said"; "The report said": the last report named
        # before it, when the story tied it to an issuer
        return _issuer_after(people, keys[-1], position, read) or _latest_issuer(
            people, keys[-1], position, read
        )
    name = [*words[1:-1], words[-1].rstrip(",;:")]
    if keys[0] != "the" or len(name) > 4 or not all(is_capitalised(w) for w in name):
        return None
    # "the Blue Book", written "its latest Blue Book report" in the story: an owner's
    # document, not a body's name ("the WEF report" names the body); one document, whose
    # issuer may be named anywhere before
    document = r"\s+".join(re.escape(w) for w in name)
    if not _written_as_document(people.text, document, position):
        return None
    issuer = _issuer(people, document, 0, position, read)
    return issuer or Person(f"the {' '.join(name)}", organisation=True)


def _body(issuer: Person | None) -> Person | None:
    """Return `issuer` of "the <name> report" when it is no person: "the Kok report" is named
    for the man who led the inquiry, and its words are the report's, not his."""
    return None if issuer is None or issuer.gender is not None else issuer


def _in_name(word: str) -> bool:
    """Return True for a word of a body's name before a document ("Harbour Fund", "Ernst &")."""
    return is_capitalised(word) or word in {"of", "for", "&"}


def _owner(middle: list[str]) -> list[str]:
    """Return the capitalised owner of a document before its modifiers ("Harbour Fund's" of
    "the Harbour Fund's annual report"), without its "'s"; empty when there is none."""
    at = next((i for i, w in enumerate(middle) if w.endswith(("'s", "’s"))), None)
    if at is None or not all(_in_name(w) for w in middle[:at]) or not is_capitalised(middle[0]):
        return []
    if not all(w[:1].islower() for w in middle[at + 1 :]):
        return []
    return [*middle[:at], middle[at][:-2]]


def _read_issuer(
    people: People, name: list[str], position: int, read: ReadPhrase
) -> Person | None:
    """Return the body or person `name` names as an issuer: read as a speaker phrase, or whole
    as a body's name when that reading keeps only some of it and no person ("Sunday Telegraph",
    not "Telegraph");
    None for a country alone ("a US report": no one in particular)."""
    if len(name) == 1 and is_place(name[0].rstrip(".")):
        return None
    issuer = read(people, name, position, None)
    whole = " ".join(name)
    if len(name) > 1 and (issuer is None or (issuer.name != whole and issuer.gender is None)):
        return people.names.link(whole, organisation=True)
    return issuer


def _written_as_document(text: str, document: str, position: int) -> bool:
    """Return True when the story writes the capitalised name `document` (a regex) after an
    owner and before a document's noun ("its latest Blue Book report", "the Fund's Blue Book
    survey") before `position`."""
    owned = _owned_documents(text, document)
    return bool(owned) and owned[0] < position


@lru_cache(maxsize=64)
def _owned_documents(text: str, document: str) -> tuple[int, ...]:
    """Return where `text` writes `document` owned and before a document's noun, in order:
    read once per article and name (every "the X Y said" of a long article asks it)."""
    owned = re.compile(rf"(?:\b(?:its|their)|['’]s)\s+{_MODIFIERS}({document})\s+(\w+)")
    return tuple(
        m.start(1) for m in _candidates(text, document, owned) if m.group(2) in SPEAKING_DOCUMENTS
    )


def _candidates(text: str, document: str, owned: re.Pattern[str]) -> list[re.Match[str]]:
    """Return the matches of `owned` around each place `text` writes `document`: the name is
    found first (a plain search), the owner looked for only in the words before it."""
    found = []
    for name in re.finditer(document, text):
        match = owned.search(text, max(0, name.start() - 80), name.end() + 40)
        if match is not None and match.start(1) == name.start():
            found.append(match)
    return found


def _issuer_after(people: People, noun: str, position: int, read: ReadPhrase) -> Person | None:
    """Return the issuer a "by" or "from" right after the document's noun names ("The report,
    by the Harbour Fund, said" at `position`)."""
    tie = _ties(re.escape(noun))[0][1].search(
        people.text, position, _sentence_end(people.text, position)
    )
    if tie is None or tie.start("doc") > position + len("the ") + len(noun) + 8:
        return None
    return _read_issuer(people, _name_words(tie), tie.start("name"), read)


def _latest_issuer(people: People, noun: str, position: int, read: ReadPhrase) -> Person | None:
    """Return the issuer of the last document called `noun` before `position` ("a study by the
    Fund ... The study said"), when its sentence ties it to one."""
    mentions = _mentions(people.text, noun)
    index = bisect_left(mentions, position)
    if index == 0:
        return None
    last = mentions[index - 1]
    start = sentence_start(people.text, last)
    found = _found_ties(people, re.escape(noun), start, _sentence_end(people.text, last), read)
    return next((issuer for at, issuer in found if at == last), None)


@lru_cache(maxsize=64)
def _mentions(text: str, noun: str) -> tuple[int, ...]:
    """Return where `text` writes the word `noun`, in order: read once per article and noun
    (each "the report said" of a long article asks it)."""
    return tuple(m.start() for m in re.finditer(rf"\b{re.escape(noun)}\b", text))


def _issuer(
    people: People, document: str, start: int, position: int, read: ReadPhrase
) -> Person | None:
    """Return the issuer of the latest tie between `start` and `position` of the document
    `document` (a regex of its name) to one."""
    found = _found_ties(people, document, start, position, read)
    return found[-1][1] if found else None


def _found_ties(
    people: People, document: str, start: int, end: int, read: ReadPhrase
) -> list[tuple[int, Person]]:
    """Return (where the document is named, its issuer) of each tie between `start` and
    `end`, in text order."""
    found: list[tuple[int, Person]] = []
    for kind, pattern in _ties(document):
        for match in pattern.finditer(people.text, start, end):
            if kind == "named for" and _inside_name(people.text, match.start()):
                continue  # "Oxfam's Paying the Price report": a title, "Price" no issuer
            if kind == "its":
                issuer = body(people, match.start())
            else:
                name = _name_words(match)
                issuer = _read_issuer(people, name, match.start("name"), read) if name else None
                issuer = _body(issuer) if kind == "named for" else issuer
            if issuer is not None:
                found.append((match.start("doc"), issuer))
    return sorted(found, key=lambda f: f[0])


def _inside_name(text: str, at: int) -> bool:
    """Return True when the tie at `at` opens inside a longer name or title: the word before
    it joins a name or is capitalised, not opening its sentence ("Paying the Price report",
    "Forum for the Future report"; not "But the Acme report")."""
    before = text[max(0, at - 60) : at].split()
    if not before or before[-1][-1:] in ',.!?:;"”':
        return False
    if before[-1] in {"of", "for", "and", "&"}:
        return True
    opens = len(before) == 1 or before[-2][-1:] in '.!?:;"”' or at - len(before[-1]) - 1 <= 0
    return is_capitalised(before[-1]) and not opens


def _name_words(match: re.Match[str]) -> list[str]:
    """Return the words of the issuer's name a tie found, without an opening article; none
    when the name owns what follows it ("a report by the State Department's inspector": the
    inspector's, whom the tie does not name whole)."""
    name = match.group("name").split()
    if name[-1].endswith(("'s", "’s", "'", "’")) and match.group(0).endswith(name[-1]):
        return []
    return name[1:] if name[:1] in (["The"], ["A"], ["An"]) else name


def _sentence_end(text: str, position: int) -> int:
    """Return where the sentence holding `position` ends (its full stop or line end)."""
    ends = [at for at in (text.find(". ", position), text.find("\n", position)) if at >= 0]
    return min(ends, default=len(text))


@lru_cache(maxsize=64)
def _ties(document: str) -> list[tuple[str, re.Pattern[str]]]:
    """Return the patterns that tie a document (`document`, a regex of its noun or name) to
    its issuer, each with the document's place (`doc`) and the issuer's name (`name`)."""
    doc = rf"(?P<doc>{document})\b"
    return [
        # "a report by the Harbour Fund", "the study, from Acme"
        (
            "name",
            re.compile(rf"\b{doc},?\s+(?:\w+\s+)?(?:by|from)\s+(?:the\s+)?(?P<name>{_NAME})"),
        ),
        # "the Fund's annual report", "Acme's Blue Book report"
        ("name", re.compile(rf"\b(?P<name>{_NAME})['’]s\s+{_MODIFIERS}{doc}")),
        # "the Acme report", "a Harbour Fund survey"
        (
            "named for",
            re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+(?P<name>{_NAME})\s+{_MODIFIERS}{doc}"),
        ),
        # "Acme published a report", "the Fund released its annual survey"
        (
            "name",
            re.compile(
                rf"\b(?P<name>{_NAME})\s+(?:has\s+|have\s+)?{_ISSUING}\s+"
                rf"(?:a|an|the|its|their)\s+{_MODIFIERS}{doc}"
            ),
        ),
        # "the Fund said in its latest Blue Book report": the body "its" means
        ("its", re.compile(rf"\b(?:its|their)\s+{_MODIFIERS}(?:[A-Z][\w-]*\s+){{0,3}}{doc}")),
    ]


# a named speaker's own cue closing a quote: '“...,” said Jo Ray', '“...,” Jo Ray says'
_NAMED_CUE = lazy(
    r"\s*(?:(?:said|says)\s+(?P<after>[A-Z][\w'’-]+)"
    r"|(?P<before>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s+(?:said|says)\b)"
)
_NO_NAMES = frozenset("The A An He She It They We I This That".split())
# what a document's cue before a quote names ("The report adds", "the research shows")
_QUOTING_DOCUMENTS = SPEAKING_DOCUMENTS | {"research", "data"}


def quoted_by_name(
    words: list[str], masked: str, end: int, spans: list[tuple[int, int, bool]]
) -> bool:
    """Return True when a document's cue ("The report adds") opens a quote whose own cue
    after it names a speaker ('The report adds “...,” said Jo Ray'): the words are that
    speaker's, who tells what the report adds, not the report's."""
    if not words or words[-1].rstrip(",").casefold() not in _QUOTING_DOCUMENTS:
        return False
    if not words[-1][:1].islower():
        return False
    opening = len(masked[end:]) - len(masked[end:].lstrip(" :"))
    quote = next((q for q in spans if q[0] == end + opening and q[2]), None)
    if quote is None:
        return False
    cue = _NAMED_CUE.match(masked, quote[1])
    return (
        cue is not None and (cue.group("after") or cue.group("before").split()[0]) not in _NO_NAMES
    )
