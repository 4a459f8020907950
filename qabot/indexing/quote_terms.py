"""The analysed terms of each quote, made at index time and stored in its segment line beside it.

Answers weigh a quote by the terms of its words, of the sentence attributing it and, for a
report, of the words around it (`Quote.words_around`): a "who said" question weighs some 300
quotes, each analysed again by every process that first read it. Made in the analysis workers,
where the article's sentences were analysed already (a quote's sentence is most often one of
them), and read back with the quotes (`read_quote`), they are the terms `qabot.text.terms_of`
gives for those texts, so answering analyses no stored quote again. A segment written before
holds none: its quotes are analysed when asked, as before.

The line holds the word pieces of the quote's words too, and the first line of an article those
of its opening passage (`qabot.text.kept_pieces`): the meaning re-ranking of "who said" weighs
both, and cutting them at question time cost ~0.7 ms of such an answer at 1,000,000 passages.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any

from qabot.records import Quote
from qabot.text import analyze, keep_terms
from qabot.text.kept_pieces import fingerprint, keep_opening, keep_pieces, stored_pieces
from qabot.text.word_pieces import shipped_pieces

# the key of a segment line holding them (beside the quote's own fields): a list of the text's,
# the sentence's (or null) and, for a report, the words around it; one key and no names kept
# an index of BBC articles' quotes 0.5 MB (a fifth of what they add) smaller than three keys
TERMS = "terms"
# ... the word pieces of its words (`stored_pieces`), and on an article's first quote those of
# its opening passage, with the fingerprint of the opening's text: [fingerprint, pieces]
PIECES = "pieces"
OPENING = "opening"
# what a segment line holds beside the quote's own fields, as meta.json records it of the
# generation's writer: 1 its terms, 2 its word pieces and its story opening's. A line of a newer
# writer reads as far as this one knows its fields (the rest left unread, `read_quote`); a line
# this one cannot read is told built by a newer qabot, not damaged (`GenerationFiles`)
QUOTE_FIELDS = 2
_KNOWN = frozenset(field.name for field in fields(Quote))


@dataclass(frozen=True, slots=True)
class QuoteTerms:
    """One quote's analysed terms (`analyze`: joined by single spaces) and word pieces
    (`stored_pieces`), as its line stores them."""

    text: str
    # None: the sentence of the quote before it in its article (one sentence often holds two)
    sentence: str | None
    # None: its words around are its sentence (words in quote marks, or a report not found in it)
    around: str | None
    pieces: str  # of its words
    # of its article's opening passage, with its text's fingerprint: on the first quote only
    opening: tuple[int, str] | None = None

    def to_json(self) -> list[str | None]:
        """Return the value of the quote's segment line that holds them."""
        if self.around is not None:
            return [self.text, self.sentence, self.around]
        return [self.text] if self.sentence is None else [self.text, self.sentence]

    def line_fields(self) -> dict[str, Any]:
        """Return the fields of the quote's segment line that hold them."""
        fields: dict[str, Any] = {TERMS: self.to_json(), PIECES: self.pieces}
        if self.opening is not None:
            fields[OPENING] = list(self.opening)
        return fields


def quote_terms(
    quotes: Sequence[Quote], analysed: Mapping[str, str], opening: str | None = None
) -> list[QuoteTerms]:
    """Return the terms and pieces of each of an article's quotes, in order; `analysed` maps
    texts already analysed (the article's sentences) to their terms; `opening` is the text of
    the article's first passage, whose pieces the first quote's line holds."""
    found, before = [], None
    cut = shipped_pieces().encode
    for at, quote in enumerate(quotes):
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
                pieces=stored_pieces(cut(quote.text)),
                opening=None
                if at or opening is None
                else (fingerprint(opening), stored_pieces(cut(opening))),
            )
        )
    return found


def _terms(text: str, analysed: Mapping[str, str]) -> str:
    terms = analysed.get(text)
    return analyze(text) if terms is None else terms


def read_quote(line: dict[str, Any]) -> Quote:
    """Return the quote of a segment line (its fields, decoded), keeping the terms and pieces
    the line stores beside it as those of its texts (`qabot.text.keep_terms`,
    `qabot.text.kept_pieces`); a line written before they were stored holds none."""
    stored = line.pop(TERMS, None)
    pieces = line.pop(PIECES, None)
    opening = line.pop(OPENING, None)
    try:
        quote = Quote(**line)
    except TypeError:  # a newer writer's fields beside the quote's: those known are read
        quote = Quote(**{name: value for name, value in line.items() if name in _KNOWN})
    if pieces is not None:
        keep_pieces(quote.text, pieces)
    if opening is not None:
        keep_opening(quote.article_id, *opening)
    if stored:
        keep_terms(quote.text, stored[0])
        if len(stored) > 1 and stored[1] is not None:
            keep_terms(quote.sentence, stored[1])
        if len(stored) > 2:
            keep_terms(quote.words_around(), stored[2])
    return quote
