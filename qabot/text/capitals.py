"""Words written with a capital: which terms a text writes as names.

Whether the archive mostly writes a word with a capital tells a name from a word ("iPod" and
"Norfolk" against "nano"). Counting it at question time meant searching the word and reading
the text of its best passages; the index stores instead, per passage, the terms of the words
it writes with a capital where a capital says something: not where a text, a sentence or a
quote opens ("Critics say ..."), and a capital inside a word counts ("iPod", "eBay", "3G").
"""

from __future__ import annotations

import re

from qabot.text.analyzer import analyze
from qabot.text.patterns import lazy

_UPPER = "A-ZÀ-ÖØ-Þ"  # capitals of Latin-1: news text in other scripts has no capitals to tell
# where a capital opens something (three characters back at most, as `_OPENING` reads them):
# after ". " or ".  ", after a quote mark or bracket and up to two spaces, after a line break
_NOT_OPENING = (
    r"(?<![.!?:;]\s.)(?<![.!?:;]\s\s.)"
    r"(?<![\"“‘(].)(?<![\"“‘(]\s.)(?<![\"“‘(]\s\s.)"
    r"(?<!\n.)(?<!\n\s.)(?<!\n\s\s.)"
)
_WORD_REST = r"[^\W_]*(?:['’&][^\W_]+)*"  # "M&S" whole (one term)
# a capital after a small letter or a digit, inside a word ("iPod", "3G", also "McDonald")
_INNER = rf"(?<=[^\W_{_UPPER}].)"
# one scan, from capital to capital (the regex engine skips the small letters between): a word
# opening with a capital away from an opening, as (its capital, the rest), or ("", "") for a
# capital inside a word
_CAPITALS = lazy(rf"[{_UPPER}](?:(?<![\w'’].){_NOT_OPENING}(?<=(.))({_WORD_REST})|{_INNER})", re.S)
_INNER_CAPITAL = lazy(rf"[{_UPPER}]{_INNER}", re.S)
_OPENING = lazy(r"(?:^|[.!?:;]\s+|[\"“‘(]\s*|\n\s*)$")
_WORD = lazy(r"[^\W_]+(?:['’][^\W_]+)*")


def capitalised_words(text: str) -> list[str]:
    """Return the words of `text` written with a capital, in order: opening with one away from
    the start of the text, of a sentence or of a quote, or holding one after a small letter or
    a digit ("iPod") away from those."""
    pairs = _CAPITALS.findall(text, 1)  # the text's first word opens it
    found = [capital + rest for capital, rest in pairs if capital]
    if len(found) == len(pairs):
        return found  # no capital inside a word: most passages
    for inner in _INNER_CAPITAL.finditer(text):
        start = inner.start()
        while start and (text[start - 1].isalnum() or text[start - 1] in "'’"):
            start -= 1
        if text[start].isupper() or not text[start].isalnum():
            continue  # "McDonald": found above (or at an opening, not counted)
        if start and not _OPENING.search(text[max(0, start - 3) : start]):
            word = _WORD.match(text, start)
            if word:
                found.append(word.group())
    return found


def capitalised_terms(text: str) -> str:
    """Return the terms (`analyze`) of the words `text` writes with a capital
    (`capitalised_words`), joined by spaces, each once."""
    words = capitalised_words(text)
    return " ".join(dict.fromkeys(analyze(" ".join(words)).split())) if words else ""
