"""Whether a "who said ...?" candidate's story names what the question names.

"Who spoke out over Arsenal stalling on a new contract offer?" asks about a story on Arsenal: a
rugby coach's "We have not yet offered Matt a new contract" holds more of the question's words
than the Arsenal player's, but its story never names Arsenal. As a plain answer whose passages
lack a name the question asks about is no answer (`lacked_names.asked_name`), a quote whose
article's matching passages lack it is weighed down (`who_said_ranking`), by the share of the
names' weight they lack. A name counts as held in another of its forms ("Britain" for
"British", `kin_forms`). A story is about a name it has in its title, its lead or several
sentences (`story_names`): a quote of it that leaves the name unsaid is still about it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from qabot.indexing import Index
from qabot.records import Passage, Quote
from qabot.search.lacked_names import asked_name
from qabot.search.word_forms import kin_forms
from qabot.text import terms_of, tokenize
from qabot.text.lexicon import is_known_gentilic


def asked_names(index: Index, wording: str) -> list[str]:
    """Return the terms of the words of `wording` the archive writes as names ("Arsenal",
    "Southwest"; not "MPs", a kind of people, nor "British"), each once."""
    names: dict[str, None] = {}
    for word in wording.split():
        word = word.strip(",.;:!?\"“”'‘’()")
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        # a nationality describes, it names no story ("British factories")
        if word and not is_known_gentilic(word.casefold()) and asked_name(index, word):
            names.update(dict.fromkeys(tokenize(word)))
    return list(names)


def unnamed_share(
    index: Index,
    names: Sequence[str],
    hits_of: Callable[[str], Sequence[tuple[Passage, float]]],
) -> Callable[[Quote], float] | None:
    """Return, for a quote, the share of the weight (idf) of the names asked (`asked_names`)
    that the matching passages of its article lack (0 to 1); None when none is asked."""
    if not names:
        return None
    weights = index.engine.idf(names)
    total = math.fsum(weights.values()) or 1.0
    lacked: dict[str, float] = {}
    spelt: dict[str, tuple[re.Pattern[str], ...]] = {}  # each name's pattern, made once a question

    def share(quote: Quote) -> float:
        if quote.article_id not in lacked:
            held: set[str] = set()
            for passage, _ in hits_of(quote.article_id):
                held.update(passage.stored_terms() or terms_of(passage.text))
            missing = [name for name in names if name not in held]
            if missing:  # "Britain" for "British"
                found = kin_forms(missing, held)
                missing = [name for name in missing if not any(name in f for f in found.values())]
            if missing:  # "European Union" for "EU", "Scottish rugby" for "SRU"
                texts = [passage.text for passage, _ in hits_of(quote.article_id)]
                missing = [name for name in missing if not _spelt_out(spelt, name, texts)]
            lacked[quote.article_id] = math.fsum(weights[name] for name in missing) / total
        return lacked[quote.article_id]

    return share


def story_names(
    names: Sequence[str],
    hits_of: Callable[[str], Sequence[tuple[Passage, float]]],
) -> Callable[[Quote], frozenset[str]] | None:
    """Return, for a quote, the names asked (`asked_names`) that its story is about: in the
    title, the lead (the first sentences) or `_SEVERAL` sentences of its article's matching
    passages; None when none is asked. "Who admitted Tottenham weren't at their best?": a
    Tottenham player's "It wasn't the best display" is about Tottenham, which a quote of another
    story that merely says the name would otherwise have over it."""
    if not names:
        return None
    about: dict[str, frozenset[str]] = {}

    def of(quote: Quote) -> frozenset[str]:
        found = about.get(quote.article_id)
        if found is None:
            found = about[quote.article_id] = _about(names, hits_of(quote.article_id))
        return found

    return of


_LEAD = 2  # the sentences of an article's first passage that are its lead
_SEVERAL = 3  # sentences of a story naming a name that make it about it


def _about(names: Sequence[str], hits: Sequence[tuple[Passage, float]]) -> frozenset[str]:
    """Return those of `names` the passages `hits` of one article have in its title, its lead
    or `_SEVERAL` sentences."""
    counts = dict.fromkeys(names, 0)
    held: set[str] = set()
    # each name as a whole term of a sentence's terms (one space between them, as stored):
    # looked for in the string, not in its terms split apart (some 20 sentences an article)
    spaced = [(name, f" {name} ") for name in names]
    for passage, _ in hits:
        held.update(passage.title_terms or ())
        sentences = passage.sentence_terms or (" ".join(terms_of(passage.text)),)
        for place, sentence in enumerate(sentences):
            lead = passage.position == 0 and place < _LEAD
            sentence = f" {sentence} "
            for name, word in spaced:
                if word in sentence:
                    counts[name] += 1
                    if lead:
                        held.add(name)
    return frozenset(n for n in names if n in held or counts[n] >= _SEVERAL)


_INITIALISM = range(2, 6)  # letters of a name that may be a body's initials ("EU", "SRU")
_SHORTENED = 3  # letters of initials that may be written without their last word
_JOINING = r"(?:(?:of|and|for|the|&)\s+)*"  # "Department of Trade and Industry"


def _spelt_out(
    patterns: dict[str, tuple[re.Pattern[str], ...]], name: str, texts: Sequence[str]
) -> bool:
    """Return whether `texts` write the words a short name may be the initials of, each with
    its capital ("European Union" for "EU", "Scottish Rugby Union" for "SRU"), or a national
    body's as its nation and field, short of the last, generic word ("Scottish rugby" for
    "SRU", the Scottish Rugby Union); `patterns` keeps each name's patterns (the articles of
    one question ask for the same names)."""
    if name not in patterns:
        patterns[name] = _initials_patterns(name)
    if not patterns[name]:
        return False
    whole, *shortened = patterns[name]
    if any(whole.search(text) for text in texts):
        return True
    return any(
        is_known_gentilic(found.group(1)) and not found.group(1).isupper()
        for pattern in shortened
        for text in texts
        for found in pattern.finditer(text)
    )


@lru_cache(maxsize=1 << 12)
def _initials_patterns(name: str) -> tuple[re.Pattern[str], ...]:
    """Return the pattern of the words `name` may be the initials of, and from `_SHORTENED`
    letters that of those words but the last, the first caught (none: it may be no
    initials). Kept per name: the same names are asked question after question."""
    if not name.isalpha() or len(name) not in _INITIALISM:
        return ()
    words = [rf"{letter.upper()}[\w'’-]*" for letter in name]
    whole = re.compile(r"\b" + (r"\s+" + _JOINING).join(words) + r"\b")
    if len(name) < _SHORTENED:
        return (whole,)
    head = [f"({words[0]})", *(rf"[{c.upper()}{c}][\w'’-]*" for c in name[1:-1])]
    return whole, re.compile(r"\b" + (r"\s+" + _JOINING).join(head) + r"\b")
