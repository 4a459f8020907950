"""Sentence subjects: where a masked paragraph's sentences are and who each is about (a step
inside `qabot.attribution.quotes`).

Sentence spans over a paragraph whose quoted words are masked (by
`qabot.attribution.quote_marks`, so sentence ends inside quotes are ignored), the words a
sentence's subject is made of up to its verb ("Donald Trump on Thursday ratcheted up ...":
Donald Trump), and short opening adverbials ("On Friday night, ..."), which are never speech.
"""

from __future__ import annotations

import itertools

from qabot.attribution.cues import ADJUNCT_START, CUE_WORDS
from qabot.attribution.quote_marks import MASK
from qabot.attribution.speaker_words import plural_of
from qabot.text.lexicon import (
    ADVERB,
    INTRO_OPENERS,
    MONTH_ABBREVIATIONS,
    PERSON_NOUNS,
    PRONOUNS,
    TITLE_ABBREVIATIONS,
    VERB_LIKE,
    is_capitalised,
    word_set,
)
from qabot.text.patterns import lazy

# compiled once: these run for every word of every article
_PAST = lazy(r"[a-z]+ed")
# "That's", "it's", "There’s": a pronoun and its verb
_CLITIC_VERB = lazy(r"(?i:that|it|there|here|what|who)['’]s")

_ABBREVIATIONS = (
    TITLE_ABBREVIATIONS
    | MONTH_ABBREVIATIONS
    | word_set("no u.s u.k u.n inc corp co ltd vs etc d.c")
)
# "[.!?][.!?]*" is "[.!?]+" that re can skip to in C (see qabot.text.sentences)
# The white space after an end is group 1 (looked at, not taken): the next sentence opens
# after it.
_SENTENCE_END = lazy(r"[.!?][.!?]*[\"”’')\]]*(?=(\s+)(?:[\"“‘'(\[]|[A-Z0-9]))")
# The same ends in a paragraph holding no "!" nor "?": each opens with a full stop, a literal
# re looks for with a plain loop in C, two to three times as fast as the character class.
_STOP_END = lazy(r"\.[.!?]*[\"”’')\]]*(?=(\s+)(?:[\"“‘'(\[]|[A-Z0-9]))")

# first words of a short opening adverbial ("On Friday night, ...", "Later, ..."), never speech
_ADVERBIAL_START = (ADJUNCT_START - {"this", "to"}) | {"however", "meanwhile"}
# ... and last words of one that counts time from a moment ("Minutes later", "Two days earlier")
_ADVERBIAL_END = frozenset("later earlier ago".split())


def is_adverbial(phrase: str) -> bool:
    """Return True for a short adverbial ("On Friday night", "In a statement", "Later",
    "Minutes later")."""
    words = phrase.split()
    return 0 < len(words) <= 4 and (
        words[0].casefold() in _ADVERBIAL_START or words[-1].casefold() in _ADVERBIAL_END
    )


def sentence_spans(masked: str) -> list[tuple[int, int]]:
    """Return sentence spans of a masked paragraph (never splitting inside a quote)."""
    spans, start = [], 0
    ends = _SENTENCE_END if "!" in masked or "?" in masked else _STOP_END
    for match in ends.finditer(masked):
        before = masked[start : match.start()].rsplit(None, 1)
        word = before[-1].casefold().lstrip('("“') if before else ""
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue
        spans.append((start, match.end()))
        start = match.end(1)  # after the white space: no copy of the rest of the paragraph
    if start < len(masked):
        spans.append((start, len(masked.rstrip())))
    return spans


# a clause set before the main one ("If Trump read it, Schwartz would have been surprised,
# telling Mayer ...": Schwartz), passed over like an opening phrase, its own verb and all
_CLAUSE_OPENERS = frozenset("if although though because unless whereas".split())
# conjunctions of time opening a clause of their own before the main one: its subject is not
# the sentence's ("When Roger Federer won the title, Hewitt shook his hand, saying ...":
# Hewitt), but a pronoun after the comma is mostly that subject ("When Jo Lee was a student,
# she studied under ...": Jo Lee)
_TIME_CLAUSES = frozenset("when once after before since until".split())
_OPENERS = INTRO_OPENERS | _CLAUSE_OPENERS
# prepositions opening a sentence's adverbial phrase, however long ("In a speech in X on ...")
_LONG_OPENERS = frozenset("In At On During After Before".split())


def subject_words(masked: str, s0: int, s1: int) -> tuple[list[str], str | None]:
    """Return the words a sentence's subject is made of, up to its verb, and that verb.

    An opening phrase that starts like an adverbial and ends at a comma is passed over when a
    subject and its verb follow ("Back in 1999, Mr. Trump expressed ..."; not "Jens
    Stoltenberg, the NATO chief, said", whose opening is a name).
    """
    words, verb = _opening_words(masked, s0, s1)
    comma = masked.find(",", s0, s1)
    if comma > s0 and masked[s0:comma].split()[-1:] in ([w] for w in _ADVERBIAL_END):
        # "Two days earlier, Jo Lee said ...": a time counted from a moment, then the subject
        after, after_verb = _opening_words(masked, comma + 1, s1)
        if after and after_verb is not None and len(masked[s0:comma].split()) <= 4:
            return after, after_verb
    if not words and masked[s0:s1].split()[:1] in ([w] for w in _LONG_OPENERS):
        # "In a victory speech in Westchester County on Tuesday night, Mr. Trump struck ...":
        # an opening phrase too long to read whole, passed over to its comma as a short one is
        words = masked[s0:s1].split()[:1]
    if not words or words[0].casefold() not in _OPENERS:
        return words, verb
    timed = verb is not None and words[0].casefold() in _TIME_CLAUSES
    if verb is not None and words[0].casefold() not in _CLAUSE_OPENERS and not timed:
        return words, verb
    start = s0
    for _ in range(
        3
    ):  # "Speaking in Salem, New Hampshire, Trump went after ...", "In X, Y, on Sunday, Z"
        comma = masked.find(",", start, s1)
        if comma < 0 or MASK in masked[start:comma]:
            break
        start = comma + 1
        after, after_verb = _opening_words(masked, start, s1)
        if not after:
            break
        if after_verb is None:  # "Trump went after Bush": a name, then a lower-case word
            names = list(itertools.takewhile(is_capitalised, after))
            if (
                names
                and len(names) < len(after)
                and after[len(names)].isalpha()
                and after[len(names)] not in {"and", "or", "of"}
            ):
                after, after_verb = names, after[len(names)]
        if after_verb is not None:
            opener = after[0]
            if is_capitalised(opener) or (opener.casefold() in PRONOUNS and not timed):
                return after, after_verb
            break
    return words, verb


_DASHES = frozenset("- -- – —".split())
_RELATIVES = (["who"], ["whose"], ["which"])


def _opening_words(masked: str, s0: int, s1: int) -> tuple[list[str], str | None]:
    """Return the words a sentence opens with up to its first verb-like word, and that word.

    A time after a name is no part of it ("Donald Trump on Thursday ratcheted up ...": Donald
    Trump, then "ratcheted")."""
    words: list[str] = []
    timed = False  # a name then "on Thursday", "last week": words up to the verb are passed over
    opening = masked[s0:s1].split()[:10]
    for index, word in enumerate(opening[:9]):
        bare = word.rstrip(",;:")
        if words and words[0].casefold() in PRONOUNS:  # "She then urges ...": the pronoun
            return words, bare if bare[:1].islower() else None
        if MASK in word:
            break
        if words and bare in _DASHES and opening[index + 1 : index + 2] in _RELATIVES:
            # "Mr X - who has been in jail - pleaded ...": an aside opens (not a dateline's
            # dash: "Washington (AFP) - Democrat Jo Fox has ...")
            return words, None
        if (
            word == bare
            and words
            and words[0].casefold() not in _NOT_SUBJECT_OPENERS - _JOINERS
            and _people_then(words, bare, opening[index + 1 : index + 3])
        ):
            # "Other CIA officers with no knowledge of the case chafed ... and said", "some
            # strategists fear that ... and warn": the plural noun of people ends the subject
            after = opening[index + 1]
            return [*words, bare], None if after in _PEOPLE_MODIFIERS else after
        if (
            bare[:1].islower()
            and (
                bare in VERB_LIKE
                or bare in CUE_WORDS
                or _PAST.fullmatch(bare)
                or (
                    bare.endswith("s")
                    and not bare.endswith(("ss", "'s", "’s"))  # "the prime minister's aide"
                    # "Speaking on his plans, X ...": a determiner or an adverb, no verb
                    and bare not in _ENDING_IN_S
                    and not bare.endswith("ous")
                    and words
                    # "in Cleveland his operatives forced": a noun after its determiner
                    and words[-1].casefold() not in _NOUN_DETERMINERS
                    # "For months, X has ...": an opening phrase's noun before its comma
                    and not (word != bare and words[0].casefold() in INTRO_OPENERS)
                    # "Tory delegates are gathering": a plural noun, then its verb
                    and opening[index + 1 : index + 2] != ["are"]
                    and opening[index + 1 : index + 2] != ["were"]
                    and opening[index + 1 : index + 2] != ["have"]
                    # "Israeli officials gave ...", "government officials played ...": a
                    # plural person noun, then its verb
                    and not (
                        words[0].casefold() not in _NOT_SUBJECT_OPENERS
                        and _plural_person(bare, word, opening[index + 1 : index + 2])
                    )
                )
                or (bare in IRREGULAR_PAST and words)  # "Romney went after Trump"
            )
        ):
            return words, bare
        if words and ADVERB.fullmatch(bare):  # "Donald Trump quickly took ..."
            return words, None
        if (
            bare == "who"
            and words
            and words[0].casefold() not in _NOT_SUBJECT_OPENERS
            and _plural_person(words[-1], words[-1], ["who"])
        ):
            return words, None  # "Central European leaders who opposed it have ...": people
        if (
            words
            and not timed
            and bare in _TIME_OPENERS
            and words[0].casefold() not in INTRO_OPENERS  # "Hours later, X went"
            and all(is_capitalised(w) for w in words)
        ):
            timed = True
        if not timed and not (words and bare in _SUBJECT_ADVERBS):  # "Mr Kennedy also used"
            words.append(bare)
        if word != bare:
            break
    return (words, None) if len(words) <= 8 and not timed else ([], None)


def _people_then(before: list[str], bare: str, following: list[str]) -> bool:
    """Return True when `bare` is a plural noun of people ("officers", "strategists") followed
    by a phrase on them ("with no knowledge", "at the bank") or by their verb and "that"."""
    if not plural_of(bare, PERSON_NOUNS) or not following:
        return False
    if "of" in before or any(_CLITIC_VERB.fullmatch(w) for w in before):
        return False  # "That's the consensus of experts in ...": the plural heads no subject
    after = following[0]
    return after in _PEOPLE_MODIFIERS or (
        following[1:] == ["that"] and after.isalpha() and after.islower()
    )


def _plural_person(bare: str, word: str, following: list[str]) -> bool:
    """Return True when `bare`, a word in -s, is people ("officials", "strategists") ending the
    subject: a verb, "who" or a comma follows it (not "X heads the team")."""
    if not plural_of(bare, PERSON_NOUNS) or not following:
        return False
    after = following[0]
    return (
        word != bare
        or after in _AFTER_PLURAL
        or _PAST.fullmatch(after) is not None
        or after in IRREGULAR_PAST
    )


# words that open a clause or phrase before the main one ("As voters went to the polls, X
# ...": not the sentence's subject)
_NOT_SUBJECT_OPENERS = _OPENERS | _TIME_CLAUSES | {"as", "while", "with", "like"}
# words after a plural subject that open its verb or a clause on it
_AFTER_PLURAL = (VERB_LIKE - {"not", "be", "been", "being"}) | {"who"}
# words opening a phrase on people after their plural noun ("CIA officers with no knowledge of
# the case", "analysts at the bank", "aides close to him")
_PEOPLE_MODIFIERS = frozenset("with at in from for close familiar inside across".split())
# words joining a sentence to the one before it, no clause of their own ("But some analysts")
_JOINERS = frozenset("but and so yet".split())
# past tenses that do not end in -ed, after a name: the verb that ends the subject
IRREGULAR_PAST = frozenset(
    """went took made gave got came put set kept left spent sent held brought thought wrote
spoke began felt found saw stood won lost met ran led hit cut drew threw struck sought fought
rose fell broke chose paid sold bought built heard became grew knew shook drove rode flew swore
wore tore rang drank swam fled slid spun taught caught dealt meant slept swept wept knelt
leapt lent dug clung flung stuck swung sprang shrank sank froze forgave forgot arose awoke
withdrew undertook upheld withheld overcame underwent understood stole ate hid sat
laid""".split()
)
# words ending in "s" that are no verb: "Speaking on his plans, X ..." (not "his" after "on")
_ENDING_IN_S = word_set(
    """his its this as us thus plus always perhaps whereas unless besides towards afterwards
upwards downwards onwards backwards sometimes nevertheless regardless"""
)
_NOUN_DETERMINERS = word_set("his her its their our my your the a an this these those")
# words between a subject and its verb that are no part of the subject
_SUBJECT_ADVERBS = frozenset("also even himself herself themselves itself too again".split())
# what may follow a name before its verb and is no part of it ("on Thursday", "last week")
_TIME_OPENERS = frozenset("on last this earlier later yesterday today tonight".split())
