"""Terms from tantivy's own analysis, for long plain ASCII texts (`qabot.text.analyzer` asks).

tantivy's analysis (in Rust: words cut at every character that is no letter or digit, lowered,
stop words dropped, the same Snowball stemmer) gives exactly our terms for ASCII text where none
of our rules beyond those applies: no "&" ("M&S"), no "`", no "." or "," before a digit
("150,000", "3.5"), and an apostrophe only before a clitic that ends its word ("nato's",
"don't", "we've": Rust drops the clitic as the stop word it is, where we strip it or drop the
whole word; not "o'brien" nor "i'd've"). It analyses a paragraph about a third faster; a short
text (a question) costs more to hand over than our word cache takes. Agreement is checked by a
property test over random text (tests/text/test_rust_terms.py).
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from qabot.text.patterns import lazy

RUST_MIN = 256  # characters of text from which `analyze` hands it to Rust
# digits made "0", "," a "." and "`" an "&": a digit group is then a ".0", found by one C search
_MARKED = bytes.maketrans(b"0123456789,`", b"0000000000.&")
# an apostrophe before a letter or digit that opens no clitic ending its word (found in C from
# each "'": a pattern opening with a literal)
_NOT_CLITIC = lazy(r"'(?!(?:[sStTmMdD]|[vV][eE]|[rR][eE]|[lL][lL])(?![a-zA-Z0-9']))[a-zA-Z0-9]")
# between parts analysed in one call: a token no part holds (counted) and Rust keeps as it is
SEPARATOR = "0" * 19 + "1"
_ANALYZERS: list[Callable[[str], list[str]]] = []  # tantivy's analyzer, made on first use


def rust_terms(parts: list[str], stop_words: Collection[str]) -> list[str] | None:
    """Return the terms of each ASCII part joined by spaces, as `analyze` gives them, found by
    tantivy in one call; None when a part needs a rule of ours that Rust lacks (or holds the
    separator). `stop_words` are the analyzer's (read when the analyzer is made)."""
    joined = f" {SEPARATOR} ".join(parts)
    marked = joined.encode().translate(_MARKED)
    if (
        b".0" in marked
        or b"&" in marked
        or ("'" in joined and _NOT_CLITIC.search(joined))
        or joined.count(SEPARATOR) != len(parts) - 1
    ):
        return None
    if not _ANALYZERS:
        # imported here: the engine imports tantivy anyway, other uses of `qabot.text` need not
        import tantivy

        _ANALYZERS.append(
            tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
            .filter(tantivy.Filter.lowercase())
            .filter(tantivy.Filter.custom_stopword(sorted(stop_words)))
            .filter(tantivy.Filter.stemmer("english"))
            .build()
            .analyze
        )
    found = " ".join(_ANALYZERS[0](joined)).split(SEPARATOR)
    return [part.strip(" ") for part in found]
