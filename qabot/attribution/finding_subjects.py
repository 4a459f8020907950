"""Finding subjects: a poll, a study or a report with words after its noun as the subject of
"found that" or "shows that" (inside `qabot.attribution.cue_reading`).

"A poll by Gallup found that ...", "a survey carried out in 2000 by Acme Research found that
...", "the report published on Tuesday showed that ...", "the poll of 2,000 adults found that
...": what the document tells is its maker's word when the phrase names the maker ("by ..."),
else the document's (`qabot.attribution.documents.document_source` reads who, as it does after
"according to"). The phrase opens its clause: at the start of the words before the cue, after
a comma or after "but", "and", "yet"; a verb, a relative pronoun or a preposition before the
noun ("the results of a study by X", "Lee said a study ...") leaves the cue to the other rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from qabot.attribution.bare_clauses import FINITE
from qabot.attribution.cues import CUE_WORDS
from qabot.text.lexicon import FINDING_DOCUMENTS, is_capitalised
from qabot.text.patterns import lazy

# the words that open what follows a document's noun: who made it ("by"), of what or whom
# ("of 2,000 adults", "into the collapse"), for whom, and how it came out ("conducted by",
# "carried out", "published on Tuesday", "released last week")
_AFTER_NOUN = frozenset(
    """by of from for among into on conducted carried commissioned published released issued
produced compiled""".split()
)
# words no noun phrase before the document's noun holds: a verb, a relative pronoun or a
# preposition ("the results of a study", "Lee said a study", "which a survey")
_NOT_BEFORE = (
    FINITE
    | CUE_WORDS
    | frozenset(
        "that which who whom whose of in on at by from for with to as than seems seemed".split()
    )
)
# words no phrase after the noun holds: a verb of its own or a relative clause ("a study
# that was funded by X", "a poll of voters seems to show")
_NOT_AFTER = FINITE | frozenset(
    "that which who whom whose seems seemed appears appeared appear seem".split()
)
_MODIFIERS_BEFORE = 5  # words between the determiner and the noun ("a new Acme/Ipsos poll")
# where a clause's subject may open inside the words before a cue
_OPENERS = lazy(r"(?:^|,\s+|\b(?:[Bb]ut|[Aa]nd|[Yy]et)\s+)")


@dataclass(frozen=True, slots=True, kw_only=True)
class FindingSubject:
    """A document phrase before "found" or "shows"."""

    offset: int  # where it starts in the words before the cue
    words: list[str]  # its words, up to a "by" that names no maker
    noun: int  # where the document's noun is in `words`


def finding_subject(left: str) -> FindingSubject | None:
    """Return the document phrase with words after its noun that ends `left` (the words before
    "found" or "shows") and opens its clause, or None."""
    # the latest opening first: "The vote was close and a poll by X found", yet "a study by
    # Harvard and the University of Kent found" opens at its start
    starts = sorted({m.end() for m in _OPENERS.finditer(left)}, reverse=True)
    for start in starts:
        words = left[start:].split()
        noun = _document_noun(words) if len(words) >= 3 else None
        if noun is not None:
            offset = start + len(left[start:]) - len(left[start:].lstrip())
            return FindingSubject(offset=offset, words=_maker_named(words), noun=noun)
    return None


def _maker_named(words: list[str]) -> list[str]:
    """Return `words` up to a "by" that names no maker: "a poll conducted by voters in the
    primary" is the poll's, not the voters' (a maker is a name: "by Gallup", "by the Acme
    Institute")."""
    for at, word in enumerate(words):
        if word.casefold() == "by":
            after = words[at + 1 : at + 3]
            name = after[1:] if after[:1] in (["the"], ["The"]) else after[:1]
            if not name or not is_capitalised(name[0]):
                return words[:at]
    return words


def _document_noun(words: list[str]) -> int | None:
    """Return where the document's noun is when `words` are a document phrase: a few
    modifiers, the noun and words after it that name no verb of their own; else None."""
    for at, word in enumerate(words[: _MODIFIERS_BEFORE + 2]):
        key = word.casefold()
        if key in _NOT_BEFORE or word.endswith((",", ";", ":")):
            return None
        if (
            key in FINDING_DOCUMENTS
            and word[:1].islower()  # "Jupiter Research" is a body's name
            and at + 1 < len(words)
            and words[at + 1].casefold() in _AFTER_NOUN
        ):
            return None if any(w.casefold() in _NOT_AFTER for w in words[at + 1 :]) else at
    return None
