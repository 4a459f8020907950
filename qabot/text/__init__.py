"""Text: the one analyzer, sentence splitting and the shared lexicons.

Enters: strings. Leaves: analyzed terms (`analyze`, `tokenize`: the same analysis for passages and
questions), sentence offsets (`sentence_spans`), the dates and figures a text holds
(`figure_kinds`), the terms it writes with a capital (`capitalised_terms`) and the pairs of
words it writes side by side with a capital on each (`name_pair_keys`), a signature of a
passage's distinct terms (`term_signature`), where a name stands as a word (`name_starts`),
whether and how a text writes a word in any case (`lowered`, `may_contain`, `may_contain_all`,
`whole_words`, `standing_starts`, `writes_adjacent`, `unjoined_matches`), numeric character
references read as their characters (`decode_numeric_references`), a question's pasted tags
read as text (`without_pasted_markup`), counts in words (`counted`: "3 articles"), lists
(`listed`: "a, b or c"),
text cut at a word to a length (`shortened`), bytes written in
Windows-1252 read so (`read_windows_1252`), word lists every later stage reads (`lexicon`),
a text's terms analysed once and kept, or kept as an index stored them (`terms_of`, `keep_terms`),
and regular expressions compiled on first use (`lazy`; `LETTER_WORD`, a word of letters).
`sentence_vectors` (imported on its own: it loads numpy and a 2 MB table) gives a text's
meaning as a vector, from word-piece vectors (`word_pieces`; those an index stored are kept by
`kept_pieces`). Depends on nothing of ours.
"""

from qabot.text import lexicon
from qabot.text.analyzer import (
    ANALYZER_VERSION,
    STOP_WORDS,
    TYPED_WORD,
    analyze,
    fold_accents,
    normalize,
    tokenize,
    words,
)
from qabot.text.capitals import capitalised_terms
from qabot.text.char_references import decode_numeric_references
from qabot.text.controls import (
    ASCII_SPACES,
    CONTROL,
    kept_positions,
    parted_controls,
    plain_characters,
    strip_controls,
    without_markup_controls,
    without_soft_hyphens,
)
from qabot.text.edits import edit_distance, neighbour_swaps, one_edit
from qabot.text.figures import figure_kinds, holds, last_that_may_hold, may_hold
from qabot.text.kept_terms import keep_terms, terms_of
from qabot.text.lists import listed
from qabot.text.lowered import (
    NEAR_ASCII,
    lowered,
    may_contain,
    may_contain_all,
    standing_starts,
    unjoined_matches,
    whole_words,
    writes_adjacent,
)
from qabot.text.name_pairs import name_pair_keys, pair_key
from qabot.text.names_in_text import SentenceWords, name_starts
from qabot.text.pasted_markup import pasted_code, without_pasted_markup
from qabot.text.patterns import LETTER_WORD, LazyPattern, lazy
from qabot.text.plurals import counted
from qabot.text.sentences import sentence_spans
from qabot.text.shortening import shortened
from qabot.text.signatures import SIGNATURE_BITS, term_signature
from qabot.text.windows_1252 import read_windows_1252

__all__ = [
    "ANALYZER_VERSION",
    "ASCII_SPACES",
    "CONTROL",
    "LETTER_WORD",
    "NEAR_ASCII",
    "SIGNATURE_BITS",
    "STOP_WORDS",
    "TYPED_WORD",
    "LazyPattern",
    "SentenceWords",
    "analyze",
    "capitalised_terms",
    "counted",
    "decode_numeric_references",
    "edit_distance",
    "figure_kinds",
    "fold_accents",
    "holds",
    "keep_terms",
    "kept_positions",
    "last_that_may_hold",
    "lazy",
    "lexicon",
    "listed",
    "lowered",
    "may_contain",
    "may_contain_all",
    "may_hold",
    "name_pair_keys",
    "name_starts",
    "neighbour_swaps",
    "normalize",
    "one_edit",
    "pair_key",
    "parted_controls",
    "pasted_code",
    "plain_characters",
    "read_windows_1252",
    "sentence_spans",
    "shortened",
    "standing_starts",
    "strip_controls",
    "term_signature",
    "terms_of",
    "tokenize",
    "unjoined_matches",
    "whole_words",
    "without_markup_controls",
    "without_pasted_markup",
    "without_soft_hyphens",
    "words",
    "writes_adjacent",
]
