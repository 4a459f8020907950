"""Quote content: the words a found speaker said, cut from the article and recorded.

Part of quote attribution (`qabot.attribution.quotes`). Once a cue and its speaker are known
(`qabot.attribution.cue_reading`), the words they report are a quote's inside or the clause
before or after the cue; this module trims those spans (spaces, closing punctuation, a name in
quote marks that no one said) and records each with its `Attribution`, so the sentence pass and
the paragraph pass record content the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import overload

from qabot.attribution.names import People
from qabot.attribution.opening_phrases import DETERMINERS, opening_phrase, opening_phrases
from qabot.attribution.persons import Person
from qabot.attribution.quote_marks import QUOTE_MARKS, names_a_work
from qabot.attribution.self_mentions import quoted_speaker
from qabot.attribution.sentence_subjects import is_adverbial
from qabot.attribution.uncued_signs import after_a_cue
from qabot.records import Article
from qabot.text.lexicon import name_key
from qabot.text.patterns import lazy

# "MACAU (Reuters)", "NEW YORK, Dec. 22 (UPI)": where a wire story was filed, not words said
_DATELINE = lazy(
    r"\s*[A-Z][A-Z.'’ -]{2,}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?:\s+\d+)?)?\s*(?:\([^)]*\))?\s*"
)
_WORD = lazy(r"[\w'’-]+")
# titles someone may give their own name ("I will sit as Lord Kinnock")
_SELF_TITLES = frozenset("lord lady sir dame baron baroness".split())
# the openers of a subordinate clause whose pronoun may mean the main clause's subject
_CATAPHORIC = frozenset("though although while when as after before because if since".split())


@dataclass(slots=True)
class Attribution:
    """A speaker found for a cue, before the content spans are cut."""

    speaker: Person
    cue: str
    sentence: tuple[int, int]  # absolute offsets
    verbatim: bool = False  # a transcript line: direct speech with no quote marks
    # a cue inside the words it reports ("The economy, Mr Brown said, is strong"): absolute
    # offsets of the speaker and cue, whose naming of the speaker does not count against them
    aside: tuple[int, int] | None = None
    # the others who said it with the speaker ("X and Y said": Y speaks, X too)
    also: tuple[Person, ...] = ()


class _Earlier(Sequence[tuple[int, Person]]):
    """The quotes found so far as (where, who), read on demand: most direct quotes never ask
    who spoke before them, and copying them all for each made a long article's quotes cost the
    square of their number."""

    def __init__(self, found: list[tuple[Attribution, int, int]]) -> None:
        self._found = found

    def __len__(self) -> int:
        return len(self._found)

    @overload
    def __getitem__(self, index: int) -> tuple[int, Person]: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[tuple[int, Person]]: ...
    def __getitem__(self, index: int | slice) -> tuple[int, Person] | Sequence[tuple[int, Person]]:
        if isinstance(index, slice):
            return [(at, found.speaker) for found, at, _ in self._found[index]]
        found, at, _ = self._found[index]
        return at, found.speaker


class QuoteContent:
    """The quotes found so far in one article, and how a found speaker's words are recorded."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.found: list[tuple[Attribution, int, int]] = []

    @cached_property
    def people(self) -> People:
        """The article's people, read on first need: an article none of whose paragraphs may
        hold a quote or a cue needs no names."""
        return People(self.text)

    def emit(self, attribution: Attribution, c0: int, c1: int) -> None:
        """Record content text[c0:c1], trimmed of spaces and closing punctuation."""
        content = self.text[c0:c1]
        if self.text[c0 - 1 : c0 + 1] in ("''", '"“', '“"'):  # a mark written twice
            content = content[1:]
            c0 += 1
        c0 += len(content) - len(content.lstrip())
        content = content.strip().removesuffix("''")
        direct = attribution.verbatim or (c0 > 0 and self.text[c0 - 1] in QUOTE_MARKS + "'")
        trimmed = content.rstrip(" ,;:—–-" if direct else " ,;:.—–-")
        if trimmed.endswith(tuple(QUOTE_MARKS)) and (
            trimmed.count('"') % 2 if direct else trimmed.endswith(',"') and _unbalanced(trimmed)
        ):
            trimmed = trimmed[:-1].rstrip(" ,")  # '... to reassure them," said X': lost opening
        elif _wrapped(trimmed):  # 'according to X, "...,"': the quote's inside
            c0, trimmed, direct = c0 + 1, trimmed[1:-1].rstrip(" ,"), True
        if len(trimmed.split()) < (1 if direct else 2):
            return
        if direct and names_a_work(self.text, c0, c0 + len(trimmed)):
            return  # the song “Alone”, a seller called “E-Life”: a name, not words said
        end = c0 + len(trimmed)
        mention = None if direct else self._spoken_of(attribution, c0, end)
        if mention is not None:
            # reported words that name their speaker are someone else's words about them; when
            # they run on from a subordinate clause into the main one ("Though she called it
            # outrageous, Clinton restricted ..."), the words before the comma are the
            # speaker's, whom the main clause names ("He accused them, but Parry explained":
            # two people)
            comma = self.text.rfind(",", c0, mention)
            opener = self.text[attribution.sentence[0] : c0].split()[:1]
            if (
                comma < 0
                or not opener
                or opener[0].casefold() not in _CATAPHORIC
                or len(self.text[c0:comma].split()) < 3
            ):
                return
            end = comma
        if direct:  # '“I said to Harry ...,” he said': not Harry's words (`self_mentions`)
            speaker = quoted_speaker(
                self.text, attribution.speaker, attribution.sentence, _Earlier(self.found), c0, end
            )
            if speaker is None:
                return
            attribution.speaker = speaker  # the cue's other words ('he said. “...”') too
        self.found.append((attribution, c0, end))

    def _spoken_of(self, attribution: Attribution, c0: int, c1: int) -> int | None:
        """Return where reported words name their speaker when the cue's sentence does not
        ("the prime minister says it is time for Mr Livingstone to say sorry" is not
        Livingstone's, whom a description or pronoun was read as), else None. A writer reporting
        someone's words calls them "he" or "she" (quoted words may name their own speaker)."""
        speaker = attribution.speaker
        if speaker.organisation or not speaker.name[:1].isupper():
            return None
        first, surname = name_key(speaker.name)
        if not surname:
            return None
        words = list(_WORD.finditer(self.text, c0, c1))
        mention = next(
            (
                word.start()
                for i, word in enumerate(words)
                # "the title of Lord Kinnock": a name of their own; "a Clinton presidency": no
                # mention of the person
                if _bare(word.group().casefold()) == surname
                and not (
                    attribution.aside
                    and attribution.aside[0] <= word.start() < attribution.aside[1]
                )
                and (
                    i == 0
                    or words[i - 1].group().casefold() not in {first, *_SELF_TITLES, *DETERMINERS}
                )
            ),
            None,
        )
        if mention is None:
            return None
        s0, s1 = attribution.sentence
        outside = self.text[s0 : max(s0, min(c0, s1))] + " " + self.text[min(max(c1, s0), s1) : s1]
        return None if surname in _words(outside) else mention

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
            if after_a_cue(masked[start : last[0]]) and _quote_after(masked, spans, end):
                # 'When someone shouted, “Cruz,” Beck joked, “Amen ...”': the quote right after
                # an earlier cue (whose speaker went unread) is that cue's words, not this one's
                return
            self._content(para, base, attribution, last[0], last[1], spans, covered, here)
        elif opening is not None and not quotes_only:  # "“...” the nominee, Donald Trump, said"
            self._content(para, base, attribution, opening[0], opening[1], spans, covered, here)
        elif (
            not quotes_only
            and not chunk.lstrip().startswith(tuple(QUOTE_MARKS))
            and masked[start:end].rstrip()[-1:] in ',—–-"”'
            and not is_adverbial(chunk)
            and not opening_phrase(chunk)
            and not opening_phrases(chunk)
            and not _DATELINE.fullmatch(chunk)
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
        lead = _LEADING_MARKS.match(para, c0, c1)
        if lead is not None:  # "As X said - any chancellor would ...": the words after the dash
            c0 = lead.end()
        if c1 <= c0:
            return
        self.emit(attribution, base + c0, base + c1)
        covered.append((c0, c1))
        here.append((c0, attribution))


_SENTENCE_END = lazy(r"[.!?][\"”’']?(?:\s|$)")


def _quote_after(masked: str, spans: list[tuple[int, int, bool]], at: int) -> bool:
    """Return True when a quote opens after `at` in the same sentence of `masked` (the
    cue's own quote: '“Cruz,” Beck joked, “Amen ...”')."""
    return any(at <= q0 and _SENTENCE_END.search(masked, at, q0) is None for q0, _, _ in spans)


# a dash or a comma before the words a cue reports, then a space: no part of them
_LEADING_MARKS = lazy(r"(?:[-–—,;:]+\s+)+")


def _unbalanced(text: str) -> bool:
    """Return True when `text` holds an odd number of double quote marks, straight or curly
    ('... to reassure them,"': its opening one was lost)."""
    return sum(text.count(mark) for mark in '"“”') % 2 == 1


def _wrapped(text: str) -> bool:
    """Return True when `text` is one quote, its marks included ('“It is late,”')."""
    return (
        len(text) > 2
        and text[0] in '"“'
        and text[-1] in '"”'
        and not any(mark in text[1:-1] for mark in '"“”')
    )


def _bare(word: str) -> str:
    """Return a case-folded word without its possessive ending."""
    return word.removesuffix("'s").removesuffix("’s")


def _words(text: str) -> set[str]:
    """Return the case-folded words of `text`, without a possessive ending."""
    return {_bare(w.casefold()) for w in _WORD.findall(text)}
