"""Whether a "who said ...?" answer's closest quote is about what was asked.

A quote only offered as the closest ("No quote says that in those words; the closest is X's")
may share the question's predicate in another sense and none of its subject: "We will go to
Newcastle in good shape" (football) for "who said the economy was in good shape?". The subject
of the claim asked (its words before its first auxiliary: "the economy") carries what the
question is about; a story that names it nowhere near the quote, in no form and in no words
alike in sense ("consumers" for "shoppers"), is another story, and its quote is filler under
a heading it does not deserve: the passages answer instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from qabot.records import Passage, Quote
from qabot.search.quote_evidence import held_terms
from qabot.text import terms_of, tokenize
from qabot.text.lexicon.running_text import VERB_LIKE

# a claim's subject runs to its first auxiliary within this many words ("the salon chain
# would ..."); a longer run is no subject ("during the row with the board that ...")
SUBJECT_WORDS = 6
# the verbs that end a subject: "is", "would", "has" (and any "n't" form); "be", "been" and
# "not" open no predicate after a subject
AUXILIARIES = VERB_LIKE - {"be", "been", "being", "not"}
# how much of the subject's meaning (`SentenceVectors.covered`: each piece paired with the
# story's closest) keeps a story about it though it names the subject in other words: in the
# development who-said questions answered right by a closest quote whose story lacks the
# subject's words, the subject is covered 0.25-0.79 ("looser rules" by "deregulation" 0.25,
# "shoppers" by "consumers" 0.39); a subject swapped in from another story mostly 0.11-0.35
SUBJECT_FLOOR = 0.25
# ... and "X said it" (the quote says the rest of the claim) needs more of it: in the
# development who-said questions answered right so, a subject the story does not write is
# covered 0.79 ("the payout"); subjects swapped in from another story onto a quote saying the
# rest (`closest_probe.py`) 0.25-0.61, most under 0.45 ("gazprom" 0.30 over a club's "act
# swiftly to minimise the impact")
SAID_SUBJECT_FLOOR = 0.5


def claim_subject(topic: str) -> str:
    """Return the subject of the claim a "who said ...?" topic asks about, its words before
    its first auxiliary ("the economy" of "the economy was in good shape", after an opening
    "that"), or "" when no auxiliary follows within SUBJECT_WORDS words."""
    words = topic.split()
    start = 1 if words[:1] and words[0].casefold() == "that" else 0
    for at in range(start + 1, min(len(words) - 1, start + SUBJECT_WORDS + 1)):
        word = words[at].casefold().strip(",;:")
        if word in AUXILIARIES or word.endswith(("n't", "n’t")):
            return " ".join(words[start:at])
    return ""


def off_subject(
    quote: Quote,
    subject: str,
    around: Sequence[tuple[Passage, float]],
    story: str,
    floor: float = SUBJECT_FLOOR,
) -> bool:
    """Return whether `quote`'s story says nothing of `subject`: none of the subject's terms,
    in any form, is in the quote, its sentence, the `around` passages of its article (those the
    question's search found) or `story` (its title and opening), and their meaning covers less
    than `floor` of the subject's. A subject of no content word ("he", "they") is held by any
    story."""
    asked = set(tokenize(subject))
    if not asked:
        return False
    words = {*terms_of(quote.text), *terms_of(quote.sentence), *terms_of(story)}
    for passage, _ in around:
        if passage.article_id == quote.article_id:
            words.update(passage.stored_terms() or terms_of(passage.text))
    if held_terms(asked, words):
        return False
    # read on first use, as ranking by meaning does: the table loads once a process
    from qabot.text.sentence_vectors import sentence_vectors

    content = " ".join(word for word in subject.split() if tokenize(word))
    told = f"{quote.sentence or quote.text} {story}"
    return sentence_vectors().covered(content, told) < floor
