"""Answers to "what did X say (about Y)?": X's own words, ranked by the topic in context, and
people never quoted or named nowhere answered honestly ("who said ...?" is `who_said_answer`).

It takes the question as read once (`Question`) and ends with the passages that add to the
quotes shown (`passages_answer`).
"""

from __future__ import annotations

from dataclasses import replace

from qabot.indexing import Index
from qabot.records import Quote
from qabot.search.answer_record import Answer
from qabot.search.body_forms import other_form
from qabot.search.body_voices import voices_of
from qabot.search.kind_answers import body_as_written, kind_off_topic
from qabot.search.kinds_of_people import body_by_kind
from qabot.search.other_holders import other_holders
from qabot.search.passage_answers import passages_answer
from qabot.search.question_fit import fitting
from qabot.search.question_record import Question
from qabot.search.questions import SpeechQuestion
from qabot.search.quote_groups import QuoteHit
from qabot.search.quote_hits import fit_phone, not_shown, quote_hits
from qabot.search.quote_pieces import quoted_fragment
from qabot.search.quote_spread import PEOPLE_FIRST, one_each, spread
from qabot.search.speaker_quotes import MAX_QUOTES, MAX_VOICES, Spoken, spoken
from qabot.search.speech_leads import what_said_lead
from qabot.search.unknown_speakers import unknown_speaker
from qabot.search.unsure_roles import side_by_side, topic_holders, which_answer
from qabot.text import terms_of, tokenize

STORY_SHARE = 2  # quotes of one undated story among the first five, with no topic asked


def what_said(
    index: Index,
    read: Question,
    speech: SpeechQuestion,
    top: int,
    offset: int,
    *,
    undated: bool = False,
    widened: bool = False,
) -> Answer:
    """ "what did X say (about Y)?": X's own words, ranked by the topic in context; with
    `undated`, only their words (and passages) in articles without a date. `widened`: the
    role's other holders were weighed already (`other_holders`)."""
    person = read.speaker
    if person is None:
        return unknown_speaker(index, read, speech.speaker or "", top, offset)
    # "the government", "the council" asked about a topic: the bodies of that kind whose
    # words are about it, not a question which of them was meant
    by_kind = body_by_kind(speech.speaker or "") and bool(read.topic_terms)
    if by_kind:  # "council tax" asked of "the council": every council's words hold "council"
        own = set(tokenize(speech.speaker or ""))
        read = replace(
            read,
            topic_terms=tuple(t for t in read.topic_terms if t not in own) or read.topic_terms,
        )
    if read.ask_which and not by_kind and (len(read.choices) < 2 or read.shown or undated):
        return which_answer(index, read, speech)
    if (
        (read.unsure or read.ask_which)
        and len(read.choices) > 1
        and not read.shown
        and not undated
        and not widened  # the holders were weighed: one was chosen
    ):
        # a role several hold or a surname no one owns, nothing in the question saying whose:
        # the topic picks one ("the coach ... about the win in rome"), or each one's words are
        # shown under their own name, or the answer asks (saying none spoke on the topic)
        holders = topic_holders(index, read)
        if not _said_on(holders) and not by_kind:
            # none of those offered spoke on it: another holder of the role may have
            widened_to = _widened(index, read, speech, read.choices)
            if widened_to is not None:
                read, holders = widened_to
        if not holders and by_kind:
            return _none_of_kind(index, read, speech, [], top, offset)
        if not holders:
            return which_answer(index, read, speech, off_topic=bool(read.topic_terms))
        if len(holders) > 1:
            return side_by_side(index, read, speech, holders, top, offset)
        person = holders[0][0]
        read = replace(read, speaker=person)
    directory = index.speakers
    # a party or company also speaks through its spokespeople and leaders, each shown by name
    # ... and a kind of people ("experts") through everyone the articles call so
    # ... and a body quoted under its initials is the one quoted under its full name ("the FA")
    same = [] if read.kind else [f for f in [other_form(index, person)] if f is not None]
    # (the FA's, not the Spanish FA's: `voices_of`)
    voices = list(read.kind_speakers) if read.kind else voices_of(index, person, same, MAX_VOICES)
    # ... and "police" through every police force the articles name ("Miami-Dade Police")
    voices += [] if read.kind else directory.branches(person)[:MAX_VOICES]
    quotes = [
        q
        for q in directory.quotes_of(person, *same, *voices)
        if not (undated and _dated(index, q))
    ]
    # "police" asked for generically speaks through every force and its spokesmen, each in a
    # story of their own: the topic must hold whole in theirs
    generic = not read.kind and body_by_kind(person)
    each_own = {*voices, *directory.branches(person)} if generic else set()
    apart = frozenset(q.speaker for q in quotes if directory.canonical(q) in each_own)
    # ranked with the words shown already: "what else did he say?" goes on with the ranking
    # the first answer counted its "N more quotes" from, not a new one of what is left
    found_quotes = _unshown(spoken(index, read, person, quotes, whole_topic=apart), read)
    quotes, on_topic, near_topic = (
        found_quotes.quotes,
        found_quotes.on_topic,
        found_quotes.near_topic,
    )
    if (
        read.topic_terms
        and not on_topic
        and not (widened or read.kind or read.shown or undated or by_kind)
        and (widened_to := _widened(index, read, speech, (person, *read.choices), person))
    ):
        # a role's holder who said nothing on the topic, when another holder did: the one
        # who spoke of it, the others named ("what did the coach say about the wet pitch?")
        wider, holders = widened_to
        if len(holders) > 1:
            return side_by_side(index, wider, speech, holders, top, offset)
        # still a guess: the lead names the others the role may mean (`what_said_lead`)
        chosen = replace(wider, speaker=holders[0][0], unsure=True, ask_which=False)
        return what_said(index, chosen, speech, top, offset, widened=True)
    # without a topic the quotes are a timeline, newest first; with one, best answer first,
    # unless "latest" asks for the newest of those on the topic first
    timeline = not read.topic_terms or read.filters.recent
    if not read.topic_terms and not read.shown and not any(_dated(index, q) for q in quotes):
        # articles with no date have no timeline: the first screen holds words of several
        # stories, not all of the first story the archive happens to hold; the speaker's own
        # words in quote marks come before the writer's reports of what they said
        quotes = sorted(quotes, key=lambda q: q.kind != "direct" or quoted_fragment(q))
        quotes = spread(quotes, most=STORY_SHARE, among=MAX_QUOTES)
    found = quote_hits(index, directory, quotes, MAX_QUOTES, read.filters, timeline, fuller=True)
    if read.topic_terms and read.filters.recent:
        topic = set(read.topic_terms)  # on the topic first, each part still newest first
        found.sort(
            key=lambda hit: not topic & {*terms_of(hit.quote.text), *terms_of(hit.quote.sentence)}
        )
    if read.kind:  # a group: the words of several of its people first, a cap on each
        found = one_each(found, lambda hit: hit.speaker, PEOPLE_FIRST)
    ranked = found  # passages below repeat none of them, shown now or after "more"
    # words on no part of the topic asked, nor said where the articles mention it, are no
    # answer: under "X said nothing about Y" what fits a phone, no more than asked for, shows
    # what X does speak of; "more" shows the rest
    aside = bool(read.topic_terms) and not on_topic and not near_topic and not read.shown
    found = fit_phone(found, 1)[:top] if aside else fit_phone(found, top)
    if read.kind and read.shown and not on_topic:  # "more" after their words on the topic
        on_that = " on that" if read.topic_terms else ""  # "more" after a topic asked
        lead = f"Nothing more from {person}{on_that} in the articles."
        return Answer(read.text, False, lead, speaker=person)  # "they" still means them
    if read.kind and read.topic_terms and not on_topic:
        near = quote_hits(index, directory, list(found_quotes.near), top, read.filters)
        return kind_off_topic(index, read, read.kind, speech.topic or "", top, offset, near)
    if by_kind and not on_topic and not read.shown:
        # "what did police say about houston?": everything some police body said in other
        # stories is no answer
        near = quote_hits(index, directory, list(found_quotes.near), top, read.filters)
        return _none_of_kind(index, read, speech, near, top, offset)
    lead, unreported = what_said_lead(
        read,
        speech,
        person=person,
        same=same,
        found=found,
        quotes=quotes,
        on_topic=on_topic,
        near_topic=near_topic,
        aside=aside,
        own=[q for q in quotes if directory.canonical(q) in (person, *same)],
    )
    passages = (
        # "more" of their words: passages came with the first answer; none left, none again
        Answer(read.text, True, "")
        if read.shown
        else passages_answer(
            index,
            f"{person} {read.topic_words}",
            top,
            offset,
            ranked,
            filters=read.filters,
            about=read.topic_terms,  # about the topic, not only about the person
        )
    )
    if undated:
        passages = replace(
            passages, passages=[hit for hit in passages.passages if not hit.article.date]
        )
    if found:
        # under X's words a passage of another article (a profile, a preview, a match report
        # naming X) adds none of what X said: only the stories of the quotes shown
        stories = {hit.quote.article_id for hit in found}
        kept = [hit for hit in passages.passages if hit.passage.article_id in stories]
        if len(kept) < len(passages.passages):
            passages = replace(
                passages,
                passages=kept,
                omitted=passages.omitted + len(passages.passages) - len(kept),
                more=passages.more and bool(kept),
            )
    if read.topic_terms and not on_topic:
        # under "X said nothing about Y" a passage on Y that does not name X is filler
        named = [*tokenize(person)[-1:], *read.topic_terms]
        passages = fitting(passages, named, index.engine.idf(named))
    return Answer(
        read.text,
        # a lead saying there is nothing is not an answer, nor are their words on other
        # things shown under "X said nothing about Y" (passages on Y naming X may be one)
        not unreported and bool((found and not aside) or passages.passages),
        lead,
        passages.passages,
        found,
        passages.more,
        person,
        passages.omitted,
        choices=read.choices,
        more_from=person if speech.topic and found else None,  # the topic narrowed it down
        read_as=person if read.misspelt else None,
        topic=speech.topic,
        quotes_left=quotes_left(len(ranked), len(found), len(read.shown)),
        quotes_beyond=len(found) < len(ranked) == MAX_QUOTES,  # ranking stopped, some unshown
    )


def quotes_left(ranked: int, shown: int, before: int) -> int:
    """Return how many quotes are left to show after `shown` of the `ranked`, `before` shown
    by earlier answers. Ranking stops at MAX_QUOTES: a first answer then counts at least that
    many ("34+ more"); a "more" after it would count its own ranking of the rest, "34+" page
    after page, so it gives no count (0: "more quotes") until the rest are all ranked."""
    if ranked < MAX_QUOTES:
        return ranked - shown  # every quote left was ranked: the count is exact
    return 0 if before else ranked - shown


def _none_of_kind(
    index: Index,
    read: Question,
    speech: SpeechQuestion,
    near: list[QuoteHit],
    top: int,
    offset: int,
) -> Answer:
    """ "No words of police name houston": a body asked by its kind none of whose words name
    the topic; their words `near` it, else the passages that name the body and the topic."""
    body = speech.speaker or ""
    shown = body_as_written(index, body, read.speaker or "")
    return kind_off_topic(index, read, shown, speech.topic or "", top, offset, near, searched=body)


def _unshown(found: Spoken, read: Question) -> Spoken:
    """Return `found` without the quotes `read.shown` (and words inside the sentences shown
    with them, `read.seen`); when none about the topic is left, the rest of the speaker's
    words, not about it ("Nothing more from X on that; everything else")."""
    shown, seen = read.shown, read.seen
    if not shown:
        return found
    everything = (*found.ranked, *found.quotes)
    left = not_shown(found.quotes, shown, everything, seen)
    if left and found.on_topic:
        return replace(found, quotes=left)
    rest = not_shown(found.ranked, shown, everything, seen)
    near = tuple(not_shown(found.near, shown, everything, seen))
    return replace(found, quotes=rest, on_topic=False, near=near)


def _said_on(holders: list[tuple[str, Spoken]], *, strictly: bool = False) -> bool:
    """Return whether some of the holders weighed spoke on the topic (not only near it);
    `strictly`, in words naming it, not only its everyday words (`Spoken.loose`): those do not
    overturn the holder a role was resolved to."""
    return any(words.on_topic and not (strictly and words.loose) for _, words in holders)


def _widened(
    index: Index,
    read: Question,
    speech: SpeechQuestion,
    known: tuple[str, ...],
    besides: str | None = None,
) -> tuple[Question, list[tuple[str, Spoken]]] | None:
    """Return the question with the role's other holders quoted on its topic offered beside
    `known` (`other_holders`), and the holders it weighs (but `besides`), when some spoke on
    the topic in words naming it (`_said_on` strictly); else None."""
    others = other_holders(index, speech.speaker or "", known, read.topic_terms)
    if not others:
        return None
    wider = replace(read, choices=(*dict.fromkeys(known), *others), unsure=True)
    holders = [h for h in topic_holders(index, wider) if h[0] != besides]
    return (wider, holders) if _said_on(holders, strictly=True) else None


def _dated(index: Index, quote: Quote) -> bool:
    info = index.articles.get(quote.article_id)
    return bool(info and info.date)
