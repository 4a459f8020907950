"""Ages, times of day, heights and dates: "how old is X?", "what time does X start?", "how tall is
X?" and "when did X ...?" are answered only by a passage that gives one. Someone's age asked as
a topic ("brian o'driscoll age", "the age of X") is asked as "how old" is, when a name stands
beside "age" ("state pension age", "ice age" name nobody whose age it is).

Retrieval puts passages holding a number first for "how old" questions and a date for "what
time" ones, but any number or date passes ("Chelsea boss Jose Mourinho ... 20 years of
honeymoons"; the Eurovision show "in October"), so passages about something the articles never
give the age or the time of were shown as the answer. An age must be the one asked's
(`asked_ages`); a time of day
"7pm", "7.30pm", "19:30", "1400 GMT", "noon"; a height "8,848m", "6ft 2in", "2.1 metres" ("how
tall is mount everest" showed a runner likening a race to climbing Mount Everest). "How long is
X?" is answered by a length or a duration ("four years", "an eight-year ban", "a week") in a
sentence holding a word of the question ("how long is the channel tunnel" showed Eurotunnel's
sales); any "how long ..." so ("how long a ban did X get", "how long will X be out"), by
"since" and a time too ("has been above 50 since June 2003"), and by a length in matches or
games in a clause naming the one asked or nobody ("Kell, sent off against Orvale, was handed a
seven-match suspension"; not "... after Ivo Pell was banned for 10 games" for Ned Carr's ban).
"What did X die of?" by a cause ("died from heart problems"; not "has died aged 93"). "When
...?" is answered by a date (a day, month, year or season, or "next week", "ago") or an age
reached ("at age 18", "when they turn 18": "when do children get the money") in a sentence
holding a word of the question: a passage naming the subject beside other dates ("when did the
uk leave the eu" over Tory asylum plans of a Monday) says nothing of when. "How high" asks of
prices and rates as often as of heights: it is left alone. "How do I X?" asks a way to do X:
passages that never hold X's verb (nor a form of it) tell no way to do it ("how do i renew my
passport online" over stolen Passport accounts and passports refused).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qabot.indexing import Index
from qabot.search.asked_ages import asks_age, gives_age
from qabot.search.asked_figures import question_names
from qabot.search.asked_places import asks_place, gives_place
from qabot.search.clauses import clause_names, names_at
from qabot.search.duplicates import term_set
from qabot.search.hit_record import Hit
from qabot.search.phrasal_uses import phrasal_meanings
from qabot.search.sentence_terms import sentences_with_terms
from qabot.search.subject import everyday_weight
from qabot.search.word_forms import kin_forms
from qabot.text import tokenize
from qabot.text.lexicon import MONTHS, NUMBER_WORDS, WEEKDAYS
from qabot.text.patterns import LazyPattern, lazy

_WHAT_TIME = lazy(
    r"\s*(?:at |by |from |until )?what time (?:is|was|are|were|does|do|did|will|can|should)\b",
    re.IGNORECASE,
)
# "how do i renew ...", "how can we claim ...", "how to fix ...": the reader's own doing
_HOW_TO = lazy(
    r"\s*how\s+(?:(?:do|can|could|should|would|shall|might)\s+(?:i|we|you|one)|to)\s+"
    r"(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
_HOW_TALL = lazy(r"\s*(?:how tall (?:is|was|are|were)|what height (?:is|was))\b", re.I)
CLOCK = lazy(
    r"\b\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)|(?<![:\d])\d{1,2}:\d\d(?![:\d])"
    r"|\b\d{4}\s?(?:GMT|BST|UTC|CET|EST|PST|local time)\b|\bnoon\b|\bmidnight\b|\bo'clock\b",
    re.IGNORECASE,
)

# "what time did X run in the 800m": the time a race took, or a time of day ("what time does
# the race finish"); either answers
_RACE = lazy(
    r"\b(?:run|ran|finish|finished|clock|clocked|swim|swam|sprint|sprinted|complete"
    r"|completed)\b",
    re.IGNORECASE,
)
# "1:47.97", "44.93 seconds", "9.87secs", "2hr 07min", "one minute, 47.97 seconds"
RACE_TIME = lazy(
    r"(?<![:\d])\d{1,2}(?::\d\d)+(?:\.\d+)?(?![:\d])"
    r"|\b\d+(?:\.\d+)?\s?(?:secs?|seconds|mins?|minutes|hrs?|hours)\b"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s(?:minutes?|hours?)\b",
    re.IGNORECASE,
)
RACE_OR_CLOCK = lazy(f"{RACE_TIME.pattern}|{CLOCK.pattern}", re.IGNORECASE)

_HOW_LONG = lazy(r"\s*how long\b", re.IGNORECASE)
# "where did the uk come in the study", "where did X finish in the marathon": a placing (not
# "where will the race finish", "where did the idea come from", "where will it take place")
_WHERE_PLACED = lazy(
    r"\s*where (?:did|does|do|will|has|have|had|is|was|are|were)\b.*?\b(?:(?:come|finish"
    r"|finished) in|rank|ranked)\b",
    re.IGNORECASE,
)
PLACING = lazy(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)"
    r"|top|bottom|runner-up|runners-up)\b",
    re.IGNORECASE,
)
_PLACE_NEAR = 3  # words between a placing and the word of the question it is told of, at most
_HEIGHT_TERMS = frozenset(tokenize("tall height long"))
HEIGHT = lazy(
    r"(?<![$£€¥\w.,])\d[\d,.]*\s?(?:m|metres?|meters?|ft|feet|foot|cm|centimet(?:re|er)s?"
    r"|inches|km|kilomet(?:re|er)s?|miles?)(?!\w)|\b\d+ft\s?\d*(?:in)?\b",
    re.IGNORECASE,
)
# "four years", "an eight-year ban", "72 hours", "a week"
DURATION = lazy(
    r"\b(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|twenty|thirty|forty|fifty|sixty|hundred|several|few)"
    r"[- ](?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b",
    re.IGNORECASE,
)

# "a seven-match suspension", "banned for 10 games": a length counted in fixtures, a ban's or a
# spell's; told of the one its clause names ("whose ban": `_spell_of_asked`)
SPELL = lazy(
    rf"\b(?:\d+|{'|'.join(sorted(NUMBER_WORDS))})[- ](?:match(?:es)?|games?|races?|fixtures?"
    r"|rounds?|tests?|tournaments?)\b",
    re.IGNORECASE,
)

# "what did X die of?" asks a cause, which "has died aged 93" does not give: "died from heart
# problems", "died of cancer", "death after a fall", "killed by" (told of "he" as often as of
# the name: anywhere in the passage)
_DIED_OF = lazy(r"\s*what did .+ die (?:of|from)\b", re.IGNORECASE)
CAUSE = lazy(
    r"\b(?:died|dies|dying|death)\b[^.;]{0,40}?\b(?:of|from|after|following)\b"
    r"|\b(?:caused by|killed by)\b",
    re.IGNORECASE,
)

# "since June 2003", "since the war", "since last year": how long, counted from a time
SINCE = lazy(r"\bsince (?:(?-i:[A-Z])|\d|the |last |early |late )", re.IGNORECASE)

# "when did X ...?", "until when can ...", "what year was ...": a date or time is asked
_WHEN = lazy(
    r"\s*(?:(?:until|since|by|from) )?(?:when(?:'s|’s)?\s+(?:(?:is|was|are|were|do|does|did|will"
    r"|would|can|could|should|has|have|had)\b|$)|when's\b|when’s\b"
    r"|(?:in |since |until )?what (?:year|date|day|month) (?:is|was|are|were|do|does|did|will"
    r"|would|can|could|should|has|have|had)\b)",
    re.IGNORECASE,
)
_WHEN_TERMS = frozenset(tokenize("when year date day month time"))
# a day, month, year, season or a time said relative to now, as the articles write them
WHEN = lazy(
    rf"\b(?:{'|'.join(name.capitalize() for name in (*MONTHS, *WEEKDAYS))})\b"  # not "may"
    r"|(?i:\b(?:1[5-9]\d\d|20\d\d|today|tomorrow|yesterday|tonight|weekend|spring|summer"
    r"|autumn|winter|christmas|easter|ago|soon|shortly|(?:next|last|this|coming|later this"
    r"|earlier this) (?:week|month|year|season|decade|term|spring|summer|autumn|winter)"
    # "by the end of the decade", "at the start of next year": a time, though no date
    r"|(?:end|start|beginning|middle|turn) of (?:the|this|next|last) (?:week|month|year"
    r"|season|decade|century)"
    r"|\d{1,2}(?:st|nd|rd|th))\b)"
)

# "when do children get the money?": at an age ("at age 18", "at the age of 16", "when they
# turn 18"), as often as at a date
AGE_REACHED = lazy(
    r"\bat (?:the )?age (?:of )?\d{1,3}\b|\b(?:turns?|turning|reach|reaches|reaching) \d{1,3}\b"
    r"(?!\s?(?:%|per|m\b|bn\b|million|billion))",
    re.IGNORECASE,
)


def missing_kind(index: Index, question: str, hits: Sequence[Hit]) -> str | None:
    """Return what `question` asks for ("an age", "a time of day", "a height", ...) when none of
    `hits` gives it, else None (also for questions asking for neither). A height must be in a
    sentence holding a word of the question ("400m runners" is no height of Mount Everest)."""
    if asks_age(index, question):
        return None if gives_age(index, question, hits) else "an age"
    if _WHAT_TIME.match(question) and _RACE.search(question):
        kind, pattern = "a time", RACE_OR_CLOCK  # "what time did X run": 1min 47.97s
    elif _WHAT_TIME.match(question):
        kind, pattern = "a time of day", CLOCK
    elif _HOW_TALL.match(question):
        return (
            None
            if any(_gives(question, hit, [HEIGHT], _HEIGHT_TERMS) for hit in hits)
            else "a height"
        )
    elif _HOW_LONG.match(question):  # "how long is the tunnel", "how long a ban did ..."
        kinds = [HEIGHT, DURATION, SINCE]  # "has been above 50 since June 2003"
        # "how long did it take X to lose the weight": a spell beside X alone ("as he ate
        # only fast food for an entire month") is of something else
        asking = _HEIGHT_TERMS | _named_terms(index, question)
        held = any(
            _gives(question, hit, kinds, asking) or _spell_of_asked(question, hit) for hit in hits
        )
        return None if held else "a length or a duration"
    elif _WHERE_PLACED.match(question):  # "ranked the UK third", not "the eighth in a series"
        return None if any(_placed(question, hit) for hit in hits) else "a placing"
    elif asks_place(question):  # "where did X die": a sentence of it telling a place
        return None if gives_place(index, question, hits) else "a place"
    elif _DIED_OF.match(question):  # "what did X die of": a cause ("He ... died from")
        kind, pattern = "a cause of death", CAUSE
    elif _WHEN.match(question):  # a date about its subject, not any date in the passage
        held = any(_gives(question, hit, [WHEN, AGE_REACHED], _WHEN_TERMS) for hit in hits)
        return None if held else "a date"
    else:
        return None
    return None if any(pattern.search(hit.passage.text) for hit in hits) else kind


def _named_terms(index: Index, question: str) -> frozenset[str]:
    """Return the terms of the names `question` asks about (`asked_figures.question_names`)
    when a word of weight (no everyday word) is left beside them to tell what is asked of
    them; else none."""
    names = question_names(index, question)
    named = frozenset().union(*names.values()) if names else frozenset()
    rest = sorted(set(tokenize(question)) - _HEIGHT_TERMS - named)
    common = everyday_weight(len(index.engine))
    weights = index.engine.idf(rest)
    return named if any((weights.get(term) or 0.0) >= common for term in rest) else frozenset()


def _gives(question: str, hit: Hit, kinds: Sequence[LazyPattern], asking: frozenset[str]) -> bool:
    """Return whether a sentence of the hit holds what one of `kinds` finds (a height, a
    duration, a date) and a word of `question` other than the `asking` ones ("tall", "when"):
    the sentence's terms are those stored at index time."""
    about = (set(tokenize(question)) | phrasal_meanings(question)) - asking
    text = hit.passage.text
    return any(
        not about.isdisjoint(terms) and any(kind.search(text, start, end) for kind in kinds)
        for start, end, terms in sentences_with_terms(hit.passage)
    )


def _placed(question: str, hit: Hit) -> bool:
    """Return whether a sentence of the hit gives a placing (`PLACING`) with a word of
    `question` within _PLACE_NEAR words of it ("ranked the UK third"): a placing told of
    something else ("the eighth in a series") is none of the question's."""
    asked = frozenset(tokenize(question))
    for found in PLACING.finditer(hit.passage.text):
        text = hit.passage.text
        before = text[: found.start()].split()[-_PLACE_NEAR:]
        after = text[found.end() :].split()[:_PLACE_NEAR]
        if asked.intersection(tokenize(" ".join(before + after))):
            return True
    return False


def _spell_of_asked(question: str, hit: Hit) -> bool:
    """Return whether a sentence of the hit holding a word of `question` gives a length in
    fixtures ("a seven-match suspension") told of the question's names: its clause names one
    of them or nobody (`clauses`)."""
    asked = frozenset(tokenize(question))
    about = asked - _HEIGHT_TERMS
    text = hit.passage.text
    for start, end, terms in sentences_with_terms(hit.passage):
        if about.isdisjoint(terms):
            continue
        sentence = text[start:end]
        names = names_at(sentence)
        for length in SPELL.finditer(sentence):
            named = clause_names(sentence, names, *length.span())
            if not named or any(set(tokenize(word)) <= asked for word in named):
                return True
    return False


def missing_way(index: Index, question: str, hits: Sequence[Hit]) -> str | None:
    """Return "a way to X" when `question` asks how to do X ("how do i renew my passport") and
    none of `hits` holds X's verb or a form of it, else None. A verb that is an everyday word
    of the archive ("get", "make") is left alone: the rest of the question says what is done."""
    asked = _HOW_TO.match(question)
    if asked is None:
        return None
    verb = asked.group("verb")
    terms = tokenize(verb)
    weights = index.engine.idf(terms)  # (a verb no article holds weighs nothing: no way told)
    common = everyday_weight(len(index.engine))
    if not terms or any(0 < weights.get(term, 0.0) < common for term in terms):
        return None
    vocabulary = set().union(*(term_set(hit.passage) for hit in hits))
    if set(terms) <= vocabulary or kin_forms(terms, vocabulary):
        return None
    return f"a way to {verb.casefold()}"
