"""Cue sources: the patterns of what stands beside a cue verb and of sources named without one.

Part of quote attribution (`qabot.attribution.quotes`), beside `qabot.attribution.cues` (the
speech verbs and the cue patterns built from them): the one a "told" addresses and what may
follow them (`TOLD_OBJECT`, `TOLD_AT_LENGTH`, `TOLD_BEFORE_CLAUSE`, `TOLD_PROGRAMME`), where
or when words were said before the clause reported (`ADJUNCT_BEFORE_SUBJECT`), and sources
named by a dash, a colon, a transcript's capitals, "according to" or an inverted cue ('"...,"
said the chairman, MP Ed Leigh.').
"""

from __future__ import annotations

from qabot.attribution.quote_marks import MASK
from qabot.text.lexicon import TITLE_ABBREVIATIONS
from qabot.text.patterns import lazy

_WHEN_OR_WHERE = (
    "on in at during last this earlier later yesterday today tonight after before following "
    "outside monday tuesday wednesday thursday friday saturday sunday"
)
# the one told, then perhaps when and where: "told the Scottish Parliament on Wednesday that",
# '“...” Trump told reporters in Ohio on Friday night after the rally.' (no words after it)
# a word of the one told: a count's digit groups ("of 2,000 people") are one word, whose
# comma ends nothing
_TOLD = r"[\w'’.&-]+(?:,\d{3})*"
TOLD_OBJECT = lazy(
    rf"(?:\s+(?!that\b){_TOLD}){{1,4}}?"
    r"(?:\s+(?i:" + "|".join(_WHEN_OR_WHERE.split()) + rf")\b(?:\s+(?!that\b){_TOLD}){{0,3}}?)"
    r"{0,3}"
    r"(?=\s+that\b|\s*(?:,(?!\d)|[:;.!?])|\s+[\"“]|\s*$)"
)
# a programme told, its name quoted (and masked), then perhaps when, then "that": 'told CBS's
# "60 Minutes" on Sunday that', 'told "Face the Nation" that' (the name is no words said)
TOLD_PROGRAMME = lazy(
    rf"(?:\s+[A-Z][\w.&-]*(?:'s|’s|'))?\s+[\"“]{MASK}+[\"”]"
    r"(?:\s+(?i:" + "|".join(_WHEN_OR_WHERE.split()) + r")\b(?:\s+(?!that\b)[\w'’.-]+){0,2}?)?"
    r"(?=\s+that\s)"
)
# the one told, named at length, then "that": "told a meeting of Pacific island leaders that"
TOLD_AT_LENGTH = lazy(
    r"(?:\s+(?!(?:that|he|she|it|they|we|i|you|who|which|and|but|is|are|was|were|has|have|had"
    r"|will|would|could|should|can|may|might|must|did|does|to|when|if|about|whether|because)\b)"
    r"\w[\w'’.&-]*(?:,\d{3})*){5,10}?(?=\s+that\s+(?!(?:is|are|was|were|has|have|had|will|would|could"
    r"|should|can|may|might|must|did|does)\b))"
)
_CLAUSE_VERB = (
    r"(?:is|are|was|were|had|has|have|would|will|could|should|can|may|might|must|did|does)"
)
# the one told, then the clause told with no "that": "told the BBC he would not resign",
# "told reporters it was a good day", "told BBC News the ban was needed" (a name, then "the")
_TOLD_WORD = r"\s+(?!(?:of|about|to|that|him|her|them|us|me|you)\b)[\w'’.&-]+"
TOLD_BEFORE_CLAUSE = lazy(
    rf"(?:{_TOLD_WORD}){{0,3}}?(?:\s+(?!(?:of|about|to|that)\b)[\w'’.&-]+"
    # "told reporters he would ...", "told Breitbart News he'd ...": a subject pronoun
    r"(?=\s+(?:he|she|it|they|we|i|there)(?:\s+[a-z’']+|['’](?:d|s|ll|re|ve|m)\s))"
    r"|\s+[A-Z0-9][\w'’.&-]*(?<!'s)(?<!’s)(?=\s+the\s)"
    # "told reporters the yard was safe", "told the court a deal had been done": a clause
    # opening with a determiner, its verb close after (not "told a meeting of the ...")
    r"|\s+(?!(?:that|such|of|for|in|at|on|from|with|by)\b)[\w'’.&-]+(?<!'s)(?<!’s)"
    rf"(?=\s+(?:the|a|an|his|her|their|its|these|those|our)\s+(?:(?!{_CLAUSE_VERB}\b)"
    r"(?!(?:that|he|she|it|they|we|i)\b)[\w'’-]+\s+){1,4}?" + _CLAUSE_VERB + r"\s))"
)
TRANSCRIPT = lazy(r"[\"“]?(?P<name>[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){0,2}):\s+")
DASH_SOURCE = lazy(
    r"(?<=[”\"])\s*(?P<dash>[―—–]|--)\s*(?P<name>[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*){0,4})\s*$"
)
COLON_SOURCE = lazy(
    r"(?:^|[-–—]\s+|\.\s+|\bto\s+)(?P<name>(?:[A-Z][\w.'’-]*\s+){0,3}"
    r"[A-Z][\w.'’-]*)(?:\s+and\s+[A-Z][\w.'’ -]*)?:\s*$"
)
_COLON_REACH = 80  # the most characters a source before its colon is sought back from a quote


def colon_source(masked: str, s0: int, q0: int) -> str | None:
    """Return the source named before a colon that introduces the quote at `q0` ("Pew Research:
    “...”") in the sentence from `s0`, else None. A short sentence is read alone, so the source
    may open it anywhere in a paragraph (`^` matches only where a string starts, and the stop
    before the sentence is outside it)."""
    lo = max(s0, q0 - _COLON_REACH)
    found = COLON_SOURCE.search(masked[s0:q0]) if lo == s0 else COLON_SOURCE.search(masked, lo, q0)
    return found.group("name") if found else None


# the source after "according to": up to a comma or a stop, but not the stop of a title or an
# initial ("according to Mr. Sanders's campaign", "according to John F. Kennedy's aide")
_NOT_AFTER_ABBREVIATION = "".join(
    rf"(?<!\b{abbreviation.title()})" for abbreviation in sorted(TITLE_ABBREVIATIONS)
)
ACCORDING = lazy(
    # a slash joins the names of a joint source: "according to a CNN/ORC poll"
    r"\s+((?:[\w'’.&/-]+\s+){0,14}?[\w'’.&/-]+)"
    rf"(?=\s*[,;:!?(]|\s*$|{_NOT_AFTER_ABBREVIATION}(?<!\b[A-Z])\s*\.)"
)
# (a stray closing mark after the name's full stop, its quote already closed, ends it too:
# '"...," said Bill Ray."', 'said Bill Ray".')
INVERTED = lazy(r"\s+([^,;:!?()·\"“”]{1,160}?)\.?(?:[\"”]\.?(?=\s|$))?(?=\s*[,;:!?()]|\s*$)")
# the name in apposition after a role that follows its cue: '..., said the chairman, MP Ed Leigh.'
APPOSED_NAME = lazy(
    r",\s+(?P<name>(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]*)\.?(?=\s*[,.;:!?]|\s*$)"
)
# where or when words were said, between a cue and the clause it reports, up to a subject
# pronoun: "said after the convention he would not", "said in an interview she was"
ADJUNCT_BEFORE_SUBJECT = lazy(
    r"\s+(?:after|before|during|at|in|on|following|since|outside|inside)\s+"
    r"(?:(?!(?:as|while|when|because|and|but|if|that|after|before|since)\s)[\w'’.-]+\s+){0,4}?"
    r"(?!(?:as|while|when|because|and|but|if|that)\s)[\w'’.-]+,?(?=\s+(?:he|she|they|we|I)\s+[a-z])"
)
