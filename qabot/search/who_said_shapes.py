"""A who-said question in another shape ("the fog will lift - who said that?", "what is the
name of the official who said ...", "who coined the phrase ...") read as "who said ..." or
"which <role> said ...", so one reading of who-said questions serves every shape."""

from __future__ import annotations

import re

from qabot.search.saying_idioms import SAYING
from qabot.search.speech_verbs import is_speech_verb
from qabot.text.patterns import lazy

_WHO = lazy(r"(?:who|which)\b", re.IGNORECASE)
_SAID_THAT = lazy(  # "the fog will lift - who said that?"
    r"^(?P<topic>.+?)[\s,;:.–—-]+who\s+said\s+(?:that|this|it|so)$", re.IGNORECASE
)
_NAME_OF = lazy(  # "what is the name of the official who said ..."
    r"^what(?:['’]s|\s+is|\s+was)\s+the\s+name\s+of\s+(?:the|a|an)\s+"
    r"(?P<role>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:who|that)\s+",
    re.IGNORECASE,
)
_ANYONE = frozenset("person man woman one individual guy lady someone".split())
# "according to whom was the plan dead?", "whose words were 'the plan is dead'?", "who is the
# source of the quote ...", "who was the one saying ...": who said it
_WHOSE = lazy(
    r"^(?:according\s+to\s+whom(?:\s+(?:was|is|were|are|did|does|will|would|has|had))?"
    r"|whose\s+(?:quote|words|line|remark|comment)\s+(?:is|was|were|are)(?:\s+that)?"
    r"|who\s+(?:is|was)\s+the\s+source\s+of\s+the\s+(?:quote|words|line|remark|comment)"
    r"(?:\s+that)?|who\s+(?:is|was)\s+the\s+one\s+(?:saying|who\s+said))\s+",
    re.IGNORECASE,
)
# what follows "spoke for" that is no side spoken for: how long or how often ("for the first
# time", "for an hour", "for two minutes")
_NOT_A_SIDE = (
    r"(?:first|second|third|last|next|final|only|an?|one|two|three|several|many|some|\d+|"
    r"(?:[\w'’-]+\s+){0,2}?(?:times?|hours?|minutes?|while|moments?|days?|weeks?|months?|"
    r"years?)\b)\b"
)
_SHAPES = (
    (lazy(r"^who\s+was\s+it\s+who\s+", re.I), "who "),  # as "who was it that"
    # words reported of someone: "who is said to have called ...", "who was reported to have
    # warned ...", "who, according to the BBC, said ...", "who keeps saying ..."
    (
        lazy(
            r"^who\s+(?:is|was|has\s+been)\s+(?:said|reported|believed|thought|understood|"
            r"alleged)\s+to\s+have\s+",
            re.I,
        ),
        "who ",
    ),
    (lazy(r"^who,?\s+according\s+to\s+[^,]+,\s+", re.I), "who "),
    (lazy(r"^who\s+(?:keeps|kept|keep)\s+(?=saying\b|telling\b|insisting\b)", re.I), "who "),
    # "who among the analysts said", "who from the union said", "who at the bank said"; not
    # "who at the time said", "who from the start said" (when, not who)
    (
        lazy(
            r"^who\s+(?:among|from|at)\s+(?!(?:the\s+)?(?:time|moment|weekend|end|start|"
            r"beginning|outset|first|last|once|least|all|(?:one|this|that|some)\s+point)\b)"
            r"(?:the\s+)?",
            re.I,
        ),
        "which ",
    ),
    # "who responded for the Tories to ...", "who spoke for the family when ...": whom they
    # speak for is who they are, as "which Tory responded to ..." asks
    (
        lazy(
            r"^who\s+(?P<verb>respond(?:s|ed)|repl(?:y|ies|ied)|answer(?:s|ed)|spoke|speaks)\s+"
            r"for\s+(?:the\s+)?(?!" + _NOT_A_SIDE + r")(?P<side>(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+"
            r"(?=(?:to|after|when|on|about|over|following|in)\b)",
            re.I,
        ),
        r"which \g<side> \g<verb> ",
    ),
    # "who was the commuter quoted about the strike", "which analyst was quoted as saying
    # ...": which commuter said it (a passive "quoted" asks who spoke, as "who is quoted as
    # saying" does); "which paper quoted the minister" is no question of who was quoted
    (
        lazy(
            r"^(?:who(?:['’]s|\s+(?:is|was|were))\s+(?:the|an?)\s+(?P<who>(?:[\w'’-]+\s+){0,4}?"
            r"[\w'’-]+)|which\s+(?P<which>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?:is|was|were|"
            r"(?:has|have|had)\s+been))\s+quoted\s+(?:as\s+(?:saying|having\s+said)\s+"
            r"|saying\s+)?",
            re.I,
        ),
        r"which \g<who>\g<which> said ",
    ),
    # "who coined the phrase ...", "who used the words ..."
    (
        lazy(
            r"^who\s+(?:first\s+)?(?:used|coined|came\s+up\s+with|uttered)\s+the\s+"
            r"(?:phrase|words?|expression|line|term|slogan)\s+",
            re.I,
        ),
        "who said ",
    ),
    (
        lazy(
            r"\b(?:went|is|was|has\s+been)\s+on\s+(?:the\s+)?record\s+"
            r"(?:as\s+(?:saying|having\s+said)|saying|to\s+say)\b",
            re.I,
        ),
        "said",
    ),
    # a view held: "took the view that", "was of the opinion that"
    (
        lazy(
            r"\b(?:took\s+the\s+view|was\s+of\s+the\s+(?:opinion|view)|(?:expressed|voiced)"
            r"\s+(?:the|a|his|her|their)\s+(?:view|opinion|belief))\s+(?=that\b)",
            re.I,
        ),
        "believed ",
    ),
)


def as_who_said(text: str) -> str:
    """Return a who-said question in another shape as "who said ..." ("the fog will lift - who
    said that?", "what is the name of the man who said ...", "who among the analysts said",
    "who coined the phrase ...", "who went on record saying ...")."""
    whose = _WHOSE.match(text)
    if whose:
        text = "who said " + text[whose.end() :]
    said = _SAID_THAT.match(text)
    if said and not _WHO.match(text):
        return f"who said {said['topic']}"
    named = _NAME_OF.match(text)
    if named:
        role = named["role"]
        lead = "who " if role.casefold() in _ANYONE else f"which {role} "
        text = lead + text[named.end() :]
    if not _WHO.match(text):
        return text
    for pattern, replacement in _SHAPES:
        text = pattern.sub(replacement, text, count=1)
    for pattern, verb in SAYING:
        found = pattern.search(text)
        # an idiom after the verb of saying is part of the words said ("who said he was
        # happy with the start"): only the verb's place reads as one
        if found is not None and not _said_before(text[: found.start()]):
            text = pattern.sub(verb, text, count=1)
    return text


def _said_before(opening: str) -> bool:
    """Return whether the words before an idiom hold a verb of saying after "who": the idiom
    is then in the words said, not the way they were put."""
    return any(is_speech_verb(word, after_who=True) for word in opening.split()[1:])
