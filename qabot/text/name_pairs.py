"""Side by side words written with a capital on each: the pairs a text may write as a name.

A question typed in lower case may name something in two words ("world cup"): it does when its
first candidates write the two side by side mostly as "World Cup"
(`qabot.search.name_writing.written_in`), which took reading their texts, question after
question. The index stores instead, with each passage, a key for every pair of words its text
or its article's title writes side by side with a capital on each (`name_pair_keys`), as that
test reads them: so a pair of question words no passage writes so (its document frequency is
0) is told without reading any text. The keys are a superset of what the test can find: every
way a pattern of two question words can match there, whatever the words asked.
"""

from __future__ import annotations

from qabot.text.patterns import lazy

# what `re.IGNORECASE` matches to an ASCII letter beyond ASCII (see `qabot.text.lowered`),
# folded to it: a key is what an ASCII word of a question matches, in lower case
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
# what `qabot.search.name_patterns.phrase` allows between two words: a possessive ending the
# first, white space, then an initial (one letter, a full stop or not, then white space)
_INITIAL_LETTERS = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\u0130\u0131\u017f\u212a"
)
SEPARATOR = "+"  # between a key's two words: no word of a question or text key holds it


def pair_key(first: str, second: str) -> str:
    """Return the key of two words side by side (as `name_pair_keys` makes them)."""
    return f"{_folded(first)}{SEPARATOR}{_folded(second)}"


def _folded(word: str) -> str:
    """Return a word of a key in lower case, folded to ASCII (an ASCII word has nothing to
    fold: every passage's words are keyed at index time)."""
    return word.lower() if word.isascii() else word.translate(_FOLD).lower()


def name_pair_keys(text: str) -> list[str]:
    """Return the keys (`pair_key`) of the pairs of words `text` writes side by side with a
    capital opening each, each once: every (A, B) that a `phrase` of two words can match there
    as "A B" with both written with a capital. A is a whole word or the end of one after a
    character that is no word character ("Many" of "O'Many"), with a possessive after it or
    not; B is a word's start before one ("Zorb" of "Zorb.5"), after white space and an initial
    or not ("George W. Bush")."""
    if text.isascii():
        pairs = []
        for first, initial, second in _ASCII_PAIRS.findall(text):
            pairs.append((first, second))
            if initial:  # "Ann B. Vale": "Ann" "B" and "B." "Vale" too
                pairs.append((initial, second))
                if initial[0].isupper():
                    pairs.append((first, initial))
    else:
        pairs = _pairs(text.split())  # `str.split` and `re`'s `\\s` know the same white space
    keys: dict[str, None] = {}
    for word, following in pairs:
        seconds = [_folded(second) for second in _openings(following)]
        for first in _endings(word):
            opening = _folded(first) + SEPARATOR
            for second in seconds:
                keys[opening + second] = None  # pair_key(first, second)
    return list(keys)


# in ASCII text, from a capital after no word character to the end of its word, then the word
# after it (and an initial) when that opens with a capital: `re` skips to each capital in C (a
# pattern opening with its capital, tested after it for what stands before).
# Where an initial stands between, the word after it (and the initial, added above); the match
# ends before the next word, which may open the next pair ("O D My").
_ASCII_PAIRS = lazy(r"([A-Z](?<!\w.)\S*)\s+(?=(?:([A-Za-z]\.?)\s+)?([A-Z]\S*))")


def _pairs(words: list[str]) -> list[tuple[str, str]]:
    """Return (a word, the next one opening with a capital), and (a word, the one after an
    initial after it, opening with a capital), from the words of any text."""
    pairs = []
    for at in [at for at, word in enumerate(words) if word[0].isupper()]:
        if at:
            pairs.append((words[at - 1], words[at]))
        if at >= 2 and _is_initial(words[at - 1]):
            pairs.append((words[at - 2], words[at]))
    return pairs


def _is_initial(word: str) -> bool:
    return word[0] in _INITIAL_LETTERS and (len(word) == 1 or word[1:] == ".")


def _word_character(character: str) -> bool:
    """Return whether `re`'s `\\w` matches `character`."""
    return character.isalnum() or character == "_"


def _question_character(character: str) -> bool:
    """Return whether a word of a question may hold `character` (`[\\w'’.-]`)."""
    return _word_character(character) or character in "'’.-"


def _endings(word: str) -> list[str]:
    """Return what of `word` may be the first word of a pair written with a capital: the word,
    without a possessive or not, from its start or from a capital after a character that is
    no word character."""
    forms = [word]
    if word[-2:].lower() in ("'s", "’s") and len(word) > 2:
        forms.append(word[:-2])
    found = []
    for form in forms:
        if form.isalnum():  # most words: every capital after its first follows a letter
            if form[0].isupper():
                found.append(form)
            continue
        # a start is followed by question characters only: at or after the last one that is not
        tail = len(form)
        while tail and _question_character(form[tail - 1]):
            tail -= 1
        for start in range(tail, len(form)):
            if form[start].isupper() and (start == 0 or not _word_character(form[start - 1])):
                found.append(form[start:])
    return found


# what `_question_character` accepts, as a pattern (`re`'s `\w` is `str.isalnum()` and "_")
_QUESTION_RUN = lazy(r"[\w'’.-]*")


def _openings(word: str) -> list[str]:
    """Return what of `word` (opening with a capital) may be the second word of a pair: its
    starts that end the word or stand before a character that is no word character."""
    if word.isalnum():  # most words: no character inside may end a start
        return [word]
    # the starts within its opening question characters: before "'", "’", "." or "-" (the
    # question characters that are no word characters), and the whole run of them, which ends
    # the word or stands before a character that is no question character
    run = _QUESTION_RUN.match(word).end()  # type: ignore[union-attr]
    found = [word[:end] for end in range(1, run) if word[end] in "'’.-"]
    if run:
        found.append(word[:run])
    return found
