"""Content ends: where words a cue reports stop before something that is not theirs (a step
inside `qabot.attribution.cue_words`): a quote an inner cue opens ("The paper reports that X
told a magazine: “...”"), the main clause's verb after a noun's words ("Ruiz's claim that he has
a way to win would depend on ..."), the comma closing an opening "While ..." clause, and the
comma closing a relative clause before the main verb ("X, who said Y, backed the plan").
"""

from __future__ import annotations

from qabot.attribution.bare_clauses import finite_verbs
from qabot.attribution.cues import CUE, REPLIES, SPEECH_VERBS, word_alternation
from qabot.attribution.quote_marks import MASK
from qabot.attribution.sentence_subjects import IRREGULAR_PAST
from qabot.attribution.speaker_phrases import speaker_before
from qabot.text.patterns import lazy


def before_inner_quote(masked: str, start: int, end: int) -> int:
    """Return where reported words end before a cue inside them that opens a quote of its own
    ("The paper reports that X told a magazine: “...”": the quote is X's, and X's cue is read
    next), before the inner cue's subject, or at its verb when a comma comes before it ("X,
    who insists he is calm, said: “...”"); `end` when there is none."""
    inner = _INNER_QUOTE.search(masked, start, end)
    if inner is None:
        return end
    before = masked[start : inner.start()]
    found = None if before.rstrip().endswith(",") else speaker_before(before)
    if not found or found[0] < 0:
        return inner.start()
    joined = _TO_WHICH.search(before, 0, found[0])  # "..., to which X interjected: “...”"
    return start + (joined.start() if joined else found[0])


def introduced_quote(
    masked: str, start: int, end: int, spans: list[tuple[int, int, bool]]
) -> tuple[int, int] | None:
    """Return the quote that the words after a cue introduce with a question word and a colon
    ("says what his next goal is: “...”", "told reporters how it went: “...”"): what was said
    is the quote, not the question before it; None when they introduce none."""
    lead = _QUESTION_LEAD.match(masked, start, end)
    if lead is None:
        return None
    return next(((q0, q1) for q0, q1, _ in spans if q0 == lead.end() and q1 <= end + 1), None)


# up to three words (whom it was told), a question word, its clause (no comma: 'asked X how
# it would pay, began his reply with a quip: “...”' opens another clause), a colon, a quote mark
_QUESTION_LEAD = lazy(
    r"(?:[\w'’-]+\s+){0,3}?(?:what|how|why|where|when|who|whom|whose|which|whether)\b"
    r"[^:.!?;,\"“”\n]*:\s*(?=[\"“])"
)


# what ties an answer to the words before it, no part of them ("..., to which X replied:")
_TO_WHICH = lazy(r",?\s*\bto\s+which\s*$")


def quote_with_own_cue(masked: str, start: int, spans: list[tuple[int, int, bool]]) -> bool:
    """Return True when the words after a cue are a quote that a cue and speaker of its own
    follow ("Moscow strongly denies — “why would we?” asked Dunn": Dunn's question, not what
    Moscow denies)."""
    lead = _QUOTE_LEAD.match(masked, start)
    quote = next((q for q in spans if lead and q[0] == lead.end()), None)
    return quote is not None and _OWN_CUE.match(masked, quote[1]) is not None


# a dash or spaces before the quote mark opening the words after a cue
_QUOTE_LEAD = lazy(r"[\s—–-]*(?=[\"“])")
# a quote's closing mark, then its own cue and a name or description ("” asked Dunn")
_OWN_CUE = lazy(lambda: r"[\"”]?\s*(?:" + word_alternation(SPEECH_VERBS) + r")\s+(?:[A-Z]|the\s)")


def subject_clause_end(masked: str, start: int, end: int) -> int:
    """Return where the words a sentence's subject reports end: before the main clause's verb,
    the second auxiliary or modal ("Ruiz's claim that he has a way to win would depend on ...":
    "would" is the sentence's verb, not his words)."""
    seen, previous = 0, False
    for word in _WORD_AT.finditer(masked, start, end):
        finite = finite_verbs([word.group()]) > 0
        if finite and not previous:  # "will be refused" is one verb
            seen += 1
            if seen == 2:
                return word.start()
        previous = finite or (previous and word.group().endswith("ly"))
    return end


_WORD_AT = lazy(r"\S+")
# a cue inside reported words that introduces a quote of its own ("reports that X told a
# magazine: “...”"): the quote is the inner speaker's, the outer words end at its colon
_INNER_VERBS = frozenset("told tells said says added adds quipped quips snapped snaps".split())
_INNER_QUOTE = lazy(
    lambda: (
        r"(?<!\swas\s)(?<!\swere\s)(?<![\w'’-])(?:"
        + word_alternation(_INNER_VERBS | REPLIES)
        + r")(?![\w'’-])[^.:;“\"]{0,40}?:\s*[\"“]"
    )
)


def subordinate_end(masked: str, start: int, end: int) -> int:
    """Return where the words reported inside a sentence's opening "While ..." clause end:
    at its first comma when another cue follows ("While a report assured members that the
    fund was safe, under questioning X acknowledged that ...": X's words are X's)."""
    later = CUE.search(masked, start, end)
    comma = masked.find(", ", start, later.start()) if later else -1
    while later and comma > start and masked[comma + 2 : comma + 3].isdigit():
        comma = masked.find(", ", comma + 1, later.start())  # "Sept. 11, 2001", "2, 400"
    return comma if comma > start else end


def relative_clause_end(masked: str, start: int, end: int, text: str) -> int:
    """Return where the words reported inside a relative clause end when the sentence's own verb
    follows it ("Jo Ruiz, who said it was overdue, backed the plan": her words end at the comma
    before "backed"): at the last comma whose next word is a verb in the past tense or an
    auxiliary, or after a quote whose own comma is inside its closing mark ('X, who called it
    "a farce," said ...'; `text` is `masked` unmasked, where that comma shows); `end` when there
    is none."""
    for comma in reversed(list(_COMMA.finditer(masked, start, end))):
        at = comma.start()
        if comma.group() != "," and text[at - 1] != ",":
            continue  # a quote closing with no comma of its own ('the "reform" proposed')
        following = masked[comma.end() : end].split(None, 1)[:1]
        if not following or not _main_verb(following[0]):
            continue
        # an auxiliary may be the reported clause's own verb after an aside on its subject
        # ("that Mr. Jager, under fire for X, would do better"): only after a verb of its own
        said = masked[start:at].split()
        if finite_verbs(following) == 0 or any(_main_verb(w) for w in said):
            if comma.group() == ",":
                return at
            # two apostrophes close the quote in some archives: ''a farce,'' said
            return comma.end() + (text[comma.end() - 1 : comma.end() + 1] == "''")
    return end


# a comma before a space, or a quote's closing mark there (its comma hidden by the mask)
_COMMA = lazy(rf"(?:,|(?<={MASK})[\"”’])(?=\s)")


def _main_verb(word: str) -> bool:
    """Return True for a word that opens a predicate: a past tense, an auxiliary or a verb of
    speech ("X, who called it “a farce”, said ...": "said" is the main clause's)."""
    key = word.casefold().strip(",.;:")
    return word[:1].islower() and (
        finite_verbs([key]) > 0
        or key in IRREGULAR_PAST
        or (key.endswith("ed") and len(key) > 4)
        or (key in SPEECH_VERBS and not key.endswith("ing"))
    )
