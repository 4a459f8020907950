"""Whether a "who said ...?" claim is someone else's words told in a passage rather than the
chosen quote's: "X said it" is written when the words around a quote hold most of the question,
but when its quote and the quote's sentence hold only part of it (the rest is in the passage
around), and a passage shown below puts the whole question in one sentence of its own that
reports speech (a speech or opinion verb) without naming X ("The prime minister and his
campaign boss have insisted the election will be fought on the economy", for "who said the
election would be fought on the economy?"), the words asked are given to others there, in no
quote stored: X's quote is only the closest. A sentence telling the news a quote reacts to
("With Vickery sidelined for six weeks, ...") gives the words to nobody and changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from qabot.records import Quote
from qabot.search.hit_record import Hit
from qabot.search.quote_evidence import CONFIDENT_SHARE, MODALS, unknown_as_rarest
from qabot.search.relevance import coverage
from qabot.search.speaker_clues import surname_terms
from qabot.search.speech_verbs import is_speech_verb
from qabot.search.word_forms import kin_forms
from qabot.text import terms_of

# a passage's sentence must hold this much more of the question's weight than the quote and its
# sentence do: the quote's own words then tell clearly less of what was asked than the passage
TOLD_BETTER_BY = 0.25


def told_apart(
    quote: Quote,
    speaker: str,
    passages: Sequence[Hit],
    terms: Sequence[str],
    idf: Mapping[str, float],
) -> bool:
    """Return whether one of the `passages` holds the question (`terms`) in a sentence of its
    own (its highlight) much better than `quote` and its sentence do, a sentence reporting
    speech (`is_speech_verb`) that is neither the quote's nor names `speaker` by surname: the
    words asked are given to others there, not said in the quote. A quote whose own words hold
    most of the question (CONFIDENT_SHARE) is said by its speaker whatever else is shown.
    Modals weigh nothing here: "would" for "will" tells the claim in another tense, and the
    quote's words are weighed by the same rule (`_held`)."""
    asked = [term for term in dict.fromkeys(terms) if term not in MODALS]
    if not asked:
        return False
    weights = unknown_as_rarest(asked, idf)
    spoken_share = coverage(weights, _held(asked, f"{quote.text} {quote.sentence or ''}"))
    if spoken_share >= CONFIDENT_SHARE:
        return False
    surname = surname_terms(speaker)[-1:] if speaker[:1].isupper() else ()
    for hit in passages:
        sentence = hit.highlight
        if not sentence or quote.text in sentence or sentence in (quote.sentence or ""):
            continue
        if surname and surname[0] in terms_of(sentence):
            continue  # the passage gives the words to the speaker ("Mr X insisted ...")
        if not any(is_speech_verb(word) for word in sentence.split()):
            continue  # the news told, given to nobody
        told = coverage(weights, _held(asked, sentence))
        if told >= CONFIDENT_SHARE and told - spoken_share >= TOLD_BETTER_BY:
            return True
    return False


def _held(terms: Sequence[str], text: str) -> set[str]:
    """Return the terms of `text` with the question terms another form of which it holds
    ("fight" for "fought", `kin_forms`)."""
    held = set(terms_of(text))
    for forms in kin_forms(terms, held).values():
        held.update(forms)
    return held
