"""Spelling: the words of a question no article holds, corrected when one letter is wrong.

BM25 quietly ignores a word no passage holds, so "tsunmai aid" was answered about aid and
"bitcoin price" about the price of tacos: the word that mattered most was dropped unseen. Each
such word is looked at once: when a word one edit away (a letter dropped, added, changed or two
swapped; the first letter kept) is in the archive, the question is searched with it and the
lead says so; when none is and the archive is large enough that a missing word is news, the
answer says that no article mentions it instead of answering the other words. A word typed
joined that the archive writes in two parts ("walmart") is read in its parts (`split_words`).
A long word with nothing one edit away may be a name typed by ear, two edits from the one the
passages best matching the question's other words write ("hantukova" beside "dubai quarter
final": "Hantuchova"). The word each correction is, `corrections` finds; this module picks
the words to correct and rewrites the question with them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from qabot.indexing import Index
from qabot.search.corrections import MIN_LETTERS, correction
from qabot.search.duplicates import held_terms
from qabot.search.name_respelling import respelled_names
from qabot.search.outlet_names import outlet_spans
from qabot.search.split_words import split_word, usual_splits
from qabot.search.written_forms import MIN_HOLDING
from qabot.search.written_forms import word_terms as word_terms  # many modules import it here
from qabot.text import TYPED_WORD
from qabot.text.lexicon import FEMALE_NAMES, MALE_NAMES, short_months
from qabot.text.lexicon.first_names import WORLD_FEMALE_NAMES, WORLD_MALE_NAMES

# longer words are no typo of a word (and their edits, 53 per letter each as long as the word,
# cost time and memory in the square of its length: 5,000 letters took gigabytes)
FIRST_NAMES = MALE_NAMES | FEMALE_NAMES | WORLD_MALE_NAMES | WORLD_FEMALE_NAMES
MAX_LETTERS = 40
# words looked at for a correction in one question: a message of hundreds of unknown words
# (pasted text, gibberish) must not cost a correction search each; the rest count as missing
MAX_LOOKED_AT = 10
# below this many passages a word no article holds may just be an everyday word the archive
# happens not to use ("situation"): only corrections apply; from here its absence is news
MISSING_MIN_PASSAGES = 1000
TOGETHER_READ = 20  # passages read for the corrections of side by side words held together
# a word weighing less than this share of the archive's rarest word's weight is an everyday
# word of it (`subject.COMMON_SHARE`, which imports this module): no context of a question
COMMON_SHARE = 0.35


@dataclass(frozen=True, slots=True)
class Spelling:
    """A question's words as searched: misspellings corrected, missing words named."""

    words: str  # the words with each correction made
    corrected: tuple[tuple[str, str], ...] = ()  # (as typed, as searched)
    missing: tuple[str, ...] = ()  # words no passage holds, with nothing close to them
    # (as typed, as searched): a word some passages hold, searched as most write it
    parted: tuple[tuple[str, str], ...] = ()
    # (as typed, as searched): a name of held words the archive writes with one letter other
    # ("Ashia Hanson" as "Ashia Hansen": `name_respelling`)
    renamed: tuple[tuple[str, str], ...] = ()


def check_spelling(
    index: Index, words: str, *, missing_from: int = MISSING_MIN_PASSAGES
) -> Spelling:
    """Return `words` with the words no passage holds corrected or named as missing (words
    of letters only from an archive of `missing_from` passages; numbers always)."""
    found = [(match, word_terms(match.group())) for match in TYPED_WORD.finditer(words)]
    terms = [term for _, analysed in found for term in analysed]
    if not terms:
        return Spelling(words)
    weights = index.engine.idf(terms)
    total = len(index.engine)
    parted = usual_splits(index, found, weights, total)
    renamed = respelled_names(index, [match for match, _ in found])
    if not parted and not renamed and all(weights.get(term) for term in terms):
        return Spelling(words)  # the common case: every word is in the archive
    # an outlet's name as typed ("jamaica gleaner") is no misspelling, even where no passage
    # holds its words: the search narrows to the outlet (`bare_outlets`), kept as typed
    named = outlet_spans(index.outlets, words)
    kept = {
        i
        for i, (match, _) in enumerate(found)
        if any(start <= match.start() and match.end() <= end for start, end in named)
    }
    parted = {i: word for i, word in parted.items() if i not in kept}
    renamed = {i: name for i, name in renamed.items() if i not in kept}
    rarest = math.log(1.0 + (total - MIN_HOLDING + 0.5) / (MIN_HOLDING + 0.5))
    common = COMMON_SHARE * math.log(1.0 + (max(total, 1) - 0.5) / 1.5)
    # the question's other words that say what it is about: a correction they stand beside
    # in a passage is the word meant, however few passages hold it
    context = [term for term in dict.fromkeys(terms) if weights.get(term, 0.0) >= common]
    better_of: dict[int, str] = {}  # the index of a word in `found` -> its correction
    missing: list[str] = []
    looked_at = 0
    for i, (match, analysed) in enumerate(found):
        word = _owner(match.group())  # "Velliquette's": the name is what is missing
        if i in kept or not analysed or all(weights.get(term) for term in analysed):
            continue
        if any(ch.isdigit() for ch in word):
            # a number no article has is missing, never "corrected"; letters typed joined to
            # one may be written apart ("bbc4": "BBC Four")
            apart = None if word.isdigit() else split_word(index, word)
            if apart is None:
                missing.append(word)
            else:
                better_of[i] = apart
            continue
        if short_months(word):
            continue  # "Oct-Dec 2004": months typed short, a date no article writes so
        if len(word) < MIN_LETTERS and word.isalpha() and _beside_a_name(index, found, i):
            missing.append(word)  # "nintendo wii": a name's short word no article writes
            continue
        if len(word) < MIN_LETTERS or not word.isalpha():
            continue
        if index.engine.search(list(analysed), 1):
            continue  # a word only titles hold ("Leyton" of "Mansfield 0-1 Leyton Orient")
        if len(word) > MAX_LETTERS or looked_at >= MAX_LOOKED_AT:
            missing.append(word)
            continue
        looked_at += 1
        beside = [term for term in context if term not in analysed]
        better = split_word(index, word) or correction(index, word, rarest, beside)
        if better == "":
            continue  # one edit from a common word ("whats"): filler, searched as it is
        if better is None:
            missing.append(word)
            continue
        better_of[i] = better
    typed = [_owner(match.group()) for match, _ in found]
    for i in [i for i in better_of if typed[i].casefold() in FIRST_NAMES]:
        if typed[i + 1 : i + 2] and typed[i + 1] in missing:  # "greta thunberg": no "great"
            missing.insert(missing.index(typed[i + 1]), typed[i])  # a name the archive lacks
            del better_of[i]
    for run in _side_by_side(sorted(better_of)):
        if not _held_together(index, [better_of[i] for i in run]):
            for i in run:  # "elon musk" is no "elton must": a name the archive lacks
                missing.append(typed[i])
                del better_of[i]
    corrected: list[tuple[str, str]] = []
    split: list[tuple[str, str]] = []
    names: list[tuple[str, str]] = []
    pieces: list[str] = []
    at = 0
    for i in sorted({**better_of, **parted, **renamed}):
        match = found[i][0]
        word = typed[i]  # "Blaire's" corrected is "Blair's"
        if i in renamed and i not in better_of and i not in parted:
            shown = renamed[i][1].split()[-1]  # "Hansen" of "Ashia Hansen"
            names.append(renamed[i])
        else:
            better = better_of.get(i) or parted[i]
            shown = better.capitalize() if word[:1].isupper() else better
            (corrected if i in better_of else split).append((word, shown))
        pieces += [words[at : match.start()], shown]
        at = match.start() + len(word)
    if total < missing_from:
        missing = [word for word in missing if any(ch.isdigit() for ch in word)]
    return Spelling(
        "".join(pieces) + words[at:], tuple(corrected), tuple(missing), tuple(split), tuple(names)
    )


def _beside_a_name(
    index: Index, found: list[tuple[re.Match[str], tuple[str, ...]]], at: int
) -> bool:
    """Return whether the word at `at` in `found` (a short one no article holds) is typed
    beside a word the archive writes as a name ("nintendo wii": "Nintendo"), so that the two
    are a name the archive lacks; a short word too far from every word of the archive to be
    corrected ("pls", "thx") is left alone elsewhere."""
    for near in (at - 1, at + 1):
        if 0 <= near < len(found) and len(found[near][1]) == 1:
            capital, holding = index.engine.capitalised(found[near][1][0])
            if 2 * capital > holding:
                return True
    return False


def _side_by_side(positions: list[int]) -> list[list[int]]:
    """Return the runs of two or more consecutive positions."""
    runs: list[list[int]] = []
    for at in positions:
        if runs and runs[-1][-1] == at - 1:
            runs[-1].append(at)
        else:
            runs.append([at])
    return [run for run in runs if len(run) > 1]


def _held_together(index: Index, corrections: list[str]) -> bool:
    """Return whether a passage among the TOGETHER_READ that best match the corrections of
    side by side words holds them all: two words typed wrong side by side are more often one
    name the archive lacks ("elon musk", read "elton must") than two typos ("mcdonnalds
    sponser", whose corrections an article writes together)."""
    terms = [term for word in corrections for term in word_terms(word)]
    return any(
        len(held_terms(passage, terms)) == len(set(terms))
        for passage, _ in index.engine.search(terms, TOGETHER_READ)
    )


def _owner(word: str) -> str:
    """Return `word` without a possessive ending ("Velliquette's", "Jones'"): a name no
    article holds is missing whether or not it is typed as an owner."""
    for ending in ("'s", "’s", "'", "’"):
        if word.endswith(ending) and word[: -len(ending)].isalpha():
            return word[: -len(ending)]
    return word
