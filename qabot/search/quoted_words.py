"""The words a speaker is quoted saying, as evidence of who they are: only the names in them.

Whether a person holds a role of some owner ("the head of press", "the Wales coach") is read in
the sentences around their quotes (`role_owners`). Their own words there tell what they speak
about, not what they are, except for a body they name as theirs.
"""

from __future__ import annotations

from qabot.text.lexicon import OFFICE_TITLE_WORDS, ROLE_NOUNS


def unquoted(text: str, at: int, spans: list[tuple[int, int]]) -> str:
    """Return `text` (at offset `at` of its article) with the words quoted there (`spans`)
    reduced to their names (`names_in`)."""
    for start, end in sorted(spans, reverse=True):
        a, b = max(start - at, 0), min(end - at, len(text))
        if a < b:
            text = text[:a] + names_in(text[a:b]) + text[b:]
    return text


def names_in(words: str) -> str:
    """Return the capitalised words of a speaker's words: a body they name may be theirs
    ("... that many for Wales," Toshack said), a common word never ties them to an owner
    ("As much as the press argues ...," festival director Geoffrey Gilmore said: no head of
    press)."""
    return " " + " ".join(w for w in words.split() if w[:1].isupper() and not _titled(w)) + " "


def _titled(word: str) -> bool:
    """Return whether a capitalised word is an office's ("The Prime Minister is with us"): an
    office a speaker names is another's, never their own role."""
    folded = word.casefold().strip(".,;:!?'’\"“”")
    return folded in ROLE_NOUNS or folded in OFFICE_TITLE_WORDS
