"""Content cuts: where the words a speech cue reports end within their sentence (a step inside
`qabot.attribution.quotes`, after `qabot.attribution.cue_spans` found where they start): at a
cut of `qabot.attribution.cues` (a participle, a clause with its own cue, a dash), read past a
dash aside that another dash closes before the reported clause goes on.
"""

from __future__ import annotations

from qabot.attribution.cues import CLOSING_VERBS, CUE_WORDS, CUT, SAYING_VERBS
from qabot.attribution.quote_marks import MASK
from qabot.text.lexicon import is_capitalised
from qabot.text.patterns import lazy


def content_end(masked: str, start: int, end: int) -> int:
    """Return where reported content starting at `start` ends within the sentence: at a cut (a
    participle, a clause with its own cue, a dash), but not at a dash opening an aside after
    two words or more that another closes before the clause goes on ("said the plan - which
    cost £5m - had failed"; not "adds nothing - it is merely a distraction - a wasp"), and only
    when the words hold no quote mark (an aside holding a quote and its own cue, "the plan was
    weak - “We need details,” she said - and charged ...", is no part of the words reported)
    and no clause of its own follows the aside."""
    said_in = _SAID_IN.search(masked, start, end)
    end = said_in.start() if said_in is not None else end
    quoted = _QUOTE_THEN_CUE.search(masked, start, end)  # '“...,” she said': ends at its mark
    end = quoted.start() if quoted is not None else end
    at = start
    while (cut := CUT.search(masked, at, end)) is not None:
        if cut.group().strip() in _DASHES:
            closing = _ASIDE_DASH.search(masked, cut.end(), end)
            if (
                closing is not None
                and len(masked[at : cut.start()].split()) >= 2
                and masked[closing.end() : end].strip(" .!?")
                and _QUOTE_MARK.search(masked, start, end) is None
                and not _new_clause(masked[closing.end() : end].split()[:3])
            ):
                at = closing.end()
                continue
        if _inside_brackets(masked, start, cut.start(), end):
            at = cut.end()  # "sell 253m euros (£175m; $328m) of new shares": one figure's forms
            continue
        return cut.start()
    return end


def _inside_brackets(masked: str, start: int, at: int, end: int) -> bool:
    """Return True when `at` lies inside a bracket opened after `start` and closed before
    `end`: a cut there parts the bracket's own words, not the clause."""
    before = masked[start:at]
    return before.count("(") > before.count(")") and ")" in masked[at:end]


_DASHES = frozenset("-–—")
# how the words were given, after a quote closing them: 'said its model “will answer ...” in a
# statement', '... “a disgrace” on Twitter': the writer's words, no part of the speaker's
_SAID_IN = lazy(
    r"(?<=[”\"])\s*,?\s+(?:in|on|at|during|via|through)\s+(?:(?:a|an|the|his|her|their|its|our)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:statements?|interviews?|speech|tweets?|posts?|letter|news\s+conference"
    r"|press\s+conference|briefing|email|e-mail|remarks|op-ed|Twitter|Facebook|Instagram"
    r"|X|television|radio|podcast|broadcast|message|video)\b[^”\"“]*$"
)
# a quote in the words reported, then a cue of its own with its speaker ('described it as “a
# joy. I never ...,” she said, after ...'): the words end with the quote, the rest is narration
_QUOTE_THEN_CUE = lazy(
    r"(?<=" + MASK + r"[”\"])\s*,?\s+(?:he|she|they|(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*)\s+"
    r"(?:" + "|".join(SAYING_VERBS) + r")\b"
)
# a cue and its speaker after a comma, ending the sentence: ", said Mr Clarke.", ", he said.",
# ", she noted."
_CLOSING_VERBS = "|".join(SAYING_VERBS + CLOSING_VERBS)
_CLOSING_CUE = lazy(
    r",\s+(?:(?P<verb>" + _CLOSING_VERBS + r")\s+(?:[A-Z][\w'’.-]*\s+){0,3}"
    r"[A-Z][\w'’-]*|(?:he|she|they|(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*)\s+"
    r"(?P<after>" + _CLOSING_VERBS + r"))[.!?]?\s*$"
)


def closing_cue(masked: str, start: int, end: int) -> int | None:
    """Return where the cue closing a sentence with its speaker after a comma starts (", said
    Mr Clarke.", ", he said.", ", Ms Lomax said.", ", she noted."), or None: the words before it
    are that speaker's whole, a cue inside them included ("The barrister had said the rules were
    unfair, said Mr Clarke": Mr Clarke's account, not the barrister's own words)."""
    closing = _CLOSING_CUE.search(masked, start, end)
    return (
        None
        if closing is None
        else closing.start("verb")
        if closing["verb"]
        else (closing.start("after"))
    )


_ASIDE_DASH = lazy(r"\s[-–—]\s")
_QUOTE_MARK = lazy(r"[\"“”]")
_SUBJECTS = frozenset("he she they we i it you others".split())
_JOINING = frozenset("and but".split())


def _new_clause(words: list[str]) -> bool:
    """Return whether the words after a dash aside open a clause of their own, which the
    reported words do not run on into: a subject ("he disavows", "and it shows", "Republicans
    are still ...") or a cue ("others say")."""
    if words[:1] and words[0] in _JOINING:
        words = words[1:]
    words = words[:2]
    return bool(words) and (
        is_capitalised(words[0])
        or words[0].casefold() in _SUBJECTS
        or any(w.casefold() in CUE_WORDS for w in words)
    )
