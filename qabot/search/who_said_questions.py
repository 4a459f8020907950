"""Speech questions, first step: the record, and "who said ...?" questions read.

`parse_speech_question` (in `questions`) tries this reading first for a question opening
"who", "which" or "what <role>": "who said/likened/vowed ...", "who is quoted as saying ...",
"which minister warned ...". It also holds the `SpeechQuestion` record; the tail readers
both readings share are in `speech_topics`.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace
from typing import Literal

from qabot.search.speech_topics import ABOUT, as_topic, tail_topic
from qabot.search.speech_verbs import is_speech_verb, is_stance_verb
from qabot.text.lexicon import (
    HONORIFICS,
    IRREGULAR_VERBS,
    OCCUPATIONS,
    ROLE_NOUNS,
    TITLE_WORDS,
    VIEW_NOUNS,
    first_name_gender,
)


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


AUXILIARIES = frozenset("did does do has have had was is were would will might could".split())
# words between a name and its verb that are not part of the name ("what did X really say")
FILLERS = frozenset(
    "just really actually been ever once first then also later publicly privately "
    "previously recently originally even have has had to".split()
)
_REPORTED = frozenset("quoted reported heard cited recorded".split())
_REFUSALS = frozenset("refused declined failed unwilling reluctant refuses declines".split())
_PERSON_NOUNS = ROLE_NOUNS | OCCUPATIONS | frozenset("person man woman politician".split())
# ... and the words for those who speak that "what <word> said ...?" asks who of, as "what
# economist said ..." does: "what critic said ...", "what company warned ..."
_SPEAKER_NOUNS = _PERSON_NOUNS | frozenset(
    "critic pundit reviewer commentator observer insider company firm bank group union club "
    "team party charity organisation agency".split()
)


def _names_one(word: str, nouns: frozenset[str] = _PERSON_NOUNS) -> bool:
    """Return whether `word` is one of `nouns` or its plural ("ministers", "bosses"); a word
    ending in "ss" is its own singular ("boss", "actress"), not the "bo" of stripping its s's."""
    return (
        word in nouns
        or (word.endswith("s") and word[:-1] in nouns)
        or (word.endswith("es") and word[:-2] in nouns)
    )


_ASKING_WHAT = frozenset("are is were was have has had do does did".split())
# "who wrote ..." asks for words written only with "that" or a verb of speech soon after it
# ("who wrote in his blog that the plan was dead", "who wrote to the watchdog claiming ...");
# otherwise for the author of a work ("who wrote harry potter", "who wrote about X")
_WRITING = frozenset("wrote writes write written".split())


def read_who_said(words: list[str], folded: list[str]) -> SpeechQuestion | None:
    """ "who said/likened/vowed ...", "who is quoted as saying ...", "which minister said ..."."""
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
        # "who was pleased to announce ...", "who was the first to say ...", "who went on to
        # warn ...": the speech verb after "to"; but not "who refused to comment"
        to = next((j for j in range(at, min(at + 4, len(folded) - 1)) if folded[j] == "to"), None)
        if (
            to is not None
            and not is_speech_verb(folded[at], after_who=True)
            and is_speech_verb(folded[to + 1], after_who=True)
            and _REFUSALS.isdisjoint(folded[at:to])
        ):
            at = to + 1
        if folded[at] in _WRITING and not any(
            f == "that" or is_speech_verb(f, after_who=True) for f in folded[at + 1 : at + 8]
        ):
            return None  # "who wrote harry potter", "who wrote about X": the author of a work
        if at < len(folded) and (
            is_speech_verb(folded[at], after_who=True)
            or _claims_that(folded[at], folded[at + 1 : at + 2])
            or _backs_words(folded[at], folded[at + 1 : at + 1 + _VIEW_WORDS])
        ):
            topic = tail_topic(words[at + 1 :])
            return SpeechQuestion("who_said", None, topic, False, folded[at]) if topic else None
        return _then_said(words, folded, at)
    # "which Throgs Neck resident said ...", "what chief economist warned ..."; but "what are
    # analysts saying about ...", "what have fans said ..." ask what they said
    if folded[0] == "what" and folded[1] in _ASKING_WHAT:
        return None
    # "which rugby star who had a transplant said ...": the clause after "who" tells of the
    # speaker, as a deed does (`_then_said`); its verbs are not the question's
    clause = next((j for j in range(2, min(len(folded), 8)) if folded[j] in _RELATIVE), None)
    for at in range(2, min(len(folded), 12)):
        verb = folded[at]
        if clause is not None and at > clause:
            found = _after_clause(words, folded, clause, at)
            if found is not None or at == len(folded) - 1:
                return found
            continue
        # "which minister rebuked ...", "which harbour master signalled ...", but not "which
        # figures indicate ...": one person asked, or a word for people
        person = not folded[at - 1].endswith("s") or any(_names_one(f) for f in folded[1:at])
        if folded[at - 1] in AUXILIARIES and not is_speech_verb(verb, after_who=person):
            # "which DZ Bank economist was surprised that ...": a person's reaction
            if not (verb.endswith("ed") and _names_one(folded[at - 2])):
                return None
            role = words[1 : at - 1]
            topic = tail_topic(words[at + 1 :])
            if not topic:
                return None
            return SpeechQuestion("who_said", None, topic, False, verb, " ".join(role))
        # after a word for people, a verb of taking a side ("which expert backed ...") or one
        # opening a claim ("which economist reckoned that ...") asks who said it too; but
        # "which player scored the winning goal" asks who scored, which no quote answers
        if _bare_after_one(folded, at):
            continue  # "which company bought ask jeeves": "ask" names, it is not the verb
        if is_speech_verb(verb, after_who=person) or (
            _names_one(folded[at - 1])
            and (is_stance_verb(verb) or _claims_that(verb, folded[at + 1 : at + 2]))
        ):
            role = [w for w, f in zip(words[1:at], folded[1:at], strict=True)
                    if f not in AUXILIARIES]  # fmt: skip
            topic = tail_topic(words[at + 1 :])
            if not role or not topic:
                return None
            if folded[0] == "what" and _role_then_name(folded[1:at]):
                return None  # "what ebay director ann vale said ...": her words, not who
            if folded[0] == "what" and not any(
                _names_one(f) for f in folded[1:at]
            ):  # "what Truss said about ...", not "what economist said ..."
                # "what critic said the film was dull" asks who; "what critics said about
                # the film" asks what they said
                about = at + 1 < len(folded) and folded[at + 1] in ABOUT
                if about or not any(_names_one(f, _SPEAKER_NOUNS) for f in folded[1:at]):
                    return None
            return SpeechQuestion("who_said", None, topic, False, verb, " ".join(role))
    return None


_RELATIVE = frozenset("who whose".split())


def _after_clause(
    words: list[str], folded: list[str], clause: int, at: int
) -> SpeechQuestion | None:
    """ "which <role> who <clause> said Y": the question's verb is the last verb of saying
    after the clause's first word (one inside the clause is the clause's own: "which MP who
    criticised the plan said ..."); the clause joins the topic, the role is what precedes it.
    A verb straight after "who" with none later is the one asked ("which MP who said Y")."""
    verb = folded[at]
    later = any(is_speech_verb(f, after_who=True) for f in folded[at + 1 : clause + 12])
    if later or not is_speech_verb(verb, after_who=True):
        return None
    said = tail_topic(words[at + 1 :])
    role = words[1:clause]
    if not role or said is None:
        return None
    topic = as_topic([*words[clause + 1 : at], said])
    return SpeechQuestion("who_said", None, topic, False, verb, " ".join(role))


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


_PLACE_WORDS = frozenset("at of from for in with on the a an".split())


def _role_then_name(folded: list[str]) -> bool:
    """Return whether a speaker phrase is a role and then a name ("ebay uk director ann vale"):
    two or more words after its last word for a person, none of them a word for a person or
    one that opens a place ("economist at hsbc" is a role)."""
    last_person = max((i for i, f in enumerate(folded) if _names_one(f)), default=None)
    if last_person is None:
        return False
    name = folded[last_person + 1 :]
    return len(name) >= 2 and not any(f in _PLACE_WORDS or f in AUXILIARIES for f in name)


def _then_said(words: list[str], folded: list[str], at: int) -> SpeechQuestion | None:
    """ "who won the award and said she was stunned", "who resigned, saying he was tired": a
    deed, then words spoken. The deed says whom the words are by, so it is part of the topic
    (the quote's article tells of it) with the words said."""
    for j in range(at + 1, len(folded) - 1):
        joined = folded[j] in {"and", "but"}
        after_comma = words[j - 1].endswith(",") and folded[j].endswith("ing")
        if not (joined or after_comma):
            continue
        verb = j + 1 if joined else j
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


def _bare_after_one(folded: list[str], at: int) -> bool:
    """Return True when folded[at] is a verb's bare form ("ask", "warn") after one of whom
    ("which company", "which minister") with no "did" or "do" before it: no verb of such a
    question, which says "asked" or "asks"; a name or object ("bought ask jeeves")."""
    verb, before = folded[at], folded[at - 1]
    if IRREGULAR_VERBS.get(verb) == verb:
        # past as written, after a word for a person ("which analyst forecast a fall"); after
        # any other word a noun ("which weather forecast said ...")
        return not _names_one(before)
    return (
        not verb.endswith(("ed", "s"))
        and verb not in IRREGULAR_VERBS
        and before not in AUXILIARIES
        and not before.endswith("s")
    )


def is_adverb(word: str, before_verb: list[str] | None = None) -> bool:
    """Return True for an adverb between a name and its verb ("what did X really say"); a
    capitalised word is part of the name ("what did Ruth Kelly say"), and so is a lone word
    ("what did kelly say")."""
    alone = before_verb is not None and len(before_verb) == 1
    if not word.endswith("ly") or word[:1].isupper() or alone:
        return False
    at = len(before_verb) - 1 if before_verb else 0
    if before_verb and at > 0 and before_verb[at] == word and word.casefold() not in _ADVERBS:
        before = before_verb[at - 1].casefold().rstrip(".")
        if first_name_gender(before) or before in HONORIFICS or before in TITLE_WORDS:
            return False  # "what did dr david kelly say": a surname after a first name
    return True


# adverbs a reader puts between a name and its verb ("what did emily really say")
_ADVERBS = frozenset(
    """really actually exactly finally publicly privately originally apparently allegedly
    reportedly recently previously initially specifically usually personally officially
    formally honestly truly supposedly only""".split()
)


# words after a verb of taking a side its object's view noun may be ("the party leader's stance")
_VIEW_WORDS = 5
_OWNERS = frozenset("the his her their its".split())


def _backs_words(word: str, after: list[str]) -> bool:
    """Return True for a verb of taking a side whose object is someone's words or stand ("who
    backed the mayor's stance on X", "who opposed her remarks"): siding with words is saying so,
    where "who backed the bid?" may ask who paid (`is_stance_verb`)."""
    if not is_stance_verb(word):
        return False
    for before, noun in itertools.pairwise(after):
        if noun.strip("?.,!") in VIEW_NOUNS and (
            before in _OWNERS or before.endswith(("'s", "’s"))
        ):
            return True
    return False


def _claims_that(word: str, after: list[str]) -> bool:
    """Return True for a past verb that opens a claim ("who disputed that ...", "who denied
    that ..."): whatever the verb, the question asks who said the clause."""
    return after == ["that"] and word.endswith("ed") and len(word) > 4
