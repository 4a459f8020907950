"""Speech questions about someone nobody quotes: the passages that name them, or, when the
archive names them nowhere, an honest "not named" (`found` false); a role nobody holds is said
to be so before any passage is shown. Asked about a topic, the passages naming them answer only
when one tells of them saying something (`telling_words`): a deal they made is no answer to
what they said about it."""

from __future__ import annotations

import re
from dataclasses import replace

from qabot.attribution import is_description
from qabot.attribution.speaker_words import fold_name
from qabot.indexing import Index
from qabot.search.absent_outlets import ABSENT_LEAD, absent_outlet
from qabot.search.ampersand_names import written_whole
from qabot.search.answer_record import Answer
from qabot.search.hit_record import Hit
from qabot.search.kinds_of_people import kind_of_people, singular
from qabot.search.misspelt_names import suggestion
from qabot.search.names_in_passages import quoted_as, written_close
from qabot.search.names_in_phrases import name_in_phrase
from qabot.search.naming_passages import (
    headline_name,
    name_as_written,
    naming,
    naming_every_word,
    telling_words,
)
from qabot.search.passage_answers import passages_answer
from qabot.search.question_record import Question
from qabot.search.the_word_first import the_word_first
from qabot.search.wording import as_name
from qabot.text.lexicon import (
    PERSON_NOUNS,
    strip_title,
    title_gender,
)
from qabot.text.patterns import lazy

_SAY = frozenset("say says said saying".split())
_ARTICLE = lazy(r"^(?:the|a|an)\s+", re.IGNORECASE)  # of a description: "the greek government"
# the owner a description names before its role: "Ada Vale's lawyer", "Patsy Rowlands' agent"
_OWNER = lazy(r"^(.+?)(?:['’]s|(?<=s)['’])\s+\w", re.IGNORECASE)


def _people_of_a_kind(name: str) -> bool:
    """Return whether `name` names a kind of people, not a person ("gaza residents", "local
    fans"): nobody is called that, so "X is not named in the articles" would be wrong words."""
    kind = kind_of_people(name)
    return kind is not None and singular(kind.split()[-1]) in PERSON_NOUNS


def unknown_speaker(index: Index, read: Question, name: str, top: int, offset: int) -> Answer:
    """Nobody of that name or role is quoted: the passages that name them, or say so. A later
    page ("more") is found, and led, as the first page was: whether a passage tells what they
    said is read on the first page, not on whichever page is shown."""
    page = _unknown_speaker_page(index, read, name, top, offset)
    if not offset or not page.passages:
        return page
    first = _unknown_speaker_page(index, read, name, top, 0)
    return replace(page, found=first.found, lead=first.lead)


def _unknown_speaker_page(
    index: Index, read: Question, name: str, top: int, offset: int
) -> Answer:
    """Return the page of `unknown_speaker` from `offset`, `found` read on that page alone."""
    speech = read.speech
    topic = speech.topic if speech else None
    searched = read.topic_words or topic  # the topic's words searched
    name = name_in_phrase(index, name)  # "councillor Ada Vale" is Ada Vale
    # "Marks and Spencer": a name as the articles write it whole, not a description
    name = written_whole(index, name) or name
    hint = suggestion(index, name)
    gender = title_gender(name)
    did_you_mean = f" Did you mean {hint}?" if hint else ""
    owner = _OWNER.match(name) if is_description(name) else None
    if (
        owner is not None
        and not is_description(owner[1])  # a role ("the governor's office") is no one named
        and not naming(index, read, owner[1], owner[1], None, 1, 0)[0]
    ):
        # "Zarkon Velliquette's lawyer": no article names him, so none names his lawyer
        # ("the articles call no one so" would say there may be a Zarkon Velliquette)
        return Answer(
            read.text,
            False,
            f"{as_name(owner[1])} is not named in the articles, so nobody is quoted as {name}.",
            topic=topic,
        )
    if is_description(name):
        outlet = absent_outlet(index, name, subject=True)  # what they said was asked
        # "what did the guardian say about the election": its name is no word of the topic
        asked = (searched or "") if outlet else f"{name} {searched or ''}"
        fallback = the_word_first(  # "the queen": not the band Queen first
            name,
            lambda many, at: passages_answer(index, asked, many, at, filters=read.filters),
            top,
            offset,
        )
        if not topic:
            # nothing asked but who they are: a passage is shown only if it names them ("the
            # foreign secretary" had shown Russia's foreign minister, matching "foreign" alone)
            fallback = naming_every_word(fallback, name)
        # "what did the greek government say about the deal": no passage naming them tells
        # anything they said, so none answers (a verb other than "say" may be misread as
        # speech: "what was the tankan reading for ...", "what do the fake emails tell people")
        told = (
            not fallback.found
            or not topic
            or speech is None
            or speech.verb not in _SAY
            or any(telling_words(hit, _ARTICLE.sub("", name)) for hit in fallback.passages)
        )
        lead = f"No quotes from anyone the articles call {name}.{did_you_mean}"
        if not told:
            lead = (
                f"No quotes from anyone the articles call {name}, and no passage calling "
                f"anyone so tells what they said about “{topic}”.{did_you_mean}"
            )
        if outlet:
            lead = f"{ABSENT_LEAD} {outlet}, and the articles quote no one called so."
        if fallback.passages:
            lead += " Passages that best match the question:"
        return Answer(
            read.text,
            fallback.found and told,
            lead,
            fallback.passages,
            more=fallback.more,
            omitted=fallback.omitted,
            suggestion=hint,
            topic=topic,
        )
    bare = strip_title(name)
    if bare.casefold() == name.casefold():
        gender = None  # "Baroness Morgan": a title kept in the name, looked for as written
    named, page = naming(index, read, name, bare, searched, top, offset, gender)
    if not page and topic:
        # the topic's passages may crowd out the few that name them ("cherie blair ... the
        # election"): "not named in the articles" is said only when the name alone finds none
        named, page = naming(index, read, name, bare, None, top, offset, gender)
    reading = ""  # how a misspelt name was read, when it was
    close = None if page or gender else written_close(index, bare)
    quoted = quoted_as(index, close)  # the passages were read once, by written_close
    if quoted is not None:
        # "tony blar": a letter off someone the articles quote, too short a name to be read as
        # them (misspelt_names); "No quotes from Tony Blair" would be false
        return Answer(
            read.text,
            False,
            f"No one called {name} is named in the articles. Did you mean {quoted}?",
            suggestion=quoted,
            topic=topic,
        )
    if close is not None:
        # "ridley scot": a letter off a name the articles write (Ridley Scott, never quoted)
        named, page = naming(index, read, close, close, searched, top, offset)
        if page:
            if fold_name(close) != fold_name(name):  # not only its accents ("Velázquez")
                reading = f"No one called {name} is named in the articles; read as {close}. "
            name = bare = close
    if not page:
        # "sainsbury's" only in a headline ("Sainsbury's Labour election gift"): named there,
        # so never "not named in the articles"; its article's passages are shown, not found
        named, page = naming(index, read, name, bare, None, top, offset, gender, headline=True)
        if page:
            name = headline_name(index, name, page)
            return _headline_only(read, name, named, page, top, offset)
    if not page:
        return Answer(
            read.text,
            False,
            (
                f"The articles quote nobody they call {name}.{did_you_mean}"
                if _people_of_a_kind(name)
                else f"{as_name(name)} is not named in the articles, so there is nothing they "
                f"said.{did_you_mean}"
            ),
            suggestion=hint,
            topic=topic,
            unnamed=None if _people_of_a_kind(name) else as_name(name),
        )
    page = [replace(hit, rank=rank) for rank, hit in enumerate(page, start=offset + 1)]
    name = name_as_written(name, page)  # "maxine waters" as the articles write her: Maxine Waters
    # the articles name them: someone never quoted is meant, not a misspelt someone else
    lead = f"{reading}No quotes from {name} in the articles. Passages that mention {name}:"
    # "what did bskyb say about selling its stake" over a deal it made: no passage tells
    # anything it said, so none answers (they are still shown, as naming it)
    told = not topic or any(telling_words(hit, bare) for hit in page)
    if not told:
        lead = (
            f"{reading}No quotes from {name} in the articles. No passage that names {name} "
            f"tells what they said about “{topic}”; passages that mention {name}:"
        )
    return Answer(
        read.text,
        told,
        lead,
        page,
        more=len(named) > offset + top,
        topic=topic,
        read_as=name if reading else None,
    )


def _headline_only(
    read: Question, name: str, named: list[Hit], page: list[Hit], top: int, offset: int
) -> Answer:
    """Return the answer for a name only headlines write: their articles' passages, shown as
    such and not found (no passage names them, none tells anything they said)."""
    page = [replace(hit, rank=rank) for rank, hit in enumerate(page, start=offset + 1)]
    return Answer(
        read.text,
        False,
        f"No quotes from {name} in the articles, and no passage names {name}; a headline "
        "does. Passages of its article:",
        page,
        more=len(named) > offset + top,
        topic=read.speech.topic if read.speech else None,
    )
