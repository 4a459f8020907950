"""Characters that drive a terminal or hide text: one definition for every stage that reads
untrusted text (questions typed or pasted, page text printed)."""

from __future__ import annotations

import unicodedata

from qabot.text.patterns import lazy

# C0 controls but tab and newline, DEL, C1 controls, the soft hyphen, zero-width and bidi control
# characters
CONTROL = lazy(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
# where a word may be broken at a line's end, shown only there: a word that holds one is the
# word without it ("Stol\u00adtenberg" is "Stoltenberg"), never two words
SOFT_HYPHEN = "\u00ad"
# the ASCII white space str.split() cuts at, but " ": text holding none of it (and no two spaces
# together) is singly spaced, found by a few scans in C instead of splitting it into words
ASCII_SPACES = "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"
# C0 controls but tab, newline and ESC, DEL, C1 controls: what parts two words around it
_PARTING = lazy(r"[\x00-\x08\x0b-\x1a\x1c-\x1f\x7f-\x9f]")
# the C0 controls an XML document cannot hold
_XML_FORBIDDEN = lazy(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# a terminal escape sequence whole ("ESC [31m"), so no "[31m" is left glued to a word; one left
# unterminated ("ESC ]0;title" without its BEL) ends with its line, not with the text
_ESCAPE = lazy(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b\n]*(?:\x07|\x1b\\)?|[@-_])")
# the same in a page's markup, never running over a tag's "<" or ">": those are parameter bytes
# to a terminal, and a stray "ESC [" before "</script>" took "</s" with it, so the script ran on
# over the whole story and the page read as holding no text
_MARKUP_ESCAPE = lazy(r"\x1b(?:\[[0-;=?]*[ -/]*[@-~]|\][^\x07\x1b\n<>]*(?:\x07|\x1b\\)?|[@-_])")
# an escape sequence, kept whole, or a control that parts two words
_ESCAPE_OR_PARTING = lazy(lambda: f"(?P<escape>{_ESCAPE.pattern})|{_PARTING.pattern}")


def strip_controls(text: str) -> str:
    """Return `text` without terminal escape sequences and control characters."""
    return CONTROL.sub("", _ESCAPE.sub("", text))


def without_soft_hyphens(text: str) -> str:
    """Return `text` without its soft hyphens: the words they sit in read whole."""
    return text.replace(SOFT_HYPHEN, "") if SOFT_HYPHEN in text else text


def plain_characters(text: str) -> str:
    """Return text typed by a reader in the characters its words are read in: NFKC folds the
    compatibility forms ("ｗｈａｔ ｄｉｄ", full-width, read as another script; a no-break
    space, "ﬁ"), and soft hyphens go (`without_soft_hyphens`)."""
    if text.isascii():  # most questions: nothing to fold
        return text
    return without_soft_hyphens(unicodedata.normalize("NFKC", text))


def parted_controls(text: str) -> str:
    """Return `text` with its C0 and C1 controls but ESC as a space: in a question they part
    words ("Blair\x01Iraq" asked "BlairIraq"). ESC opens an escape sequence, which
    `strip_controls` takes out whole (its BEL too: "ESC ]0;title BEL" parted at the BEL ran on
    unterminated); zero-width and bidi characters sit inside words."""
    if "\x1b" not in text:
        return _PARTING.sub(" ", text)
    return _ESCAPE_OR_PARTING.sub(lambda m: m.group("escape") or " ", text)


def without_markup_controls(source: str) -> str:
    """Return a page's source without terminal escape sequences and the C0 controls XML has no
    place for (all but tab, newline and carriage return): the extractor works on an XML copy
    of the tree, and one such character in a paragraph made it return no text at all."""
    if not _XML_FORBIDDEN.search(source):
        return source
    return _XML_FORBIDDEN.sub("", _MARKUP_ESCAPE.sub("", source))


def kept_positions(text: str) -> list[int]:
    """Return the positions in `text` of the characters `strip_controls` keeps, in order (a
    caller moves offsets into `text`, an emphasis, to the stripped text with them)."""
    dropped = bytearray(len(text))
    for match in _ESCAPE.finditer(text):
        dropped[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    return [i for i, char in enumerate(text) if not dropped[i] and not CONTROL.match(char)]
