"""Capitals as a reader types them, read only where they tell a name.

The question reader finds a word typed with a capital only as a name ("Swift", not "swift
action"), and most questions are typed in lower case, where names are found by how the archive
writes them. Capitals that say nothing of names would then narrow a question to names the
archive does not hold: every word capitalised ("Lemony Snicket Opening Weekend Box Office"),
every letter ("WHAT DID BLAIR SAY"), or a common word given a capital mid-sentence ("the
Government", "a call Centre", "the Judge"); even a capital on a little first word alone kept a
question from being read as typed in lower case ("Was nick griffin found guilty"). Such a
question is read as typed in lower case; where capitals are the only clue to a name (a word
the archive does not hold, or one it mostly writes with a capital, or a word alone before a
speech verb a letter off a quoted person's surname: "what did Holes say" of Kelly Holmes)
they stay.
"""

from __future__ import annotations

import itertools
import re

from qabot.indexing import Index
from qabot.search.misspelt_names import off_a_quoted_surname
from qabot.search.speech_verbs import is_speech_verb
from qabot.search.wording import shouted
from qabot.text import tokenize
from qabot.text.lexicon import MASTHEAD_OPENINGS, first_name_gender
from qabot.text.lexicon.other_languages import english_words, folded, other_language_words
from qabot.text.name_pairs import pair_key
from qabot.text.patterns import lazy

TITLE_WORDS = 3  # words of letters a question typed all in capitals or Title Case has at least
NAMED_SHARE = 0.75  # of the passages holding a word, those writing it with a capital: a name
HELD = 5  # passages holding a word before how the archive writes it tells anything
# a word as typed: letters, with an apostrophe, hyphen or dot inside ("o'neill", "wi-fi")
_WORD = lazy(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*")
# what may stand between two words of one run of capitalised words
_JOIN = lazy(r"\s+(?:(?:of|de|van|von|da|del|du|der|le|la|&|and)\s+)?")


def as_typed_plainly(index: Index, question: str) -> str:
    """Return `question` with the capitals that tell no name in lower case: the first letter
    of a little word ("Was", "How") when no other is a capital (a phone gives every question
    one), all of them in a question typed in Title Case or all in capitals (a word typed all in
    capitals keeps them in Title Case: "FSA", "UK"), and a run of capitalised words when no
    word of it is one the archive mostly writes with a capital or holds too rarely to tell
    ("the Government", "the High Court"; not "Taylor Swift", nor "Cormac Tiernahan")."""
    if not any(c.isupper() for c in question[1:]):
        # no capital, or only the first (a phone's): "Was nick griffin found guilty" is asked
        # as "was nick griffin found guilty" is; a first word of weight may be a name
        # ("Keller on the budget")
        first = _WORD.match(question)
        if first is not None and first.group()[0].isupper() and not tokenize(first.group()):
            return question[:1].lower() + question[1:]
        return question
    words = list(_WORD.finditer(question))
    if len(words) >= TITLE_WORDS and shouted(question):
        return question.lower()
    if len(words) >= TITLE_WORDS and all(w.group()[0].isupper() for w in words):
        return _lowered(question, words, keep_initialisms=True)
    runs = _runs(question, words)
    if any(_half_capitalised(index, question, run, words) for run in runs):
        # "paul Meyers", "did andy Murray win Wimbledon": capitals that miss a name's half
        # are no clue to names; read as the question typed in lower case is
        return _lowered(question, words, keep_initialisms=True)
    lowered: list[re.Match[str]] = []
    for run in runs:
        if len(run) == 1 and run[0].start() == words[0].start():
            continue  # the first word alone: a capital opens every sentence
        if any(_tells_a_name(index, word.group()) for word in run):
            lowered += _loose_ends(index, question, run)
            continue
        if len(run) == 1 and _speaker_alone(index, run[0], words):
            continue  # "what did Holes say": Kelly Holmes misspelt, not holes in the ground
        if len(run) > 1 and run[0].group() in MASTHEAD_OPENINGS:
            continue  # "the Daily Planet": a paper's name, whatever the archive holds
        lowered += run
    return _lowered(question, lowered) if lowered else question


def names_as_typed(index: Index, question: str, topic: str, lead: str) -> str:
    """Return `lead` echoing `topic` (a piece of `question` as read, a Title Case question's
    capitals lowered) with the capitals the reader typed on the words the archive mostly
    writes with one: "says “Gordon Brown should quit”" of "Who Said Gordon Brown Should
    Quit". An echo names a name as it is written, and a common word as a sentence would; a
    question typed all in capitals is echoed in lower case (`wording.echo`)."""
    if not topic or shouted(question) or len(question.lower()) != len(question):
        return lead
    at = question.lower().find(topic.lower())
    typed = question[at : at + len(topic)] if at >= 0 else topic
    if typed == topic:
        return lead
    parts: list[str] = []
    end = 0
    for word in _WORD.finditer(typed):
        keep = word.group()[0].isupper() and _tells_a_name(index, word.group())
        parts += [topic[end : word.start()], word.group() if keep else topic[slice(*word.span())]]
        end = word.end()
    shown = "".join(parts) + topic[end:]
    return re.sub(rf"(?<!\w){re.escape(topic)}(?!\w)", lambda _: shown, lead)


def _runs(question: str, words: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """Return the runs of side by side words typed with a capital (a connector such as "of"
    may join two: "Bank of America")."""
    runs: list[list[re.Match[str]]] = []
    for word in words:
        if not word.group()[0].isupper():
            continue
        last = runs[-1][-1] if runs else None
        if last is not None and _JOIN.fullmatch(question, last.end(), word.start()):
            runs[-1].append(word)
        else:
            runs.append([word])
    return runs


def _tells_a_name(index: Index, word: str) -> bool:
    """Return whether a capital on `word` may be the only clue to a name: the archive mostly
    writes it with a capital, holds it in fewer than HELD passages, or it is typed all in
    capitals ("IOC", "FSA": an initialism, whatever case the archive gives it)."""
    if len(word) > 1 and word.isupper():
        return True
    terms = tokenize(word)
    if not terms:
        return False  # a stop word ("How Big is ...")
    if len(terms) != 1:
        return True  # a word of several terms ("Wi-Fi"): left as typed
    capital, holding = index.engine.capitalised(terms[0])
    return holding < HELD or 2 * capital > holding


def _loose_ends(index: Index, question: str, run: list[re.Match[str]]) -> list[re.Match[str]]:
    """Return the words at either end of a run naming something that tell no name (see
    `_tells_a_name`) and that no passage writes with a capital beside the run's next word
    ("Lufthansa Recommending", "Captaining Wales", "the Savoy Renovation"): a common word
    the reader gave a capital beside a name is no part of it ("the High Court", "Royal
    Mail", written so, stay; so do a first name and a word a connector joins: "Bank of
    England")."""
    start, end = 0, len(run)
    outlet_pairs = {
        pair_key(a, b)
        for outlet in index.outlets
        for a, b in itertools.pairwise(outlet.name.split())
    }

    def loose(word: re.Match[str], inner: re.Match[str], pair: tuple[str, str]) -> bool:
        gap = question[min(word.end(), inner.end()) : max(word.start(), inner.start())]
        return (
            gap.isspace()
            and not _tells_a_name(index, word.group())
            and first_name_gender(word.group()) is None  # "Anders Thorvaldsen"
            and pair_key(*pair) not in outlet_pairs  # "the Harbour Gazette": an outlet's
            and not index.engine.may_write_as_name(*(_unowned(w) for w in pair))
        )

    while end - start > 1 and loose(
        run[end - 1], run[end - 2], (run[end - 2].group(), run[end - 1].group())
    ):
        end -= 1
    while end - start > 1 and loose(
        run[start], run[start + 1], (run[start].group(), run[start + 1].group())
    ):
        start += 1
    return run[:start] + run[end:]


def _unowned(word: str) -> str:
    return word.removesuffix("'s").removesuffix("’s")


def _half_capitalised(
    index: Index, question: str, run: list[re.Match[str]], words: list[re.Match[str]]
) -> bool:
    """Return whether `run` is part of a name the reader typed half in lower case: a word
    typed in lower case stands right beside it (a space between) that the archive writes as a
    name ("paul Meyers", "the bt Openzone boss"), or the run is a first name alone and the
    word after it one neither the archive nor a lexicon holds, a surname ("Steve ballmer";
    not "Jon Pell biopic", a name whole, nor "the Zembla boss"). The reader's capitals then
    tell nothing a lower-case reading would not (which finds the names of people quoted, and
    misspelt ones), and read as typed they split one name in two."""
    at = words.index(run[0])
    before = words[at - 1 : at]
    after = words[at + len(run) : at + len(run) + 1]
    given = len(run) == 1 and first_name_gender(run[0].group()) is not None
    beside = [(w, question[w.end() : run[0].start()], False) for w in before]
    beside += [(w, question[run[-1].end() : w.start()], given) for w in after]
    return any(
        word.group().islower()
        and gap.isspace()
        and not is_speech_verb(word.group())  # "what did Orrick say": no half of his name
        and _named(index, word.group(), surname)
        for word, gap, surname in beside
    )


def _named(index: Index, word: str, surname: bool) -> bool:
    """Return whether the archive writes `word` as a name, with a capital in NAMED_SHARE of
    the passages holding it ("paul", "andy"; not "university", often of a name), or, where
    it may be a `surname`, whether nothing tells it is no name: neither the archive nor a
    lexicon (English words, other languages' common ones) holds it ("eskelund")."""
    terms = tokenize(word)
    if len(terms) != 1:
        return False
    capital, holding = index.engine.capitalised(terms[0])
    if holding:
        return capital >= NAMED_SHARE * holding
    known = english_words() | other_language_words()
    return surname and folded(word) not in known and terms[0] not in known


def _speaker_alone(index: Index, word: re.Match[str], words: list[re.Match[str]]) -> bool:
    """Return whether a capitalised `word` alone stands where a speaker does, before a speech
    verb, and is a letter off a quoted person's surname: "what did Holes say" asks Kelly
    Holmes, though the archive writes "holes" ("send Home", "Bill" of a law stay words)."""
    after = [w for w in words if w.start() >= word.end()][:1]
    return (
        bool(after)
        and is_speech_verb(after[0].group())
        and off_a_quoted_surname(index, word.group())
    )


def _lowered(question: str, words: list[re.Match[str]], keep_initialisms: bool = False) -> str:
    """Return `question` with `words` in lower case (but for those typed all in capitals, of
    two letters or more, with `keep_initialisms`)."""
    parts: list[str] = []
    at = 0
    for word in words:
        text = word.group()
        keep = keep_initialisms and len(text) > 1 and text.isupper()
        parts += [question[at : word.start()], text if keep else text.lower()]
        at = word.end()
    return "".join(parts) + question[at:]
