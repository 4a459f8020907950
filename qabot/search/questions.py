"""Speech questions: "what did X say about Y?", "who said Y?" and follow-ups, recognised.

A question is a speech question when it asks what someone said or who said something with any
verb the extractor reads as a speech cue or a verb of holding a view, in any of its forms
(`speech_verbs`): "who likened ...", "what did X predict ...", "which minister vowed ...",
"who is quoted as saying ...". Whatever follows the verb is the topic ("say
in the Commons about testing", "tell the Today programme about Harry", "say after the vote").
Names and topics come back in the case the user wrote them. "who said ...?" is read in
`who_said_questions`, which also holds the `SpeechQuestion` record; a scene set before the
question ("after the match, who said ...?") in `question_scenes`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from qabot.search.clause_verbs import AUXILIARIES
from qabot.search.question_phrasing import clean_question
from qabot.search.question_scenes import after_context, after_opening, who_or_which_said
from qabot.search.speech_verbs import is_speech_verb
from qabot.search.unspeaking_subjects import document_speaker, noun_after_adjective
from qabot.search.what_did_questions import PASSIVE, SPOKEN_ON, read_what_did, what_asked
from qabot.search.what_said_wordings import plain_what_said
from qabot.search.who_said_questions import SpeechQuestion, first_name_auxiliary
from qabot.text.lexicon import PERSON_NOUNS
from qabot.text.patterns import LazyPattern, lazy

__all__ = [
    "SpeechQuestion",
    "asks_anything_on",
    "parse_speech_question",
    "unmarked_possessive",
    "what_said",
]


_SENSES = frozenset("view views position stance reaction response opinion take verdict "
                    "message comment comments remarks words statement statements quotes "
                    "thoughts argument explanation answer".split())  # fmt: skip

_FORMS = [
    # "what was X's view on Y", "what are X's comments about Y", "X's remarks on Y"
    lazy(
        r"^(?:what\s+(?:was|is|were|are)\s+|what['’]s\s+|(?:show|give|get|find|tell)\s+(?:me\s+)?(?:all\s+(?:of\s+)?)?)?"
        # (a headline's "X on Y's remarks" is X's words on them, not the remarks of "X on Y")
        r"(?P<who>(?:(?!\s(?:on|about)\s).)+?)['’]s?\s+(?:"
        + "|".join(sorted(_SENSES))
        + r")(?:\s+(?:on|about|regarding|concerning|over|of|to"
        + r"|(?P<join>when|after|before|during|at|in|following))\s+(?P<topic>.+))?$"
    ),
    # "did X say anything about Y", "has X commented on Y"
    lazy(
        r"^(?:did|has|have|does|had)\s+(?P<who>.+?)\s+(?:ever\s+)?(?P<verb>[a-z]+)"
        r"(?:\s+(?:anything|something|much))?(?:\s+(?:about|on|regarding|concerning|over)\s+|\s+)"
        r"(?P<topic>.+)$"
    ),
    # "quotes from X (about Y)", "any comment from X on Y", "anything from X on Y", "is there
    # any word from X about Y"
    lazy(
        r"^(?:(?:is|was)\s+there\s+|have\s+we\s+(?:got\s+|had\s+)?"
        r"|(?:show|give|get|find)\s+(?:me\s+)?)?(?:all\s+|any\s+)?(?:the\s+)?"
        r"(?:(?:quotes?|statements?|comments?|remarks?)\s+(?:from|by|(?P<of>of))"
        r"|(?:anything|something|words?|reactions?|responses?)\s+from)\s+"
        r"(?P<who>.+?)"
        r"(?:\s+(?:about|on|regarding|concerning|over)\s+(?P<topic>.+))?$"
    ),
    # "what X said (about Y)", "anything X said about Y", "what X said in the Commons", "what
    # X said after the vote": a tail of when or where read as it stands
    lazy(
        r"^(?:what|anything|everything|something)\s+(?P<who>.+?)\s+"
        r"(?P<verb>said|says|has\s+said|thinks|thought)"
        r"(?:\s+(?:about|on|regarding|concerning|over|of"
        r"|(?P<join>when|after|before|during|at|in|following|while|to))\s+(?P<topic>.+))?$"
    ),
    # "X said what about Y?": the reader's echo of a report
    lazy(
        r"^(?P<who>.+?)\s+(?P<verb>said|says)\s+what"
        r"(?:\s+(?:about|on|regarding|concerning|over)\s+(?P<topic>.+))?$"
    ),
]
# ... with the possessive typed without its apostrophe ("what was tony blairs reaction to Y"):
# a speech question only when the name is someone quoted (`unmarked_possessive`)
_UNMARKED = lazy(_FORMS[0].pattern.replace(r"['’]s?\s+", r"(?<=\w)s\s+", 1))
_FOLLOWUPS = [
    lazy(r"^(?:and|what|anything|something)(?:\s+else)?\s+(?:about|on)\s+(?P<topic>.+)$"),
    lazy(r"^(?:and\s+)?(?:what|anything)\s+else$"),
]
# "anything on Y?", "something about Y": what there is on Y (the last person's words on it in a
# conversation), never Y's own words as "what about Putin?" may ask
_ANYTHING_ON = lazy(r"^(?:anything|something)(?:\s+else)?\s+(?:about|on)\s", re.IGNORECASE)


_WHAT_HAS = lazy(r"^(what|who)['’]s\s+(?=(?:\S+\s+){0,8}been\s)", re.I)
# "who was the coach who said ...", "name the minister that warned ...": "which coach said ..."
_WHO_WAS_THE = lazy(
    r"^(?:who(?:['’]s|\s+(?:is|was|were))|name)\s+(?:the|a|an)\s+"
    r"(?P<role>(?:\S+\s+){0,5}?\S+)\s+(?:who|that)\s+(?P<verb>\S+)\s",
    re.I,
)
# "which minister was it that warned ...", "which person is it who said ...": "which minister
# warned ..."
_WHICH_WAS_IT = lazy(
    r"^(?:which|what)\s+(?P<role>(?:\S+\s+){0,5}?\S+)\s+(?:was|is)\s+it\s+(?:who|that)\s+"
    r"(?P<verb>\S+)\s",
    re.I,
)


def parse_speech_question(question: str) -> SpeechQuestion | None:
    """Return what a speech question asks, or None for an ordinary question."""
    found = _parsed(question)
    if found is not None and found.role is not None and _anyone(found.role):
        return replace(found, role=None)  # "which person said ...": who said ...
    if found is not None and _clause_in(found.speaker):
        return None  # "did the fa punish X after Y said ...": a deed asked, Y's words its time
    return found


# words opening a clause of time or reason, which no speaker's name or noun phrase holds
_CLAUSE_OPENERS = frozenset(
    "after before while because since until although though unless whereas".split()
)


def _clause_in(speaker: str | None) -> bool:
    """Return whether the words read as a speaker hold a clause opener past their first word
    ("the fa punish ferguson after wenger"): the question asks of a deed, and the verb of
    speech is inside a clause of its time or reason."""
    words = (speaker or "").casefold().split()[1:]
    return any(word in _CLAUSE_OPENERS for word in words)


# words for a speaker that name no role: "which person said ...", "who's the one that said ...",
# "which speaker said ..." ask who said it (a role would weigh people the articles call a
# "speaker", the Commons Speaker, and search for the word "person"); "the Speaker" with its
# capital is the Commons' and stays a role
_ANYONE_WORDS = frozenset(
    "person persons people one individual someone somebody speaker of them guy".split()
)


def _anyone(role: str) -> bool:
    """Return whether a role asked is only a word for anybody ("person", "one of them")."""
    words = role.split()
    return bool(words) and all(
        word.casefold() in _ANYONE_WORDS and word != "Speaker" for word in words
    )


def _parsed(question: str) -> SpeechQuestion | None:
    """Return what a speech question asks as read, its role as written."""
    # "what's X been saying about Y": "what has X been saying"
    text = plain_what_said(clean_question(question))
    # first: the "'s" of "who's the person that said ... have been ..." is "is", not "has"
    which = _WHO_WAS_THE.match(text) or _WHICH_WAS_IT.match(text)
    if which and is_speech_verb(which["verb"], after_who=True):
        text = f"which {which['role']} {text[which.start('verb') :]}"
    if _WHAT_HAS.match(text):  # a template's sub costs ~3 us even where nothing matches
        text = _WHAT_HAS.sub(r"\1 has ", text)
    words = text.split()
    folded = [w.casefold().strip(',;:"“”') for w in words]
    if len(words) < 2:
        return None
    if folded[0] not in {"who", "which", "what"} and (
        opened := after_opening(words, folded, parse_speech_question)
    ):
        return opened
    if folded[0] not in {"who", "which", "what", "how"} and (
        told := after_context(text, parse_speech_question)
    ):
        return told
    named = folded[0] == "what" and first_name_auxiliary(words)  # "what Will Wright said"
    if folded[0] in {"who", "which"} or (folded[0] == "what" and (folded[1] not in AUXILIARIES
                                         or named) and folded[1] != "else"):  # fmt: skip
        found = who_or_which_said(words, folded)
        if found is not None or folded[0] != "what":
            return found
    lower = text.casefold()
    # "what was X's view on the warnings": the view is asked, whatever verb the topic holds
    # (also with no apostrophe: `unmarked_possessive` reads it when X is someone's name)
    # _FORMS[0] is read once: the loop below would read it again
    read_possessive = folded[0] in {"what", "how", "did", "has", "have", "does", "had"}
    possessive = _possessive(_FORMS[0], lower) if read_possessive else None
    if read_possessive and not (named or possessive or _possessive(_UNMARKED, lower)):
        found = read_what_did(words, folded)
        if found is not None:
            return found
    for pattern in _FOLLOWUPS:
        match = pattern.match(lower)
        if match:
            # "and about inflation?": the lead says what was asked ("What X said about
            # inflation:"), as it does for "what did he say about inflation?"
            topic = _original(text, match, "topic")
            asked = f"said about {topic}" if topic else None
            return SpeechQuestion("what_said", None, topic, True, None, None, asked)
    for number, pattern in enumerate(_FORMS):
        match = possessive if number == 0 and read_possessive else pattern.match(lower)
        if match is None:
            continue
        verb = match.groupdict().get("verb")
        if (
            verb is not None
            and not is_speech_verb(verb.split()[-1])
            and verb not in SPOKEN_ON | {"mention", "mentioned"}
        ):
            continue
        who = _original(text, match, "who") or ""
        if match.groupdict().get("of") and not _may_speak(who):
            continue  # "quote of the day": no one's words
        if _documents(who.split(), verb, _original(text, match, "topic")):
            continue  # "did the legal challenge to X succeed": no one challenged
        if who and all(word in PASSIVE for word in who.casefold().split()):
            who = "people"  # "what was said about Y": what people said about Y
        if not who or len(who.split()) > 9:
            continue
        topic = _original(text, match, "topic")
        join = _original(text, match, "join")  # "X's reaction when Y": a tail as it stands
        tail = [join or "about", *topic.split()] if topic else []
        return what_asked("plain", who.split(), tail, verb.split()[-1] if verb else "said")
    return None


def _documents(who: list[str], verb: str | None, topic: str | None) -> bool:
    """Return whether `who` is a document ("the report") or ends in an adjective before a
    verb that is a noun there ("the legal challenge against X"): no one's words
    (`unspeaking_subjects`)."""
    if document_speaker(who):
        return True
    said = [*who, verb or "", *(topic or "").split()]
    return verb is not None and noun_after_adjective(said, 0, len(who))


def _possessive(pattern: LazyPattern, lower: str) -> re.Match[str] | None:
    """Return `pattern`'s match of "what was X's view on Y" in `lower`, a question opening
    with a question word; None when X would open with that word: "what did X say about Y's
    remarks" asks what X said, not for the remarks of "what did X say about Y"."""
    match = pattern.match(lower)
    return match if match is not None and match.start("who") > 0 else None


def _may_speak(who: str) -> bool:
    """Return whether the words after "quotes of" may be a speaker: a name written with a
    capital or a person's noun ("the comments of the minister"), not "the day"."""
    last = who.split()[-1] if who.split() else ""
    return last[:1].isupper() or last.casefold() in PERSON_NOUNS


def unmarked_possessive(question: str) -> SpeechQuestion | None:
    """Return "what was X's view on Y?" read from its form without the apostrophe ("what was
    tony blairs reaction to Y"), for the caller to keep only when X is someone's name."""
    text = clean_question(question)
    match = _UNMARKED.match(text.casefold())
    who = _original(text, match, "who") if match else None
    if match is None or not who or len(who.split()) > 4:
        return None
    topic = _original(text, match, "topic")
    tail = [_original(text, match, "join") or "about", *topic.split()] if topic else []
    return what_asked("plain", who.split(), tail, "said")


def _original(text: str, match: re.Match[str], group: str) -> str | None:
    """Return a matched group in its original case (matching ran on the case-folded text)."""
    if match.groupdict().get(group) is None:
        return None
    value = text[match.start(group) : match.end(group)].strip(" ,\"“”'")
    return value or None


def what_said(speaker: str, topic: str | None) -> SpeechQuestion:
    """Return "what did `speaker` say (about `topic`)?" as read (follow-ups build it)."""
    return what_asked("plain", speaker.split(), ["about", *topic.split()] if topic else [], "say")


def asks_anything_on(words: str) -> bool:
    """Return whether `words` ask for anything on a topic ("anything on Iraq?"): the topic is
    what is asked about, never a speaker, even when someone of that name is quoted."""
    return _ANYTHING_ON.match(words) is not None
