"""Questions of the form "what did X say (about Y)?": the verb after an auxiliary ("did",
"has", "is") read from its form, and the record a "what did X say" question makes, for
`questions` (which recognises the other forms: "X's view on Y", openings, follow-ups).

A speech verb after "did X" is the verb asked; a word before it is the speaker's, unless it is
a noun there ("the critic"), an -ing word after "did" ("liz yelling"), or an adverb.
"""

from __future__ import annotations

from qabot.search.clause_verbs import AUXILIARIES, is_adverb
from qabot.search.speech_topics import tail_topic
from qabot.search.speech_verbs import is_speech_verb, past_tense
from qabot.search.unspeaking_subjects import document_speaker, noun_after_adjective
from qabot.search.which_said_questions import names_a_person
from qabot.search.who_said_questions import FILLERS, SpeechQuestion
from qabot.text import STOP_WORDS
from qabot.text.lexicon import (
    IRREGULAR_VERBS,
    MASTHEAD_NOUNS,
    PAPER_FIRST_WORDS,
    first_name_gender,
)

_PRONOUNS = frozenset("he she they him her them it".split())
_HOW_VERBS = frozenset("describe react respond explain defend feel view see justify".split())
_SAY = frozenset("say says said saying".split())
# verbs of speaking with no object: "What X commented on Y" is no English, "What X said about Y" is
SPOKEN_ON = frozenset(
    "comment comments commented commenting speak speaks spoke spoken speaking talk talks talked "
    "talking".split()
)
# "what was said about Y", "what has been said about Y": a passive asks for anyone's words
PASSIVE = frozenset("was were is are has have had been being".split())
# words that open a tail read as it stands ("said after the vote"), not as "said about ..."
_JOINS = frozenset("after when in at to during before while as on about that if whether of over "
                   "regarding concerning".split())  # fmt: skip


# what a tail opens with after a verb asked about with "did X ...?": a time, read as it stands,
# or the preposition the verb takes, left out after "said about"
_WHEN_WORDS = frozenset("after when during before while as at in".split())
_TELL = frozenset("tell tells told telling".split())  # "did X tell reporters about Y" reads
_OBJECT_WORDS = frozenset("for over to with against of on about into from".split())


def what_asked(
    kind: str, speaker: list[str], tail: list[str], verb: str, yes_no: bool = False
) -> SpeechQuestion:
    """Return the "what did X say" record of a speaker's words, the tail after the verb and
    the verb, with the lead's wording of what was asked ("said after the vote")."""
    who = " ".join(speaker).strip(" ,\"“”'")
    pronoun = who.casefold() in _PRONOUNS
    topic = tail_topic(_bidden(verb, _to_the_press(tail) if verb in _TELL else tail))
    asked = past_tense(verb)
    if verb in _TELL and tail and not topic:  # "what did X tell reporters?": X's words
        asked += " " + " ".join(tail)
    if yes_no and verb not in _SAY | SPOKEN_ON | _TELL:
        # "did X criticise the budget?", "did X apologise for Y?": the answer is what X said
        # about it ("What X criticised the budget" is no English)
        first = topic.split()[0].casefold() if topic else ""
        if tail[:1] and tail[0].casefold() == "that":  # "did X warn that Y": what X said
            asked = "said"
        elif first in _WHEN_WORDS:  # "did X cry after the match": what X said after it
            asked = f"said {topic}"
        elif topic and first in _OBJECT_WORDS and len(topic.split()) > 1:
            topic = topic.split(maxsplit=1)[1]  # "apologise for Y": about Y
            asked = f"said about {topic}"
        else:
            asked = f"said about {topic}" if topic else "said"
    elif verb in SPOKEN_ON:  # "did X comment on Y", "has X spoken about Y": what X said about Y
        asked = "said"
        if topic:
            asked += (
                f" about {topic}"
                if tail[0].casefold() in {"on", "about"}
                else " " + (" ".join(tail))
            )
    elif topic and verb in {"react", "respond"}:
        asked += f" to {topic}"  # "how did X respond to Y": "What X responded to Y"
    elif topic:
        first = tail[0].casefold()
        asked += " " + (
            " ".join(tail) if first in _JOINS or verb not in _SAY else f"about {topic}"
        )
    return SpeechQuestion(
        "what_said", None if pronoun else who, topic, pronoun or kind == "else", verb, None, asked
    )


# whom nearly every word in the news is told: "told reporters about the budget" asks about the
# budget, and "reporters" would rank X's words by the sentences that say who heard them
_PRESS = frozenset(
    "reporters journalists press media newsmen correspondents newspapers papers".split()
)


def _to_the_press(tail: list[str]) -> list[str]:
    """Return the tail after "tell" without the press it names first ("reporters about Y",
    "the media that Y"): the topic is what follows."""
    at = 1 if tail[:1] and tail[0].casefold() == "the" else 0
    if at < len(tail) and tail[at].casefold().strip(",") in _PRESS:
        return tail[at + 1 :]
    return tail


# verbs bidding someone do something: "urging Tony Blair to do" asks what he should do
_BIDDING = frozenset(
    "urged asked told called pressed begged implored advised encouraged ordered instructed "
    "wanted challenged invited".split()
)


def _bidden(verb: str, tail: list[str]) -> list[str]:
    """Return the tail without the "to do" that ends "urging Tony Blair to do": the deed asked
    is what the words say; the topic a quote may name is the one bidden to do it (not "Amazon
    would have" of "predict Amazon would have to do")."""
    ending = [word.casefold() for word in tail[-2:]]
    if len(tail) > 2 and ending == ["to", "do"] and past_tense(verb) in _BIDDING:
        return tail[:-2]
    return tail


_BE = frozenset("is are was were".split())


def _participle(word: str) -> bool:
    """Return True for a past participle of a speech verb ("called", "told", "written")."""
    return word.endswith("ed") or (word in IRREGULAR_VERBS and word != IRREGULAR_VERBS[word])


_DETERMINERS = frozenset("the a an his her their its our my your this that".split())
_NOUN_BEFORE = _DETERMINERS | {"of"}


def _is_noun_here(before: str, *, after_possessive: bool = False) -> bool:
    """Return True when the word after `before` is a noun, not a verb: after a possessive
    (unless `after_possessive`, a body's name ending in one: "McDonald's say"), a
    determiner ("Empire's critic", "the critic" are people, not "criticise") or "of" ("what
    did the head of press say": the press is the role's, "say" the verb)."""
    possessive = not after_possessive and before.endswith(("'s", "’s", "s'"))
    return possessive or before.casefold() in _NOUN_BEFORE


# auxiliaries a verb follows in its plain form or participle ("did X say", "has X said"),
# never in its third-person form: "claims" after them is a noun
_DO_HAVE = frozenset("did do does has have had".split())
_DO = frozenset("did do does".split())
_READER = [["i"], ["we"], ["you"]]  # "how do i ...", "how can we ...": the one asking


def _third_person(word: str) -> bool:
    """Return whether `word` is a speech verb in its "-s" form ("claims", "says", "pushes")."""
    if not word.endswith("s") or word.endswith("ss"):
        return False
    return is_speech_verb(word[:-1]) or (word.endswith("es") and is_speech_verb(word[:-2]))


def _person_named(speaker: list[str]) -> bool:
    """Return whether `speaker` (folded) reads as a person's name, after whom a verb only "who"
    reads as speech asks for their words ("what did adnan shihab-eldin signal about ...?"),
    not a thing's showing ("what did the figures indicate?", "what did oil prices signal?"):
    two or three words, no determiner or other small word among them, the last no plural
    unless the first is a given name."""
    if not 2 <= len(speaker) <= 3 or any(w in STOP_WORDS or not w[:1].isalpha() for w in speaker):
        return False
    return first_name_gender(speaker[0]) is not None or not speaker[-1].endswith("s")


def _before_a_person(folded: list[str], at: int) -> bool:
    """Return whether the word after `at` is a noun for one person ("archivist", "minister";
    not "ministers": "what did X tell ministers they would say" tells them)."""
    after = folded[at + 1] if at + 1 < len(folded) else ""
    return not after.endswith("s") and names_a_person(after)


# nouns an -ing form of a speech verb makes a compound with, a thing and no act of speaking:
# "the asking price", "a speaking fee", "talking points", "a warning sign"
_ING_COMPOUNDS = frozenset(
    "price prices rent rents fee fees point points tour tours engagement engagements sign signs "
    "shot shots light lights label labels card cards".split()
)
# verbs of wanting: "what does X want (to do)", "does X want to leave" ask X's aims, which
# the stories report in their own words more often than in X's ("what does the union want")
_WANT = frozenset("want wants wanted wish wishes wished".split())
# what others are wanted to do with words told them: "what did X want voters to know"
_HEARING = frozenset("know hear understand realise realize learn".split())
_MAX_HEARERS = 5  # words naming those told, between "want" and "to know"
# verbs of a deal: "what did X and Y agree (on)" asks what was agreed, a deed the stories tell
_AGREE = frozenset("agree agrees agreed".split())
_REPORT = frozenset("report reports reported".split())


def _told_wish(folded: list[str], verb_at: int) -> bool:
    """Return whether "want" at `verb_at` wants others to know or hear something ("want
    voters to know", "wanted the committee to understand"): a wish of that kind is put in
    words to them, while "want to know" (no one between) is the speaker's own wish."""
    for at in range(verb_at + 2, min(len(folded) - 1, verb_at + 2 + _MAX_HEARERS)):
        if folded[at] == "to":
            return folded[at + 1] in _HEARING
    return False


def _no_speech(folded: list[str], verb_at: int, speaker: list[str]) -> bool:
    """Return whether the verb read is no speech asked about: X's aim ("want"), a deal
    ("agree"), a document's finding ("what did the inquiry conclude"), or a paper's report (a
    masthead's name, as `MASTHEAD_NOUNS` and `PAPER_FIRST_WORDS` tell: what a paper
    "reported" is what it printed, no one's quote)."""
    if folded[verb_at] in _WANT and _told_wish(folded, verb_at):
        return False  # "what did X want voters to know": what X told them
    if folded[verb_at] in _WANT | _AGREE or document_speaker(speaker):
        return True
    if folded[verb_at] not in _REPORT:
        return False
    named = [word.casefold() for word in speaker if word.casefold() not in _DETERMINERS]
    return bool(named) and (named[0] in PAPER_FIRST_WORDS or named[-1] in MASTHEAD_NOUNS)


def _verb_places(
    words: list[str], folded: list[str], at: int, *, after_possessive: bool
) -> list[int]:
    """Return where the speech verb asked may be, after the auxiliary at `at`; a word after a
    possessive only when `after_possessive`."""
    verbs = [
        i
        for i in range(at + 2, len(folded))
        if (
            is_speech_verb(folded[i])
            or (folded[0] == "how" and folded[i] in _HOW_VERBS)
            or (is_speech_verb(folded[i], after_who=True) and _person_named(folded[at + 1 : i]))
        )
        and not _is_noun_here(words[i - 1], after_possessive=after_possessive)
    ]
    # "the full report into X": a noun after "the" and an adjective, no one "reported"
    verbs = [i for i in verbs if not noun_after_adjective(words, at + 1, i)]
    if folded[at] in _DO_HAVE:  # "what has the IOC done about the doping claims": a noun
        verbs = [i for i in verbs if not _third_person(folded[i])]
    if folded[at] in _BE:  # "what is going to happen to the lira note": after "is" a verb
        # is an -ing form or a participle ("what is X saying", "what was X called by Y")
        verbs = [i for i in verbs if folded[i].endswith("ing") or _participle(folded[i])]
    verbs = [  # "what was the average asking price": a noun, no one asking
        i
        for i in verbs
        if not (folded[i].endswith("ing") and " ".join(folded[i + 1 : i + 2]) in _ING_COMPOUNDS)
    ]
    if folded[at] in _DO:  # "what did liz yelling say": after "did" an -ing word is a name's
        verbs = [i for i in verbs if not folded[i].endswith("ing")] or verbs
    return verbs


def read_what_did(words: list[str], folded: list[str]) -> SpeechQuestion | None:
    """ "what (else) did X say/tell/predict (TAIL)", "how did X describe TAIL"."""
    kind = "plain"
    at = 1
    if folded[0] in AUXILIARIES:  # "did X say anything about Y", "has X commented on Y"
        at = 0
    elif folded[0] == "what" and folded[1:2] == ["else"]:
        kind, at = "else", 2
    if at >= len(folded) or (folded[at] not in AUXILIARIES and folded[at] != "are"):
        return None  # "are" too: "what are analysts saying about Y"
    # a body whose name ends in a possessive ("what did McDonald's say"): with no verb left
    # besides, the word after it is the verb, not a noun ("Empire's critic")
    verbs = _verb_places(words, folded, at, after_possessive=False) or _verb_places(
        words, folded, at, after_possessive=True
    )
    clause = next(
        (i for i in range(at + 2, len(folded)) if folded[i] == "who" and words[i - 1][-1:] == ","),
        None,
    )  # "what did Ada Vale, who chairs the trust, say": the clause is about her, not the verb
    if clause is not None and any(i > clause for i in verbs):
        verbs = [i for i in verbs if i > clause and words[i - 1].endswith(",")] or verbs
    if len(verbs) > 1:
        # "what did the state archivist say": a verb's word before a noun for one person is
        # a word of the role ("state prosecutor", "report author"), when a verb follows
        verbs = [i for i in verbs[:-1] if not _before_a_person(folded, i)] + verbs[-1:]
    if not verbs:
        return None
    # a capitalised word is more likely part of a name ("Bob Hope") than the verb
    verb_at = next((i for i in verbs if not words[i][:1].isupper()), verbs[0])
    if (
        folded[at] in _BE
        and _participle(folded[verb_at])
        and verb_at == verbs[-1]
        and folded[verb_at + 1 : verb_at + 2] != ["by"]
    ):
        return None  # "what is X's book called?": a passive asks what X is, not X's words
    speaker = words[at + 1 : verb_at]
    if clause is not None and clause < verb_at:
        speaker = [*words[at + 1 : clause - 1], words[clause - 1].rstrip(",")]
    while speaker and (speaker[-1].casefold() in FILLERS or is_adverb(speaker[-1], speaker)):
        speaker = speaker[:-1]
    if speaker and all(word.casefold() in PASSIVE for word in speaker):
        speaker = ["people"]  # "what is being said about Y": what people said about Y
    if not speaker or len(speaker) > 9 or _no_speech(folded, verb_at, speaker):
        return None
    if folded[0] == "how" and [word.casefold() for word in speaker] in _READER:
        return None  # "how do i claim compensation": a way the reader asks for, no one's words
    tail = words[verb_at + 1 :]
    if (
        tail[:1]
        and tail[0].casefold() in {"to", "about"}
        and folded[verb_at] in {"react", "respond"}
    ):
        tail = tail[1:]  # fmt: skip
    return what_asked(kind, speaker, tail, folded[verb_at], yes_no=at == 0)
