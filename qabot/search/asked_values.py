"""Values asked by name: "population of cameroon", "gordon strachan salary at southampton",
"release date of the da vinci code film", "name of roxy music's new album" are answered only
by a passage that gives one.

Passages about the subject that never give the value asked ("Cameroon says corruption cost it
$2m a month" for its population; Strachan turning down Portsmouth for his salary) were shown
as the answer, under a lead saying they match it. A value noun (`VALUE_NOUNS`: a salary, a
price, a budget, a share or rate, a result, a population, a date, a name) is asked when it
heads its phrase (the question's last word, or one before "of", "at", "when", a year...) or
follows "what" or "which" ("what price did X pay"), in a question that asks nothing else
first ("why", "how", "who", or "is ..." asking yes or no), and not in a clause of its own
("X share price drop after restating its 2004 results" asks of the drop, not the results).
It is given by a sentence holding another word of the question and words of its kind: a sum of
money, a percentage, a score, a number of people, a date; a name asked ("the name of X", "the
names of X", "what is X called", "the title of X") by a sentence holding the thing named (the
noun before a clause about it: "the drama that viewers steer", "the album Kevin Campbell tried
to block"), another word of the question and a name it does not write or a title in quotes.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from qabot.records import Passage
from qabot.search.asked_kinds import WHEN
from qabot.search.asked_sums import asks_rate, tells_rate
from qabot.search.clauses import clause_names, names_at
from qabot.search.hit_record import Hit
from qabot.search.sentence_terms import sentences_with_terms
from qabot.text import STOP_WORDS, TYPED_WORD, tokenize
from qabot.text.figures import MONEY
from qabot.text.lexicon import IRREGULAR_FORMS, MONEY_SENSES, VALUE_NOUNS, VALUE_SHOWN
from qabot.text.patterns import LazyPattern, lazy

# a question opening so asks a reason, a way, a person, a place or yes/no, not the value
_OTHER_ASKS = frozenset(
    "why how who whom whose where when is are was were do does did can could will would "
    "should has have had".split()
)
# words after a value noun that show it heads its phrase: "price of", "salary at", "price
# when it floated"
_AFTER_HEAD = frozenset("of for at in on from to when after before during since with by".split())
# words opening a clause of its own, whose nouns are no value asked: "share price drop after
# restating its 2004 results" asks of the drop
_CLAUSE_OPENERS = frozenset("after before while following because since until".split())
_WHICH = frozenset({"what", "which"})  # "what price did ...": the noun asked, whatever follows
_YEAR = lazy(r"(?:1[89]|20)\d\d")
_NEXT_WORD = lazy(r"\s?([^\W_]+)")  # the word right after a sum ("£350m stadium")
_KINDS: dict[str, LazyPattern] = {
    "money": MONEY,
    "share": lazy(
        r"\d[\d.]*\s?(?:%|per ?cent\b)|\b(?:half|a third|a quarter|two-thirds|three-quarters"
        r"|majority|minority)\b",
        re.IGNORECASE,
    ),
    "score": lazy(
        r"\b\d{1,3}\s?-\s?\d{1,3}\b|\b(?:won|win|wins|beat|beaten|drew|draw|lost|defeat|victory)\b",
        re.IGNORECASE,
    ),
    "population": lazy(
        r"\b(?:population|inhabitants)\b|\d[\d,.]*\s?(?:m|bn|million|billion)?\s(?:people"
        r"|residents|citizens)\b",
        re.IGNORECASE,
    ),
    "date": WHEN,
    # "what punishment did X get": a fine, a ban, a sentence ... ("is facing disciplinary
    # action", "would not detail what punishment" give none)
    "punishment": lazy(
        r"\b(?:fined?|fines|bann?(?:ed|s)?|suspended|suspensions?|sentenced?|jailed|prison"
        r"|imprisoned|imprisonment|docked|deducted|expelled|censured?|reprimand(?:ed)?"
        r"|warned|warning|struck off|disqualified|relegated)\b",
        re.IGNORECASE,
    ),
}
# words ending the phrase of the thing whose name is asked: a clause about it, or its maker
_AFTER_THING = frozenset("that which who whose where by".split())
_NAMING = frozenset(tokenize("called name named title"))  # words asking the name, not of the thing
_CALLED = lazy(r"\s*what(?:'s|’s| is| was| are| were)\s+(?P<thing>.+?)\s+called\W*$", re.I)
_PLURAL_NAMES = lazy(r"\b(?:name|title)s of\b", re.I)
_NAMED = lazy(
    r"\b(?:name|title)s? of\s+(?P<thing>.+?)\s*(?:\b(?:in|at|on|from|by)\b.*)?\W*$", re.I
)


@dataclass(frozen=True, slots=True)
class AskedValue:
    """A value a question asks by name, and the test of a passage that gives it."""

    noun: str  # as the lead names it: "the salary", "the name"
    about: frozenset[str]  # terms of the question's other words (one must share the sentence)
    pattern: LazyPattern | None  # words of its kind (None: the thing `named` is enough)
    named: frozenset[str] = frozenset()  # terms of the thing whose name is asked
    noun_terms: frozenset[str] = frozenset()  # terms of the value's own noun ("price")
    word: str = ""  # that noun as typed ("" for a name asked)
    # terms of nouns whose value a sum beside them is instead ("fine" for a salary asked)
    others: frozenset[str] = frozenset()
    kind: str = ""  # of VALUE_NOUNS ("money", "punishment")
    rate: bool = False  # asked for a span of time ("annual salary"): told so (`tells_rate`)

    def searched(self, question: str) -> str:
        """Return the words to search for passages giving the value: the question without
        the value's noun, which a passage giving it need not write ("paid £20,000 a week")."""
        if not self.word:
            return question
        rest = re.sub(rf"(?<!\w){re.escape(self.word)}(?!\w)", " ", question, count=1)
        return " ".join(rest.split())

    def given(self, passage: Passage) -> bool:
        """Return whether a sentence of `passage` gives the value: one holding a word of the
        question (the value's own noun too, in a passage about the rest: "their prices have
        been cut by £40" in one about the iPod) and words of the value's kind."""
        text = passage.text
        sentences = sentences_with_terms(passage)
        if self.pattern is None:  # the thing, a word asked of it, a name not asked
            return any(
                not self.named.isdisjoint(terms)
                and (not self.about or not self.about.isdisjoint(terms))
                and self._names_one(text[start:end])
                for start, end, terms in sentences
            )
        words = self.about
        if any(not self.about.isdisjoint(terms) for _, _, terms in sentences):
            words = self.about | self.noun_terms
        return any(
            not words.isdisjoint(terms)
            and (self.noun_terms & terms or not self.others & terms)
            and (not self.rate or tells_rate(text[start:end]))
            and any(
                self._of_it(text, found) and self._of_asked(text[start:end], found, start)
                for found in self.pattern.finditer(text, start, end)
            )
            for start, end, terms in sentences
        )

    def _names_one(self, sentence: str) -> bool:
        """Return whether `sentence` writes a name none of whose words the question asks (the
        name of the thing asked: "its new party, Veritas"), or a title in quotes."""
        asked = self.about | self.named
        return (
            "“" in sentence
            or '"' in sentence
            or any(not set(tokenize(word)) <= asked for _, word in names_at(sentence))
        )

    def _of_asked(self, sentence: str, found: re.Match[str], start: int) -> bool:
        """Return whether a punishment found may be told of the one asked: its clause names
        nobody, or the one asked after it ("fined Chelsea"), or before it with no one else
        named in full ("Novo of Rangers has been suspended" is no punishment of Rangers'
        Malcolm); other values are not held to this."""
        if self.kind != "punishment":
            return True
        at = found.start() - start
        names = names_at(sentence)
        named = set(clause_names(sentence, names, at, found.end() - start))
        asked = self.about | self.noun_terms
        before = [(where, word) for where, word in names if word in named and where < at]
        after = [word for where, word in names if word in named and where > at]
        if not named or any(set(tokenize(word)) <= asked for word in after):
            return True
        in_full = [  # two words side by side: a person's given name and surname
            f"{word} {other}"
            for (where, word), (next_at, other) in itertools.pairwise(before)
            if next_at == where + len(word) + 1
        ]
        return any(set(tokenize(word)) <= asked for _, word in before) and all(
            set(tokenize(name)) <= asked for name in in_full
        )

    def _of_it(self, text: str, found: re.Match[str]) -> bool:
        """Return whether a sum found may be the value asked: not one a noun right after it
        owns ("a £350m stadium", "$2m deal"), unless that noun is the one asked."""
        if self.pattern is not MONEY:
            return True
        after = _NEXT_WORD.match(text, found.end())
        if after is None:
            return True
        word = after.group(1)
        terms = set(tokenize(word))
        return (
            not word.isalpha()
            or not word.islower()
            or word in STOP_WORDS
            or not terms
            or bool(terms & (self.noun_terms | self.about))
        )


def asked_value(question: str) -> AskedValue | None:
    """Return the value `question` asks by name ("population of X", "what is X called"), or
    None."""
    if _asks_other(question):
        return None
    named = _CALLED.match(question) or _NAMED.search(question)
    if named is not None:
        thing = TYPED_WORD.findall(named.group("thing"))
        # "the tv drama that viewers steer by text", "the single by X and Y": the head is
        # the noun before the clause or the maker
        cut = next((at for at, word in enumerate(thing) if at and word.casefold() in _AFTER_THING),
                   None) or _clause_cut(thing)  # fmt: skip
        head = frozenset(tokenize(thing[cut - 1])) if thing else frozenset()
        rest = frozenset(tokenize(question)) - _NAMING - head
        # "the names of the two officials": more than one asked, each a name it does not write
        noun = "the names" if _PLURAL_NAMES.search(question) else "the name"
        return AskedValue(noun=noun, about=rest, pattern=None, named=head) if head else None
    asked = _value_noun(question)
    if asked is None:
        return None
    noun, kind = asked
    about = frozenset(tokenize(question)) - frozenset(tokenize(noun))
    pattern = _KINDS.get(kind)
    if pattern is None or not about:
        return None
    sense = MONEY_SENSES.get(noun.casefold())
    others = frozenset(
        term
        for other, its in MONEY_SENSES.items()
        if sense is not None and its != sense
        for term in tokenize(other)
    )
    return AskedValue(
        noun=f"the {VALUE_SHOWN.get(noun.casefold(), noun.casefold())}",
        about=about,
        pattern=pattern,
        noun_terms=frozenset(tokenize(noun)),
        word=noun,
        others=others - about,
        kind=kind,
        rate=asks_rate(question),
    )


# a clause's verb with no "that" before it: "the album X tried to block", "the film X was making"
_CLAUSE_VERBS = frozenset("is was are were has had have".split())
_PRONOUNS = frozenset("he she they it we i you".split())
_DETERMINING = frozenset("the a an his her its their".split())


def _clause_cut(thing: list[str]) -> int:
    """Return where the phrase of the thing named ends before a clause about it with no
    "that": its verb (a past form or "was") after a subject of one word (a pronoun, or after a
    determiner) or two ("the csi episode quentin tarantino directed": "episode"); else its
    length."""
    for at in range(2, len(thing)):
        low = thing[at].casefold()
        if not (low in _CLAUSE_VERBS or low.endswith("ed") or low in IRREGULAR_FORMS):
            continue
        one = thing[at - 1].casefold() in _PRONOUNS or thing[at - 2].casefold() in _DETERMINING
        start = at - 1 if one else at - 2
        if start >= 2:  # not "the newly elected mayor": a word before the subject heads it
            return start
    return len(thing)


def missing_value(question: str, hits: Sequence[Hit]) -> AskedValue | None:
    """Return the value `question` asks by name when no sentence of `hits` gives it, else None
    (also for questions asking no value)."""
    asked = asked_value(question)
    if asked is None or any(asked.given(hit.passage) for hit in hits):
        return None
    return asked


def _asks_other(question: str) -> bool:
    words = TYPED_WORD.findall(question)
    return not words or words[0].casefold() in _OTHER_ASKS


def _value_noun(question: str) -> tuple[str, str] | None:
    """Return the value noun heading a phrase of `question` and its kind, or None (the
    question asks nothing else first: `asked_value` has checked)."""
    words = TYPED_WORD.findall(question)
    for at, word in enumerate(words):
        if at and word.casefold() in _CLAUSE_OPENERS:
            return None  # "X share price drop after restating its results": not the results
        kind = VALUE_NOUNS.get(word.casefold())
        if kind is None or kind == "name" or (at and word[:1].isupper()):
            continue  # a capital inside a question: part of a name ("Price Waterhouse")
        after = words[at + 1].casefold() if at + 1 < len(words) else None
        if after is None or after in _AFTER_HEAD or _YEAR.fullmatch(after):
            return word, kind
        if at == 1 and words[0].casefold() in _WHICH:
            return word, kind  # "what price did X pay", "which fee ..."
    return None
