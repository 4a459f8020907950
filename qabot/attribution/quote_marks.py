"""Quote marks: which characters of a paragraph are inside a quotation.

Used by quote attribution (`qabot.attribution.quotes`) and by the reading of names
(`qabot.attribution.names`: a name inside quote marks is the speaker's word, not the narrator's),
so both agree on what is quoted.
"""

from __future__ import annotations

import re

from qabot.text.lexicon import FIRST_PERSON_PLURAL, FIRST_PERSON_SINGULAR, WORK_NOUNS
from qabot.text.patterns import lazy

QUOTE_MARKS = '"“”'
MASK = "·"  # stands for every character inside quote marks
_MARK = lazy("[" + QUOTE_MARKS + "]")
# what follows a mark that closes a word, never one that opens a quote: a space or a stop
_AFTER_WORDS = frozenset(" \t\n,.;:")
_SENTENCE_END = lazy(r"[.!?]\s+(?=[A-Z])")
# a sentence that opens with a third person's speech cue is the narrator's, not the quote's
# ('Lee said he would', 'She added: “'; not 'They said we would lose', common in quotes)
_NARRATED_CUE = lazy(
    r"(?:(?:He|She)\s+(?:also\s+)?(?:said|added|says|adds|explained|insisted)\s*[:,]\s*[\"“]"
    r"|(?!(?:He|She|They|We|I|You|It)\s)(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+\s+(?:also\s+)?"
    r"(?:said|says|added|adds|told|tells|explained|insisted|argued|argues)\b)"
)


# a connective that opens a sentence of narration, then a name (a role before it) and, in the
# same clause, that person's speech verb in the past ('Meanwhile, Egypt FA spokesman Jo Ray
# welcomed the apology and said')
_CONNECTED_REPORT = lazy(
    r"(?:[A-Z][a-z]+,\s+)?"
    r"(?:[\w'’-]+\s+){0,5}?[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s+"
    r"(?:(?!said\b)[a-z][\w'’-]*\s+){0,6}?(?:and\s+)?(?:said|added|told|explained|insisted)\b"
)
_REPORT_END = lazy(r"[.!?]\s+(?=[\"“]?[A-Z])")  # the report's sentence ends before a quote too
# a word of the first or second person, as written or opening a sentence ("My coach ...",
# "Us lot ..."): the speaker's own words, not narration
_OWN_WORDS = rf"{FIRST_PERSON_SINGULAR}|{FIRST_PERSON_PLURAL}|you|your"


def sentence_openings(alternatives: str) -> str:
    """Return the alternatives of a pattern that open with a small letter, that letter a
    capital ("me|my" -> "Me|My"): the words as they open a sentence."""
    parts, depth, start = [], 0, 0
    for at, character in enumerate(alternatives):
        depth += (character == "(") - (character == ")")
        if character == "|" and depth == 0:
            parts.append(alternatives[start:at])
            start = at + 1
    parts.append(alternatives[start:])
    return "|".join(part[0].upper() + part[1:] for part in parts if part[:1].islower())


_SPEAKING_PERSON = lazy(rf"\b(?:{_OWN_WORDS}|{sentence_openings(_OWN_WORDS)})(?![\w'’])")


def apostrophes_as_marks(text: str) -> str:
    """Return `text` with each two apostrophes written as a double quote mark and a space (the
    same length): some archives write a quotation ''like this''."""
    return text.replace("''", '" ') if "''" in text else text


def quote_spans(paragraph: str) -> list[tuple[int, int, bool]]:
    """Return (open, close+1, closed) of each double-quoted span; an open one runs to the end."""
    spans: list[tuple[int, int, bool]] = []
    opened: int | None = None
    nested = -1  # the closing mark of a title quoted inside a quote, passed over
    for found in _MARK.finditer(paragraph):  # the marks only: a paragraph has few of them
        index, mark = found.start(), found.group()
        before = paragraph[index - 1] if index else " "
        after = paragraph[index + 1] if index + 1 < len(paragraph) else " "
        if index == nested:
            continue
        if opened is not None and mark == '"' and before.isspace() and after.isalnum():
            nested = _nested_title(paragraph, index)
            if nested > index:
                continue  # '"..., he was the "Father of the House" and as such ...': one quote
        if opened is None:
            if mark == '"' and (before.isalnum() or before in ".,!?") and after in _AFTER_WORDS:
                continue  # 'small businesses", An EU spokesman': its opening mark was lost
            if mark == '"' and before == "”":
                continue  # '... we have.”"': a closing mark written twice
            # a closing mark that opens a paragraph or a word is a typo for an opening one
            if mark != "”" or (before.isspace() and not after.isspace()):
                opened = index
        elif (
            mark == "“"
            and index > opened + 1
            and paragraph[opened] == '"'
            and paragraph[:index].rstrip()[-1:] not in ",:"  # not a quote a cue gives
            and (inner := _inner_close(paragraph, index)) > 0
        ):
            nested = inner  # '"It isn't about “Equal Justice” any more," she said': one quote
        elif index == opened + 1 and {mark, paragraph[opened]} == {'"', "“"}:
            continue  # 'saying "“It is ...”': an opening mark written twice, one quote
        elif mark == "“" and (before.isspace() or not after.isspace()):
            opened = index  # a second opening mark: the first was stray
        elif (
            mark == '"'
            and before.isspace()
            and after.isalnum()
            # a quote inside the quote may end the sentence: "... say 'wow'. "My view ..."
            and paragraph[opened:index].rstrip().rstrip("'’")[-1:] in ".!?"
        ):
            # '"... derbies. "Derby matches ..."': the next quoted sentence opens without the
            # last one being closed (a house style of some archives), unless narration came
            # between ('"... happens. Meanwhile, spokesman Jo Ray said ... "Mido's ...')
            spans.append(
                (opened, min(index - 1, _narration_start(paragraph, opened, index)), False)
            )
            opened = index
        elif (
            mark == '"'
            and before.isspace()
            and after.isalnum()
            and paragraph[opened:index].rstrip().endswith(":")
            and (narration := _narration_start(paragraph, opened, index)) < index
        ):
            # '"... a Muslim. He added: "The authorities ..."': the quote left open ends where
            # narration opens a sentence with a cue, and the mark after it opens the next one
            spans.append((opened, narration, False))
            opened = index
        else:
            spans.append((opened, index + 1, True))
            opened = None
    if opened is not None:
        spans.append((opened, _narration_start(paragraph, opened), False))
    return spans


# a title quoted with straight marks inside a quote, its closing mark, and the quote's words
# going on in lower case ('the "Father of the House" and as such')
_NESTED_TITLE = lazy(r'"([A-Z][^"\n]{0,60}?)"(?=[^\S\n]+[a-z])')


def _nested_title(paragraph: str, index: int) -> int:
    """Return where the closing mark of a title quoted at `index` inside a quote stands, or -1
    when the mark at `index` opens no such title."""
    found = _NESTED_TITLE.match(paragraph, index)
    return found.end() - 1 if found is not None and is_title(found.group(1)) else -1


def _inner_close(paragraph: str, index: int) -> int:
    """Return where a curly quote opened at `index` inside a straight-quoted one closes, when
    it closes before any other mark and a straight mark after it closes the outer quote (or
    none follows: the quote runs on into the next paragraph); else -1 (the straight mark before
    it was a stray one)."""
    close = paragraph.find("”", index + 1)
    if close < 0 or any(m in paragraph[index + 1 : close] for m in '"“'):
        return -1
    rest = paragraph[close + 1 :]
    return close if '"' in rest or not any(m in rest for m in "“”") else -1


def _narration_start(paragraph: str, opened: int, before: int | None = None) -> int:
    """Return where a quote left open runs into narration: the first later sentence that opens
    with someone's speech cue ('“I will give my prize to the victims. Lee said he would give
    too.', 'She added: “...'), or the paragraph's end (the quote goes on in the next one).
    A caller that ends the quote at the mark `before` anyway is told the paragraph's end for a
    sentence from there on: it is not sought (a sentence end read before a mark is read so
    with the text cut at it), so that a paragraph of many quotes reopened unclosed costs its
    length once, not once a quote."""
    end = len(paragraph) if before is None else before
    for boundary in _SENTENCE_END.finditer(paragraph, opened + 1, end):
        at = boundary.end()
        if (_NARRATED_CUE.match(paragraph, at) or _CONNECTED_REPORT.match(paragraph, at)) and (
            not _in_own_words(paragraph, at)
        ):
            return boundary.start() + 1
    return len(paragraph)


def _in_own_words(paragraph: str, start: int) -> bool:
    """Return True when the sentence at `start`, up to any quote it gives, holds a word of the
    first or second person: a speaker going on in their own words ("Somebody told me ..."), not
    narration ("He added: “I ...”" is narration up to the mark)."""
    end = _REPORT_END.search(paragraph, start)
    sentence = paragraph[start : end.start() if end is not None else len(paragraph)]
    mark = _MARK.search(sentence)
    return (
        _SPEAKING_PERSON.search(sentence, 0, mark.start() if mark else len(sentence)) is not None
    )


def mask_quotes(paragraph: str, spans: list[tuple[int, int, bool]]) -> str:
    """Return `paragraph` with quoted words hidden: cues and sentence ends in them are ignored."""
    chars = list(paragraph)
    for start, end, closed in spans:
        inner_end = end - 1 if closed else end
        if closed and inner_end - 1 > start + 1 and paragraph[inner_end - 1] in ".!?":
            inner_end -= 1  # '... sure." Later ...': a quote's own full stop ends the sentence
        elif not closed and end < len(paragraph) and paragraph[end - 1] in ".!?":
            # '“... win. “It is over,” she said': a quote left open where the next one opens
            # ends its sentence there, so the next quote's cue is not read with the one before
            inner_end -= 1
        chars[start + 1 : inner_end] = MASK * (inner_end - start - 1)
        if closed and chars[end - 1] == "“":
            chars[end - 1] = (
                "”"  # '“It's unusual,“ said X': a closing mark typed as an opening one
            )
    return "".join(chars)


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of every quotation of `text` that ends within its paragraph.

    Two apostrophes stand for a double quote mark, as some archives write them; a quotation
    still open at the end of its paragraph is left out (it may be a stray mark).
    """
    ranges: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        if '"' not in line and "“" not in line and "”" not in line and "''" not in line:
            offset += len(line) + 1  # no quote mark: most lines of most articles
            continue
        marked = apostrophes_as_marks(line)
        spans = quote_spans(marked)
        for index, (start, end, closed) in enumerate(spans):
            if closed or index < len(spans) - 1:
                ranges.append((offset + start, offset + end))
        offset += len(line) + 1
    return ranges


# words before a quoted name ("a seller called", "the song", "starring in") and after one ("the
# “Behind the Music” episode"): what is quoted is a title or a name, not words anyone said
_NAMING_BEFORE = lazy(
    r"(?:\b(?:call(?:s|ed|ing)?|named|titled|entitled|dubbed|nicknamed|known\s+as|nickname\s+of|"
    r"starr(?:ing|ed)\s+in|stars\s+in|appeared\s+in|" + "(?:" + "|".join(WORK_NOUNS) + r")s?"
    r"))\s*,?\s*$"
    # a programme spoken on or to ("said on NBC's “Meet the Press”", "told “Face the Nation”")
    r"|\b(?:on|told|with)\s+(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?(?:'s|’s|')\s+)?$",
    re.IGNORECASE,
)
_NAMING_AFTER = lazy(r"^[,.]?\s*(?:" + "|".join(WORK_NOUNS) + r")s?\b", re.IGNORECASE)
_SMALL_WORDS = frozenset(
    "a an the of and or in on at to for with by from is as but nor vs".split()
)


def is_title(quoted: str) -> bool:
    """Return True for a quoted string written as a title or name ("Who Needs Gerry Ford?",
    "Behind the Music", "E-Life", "60 Minutes"): every word but small ones capitalised, the
    first one too unless it is a number before a capitalised word."""
    words = [w.strip("\"“”‘’'.,;:!?()") for w in quoted.split()]
    words = [w for w in words if w]
    return (
        0 < len(words) <= 8
        and (
            words[0][:1].isupper()
            or (words[0].isdigit() and len(words) > 1 and words[1][:1].isupper())
        )
        and all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in _SMALL_WORDS for w in words)
    )


def names_a_work(text: str, start: int, end: int) -> bool:
    """Return True when text[start:end], the inside of a quotation, is a title or a name: title
    case, after "called", "titled", "the song", "starring in", or before "episode"."""
    if not is_title(text[start:end]):
        return False
    opening = text.rfind("\n", 0, start) + 1
    before = text[max(opening, start - 41) : start - 1].removesuffix("'")  # ''two apostrophes''
    after = text[end : end + 30].lstrip(".,!?")
    if after[:1] in QUOTE_MARKS + "'’":
        after = after[1:]
    return _NAMING_BEFORE.search(before) is not None or _NAMING_AFTER.match(after) is not None
