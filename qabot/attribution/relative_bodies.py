"""Relative bodies: a body named right before ", which said" speaks ("criticism from the House
of Lords Economic Affairs Committee, which said the MPC had held rates too high"; inside
`qabot.attribution.speaker_phrases`).

"which" stands for the noun phrase just before it; when that phrase is one body's capitalised
name (`qabot.attribution.institution_names.names_one_body`: an organisation word among its
words), the relative clause's cue is the body's, as ", who said" after a person's name is the
person's. A thing before "which" ("the theory, which argued", "the poster, which claimed")
names no body and is left alone.
"""

from __future__ import annotations

from qabot.attribution.institution_names import names_one_body
from qabot.text.lexicon import is_capitalised
from qabot.text.patterns import lazy

_TRAILING_WHICH = lazy(r",\s+which$")
_WORD = lazy(r"\S+")
_REACH = 10  # words a body's name may hold ("the Department for Culture, Media and Sport")


def body_before_which(chunk: str) -> tuple[int, list[str], None] | None:
    """Return (offset, words, None) of the body's name that `chunk` ends with before ",
    which", the longest such name, or None."""
    which = _TRAILING_WHICH.search(chunk)
    if which is None:
        return None
    tokens = [*_WORD.finditer(chunk, 0, which.start())][-_REACH:]
    for start, token in enumerate(tokens):
        words = [t.group() for t in tokens[start:]]
        if (words[0] in ("the", "The") or is_capitalised(words[0])) and names_one_body(words):
            return token.start(), words, None
    return None
