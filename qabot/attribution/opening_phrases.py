"""Opening phrases: where or when words were said, set before a cue, never the words.

A cue's speaker may follow a sentence's opening phrase ("In a September letter to Zucker,
Trump asked", "Still, he said, ...", "On Oct. 23, during a campaign stop, the candidate
boasted"): quote content (`qabot.attribution.quote_content`) must not record it as what they
said, and cue reading (`cue_reading`, `cue_speakers`, `cue_words_before`, `apposed_subjects`)
must not read it as their name. This module holds that one test of a phrase, shared by them all.
"""

from __future__ import annotations

from qabot.attribution.bare_clauses import finite_verbs
from qabot.attribution.called_uses import named_apposition
from qabot.attribution.sentence_subjects import is_adverbial
from qabot.text.lexicon import OPENING_ADVERBS
from qabot.text.patterns import lazy

# words a sentence's opening phrase starts with, and those its subordinate clause starts with
_PREPOSITIONS = frozenset(
    """in on at during despite after before back following amid shortly soon minutes hours
days weeks months years moments upon throughout within""".split()
)
_SUBORDINATORS = frozenset("as though although even when since until while once if".split())
DETERMINERS = frozenset("a an the this that these those his her their its our".split())
_ASKED = frozenset("asked pressed questioned quizzed challenged".split())
# what "even" opens a subordinate clause or phrase with ("even if", "even after the vote")
_AFTER_EVEN = _SUBORDINATORS | _PREPOSITIONS | frozenset("with without so then for".split())


def opening_phrase(chunk: str) -> bool:
    """Return True for a sentence's opening phrase or clause with no main clause after it ("In
    a September letter to Zucker, Trump asked", "Even after the complaint was filed, X
    continued"): where or when the words were said, never the words. "As the idea was to prove
    a point the domain has been handed back" has a main clause (a second finite verb)."""
    words = chunk.split()
    if not words or "," in chunk.strip() or [w.casefold() for w in words[:2]] == ["at", "least"]:
        return False
    opener = words[0].casefold()
    finite = finite_verbs(words)
    if opener in _ASKED and finite <= 1:
        return True  # "Asked whether he would resign, he said no": the question, not the answer
    if opener == "over" and words[1:2] and words[1].casefold() in DETERMINERS and not finite:
        return True  # "Over the years, she said, ...", not "Over 60% of ... said"
    if len(words) == 1 and (opener in OPENING_ADVERBS or _SENTENCE_ADVERB.fullmatch(opener)):
        return True  # "Still, he said, officials must decide", "Privately, she said, ..."
    if " ".join(words).casefold() in _CONNECTIVES:
        return True  # "But, he said, it would struggle", "By contrast, said X, the code ..."
    if opener == "even" and (words[1:2] or [""])[0].casefold() not in _AFTER_EVEN:
        return False  # "Even India has more pull, says X": the words, not "even if ..."
    return (opener in _PREPOSITIONS and finite == 0) or (opener in _SUBORDINATORS and finite <= 1)


def opening_phrases(chunk: str) -> bool:
    """Return True for opening phrases of when and where one after another, set apart by
    commas ("On Oct. 23, during a campaign stop at the resort, the candidate boasted of ..."),
    a name given to a place among them ("..., now called Trump National Doral, ..."): no words
    said among them."""
    parts = chunk.split(",")
    return len(parts) > 1 and all(
        part.strip()
        and (is_adverbial(part) or opening_phrase(part) or (at and named_apposition(part)))
        for at, part in enumerate(parts)
    )


_SENTENCE_ADVERB = lazy(r"[a-z]{4,}ly")
# what ties a sentence to the one before it, never words said: "But, he said, ...", "For
# instance, said X, ..."
_CONNECTIVES = frozenset(
    (
        *"but and so yet also already often sometimes".split(),
        *("sometimes though", "but now", "but then", "and yet", "by contrast", "in contrast"),
        *("for instance", "for example", "of course", "even so", "above all", "not least"),
        *("ever since", "by then", "so far", "until now", "as ever", "even then", "in short"),
        *("in addition", "in particular"),
    )
)
