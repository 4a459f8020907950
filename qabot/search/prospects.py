"""Prospects: a question asking whether something has happened ("has X now been abolished?",
"did VW go on to sign the agreement?") is not answered by a story telling it only as what may
happen; nor is one asking who or what came of it ("which bidder ended up buying X?").

The best passages of such a question hold its words in a sentence that puts them after a word
of prospect ("quangos would eventually be abolished", "he expected VW to co-sign a memorandum",
"considers allowing cameras into courts", "the least likely to win approval", "nominated for
the award", "confident of winning a medal"): the archive reports the plan, not the outcome, and
showing it as the answer says more than it knows. A question opening with "has", "have",
"had", "did", "was" or "were" asks of an outcome, and so does one asking "who", "which" or
"what" with "ended up", "went on to", "in the end" or "eventually" ("why could X end up
bigger" asks a reason), "what was the verdict/outcome/result", or "what" or "which" and a
noun before "did" or "has" ("what sentence did X get", "what price did the shares sell at":
"could face a sentence of 85 years" tells none); a case not yet tried is a
prospect too ("faced charges, which he denies", "awaiting a second trial", "on charges of"),
and so is one under way or gone only as far as a stage ("is being sued", "has reached the
European Court" for "did X win the case"),
and a phrasal verb asked is told in a word of its sense ("called off": "in a bid to have it
cancelled"), while a word of prospect the question writes tells none ("did X face charges" over
"X faces charges"); its sentences are those of the shown passages
holding most weight of its words other than names; when each of those holds a word of prospect
followed within PROSPECT_REACH words by a word asked, nothing tells the outcome. A condition
is a prospect ("banned if she is found guilty", "unless approved"), but not an "if" a few words
after a verb of asking or knowing ("asked Mr X if he ever knew ...": a question put); "will"
and "should" are left alone: "will be the first time it is seen" and "should have scored"
answer "was it ever shown", "did he score". The reach after a word of prospect is looked
ahead, not consumed: "If found guilty, X could face a jail sentence" holds "could" within
the reach of "if".

A question asking what came of something in the end ("how much did X end up paying", "did the
school end up closing", "what did the collection actually sell for", "which firm went on to
buy it", "how much did the concert raise in the end") takes the deed as done: a shown
sentence must write it so, in a past form of the verb asked ("paid", "closed", "sold")
outside a prospect, or, for "end up in hospital", hold the word it ends up in
(`untold_outcome`). A story of the bid, the threat of closure or the
auction's estimate tells what was to come, not what came. The question must ask it of the
past ("did", "ended up", "went on to") outside a clause of saying: "why could the deficit end
up bigger", "what do calipers actually measure", "which analyst said inflation was actually
happening" ask no outcome.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Mapping, Sequence

from qabot.indexing import Index
from qabot.search.hit_record import Hit
from qabot.search.lacked_names import asked_name
from qabot.search.partial_match import without_possessive
from qabot.search.phrasal_uses import phrasal_meanings
from qabot.search.sentence_terms import sentences_with_terms
from qabot.search.wording import echo
from qabot.text import STOP_WORDS, TYPED_WORD, tokenize
from qabot.text.lexicon import IRREGULAR_FORMS
from qabot.text.patterns import lazy

PROSPECT_REACH = 6  # words after a word of prospect in which a word asked is its prospect ("would
# put them through to the last 32": a verb, its object and a preposition may stand between)
ASKING_REACH = 4  # words before an "if" in which a verb of asking makes it "whether" (the
# verb, then its object: "asked witness Ona Brek if")
# verbs after which "if" puts a question ("asked X if", "not sure if"), not a condition
_ASKING_VERBS = frozenset(
    "ask asks asked asking wonder wonders wondered wondering know knows knew unsure sure "
    "doubt doubts doubted check checks checked".split()
)
SHOWN_LETTERS = 160  # of the sentence quoted in the lead
_OUTCOME = lazy(r"\s*(?:has|have|had|did|was|were)\b", re.IGNORECASE)
# a question asking who or what came of something ("which bidder ended up buying X", "who
# eventually won"), not why or how it might ("why could the deficit end up bigger")
_OUTCOME_ASKED = lazy(
    r"\s*(?:who|whom|which|what)\b.*?\b(?:ended up|went on to|in the end|eventually)\b"
    r"|\s*what\s+(?:was|were)\s+the\s+(?:verdict|outcome|result)\b"
    r"|\s*(?:what|which)\s+(?:[^\W\d_]+\s+){1,2}(?:did|has|have|had)\b",
    re.IGNORECASE,
)
_PROSPECT = lazy(
    r"\b(?:would|could|may|might|expects?|expected|expecting|due to|set to|plans? to"
    r"|planning to|hopes? to|hoping|hopeful|considering|considers|talks|aims? to|wants? to"
    r"|intends? to|bid to|proposed|whether|is to|are to|yet to"
    # a case not yet tried: "faced charges, which he denies", "awaiting a second trial"
    r"|faces|faced|facing|awaits|awaiting|denies|denied|on charges of|charged with"
    r"|accused of"
    # a case under way, or gone only as far as a stage: "is being sued by a viewer", "has
    # reached the European Court of Justice", "reached the final"
    r"|is being|are being|reached"
    # a chance, a contest not yet decided: "the least likely to win approval", "nominated for
    # the Golden Rose", "is up for an Oscar", "ready to commit his future", "is confident of
    # winning a medal"
    r"|likely|unlikely|confident|optimistic|nominated|nominations?|nominees?|shortlisted"
    r"|up for|in line for"
    r"|ready to"
    # a condition: "if found guilty", "if she is found guilty", "unless approved"
    r"|if|unless)\b"
    # (the reach looked ahead, not consumed: "If found guilty, X could face a sentence" holds
    # two prospects, the second within the first's reach)
    rf"(?=((?:\W+\w+){{0,{PROSPECT_REACH}}}))",
    re.IGNORECASE,
)

# what a reader adds asking what came of something in the end, and the word after it
_IN_THE_END = lazy(
    r"\b(?:(?:end|ended|ends) up|(?:go|went) on to|eventually|finally|actually|ultimately)"
    r"\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?",
    re.IGNORECASE,
)
# ... or after the verb: "how much did the concert raise in the end", the verb right before
# (a whole word: none stands before it), after a "did" on its line (`verb_in_the_end`)
_WORD_IN_THE_END = lazy(r"(?<![^\W\d_])([^\W\d_]+)\s+in\s+the\s+end\b", re.IGNORECASE)
_DID = lazy(r"\bdid\s", re.IGNORECASE)
_LINE_BREAK = lazy(r"\n")
_PAST = lazy(r"\b(?:did|ended|went)\b", re.IGNORECASE)  # asked of the past ("did", "ended up")
# a clause of saying: "what did X say they ended up paying" asks of the saying (`verdicts` too)
SAYING = lazy(r"\b(?:said|says|say|saying|claimed|claims|told|tells)\b", re.IGNORECASE)
_WORD = lazy(r"[^\W\d_]+")


def untold_outcome(words: str, hits: Sequence[Hit]) -> str | None:
    """Return the outcome `words` asks of in the end ("end up paying"), when no sentence of
    `hits` tells it done (see the module docstring); else None."""
    if not hits:
        return None
    found = _IN_THE_END.search(words)
    late = verb_in_the_end(words) if found is None else None
    if found is None and late is None:
        return None
    if found is not None:
        before = words[: found.start()] + found.group().split()[0]
        verb, after = found.group(1), found.group(2)
        shown, whole = words[found.start() : found.end(1)], found.group()
    elif late is not None:  # "did the concert raise in the end": the verb before it
        before, verb, after = words[: late.start(1)], late.group(1), None
        shown = whole = words[late.start(1) : late.end()]
    if not _PAST.search(before) or SAYING.search(before):
        return None
    if verb.casefold() in STOP_WORDS:  # "end up in hospital": the place it ends up in
        if after is None or not tokenize(after):
            return None
        place = set(tokenize(after))
        if any(place <= set(tokenize(hit.passage.text)) for hit in hits):
            return None
        return echo(whole)
    asked = tokenize(verb)
    if not asked:
        return None
    for hit in hits:
        text = hit.passage.text
        for start, end in hit.passage.sentence_spans() or [(0, len(text))]:
            if _tells_done(text[start:end], asked):
                return None
    return echo(shown)


def verb_in_the_end(words: str) -> re.Match[str] | None:
    """Return the first word right before "in the end" (group 1, to the end of "end") after a
    "did" on its line ("how much did the concert raise in the end"), else None: what a pattern
    reading on from each "did" to the next "in the end" finds, read back from each "in the end"
    instead (the pattern tried every word after every "did", a quarter of a second on a pasted
    page of them)."""
    did_ends = [found.end() for found in _DID.finditer(words)]
    if not did_ends:
        return None
    breaks = [found.start() for found in _LINE_BREAK.finditer(words)]
    at = 0
    while (found := _WORD_IN_THE_END.search(words, at)) is not None:
        start = found.start(1)
        before = bisect_right(did_ends, start)  # the "did"s ending before the word
        # ... the last of them on the word's line: no line break between (its own space may be)
        if before and bisect_left(breaks, did_ends[before - 1]) == bisect_left(breaks, start):
            return found
        at = found.end(1)
    return None


def _tells_done(sentence: str, asked: list[str]) -> bool:
    """Return whether `sentence` writes a past form of the verb of terms `asked` ("paid" of
    "paying", "closed" of "closing"), not as a prospect ("could be closed")."""
    for word in _WORD.findall(sentence):
        lowered = word.casefold()
        base = IRREGULAR_FORMS.get(lowered)
        form = base if base else lowered if lowered.endswith("ed") else ""
        done = bool(form) and tokenize(form) == asked
        if done and not told_as_prospect(sentence, tokenize(lowered) or asked):
            return True
    return False


def only_prospect(
    index: Index, words: str, weights: Mapping[str, float], hits: Sequence[Hit]
) -> str | None:
    """Return the sentence that tells what `words` asks of only as a prospect, when the
    question asks whether it happened and every best sentence of `hits` does so; else None.
    `weights`: the question's term weights."""
    if not hits or not (_OUTCOME.match(words) or _OUTCOME_ASKED.match(words)):
        return None
    names = {
        term
        for typed in TYPED_WORD.findall(words)
        if asked_name(index, without_possessive(typed))
        for term in tokenize(without_possessive(typed))
    }
    asked = {term: weight for term, weight in weights.items() if term not in names}
    best = 0.0
    sentences: list[tuple[float, str]] = []
    for hit in hits:
        text = hit.passage.text
        for start, end, terms in sentences_with_terms(hit.passage):
            score = math.fsum(weight for term, weight in asked.items() if term in terms)
            if score > 0:
                sentences.append((score, text[start:end].strip()))
                best = max(best, score)
    top = [sentence for score, sentence in sentences if score >= best]
    # a phrasal verb asked is told in a word of its sense: "called off" as "in a bid to have it
    # cancelled"
    told = asked.keys() | phrasal_meanings(words)
    if not top or not all(told_as_prospect(sentence, told) for sentence in top):
        return None
    return echo(top[0], SHOWN_LETTERS)


def told_as_prospect(sentence: str, asked: Collection[str]) -> bool:
    """Return whether a term `asked` follows a word of prospect closely in `sentence`."""
    held = set(asked)
    return any(
        not held.isdisjoint(tokenize(found.group(1)))
        # "did X face charges" is told by "X faces charges": a word asked tells no prospect
        and held.isdisjoint(tokenize(found.group().split()[0]))
        and not _asked_if(sentence, found)
        for found in _PROSPECT.finditer(sentence)
    )


def _asked_if(sentence: str, found: re.Match[str]) -> bool:
    """Return whether the prospect `found` is an "if" after a verb of asking or knowing within
    ASKING_REACH words before it ("he asked Mr Myers if he ever knew ..."): a question put, not
    a condition."""
    if found.group().casefold() != "if":
        return False
    before = _WORD.findall(sentence[: found.start()])[-ASKING_REACH:]
    return any(word.casefold() in _ASKING_VERBS for word in before)
