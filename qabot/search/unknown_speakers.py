"""Speech questions about someone nobody quotes: the passages that name them, or, when the
archive names them nowhere, an honest "not named" (`found` false); a role nobody holds is said
to be so before any passage is shown. Asked about a topic, the passages naming them answer only
when one tells of them saying something (`_telling_words`): a deal they made is no answer to
what they said about it."""

from __future__ import annotations

import re
from dataclasses import replace

from qabot.attribution import is_description
from qabot.attribution.speaker_words import fold_name
from qabot.indexing import Index
from qabot.records import Passage
from qabot.search.absent_outlets import ABSENT_LEAD, absent_outlet
from qabot.search.answer_record import Answer
from qabot.search.hit_record import Hit
from qabot.search.kinds_of_people import kind_of_people, singular
from qabot.search.misspelt_names import suggestion
from qabot.search.name_mentions import mention_pattern, mentions_name, unjoined_pattern
from qabot.search.names_in_passages import quoted_as, written_close
from qabot.search.names_in_phrases import name_in_phrase
from qabot.search.passage_answers import passages_answer
from qabot.search.question_record import Question
from qabot.search.retrieval import search, with_highlights
from qabot.search.sentence_terms import sentences_with_terms
from qabot.search.speech_verbs import is_speech_verb
from qabot.text import TYPED_WORD, tokenize, unjoined_matches
from qabot.text.lexicon import (
    PERSON_NOUNS,
    strip_title,
    title_gender,
)
from qabot.text.patterns import lazy

MENTION_PASSAGES = 20  # someone never quoted: passages searched for those that name them
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
    hint = suggestion(index, name)
    gender = title_gender(name)
    did_you_mean = f" Did you mean {hint}?" if hint else ""
    owner = _OWNER.match(name) if is_description(name) else None
    if (
        owner is not None
        and not is_description(owner[1])  # a role ("the governor's office") is no one named
        and not _naming(index, read, owner[1], owner[1], None, 1, 0)[0]
    ):
        # "Zarkon Velliquette's lawyer": no article names him, so none names his lawyer
        # ("the articles call no one so" would say there may be a Zarkon Velliquette)
        unnamed = f"{owner[1]} is not named in the articles"
        return Answer(
            read.text,
            False,
            f"{unnamed[:1].upper()}{unnamed[1:]}, so nobody is quoted as {name}.",
            topic=topic,
        )
    if is_description(name):
        outlet = absent_outlet(index, name)
        # "what did the guardian say about the election": its name is no word of the topic
        asked = (searched or "") if outlet else f"{name} {searched or ''}"
        fallback = passages_answer(index, asked, top, offset, filters=read.filters)
        if not topic:
            # nothing asked but who they are: a passage is shown only if it names them ("the
            # foreign secretary" had shown Russia's foreign minister, matching "foreign" alone)
            fallback = _naming_every_word(fallback, name)
        # "what did the greek government say about the deal": no passage naming them tells
        # anything they said, so none answers (a verb other than "say" may be misread as
        # speech: "what was the tankan reading for ...", "what do the fake emails tell people")
        told = (
            not fallback.found
            or not topic
            or speech is None
            or speech.verb not in _SAY
            or any(_telling_words(hit, _ARTICLE.sub("", name)) for hit in fallback.passages)
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
    named, page = _naming(index, read, name, bare, searched, top, offset, gender)
    if not page and topic:
        # the topic's passages may crowd out the few that name them ("cherie blair ... the
        # election"): "not named in the articles" is said only when the name alone finds none
        named, page = _naming(index, read, name, bare, None, top, offset, gender)
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
        named, page = _naming(index, read, close, close, searched, top, offset)
        if page:
            if fold_name(close) != fold_name(name):  # not only its accents ("Velázquez")
                reading = f"No one called {name} is named in the articles; read as {close}. "
            name = bare = close
    if not page:
        # "sainsbury's" only in a headline ("Sainsbury's Labour election gift"): named there,
        # so never "not named in the articles"; its article's passages are shown, not found
        named, page = _naming(index, read, name, bare, None, top, offset, gender, headline=True)
        if page:
            name = _headline_name(index, name, page)
            return _headline_only(read, name, named, page, top, offset)
    if not page:
        return Answer(
            read.text,
            False,
            (
                f"The articles quote nobody they call {name}.{did_you_mean}"
                if _people_of_a_kind(name)
                else f"{name} is not named in the articles, so there is nothing they said."
                f"{did_you_mean}"
            ),
            suggestion=hint,
            topic=topic,
            unnamed=None if _people_of_a_kind(name) else name,
        )
    page = [replace(hit, rank=rank) for rank, hit in enumerate(page, start=offset + 1)]
    name = _name_as_written(name, page)  # "maxine waters" as the articles write her: Maxine Waters
    # the articles name them: someone never quoted is meant, not a misspelt someone else
    lead = f"{reading}No quotes from {name} in the articles. Passages that mention {name}:"
    # "what did bskyb say about selling its stake" over a deal it made: no passage tells
    # anything it said, so none answers (they are still shown, as naming it)
    told = not topic or any(_telling_words(hit, bare) for hit in page)
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


def _headline_name(index: Index, name: str, page: list[Hit]) -> str:
    """Return `name` as the first page's headline writes it ("sainsbury's" -> "Sainsbury's")."""
    written = mention_pattern(name, False)
    for hit in page:
        found = written.search(index.articles.title(hit.passage.article_id) or "")
        if found is not None:
            return " ".join(found.group(0).split())
    return name


def _telling_words(hit: Hit, name: str) -> bool:
    """Return whether a sentence of the hit writes `name` before a verb of saying or holding a
    view ("Maria Hutchings marching up to him, saying ...", "X declined to comment"): it tells
    what they said, in other words than a quote ("according to X" is one)."""
    text = hit.passage.text
    for start, end, _ in sentences_with_terms(hit.passage):
        sentence = text[start:end]
        for found in unjoined_matches(unjoined_pattern(name), sentence):
            if any(is_speech_verb(word) for word in TYPED_WORD.findall(sentence, found.end())):
                return True
    return False


def _naming(
    index: Index,
    read: Question,
    asked: str,
    name: str,
    topic: str | None,
    top: int,
    offset: int,
    gender: str | None = None,
    *,
    headline: bool = False,
) -> tuple[list[Hit], list[Hit]]:
    """Return the passages that mention `name` (as a person of `gender`) found for the name
    as `asked` and the question's topic, and the page of them shown, highlighted; with
    `headline`, the passages of articles whose headline mentions it instead."""
    held = tokenize(name)  # a passage naming them holds the name's terms
    if held and not all(index.engine.idf(held).values()):
        return [], []  # no passage holds a word of the name: none names them, nothing searched
    words = f"{asked} {topic or ''}"

    def names_them(passage: Passage) -> bool:
        if headline:
            return mentions_name(index.articles.title(passage.article_id) or "", name, gender)
        return mentions_name(passage.text, name, gender)

    named = search(
        index,
        words,
        max(MENTION_PASSAGES, offset + 3 * top),
        filters=read.filters,
        highlight=False,
        only=names_them,
        enough=offset + top + 1,  # a page and whether another follows
        holding=() if headline else held,
        counted=False,  # the passages naming them are shown, never how many others were read
    ).hits
    return named, with_highlights(index, named[offset : offset + top], words)


def _naming_every_word(found: Answer, description: str) -> Answer:
    """Return `found` with only the passages holding every word of `description` (analysed),
    and not found when none does."""
    wanted = set(tokenize(description))
    kept = [hit for hit in found.passages if wanted <= set(tokenize(hit.passage.text))]
    if len(kept) == len(found.passages):
        return found
    first = found.passages[0].rank if found.passages else 1
    kept = [replace(hit, rank=first + n) for n, hit in enumerate(kept)]
    dropped = len(found.passages) - len(kept)  # they matched a word or two: counted, not shown
    return replace(
        found,
        found=bool(kept),
        passages=kept,
        more=found.more and bool(kept),
        omitted=found.omitted + dropped,
    )


def _name_as_written(name: str, page: list[Hit]) -> str:
    """Return `name` as the first passage writing it does ("maxine waters" -> "Maxine
    Waters"), a name typed in lower case; as typed otherwise."""
    if name != name.casefold():
        return name
    written = mention_pattern(name, False)  # the pattern `mentions_name` found the page by
    for hit in page:
        found = written.search(hit.passage.text)
        if found is not None:
            return " ".join(found.group(0).split())  # "Maxine\nWaters" as one line
    return name
