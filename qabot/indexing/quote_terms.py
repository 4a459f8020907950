"""The analysed terms of each quote, made at index time and stored in its segment line beside it.

Answers weigh a quote by the terms of its words, of the sentence attributing it and, for a
report, of the words around it (`Quote.words_around`): a "who said" question weighs some 300
quotes, each analysed again by every process that first read it. Made in the analysis workers,
where the article's sentences were analysed already (a quote's sentence is most often one of
them), and read back with the quotes (`read_quote`), they are the terms `qabot.text.terms_of`
gives for those texts, so answering analyses no stored quote again. A segment written before
holds none: its quotes are analysed when asked, as before.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from qabot.records import Quote
from qabot.text import analyze, keep_terms

# the key of a segment line holding them (beside the quote's own fields): a list of the text's,
# the sentence's (or null) and, for a report, the words around it; one key and no names kept
# an index of BBC articles' quotes 0.5 MB (a fifth of what they add) smaller than three keys
TERMS = "terms"


@dataclass(frozen=True, slots=True)
class QuoteTerms:
    """One quote's analysed terms (`analyze`: joined by single spaces), as its line stores them."""

    text: str
    # None: the sentence of the quote before it in its article (one sentence often holds two)
    sentence: str | None
    # None: its words around are its sentence (words in quote marks, or a report not found in it)
    around: str | None

    def to_json(self) -> list[str | None]:
        """Return the value of the quote's segment line that holds them."""
        if self.around is not None:
            return [self.text, self.sentence, self.around]
        return [self.text] if self.sentence is None else [self.text, self.sentence]


def quote_terms(quotes: Sequence[Quote], analysed: Mapping[str, str]) -> list[QuoteTerms]:
    """Return the terms of each of an article's quotes, in order; `analysed` maps texts already
    analysed (the article's sentences) to their terms."""
    found, before = [], None
    for quote in quotes:
        sentence = None
        if quote.sentence != before:
            sentence = _terms(quote.sentence, analysed)
            before = quote.sentence
        around = quote.words_around()
        found.append(
            QuoteTerms(
                text=_terms(quote.text, analysed),
                sentence=sentence,
                around=None if around == quote.sentence else _terms(around, analysed),
            )
        )
    return found


def _terms(text: str, analysed: Mapping[str, str]) -> str:
    terms = analysed.get(text)
    return analyze(text) if terms is None else terms


def read_quote(line: dict[str, Any]) -> Quote:
    """Return the quote of a segment line (its fields, decoded), keeping the terms the line
    stores beside it as those of its texts (`qabot.text.keep_terms`); a line written before
    they were stored holds none."""
    stored = line.pop(TERMS, None)
    quote = Quote(**line)
    if stored:
        keep_terms(quote.text, stored[0])
        if len(stored) > 1 and stored[1] is not None:
            keep_terms(quote.sentence, stored[1])
        if len(stored) > 2:
            keep_terms(quote.words_around(), stored[2])
    return quote
