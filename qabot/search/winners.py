"""Winners: "who won X?" is answered only by a passage that names a winner of X.

The best passages for "who won the australian open" were about players withdrawing from it, and
those for "who won the fa cup" about other cups: they share the words of X, not a winner. A
passage names a winner when one of its sentences holds a word of winning ("won", "victory",
"beat", "champion", "title", "lifted" the prize ...) and a word of X (its rarest, two of them
or a fifth of their weight: one everyday word is no mention of X; of "X's Y", the rarest word
of Y, what the possessive owns), unless each of its words of winning is told as a prospect
("aiming to win the Cup", "if we beat them", "will visit the winners of the replay": the
archive has the match still to come). When none of the best
passages does, the question is searched again with words of winning, keeping only passages with
such a sentence that hold the rarest word of X and most of its weight ("Serena Williams ... win
her second Australian Open title"), and failing that a passage further down the best one's
story that names one (`story_answers`); when none does either, the answer says that nothing read
names a winner (`found` false). Passages naming a winner come first.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from qabot.indexing import Index
from qabot.records import Passage
from qabot.search.article_titles import article_title_terms
from qabot.search.asked_years import YEAR, holds_years, naming_years
from qabot.search.duplicates import held_terms
from qabot.search.filters import Filters
from qabot.search.hit_record import Hit, Ranked
from qabot.search.retrieval import search
from qabot.search.story_answers import story_page
from qabot.text import sentence_spans, tokenize
from qabot.text.lexicon import WINNING_WORDS
from qabot.text.patterns import LETTER_WORD, lazy

# "who won X", "which team won X", "what won X", "who has won X", "who beat X"
_ASKS_WINNER = lazy(
    r"\s*(?:who|what|which(?:\s+[^\W\d_]+)?)\s+(?:(?:has|have|had)\s+)?(?:won|wins|beat|beats)"
    r"\s+(?P<won>\S.*)",
    re.IGNORECASE,
)
_WINNING = frozenset(tokenize(" ".join(sorted(WINNING_WORDS))))
# "won" is a stop word of the analyzer (NLTK's list holds it for "won't"), so no sentence's
# terms hold it: it is read in the sentence's text, with what was won after it ("A book ...
# has won the Guardian First Book Award 2004"), or before "won by"; a word of the thing before
# "won" is its winner ("the BBC won them back in 2001" wins nothing of the BBC's)
_WON = lazy(r"\bwon\b(?P<by>\s+by\b)?", re.IGNORECASE)
# a word of winning told as a prospect names no winner: "aiming to win the Cup", "could win
# it", "Leicester will visit the winners of the replay" (a fixture against whoever wins it)
_PROSPECT_BEFORE = lazy(
    r"(?:\b(?:aim|aims|aiming|hope|hopes|hoping|bid|bids|bidding|set|try|tries|trying|want"
    r"|wants|wanting|chance|battle|battling|fight|fighting|seek|seeks|seeking|looking"
    r"|tipped|favourites?|expected|needs?|needing|likely|unlikely|certain|sure|poised|due|able)\s+to"
    r"|\b(?:could|would|might|may|can|will|shall)(?:\s+(?:still|yet|also|now|then|not))?"
    r"|\b(?:chance|chances|hopes?|bid|bids|odds)\s+of"
    r"|\b(?:if|unless|should)(?:\s+[^\W\d_]+){1,2})\s+$",
    re.IGNORECASE,
)
_FIXTURE_BEFORE = lazy(
    r"\b(?:face|faces|facing|host|hosts|hosting|visit|visits|play|plays|meet|meets|against"
    r"|to|take on|takes on)\s+(?:the\s+)?(?:eventual\s+)?$",
    re.IGNORECASE,
)
SEARCHED = "won winner victory champion title"
_POSSESSIVE = lazy(r"(?<=\w)['’]s\s", re.IGNORECASE)  # "virgin radio's gig of the year"
THING_SHARE = 0.2  # of that weight, held by a sentence naming a winner with one word of it
HELD_SHARE = 0.6  # of the weight of what was won, held by a passage found searching again


def asked_winner(index: Index, words: str) -> frozenset[str] | None:
    """Return the terms of what `words` asks the winner of ("the australian open"), those the
    archive holds; None when it asks no "who won" question."""
    asked = _ASKS_WINNER.match(words)
    if asked is None:
        return None
    terms = [term for term in tokenize(asked.group("won")) if term not in _WINNING]
    weights = index.engine.idf(terms)
    won = frozenset(term for term, weight in weights.items() if weight > 0)
    return won or None


def winning_in_name(words: str) -> frozenset[str]:
    """Return the words of winning in the name of what was won ("champion" of "the champions
    league", "title" of "the title race"): there they name it, not its winner."""
    asked = _ASKS_WINNER.match(words)
    return frozenset(tokenize(asked.group("won"))) & _WINNING if asked else frozenset()


def names_winner(
    passage: Passage,
    won: frozenset[str],
    named: frozenset[str] = frozenset(),
    rarest: str = "",
    weights: Mapping[str, float] | None = None,
) -> bool:
    """Return whether a sentence of `passage` holds a word of winning and one of `won`; a
    word of winning in the name of what was won (`named`) is none there; "won", no term, is
    read in the text with the `rarest` word of what was won (`rarest_thing`)."""
    winning = _WINNING - named if named else _WINNING
    text = passage.text
    spans = passage.sentence_spans() or sentence_spans(text)
    if len(passage.sentence_terms) == len(spans):
        sentences = [frozenset(terms.split()) for terms in passage.sentence_terms]
    else:
        sentences = [frozenset(tokenize(text[a:b])) for a, b in spans]
    return any(
        terms & won
        and _of_it(terms & won, rarest, weights)
        and (terms & winning or _won_in(text[a:b], rarest))
        and not _only_prospect(text[a:b], winning)
        for terms, (a, b) in zip(sentences, spans, strict=True)
    )


def _only_prospect(sentence: str, winning: frozenset[str]) -> bool:
    """Return whether every word of winning in `sentence` is told as a prospect
    (`_PROSPECT_BEFORE`): "aiming to win the Cup" tells no winner of it."""
    found = [
        match
        for match in LETTER_WORD.finditer(sentence)
        if match.group().casefold() == "won" or not winning.isdisjoint(tokenize(match.group()))
    ]
    return bool(found) and all(
        _PROSPECT_BEFORE.search(before)
        or (match.group().casefold().startswith("winner") and _FIXTURE_BEFORE.search(before))
        for match in found
        for before in [sentence[max(0, match.start() - 40) : match.start()]]
    )


def _of_it(held: frozenset[str], rarest: str, weights: Mapping[str, float] | None) -> bool:
    """Return whether a sentence holding the `held` words of what was won tells of it: with
    its `rarest` word, two of its words, or THING_SHARE of their weight; one everyday word of
    it is no mention ("Eastwood won best director ..." names no winner at the Directors Guild
    awards)."""
    if weights is None or not rarest or rarest in held or len(held) >= 2:
        return True
    return math.fsum(weights.get(term, 0.0) for term in held) >= THING_SHARE * math.fsum(
        weights.values()
    )


def rarest_thing(index: Index, won: frozenset[str], words: str = "") -> str:
    """Return the rarest term of `won` that is no year (years are held apart, `asked_years`):
    the word telling what was won ("cinema" of "the bbc4 world cinema award in 2001"); of what
    a possessive owns, when `words` ask so ("gig" of "virgin radio's gig of the year award":
    the station gives the award, and its story names it apart from the winner)."""
    owned = _owned(words) & won
    pool = owned if any(not YEAR.fullmatch(term) for term in owned) else won
    weights = index.engine.idf(sorted(term for term in pool if not YEAR.fullmatch(term)))
    return max(weights, key=lambda term: (weights[term], term)) if weights else ""


def _owned(words: str) -> frozenset[str]:
    """Return the terms of what a "who won X's Y" question asks the winner of after the
    possessive (Y), or none when what was won has no possessive."""
    asked = _ASKS_WINNER.match(words)
    parts = _POSSESSIVE.split(asked.group("won")) if asked else []
    return frozenset(tokenize(parts[-1])) if len(parts) > 1 else frozenset()


def _won_in(sentence: str, rarest: str) -> bool:
    """Return whether `sentence` writes "won" with `rarest` where what was won stands: after
    it, or before "won by". Read in any sentence, the verb is held to the word that tells what
    was won: "Dick and Dom won two awards" is no winner of the "bbc4 world cinema award"."""
    for match in _WON.finditer(sentence):
        part = sentence[: match.start()] if match.group("by") else sentence[match.end() :]
        if rarest and rarest in tokenize(part):
            return True
    return False


def winner_answer_words(words: str) -> str:
    """Return the words searched when the best passages name no winner: the question's, and
    a few words of winning (all of them would set the relevance floor by a passage holding
    many, over one that names a winner in one)."""
    return f"{words} {SEARCHED}"


def with_winner(
    index: Index,
    words: str,
    won: frozenset[str],
    ranked: Ranked,
    top: int,
    offset: int,
    filters: Filters | None,
) -> Ranked | None:
    """Return `ranked` when one of its hits names a winner of `won` (those first); else the
    passages that do and hold its rarest word and most of its weight, searched again with words
    of winning; None when none does."""
    named = winning_in_name(words)  # "champion" of "the champions league" names no winner
    years = naming_years(index, won)  # "the 2006 world cup": not the 2003 one's winners
    rarest = rarest_thing(index, won, words)
    weights = index.engine.idf(sorted(won))
    naming = [
        hit
        for hit in ranked.hits
        if names_winner(hit.passage, won, named, rarest, weights)
        and holds_years(hit.passage, hit.article, years)
    ]
    if naming:  # those naming a winner first, as "when" puts those with a date first
        ordered = naming + [hit for hit in ranked.hits if hit not in naming]
        return ranked if ordered == ranked.hits else _renumbered(ranked, ordered, offset)
    found = search(
        index,
        winner_answer_words(words),
        top,
        offset,
        filters=filters,
        only=_admits(index, won, named, years, rarest),
        subject=True,  # "world cup": not the Davis Cup's victory
        enough=offset + top + 1,
    )
    if found.hits:
        return _renumbered(found, found.hits, offset)
    # ... or a passage further down the best one's story ("X beat Y to win the award")
    return (
        story_page(
            index,
            words,
            ranked,
            lambda hit: (
                names_winner(hit.passage, won, named, rarest, weights)
                and holds_years(hit.passage, hit.article, years)
            ),
            top,
            filters,
        )
        if not offset
        else None
    )


def _renumbered(ranked: Ranked, hits: list[Hit], offset: int) -> Ranked:
    """Return `ranked` with `hits` in this order, ranked from offset + 1."""
    return replace(
        ranked, hits=[replace(hit, rank=rank) for rank, hit in enumerate(hits, start=offset + 1)]
    )


def _admits(
    index: Index, won: frozenset[str], named: frozenset[str], years: frozenset[str], thing: str
) -> Callable[[Passage], bool]:
    """Return the test of a passage holding the rarest word of `won` and HELD_SHARE of their
    weight (its title's words count), the `years` asked (`asked_years`), and a sentence naming
    a winner: "Martinez won her first title ... at the Volvo Women's Open in Pattaya" for "the
    womens tennis in pattaya", not "Spain's Davis Cup victory" for "the fa cup"."""
    weights = index.engine.idf(sorted(won))
    total = math.fsum(weights.values())
    rarest = max(weights, key=lambda term: (weights[term], term))

    def admits(passage: Passage) -> bool:
        held = held_terms(passage, won) | won.intersection(_title_terms(index, passage))
        share = math.fsum(weights[term] for term in held)
        if not (rarest in held and share >= HELD_SHARE * total):
            return False
        info = index.articles.get(passage.article_id) if years else None
        if years and (info is None or not holds_years(passage, info, years)):
            return False
        return names_winner(passage, won, named, thing, weights)

    return admits


def _title_terms(index: Index, passage: Passage) -> Sequence[str]:
    """Return the analysed terms of the passage's article title."""
    info = index.articles.get(passage.article_id)
    return article_title_terms(passage, info.title) if info else ()
