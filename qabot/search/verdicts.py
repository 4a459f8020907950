"""Verdicts asked: "what did Ofcom decide about the complaint", "what did the court rule",
"how much aid did the G8 agree", "what did the report find" take the verdict as reached, and
the passages must tell it, for `qabot.search.passage_answers`.

The archive often reports such a matter before it is settled: the complaint made, the case
"set to be heard", a meeting to come "to discuss" labels, the audit launched "to find out". Its
passages hold the question's other words, and shown under "Best matching passages" they read
as the verdict. A shown sentence tells it when it writes the verb or its noun done, outside a
prospect ("decided", "ruling", "agreed", "findings"; not "would decide"), or the doer asked
doing a deed ("a judge has barred ...", "the Federal Reserve has raised ..."; for a finding,
what it reports: "the IFS says ..."). Else none of the best passages tells what came of it.
Asked of the past ("did") and outside a clause of saying, as `prospects.untold_outcome`. A
verdict's noun followed by what is bid or foreseen of it tells none ("its findings must not be
ignored", "a decision is due").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qabot.search.hit_record import Hit
from qabot.search.prospects import SAYING, told_as_prospect
from qabot.search.wording import echo
from qabot.text import tokenize
from qabot.text.lexicon import IRREGULAR_FORMS
from qabot.text.patterns import lazy

# the verdict verbs, each with the words that tell it reached
_TOLD = {
    "decide": ("decided", "decision", "decisions"),
    "rule": ("ruled", "ruling", "rulings"),
    "conclude": ("concluded", "conclusion", "conclusions"),
    "agree": ("agreed", "agreement", "agreements", "deal"),
    "find": ("found", "findings", "finding"),
}
# what a finding's doer reports ("the IFS says", "the study showed"): its finding
_REPORTS = frozenset(
    "says said shows showed shown suggests suggested reveals revealed reports reported".split()
)
_VERDICT = lazy(
    r"\s*(?:what|which|how\s+much|how\s+many)\b(?P<before>.*?)\bdid\s+(?P<doer>.+?)\s+"
    r"(?P<verb>decide|rule|conclude|agree|find)\b(?!\s+out\b)",
    re.IGNORECASE,
)
# the doer's own words end where what it is about begins ("the report into the crash")
# ... and where a participle's phrase does ("the audit published in march")
_DOER_END = lazy(
    r"\s+(?:into|of|with|on|in|about|for|at|over|after|before)\s"
    r"|\s+[^\W\d_]+ed\s+(?=(?:in|on|at|by|last|this|earlier)\s)",
    re.IGNORECASE,
)
_DEED = r"(?:\s+(?:has|have|had))?\s+([^\W\d_]+)"  # the doer's deed: "has barred", "raised"
# a verdict's noun the sentence goes on to bid or foresee, not tell: "its findings must not be
# ignored", "the ruling will be appealed", "a decision is due"
_NOUN_TO_COME = lazy(
    r"\s+(?:must|will|would|should|could|may|might|can|(?:is|are)\s+(?:due|expected))\b",
    re.IGNORECASE,
)


def untold_verdict(words: str, hits: Sequence[Hit]) -> str | None:
    """Return the verdict `words` asks of ("ofcom decide"), when no sentence of `hits` tells
    it reached (see the module docstring); else None."""
    found = _VERDICT.match(words)
    if not hits or found is None or SAYING.search(words[: found.start("verb")]):
        return None
    verb = found.group("verb").casefold()
    doer = _DOER_END.split(f"{found.group('doer')} ", maxsplit=1)[0].split()
    if not doer:
        return None
    deed = re.compile(rf"\b{re.escape(doer[-1])}\b{_DEED}", re.IGNORECASE)
    told = re.compile(rf"\b(?:{'|'.join(_TOLD[verb])})\b", re.IGNORECASE)
    for hit in hits:
        text = hit.passage.text
        for start, end in hit.passage.sentence_spans() or [(0, len(text))]:
            sentence = text[start:end]
            if any(
                not told_as_prospect(sentence, tokenize(m.group()))
                and not _NOUN_TO_COME.match(sentence, m.end())
                for m in told.finditer(sentence)
            ):
                return None
            for done in deed.finditer(sentence):
                word = done.group(1).casefold()
                if (_done(word) or (verb == "find" and word in _REPORTS)) and not (
                    told_as_prospect(sentence, tokenize(word))
                ):
                    return None
    return echo(f"{' '.join(doer)} {found.group('verb')}")


def _done(word: str) -> bool:
    """Return whether `word` is a verb's past form ("barred", "held"), no "-ing" form."""
    if word in IRREGULAR_FORMS:
        return IRREGULAR_FORMS[word] != word and not word.endswith("ing")
    return len(word) > 4 and word.endswith("ed")
