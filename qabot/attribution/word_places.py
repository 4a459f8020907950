r"""Word places: where a text writes a word of its own, and in which cases (steps of
`qabot.attribution.names`, `qabot.attribution.name_clues` and
`qabot.attribution.colon_speakers`). A long text's words are read once, so that an article
naming many people or a page of many quotes does not search its whole text again for each
word; a short one is searched.

Design note (not built; left by the sixty-second session): four per-text caches here
(`_letter_runs`, `_word_heads`, `_words_by_case`, `_counted_before_colons`) and
`qabot.text.SentenceWords` (the summaries' sentences by word run) each read a text's words
once, each with its own idea of a word ([^\W_]+, [\w'’-]+ cut at its head, \w+ case-blind,
\w+ before a colon), and each but `SentenceWords` has a twin for short texts (a regular
expression over the text) that must give the same answer. One word index per text would hold
every run of \w+ once, with its start and end: a run of letters and digits is a \w+ run split
at "_"; a head is a run whose next character is an apostrophe or nothing word-like (the
[\w'’-]+ run's opening); the case-blind key is the run translated and lowered; "before a colon"
is the text after its end; a sentence's runs are those between its offsets. Built once per
article by its analysis and passed to `names`, `name_clues`, `colon_speakers` and the
summaries, instead of `lru_cache(maxsize=4)` keyed by the text, it would drop the twins, so that
one reading of words serves every step at any length. Before building it: measure one \w+
pass against the searches a usual (short) article makes now (`benchmarks/index_stages.py
stages`: the twins exist because reading a short text's words cost more than searching it),
and keep each lookup equal to its regular expression by a hypothesis test over random texts
(apostrophes, hyphens, "_", the letters `_CASE_BLIND` names), as the twins are kept now.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from qabot.text.patterns import lazy

# how long a text is searched whole for each word asked; a longer one's words are read once
# (the same answers: a search of a usual article costs less than reading its words)
_SEARCHED_WHOLE = 20_000
_WORD_RUN = lazy(r"[\w'’-]+")
_WORD_HEAD = lazy(r"\w+")
_LETTERS_AND_DIGITS = lazy(r"[^\W_]+")


@lru_cache(maxsize=4)
def _letter_runs(text: str) -> dict[str, list[int]]:
    """Return where each run of letters and digits of `text` starts, by the run, in order."""
    starts: dict[str, list[int]] = {}
    for match in _LETTERS_AND_DIGITS.finditer(text):
        starts.setdefault(match.group(), []).append(match.start())
    return starts


def written_at(text: str, word: str) -> list[int]:
    """Return where `text` writes `word` with no letter or digit either side, in order. A long
    text's are looked up among its runs of letters and digits (`_letter_runs`), read once:
    searching it whole for each surname cost an article naming many people the square of its
    length."""
    if len(text) > _SEARCHED_WHOLE and _LETTERS_AND_DIGITS.fullmatch(word):
        return _letter_runs(text).get(word, [])
    found = []
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (text[at - 1 : at].isalnum() or text[end : end + 1].isalnum()):
            found.append(at)
        at = text.find(word, end)
    return found


def _alone_at(text: str, word: str) -> list[int] | None:
    """Return where a long `text` writes `word` (of letters and digits) as a word of its own
    (`written_alone`), looked up among its words, read once: searching a long article whole for
    each name cost it the square of its length. None for a short text or another word:
    searching it costs less."""
    if len(text) <= _SEARCHED_WHOLE or not _WORD_HEAD.fullmatch(word):
        return None
    return _word_heads(text).get(word, [])


@lru_cache(maxsize=4)
def _word_heads(text: str) -> dict[str, list[int]]:
    """Return where each run of word characters, hyphens and apostrophes in `text` opens with
    letters and digits that an apostrophe or the run's end follows, by those letters: the
    places a search for them as a word of their own would find."""
    heads: dict[str, list[int]] = {}
    for run in _WORD_RUN.finditer(text):
        head = _WORD_HEAD.match(run.group())
        if head is not None and run.group()[head.end() : head.end() + 1] != "-":
            heads.setdefault(head.group(), []).append(run.start())
    return heads


def written_alone(text: str, form: str) -> bool:
    """Return True when `text` writes `form` as a word of its own: after no letter, digit,
    hyphen or apostrophe, before no letter, digit or hyphen ("Smiths'" holds "Smiths")."""
    if form not in text:  # most forms are nowhere: no pattern, no words read
        return False
    places = _alone_at(text, form)
    if places is not None:
        return bool(places)
    return re.search(rf"(?<![\w'’-]){re.escape(form)}(?![\w-])", text) is not None


_HONORIFIC_END = lazy(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\Z")


def honoured(text: str, surname: str) -> bool:
    """Return True when `text` writes `surname` after an honorific ("Ms James")."""
    places = _alone_at(text, surname)
    if places is None:
        return (
            re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?[^\S\n]+{re.escape(surname)}(?![\w-])", text)
            is not None
        )
    for at in places:
        space = at
        while space > 0 and text[space - 1] != "\n" and text[space - 1].isspace():
            space -= 1
        if space < at and _HONORIFIC_END.search(text, max(0, space - 5), space):
            return True
    return False


_NAME_AFTER = lazy(r"[^\S\n]+[A-Z]")


def alone_before_no_name(text: str, word: str) -> bool:
    """Return True when `text` writes `word` as a word of its own (`written_alone`) somewhere
    no capitalised word follows it ("in Dubai.", not "Dubai Ports")."""
    places = _alone_at(text, word)
    if places is None:
        return (
            re.search(rf"(?<![\w'’-]){re.escape(word)}(?![\w-]|[^\S\n]+[A-Z])", text) is not None
        )
    return any(_NAME_AFTER.match(text, at + len(word)) is None for at in places)


# the letters outside a to z that a case-blind pattern of those letters also matches (named so
# in the `re` documentation): a long text's words are filed by the letters a to z they read as
_CASE_BLIND = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "K": "k"})
_WORD = lazy(r"\w+")


def written_forms(text: str, word: str) -> Counter[str]:
    """Return how often `text` writes `word` (of letters) as a word of its own in each case it
    is written in ("Update", "update", "UPDATE"). A long text's words are read once
    (`_words_by_case`): searching it whole for each word before a colon cost a page of many
    such quotes the square of its length."""
    pattern = rf"\b{re.escape(word)}\b"
    if len(text) <= _SEARCHED_WHOLE or not (word.isascii() and word.isalpha()):
        return Counter(re.findall(pattern, text, re.IGNORECASE))
    whole = re.compile(pattern, re.IGNORECASE)
    forms = _words_by_case(text).get(word.lower(), Counter())
    return Counter({form: n for form, n in forms.items() if whole.fullmatch(form)})


@lru_cache(maxsize=4)
def _words_by_case(text: str) -> dict[str, Counter[str]]:
    """Return how often `text` writes each run of word characters, filed by the letters a to z
    a case-blind search reads it as: a word of letters is found as a word of its own only as
    one whole run (`written_forms`)."""
    by_case: dict[str, Counter[str]] = {}
    for run in _WORD.finditer(text):
        by_case.setdefault(run.group().translate(_CASE_BLIND).lower(), Counter())[run.group()] += 1
    return by_case


_BEFORE_COLON = lazy(r"\b(\w+)[^\S\n]*:")


def before_colons(text: str, word: str) -> int:
    """Return how often `text` writes `word`, in that case, as a word of its own right before a
    colon ("Update:"): a label repeated down a live page is still no one named. A long text's
    words before colons are counted once (`_counted_before_colons`)."""
    if len(text) <= _SEARCHED_WHOLE:
        return len(re.findall(rf"\b{re.escape(word)}[^\S\n]*:", text))
    return _counted_before_colons(text)[word]


@lru_cache(maxsize=4)
def _counted_before_colons(text: str) -> Counter[str]:
    return Counter(found.group(1) for found in _BEFORE_COLON.finditer(text))
