"""Cue senses: whether a cue word reports speech where it stands (inside
`qabot.attribution.cue_reading`).

"states" after "member" is a noun; "asked how" after a relative clause asks for no one; "the
poll showed that" tells what a document says, "Rooney showed that" nothing; "praised the crews
for their courage" reports a named speaker's judgement; "added 4%" is an amount; "the sign
reads" quotes a document; "conceded a penalty" has an object, no words; "went on to win" tells
what was done, "went on to say" what was said.
"""

from __future__ import annotations

import re

from qabot.attribution.bare_clauses import FINITE, finite_verbs
from qabot.attribution.cue_sources import INVERTED
from qabot.attribution.cues import CUE, CUE_WORDS, JUDGING
from qabot.attribution.finding_subjects import finding_subject
from qabot.attribution.quote_marks import QUOTE_MARKS
from qabot.attribution.speaker_heads import can_speak
from qabot.attribution.speaker_phrases import speaker_before
from qabot.text.lexicon import (
    BOUNDARY_WORDS,
    DETERMINERS,
    FINDING_DOCUMENTS,
    OPENING_ADVERBS,
    PERSON_NOUNS,
    POSSESSIVES,
    PRONOUNS,
    SOURCE_DOCUMENTS,
    is_capitalised,
)
from qabot.text.patterns import lazy

# words after which "states" is the plural noun, not a cue: a number, a quantifier, a region, a
# preposition or "the" ("in three other states", "Rust Belt states", "to states with ...")
STATES_NOUN = lazy(
    r"(?:\b(?:the|other|member|several|many|all|both|these|those|some|most|remaining|key|swing"
    r"|battleground|border|early|bigger|smaller|larger|large|small|numerous|dozen|gulf|island"
    r"|red|blue|purple|primary|caucus|first|last|next|united|to|in|of|for|from|with|among"
    r"|across|and|or|then|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|\w+ern|belt|arab|baltic|nordic|african|european|asian)\s*$)",
    re.IGNORECASE,
)

# "X read(s): ..." quotes a person reading out or writing only when X is someone: a name, a
# pronoun or a person noun ("the spokesman read"); "the sign reads", "a statement read" quote
# a document, which is nobody's own words
READS = frozenset({"read", "reads"})
# a relative clause ending the words before a cue: "Republicans who have", "during which callers"
# ("that" may be a determiner: "With that record, he asked why")
_RELATIVE_TAIL = lazy(r"\b(?:who|whom|which)\b(?:\s+\S+){0,2}\s*$")
# the words a finding's clause may put before its auxiliary, and the words no subject holds (a
# preposition, a relative pronoun or a conjunction: "found evidence in the files that was ...")
_FINDING_SUBJECT = 6
_FINDING_DETERMINERS = DETERMINERS - {"that", "those"}  # "found that", "those who": no document
_ARTICLES = frozenset("the a an".split())
_NOT_IN_SUBJECT = frozenset(
    """in on at for with to by from as after before when while since because if whether than
which who whom what where how that and or but""".split()
)
# words that tell a judging verb reports no judgement of a speaker's: a passive's agent or
# reason ("criticised for ...", "praised by ..."), or a thing from or by someone before it
_JUDGED_NOT = frozenset("for by as from with over after".split())


def asker(left: str) -> bool:
    """Return True when the words before "asked whether/why/..." end with who asked: not a
    relative clause ("during which callers asked how") nor a document's questions ("The
    survey asks where ...")."""
    found = speaker_before(left)
    if found is not None and found[0] < 0:
        return True  # "X said ... and asked how ...": the sentence's speaker
    return (
        found is not None
        and bool(found[1])
        and not _RELATIVE_TAIL.search(left)
        and found[1][-1].casefold() not in SOURCE_DOCUMENTS
    )


def document_tells(left: str, after: str) -> bool:
    """Return True when "shows/found that" reports what a document tells: "that" follows the
    verb and the words before it end with a document ("A new poll shows that", "the inquiry
    found that", "Census records show that") or are one with words after its noun ("a poll by
    Gallup found that": `finding_subject`), not a person ("Rooney showed that he is fit").
    With no "that", a finding document's phrase (`_finding_phrase`) and a clause after the verb
    ("the survey found output had risen"), or before the phrase and a comma when the verb ends
    the sentence ("Output rose, the survey has found.")."""
    if CUE.search(after) is not None:
        return False  # "The report found that ..., the minister said": the minister's words
    if after.split()[:1] in (["that"], ["that,"]):  # "found that, on average, ..."
        finding = finding_subject(left)
        if finding is not None:
            return _noun_phrase(finding.words[: finding.noun + 1])
        found = speaker_before(left)
        if found is None or found[0] < 0 or not _noun_phrase(found[1]):
            return False
        head = found[1][-1].casefold().strip(",")
        return head in SOURCE_DOCUMENTS or head.removesuffix("s") in SOURCE_DOCUMENTS
    phrase = _finding_phrase(left)
    if phrase is None:
        return False
    if not after.strip(" .!?\"”’'"):  # "Output rose, the survey has found."
        return left[:phrase].rstrip().endswith(",") and bool(left[:phrase].strip(" ,"))
    return _finding_clause(after)


# what may stand between a finding's phrase and its verb ("the report also showed", "a survey
# has found")
_BEFORE_FINDING = lazy(r"(?:\s+(?:also|has|have|had))+\s*$")


def _finding_phrase(left: str) -> int | None:
    """Return where a finding document's phrase ending the words before "found" or "shows" with
    no "that" starts, when a determiner or an owner opens it ("the survey", "the group's
    quarterly survey of companies", "the report also", "a survey has"); else None: not what a
    film or a programme shows ("the film shows a man is ..."), not "Recent figures from X
    showed" (no one read as the maker) nor "the research into lost and found gadgets was ..."."""
    between = _BEFORE_FINDING.search(left)
    if between is not None:
        left = left[: between.start()] + " "
    words = left.split()
    finding = finding_subject(left)
    if finding is not None:
        phrase, offset = finding.words, finding.offset
    else:
        found = speaker_before(left)
        if found is None or found[0] < 0 or not found[1]:
            return None
        phrase, offset = found[1], found[0]
        head = phrase[-1].casefold()
        if head not in FINDING_DOCUMENTS and head.removesuffix("s") not in FINDING_DOCUMENTS:
            return None
    if (
        words[-1:] == phrase[-1:]
        and words[-1].casefold() not in ("and", "or")
        and _noun_phrase(phrase if finding is None else phrase[: finding.noun + 1])
        and (phrase[0].casefold() in _FINDING_DETERMINERS or phrase[0].endswith(("'s", "’s")))
    ):
        return offset
    return None


def _noun_phrase(words: list[str]) -> bool:
    """Return True when `words` (a document's phrase) are one noun phrase that names a source:
    not one a possessive pronoun opens ("his study found that": whose, the pronoun does not say
    here) nor one with a second article before its first preposition, which an opening
    adverbial phrase left before it ("In the end the probe found": "the end" is no part of the
    probe; "a projection from the Cook Report" is one phrase)."""
    if not words or words[0].casefold() in POSSESSIVES:
        return False
    for word in words[1:]:
        key = word.casefold()
        if key in _NOT_IN_SUBJECT:
            return True
        if key in _ARTICLES:
            return False
    return True


def _finding_clause(after: str) -> bool:
    """Return True when the words after "found" or "shows" open a clause of their own with no
    "that": a subject of a few words, none a preposition, then an auxiliary ("the survey found
    output had risen", "figures show the economy has grown"), not an object ("found evidence of
    fraud", "showed Labour ahead")."""
    words = after.split(None, _FINDING_SUBJECT + 1)[: _FINDING_SUBJECT + 1]
    for at, word in enumerate(words):
        key = word.casefold()
        if key in FINITE:
            return at > 0  # "found was ..." has no subject
        if key in _NOT_IN_SUBJECT or word[-1] in ",.;:!?" or any(m in word for m in QUOTE_MARKS):
            return False
    return False


def judged(verb: str, left: str, after: str) -> bool:
    """Return True when a judging verb with no quote reports a named speaker's judgement of
    what follows ("Ann Lee praised the crews for their courage"): a name of two words or more
    ends the words before it, in no relative clause ("Republicans who have praised his
    candidacy warned"), with no preposition in it ("a goal from Ann Lee condemned X to
    defeat"); the object is no agent or reason of a passive ("Lee criticised for ...")."""
    found = speaker_before(left)
    if verb not in JUDGING or found is None or found[0] < 0 or _RELATIVE_TAIL.search(left):
        return False
    words, following = found[1], after.split()[:4]
    return (
        len(words) >= 2
        and all(is_capitalised(w) for w in words[-2:])
        and words[0].casefold() not in OPENING_ADVERBS | {"even"}
        and not any(w in _JUDGED_NOT for w in words)
        and bool(following)
        and following[0] not in _JUDGED_NOT
        and not (verb == "condemned" and "to" in following)  # "condemned them to defeat"
    )


_SUBORDINATE = lazy(r"\b(?:after|before|when|while|since|until|once|because|though|although)\b")


def clause_follows(masked: str, cue: re.Match[str]) -> bool:
    """Return True when the words after a cue, up to a comma or a stop, hold a finite verb:
    "added 20 people were hurt" reports a clause, "added 4% to 142bn euros" none."""
    rest = re.split(r"[,;:.!?](?:\s|$)", masked[cue.end() : cue.end() + 120], maxsplit=1)[0]
    # a clause of its own after "after", "when" ... tells when, not what was said ("added 4%
    # in late trading after the session had closed")
    rest = _SUBORDINATE.split(rest, maxsplit=1)[0]
    return finite_verbs([w for w in rest.split() if w[:1].islower()]) > 0  # not "in May"


def reader(words: list[str]) -> bool:
    last = words[-1].casefold().rstrip(".,")
    return is_capitalised(words[-1]) or last in PRONOUNS or last in PERSON_NOUNS


# "remarks" is a plural noun after a word that may be a body or a thing ("Opposition remarks
# that ... were ignored"): a cue after a pronoun, a person noun or a name of two words or more
REMARKS = frozenset({"remarks"})


def remarker(words: list[str]) -> bool:
    """Return True when `words` before "remarks" are someone who remarks: "he", "the
    minister", "Jo Smith"."""
    last = words[-1].casefold().rstrip(".,")
    return (
        last in PRONOUNS
        or last in PERSON_NOUNS
        or (len(words) >= 2 and all(is_capitalised(w) for w in words))
    )


def thing_after(masked: str, cue: re.Match[str], end: int) -> bool:
    """Return True when a cue after a clause and a comma is followed by a thing that cannot
    speak ("He missed a tackle, conceded a penalty at the breakdown"): the verb's object, so the
    clause before is no one's words and its last name no speaker."""
    phrase = INVERTED.match(masked, cue.end(), end)
    if phrase is None:
        return False
    words = phrase.group(1).split()
    return (
        0 < len(words) <= 6
        and words[0] in _OBJECT_OPENERS
        and finite_verbs(words) == 0  # "said the plan would close": the words said
        and not any(w in BOUNDARY_WORDS for w in words)
        and not can_speak(words)
    )


_OBJECT_OPENERS = frozenset("a an the his her its their".split())
# a noun phrase read before a cue: "an earlier county presentation assured ..."
THING_OPENERS = _OBJECT_OPENERS | frozenset("A An The His Her Its Their Your your".split())


# "went on to win", "went on to say": the verb after says whether anything was said
_WENT_ON_TO = lazy(r"\s+to\s+([a-z]+)\b")
# verbs of telling the cue words lack in their plain form: "went on to list his achievements"
_TELLING = frozenset("list outline detail signal".split())


def went_on_to_act(masked: str, end: int) -> bool:
    """Return True when "went on" (ending at `end`) is followed by "to" and a verb that is no
    speech ("whose film went on to win", "who went on to score a hit"), not "went on to say",
    "went on to admit" or "went on to list"."""
    went = _WENT_ON_TO.match(masked, end)
    if went is None:
        return False
    verb = went.group(1)
    forms = {verb, f"{verb}s", f"{verb}ed", f"{verb}d", f"{verb}{verb[-1]}ed", f"{verb[:-1]}ied"}
    return verb not in _TELLING and not forms & CUE_WORDS
