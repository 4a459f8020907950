"""Quote content: the words a found speaker said, cut from the article and recorded.

Part of quote attribution (`qabot.attribution.quotes`). Once a cue and its speaker are known
(`qabot.attribution.cue_reading`), the words they report are a quote's inside or the clause
before or after the cue; this module trims those spans (spaces, closing punctuation, a name in
quote marks that no one said) and records each with its `Attribution`, so the sentence pass and
the paragraph pass record content the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from qabot.attribution.names import People, Person
from qabot.attribution.quote_marks import QUOTE_MARKS, names_a_work
from qabot.attribution.sentence_subjects import is_adverbial
from qabot.records import Article


@dataclass(slots=True)
class Attribution:
    """A speaker found for a cue, before the content spans are cut."""

    speaker: Person
    cue: str
    sentence: tuple[int, int]  # absolute offsets
    verbatim: bool = False  # a transcript line: direct speech with no quote marks


class QuoteContent:
    """The quotes found so far in one article, and how a found speaker's words are recorded."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.people = People(self.text)
        self.found: list[tuple[Attribution, int, int]] = []

    def emit(self, attribution: Attribution, c0: int, c1: int) -> None:
        """Record content text[c0:c1], trimmed of spaces and closing punctuation."""
        content = self.text[c0:c1]
        if self.text[c0 - 1 : c0 + 1] == "''":
            content = content[1:]
            c0 += 1
        c0 += len(content) - len(content.lstrip())
        content = content.strip().removesuffix("''")
        direct = attribution.verbatim or (c0 > 0 and self.text[c0 - 1] in QUOTE_MARKS + "'")
        trimmed = content.rstrip(" ,;:—–-" if direct else " ,;:.—–-")
        if direct and trimmed.endswith(tuple(QUOTE_MARKS)) and trimmed.count('"') % 2:
            trimmed = trimmed[:-1].rstrip(" ,")
        if len(trimmed.split()) < (1 if direct else 2):
            return
        if direct and names_a_work(self.text, c0, c0 + len(trimmed)):
            return  # the song “Alone”, a seller called “E-Life”: a name, not words said
        self.found.append((attribution, c0, c0 + len(trimmed)))

    def _left(
        self,
        para: str,
        masked: str,
        base: int,
        attribution: Attribution,
        start: int,
        end: int,
        spans: list[tuple[int, int, bool]],
        covered: list[tuple[int, int]],
        here: list[tuple[int, Attribution]],
        quotes_only: bool = False,
    ) -> None:
        """Attribute the content before a speaker ("..., X said"; "\"...,\" he said, \"...\"")."""
        chunk = masked[start:end].rstrip(" ,—–-")
        if not chunk.strip():
            return
        last = next(
            (
                q
                for q in spans
                if start <= q[0] and q[1] >= len(chunk.rstrip()) + start and q[1] <= end
            ),
            None,
        )
        first = start + len(chunk) - len(chunk.lstrip())
        opening = next((q for q in spans if q[0] == first and q[1] <= end), None)
        if last is not None:
            self._content(para, base, attribution, last[0], last[1], spans, covered, here)
        elif opening is not None and not quotes_only:  # "“...” the nominee, Donald Trump, said"
            self._content(para, base, attribution, opening[0], opening[1], spans, covered, here)
        elif (
            not quotes_only
            and not chunk.lstrip().startswith(tuple(QUOTE_MARKS))
            and masked[start:end].rstrip()[-1:] in ',—–-"”'
            and not is_adverbial(chunk)
        ):
            # "Sales will fall, X predicted": reported words end at a comma or dash before
            # the speaker ("... more than X predicted" is narration; so is "On Friday, X ...")
            self._content(para, base, attribution, start, start + len(chunk), spans, covered, here)

    def _content(
        self,
        para: str,
        base: int,
        attribution: Attribution,
        c0: int,
        c1: int,
        spans: list[tuple[int, int, bool]],
        covered: list[tuple[int, int]],
        here: list[tuple[int, Attribution]],
    ) -> None:
        """Emit content para[c0:c1]: a quote's inside when it is exactly one quote."""
        quote = next((q for q in spans if q[0] == c0 and c1 <= q[1]), None)
        if quote is not None:
            c0, c1 = quote[0] + 1, quote[1] - 1 if quote[2] else quote[1]
        if c1 <= c0:
            return
        self.emit(attribution, base + c0, base + c1)
        covered.append((c0, c1))
        here.append((c0, attribution))
