"""Who a "what did X say" question asks about: one person resolved against the directory, or
a kind of people ("critics", "doctors in gaza"); kept apart so `read_question` reads the
conversation and the topic, and this the speaker phrase."""

from __future__ import annotations

from dataclasses import dataclass, replace

from qabot.attribution import is_description, is_group
from qabot.indexing import Index
from qabot.search.firm_names import held_outside_firms, outside_firm_names
from qabot.search.kinds_of_people import (
    ANYONE,
    kind_and_where,
    kind_of_people,
    means_anyone,
    one_of,
    people_called,
    speakers_on,
)
from qabot.search.misspelt_bodies import misspelt_body
from qabot.search.misspelt_names import corrected_speaker
from qabot.search.name_writing import mostly_a_name, name_as_plural
from qabot.search.question_names import with_adverb
from qabot.search.resolution import resolve_speaker
from qabot.search.resolution_record import Resolution
from qabot.search.short_forms import unwritten
from qabot.search.speaker_spelling import spelled_speaker
from qabot.search.speech_topics import searched_topic
from qabot.search.title_only import resolved_by_title
from qabot.search.title_ranks import held_as_heads
from qabot.search.who_said_questions import SpeechQuestion
from qabot.text import tokenize
from qabot.text.lexicon import PERSON_NOUNS, PERSONAL_TIES


@dataclass(frozen=True, slots=True, kw_only=True)
class AskedSpeaker:
    """The speaker phrase of a what-said question, read: the person or the kind of people."""

    speech: SpeechQuestion  # the question, its speaker and topic as finally read
    speaker: str | None  # the canonical name, or the kind of people ("critics", ANYONE)
    kind: str | None  # the kind of people asked about, None for one person
    kind_speakers: tuple[str, ...]  # everyone of that kind quoted on the topic
    choices: tuple[str, ...]  # the people an ambiguous phrase may mean
    unsure: bool
    ask_which: bool  # a surname or bare role no one clearly owns
    needs_speaker: bool  # "what did everyone say?": about what?
    respelt: tuple[tuple[str, str], ...] = ()  # the phrase's words read otherwise (as typed, read)


def read_asked_speaker(
    index: Index, speech: SpeechQuestion, words: str, *, needs_speaker: bool
) -> AskedSpeaker:
    """Read the speaker phrase of a what-said `speech` (one that names a speaker) asked in
    `words`: a kind of people quoted on its topic, or one person resolved against the
    directory (`needs_speaker` as read so far, changed only by "what did everyone say?")."""
    speaker: str | None
    kind: str | None = None
    kind_speakers: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    unsure = ask_which = False
    if (body := one_of(speech.speaker or "")) is not None:
        speech = replace(speech, speaker=body)  # "did anyone from microsoft comment": Microsoft
    if (role := bare_role(index, speech.speaker or "")) is not None:
        speech = replace(speech, speaker=role)  # "what did publicist say": the publicist
    spelled, respelt = spelled_speaker(index, speech.speaker or "")
    if respelt:  # "the home secretery": the home secretary, the lead says so
        speech = replace(speech, speaker=spelled)
    longer = with_adverb(speech.speaker or "", words)
    if longer and index.speakers.resolve(longer):
        # "what did marcel desailly say": typed in lower case, the name's last word was
        # read as an adverb ("really"); the directory knows the longer name
        speech = replace(speech, speaker=longer)
    where = kind_and_where(speech.speaker or "")
    if where is not None:  # "what did doctors in gaza say?": doctors' words on Gaza
        # ... and on Y, both named in a lead: "name gaza and the shortages"
        topic_here = " and ".join(filter(None, (where[1], speech.topic)))
        # the lead says where: "What police ... said about houston:", not "said:"
        said = speech.asked if speech.topic else f"{speech.asked or 'said'} about {where[1]}"
        speech = replace(speech, speaker=where[0], topic=topic_here, asked=said)
    kind = kind_of_people(speech.speaker or "") if speech.topic else None  # "experts"
    if kind and _names_someone(index, kind.split()[-1]):
        kind = None  # "ola briggs": a name typed in lower case, not "critics"
    called = people_called(index.speakers, kind) if kind else None
    if called and kind:  # "the associates" are not those working "with Lopes Filho & Associates"
        called = outside_firm_names(index, called, kind.split()[-1]) or None
    if called and kind:  # ... nor an "associate director"
        called = held_as_heads(index, called, kind.split()[-1]) or None
    if called == [] and corrected_speaker(index, speech.speaker or "", ()) is not None:
        called = None  # "gael monfills": no one is called so; a name a letter off is
    if means_anyone(speech.speaker or ""):  # "people": anyone's words on Y
        needs_speaker = not speech.topic  # "what did everyone say?": about what?
        if speech.topic:
            kind, called = ANYONE, speakers_on(index, tokenize(speech.topic))
    if kind and called is not None:
        speaker, kind_speakers = kind, tuple(called)  # all of them, on the topic
    else:
        kind = None
        searched = searched_topic(speech.topic) if speech.topic else None
        resolution = resolve_speaker(index, speech.speaker or "", searched)
        if resolution.how in {"role", "none"} and (
            slip := misspelt_body(index, speech.speaker or "")
        ):
            # "the american film institue": the body, read as a misspelt name (`question`)
            speech, resolution = replace(speech, speaker=slip), Resolution(person=None)
        # "the king" is not an analyst at "CL King & Associates"
        resolution = held_outside_firms(index, speech.speaker or "", resolution)
        # "the king" is King Harald, titled so before his name
        resolution = resolved_by_title(
            index, speech.speaker or "", resolution, topic=bool(speech.topic)
        )
        speaker, choices, unsure = resolution.person, resolution.choices, resolution.unsure
        ask_which = resolution.ask
        if not speech.topic and (group := _asked_group(index, speech.speaker or "", resolution)):
            # "what did the players say?": everyone the articles call so, not which of them
            kind, speaker, kind_speakers = group
            choices, unsure, ask_which = (), False, False
    return AskedSpeaker(
        speech=speech,
        speaker=speaker,
        kind=kind,
        kind_speakers=kind_speakers,
        choices=choices,
        unsure=unsure,
        ask_which=ask_which,
        needs_speaker=needs_speaker,
        respelt=respelt,
    )


def bare_role(index: Index, phrase: str) -> str | None:
    """Return "the <noun>" for a person's noun typed alone, with no "the" and no capital
    ("what did publicist say", "agent"): readers drop the article, and the noun is no one's
    name ("No quotes from publicist" would read it as one); None when someone quoted has the
    word as their name ("what did driver say": Minnie Driver) or the articles mostly
    capitalise it."""
    word = phrase.strip()
    if not word.isalpha() or not word.islower() or word not in PERSON_NOUNS | PERSONAL_TIES:
        return None
    named = [
        p
        for p in index.speakers.resolve(word)
        if not is_description(p) and p.split()[-1].casefold() == word
    ]
    if named or mostly_a_name(index, word, openings=False):
        return None
    return f"the {word}"


def _asked_group(
    index: Index, phrase: str, resolution: Resolution
) -> tuple[str, str, tuple[str, ...]] | None:
    """Return (kind, speaker, the people of it) for a plural kind of people asked with no topic
    ("the players", "fans") that no one speaker answers for: read as a role several hold, or
    as no one, it is everyone the articles call so (a group quoted as one, "the experts", is
    that group); None otherwise."""
    kind = kind_of_people(phrase)
    if kind is None:
        return None
    held = (resolution.person, *resolution.choices) if resolution.person is not None else ()
    # "fans": "United fans" or "Liverpool fans" asked which, each a group of the kind
    groups = len(held) > 1 and all(is_group(p) and p.endswith(f" {kind}") for p in held)
    if held and not groups and (resolution.how != "role" or is_group(held[0])):
        return None  # someone, or a group quoted as one ("the experts")
    if _names_someone(index, kind.split()[-1]):
        return None  # "ola briggs": a name typed in lower case, not a kind
    called = people_called(index.speakers, kind)
    called = outside_firm_names(index, called, kind.split()[-1]) if called else called
    called = held_as_heads(index, called, kind.split()[-1]) if called else called
    if not called or corrected_speaker(index, phrase, ()) is not None:
        return None
    return kind, kind, tuple(called)


def _names_someone(index: Index, word: str) -> bool:
    """Return whether the last word of a would-be kind of people is a name: one the articles
    mostly capitalise, no passage holds or writes only without its "s" ("imogen vardakis",
    "brian colins": the kinds quoted, "critics" or "analysts", are words the articles write)."""
    named = mostly_a_name(index, word, openings=False) or name_as_plural(index, word)
    return unwritten(index, word) or named
