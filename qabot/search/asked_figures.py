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
for the X trial"): stories count people of everything. The test of one sentence is
`figure_sentences`.
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
    takings_verb,
    tells_pay,
    tells_rate,
)
from qabot.search.clauses import NO_NAMES
from qabot.search.counted_alike import alike_counted
from qabot.search.figure_counts import (
    ANYONE,
    counted_words,
    names_counted,
    unheld_thing,
)
from qabot.search.figure_sentences import DIGITS, gives_figure, sum_of
from qabot.search.hit_record import Hit
from qabot.search.lacked_names import asked_name
from qabot.search.partial_match import listed, without_possessive
from qabot.search.sentence_terms import sentences_with_terms
from qabot.search.spelling import word_terms
from qabot.search.subject import everyday_weight
from qabot.search.wording import typed_runs
from qabot.text import TYPED_WORD, tokenize
from qabot.text.patterns import lazy

# "by how much did X rise", "to how many countries": a figure asked after a preposition too
_HOW_MANY = lazy(r"\s*(?:by |to |for )?how (?:many|much)\b", re.IGNORECASE)
_HOW_MUCH = lazy(r"\s*(?:by |to |for )?how much\b", re.IGNORECASE)
_ASKING = frozenset(tokenize("how many much"))
# words asking a sum, which any sum of the subject's answers: they alone tell not what it is of
_AMOUNT = frozenset(tokenize("cost costing price pay paid paying worth value spend spent charge"))


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
    # "how much did the film make": "make" frames the sum asked, as "much" does
    about = (
        frozenset(tokenize(question)) - _ASKING - frozenset(tokenize(takings_verb(question) or ""))
    )
    if not about:
        return None
    names = question_names(index, question)
    # "how much has X spent on the troops" asks an amount: "150,000 troops" counts them
    counted = about if _HOW_MUCH.match(question) else frozenset()
    many = frozenset() if counted else counted_words(question, about)
    # "how many staff": a figure of a thing named, whose sentence must name it (`names_counted`)
    thing = bool(many) and many != about
    if thing:  # "how many workers" over "8,000 staff": the thing in the passages' words
        many |= alike_counted(question, many, hits)
    unheld = unheld_thing(question, many if thing else frozenset(), hits)
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
    typed = frozenset(DIGITS.findall(question))  # "by 2012": no figure of what is asked
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
            if summed and told is None and sum_of(sentence, names, held):
                return None  # "joined the Gunners for £17m" for "how much did X cost Arsenal"
            around = held if summed else frozenset()  # (a sum paid: see `gives_figure`)
            counting = (counted, many)
            if gives_figure(
                sentence, terms, before, about, names, counting, told, typed, around, thing=thing
            ) and (
                not thing
                or names_counted(sentence, terms, question, many)
                # a count the sentence before names the thing of ("... of which 500 were")
                or gives_figure(
                    sentence,
                    terms,
                    before,
                    about,
                    names,
                    counting,
                    many,
                    typed,
                    around,
                    thing=thing,
                )
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
