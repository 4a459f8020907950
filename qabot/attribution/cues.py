"""Cues: where speech is in a paragraph's sentences and the words that attribute it.

Part of quote attribution (`qabot.attribution.quotes`): speech verbs by how their content follows
them, the cue patterns built from them, sentence spans over text whose quoted words are masked (by
`qabot.attribution.quote_marks`, so cues and sentence ends inside quotes are ignored), a sentence's
subject, and where the words a cue reports start and end (`content_start`, `content_end`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from typing import Any

from qabot.attribution.quote_marks import MASK, QUOTE_MARKS
from qabot.text.lexicon import (
    ADVERB,
    INTRO_OPENERS,
    MONTH_ABBREVIATIONS,
    PRONOUNS,
    TITLE_ABBREVIATIONS,
    VERB_LIKE,
    is_capitalised,
    word_set,
)

# compiled once: these run for every word of every article
_PAST = re.compile(r"[a-z]+ed")

# Verbs whose complement may be a bare clause: "X said Russia could ...".
_BARE_VERBS = """said says say told tells tell added adds stressed stresses warned warns claimed
claims insisted insists argued argues explained explains noted notes acknowledged acknowledges
admitted admits conceded concedes declared declares suggested suggests predicted predicts
asserted asserts contended contends maintained maintains wrote writes tweeted believes
believed thinks thought emphasised emphasized emphasises emphasizes reckons stated states
remembered surmised recounted opined""".split()
# Verbs that need "that", a colon or a quote before their content: "X replied: ...".
_THAT_VERBS = """replied replies responded responds continued continues recalled recalls
complained complains cautioned reiterated reiterates countered counters agreed agrees announced
announces posted observed reported reports revealed concluded concludes hoped hopes feared fears
estimated estimates asked asks testified vowed vows promised promises pledged pledges boasted
quipped joked lamented wondered alleged alleges charged confirmed confirms insisting cried
shouted yelled chanted retorted read reads beamed pressed boomed fumed riffed
answered answers exclaimed interjected mused reflected sighed remembers remarked questioned
proclaimed proclaims gushed write argue conclude warn insist explain scoffed barked snapped
grumbled marveled marvelled commented yells""".split()
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
# every verb the extractor reads as a speech cue, as written in the lists above (the question
# reader recognises the same verbs, in all their forms: qabot.search.questions)
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
# A cue's first word stands alone between characters no word holds (see CUE's lookarounds)
_CUE_FIRST_WORDS = frozenset(phrase.split()[0] for phrase in _CUE_PHRASES)
_CUE_WORD = re.compile(r"[\w'’-]+")
_NOT_CUE_WORD = str.maketrans(
    {c: " " for c in map(chr, range(128)) if not (c.isalnum() or c in "_'-")}
)


def may_hold_cue(text: str) -> bool:
    """Return False when `CUE` cannot match in `text` (no cue word in it), 3x faster than
    searching: the words are cut in C, and a set intersection finds none in most paragraphs.
    """
    if text.isascii():
        return not _CUE_FIRST_WORDS.isdisjoint(text.translate(_NOT_CUE_WORD).split())
    return not _CUE_FIRST_WORDS.isdisjoint(_CUE_WORD.findall(text))


BARE, OBJECT = frozenset(_BARE_VERBS), frozenset(_OBJECT_VERBS + _QUOTING_VERBS)
QUOTING = frozenset(_QUOTING_VERBS)
_CUE_WORDS = frozenset(_BARE_VERBS + _THAT_VERBS + _OBJECT_VERBS + _PARTICIPLES)
PARTICIPLE = frozenset(_PARTICIPLES)
_ABBREVIATIONS = (
    TITLE_ABBREVIATIONS
    | MONTH_ABBREVIATIONS
    | word_set("no u.s u.k u.n inc corp co ltd vs etc d.c")
)
# "[.!?][.!?]*" is "[.!?]+" that re can skip to in C (see qabot.text.sentences)
_SENTENCE_END = re.compile(r"[.!?][.!?]*[\"”’')\]]*(?=\s+(?:[\"“‘'(\[]|[A-Z0-9]))")
ADJUNCT_START = frozenset(
    """in on at during after before last this earlier later yesterday
today tonight monday tuesday wednesday thursday friday saturday sunday to by with from for
about over via recently""".split()
)

# first words of a short opening adverbial ("On Friday night, ...", "Later, ..."), never speech
_ADVERBIAL_START = (ADJUNCT_START - {"this", "to"}) | {"however", "meanwhile"}


def is_adverbial(phrase: str) -> bool:
    """Return True for a short adverbial ("On Friday night", "In a statement", "Later")."""
    words = phrase.split()
    return 0 < len(words) <= 4 and words[0].casefold() in _ADVERBIAL_START


def sentence_spans(masked: str) -> list[tuple[int, int]]:
    """Return sentence spans of a masked paragraph (never splitting inside a quote)."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(masked):
        before = masked[start : match.start()].rsplit(None, 1)
        word = before[-1].casefold().lstrip('("“') if before else ""
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue
        spans.append((start, match.end()))
        start = match.end() + len(masked[match.end() :]) - len(masked[match.end() :].lstrip())
    if start < len(masked):
        spans.append((start, len(masked.rstrip())))
    return spans


def subject_words(masked: str, s0: int, s1: int) -> tuple[list[str], str | None]:
    """Return the words a sentence's subject is made of, up to its verb, and that verb.

    An opening phrase that starts like an adverbial and ends at a comma is passed over when a
    subject and its verb follow ("Back in 1999, Mr. Trump expressed ..."; not "Jens
    Stoltenberg, the NATO chief, said", whose opening is a name).
    """
    words, verb = _opening_words(masked, s0, s1)
    if verb is not None or not words or words[0].casefold() not in INTRO_OPENERS:
        return words, verb
    start = s0
    for _ in range(
        3
    ):  # "Speaking in Salem, New Hampshire, Trump went after ...", "In X, Y, on Sunday, Z"
        comma = masked.find(",", start, s1)
        if comma < 0 or MASK in masked[start:comma]:
            break
        start = comma + 1
        after, after_verb = _opening_words(masked, start, s1)
        if not after:
            break
        if after_verb is None:  # "Trump went after Bush": a name, then a lower-case word
            names = list(itertools.takewhile(is_capitalised, after))
            if (
                names
                and len(names) < len(after)
                and after[len(names)].isalpha()
                and after[len(names)] not in {"and", "or", "of"}
            ):
                after, after_verb = names, after[len(names)]
        if after_verb is not None:
            opener = after[0]
            if is_capitalised(opener) or opener.casefold() in PRONOUNS:
                return after, after_verb
            break
    return words, verb


def _opening_words(masked: str, s0: int, s1: int) -> tuple[list[str], str | None]:
    """Return the words a sentence opens with up to its first verb-like word, and that word.

    A time after a name is no part of it ("Donald Trump on Thursday ratcheted up ...": Donald
    Trump, then "ratcheted")."""
    words: list[str] = []
    timed = False  # a name then "on Thursday", "last week": words up to the verb are passed over
    opening = masked[s0:s1].split()[:10]
    for index, word in enumerate(opening[:9]):
        bare = word.rstrip(",;:")
        if words and words[0].casefold() in PRONOUNS:  # "She then urges ...": the pronoun
            return words, bare if bare[:1].islower() else None
        if MASK in word:
            break
        if (
            bare[:1].islower()
            and (
                bare in VERB_LIKE
                or bare in _CUE_WORDS
                or _PAST.fullmatch(bare)
                or (
                    bare.endswith("s")
                    and not bare.endswith(("ss", "'s", "’s"))  # "the prime minister's aide"
                    and words
                    # "Tory delegates are gathering": a plural noun, then its verb
                    and opening[index + 1 : index + 2] != ["are"]
                    and opening[index + 1 : index + 2] != ["were"]
                    and opening[index + 1 : index + 2] != ["have"]
                )
                or (bare in _IRREGULAR_PAST and words)  # "Romney went after Trump"
            )
        ):
            return words, bare
        if words and ADVERB.fullmatch(bare):  # "Donald Trump quickly took ..."
            return words, None
        if (
            words
            and not timed
            and bare in _TIME_OPENERS
            and words[0].casefold() not in INTRO_OPENERS  # "Hours later, X went"
            and all(is_capitalised(w) for w in words)
        ):
            timed = True
        if not timed and not (words and bare in _SUBJECT_ADVERBS):  # "Mr Kennedy also used"
            words.append(bare)
        if word != bare:
            break
    return (words, None) if len(words) <= 8 and not timed else ([], None)


# past tenses that do not end in -ed, after a name: the verb that ends the subject
_IRREGULAR_PAST = frozenset(
    """went took made gave got came put set kept left spent sent held brought thought wrote
spoke began felt found saw stood won lost met ran led hit cut drew threw struck sought fought
rose fell broke chose paid sold bought built heard became grew knew""".split()
)
# words between a subject and its verb that are no part of the subject
_SUBJECT_ADVERBS = frozenset("also even himself herself themselves itself too again".split())
# what may follow a name before its verb and is no part of it ("on Thursday", "last week")
_TIME_OPENERS = frozenset("on last this earlier later yesterday today tonight".split())


TOLD_OBJECT = re.compile(
    r"(?:\s+(?!that\b)[\w'’.&-]+){1,4}?(?=\s+that\b|\s*[,:;.!?]|\s+[\"“]|\s*$)"
)
CUT = re.compile(
    r",\s+(?:" + "|".join(_PARTICIPLES) + r"|while|whereas|although|though)\b|;\s|\s[-–—]\s"
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


# "X points out conditions will be better": what is pointed out follows, as after "says"
_POINT_OUT = frozenset(("pointed out", "points out", "point out"))


def content_start(masked: str, verb: str, position: int, end: int) -> int | None:
    """Return where the content after a cue starts, or None when it has none."""
    rest = masked[position:end]
    first = _FIRST_WORD.match(rest)
    if first is None or not rest.strip(" .!?;)"):
        return None
    word = first.group(1).casefold()
    if word == "of":
        return None  # '“...,” she said of Trump': what she said comes before
    if word.rstrip(",") == "that":
        after = rest[first.end() :]
        return position + first.end() + len(after) - len(after.lstrip(" ,"))
    if word[0] in QUOTE_MARKS:
        return position + first.start(1)
    if rest.lstrip()[:1] in ",:" and rest.lstrip()[1:].lstrip()[:1] in QUOTE_MARKS:
        return position + rest.index(rest.lstrip()[1:].lstrip()[:1])
    if (
        (verb in BARE or verb in PARTICIPLE or verb in _POINT_OUT)
        and word.rstrip(",") not in ADJUNCT_START
        and word[-1] not in ",.;:"
        and rest[:1].isspace()
    ):
        return position + first.start(1)
    if verb in OBJECT and rest[:1].isspace():
        return position + first.start(1)
    intro = INTRO.match(masked, position, end)
    return intro.end() if intro else None


def content_end(masked: str, start: int, end: int) -> int:
    """Return where reported content starting at `start` ends within the sentence."""
    cut = CUT.search(masked, start, end)
    return cut.start() if cut else end
