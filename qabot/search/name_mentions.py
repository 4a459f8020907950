"""Whether a passage names someone: whole words, case and spacing folded, and, asked with a
title of one gender ("Mrs Blair"), only after that title or a first name that may be hers."""

from __future__ import annotations

import functools
import re

from qabot.attribution import is_description
from qabot.text import STOP_WORDS, may_contain_all, unjoined_matches
from qabot.text.lexicon import TITLE_WORDS, first_name_gender, title_gender

_JOINS = "(?:and|&)"  # a name's join, either way written


@functools.lru_cache(maxsize=256)
def mention_pattern(name: str, after_word: bool) -> re.Pattern[str]:
    """Return the pattern of `name` as whole words, case and spacing folded (after a word of
    its own group when `after_word`); made once per name, not once per passage tested."""
    pattern = r"(?<![\w-])" + _words_pattern(name) + r"(?![\w-])"
    return re.compile(r"([\w.]+)\s+" + pattern if after_word else pattern, re.IGNORECASE)


@functools.lru_cache(maxsize=256)
def unjoined_pattern(name: str) -> re.Pattern[str]:
    """Return `mention_pattern(name, False)` without its look-behind (`unjoined_matches`)."""
    return re.compile(_words_pattern(name) + r"(?![\w-])", re.IGNORECASE)


def _words_pattern(name: str) -> str:
    """Return the pattern of `name`'s words, spacing folded, its "and" or "&" either join
    ("Marks and Spencer" is written "Marks & Spencer")."""
    words = [_JOINS if w.casefold() in {"and", "&"} else re.escape(w) for w in name.split()]
    return r"\s+".join(words)


def mentions_name(text: str, name: str, gender: str | None = None) -> bool:
    """Return True when `text` names `name` (whole words, case and spacing folded); with the
    gender of a title asked ("Mrs Blair"), a mention of the surname counts only after that
    title or a first name that may be of that gender ("Cherie Blair", "Noe Pamarot" for "Mr
    Pamarot"; not "Mr Blair" or "Tony Blair", nor "Ivo Varga" in a text calling him "Mr
    Varga")."""
    if not may_contain_all(text, [w for w in name.split() if w.casefold() not in {"and", "&"}]):
        return False  # most candidates read for a name never quoted lack it
    if gender is None:
        return next(unjoined_matches(unjoined_pattern(name), text), None) is not None
    found = [match.group(1) for match in mention_pattern(name, True).finditer(text)]
    # a text that titles the surname only by the other gender ("Mr Varga") tells who a first
    # name no list knows ("Ivo Varga") is: him, not the "Ms Varga" asked
    others = {title_gender(before) for before in found} - {None, gender}
    for before in found:
        told = first_name_gender(before)
        if title_gender(before) == gender or (
            (told == gender or (told is None and not others)) and _may_be_first_name(before)
        ):
            return True
    return False


def _may_be_first_name(word: str) -> bool:
    """Return whether `word`, just before a surname, may be a first name: known to the lexicon,
    or a capitalised word no title, role or common word is ("Noe" of "Noe Pamarot", for "Mr
    Pamarot"; not "Minister" of "Prime Minister Blair")."""
    if first_name_gender(word):
        return True
    return (
        word[:1].isupper()
        and word.isalpha()
        and word.casefold() not in STOP_WORDS | TITLE_WORDS
        and title_gender(word) is None
        and not is_description(word)
    )
