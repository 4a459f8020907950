"""Analysis: the only tokenizer, used for passages, titles and questions alike.

text -> Unicode NFKC -> case folding -> accents off Latin letters -> words (curly/straight
apostrophes and possessives folded, hyphenated words split, digit groups kept whole: "150,000"
-> "150000", an initialism joined by "&" kept whole: "M&S" -> "m&s") -> English stop words
removed -> Snowball (Porter2) stems.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

import Stemmer

from qabot.text.patterns import lazy
from qabot.text.rust_terms import RUST_MIN, rust_terms

# 2: accents folded off Latin letters ("Velázquez" is "velazquez", as readers type it)
# 3: an initialism joined by "&" is one term ("M&S", "AT&T": their letters alone are stop words)
# 4: a mark after an ASCII character that is no letter (an apostrophe, a digit) is kept, as
#    after any other: "’" + mark had kept it and "'" + mark dropped it, so a curly apostrophe,
#    straightened before the folding, joined the words around the mark ("s’\u08ca0")
ANALYZER_VERSION = 4
# the longest part of an initialism joined by "&" ("AT" of "AT&T"): "Marks&Spencer" is two words
INITIALISM_PART = 3

# NLTK's English stop-word list (179 words): small enough to keep content words,
# large enough to drop question words ("what", "did") that would otherwise dominate short
# questions.
STOP_WORDS: frozenset[str] = frozenset(
    """i me my myself we our ours ourselves you you're you've you'll you'd your yours yourself
    yourselves he him his himself she she's her hers herself it it's its itself they them their
    theirs themselves what which who whom this that that'll these those am is are was were be been
    being have has had having do does did doing a an the and but if or because as until while of at
    by for with about against between into through during before after above below to from up down
    in out on off over under again further then once here there when where why how all any both
    each few more most other some such no nor not only own same so than too very s t can will just
    don don't should should've now d ll m o re ve y ain aren aren't couldn couldn't didn didn't
    doesn doesn't hadn hadn't hasn hasn't haven haven't isn isn't ma mightn mightn't mustn mustn't
    needn needn't shan shan't shouldn shouldn't wasn wasn't weren weren't won won't wouldn
    wouldn't""".split()
)

_APOSTROPHES = str.maketrans(dict.fromkeys("\u2019\u2018\u02bc\u2032`", "'"))
# A word: letters/digits, with inner "&" ("M&S"), inner apostrophes ("don't") or digit groups
# ("150,000", "3.5").
_WORD = lazy(r"[^\W_]+(?:&[^\W_]+)*(?:'[^\W_]+)*(?:[.,]\d+)*")
# A word as a reader typed it, for the question's words shown back or weighed one by one: the
# analyzer's word ("M&S" one word) with either apostrophe, its digit groups apart.
TYPED_WORD = lazy(r"[^\W_]+(?:&[^\W_]+)*(?:['’][^\W_]+)*")
# No cache of its own (maxCacheSize 0): _TermCache below keeps every word's terms, and the
# stemmer's cache, always missing when it is asked, tripled the cost of stemming a new word.
_STEMMER = Stemmer.Stemmer("english", 0)
_STEM = _STEMMER.stemWord


def normalize(text: str) -> str:
    """Return `text` NFKC-normalised, case-folded, with every apostrophe made straight and
    accents folded off Latin letters."""
    return fold_accents(unicodedata.normalize("NFKC", text).casefold().translate(_APOSTROPHES))


def fold_accents(text: str) -> str:
    """Return `text` with the accents of Latin letters dropped ("Velázquez" -> "Velazquez",
    "Núñez" -> "Nunez"): readers type names without them. Other scripts keep their marks
    (a Cyrillic "й" is another letter than "и"); ASCII text is returned as it is."""
    if text.isascii():
        return text
    kept: list[str] = []
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char) and kept and kept[-1].isascii() and kept[-1].isalpha():
            continue  # a mark on a Latin letter: "á" is "a" + U+0301
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


def _analyze_word(word: str) -> tuple[str, ...]:
    """Return the index terms for one normalised word."""
    if "&" in word:
        return _joined(word)
    if word[0].isdigit() and ("," in word or "." in word):
        # "150,000" and "150.000" are one number; "3.5" stays "3.5"
        return (word.replace(",", ""),) if "," in word else (word,)
    if word.endswith("'s"):
        word = word[:-2]
    word = word.rstrip("'")
    if not word or word in STOP_WORDS:
        return ()
    if "'" in word:
        head, _, tail = word.partition("'")
        # "i'm", "they're", "we'll": the clitic is not a word; "o'brien" is one word
        word = head if len(tail) <= 2 else word.replace("'", "")
        if word in STOP_WORDS:
            return ()
    return (_STEM(word),)


def _joined(word: str) -> tuple[str, ...]:
    """Return the terms of a word joined by "&": an initialism ("m&s", "at&t's") is one term,
    as it is one name (its letters alone are stop words, so "M&S" had no term at all); other
    parts ("marks&spencer", "1&2") are words of their own."""
    if word.endswith("'s"):
        word = word[:-2]
    parts = word.rstrip("'").split("&")
    if all(part.isalpha() and len(part) <= INITIALISM_PART for part in parts):
        return (word.rstrip("'"),)
    return tuple(term for part in parts if part for term in _analyze_word(part))


_CACHE_LIMIT = 1_000_000
# ASCII text is cut into chunks at every character no word can hold (all but [a-z0-9'.,&]): one
# C-level translate and split, no regex. A chunk holds whole words only ("nato's", "troops.",
# "3.5km"), so analysing chunk by chunk gives the word-by-word terms.
# The same table lowers A-Z, so ASCII text is lowered and cut in one pass.
_ASCII_BREAKS = str.maketrans(
    {c: " " for c in map(chr, range(128)) if not (c.isalnum() or c in "'.,`&")}
    | {"`": "'"}
    | {c: c.lower() for c in map(chr, range(ord("A"), ord("Z") + 1))}
)
# The same table over bytes, for ASCII text encoded (a copy): `bytes.translate` reads a plain
# 256-byte table, where `str.translate` looks every character up in a cache of the mapping, and
# cutting and lowering through it took about a tenth of the instructions of analysing a passage.
_ASCII_BYTE_BREAKS = bytes(
    ord(_ASCII_BREAKS.get(code, chr(code))) if code < 128 else code for code in range(256)
)


def _cut_ascii(text: bytes) -> str:
    """Return ASCII text (or a non-ASCII one encoded with "?" for each character beyond ASCII)
    lowered and cut at every character no word can hold, with a "." or "," before white space
    made a space (see `analyze`), as a string."""
    return text.translate(_ASCII_BYTE_BREAKS).replace(b". ", b"  ").replace(b", ", b"  ").decode()


class _TermCache(dict[str, str]):
    """A chunk (or a word) -> its terms joined by single spaces ("" for none).

    Filled on first sight by `__missing__`, so a text's analysis is one C-level
    `" ".join(filter(None, map(cache.__getitem__, chunks)))`: no Python call per word once a
    word was seen (news vocabulary is Zipfian, so a bounded cache covers almost every word).
    A word that is its own term (stemming leaves most words as they are) maps to itself, the
    very object that is its key: the cache takes less memory, and a lookup, which waits on
    memory for a rare word, reads one object fewer.
    """

    def __missing__(self, chunk: str) -> str:
        if chunk.isalpha():
            # a plain word, most first sights: what _analyze_word does with it, without its
            # checks for digits and apostrophes (letters are never digits)
            terms = "" if chunk in STOP_WORDS else _STEM(chunk)
            if terms == chunk:
                terms = chunk
            if len(self) < _CACHE_LIMIT:
                self[chunk] = terms
            return terms
        # No word starts or ends with "." "," or "'": "troops." ending a text and "nato's'"
        # mostly share the analysis of a chunk already seen ("troops", "nato's").
        core = chunk.strip(".,'")
        if core != chunk:
            terms = self[core]
        else:
            terms = " ".join(term for word in _WORD.findall(core) for term in _analyze_word(word))
        if len(self) < _CACHE_LIMIT:
            self[chunk] = terms
        return terms


_TERMS = _TermCache()
_TERMS_OF = _TERMS.__getitem__


def analyze(text: str) -> str:
    """Return the index terms of `text` joined by single spaces (terms never hold a space).

    The form every engine is fed: one string pickles between processes about 20 times faster
    than a list of words and is what tantivy's whitespace tokenizer reads. A long ASCII text
    that needs none of our own rules is analysed by tantivy (`rust_terms`: the same terms).
    """
    if len(text) >= RUST_MIN and text.isascii():
        terms = rust_terms([text], STOP_WORDS)
        if terms is not None:
            return terms[0]
    return _analyze_here(text)


def _analyze_here(text: str) -> str:
    """Return `analyze(text)`, analysed in this module (not by tantivy)."""
    if text.isascii():
        # NFKC leaves ASCII as it is and casefold() is lower() there; "`" is the one ASCII
        # apostrophe to straighten (the table lowers and straightens). A "." or "," before
        # white space ends a word (inside one, a digit follows it): made a space there, so
        # "troops." and "troops," are looked up as "troops" and the cache holds fewer chunks.
        chunks = _cut_ascii(text.encode()).split()
    else:
        chunks = _WORD.findall(normalize(text))
    return " ".join(filter(None, map(_TERMS_OF, chunks)))  # the per-word work stays in C


def analyze_spans(text: str, spans: Iterable[tuple[int, int]]) -> list[str]:
    """Return `analyze(text[start:end])` for each [start, end) span of `text`.

    Every sentence of every article is analysed at index time. The text is lowered and cut
    once for all its ASCII spans, not span by span (a translation per span pays its set-up at
    every call: a third of the analysis of a sentence); a non-ASCII character is one "?" in the
    text cut (so offsets stay), and a span holding one is analysed alone. The whole text cut
    differs from a span cut alone only where the span ends in "." or "," before white space, and
    the cache gives a chunk the terms of its core without "." "," "'" at its ends: "troops." and
    "troops" have the same terms. The spans of an ASCII text that needs none of our own rules
    are analysed by tantivy in one call (`rust_terms`): a tenth less CPU for a whole `qabot
    index` of synthetic text.
    """
    ascii_text = text.isascii()
    if ascii_text:
        spans = list(spans)
        terms = rust_terms([text[a:b] for a, b in spans], STOP_WORDS)
        if terms is not None:
            return terms
    cut = _cut_ascii(text.encode() if ascii_text else text.encode("ascii", "replace"))
    if ascii_text:
        return [" ".join(filter(None, map(_TERMS_OF, cut[a:b].split()))) for a, b in spans]
    out = []
    for a, b in spans:
        span = text[a:b]
        if span.isascii():
            out.append(" ".join(filter(None, map(_TERMS_OF, cut[a:b].split()))))
        else:
            out.append(analyze(span))
    return out


def tokenize(text: str) -> list[str]:
    """Return the index terms of `text`, in order (stop words dropped, words stemmed)."""
    return analyze(text).split()


def words(text: str) -> list[str]:
    """Return the normalised surface words of `text` (no stemming, stop words kept)."""
    return _WORD.findall(normalize(text))


def terms_of_words(plain: list[str]) -> list[str]:
    """Return the term of each plain word (lower-case letters only), "" for a stop word: what
    `analyze` makes of it, stemmed in one call for a word list read at once (a lexicon)."""
    stems = _STEMMER.stemWords(plain)
    return ["" if word in STOP_WORDS else stem for word, stem in zip(plain, stems, strict=True)]
