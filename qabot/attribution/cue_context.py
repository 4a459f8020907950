"""Cue context: what the words around a speech cue are (inside
`qabot.attribution.cue_reading`).

Whether the phrase before a cue ends a clause a comma closes ("The treaty signals the end for
the EU, said X": X speaks), and whether the words after a cue are what was said or when, where
and to whom it was said ("“...,” Trump told a crowd in Green Bay"), and who "she replied" means
after "a reporter asked Ruiz". Whether a cue word is a cue at all: a noun or a clause with
its subject gone before ("the number of calls is", "which Acme claims was sold"), a belief of
someone named ("economists believe", not "I think"); and who "X quoted Y as saying" gives.
"""

from __future__ import annotations

import re

from qabot.attribution.bare_clauses import finite_verbs
from qabot.attribution.called_uses import CALLED, naming
from qabot.attribution.cues import ADJUNCT_START, INTRO, OBJECT
from qabot.attribution.quote_marks import MASK, QUOTE_MARKS
from qabot.attribution.speaker_phrases import speaker_before
from qabot.text.lexicon import OCCUPATIONS, PRONOUNS, ROLE_NOUNS, VERB_LIKE, is_capitalised
from qabot.text.lowered import lowered
from qabot.text.patterns import lazy

_CIRCUMSTANCES = frozenset(
    """as while when whilst outside inside backstage onstage afterwards aboard near
during before after""".split()
)


_IMAGINED = lazy(r"\bas\s+(?:if|though)\s+to\s*$")
# "has not said if", "refused to say whether", "never said": words the speaker did not say
_DENIED = lazy(
    r"(?:\b(?:not|never|refused to|refuses to|refusing to|declined to|declines to|unable to"
    r"|failed to|fails to)|n[’']t)(?:\s+(?:yet|publicly|officially|explicitly|directly))?\s+$",
    re.IGNORECASE,
)
# "was asked if he would say yes or no": a question put to the speaker, nothing said yet
_ASKED_WOULD = lazy(
    r"\b(?:asked|asks|wondered|wonders)\s+(?:\w+\s+)?(?:if|whether)\s+\w+\s+"
    r"(?:would|will|could|can|might|should)\s+$",
    re.IGNORECASE,
)
_DETERMINERS = frozenset("his her their its our my your the a an these those".split())
_OWNERS = frozenset("his her their its our my your".split())
# cue words that are also plural nouns: "their Oscars hopes", "his World Cup claims"
_PLURAL_NOUNS = frozenset("hopes fears claims notes comments remarks demands".split())
# an owner, then capitalised words, ending the words before a cue that is also a plural noun:
# what they are hopes of ("boosting their Oscars hopes", "his World Cup hopes"), no speaker
_OWNED_EVENT = lazy(r"\b(?:his|her|their|its|our|my|your)\s+(?:[A-Z][\w'’-]*\s+){1,3}$")
# the endings of the last words of _DENIED and _ASKED_WOULD (in lower case)
_DENIED_ENDS = ("not", "never", "to", "n't", "n’t", "yet", "publicly", "officially", "explicitly",
                "directly")  # fmt: skip
_WOULD_ENDS = ("would", "will", "could", "can", "might", "should")
_PHRASE_PREPOSITIONS = frozenset("about like of on for to with over against regarding".split())
_MANNER_OPENERS = frozenset("into without backstage onstage".split())
_WHILE_SUBJECTS = frozenset("he she they we i".split())
_MANNER_PREPOSITIONS = frozenset("into on at in to as after before during from with".split())
_RELATIVES = frozenset("which who whom whose".split())
_CLAUSE_VERBS = frozenset(
    "will would may might can could must should shall is are was were has have had".split()
)
_PREPOSITIONS = frozenset(
    "in of to for with by from at on under through about over against into among".split()
)


def clause_tail(left: str, offset: int, words: list[str]) -> bool:
    """Return True when the phrase found before a cue ends a clause that a comma closes right
    before the cue: "The treaty signals the end for the EU, said X" (X speaks, not the EU)."""
    if not left.rstrip().endswith(","):
        return False
    if words and words[0].casefold() in _PHRASE_PREPOSITIONS:
        return True  # '“We're happy” about the decision, said X': no speaker opens so
    before = left[:offset]
    if "," in left[offset:].rstrip()[:-1]:
        # "Tom Ridge, a former secretary, said": an apposition, then the cue; but not "For the
        # council, the plan may change bus routes, said X", whose last part is a clause
        tail = left[offset:].rstrip()[:-1].rsplit(",", 1)[-1].split()
        return bool(_CLAUSE_VERBS.intersection(tail)) and _RELATIVES.isdisjoint(tail)
    return (
        bool(before.rsplit(",", 1)[-1].strip())
        and not before.rstrip().endswith(tuple(QUOTE_MARKS + MASK))
    ) or any(word in VERB_LIKE for word in words)


def circumstance(masked: str, content_at: int) -> bool:
    """Return True when the words after a cue open with when, where or how it was said ("as
    he launched the process", "outside the building", "happily on MSNBC"), not a clause."""
    first = masked[content_at : content_at + 30].split()[:1]
    word = first[0].rstrip(",.;:").casefold() if first else ""
    return word in _CIRCUMSTANCES or word.endswith(("ly", "ing")) or word in ADJUNCT_START


def no_words_after(verb: str, left: str, masked: str, content_at: int, end: int) -> bool:
    """Return True when what follows a cue is how or where it was said ("said pleasantly into
    the phone") or, after "called", a name ("a group called Black Votes Matter"): no words
    said, unless a quote follows."""
    if masked[content_at : content_at + 1] in QUOTE_MARKS or (
        verb not in CALLED and INTRO.match(masked, content_at - 1, end)
    ):
        return False  # "said pleasantly that ...": the words follow "that"
    return manner(masked, content_at) or (verb in CALLED and naming(left, masked, content_at, end))


def manner(masked: str, content_at: int) -> bool:
    """Return True when the words after a cue say how or where it was said, whatever came
    before: "said pleasantly into the phone", "said without further comment", "says into the
    camera" (an -ly adverb before a preposition, or a preposition no clause opens with)."""
    words = masked[content_at : content_at + 60].split()[:2]
    first = words[0].rstrip(",.;:").casefold() if words else ""
    after = words[1].casefold() if len(words) > 1 else ""
    return (
        first in _MANNER_OPENERS
        or (
            first.endswith("ly")
            and len(first) > 4
            and (after in _MANNER_PREPOSITIONS or not after)
        )
        or (first == "as" and after in _WHILE_SUBJECTS)  # "said as she turned around": when
    )


def that_before(masked: str, content_at: int) -> bool:
    """Return True when the words a cue reports open with "that" ("told CNN that ...")."""
    return masked[max(0, content_at - 6) : content_at].rstrip(" ,").endswith(("that", ":"))


def no_speech_before(left: str, verb: str = "") -> bool:
    """Return True when the words before a cue word say nobody spoke: "as if to say" (words no
    one said), a denial ("refused to say if it would appeal"), a question put to someone ("was
    asked if he would say"), a determiner ("with his calls to
    end ...", "the claims": a noun, not a cue), or an owner before a cue ending in "s" ("in
    backing Smith's claims": a plural noun)."""
    last = left.rsplit(None, 1)[-1:]
    if not last:
        return False
    # each pattern is tried at every character of the words (read at every cue): only where
    # the last word can end a match, "to" or (before white space) a word ending one
    word = lowered(last[0]) if left[-1].isspace() else ""
    return bool(
        (last[0].endswith("to") and _IMAGINED.search(left))
        or ((word is None or word.endswith(_DENIED_ENDS)) and _DENIED.search(left))
        or ((word is None or word.endswith(_WOULD_ENDS)) and _ASKED_WOULD.search(left))
        or last[0].casefold() in _DETERMINERS
        or (verb.endswith("s") and last[0].endswith(("'s", "’s", "s'", "s’")))
        or (verb in _PLURAL_NOUNS and _owned_event(left))
    )


def _owned_event(left: str) -> bool:
    """Return True when an owner and capitalised words that name no role end `left` ("their
    Oscars", "his World Cup"): a cue word after them is a plural noun ("their Oscars hopes"),
    not said by what they name (but "their MP hopes": the MP)."""
    match = _OWNED_EVENT.search(left)
    return match is not None and not any(
        w.casefold() in ROLE_NOUNS for w in match.group().split()[1:]
    )


def gapped(masked: str, cue_end: int, end: int) -> bool:
    """Return True when the words after a cue open with a verb, lacking their subject: a noun
    read as a cue ("the number of missed calls is rising", "his claims were denied") or a
    clause whose subject went before its speaker with no relative word ("a rise officials say
    will help"). No whole words were said there: better none than a fragment."""
    after = masked[cue_end:end]
    first = after.split(None, 1)[:1]
    return (
        _unquoted(after)
        and after[:1].isspace()
        and first != []
        and first[0].islower()
        and finite_verbs(first) > 0
    )


def relative_at(verb: str, left: str, masked: str, cue_end: int, end: int) -> int | None:
    """Return where in `left` the relative clause starts whose words a cue inside it reports
    ("the mill, which the union says was sold off", "a man who police believe fled", "a trend
    that the group predicts will go on"), or None. The clause is what was said, with its
    relative word for the subject it lacks; the speaker and cue inside it are an aside. Not
    when the relative word is the object of a verb naming it ("which Ruiz called “a farce”")
    or of a preposition ("in which she argued that ..."), nor when quoted words or "that"
    follow the cue."""
    after = masked[cue_end:end]
    first = after.split(None, 1)[:1]
    if verb in OBJECT or first[:1] == ["that"] or not _unquoted(after):
        return None
    found = speaker_before(left)
    if found is None or found[0] < 0 or not found[1]:
        return None
    words = found[1]
    if not (  # a speaker, not the relative clause's own verb ("X, who joined in 2001 said")
        len(words) == 1
        or is_capitalised(words[0])
        or words[0].casefold() in _DETERMINERS
        or words[0].casefold() in PRONOUNS
    ) or words[0].casefold() in _RELATIVES | {"that", "what"}:
        return None
    before = left[: found[0]].split()[-2:]
    relative = before[-1].casefold() if before else ""
    if (
        relative == "what"  # "after what he claimed was a breach": the clause holds its head
        or (
            relative in _RELATIVES
            and (len(before) < 2 or before[0].casefold() not in _PREPOSITIONS)
        )
        or (relative == "that" and gapped(masked, cue_end, end))
    ):
        return left.rindex(before[-1], 0, found[0])
    return None


# a relative word right before the speaker, or before a partner joined to them ("which Bush
# and (Blair)"), with the word before it
_RELATIVE_BEFORE = lazy(
    r"(?P<word>[\w'’]*)[\s,(]+(?i:which|whom)\s+(?:(?:[A-Z][\w'’.-]*\s+){1,3}(?:and|&)\s+)?$"
)
_SUBJECT_PRONOUNS = frozenset("i we you he she they it".split())
_OBJECT_PRONOUNS = frozenset("me us you him her them".split())  # "tells us we have"


def object_relative(left: str, masked: str, cue_end: int, end: int) -> bool:
    """Return True when the cue's speaker comes right after a relative word that is the object
    of the words after the cue ("the freedom which Blair tells us we have", "the levy, which
    the minister says she will drop"): those open with a subject of their own (a pronoun, a
    determiner, a name), and lack what the relative word stands for, so no whole words were
    said: better none than a fragment ("we have"). Not after a preposition ("in which the
    government argued there was ...": a whole clause), nor before a verb ("which critics said
    echoed ...": the relative word is its subject, `relative_at`)."""
    found = speaker_before(left)
    if found is None or found[0] <= 0 or not found[1] or found[2]:
        return False  # ... nor a clause set off before the name ("which represents X, Y said")
    relative = _RELATIVE_BEFORE.search(left, 0, found[0])
    if relative is None or relative.group("word").casefold() in _PREPOSITIONS:
        return False
    after = masked[cue_end:end]
    if not _unquoted(after):
        return False
    words = [word.strip(",.;:") for word in after.split()[:2]]
    if words and words[0].casefold() in _OBJECT_PRONOUNS:
        words = words[1:]
    return bool(words) and (
        words[0].casefold() in _SUBJECT_PRONOUNS | _DETERMINERS or is_capitalised(words[0])
    )


def _unquoted(words: str) -> bool:
    """Return True when `words` hold no quoted words ('which he says are “top secret”': quoted
    words are still the speaker's own, kept as they were read)."""
    return MASK not in words and not any(mark in words for mark in QUOTE_MARKS)


_QUOTED_AS = lazy(
    r"\bquoted\s+(?!(?:by|in)\b)(?P<quoted>[^\s,;:]+(?:\s+[^\s,;:]+){0,5}?)\s+as\s+$"
    r"|(?:^|(?<=[,;:”\"])|(?<=\s\W))\s*(?P<subject>(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+)\s+"
    r"(?:was|were|is|has\s+been)\s+quoted(?:\s+(?:by|in)\s+[^,;:]{1,60}?)?\s+as\s+$"
)


def quoted_as(left: str, rest: str) -> tuple[int, list[str]] | None:
    """Return (where in `left`, words) of the one quoted before "as saying" ('“...,” AP
    quoted prosecutor Ann Lee as saying', 'Lee was quoted (by the Times) as saying'), who
    speaks, not the one quoting; or None. Words are empty when "X quoted Y as saying" is
    followed by a clause: the paper's report, whose source is the paper; not by a quote ('An
    early tweet quoted the president as saying “...”': Y's words, quoted as said)."""
    found = _QUOTED_AS.search(left)
    if found is None:
        return None
    tail = rest.strip(" .,;:!?").split()[:1]
    quoted = bool(tail) and (tail[0][:1] in QUOTE_MARKS or tail[0][:1] == MASK)
    if found.group("quoted") and tail and tail[0].casefold() not in ADJUNCT_START and not quoted:
        return found.start(), []
    return found.start(), (found.group("quoted") or found.group("subject")).split()


_SHARES = frozenset("percent per cent majority minority half third quarter most share".split())
_UNNAMED = frozenset("i we you they".split())


def believer(left: str, rest: str) -> bool:
    """Return True when a belief verb's subject names someone ("Economists believe", "some
    officials think"): "I think" and "they believe" are most often an interview's words or the
    writer's, whose speaker the pronoun does not give; "a think tank" is no belief."""
    found = speaker_before(left)
    return (
        found is not None
        and found[0] >= 0
        # "Candidates who think ... are wrong": people described by a belief, not a report
        and left.split()[-1:] not in (["who"], ["that"], ["which"])
        and found[1][-1].casefold() not in _UNNAMED
        # a name or people by their role ("Democrats", "economists"), not "a majority of
        # voters" (a poll's finding) or "her employer"
        and (
            is_capitalised(found[1][-1])
            or found[1][-1].casefold().removesuffix("s") in ROLE_NOUNS | OCCUPATIONS
        )
        and rest.replace(",", " ").replace(".", " ").split()[:1] not in (["tank"], ["tanks"])
        # 'Tories believe there is a “black hole”': a belief's quoted words are a phrase of
        # the writer's, more often than words the believers said
        and _unquoted(rest)
        # "One-third of Democratic voters believe": a poll's finding, not anyone's words
        and not any(
            w.casefold() in _SHARES or w.casefold().endswith("-third") or w[:1].isdigit()
            for w in found[1]
        )
    )
