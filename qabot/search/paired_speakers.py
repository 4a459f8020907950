"""Answers to "what did X and Y say (about Z)?": each person's words under their own name, or
that one of them said nothing, never one of them alone in silence.

The speaker phrase "Tony Blair and Gordon Brown" is read as one person by the speaker readers
(the best-quoted name inside it won), so the answer showed one man's words as if they were all
that was asked. Here each part is read and answered on its own (`answer_speech`, the same path
as a question naming one person), and the answers are put together: quotes of several speakers
are shown under each speaker's name by the front ends, and the lead says whom each part is.
A phrase that names one speaker whole ("Marks and Spencer", a ministry "for Food and Rural
Affairs") is left to the speaker readers: the whole read alone must be one of its parts' people
or no one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from qabot.indexing import Index
from qabot.search.ampersand_names import joins_a_name
from qabot.search.answer_record import Answer
from qabot.search.hit_record import Hit
from qabot.search.question import read_question
from qabot.search.question_record import Question
from qabot.search.replies import named_nowhere
from qabot.search.resolution_record import MAX_CHOICES
from qabot.text.patterns import lazy

MAX_PARTS = 3  # "X, Y and Z": more names than that is a list, not a question about each
_AND = lazy(r",?\s+(?:and|&)\s+", re.IGNORECASE)
_COMMA = lazy(r"\s*,\s*")
_POSSESSIVE = lazy(r"\w['’]s?\s")
_ROLE_OPENING = lazy(r"(?:the|a|an|his|her|its|their)\s", re.IGNORECASE)
# a lead naming the one person it is about and what they said: "What X said about Iraq:"
# after any notes ("(Others called Blair: Ian Blair.) ")
_WHAT = lazy(r"^(?P<notes>(?:\(.*?\) )*)What (?P<who>.+?) (?P<rest>said\b.*):$")

_OPENINGS = frozenset("What How Everything Nothing No".split())  # a lead's first words

Answering = Callable[[Question], Answer]


def speaker_parts(read: Question) -> list[str]:
    """Return the people a "what did X and Y say" question names apart ("X", "Y"), or [] when
    its speaker phrase is one name (no "and"), or more than MAX_PARTS."""
    speech = read.speech
    if speech is None or speech.kind != "what_said" or not speech.speaker or read.shown:
        return []
    joined = _AND.split(speech.speaker)
    if len(joined) != 2:
        return []
    # "X, Y and Z" lists names; "X, the harbour master, and Y" sets a role off
    listed = _COMMA.split(joined[0])
    if any(_ROLE_OPENING.match(part) for part in listed[1:]) or _POSSESSIVE.search(joined[1]):
        return []  # ... and "X of Fenmoor and Dale's Y" is one of Fenmoor and Dale's
    parts = [part.strip() for part in [*listed, joined[1]]]
    if not 2 <= len(parts) <= MAX_PARTS or not all(parts):
        return []
    return parts


def each_speaker(index: Index, read: Question, answering: Answering) -> Answer | None:
    """Answer "what did X and Y say (about Z)?" for each of X and Y (`answering` answers one
    question read), put together: their words each under their own name, and the lead saying
    of each what was found. None when the question names one speaker (`speaker_parts`), or the
    whole phrase read alone is someone none of the parts is ("Marks and Spencer")."""
    parts = speaker_parts(read)
    speech = read.speech
    if not parts or speech is None or speech.speaker is None:
        return None
    at = read.words.find(speech.speaker)
    if at < 0 or joins_a_name(index, speech.speaker):
        return None  # ... or one name the articles write whole ("Marks & Spencer")
    reads = [
        read_question(
            index,
            f"{read.words[:at]}{part}{read.words[at + len(speech.speaker) :]}",
            filters=read.filters,
        )
        for part in parts
    ]
    people = [each.speaker for each in reads]
    known = [person for person in people if person]
    if (
        any(each.speech is None or each.speech.kind != "what_said" for each in reads)
        or not known
        or len(set(known)) < len(known)  # one person twice
        # the whole phrase read as one person is one of them (the best-quoted), not someone
        # else ("Marks and Spencer" quoted as a firm)
        or (read.speaker is not None and read.speaker not in people)
        # a part no one is quoted as must be a name no article writes ("and Zelensky", or
        # "and zelensky" typed in a hurry): "marks" of "marks and spencer" is a word the
        # articles hold, and no one apart
        or not all(
            person or named_nowhere(index, _as_name(part))
            for part, person in zip(parts, people, strict=True)
        )
        or len(known) < 2 <= len(parts) - len(known)
    ):
        return None
    answers = [answering(each) for each in reads]
    return _together(read, answers)


def _as_name(part: str) -> str:
    """Return a part asked about with each word capitalised, as a name is written: in the
    speaker's place of "what did X and Y say", a lower-case "y" is typed in a hurry, not a
    word of the topic (`named_nowhere` reads only capitalised words as names)."""
    return " ".join(word[:1].upper() + word[1:] for word in part.split())


def _together(read: Question, answers: list[Answer]) -> Answer:
    """Put the answers for each person asked about into one: their quotes in the order asked
    (each group under its speaker's name), the passages of each in turn, and one lead."""
    quotes = [hit for each in answers for hit in each.quotes]
    passages: list[Hit] = []
    seen: set[tuple[str, int]] = set()
    for turn in range(max(len(each.passages) for each in answers)):
        for each in answers:
            if turn < len(each.passages):
                hit = each.passages[turn]
                key = (hit.passage.article_id, hit.passage.start)
                if key not in seen:
                    seen.add(key)
                    passages.append(replace(hit, rank=len(passages) + 1))
    top = max(len(each.passages) for each in answers)
    people = {each.speaker for each in answers if each.speaker is not None}
    # "what did Blair and Brown say": the others each name may mean, offered as a one-person
    # question offers them (a button each in the bot), not only named in the lead
    answered = {hit.speaker for hit in quotes} | people
    others = [p for each in answers for p in each.choices if p not in answered]
    return Answer(
        read.text,
        any(each.found for each in answers),
        _lead([each.lead for each in answers]),
        passages[:top],  # as many as one person's answer shows: a phone's screen, not two
        quotes,
        any(each.more for each in answers),
        # no one person, "he" after it would be a guess; but the one of them shown when the
        # others are named nowhere
        people.pop() if len(people) == 1 else None,
        sum(each.omitted for each in answers),
        topic=read.speech.topic if read.speech is not None else None,
        choices=tuple(dict.fromkeys(others))[:MAX_CHOICES],
    )


def _lead(leads: list[str]) -> str:
    """Return one lead for the leads of each person's answer: "What X and Y each said about
    Iraq:" when they say the same of each, else each in turn ("No quotes from Y in the
    articles. What X said:"), the leads saying something was found last."""
    matches = [_WHAT.match(lead) for lead in leads]
    rests = {match.group("rest") for match in matches if match is not None}
    if all(matches) and len(rests) == 1:
        names = [match.group("who") for match in matches if match is not None]
        notes = "".join(match.group("notes") for match in matches if match is not None)
        joined = ", ".join(names[:-1]) + f" and {names[-1]}"
        return f"{notes}What {joined} each {rests.pop()}:"
    # what was not found first, ending with ".", then what is shown, ending with ":"
    ordered = sorted(leads, key=lambda lead: lead.endswith(":"))
    said = [lead for lead in ordered if lead.endswith(":")]
    told = [lead for lead in ordered if not lead.endswith(":")]
    if len(said) > 1:
        said = ["; ".join([said[0], *(_lowered(s) for s in said[1:])]).replace(":; ", "; ")]
    return " ".join([*told, *said])


def _lowered(lead: str) -> str:
    """Return a lead to follow another after ";": its first word lowered, unless a name."""
    first = lead.split(" ", 1)[0]
    return lead[:1].lower() + lead[1:] if first in _OPENINGS else lead
