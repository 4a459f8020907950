"""Cues: the words that attribute speech and where the words they report start and end.

Part of quote attribution (`qabot.attribution.quotes`): speech verbs by how their content follows
them, the cue patterns built from them (matched on text whose quoted words are masked by
`qabot.attribution.quote_marks`, so cues inside quotes are ignored), the patterns of sources
named by a dash, a colon or "according to", and where the words a cue reports start and end
(`content_start`, `content_end`). Sentences and their subjects are read in
`qabot.attribution.sentence_subjects`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from qabot.attribution.quote_marks import QUOTE_MARKS
from qabot.text.lexicon import MONTHS, WEEKDAYS, is_capitalised

# Verbs whose complement may be a bare clause: "X said Russia could ...".
_BARE_VERBS = """said says say told tells tell added adds stressed stresses warned warns claimed
claims insisted insists argued argues explained explains noted notes acknowledged acknowledges
admitted admits conceded concedes declared declares suggested suggests predicted predicts
asserted asserts contended contends maintained maintains wrote writes tweeted believes
believed thinks thought emphasised emphasized emphasises emphasizes reckons stated
remembered surmised recounted opined""".split()
# Belief verbs in the plural or first person ("Economists believe this provides ...", "some
# officials think she is at risk"): cues, but no verb a question about speech is read by
_BELIEF_VERBS = "believe think".split()
# Verbs that need "that", a colon or a quote before their content: "X replied: ...".
_THAT_VERBS = """replied replies responded responds continued continues recalled recalls
complained complains cautioned reiterated reiterates countered counters agreed agrees announced
announces posted observed reported reports revealed concluded concludes hoped hopes feared fears
estimated estimates asked asks testified vowed vows promised promises pledged pledges boasted
quipped joked lamented wondered alleged alleges charged confirmed confirms insisting cried
shouted yelled chanted retorted read reads beamed pressed boomed fumed riffed
answered answers exclaimed interjected mused reflected sighed remembers remarked questioned
proclaimed proclaims gushed write argue conclude warn insist explain scoffed barked snapped
grumbled marveled marvelled commented yells states assured assures""".split()
# Verbs whose object is the content: "X accused Moscow of ...", "X denied any ...".
_OBJECT_VERBS = """accused accuses denied denies described describes urged urges called
calls""".split()
# Verbs that attribute words only when quoted words follow: "Reid called Trump a “spoiled brat”".
_QUOTING_VERBS = """referred labeled labelled dubbed branded characterized characterised likened
slammed blasted praised condemned criticized criticised attacked mocked lauded hailed decried
dismissed bemoaned denounced derided ridiculed lambasted touted echoed compared""".split()
_PARTICIPLES = """adding saying noting warning arguing insisting stressing claiming describing
calling accusing telling explaining suggesting urging denying writing asking stating asserting
declaring predicting promising vowing complaining acknowledging admitting recalling conceding
contending emphasizing emphasising replying responding joking quipping boasting lamenting
pledging proclaiming tweeting chanting shouting yelling commenting announcing""".split()
# participles that report speech after "is" ("Trump is telling veterans that ..."), not "GM is
# recalling cars", "she is writing a book", "the firm is calling back ..."
PROGRESSIVE = frozenset(_PARTICIPLES) - frozenset(
    "writing recalling calling asking announcing tweeting chanting shouting yelling".split()
)
TELL = frozenset("told tells tell telling asked asks".split())
# verbs whose object is the one addressed when "that" follows it ("warned the minister that
# ...", "assured voters that ..."): the words reported start after "that", not at the object
ADDRESSED = frozenset("warned warns warn warning assured assures".split())
# every verb the extractor reads as a speech cue, as written in the lists above (the question
# reader recognises the same verbs, in all their forms: qabot.search.speech_verbs)
SPEECH_VERBS = frozenset(_BARE_VERBS + _THAT_VERBS + _OBJECT_VERBS + _QUOTING_VERBS + _PARTICIPLES)


def word_alternation(words: Iterable[str]) -> str:
    """Return a regex matching any of `words`, longest first, as a prefix tree.

    Python's re tries a flat alternation one word after another at every position of the
    text; a tree fails at the first letter that no word continues (3x faster over a corpus).
    """
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def pattern(node: dict[str, Any]) -> str:
        branches = [
            re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer word first

    return pattern(tree)


_CUE_PHRASES = frozenset(
    {
        "According to",
        "according to",
        "pointed out",
        "points out",
        "point out",
        "shot back",
        "fired back",
        "hit back",
        "went on",
        "put it",
        *_BARE_VERBS,
        *_THAT_VERBS,
        *_OBJECT_VERBS,
        *_PARTICIPLES,
        *_QUOTING_VERBS,
    }
)
CUE = re.compile(
    r"(?<![\w'’-])(?P<cue>"
    + word_alternation(_CUE_PHRASES)
    # "added up to 22bn yen" is a sum, "systems maintained by Sun" a passive: not speech
    + r")(?![\w'’-])(?!\s+(?:up|by)\b)"
)
# belief cues, read only where a sentence's cues are (`qabot.attribution.cue_reading`): other
# steps ask whether a cue is near a quote, and "could not believe the goal" is none
BELIEF_CUE = re.compile(r"(?<![\w'’-])(?P<cue>believe|think)(?![\w'’-])")
# A cue's first word stands alone between characters no word holds (see CUE's lookarounds):
# `qabot.attribution.cue_search` looks for these words before trying the patterns
CUE_FIRST_WORDS = frozenset(phrase.split()[0] for phrase in _CUE_PHRASES)

BARE, OBJECT = frozenset(_BARE_VERBS + _BELIEF_VERBS), frozenset(_OBJECT_VERBS + _QUOTING_VERBS)
QUOTING = frozenset(_QUOTING_VERBS)
BELIEF = frozenset(_BELIEF_VERBS)
CUE_WORDS = frozenset(_BARE_VERBS + _THAT_VERBS + _OBJECT_VERBS + _PARTICIPLES)
PARTICIPLE = frozenset(_PARTICIPLES)
ADJUNCT_START = frozenset(
    """in on at during after before last this earlier later yesterday
today tonight monday tuesday wednesday thursday friday saturday sunday to by with from for
about over via recently""".split()
)


_WHEN_OR_WHERE = (
    "on in at during last this earlier later yesterday today tonight "
    "monday tuesday wednesday thursday friday saturday sunday"
)
# the one told, then perhaps when or where: "told the Scottish Parliament on Wednesday that"
TOLD_OBJECT = re.compile(
    r"(?:\s+(?!that\b)[\w'’.&-]+){1,4}?"
    r"(?:\s+(?i:" + "|".join(_WHEN_OR_WHERE.split()) + r")\b(?:\s+(?!that\b)[\w'’.&-]+){0,3}?)?"
    r"(?=\s+that\b|\s*[,:;.!?]|\s+[\"“]|\s*$)"
)
_CLAUSE_VERB = (
    r"(?:is|are|was|were|had|has|have|would|will|could|should|can|may|might|must|did|does)"
)
# the one told, then the clause told with no "that": "told the BBC he would not resign",
# "told reporters it was a good day", "told BBC News the ban was needed" (a name, then "the")
_TOLD_WORD = r"\s+(?!(?:of|about|to|that|him|her|them|us|me|you)\b)[\w'’.&-]+"
TOLD_BEFORE_CLAUSE = re.compile(
    rf"(?:{_TOLD_WORD}){{0,3}}?(?:\s+(?!(?:of|about|to|that)\b)[\w'’.&-]+"
    r"(?=\s+(?:he|she|it|they|we|i|there)\s+[a-z’']+)"
    r"|\s+[A-Z0-9][\w'’.&-]*(?<!'s)(?<!’s)(?=\s+the\s)"
    # "told reporters the yard was safe", "told the court a deal had been done": a clause
    # opening with a determiner, its verb close after (not "told a meeting of the ...")
    r"|\s+(?!(?:that|such|of|for|in|at|on|from|with|by)\b)[\w'’.&-]+(?<!'s)(?<!’s)"
    rf"(?=\s+(?:the|a|an|his|her|their|its|these|those|our)\s+(?:(?!{_CLAUSE_VERB}\b)"
    r"(?!(?:that|he|she|it|they|we|i)\b)[\w'’-]+\s+){1,4}?" + _CLAUSE_VERB + r"\s))"
)
CUT = re.compile(
    r",\s+(?:" + "|".join(_PARTICIPLES) + r"|while|whereas|although|though)\b|;\s|\s[-–—]\s"
    # "X accused Y of ..., but Parry explained: ...": a clause with its own speaker and cue
    r"|,\s+(?:but|and|yet)\s+(?:(?:[A-Z][\w'’.-]*\s+){1,3}|(?:he|she|they)\s+)(?:also\s+)?"
    r"(?:" + "|".join(sorted(_BARE_VERBS + _THAT_VERBS, key=len, reverse=True)) + r")\b"
)
INTRO = re.compile(
    r"(?:\s+(?!that\b)[^\s·\"“”]+){0,6}?(?:\s+that,?(?=\s)|\s*[,:]?\s*(?=[\"“]))\s*"
)
TRANSCRIPT = re.compile(r"[\"“]?(?P<name>[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){0,2}):\s+")
DASH_SOURCE = re.compile(
    r"(?<=[”\"])\s*(?P<dash>[―—–]|--)\s*(?P<name>[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*){0,4})\s*$"
)
COLON_SOURCE = re.compile(
    r"(?:^|[-–—]\s+|\.\s+|\bto\s+)(?P<name>(?:[A-Z][\w.'’-]*\s+){0,3}"
    r"[A-Z][\w.'’-]*)(?:\s+and\s+[A-Z][\w.'’ -]*)?:\s*$"
)
ACCORDING = re.compile(r"\s+((?:[\w'’.&-]+\s+){0,14}?[\w'’.&-]+)(?=\s*[,.;:!?(]|\s*$)")
INVERTED = re.compile(r"\s+([^,;:!?()·\"“”]{1,160}?)\.?(?=\s*[,;:!?()]|\s*$)")
# the name in apposition after a role that follows its cue: '..., said the chairman, MP Ed Leigh.'
APPOSED_NAME = re.compile(
    r",\s+(?P<name>(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]*)\.?(?=\s*[,.;:!?]|\s*$)"
)

_FIRST_WORD = re.compile(r"\s*(\S+)")
# when something was said, between a cue and the clause it reports: "said on Friday he ...",
# "says tonight he's", "said last week the plan"
_TIME_NOUNS = "week weekend month year night morning today tonight yesterday".split()
_WHEN = re.compile(
    r"\s+(?:(?:on|last|this|earlier|later|late|early|in)\s+)?(?:(?:this|last|on)\s+)?(?i:"
    + "|".join([*WEEKDAYS, *MONTHS, *_TIME_NOUNS])
    + r")\b(?:\s+(?:morning|afternoon|evening|night))?,?(?=\s)"
)
_CLAUSE_SUBJECTS = frozenset("he she it they we i there this".split())
_DETERMINERS = frozenset("the a an his her their its our my".split())


# Verbs whose object is seldom words said ("maintained his lead", "declared victory", "wrote a
# letter"): their bare content must hold a finite verb ("maintained they were not marked")
_OBJECT_OR_CLAUSE = frozenset("maintained maintains declared declares wrote writes".split())
_FINITE = frozenset(
    """is are was were be been will would could should can cannot may might must shall has have
had did does do isn't aren't wasn't weren't won't""".split()
)
_ADVERBS = frozenset("afterwards later again also then".split())  # before "that"
_CLAUSE_REACH = 10  # words after the cue a clause's verb must come within

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
_NOMINATIVE = frozenset("he she they we i".split())


def _bare_clause(rest: str) -> bool:
    """Return True when the words after a cue open a clause: a subject pronoun ("announced
    she would run"), or a short noun phrase and then an auxiliary ("reported the plant had
    closed"); not an object ("announced his resignation", "promised a plan that would ...")."""
    words = rest.split(None, 5)[:5]
    if len(words) < 2 or any(mark in rest for mark in QUOTE_MARKS):
        return False  # 'recalled she was there and said, “...”': the quote is read on its own
    first = words[0].casefold()
    if first in ADJUNCT_START:
        return False  # "a merger announced Monday would turn ...": a participle and when
    if first in _NOMINATIVE:
        return words[1][:1].isalpha()
    if not (first in _DETERMINERS or is_capitalised(words[0])) or words[0][-1] in ",.;:":
        return False
    for word in words[1:4]:
        if word.casefold() in _FINITE:
            return True
        if word[-1] in ",.;:" or word.casefold() in _PHRASE_BREAKS:
            return False
    return False


_PHRASE_BREAKS = frozenset("that which who whom to of for in on at with and or by from".split())


def _finite_ahead(rest: str) -> bool:
    """Return True when a finite verb (an auxiliary or modal) comes within the first words
    after a cue: "the campaign maintained they were not marked", not "maintained its lead"."""
    return finite_verbs(rest.split(None, _CLAUSE_REACH)[:_CLAUSE_REACH]) > 0


def finite_verbs(words: list[str]) -> int:
    """Return how many of `words` are auxiliaries or modals ("was", "would", "hasn't"): each
    marks a finite verb, so a clause, where a phrase ("In a letter to Zucker") has none."""
    return sum(w.casefold().strip(",.;:") in _FINITE or w.endswith(("n't", "n’t")) for w in words)


def content_start(masked: str, verb: str, position: int, end: int) -> int | None:
    """Return where the content after a cue starts, or None when it has none."""
    rest = masked[position:end]
    first = _FIRST_WORD.match(rest)
    if first is None or not rest.strip(" .!?;)"):
        return None
    word = first.group(1).casefold()
    if word == "of":
        return None  # '“...,” she said of Trump': what she said comes before
    if (
        word == "that"
        and rest[first.end() :].split()[:1]
        and (rest[first.end() :].split()[0].casefold() in _FINITE)
    ):
        return position + first.start(1)  # "said that was impossible": "that" is what was
    if word.rstrip(",") == "that":
        after = rest[first.end() :]
        return position + first.end() + len(after) - len(after.lstrip(" ,"))
    if word[0] in QUOTE_MARKS:
        return position + first.start(1)
    after_adverb = rest[first.end() :]
    if (word.endswith("ly") or word in _ADVERBS) and after_adverb.split()[:1] == ["that"]:
        # "said afterwards that ...": the words follow "that"
        return position + first.end() + after_adverb.index("that") + len("that ")
    if rest.lstrip()[:1] in ",:" and rest.lstrip()[1:].lstrip()[:1] in QUOTE_MARKS:
        return position + rest.index(rest.lstrip()[1:].lstrip()[:1])
    if (
        (verb in BARE or verb in PARTICIPLE or verb in _POINT_OUT)
        and word.rstrip(",") not in ADJUNCT_START
        and word[-1] not in ",.;:"
        and rest[:1].isspace()
        # "Sanders maintained his double-digit lead", "X acknowledged the appeal of ...": an
        # object, not a clause
        and (verb not in _OBJECT_OR_CLAUSE or _finite_ahead(rest))
    ):
        return position + first.start(1)
    if verb in OBJECT and rest[:1].isspace():
        return position + first.start(1)
    if verb in _CLAUSE_TOO and rest[:1].isspace() and _bare_clause(rest):
        return position + first.start(1)  # "Acme announced it would close the plant"
    timed = _WHEN.match(masked, position, end) if verb in BARE else None
    if timed is not None and _clause_opener(masked[timed.end() : end].split()[:2]):
        return timed.end()  # "Adelson said on Friday he met Trump": the clause after when
    intro = INTRO.match(masked, position, end)
    if intro and verb in _CLAUSE_TOO and word in ("a", "an") and " that" in intro.group():
        return None  # "announced a plan that would close ...": a relative clause, no words
    return intro.end() if intro else None


def subordinate_end(masked: str, start: int, end: int) -> int:
    """Return where the words reported inside a sentence's opening "While ..." clause end:
    at its first comma when another cue follows ("While a report assured members that the
    fund was safe, under questioning X acknowledged that ...": X's words are X's)."""
    later = CUE.search(masked, start, end)
    comma = masked.find(", ", start, later.start()) if later else -1
    while later and comma > start and masked[comma + 2 : comma + 3].isdigit():
        comma = masked.find(", ", comma + 1, later.start())  # "Sept. 11, 2001", "2, 400"
    return comma if comma > start else end


def _clause_opener(words: list[str]) -> bool:
    """Return True when `words` may open a clause after a cue and when it was said ("he met",
    "the deal was"), not more of when or how ("at a rally", "adding that", "in Ohio")."""
    if len(words) < 2:
        return False
    first = words[0].casefold()
    return (
        first in _CLAUSE_SUBJECTS or first in _DETERMINERS or is_capitalised(words[0])
    ) and not (first in ADJUNCT_START or first.endswith("ing"))


def content_end(masked: str, start: int, end: int) -> int:
    """Return where reported content starting at `start` ends within the sentence."""
    cut = CUT.search(masked, start, end)
    return cut.start() if cut else end
