"""Speech questions, first step: the record, and "who said ...?" questions read.

`parse_speech_question` (in `questions`) tries this reading first for a question opening
"who": "who said/likened/vowed ...", "who is quoted as saying ...", "who, visiting a library,
said ...", "who resigned, saying ...", and any verb reporting a clause ("who ruled there was
no case ...", "who couldn't understand why ..."). A role asked instead of "who" ("which
minister warned ...") is read in `which_said_questions`. This module also holds the
`SpeechQuestion` record; the tail readers both readings share are in `speech_topics`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from qabot.search.clause_verbs import (
    AUXILIARIES,
    backs_words,
    claims_that,
    is_adverb,
    is_negation,
    reports_clause,
)
from qabot.search.refused_words import refused_topic
from qabot.search.speech_topics import as_topic, tail_topic
from qabot.search.speech_verbs import is_speech_verb


@dataclass(frozen=True, slots=True)
class SpeechQuestion:
    """A question about who said what: "what did X say about Y?" or "who said Y?"."""

    kind: Literal["what_said", "who_said"]
    speaker: str | None  # None: "he"/"she" or no one named (a follow-up)
    topic: str | None  # everything after the verb (or the verb's object), as written
    followup: bool
    verb: str | None = None  # the verb as asked, case-folded ("likened", "tell")
    role: str | None = None  # "which <role> said ...": the role as written ("trust chairman")
    asked: str | None = None  # the verb and its tail for a lead line ("told the BBC about tax")


# what "what X said" reads after its name: a form no auxiliary takes before it
_NOT_BARE = frozenset("said says thinks thought".split())
_BARE = frozenset("say think".split())


def first_name_auxiliary(words: list[str]) -> bool:
    """Return whether "what Will Wright said ..." opens with a first name spelt as an
    auxiliary: "Will" capitalised before a capitalised word, with "said" (not "say", as
    "what will Wright say" has) after them, is the name's first word."""
    if len(words) < 4 or words[1].casefold() not in AUXILIARIES:
        return False
    if not (words[1][:1].isupper() and words[1][1:].islower() and words[2][:1].isupper()):
        return False
    verb = next((w.casefold() for w in words[3:] if w.casefold() in _NOT_BARE | _BARE), "")
    return verb in _NOT_BARE


# words between a name and its verb that are not part of the name ("what did X really say")
FILLERS = frozenset(
    "just really actually been ever once first then also later publicly privately "
    "previously recently originally even have has had to".split()
)
_REPORTED = frozenset("quoted reported heard cited recorded".split())
_REFUSALS = frozenset("refused declined failed unwilling reluctant refuses declines".split())

# "who wrote ..." asks for words written only with "that" or a verb of speech soon after it
# ("who wrote in his blog that the plan was dead", "who wrote to the watchdog claiming ...");
# otherwise for the author of a work ("who wrote harry potter", "who is writing the score")
_WRITING = frozenset("wrote writes write written writing".split())


def read_who_said(words: list[str], folded: list[str]) -> SpeechQuestion | None:
    """ "who said/likened/vowed ...", "who is quoted as saying ..."; None for a question not
    opening "who" (a role asked instead: `which_said_questions`)."""
    at = 1
    aside = _aside(words)
    if folded[0] == "who" and aside:
        return _with_aside(words, folded, aside)
    if folded[0] == "who":
        if folded[1:3] in (["was", "it"], ["is", "it"]) and folded[3:4] in (["that"], ["who"]):
            at = 4  # "who was it that said ...", "who is it who said ..."
        if len(folded) > at + 1 and folded[at] in {"is", "was", "were", "has", "had"}:
            rest = folded[at + 1 :]
            skip = 2 if rest[:1] == ["been"] and rest[1:2] and rest[1] in _REPORTED else 1
            if rest[skip - 1] in _REPORTED:
                at += 1 + skip
                while at < len(folded) and folded[at] in {"as", "saying", "having", "to", "have",
                                                          "said", "say", "that"}:  # fmt: skip
                    at += 1
                topic = as_topic(words[at:])
                return SpeechQuestion("who_said", None, topic, False, "said") if topic else None
            # "who was criticised over ...", "who has been told to ...": a passive asks whom the
            # words were about or to, not who spoke them
            been = 1 if rest[:1] in (["been"], ["being"]) else 0
            passive = folded[at] in {"is", "was", "were"} or (been and folded[at] != "is")
            verb = next((w for w in rest[been:] if not is_adverb(w)), "")
            if (
                passive
                and verb[-2:] in {"ed", "ld", "wn", "en", "id"}
                and is_speech_verb(verb, after_who=True)
            ):
                return None
        while at < len(folded) - 1 and (folded[at] in AUXILIARIES or folded[at] in FILLERS
                                        or is_adverb(words[at])):  # fmt: skip
            at += 1
        # "who declined to comment on the lawsuit": words refusing answer (`refused_words`);
        # "..., saying it was baseless" asks who said that (`then_said`)
        if (refused := refused_topic(words, folded, at)) and not then_said(words, folded, at):
            return SpeechQuestion("who_said", None, refused, False, folded[at])
        at = said_after_to(folded, at) or at
        if folded[at] in _WRITING and not any(
            f == "that" or is_speech_verb(f, after_who=True) for f in folded[at + 1 : at + 8]
        ):
            return None  # "who wrote harry potter", "who wrote about X": the author of a work
        if at < len(folded) and (
            is_speech_verb(folded[at], after_who=True)
            or claims_that(folded[at], folded[at + 1 :])
            or backs_words(folded[at], folded[at + 1 :])
        ):
            topic = tail_topic(words[at + 1 :])
            return SpeechQuestion("who_said", None, topic, False, folded[at]) if topic else None
        # "who couldn't understand why ...", "who ruled there was no proof ...": what a verb
        # reports a clause of is someone's view, which the news tells in their words
        told = at + 1 if at < len(folded) - 1 and is_negation(folded[at]) else at
        if told < len(folded) - 1 and reports_clause(folded[told], folded[told + 1 :]):
            topic = tail_topic(words[told + 1 :])
            return SpeechQuestion("who_said", None, topic, False, folded[told]) if topic else None
        return then_said(words, folded, at)
    return None


def said_after_to(folded: list[str], at: int) -> int | None:
    """Return where the speech verb after "to" is when the verb at `at` leads to it ("was
    pleased to announce ...", "was the first to say ...", "went on to warn ..."), else None;
    not "refused to comment", nor after a verb of speech ("was told to say ...")."""
    to = next((j for j in range(at, min(at + 4, len(folded) - 1)) if folded[j] == "to"), None)
    if (
        to is not None
        and not any(is_speech_verb(word, after_who=True) for word in folded[at:to])
        and is_speech_verb(folded[to + 1], after_who=True)
        and _REFUSALS.isdisjoint(folded[at:to])
    ):
        return to + 1
    return None


_ASIDE_WORDS = 12  # words an aside after "who," may run to before its closing comma


DASHES = frozenset("- – — --".split())


def _aside(words: list[str]) -> int:
    """Return where an aside after "who" ends (the index of its last word): "who, on hearing he
    was fined, compared ...", "who - speaking after the storm - said ...", "who (in an
    interview) said ..."; 0 when the question opens with none."""
    if words[0].endswith(","):
        first, mark = 1, ","
    elif len(words) > 2 and words[1] in DASHES:
        first, mark = 2, "-"
    elif len(words) > 2 and words[1].startswith("("):
        first, mark = 1, ")"
    else:
        return 0
    last = min(len(words) - 1, first + _ASIDE_WORDS)
    return next((j for j in range(first, last) if _closes(words[j], mark)), 0)


def _closes(word: str, mark: str) -> bool:
    """Return whether `word` ends an aside opened by `mark` (a comma, a dash, a bracket)."""
    return word in DASHES if mark == "-" else word.endswith(mark)


def _with_aside(words: list[str], folded: list[str], aside: int) -> SpeechQuestion | None:
    """ "who, visiting a library, said Y?": who said Y, read without the aside; the aside tells
    when or where the words were spoken, so it joins the topic (the quote's article tells of it,
    as the deed of "who resigned, saying ..." does)."""
    found = read_who_said(["who", *words[aside + 1 :]], ["who", *folded[aside + 1 :]])
    if found is None or found.topic is None:
        return found
    said = [word.strip("()") for word in words[1 : aside + 1] if word not in DASHES]
    return replace(found, topic=as_topic([*said, found.topic]))


# words joining a deed to words said at the time ("who stood by him while saying ...")
_MEANWHILE = frozenset("while whilst before after when".split())
_SAYING = frozenset("saying stating".split())
# deeds of being given words, not saying them: "who received a letter saying ..."
_RECEIVING = frozenset(
    "received receives got gets read saw heard found shown given handed".split()
)


def _received(folded: list[str], at: int, j: int) -> bool:
    """Return whether the deed before "saying" (folded[at:j]) is being given words: "who
    received a letter saying ...", "who was sent a note saying ..."."""
    passive = folded[at - 1] in {"is", "was", "were", "are", "been"} and folded[at] == "sent"
    return passive or not _RECEIVING.isdisjoint(folded[at:j])


def then_said(words: list[str], folded: list[str], at: int) -> SpeechQuestion | None:
    """ "who won the award and said she was stunned", "who resigned, saying he was tired": a
    deed, then words spoken. The deed says whom the words are by, so it is part of the topic
    (the quote's article tells of it) with the words said."""
    for j in range(at + 1, len(folded) - 1):
        joined = folded[j] in {"and", "but"}
        after_comma = words[j - 1].endswith(",") and folded[j].endswith("ing")
        # "who stood by him, while saying he was wrong", "who resigned before saying ..."
        meanwhile = folded[j] in _MEANWHILE and folded[j + 1].endswith("ing")
        # "who issued a statement saying ...", "who resigned saying ...": "saying" opens words
        # said with or without a comma (a "warning" or "calling" may be a noun's)
        # ("who received a letter saying ...", "who was sent a note saying ...": others' words)
        bare = folded[j] in _SAYING and not _received(folded, at, j)
        if not (joined or after_comma or meanwhile or bare):
            continue
        verb = j + 1 if joined or meanwhile else j
        while (
            joined
            and verb < len(folded) - 1
            and (folded[verb] in FILLERS or is_adverb(words[verb]))
        ):
            verb += 1  # "and then said", "and later told"
        if not is_speech_verb(folded[verb], after_who=True):
            continue
        said = tail_topic(words[verb + 1 :])
        if said is None:
            return None
        topic = as_topic([*words[at:j], said])
        return SpeechQuestion("who_said", None, topic, False, folded[verb]) if topic else None
    return None
