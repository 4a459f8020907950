"""Word places: where a long text writes a word of its own, read once per text (a step of
`qabot.attribution.names`), so that an article naming many people does not search its whole
text again for each of them."""

from __future__ import annotations

from qabot.text.patterns import lazy

# how long a text is searched whole for each surname; a longer one's words are read once
_SEARCHED_WHOLE = 20_000
_LETTERS_AND_DIGITS = lazy(r"[^\W_]+")


class WordPlaces:
    """Where each run of letters and digits of a text starts, read on the first question."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: dict[str, list[int]] | None = None

    def starts(self, word: str) -> list[int]:
        if self._starts is None:
            self._starts = {}
            for match in _LETTERS_AND_DIGITS.finditer(self._text):
                self._starts.setdefault(match.group(), []).append(match.start())
        return self._starts.get(word, [])


def written_at(text: str, word: str, words: WordPlaces) -> list[int]:
    """Return where `text` writes `word` with no letter or digit either side, in order. A long
    text's are looked up among its words (`words`), read once: searching it whole for each
    surname cost an article naming many people the square of its length."""
    if len(text) > _SEARCHED_WHOLE and _LETTERS_AND_DIGITS.fullmatch(word):
        return words.starts(word)
    found = []
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (text[at - 1 : at].isalnum() or text[end : end + 1].isalnum()):
            found.append(at)
        at = text.find(word, end)
    return found
