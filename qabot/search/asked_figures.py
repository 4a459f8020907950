"""Figures asked: "how many X ...?" and "how much ...?" are answered only by a sentence that
gives a number of what the question names.

A passage about the subject beside a figure of something else was shown as the answer: "how
much fissile material does pakistan hold" over Russia's "90% of all fissile material" in a
passage that turns to Pakistan a sentence later, "how many of its patents has Microsoft made
freely available" over IBM's 500 in a passage that names Microsoft elsewhere. A figure answers
when its sentence holds a word of what the question asks a figure of (not only a name the
figure is told of: the sentence naming Buhecha beside his monthly takings gives no fine for "how
much was Buhecha fined"; `_told`) and, when the
question names things (words the archive writes as names, no everyday word of it, no
nationality), one of those names or a form of it ("Japanese" of Japan), or names nothing else
(the name is its passage's subject: "The show cost £9m"), or follows a sentence naming one
("He earns £30,000 a year from the law firm Tods Murray"): the figure is then of what the
question asks about, not of a neighbour the sentence names instead. A sum of money in a
sentence naming nothing else answers after a sentence holding a word of the question too:
"a lighter shaped like a fire extinguisher ... And if you're willing to part with $10.99,
it's yours!" gives its price, though the second sentence holds no word of "how much does it
cost". A question asking what something cost, paid or earned (or what compensation or damages
were awarded) takes a sum of money or a share:
passages holding neither ("replace more than 14 million power cables" for "how much is the
recall costing Microsoft") give none, nor does a count beside a sum elsewhere in its passage
("cancelling 100 flights" for "how much money did the flight chaos cost"); money asked by
name ("how much prize money") takes no share; a sum is told of one its passage names ("Bruvik
would have to pay ..." for "the napster.no student"). A year after "in", "the end of" ... or
in brackets is a time ("in 1999", "Airport (1968)"), no figure. "How many" counts what its
words after "how many" name: "six games" or "four times" count no fans or films (titles, though,
are counted as the times they were won: "has won the Open four times"), and passages
none of which names it ("how many fishing boats" over a story's people and banks) give none.
A sum of money counts none of the things asked ("a £2.5m annual budget" for "how many staff");
a number counting them answers beside the question's name or none ("six Nintendo GameBoys" for
"how many gameboys does X play"), though no other word of it stands there; "people" alone ties
no count to what is asked ("six million people have broadband" for "how many people signed up
for the X trial"): stories count people of everything.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qabot.indexing import Index
from qabot.search.asked_sums import (
    asks_money,
    asks_pay,
    asks_rate,
    asks_sum,
    holds_sum,
    money_senses,
    tells_pay,
    tells_rate,
)
from qabot.search.clauses import NO_NAMES, names_at
from qabot.search.figure_counts import (
    ANYONE,
    COUNT_WORDS,
    FIGURE,
    counted_words,
    counts,
    counts_asked,
    counts_other,
    no_figure,
    sum_spans,
    unheld_thing,
)
from qabot.search.figure_times import YEAR, tells_time
from qabot.search.hit_record import Hit
from qabot.search.lacked_names import asked_name
from qabot.search.partial_match import listed, without_possessive
from qabot.search.sentence_terms import sentences_with_terms
from qabot.search.spelling import word_terms
from qabot.search.subject import everyday_weight
from qabot.search.word_forms import kin_forms
from qabot.search.wording import typed_runs
from qabot.text import STOP_WORDS, TYPED_WORD, tokenize
from qabot.text.figures import MONEY
from qabot.text.patterns import lazy

# "by how much did X rise", "to how many countries": a figure asked after a preposition too
_HOW_MANY = lazy(r"\s*(?:by |to |for )?how (?:many|much)\b", re.IGNORECASE)
_HOW_MUCH = lazy(r"\s*(?:by |to |for )?how much\b", re.IGNORECASE)
_ASKING = frozenset(tokenize("how many much"))
# words asking a sum, which any sum of the subject's answers: they alone tell not what it is of
_AMOUNT = frozenset(tokenize("cost costing price pay paid paying worth value spend spent charge"))
_DIGITS = lazy(r"\d[\d,.]*\d|\d")  # a number's digits, without a unit or full stop after it
_NEXT = lazy(r"\s+([^\W\d_]+)")  # the word right after a figure ("were" of "Twelve were")
_BIG = lazy(
    r"\b(?:hundreds?|thousands?|millions?|billions?|dozens?|half|twice|double|triple)\b", re.I
)
# shares written out, an amount for "how much" ("one-third of the world's uranium"), no count
_SHARES = lazy(r"\b(?:one|two|three|four)[- ](?:thirds?|quarters?|fifths?|tenths?)\b", re.I)
# who tells a figure, not what it is of: "Scotland Yard said there had been 11 arrests", "...,
# said Mr Lane"
_NAMED = r"[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*"
_TELLER = lazy(rf"{_NAMED}\s+(?:said|says)\b|\b(?:said|says)\s+{_NAMED}")


def question_names(index: Index, question: str) -> dict[str, frozenset[str]]:
    """Return the terms of each name `question` asks about: a word the archive writes as a name
    (`asked_name`) that is no everyday word of it ("UK"), possessive or not ("japan's")."""
    common = everyday_weight(len(index.engine))
    names: dict[str, frozenset[str]] = {}
    for typed in TYPED_WORD.findall(question):
        word = without_possessive(typed)
        terms = word_terms(word)
        if not terms or not word.isalpha() or len(word) < 2 or word.casefold() in NO_NAMES:
            continue
        weights = index.engine.idf(terms)
        if max(weights.get(term, 0.0) for term in terms) < common:
            continue
        if asked_name(index, word):
            names[word] = frozenset(terms)
    return names


def missing_figure(index: Index, question: str, hits: Sequence[Hit]) -> str | None:
    """Return what a "how many/how much" question asks ("a figure for “Pakistan”") when no
    sentence of `hits` gives a number beside a word of it and, when it names something, one of
    its names (there or in the sentence before) or no other name, or ("a sum ...") when it
    asks what something cost, paid or earned and none of `hits` holds a sum of money or a
    share; else None (also for questions asking no figure)."""
    if not hits or not _HOW_MANY.match(question):
        return None
    about = frozenset(tokenize(question)) - _ASKING
    if not about:
        return None
    names = question_names(index, question)
    # "how much has X spent on the troops" asks an amount: "150,000 troops" counts them
    counted = about if _HOW_MUCH.match(question) else frozenset()
    many = frozenset() if counted else counted_words(question, about)
    unheld = unheld_thing(question, many if many != about else frozenset(), hits)
    if unheld:  # "how many fishing boats", "how much do tickets cost": none names them
        return unheld
    told = _told(index, question, about, names)
    noun = "a figure"
    sum_asked = asks_sum(question)
    money = asks_money(question)
    pay = asks_pay(question)  # "how much is X being paid": a sum told as pay

    def holds(text: str) -> bool:
        return holds_sum(text, money) and (not pay or tells_pay(text))

    if sum_asked and not any(holds(hit.passage.text) for hit in hits):
        hits, noun = [], "pay" if pay else "a sum"  # a count or a size is no cost
    asked_sense, other_sense = money_senses(about)
    typed = frozenset(_DIGITS.findall(question))  # "by 2012": no figure of what is asked
    rate = asks_rate(question)  # "how many a year": a figure told for a span of time
    for hit in hits:
        text = hit.passage.text
        before: frozenset[str] = frozenset()  # the terms of the sentence before
        sentences = sentences_with_terms(hit.passage)
        # a sum paid is told of one the passage names ("Bruvik would have to pay 100,000
        # kroner" for "the napster.no student"), a count of one the sentence names
        held = frozenset().union(*(terms for _, _, terms in sentences))
        for start, end, terms in sentences:
            sentence = text[start:end]
            if rate and not tells_rate(sentence):
                before = terms  # "a $1m payoff" for "how much a year"
                continue
            summed = sum_asked and holds(sentence)
            if sum_asked and not summed:
                before = terms  # "cancelled 100 flights" gives no cost
                continue
            if summed and other_sense and not terms & asked_sense and terms & other_sense:
                before = terms  # "a record profit of 30.6bn yen" gives no price
                continue
            if summed and told is None and _sum_of(sentence, names, held):
                return None  # "joined the Gunners for £17m" for "how much did X cost Arsenal"
            around = held if summed else frozenset()  # (a sum paid: see `_gives_figure`)
            if _gives_figure(
                sentence, terms, before, about, names, (counted, many), told, typed, around
            ):
                return None
            before = terms
    # a name typed whole is named whole: "for “Thierry Henry”", not "for “Thierry” or “Henry”"
    return noun if not names else f"{noun} for {listed(typed_runs(question, list(names)), 'or')}"


def _told(
    index: Index, question: str, about: frozenset[str], names: dict[str, frozenset[str]]
) -> frozenset[str] | None:
    """Return the words of `about` that tell what the figure is of, one of which its sentence
    must hold: not the names it is told of (a sentence naming Buhecha beside his monthly takings
    gives no fine for "how much was Buhecha fined"), in a form of its own too ("sold" of "sell");
    None (any word of `about`, as written) when, besides the words asking a sum ("cost", "pay":
    "joined for £17m" tells what a player cost), only everyday words of the archive are left
    ("how much is the new X")."""
    capitalised = (
        tokenize(word) for word in TYPED_WORD.findall(question)[1:] if word[:1].isupper()
    )
    # "how many people signed up for X": "six million people have broadband" counts people of
    # something else; the word for anyone tells not what the figure is of
    told = about.difference(*names.values(), *capitalised)
    told = told - ANYONE if told - ANYONE else told
    required = told - _AMOUNT  # (a word no article holds is no everyday one)
    weights = index.engine.idf(sorted(required))
    common = everyday_weight(len(index.engine))
    return told if any((weights.get(term) or common) >= common for term in required) else None


def _gives_figure(
    sentence: str,
    terms: frozenset[str],
    before: frozenset[str],
    about: frozenset[str],
    names: dict[str, frozenset[str]],
    counting: tuple[frozenset[str], frozenset[str]],
    told: frozenset[str] | None,
    typed: frozenset[str] = frozenset(),
    around: frozenset[str] = frozenset(),
) -> bool:
    """Return whether `sentence` (its `terms`; `before`, those of the sentence before) gives a
    figure of what the question asks `about`: beside a word of what it is of (`told`) and one
    of its `names` or no other name; or a sum of money, naming nothing else, after a sentence
    holding a word of it ("a lighter shaped like a fire extinguisher. And if you're willing to
    part with $10.99, it's yours!"), or a count with no noun of its own (`_bare_count`), which
    counts what the sentence before names; a count with its own noun there may be of anything
    ("Three film studios are ..."). A count of one of the things `counted` is no figure
    (`_holds_figure`), nor is a number the question writes itself (`typed`: "how many users
    are forecast by 2012" over "as far away as 2012"). The name may be in `around` too (the
    passage's terms, for a sum paid)."""
    if not _holds_figure(sentence, counting, typed):
        return False
    named = not names or any(_names(name, terms | before | around) for name in names.values())
    many = counting[1]
    if named and many != about and counts_asked(sentence, many):
        return True  # "six Nintendo GameBoys" for "how many gameboys ...": what is counted
    if _holds(told, about, terms):
        return named or not _names_another(sentence, about)
    return (
        _holds(told, about, before)
        and named
        and (MONEY.search(sentence) is not None or _bare_count(sentence))
        and not _names_another(sentence, about)
    )


def _sum_of(sentence: str, names: dict[str, frozenset[str]], held: frozenset[str]) -> bool:
    """Return whether `sentence` gives a sum of money in a passage (its terms `held`) naming
    one of `names`, for a sum asked with no word of what it is but names ("how much did X cost
    Arsenal"): told in the story's words ("joined the Gunners for £17m")."""
    if MONEY.search(sentence) is None:
        return False
    return not names or any(_names(name, held) for name in names.values())


def _bare_count(sentence: str) -> bool:
    """Return whether `sentence` holds a count with no noun of its own, which counts what the
    sentence before names ("Dozens of boats sank in the storm. Twelve were never found.",
    "... of which 500 were sold"): not "Three film studios", a count of studios."""
    for pattern in (FIGURE, COUNT_WORDS):
        for found in pattern.finditer(sentence):
            if YEAR.fullmatch(found.group().rstrip(".,")):
                continue  # "... in 2004." counts nothing
            after = _NEXT.match(sentence, found.end())
            if after is None or after.group(1).casefold() in STOP_WORDS:
                return True
    return False


def _holds_figure(
    sentence: str, counting: tuple[frozenset[str], frozenset[str]], typed: frozenset[str]
) -> bool:
    """Return whether `sentence` holds a number, other than a count of one of the things
    `counted` (the question's words, when it asks "how much": "150,000 troops" tells how many
    troops, not how much was spent on them), a count of a thing none of `many` names (the
    question's words, when it asks "how many": "two initiatives" for "how many numbers") or a
    day of the month ("on 16 February" counts nothing). A share written out ("one-third of")
    answers "how much" (`counted` set), never "how many"."""
    counted, many = counting
    if counted and _SHARES.search(sentence):  # "how much": a share is an amount of it
        return True
    # "how many staff": a sum of money ("a £2.5m annual budget") counts none of them
    sums = sum_spans(sentence, many)
    for pattern in (FIGURE, _BIG, COUNT_WORDS):
        for found in pattern.finditer(sentence):
            if tells_time(sentence, found, count=bool(many)):
                continue  # "in 1999", "on 16 February": when, not how many
            if any(start <= found.start() < end for start, end in sums):
                continue
            digits = _DIGITS.match(found.group())
            if digits is not None and digits.group() in typed:
                continue
            if (many and counts_other(sentence, found, many)) or no_figure(
                sentence, found, count=bool(many)
            ):
                continue
            if not counted or not counts(sentence, found, counted):
                return True
    return False


def _names_another(sentence: str, asked: frozenset[str]) -> bool:
    """Return whether `sentence` writes a name the question does not ask of ("IBM"), in any
    clause: "They name Russia as the holder of gravest concern, with 90% of all fissile
    material" gives Russia's share, its figure in a clause of its own. Who tells the figure
    ("Scotland Yard said there had been 11 arrests") names no other thing it is of."""
    tellers = [found.span() for found in _TELLER.finditer(sentence)]
    return any(
        not set(tokenize(word)) <= asked
        for at, word in names_at(sentence)
        if not any(start <= at < end for start, end in tellers)
    )


def _names(name: frozenset[str], terms: frozenset[str]) -> bool:
    """Return whether a sentence's `terms` hold a name, or a form of it ("japanes")."""
    return name <= terms or bool(kin_forms(sorted(name), set(terms)))


def _holds(told: frozenset[str] | None, about: frozenset[str], terms: frozenset[str]) -> bool:
    """Return whether a sentence's `terms` hold a word of `told` or a form of it ("sold" of
    "sell"), or with `told` None a word of `about`."""
    if told is None:
        return not about.isdisjoint(terms)
    return not told.isdisjoint(terms) or bool(kin_forms(sorted(told), set(terms)))
