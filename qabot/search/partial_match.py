"""Partial matches: which words of a question the best passages hold and which they lack.

The lead of an answer whose passages lack words weighing PARTIAL_SHARE of the question says so
('The best passages have “Vodafone” but not “profit”:'). When what they lack is a name (a thing
the question is about, not a word asked of it: "how much did google pay for skype" over
passages about Skype alone, "bird flu in norfolk" over bird flu elsewhere), they are about
something else: no passage answers, and the answer says so with `found` false.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from qabot.indexing import Index
from qabot.search.article_titles import article_title_terms
from qabot.search.asked_years import naming_years
from qabot.search.duplicates import held_terms, term_set
from qabot.search.hit_record import Hit
from qabot.search.lacked_names import (
    asked_name,
    closing_word,
    one_name,
    plural_initialism,
    written_in_story,
    written_otherwise,
)
from qabot.search.name_writing import written_as_a_name
from qabot.search.question_names import name_runs
from qabot.search.relevance import relevance_terms
from qabot.search.spelling import word_terms
from qabot.search.subject import everyday_weight
from qabot.search.word_forms import kin_forms
from qabot.search.wording import echo
from qabot.text import TYPED_WORD
from qabot.text import listed as text_listed
from qabot.text.lexicon import MONTHS, WEEKDAYS
from qabot.text.patterns import POSSESSIVE_END

# a lead says which words no passage shown holds when they weigh this share of the question
PARTIAL_SHARE = 0.3
PARTIAL_LEAD = "The best passages have "
HELD_NAMED = 0.5  # ... and names the words they hold weighing half the weightiest of them
_CALENDAR = frozenset(word.casefold() for word in (*MONTHS, *WEEKDAYS))


@dataclass(frozen=True, slots=True)
class Partial:
    """The question's words the passages hold (the weightiest) and those none holds."""

    has: tuple[str, ...]
    lacks: tuple[str, ...]

    def lead(self) -> str:
        """Return the lead line: 'The best passages have “Vodafone” but not “profit”:'."""
        return f"{PARTIAL_LEAD}{listed(list(self.has), 'and')} but not {self.not_held()}:"

    def not_held(self) -> str:
        """Return the words none holds, as a lead names them: “profit” or “loss”."""
        return listed(list(self.lacks), "or")


def question_weights(index: Index, words: str) -> dict[str, float]:
    """Return the idf of the question's relevance terms that weigh anything."""
    terms = relevance_terms(words)
    return {term: weight for term, weight in index.engine.idf(terms).items() if weight > 0}


def _held(
    weights: Mapping[str, float], hits: Sequence[Hit], mentioned: Collection[str]
) -> set[str]:
    """Return the question's weighed terms that `hits` hold, in a passage or its article's
    title, with those of names every hit `mentioned`."""
    held: set[str] = set(mentioned)
    for hit in hits:
        held.update(held_terms(hit.passage, weights))
        held.update(article_title_terms(hit.passage, hit.article.title))
    return held


def _add_kin(held: set[str], weights: Mapping[str, float], hits: Sequence[Hit]) -> None:
    """Add to `held` the terms asked that the hits hold in another form: "Chinese" holds
    "China", "overcrowded" holds "crowded", "MPs" holds "MP" (`kin_forms`)."""
    missing = [term for term in weights if term not in held]
    vocabulary = set().union(*(term_set(hit.passage) for hit in hits))
    for asked in kin_forms(missing, vocabulary).values():
        held.update(asked)


def partial_match(
    index: Index, words: str, hits: Sequence[Hit], mentioned: Collection[str] = ()
) -> Partial | None:
    """Return which words of the question no passage shown holds, when they weigh
    PARTIAL_SHARE of it ("how much profit did Vodafone make" over passages about Vodafone
    alone), or None when the passages hold the question's words (then they are its best
    matches). `mentioned`: terms of names every hit mentions, though perhaps by another word
    ("Mr Ghosn" for Carlos Ghosn)."""
    weights = question_weights(index, words)
    total = math.fsum(weights.values())
    held = _held(weights, hits, mentioned)
    held.update(hit.article.date[:4] for hit in hits if hit.article.date)  # a year asked
    absent = math.fsum(weight for term, weight in weights.items() if term not in held)
    if total <= 0 or absent < PARTIAL_SHARE * total:
        return None
    _add_kin(held, weights, hits)
    absent = math.fsum(weight for term, weight in weights.items() if term not in held)
    if absent < PARTIAL_SHARE * total:
        return None
    has: dict[str, float] = {}
    lacks: list[str] = []
    units: list[str] = []
    weighed: dict[str, list[str]] = {}  # words -> their weighed terms (a unit is read twice)

    def weighed_terms(text: str) -> list[str]:
        found = weighed.get(text)
        if found is None:
            found = weighed[text] = [term for term in word_terms(text) if term in weights]
        return found

    for unit in _units(words):
        inside = weighed_terms(unit)
        partly = any(term in held for term in inside) and not all(term in held for term in inside)
        units += TYPED_WORD.findall(unit) if partly else [unit]  # "Bronx" of "Gothamist Bronx"
    for word in units:
        analysed = weighed_terms(word)
        if not analysed:
            continue
        if all(term in held for term in analysed):
            has[word] = max(has.get(word, 0.0), math.fsum(weights[term] for term in analysed))
        elif len(word) > 1:  # a letter ("v" of "chelsea v arsenal") is no word a passage lacks
            lacks.append(word)
    if not has or not lacks:
        return None
    strongest = max(has.values())  # name the words that carry the passages, not "make"
    named = [word for word, weight in has.items() if weight >= HELD_NAMED * strongest]
    return Partial(tuple(named), tuple(lacks))


def unheld_name(
    index: Index, words: str, hits: Sequence[Hit], mentioned: Collection[str] = ()
) -> Partial | None:
    """Return the question's words the passages hold and a name of it none holds, however
    light beside the rest ("google share price 2010" over passages on PC prices by 2010 that
    never name Google): they are about something else. A name is a word the archive mostly
    writes with a capital (`written_as_a_name`) that is no everyday word of it, no month or
    weekday ("in november 2023" of a story dated then) and no part of a name the passages
    hold by another of its words ("Carlos" beside "Ghosn"). None when every name is held."""
    weights = question_weights(index, words)
    held = _held(weights, hits, mentioned)
    if held.issuperset(weights):
        return None
    _add_kin(held, weights, hits)
    common = everyday_weight(len(index.engine))
    typed = TYPED_WORD.findall(words)
    terms = [[term for term in word_terms(word) if term in weights] for word in typed]
    lacking = ""
    for at, written in enumerate(typed):
        if not terms[at] or all(term in held for term in terms[at]):
            continue
        word = without_possessive(written)  # "japan's" is Japan
        if not word.isalpha() or len(word) < 2 or word.casefold() in _CALENDAR:
            continue
        if max(weights[term] for term in terms[at]) < common:
            continue  # "uk": an everyday word of the archive, whatever its capital
        beside = [terms[i] for i in (at - 1, at + 1) if 0 <= i < len(typed)]
        if (
            any(near and all(term in held for term in near) for near in beside)
            and any(
                written_as_a_name(index, typed[i]) for i in (at - 1, at + 1) if 0 <= i < len(typed)
            )
            and one_name(index, hits, typed, at)
        ):
            continue  # "Carlos" of "Carlos Ghosn" where the passages write "Mr Ghosn"
        if _one_named(index, word) and not written_otherwise(word, hits):
            lacking = word
            break
    if not lacking:
        return None
    has = [
        word
        for at, word in enumerate(typed)
        if terms[at] and all(term in held for term in terms[at]) and word != lacking
    ]
    return Partial(tuple(dict.fromkeys(has)), (lacking,)) if has else None


def _one_named(index: Index, word: str) -> bool:
    """Return whether `word` names one thing (`asked_name`): not a plural the archive writes as
    an initialism's ("take over pcs": "PCs" are a kind of thing), nor a common last word of
    names (`closing_word`: "league" of "dutch league titles" names no league)."""
    return (
        asked_name(index, word)
        and not (word.endswith("s") and plural_initialism(index, word, typed_plural=True))
        and not closing_word(index, word)
    )


def without_possessive(word: str) -> str:
    """Return a typed word without its possessive ending ("japan's" -> "japan")."""
    return POSSESSIVE_END.sub("", word)


def partial_lead(index: Index, words: str, hits: Sequence[Hit]) -> str | None:
    """Return the lead of `partial_match` ('The best passages have “Vodafone” but not
    “profit”:'), or None."""
    partial = partial_match(index, words, hits)
    return partial.lead() if partial else None


def lacks_a_name(index: Index, words: str, partial: Partial, hits: Sequence[Hit] = ()) -> bool:
    """Return whether a word of the question `words` the passages lack is a name: typed in a
    run of names ("Aer Lingus"; not a capital that only opens the question), or one the
    articles mostly write with a capital (`written_as_a_name`: not where a sentence opens;
    "iPod" counts), so that the passages are about something else; not one `hits` write
    another way (`written_otherwise`: "agm" as "annual general meeting"), nor one their
    articles write elsewhere (`written_in_story`)."""
    typed = {word for run in name_runs(words) for word in run}
    for unit in partial.lacks:
        if naming_years(index, [unit]):
            named = True  # "the 2010 world cup": which one (not a year the archive is of)
        elif not any(map(str.isalpha, unit)) or written_otherwise(unit, hits):
            continue  # "2004", "3 goals": a year of its own time, a number written in words
        else:
            named = set(unit.split()) <= typed or _one_named(index, unit)
        # the story writes it further on: about what was asked (read last: every passage of
        # the hits' articles)
        if named and not written_in_story(index, unit, hits):
            return True
    return False


def borne_out(index: Index, words: str, corrections: Sequence[str], hits: Sequence[Hit]) -> bool:
    """Return whether a passage of `hits` holding a corrected word (`corrections`, as spelled
    in `words`) holds another word asked that is no everyday word of the archive (`subject`'s
    COMMON_SHARE): "how do i get my puppy to stop biting" read as "poppy" found a poppy in a
    game beside "get" alone, and a "tick bite" elsewhere: the correction is no word the question
    is about. True when no passage holds a corrected word (they may answer in other words:
    "$100" for "100 dolar")."""
    weights = question_weights(index, words)
    corrected = {term for word in corrections for term in word_terms(word)}
    common = everyday_weight(len(index.engine))
    telling = {term for term, weight in weights.items() if weight >= common} - corrected
    holding = False
    for hit in hits:
        held = held_terms(hit.passage, weights) | set(
            article_title_terms(hit.passage, hit.article.title)
        )
        if held & corrected:
            holding = True
            if held & telling:
                return True
    return not holding


def _units(words: str) -> list[str]:
    """Return the question's words in order, a run of capitalised words as one ("British
    Airways")."""
    spans = []
    for run in name_runs(words):
        at = words.find(" ".join(run))
        if at >= 0:
            spans.append((at, at + len(" ".join(run))))
    if not spans:
        return TYPED_WORD.findall(words)  # no name: each word is a unit (most questions)
    units = [(a, words[a:b]) for a, b in spans]
    units += [
        (m.start(), m.group())
        for m in TYPED_WORD.finditer(words)
        if not any(a <= m.start() < b for a, b in spans)
    ]
    return [unit for _, unit in sorted(units)]


def listed(words: list[str], joiner: str) -> str:
    """Return words as “a”, “b” and “c” (each once, quoted: `qabot.text.listed`)."""
    return text_listed([f"“{echo(word)}”" for word in dict.fromkeys(words)], joiner)
