"""Cue objects: whether the words after a cue are its object ("Data from Spain underlined the
problems.") rather than words said or when they were said (inside `qabot.attribution.cue_words`
and `qabot.attribution.uncued_quotes`): a cue with an object reports nothing of the quote
closed before its sentence; and whether the words after when something was said open the
clause said ("said on Friday he met", not "said on Friday at a rally"; "said in an interview
with The Associated Press last week that ..."; "said of the ruling that the judges ..."), for
`qabot.attribution.cue_spans`."""

from __future__ import annotations

import re

from qabot.attribution.cues import ADDRESSED, ADJUNCT_START, BARE, CUE_WORDS, TELL
from qabot.text.lexicon import is_capitalised
from qabot.text.patterns import lazy

_DETERMINERS = frozenset("the a an his her their its our".split())
_CLAUSE_SUBJECTS = frozenset("he she it they we i there this".split())
CONTRACTED = lazy(r"(?:he|she|they|we|i|it|there)['’](?:d|s|ll|re|ve|m)")


def clause_opener(words: list[str]) -> bool:
    """Return True when `words` may open a clause after a cue and when it was said ("he met",
    "the deal was"), not more of when or how ("at a rally", "adding that", "in Ohio")."""
    if words and CONTRACTED.fullmatch(words[0].casefold()):
        return True  # "said on Friday he'd ..."
    if len(words) < 2:
        return False
    first = words[0].casefold()
    return (
        first in _CLAUSE_SUBJECTS or first in _DETERMINERS or is_capitalised(words[0])
    ) and not (first in ADJUNCT_START or first.endswith("ing"))


# what opens a verb's object ("Data from Spain underlined the problems."): a sentence whose cue
# has an object after it reports nothing of a quote before it; "the next day" is a time
_TIMES = frozenset("next following same previous day week weekend month year time".split())


def object_after(verb: str, rest: str) -> bool:
    """Return True when a cue with nothing reported after it has an object ("underlined the
    problems"), so the quote closed before its sentence is not what it reports; the one told
    or warned ("told the crowd") and a time ("said the next day") are no such object."""
    words = rest.split()
    if not words or verb.casefold() in TELL | ADDRESSED:
        return False
    if words[0] in _DETERMINERS:
        return len(words) >= 2 and words[1].casefold().strip(".,") not in _TIMES
    # a verb that takes no bare clause: any word but when, where or how ("announced plans to
    # ...", "continues to enjoy"; not "announced on Friday", "replied angrily")
    first = words[0].casefold().strip(".,;:!?")
    return (
        verb not in BARE
        and words[0][:1].isalnum()
        and (first == "to" or not (first in ADJUNCT_START or first.endswith("ly")))
    )


# "had" (or "'d") and any adverbs right before a cue: the past perfect tells of an act before
# the one narrated, never who spoke the words just quoted
_EARLIER_ACT = lazy(r"\b(?:had|[A-Za-z]+['’]d)(?:\s+(?:already|also|long|once|[a-z]+ly))*\s*$")


def earlier_act(left: str) -> bool:
    """Return True when the words before a cue put it in the past perfect ("The fans had
    declared Saturday a day of protest"): something done before, not the trailing attribution
    of a quote closed before its sentence ('“We will win.” Trump said.')."""
    return _EARLIER_ACT.search(left) is not None


# "X agreed." after a closed quote: X agrees with the words before, which someone else said
_AGREEING = frozenset("agreed agrees".split())


def agrees_with_before(verb: str) -> bool:
    """Return True for a cue of agreeing ('“...” Mr Ruiz, who runs a farm, agreed.'): not
    the trailing attribution of the quote closed before its sentence, whose speaker he agrees
    with."""
    return verb.casefold() in _AGREEING


# the opening words of a new sentence, set apart by a comma right before an inverted cue
_PARTED_OPENING = lazy(r"\s+[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5}\s*,\s*")


def parts_next_sentence(masked: str, q1: int, cue_start: int, inner: str) -> bool:
    """Return True when a quote closed with a full stop (its words `inner`, ending at `q1`) is
    followed by the opening words of a new sentence that an inverted cue parts ('“...” It
    helps, said Mr Burke, that ...'): that sentence is the cue's, the quote before is not."""
    return (
        inner.rstrip()[-1:] in ".!?"
        and _PARTED_OPENING.fullmatch(masked, q1, cue_start) is not None
    )


# a few words of when, where or how before "that" and the words said ("said early Friday that",
# "admitted as part of his plea that"): no subject, verb or clause among them, and no quote but
# a name quoted whole ("said on NBC's “Meet the Press” on Sunday that": a programme)
_THAT_AFTER = (
    r"\s+(?:[a-z]+ly|late|early|through|as|in|on|at|during|after|before|last|earlier|later|"
    r"to|by|with|from|via|under|outside|inside|privately|publicly|repeatedly)\b"
    r"(?:\s+(?!(?:that|he|she|it|they|we|i|you|there|this|who|which|and|but)\b)"
    r"(?!(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does)\b)"
    r"(?:[\w'’.&-]+|[\"“]·+[\"”]),?){WORDS}?\s+that\s+"
)
_THAT_AHEAD = lazy(_THAT_AFTER.replace("{WORDS}", "{0,6}"), re.IGNORECASE)
# more of them ("said in one of a series of Twitter messages that"): only with no verb of
# speech or participle among them ("tweeted after Clinton argued for ... that", "said in
# Ohio, recalling a bill that"), and not in a clause set before the main one ("When X said at a
# rally ahead of the primary that ..., he ...")
_THAT_FAR = lazy(_THAT_AFTER.replace("{WORDS}", "{7,12}"), re.IGNORECASE)
# where or when, then an aside on it set apart by commas, then "that": "said on CNN, where he is
# now a paid contributor, that ...", "said in a statement, which was released Monday, that"
_THAT_AFTER_ASIDE = lazy(
    r"\s+(?:in|on|at|during|to|with|after|before)\s+[^,;:.!?\"“”·]{1,40},"
    r"\s+(?:where|when|which)\s+[^,;:.!?\"“”·]{1,60},\s+that\s+"
)
_SUBORDINATING = frozenset(
    "when while if as after before because although though since once".split()
)
_SENTENCE_START = lazy(r"(?:^|[.!?]\s+|\n)(?=[^.!?\n]*$)")


def that_ahead(masked: str, position: int, end: int) -> re.Match[str] | None:
    """Return the words of when, where or how after a cue (ending at `position`) up to "that"
    and the words said, or None."""
    ahead = _THAT_AHEAD.match(masked, position, end)
    if ahead is not None:
        return ahead
    far = _THAT_FAR.match(masked, position, end) or _THAT_AFTER_ASIDE.match(masked, position, end)
    if far is None:
        return None
    gap = [w.casefold().strip(",") for w in masked[position : far.end()].split()[:-1]]
    opening = _SENTENCE_START.search(masked, 0, position)
    first = masked[opening.end() if opening else 0 : position].split()[:1]
    if any(w in CUE_WORDS or w.endswith("ing") for w in gap) or (
        first and first[0].casefold() in _SUBORDINATING
    ):
        return None
    return far


# "of" and up to six words of what it was said of, then "that": no verb nor clause among them
_OF_THAT = lazy(
    r"\s+of\s+(?!(?:that|he|she|it|they|we|i|you|there|this|who|which|and|but)\b)"
    r"(?:[\w'’.&-]+,?\s+){0,5}?that\s+",
    re.IGNORECASE,
)
# words that open a clause as its subject after "that"
_CLAUSE_SUBJECTS = frozenset(
    "the a an this these those his her their its our my he she it they we i you there".split()
)


def said_of_that(masked: str, verb: str, position: int, end: int) -> int | None:
    """Return where the words open after "said of <what> that" when a subject follows "that"
    ("stated of the email scandal that the report was bad"), else None ("wrote of a time that
    changed his life": a relative clause, no words said)."""
    if verb not in BARE:
        return None
    ahead = _OF_THAT.match(masked, position, end)
    following = masked[ahead.end() : end].split()[:1] if ahead is not None else []
    if ahead is None or not following:
        return None
    subject = following[0].strip('“"')
    opens = subject.casefold() in _CLAUSE_SUBJECTS or subject[:1].isupper()
    return ahead.end() if opens else None
