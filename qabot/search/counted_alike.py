"""What a "how many" question counts, in the words its passages count it with: "how many
workers does X employ" over "X employs 8,000 staff", "how many shops" over "its 920 stores".

A story seldom counts a thing in the reader's word; taken as a count of something else, its
figure was withheld ("none of them has “workers”") or passed over for a neighbour's. The words
a passage writes right after a figure that name the thing asked join the terms of what is
counted (`asked_figures`): "8,000 staff" then counts the workers asked, and a passage naming
staff names them. Such a word is a synonym (WordNet's, as `synonym_forms` reads them), a word
for a body's people as the thing asked is (`WORKFORCE_NOUNS`), or a word whose sense covers the
counted phrase WORDS_ALIKE at least. Only the words after figures are weighed: a handful a
question, not every word of its passages.
"""

from __future__ import annotations

from collections.abc import Sequence

from qabot.search.figure_counts import (
    COUNT_WORDS,
    COUNTED_WORD,
    FIGURE,
    counted_phrase,
)
from qabot.search.hit_record import Hit
from qabot.search.word_forms import kin_forms, synonym_forms
from qabot.text import STOP_WORDS, tokenize
from qabot.text.lexicon import WORKFORCE_NOUNS

# how much of a counted phrase's sense one word must cover (`SentenceVectors.covered`) to name
# it: another word for the same things covers 0.72-0.82 ("stores" for "shops", "vehicles" for
# "cars", "movies" for "films", "soldiers" for "troops", "aircraft" for "planes"), while things
# of a kind beside them cover up to 0.69 ("planes" for "flights", "years" for "months",
# "days" for "weeks" 0.59, "songs" for "albums" 0.53, "awards" for "nominations" 0.54): the
# word vectors place neighbours of a kind close, so the floor stands above them
WORDS_ALIKE = 0.7
_WORKFORCE = frozenset(term for word in WORKFORCE_NOUNS for term in tokenize(word))


def counted_words_after(text: str) -> set[str]:
    """Return the words `text` writes right after a figure, in lower case and no stop word:
    the noun it counts, or the one after a word between ("6,650 garment workers")."""
    words: set[str] = set()
    for pattern in (FIGURE, COUNT_WORDS):
        for found in pattern.finditer(text):
            following = COUNTED_WORD.match(text, found.end())
            if following is None:
                continue
            words.update(
                word
                for word in following.groups()
                if word is not None and word.islower() and word not in STOP_WORDS
            )
    return words


def alike_counted(question: str, many: frozenset[str], hits: Sequence[Hit]) -> frozenset[str]:
    """Return the terms of the words `hits` count with a figure that name what a "how many"
    `question` counts (`many`, its `counted_phrase`'s terms) in other words: a synonym of one
    of them, another word for a body's people when it asks of them ("staff" for "workers"), or
    a word whose sense covers the counted phrase WORDS_ALIKE at least ("stores" for "shops",
    "vehicles" for "cars"); none for a question naming no thing it counts."""
    phrase = " ".join(counted_phrase(question))
    if not many or not phrase:
        return frozenset()
    words = set().union(*(counted_words_after(hit.passage.text) for hit in hits))
    alike: set[str] = set()
    for word in sorted(words):
        terms = set(tokenize(word))
        if not terms or terms & many or terms <= alike or kin_forms(sorted(many), terms):
            continue  # the word asked itself, in a form of its own: no other word
        workforce = bool(many & _WORKFORCE) and terms <= _WORKFORCE
        if workforce or synonym_forms(sorted(many), terms) or _covers(phrase, word):
            alike |= terms
    return frozenset(alike)


def _covers(phrase: str, word: str) -> bool:
    """Return whether `word` covers the sense of the counted `phrase` WORDS_ALIKE at least."""
    # read on first use, as ranking by meaning does: the table loads once a process
    from qabot.text.sentence_vectors import sentence_vectors

    return sentence_vectors().covered(phrase, word) >= WORDS_ALIKE
