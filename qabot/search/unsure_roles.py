"""Answers for a speaker phrase several people may be ("the tory co-chairman": Peter Luff or
Liam Fox) when nothing in the question tells them apart: never one holder's words shown as the
answer while another may be the one meant.

The topic decides what the reader gets. When the words of one holder alone are about it, it
picks them (`topic_holders` returns one; when none of them spoke on it, the one the best story
on the role and topic quotes and calls so); when several holders' words are, each one's best words
are shown under their own name (`side_by_side`); when none are (or no topic is asked), the
answer asks which person is meant, as it does for a shared surname (`which_answer`).
"""

from __future__ import annotations

from dataclasses import replace

from qabot.attribution import is_description
from qabot.attribution.speaker_words import fold_name
from qabot.indexing import Index
from qabot.search.answer_record import Answer
from qabot.search.body_voices import voices_of
from qabot.search.passage_answers import passages_answer
from qabot.search.question_record import Question
from qabot.search.questions import SpeechQuestion
from qabot.search.quote_groups import QuoteHit
from qabot.search.quote_hits import quote_hits
from qabot.search.speaker_quotes import MAX_QUOTES, MAX_VOICES, Spoken, spoken
from qabot.search.story_descriptions import told
from qabot.search.wording import TAIL_WORDS, as_named, echo
from qabot.text import listed

MAX_HOLDERS = 3  # holders whose words are shown side by side (a phone screen holds no more)


def topic_holders(index: Index, read: Question) -> list[tuple[str, Spoken]]:
    """Return the people the question's speaker phrase may mean whose words are about its
    topic, best first, each with their words ranked; none when no topic is asked."""
    if not read.topic_terms:
        return []
    directory = index.speakers
    found = []
    loosely = []  # their words hold only everyday words of the topic
    nearly = []  # none of their words name it, but some were said where their article does
    for person in read.choices:
        voices = voices_of(index, person, (), MAX_VOICES)
        quotes = [
            q
            for q in directory.quotes_of(person, *voices)
            if not read.filters or _admitted(index, read, q.article_id)
        ]
        words = spoken(index, read, person, quotes) if quotes else None
        if words is not None and words.on_topic:
            found.append((person, words))
        elif words is not None and words.loose:
            loosely.append((person, replace(words, quotes=list(words.loose), on_topic=True)))
        elif words is not None and words.near_topic:
            nearly.append((person, words))
    # none names its telling words ("losing his players to the England camp"): "players" and
    # "England" still tell which of them spoke of it; failing that, the one person whose
    # words were said where the articles speak of it ("Stanley" on cameras in schools: the
    # Stanley quoted in that story, not two others of the name quoted elsewhere)
    if found or loosely:
        return found or loosely
    if len(nearly) == 1:
        return nearly
    told_one = _told_holder(index, read)
    return [told_one] if told_one is not None else []


def _told_holder(index: Index, read: Question) -> tuple[str, Spoken] | None:
    """Return the person the story about the topic calls by the role asked, and their words,
    when none of the role's holders spoke on it (`told`): "the agent" warning Bath about a
    player's contract is the agent that story quotes and calls so, though the articles give
    others the role more often."""
    phrase = read.speech.speaker if read.speech is not None else None
    if not phrase or not is_description(phrase):
        return None
    who = told(index, phrase, read.topic_words)
    if who is None:
        return None
    quotes = [
        q
        for q in index.speakers.quotes_of(who)
        if not read.filters or _admitted(index, read, q.article_id)
    ]
    words = spoken(index, read, who, quotes) if quotes else None
    return (who, words) if words is not None else None


def which_answer(
    index: Index, read: Question, speech: SpeechQuestion, *, off_topic: bool = False
) -> Answer:
    """Ask which of the people the speaker phrase may mean is meant: no one's words are shown,
    and replying with a name (or a button) answers for that person, topic kept. With
    `off_topic`, the lead says none of them spoke on the topic, and `found` is false. When
    more people share the name than are offered, the lead says so: the one meant may be
    among them, and only their full name reaches them."""
    offered = read.choices
    among = listed(offered)
    phrase = speech.speaker or ""
    named = as_named(phrase, offered)  # "quill" said "Quill", as the names write it
    # "none of them on tax", but "none of them in the case" (a tail reads as it stands)
    tail = set((speech.topic or "").casefold().split()[:1]) & TAIL_WORDS
    on = " " if tail else " on "
    none_on = f", none of them{on}{echo(speech.topic)}" if speech.topic and off_topic else ""
    # one quoted under the very word asked may be no person: the magazine Forbes beside a judge
    who = "speakers" if fold_name(phrase) in {fold_name(p) for p in offered} else "people"
    others = _others_called(index, phrase, offered)
    plural = others > 1
    more = (
        f" {others} other{'s' if plural else ''} called {named} {'are' if plural else 'is'}"
        " quoted too: ask by full name."
        if others
        else ""
    )
    return Answer(
        read.text,
        not none_on,  # none of them spoke on it: no answer, only the question which one
        f"Several {who} {called(phrase, named)} are quoted{none_on}. Do you mean {among}?{more}",
        choices=offered,
        topic=speech.topic,
    )


def side_by_side(
    index: Index,
    read: Question,
    speech: SpeechQuestion,
    holders: list[tuple[str, Spoken]],
    top: int,
    offset: int,
) -> Answer:
    """Show the best words on the topic of each person the phrase may mean, each under their
    own name, the likeliest first; `speaker` stays unset (no one was resolved)."""
    holders = holders[:MAX_HOLDERS]
    directory = index.speakers
    each = [
        quote_hits(index, directory, words.quotes, MAX_QUOTES, read.filters, fuller=True)
        for _, words in holders
    ]
    shares = [0] * len(each)
    room = max(top, len(each))  # each at least their best words
    while sum(shares) < room and any(s < len(hits) for s, hits in zip(shares, each, strict=True)):
        for at, hits in enumerate(each):
            if sum(shares) < room and shares[at] < len(hits):
                shares[at] += 1
    shown: list[QuoteHit] = [hit for hits, n in zip(each, shares, strict=True) for hit in hits[:n]]
    names = [person for person, _ in holders]
    others = [p for p in read.choices if p not in names]
    also = f" (also {', '.join(others)}, who said nothing on it)" if others else ""
    lead = (
        f"“{speech.speaker}” may mean {listed(names, 'and')}{also}; ask by full name. "
        f"What each {echo(speech.asked or 'said')}:"
    )
    passages = passages_answer(
        index,
        f"{speech.speaker} {read.topic_words}",
        top,
        offset,
        shown,
        filters=read.filters,
        about=read.topic_terms,
    )
    return Answer(
        read.text,
        True,
        lead,
        passages.passages,
        shown,
        passages.more,
        None,
        passages.omitted,
        choices=read.choices,
        topic=speech.topic,
    )


def _admitted(index: Index, read: Question, article_id: str) -> bool:
    info = index.articles.get(article_id)
    return info is not None and read.filters.admits(info)


def _others_called(index: Index, phrase: str, offered: tuple[str, ...]) -> int:
    """Return how many more people a name (not a role: its holders are weighed, not listed)
    may mean than those `offered`."""
    if not phrase or is_description(phrase):
        return 0
    return len(set(index.speakers.resolve(phrase)) - set(offered))


def called(phrase: str, named: str = "") -> str:
    """Return how the people a phrase may mean are named: "called Smith" (`named`, the phrase
    as the names write it, when given), or "the articles call the minister" for a role."""
    return f"the articles call {phrase}" if is_description(phrase) else f"called {named or phrase}"
