"""Cue spans: where the words a speech cue reports start and end (a step inside
`qabot.attribution.quotes`, with the cues of `qabot.attribution.cues`).

After the cue ("said that ...", "said on Friday he ...", "told reporters the yard was safe"),
`content_start` finds where the reported words open, or that there are none ("said of Trump");
where they stop is `qabot.attribution.content_cuts` (a participle clause, a new cue, a dash)
and `qabot.attribution.content_ends` (before a quote of their own or a main clause's verb).
"""

from __future__ import annotations

import re

from qabot.attribution.asked_questions import question_after_whom
from qabot.attribution.bare_clauses import (
    FINITE,
    bare_clause,
    clause_words,
    finite_ahead,
    finite_verbs,
)
from qabot.attribution.cue_objects import clause_opener, said_of_that, that_ahead
from qabot.attribution.cue_sources import ADJUNCT_BEFORE_SUBJECT
from qabot.attribution.cues import (
    ADJUNCT_START,
    ASKED,
    ASKED_WHAT,
    BARE,
    DOCUMENT_VERBS,
    INTRO,
    OBJECT,
    PARTICIPLE,
)
from qabot.attribution.quote_marks import QUOTE_MARKS
from qabot.text.lexicon import MONTHS, TITLE_ABBREVIATIONS, WEEKDAYS
from qabot.text.patterns import lazy

_FIRST_WORD = lazy(r"\s*(\S+)")
# when something was said, between a cue and the clause it reports: "said on Friday he ...",
# "says tonight he's", "said last week the plan"
_TIME_NOUNS = "week weekend month year night morning today tonight yesterday".split()
_WHEN = lazy(
    r"\s+(?:(?:on|last|this|earlier|later|late|early|in)\s+)?(?:(?:this|last|on)\s+)?(?i:"
    + "|".join([*WEEKDAYS, *MONTHS, *_TIME_NOUNS])
    + r")\b(?:\s+(?:morning|afternoon|evening|night))?,?(?=\s)"
)
_DEMONSTRATIVE_SUBJECTS = frozenset("this these those".split())


# Verbs whose object is seldom words said ("maintained his lead", "declared victory", "wrote a
# letter"): their bare content must hold a finite verb ("maintained they were not marked")
_OBJECT_OR_CLAUSE = frozenset("maintained maintains declared declares wrote writes".split())
_ADVERBS = frozenset("afterwards later again also then".split())  # before "that"
# a few words, then a comma or colon and a quote: whom or what a cue names before the quote
_BEFORE_QUOTE = lazy(r"(?:\s+[^\s\"“”,:;.]+){1,9}\s*[,:]\s*(?=[\"“])")
# an aside between dashes right after a cue: how or where it was said
# "describing it as a “disinformation campaign”": what the thing was called follows "as"
_DESCRIBED_AS = lazy(r"\s+(?:it|them|him|her|this|that|these|those)\s+as\s+(?=\S)", re.IGNORECASE)
_DESCRIBING = frozenset(("describing", "describe", "describes", "described"))
_DASH_ASIDE = lazy(r"\s+(?:[—–]|--?)\s+[^—–\n]{1,80}?\s(?:[—–]|--?)(?=\s)")

# "X points out conditions will be better": what is pointed out follows, as after "says"
_POINT_OUT = frozenset(("pointed out", "points out", "point out"))


# Verbs read with "that" whose "that" news often drops: "X announced she would run", "the
# paper reported the plant had closed"; their bare content must open like a clause (below)
_CLAUSE_TOO = frozenset(
    """announced announces reported reports revealed confirmed confirms concluded concludes
estimated estimates alleged alleges complained complains recalled recalls agreed agrees vowed
vows promised promises pledged pledges testified replied responded countered reiterated
cautioned lamented remarked commented""".split()
)
# verbs whose object is the words, which may first name whom they were told with "to"
_TO_WHOM = frozenset("denied denies described describes".split())


# a first word whose full stop ends no clause: a title ("said Mr. Smith was ...", "Sen.") or
# initials ("said U.S. forces would ...")
_ABBREVIATED = lazy(
    r"(?:"
    + "|".join(sorted(TITLE_ABBREVIATIONS, key=len, reverse=True))
    + r"|(?:[a-z]\.)+[a-z])\."
)


# "about" or "over" before a number opening the clause ("said about 30 people were hurt"),
# not what was spoken of ("said about the plan") nor when ("said about an hour later")
_ABOUT_SOME = lazy(
    r"\s+(?:about|over)\s+(?:[£$€]?\d[\d,.]*\w*|half|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|twenty|thirty|forty|fifty|hundreds|thousands|dozens)\s+"
    r"(?!(?:minutes?|hours?|days?|weeks?|months?|years?)\b)[a-z]"
)


# a subject pronoun set apart by a short aside before its verb: "they, too, have", "he,
# however, was"
_SUBJECT_ASIDE = lazy(r"\s*(?:he|she|they|we|I|it),\s+[^,;:.]{1,30},\s+[a-z]")
# a name as that subject: "said Trump, despite his wealth, is better placed" (not when it was
# said: "said Monday, in a statement, that", "said Jan. 5, ...")
_NAME_ASIDE = lazy(
    r"\s*(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}),\s+[^,;:.\"“”·]{1,30},\s+[a-z]"
)
_CALENDAR = frozenset(
    (
        *WEEKDAYS,
        *MONTHS,
        *(month[:3] for month in MONTHS),
        *"sept today tonight yesterday tomorrow".split(),
    )
)


def _name_aside(rest: str) -> bool:
    """Return True when the words after a cue open with a name set apart from its verb by a
    short aside ("said Trump, despite his wealth, is"), not with when it was said."""
    found = _NAME_ASIDE.match(rest)
    return found is not None and not any(
        word.casefold().rstrip(".") in _CALENDAR for word in found.group("name").split()
    )


def content_start(masked: str, verb: str, position: int, end: int) -> int | None:
    """Return where the content after a cue starts, or None when it has none."""
    aside = _DASH_ASIDE.match(masked, position, end)
    if aside is not None:  # "said — on Twitter, as it happens — that ...": the words follow
        position = aside.end()
    rest = masked[position:end]
    first = _FIRST_WORD.match(rest)
    if first is None or not rest.strip(" .!?;)"):
        return None
    word = first.group(1).casefold()
    if word == "of":
        # '“...,” she said of Trump': what she said comes before; "said of the scandal that
        # the report was bad": whom or what it was said of, then the words
        return said_of_that(masked, verb, position, end)
    described = _DESCRIBED_AS.match(rest) if verb in _DESCRIBING else None
    if described is not None:
        return position + described.end()
    if (
        word == "that"
        and rest[first.end() :].split()[:1]
        and (rest[first.end() :].split()[0].casefold() in FINITE)
    ):
        return position + first.start(1)  # "said that was impossible": "that" is what was
    if (
        word in _DEMONSTRATIVE_SUBJECTS
        and verb in BARE
        and rest[first.end() :].split()[:1]
        and rest[first.end() :].split()[0].casefold() in FINITE
    ):
        return position + first.start(1)  # "said this is a rough patch", not "said this week"
    if word.rstrip(",") == "that":
        after = rest[first.end() :]
        return position + first.end() + len(after) - len(after.lstrip(" ,"))
    if word[0] in QUOTE_MARKS:
        return position + first.start(1)
    if verb in DOCUMENT_VERBS and rest[:1].isspace():
        # "the survey found output had risen": the clause (`cue_senses.document_tells` read it)
        return position + first.start(1)
    if verb in ASKED and word in ASKED_WHAT:
        return position + first.start(1)  # "asked whether the plan was legal": the question
    put = question_after_whom(masked, position, end) if verb in ASKED else None
    if put is not None:
        return put  # "asked the mayor whether the plan was legal": the question
    after_adverb = rest[first.end() :]
    if (word.endswith("ly") or word in _ADVERBS) and after_adverb.split()[:1] == ["that"]:
        # "said afterwards that ...": the words follow "that"
        return position + first.end() + after_adverb.index("that") + len("that ")
    if rest.lstrip()[:1] in ",:" and rest.lstrip()[1:].lstrip()[:1] in QUOTE_MARKS:
        return position + rest.index(rest.lstrip()[1:].lstrip()[:1])
    before_quote = _BEFORE_QUOTE.match(masked, position, end)
    if before_quote is not None and not clause_words(before_quote.group().split()):
        # "told SiriusXM host Matt Boyle, “...”", "added a caveat: “...”": whom or what, then
        # the words quoted
        return before_quote.end()
    if verb in BARE and _named_not_when(word, rest[first.end() :]):
        return position + first.start(1)  # "said this year's event was", "said this plan would"
    if (
        (verb in BARE or verb in PARTICIPLE or verb in _POINT_OUT)
        and (word.rstrip(",") not in ADJUNCT_START or _ABOUT_SOME.match(rest) is not None)
        and (
            word[-1] not in ",.;:"
            or _ABBREVIATED.fullmatch(word) is not None
            # "said they, too, have had ...": a subject, an aside, then its verb
            or _SUBJECT_ASIDE.match(rest) is not None
            or _name_aside(rest)
        )
        and rest[:1].isspace()
        # "Sanders maintained his double-digit lead", "X acknowledged the appeal of ...": an
        # object, not a clause
        and (verb not in _OBJECT_OR_CLAUSE or finite_ahead(rest))
    ):
        ahead = that_ahead(masked, position, end)
        if (
            ahead is not None
            and masked[ahead.end() :].split()[:1] != []
            and (masked[ahead.end() :].split()[0].casefold() not in FINITE)
        ):
            return ahead.end()  # "said late Wednesday that", "explained through a spokesman that"
        return position + first.start(1)
    if verb in _TO_WHOM and word == "to":
        # "denied to Reuters that it was the firm": whom it was told, then the words after
        # "that"; "something he described to me as laughable": no words of its own
        ahead = that_ahead(masked, position, end)
        return ahead.end() if ahead is not None else None
    if verb in OBJECT and rest[:1].isspace():
        return position + first.start(1)
    if verb in _CLAUSE_TOO and rest[:1].isspace() and bare_clause(rest):
        return position + first.start(1)  # "Acme announced it would close the plant"
    if verb in BARE and word.rstrip(",") in ADJUNCT_START:
        # "said earlier on Friday during a news conference that ...": when and where, then
        # the words (`that_ahead`: not "that was ...", a demonstrative)
        ahead = that_ahead(masked, position, end)
        following = masked[ahead.end() :].split()[:1] if ahead is not None else []
        if ahead is not None and following and following[0].casefold() not in FINITE:
            return ahead.end()
    timed = (
        _WHEN.match(masked, position, end) or ADJUNCT_BEFORE_SUBJECT.match(masked, position, end)
        if verb in BARE or verb in _CLAUSE_TOO
        else None
    )
    if timed is not None and (
        clause_opener(masked[timed.end() : end].split()[:2])
        if verb in BARE
        # "Acme announced on Sunday it would close the plant", not "announced Sunday the
        # closure of ..." nor "contracts announced late last year, Acme will ...": a clause,
        # as after the verb itself
        else not timed.group().endswith(",") and bare_clause(masked[timed.end() : end])
    ):
        return timed.end()  # "Adelson said on Friday he met Trump": the clause after when
    intro = INTRO.match(masked, position, end)
    if intro and verb in _CLAUSE_TOO and word in ("a", "an") and " that" in intro.group():
        return None  # "announced a plan that would close ...": a relative clause, no words
    return intro.end() if intro else None


_TIME_WORDS = frozenset(
    (
        *_TIME_NOUNS,
        *(day.casefold() for day in WEEKDAYS),
        *(month.casefold() for month in MONTHS),
        *"afternoon evening time term quarter season summer autumn winter spring".split(),
    )
)


def _named_not_when(word: str, after: str) -> bool:
    """Return True when "this", "last" or "next" after a cue opens a noun phrase that is the
    subject of the words said ("said last year's figures were", "said this plan would"), not
    when they were said ("said this week", "said last Tuesday")."""
    if word not in ("this", "last", "next"):
        return False
    words = after.split(None, 4)[:4]
    if not words:
        return False
    noun = words[0].casefold()
    if noun.endswith(("'s", "’s")):
        return noun[:-2] in _TIME_WORDS  # "last year's", not "last Monday's" alone
    return (
        word == "this"
        and noun.isalpha()
        and noun not in _TIME_WORDS
        and noun not in ADJUNCT_START
        and finite_verbs(words[1:3]) > 0
    )
