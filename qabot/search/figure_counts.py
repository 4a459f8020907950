"""What a number in a sentence counts: the word after it ("150,000 Russian troops"), which tells
whether it is a figure of what a "how many/how much" question asks (`asked_figures`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from qabot.attribution import plural_of, singular
from qabot.search.asked_sums import priced_thing
from qabot.search.duplicates import term_set
from qabot.search.hit_record import Hit
from qabot.search.partial_match import listed
from qabot.search.word_forms import kin_forms
from qabot.text import STOP_WORDS, tokenize
from qabot.text.figures import MONEY
from qabot.text.lexicon import (
    GROUPS_AND_BODIES,
    LIST_JOINERS,
    PERSON_NOUNS,
    PERSONAL_TIES,
    PLAYER_NOUNS,
    SPEAKING_GROUPS,
    UNNAMED_PEOPLE,
)
from qabot.text.patterns import lazy

# a number standing as one, with a unit or an ending at most ("£9m", "1.2bn", "6ft", "3rd"):
# not the digits of a name ("2d3", "MP3", "7E7")
FIGURE = lazy(r"(?<![^\W\d_])\d[\d,.]*(?:[^\W\d_]{1,3})?(?![^\W_])")
# counts written out ("three people")
COUNT_WORDS = lazy(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|a third|a quarter)\b",
    re.IGNORECASE,
)
# the word a figure counts: the next, or the one after a word between ("150,000 Russian troops")
COUNTED_WORD = lazy(r"[^\w.;:]{1,3}([^\W\d_]+)(?:[^\w.;:]{1,2}([^\W\d_]+))?")
_CURRENCIES = frozenset("$£€¥")
# the words after "how many" that may name what it counts ("how many skilled immigrants")
_COUNTED_AFTER = lazy(r"\s*(?:by |to |for )?how many((?:\s+[\w'’-]+){1,5})", re.IGNORECASE)
# verbs that end the words counted and are no stop words ("how many would ...")
_MODALS = frozenset("would could might may must shall".split())
ANYONE = frozenset(tokenize("people persons"))  # counted under any noun: no word to ask
# what a sale is counted in, of any product ("sold 1.6 million copies" counts the albums asked,
# "3.9 million units" the cars): a count of them counts the thing asked
_ANY_GOODS = frozenset(tokenize("copies units"))
# what "how many" may count in money ("how many dollars"): a sum is then a count of it
_CURRENCY_TERMS = frozenset(tokenize("dollars pounds euros yen rupees rupiah pence cents"))
# the words after a count's noun, a compound one word ("226 distributed denial-of-service attacks")
_AFTER = lazy(r"(?:[^\w.;:]{1,3}[^\W\d_]+(?:[-–][^\W\d_]+)*){1,3}")
# a number joined to the next ("42-6 victors", "10-15 people"): a score or a range, of the
# thing after the second
_JOINED_NUMBER = lazy(r"[-–]\d[\d,.]*(?<![.,])")
_SHARE_OF = lazy(r"\s+(?:of|the|a|an|its|their|his|her|all|that|this|as)\b", re.IGNORECASE)
_HYPHEN = lazy(r"[-–]")  # "three-day", "100-member": the compound counts its own word
# things won, which a story counts as the times they were won ("has won the Open four times",
# "a four-time champion")
_WON_THINGS = frozenset(tokenize("title titles championship championships crown crowns trophy"))
_TIMES = frozenset(tokenize("time times"))
# endings of nouns for those who do something ("customers", "visitors", "patients"), and "ss"
_DOERS = ("ss", "ers", "ors", "ists", "ants", "ents", "ians")
# a plural, and an owner after it in a counted phrase (`counted_phrase`)
_PLURAL = lazy(r"[^\W\d_]+[^\W\d_s]s")  # "smokers"; not "boss", nor an owner ("Blair's")
# an owner of its own ("unison's"); not a plural's ("workers'"), which after a noun is the head
# of one phrase with it: "how many bus passengers' complaints", "arms dealers' licences"
_OWNER = lazy(r"[^\W\d_]+['’]s")
# the lexicon's nouns for people, one or many ("voter", "listener", "daughter", "agent"); not
# those for a group or a body ("states", "teams"), whose count is of groups
_PEOPLE = (
    PERSON_NOUNS
    | (SPEAKING_GROUPS - GROUPS_AND_BODIES)
    | PLAYER_NOUNS
    | PERSONAL_TIES
    | frozenset(UNNAMED_PEOPLE)
)
# how much of a counted phrase's meaning (`SentenceVectors.covered`) a sentence holds when it
# names the thing in other words: in the development "how many" questions, sentences giving
# the count asked in words of their own cover it 0.55-0.72 ("number one" for "number ones",
# "ballot envelopes" for "voters"), figures of a neighbour 0.20-0.28 ("37,000 files" for
# "staff", "3%" of a bank's shares for "branches", "31,000 pupils" in earlier sweeps for
# "truants" in the sixth)
COUNTED_ALIKE = 0.45
# words after a number that make it a size or a share, not a count of a thing ("10 days" and
# "four times" count days and times: no figure of the films or fans asked)
_MAGNITUDES = frozenset("hundred thousand million billion trillion".split())  # of a count
_NO_THINGS = frozenset("hundred thousand million billion trillion bn m k per cent percent".split())


def _amount(sentence: str, figure: re.Match[str], words: bool = False) -> bool:
    """Return whether `figure` is a sum of money or has a unit ("£9m", "6ft", "1.7%"); a
    number written in letters ("two") has none, unless not `words` (as `counts` reads it)."""
    at = figure.end()
    unit = sentence[at - 1 : at].isalpha() and (not words or figure.group()[:1].isdigit())
    if unit or sentence[at : at + 1] == "%":
        return True
    return sentence[max(0, figure.start() - 2) : figure.start()].strip() in _CURRENCIES


def counts(
    sentence: str, figure: re.Match[str], counted: frozenset[str], words: bool = False
) -> bool:
    """Return whether `figure` counts one of `counted`: its next word, or the one after a word
    between ("150,000 Russian troops"); not a sum of money or a figure with a unit ("£9m",
    "6ft", "1.7%"), which is an amount whatever follows ("£5,000 on troops"). With `words`, a
    number written in letters counts too ("six Nintendo GameBoys")."""
    amount = _amount(sentence, figure, words=words)
    following = None if amount else COUNTED_WORD.match(sentence, figure.end())
    if following is None:
        return False
    first, second = following.groups()
    if set(tokenize(first)) & counted:
        return True
    return (
        second is not None
        and first.casefold() not in STOP_WORDS
        and bool(set(tokenize(second)) & counted)
    )


def counts_other(sentence: str, figure: re.Match[str], asked: frozenset[str]) -> bool:
    """Return whether `figure` counts a thing none of the `asked` terms names: a word after it,
    written in lower case, no stop word and no size or share ("two initiatives" for "how many
    premium rate numbers"), neither it nor the three words after it a word asked or a form of
    one ("100 lawsuits against operators" may count the operators). A compound is one word
    ("226 distributed denial-of-service attacks" counts attacks) and a size word is passed
    over ("3 million retail customers" counts customers); copies and units, what any product
    sold is counted in ("sold 1.6 million copies"), may be the thing asked ("albums"), and a
    plural for people ("12 million viewers") the people asked."""
    if _amount(sentence, figure, words=True):
        return False
    joined = _JOINED_NUMBER.match(sentence, figure.end())  # "42-6 victors": read the second
    following = COUNTED_WORD.match(sentence, joined.end() if joined else figure.end())
    if following is not None and following.group(1).casefold() in _MAGNITUDES:
        following = COUNTED_WORD.match(sentence, following.end(1))  # "3 million customers"
    if following is None:
        return False
    first = following.group(1)
    if not first.islower() or first in STOP_WORDS or first in _NO_THINGS:
        return False
    terms = set(tokenize(first))
    if terms & ANYONE:  # "109,000 people" may be the staff or fans asked
        return False
    if terms & _ANY_GOODS:  # "sold 1.6 million copies" may be the albums asked
        return False
    if terms & asked and asked & ANYONE and _things(first):
        return True  # "forty-two films" for "how many people went to the film festival"
    if terms & _TIMES and asked & _WON_THINGS:
        return False  # "has won the Australian Open four times": four titles
    if not terms or terms & asked or kin_forms(sorted(asked), terms):
        return False
    if _HYPHEN.fullmatch(sentence[figure.end() : following.start(1)]):
        return True  # "a three-day Elvis convention" counts days, a size of what follows
    if asked & ANYONE and _someone(first) and not joined and not _joined_after(sentence, figure):
        return False  # "12 million viewers" may be the people asked; "42-6 victors" a score
    after = _AFTER.match(sentence, following.end(1))  # "100 lawsuits against operators"
    return not set(tokenize(after.group() if after else "")) & asked


def _joined_after(sentence: str, figure: re.Match[str]) -> bool:
    """Return whether `figure` is the second of two numbers joined by a dash ("6" of "42-6
    victors"): a score or a range, not a count of its own."""
    at = figure.start()
    return at >= 2 and sentence[at - 1] in "-–" and sentence[at - 2].isdigit()


def _someone(word: str) -> bool:
    """Return whether `word` is a plural noun for people ("viewers", "residents", "fans"): a
    count of them is a count of the people asked ("how many people watched"), whatever it
    calls them. Known only by the lexicon's nouns for people: an ending ("-ers", "-ors") is
    no sign of one, as many things share it ("two quarters", "numbers", "computers")."""
    folded = word.casefold()
    if len(folded) < 4 or not folded.endswith("s") or folded.endswith("ss"):
        return False
    # or a plural in "-es" of a noun for a person ("coaches", "actresses"), not of one for a
    # body of them ("businesses", "presses": bodies, whose count is no count of people)
    return bool({folded, singular(folded)} & _PEOPLE) or plural_of(folded, PERSON_NOUNS)


def _things(word: str) -> bool:
    """Return whether `word` is a plural of things, no noun for people ("films"; not "fans",
    "officers", "customers", "patients", nor a verb: "800,000 live in Kibera")."""
    folded = word.casefold()
    if len(folded) < 4 or not folded.endswith("s") or folded.endswith(_DOERS):
        return False
    return folded not in PERSON_NOUNS and not plural_of(folded, PERSON_NOUNS)


def no_figure(sentence: str, figure: re.Match[str], count: bool = False) -> bool:
    """Return whether `figure` is no figure of anything: a number written out with a capital
    inside its sentence, before a word with one, is of a name ("the Six Nations", "Channel
    Five News"); with `count` (a count asked), "half" before no word of what it is a share of
    is a part of a match or a pitch ("the second half", "in their own half"), where "fell by
    half" tells how much."""
    word = figure.group()
    if count and word.casefold() == "half":
        return _SHARE_OF.match(sentence, figure.end()) is None
    if not word[:1].isupper() or not word.isalpha() or not sentence[: figure.start()].strip():
        return False
    following = COUNTED_WORD.match(sentence, figure.end())
    return following is not None and following.group(1)[:1].isupper()


def counted_phrase(question: str) -> list[str]:
    """Return the words after "how many" that name what it counts, up to a stop word, a modal
    verb or a word not of letters, "and"/"or" between them passed over ("how many jobcentres
    and social security offices"; "how many premium rate numbers has BT blocked"); none when
    the question asks no count or names nothing ("how many of the 12 jurors"). A possessive
    after a plural opens a phrase of its own: "how many smokers unison's members ..." counts
    smokers, not Unison (an owner comes before what it owns: "how many children's books"); a
    plural's possessive is one phrase with the noun before it ("bus passengers' complaints")."""
    found = _COUNTED_AFTER.match(question)
    if found is None:
        return []
    words: list[str] = []
    for word in found.group(1).split():
        folded = word.casefold()
        if folded in LIST_JOINERS:
            continue
        if folded in STOP_WORDS or folded in _MODALS or not word[:1].isalpha():
            break
        if words and _PLURAL.fullmatch(words[-1]) and _OWNER.fullmatch(word):
            break
        words.append(word)
    return words


def names_counted(
    sentence: str, terms: frozenset[str], question: str, many: frozenset[str]
) -> bool:
    """Return whether `sentence` (its `terms`) names what a "how many" question counts (`many`,
    its `counted_phrase`'s terms): one of them or a form of it, "times" for titles won ("has
    won the Open four times"), people (who may be the staff or fans asked), or words alike in
    sense, the counted phrase's meaning covered COUNTED_ALIKE at least ("ballot envelopes" for
    "voters", "went to number one" for "number ones"). A sentence naming none gives a figure of
    a neighbour, however many other words of the question it holds ("37,000 files" at the
    "Department of Work and Pensions" for "how many staff will X have working for him")."""
    if not many.isdisjoint(terms) or kin_forms(sorted(many), set(terms)):
        return True
    if many & _WON_THINGS and terms & _TIMES:
        return True
    if terms & ANYONE:  # "The mill employs 40 people" may count the staff asked
        return True
    # read on first use, as ranking by meaning does: the table loads once a process
    from qabot.text.sentence_vectors import sentence_vectors

    phrase = " ".join(counted_phrase(question))
    return sentence_vectors().covered(phrase, sentence) >= COUNTED_ALIKE


def counted_words(question: str, about: frozenset[str]) -> frozenset[str]:
    """Return the terms of what a "how many" question counts (`counted_phrase`: "fans" of
    "how many fans were at the X v Y game": "six games" counts games, a word asked of the
    match, not its fans); all of `about` for "how many people", which stories count as "fans",
    "viewers", "Britons", or when it asks no count."""
    terms = frozenset(term for word in counted_phrase(question) for term in tokenize(word))
    if not terms or terms & ANYONE:
        return about
    return terms


def unheld_thing(question: str, many: frozenset[str], hits: Sequence[Hit]) -> str | None:
    """Return what a figure is asked of ("a figure: none of them has “boats”") when no passage
    of `hits` names it (`held_by_none`): what a "how many" question counts (`many`, its
    `counted_phrase`'s terms) or what "how much does X cost" prices (`priced_thing`); else
    None."""
    if many and held_by_none(many, hits):
        return f"a figure: none of them has {listed(counted_phrase(question), 'or')}"
    priced = priced_thing(question)
    if priced and held_by_none(frozenset(tokenize(priced)), hits):
        return f"a figure: none of them has “{priced}”"
    return None


def held_by_none(terms: frozenset[str], hits: Sequence[Hit]) -> bool:
    """Return whether no passage of `hits` holds one of `terms` (what a "how many" question
    counts, or what a price is asked of), in any form: "how many fishing boats did X lose"
    over passages of its people and its banks gives no count of boats, whatever figures they
    hold, nor does "how much do tickets for X cost" over X's budget give a price of tickets."""
    held: set[str] = set()
    for hit in hits:
        held |= term_set(hit.passage)
    return terms.isdisjoint(held) and not kin_forms(sorted(terms), held)


def counts_asked(sentence: str, many: frozenset[str]) -> bool:
    """Return whether a number of `sentence` counts one of `many` (what a "how many" question
    counts, when it names a thing: "six Nintendo GameBoys")."""
    return any(
        counts(sentence, found, many, words=True)
        for pattern in (FIGURE, COUNT_WORDS)
        for found in pattern.finditer(sentence)
    )


def sum_spans(sentence: str, many: frozenset[str]) -> list[tuple[int, int]]:
    """Return where `sentence` writes sums of money ("£2bn", "300 euros"), which count none of
    the things a "how many" question counts (`many`: "a £2.5m annual budget" for "how many
    staff"); none when it asks no count, or a count of money itself ("how many dollars")."""
    if not many or many & _CURRENCY_TERMS:
        return []
    return [found.span() for found in MONEY.finditer(sentence)]
