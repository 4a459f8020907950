"""The question, read once: everything later steps of `answer()` need to know about it.

`read_question` runs first in `answer()`; retrieval, quote ranking and the answer's lead line
consume the `Question` record and never re-read the raw text. The words are read alone first
(`question_words`), then with what the conversation gives them (follow-ups, pronouns, a name
offered), then the person asked about is resolved. Filters (dates, outlets, recency) travel
inside it too, whether they came from options or from the question's words.
"""

from __future__ import annotations

import re
import time
from dataclasses import replace
from datetime import date

from qabot.indexing import Index
from qabot.search.conversation import Conversation, LastSearch, picked_choice
from qabot.search.filter_reading import read_filters, reference_day
from qabot.search.filters import Filters
from qabot.search.followup_people import names_a_place, names_a_thing, owned_person
from qabot.search.kinds_of_people import ANYONE, kind_of_people
from qabot.search.misspelt_names import corrected_speaker
from qabot.search.pronoun_genders import (
    person_meant,
    pronoun_asked,
    refers_back,
    unclear_pronoun,
)
from qabot.search.pronoun_owners import owned_by_pronoun, referred
from qabot.search.question_record import Question
from qabot.search.question_topic import read_topic
from qabot.search.question_words import read_words
from qabot.search.questions import asks_anything_on, parse_speech_question, what_said
from qabot.search.relevance import question_terms
from qabot.search.replies import (
    accepts_suggestion,
    asks_for_more,
    named_nowhere,
    names_news,
    next_name,
    only_links,
)
from qabot.search.request_framing import without_request_framing
from qabot.search.topic_spelling import spelled_topic
from qabot.search.verbless_speech import verbless_speech


def read_question(
    index: Index,
    text: str,
    *,
    conversation: Conversation | None = None,
    filters: Filters | None = None,
    dates_relative_to: str = "newest",
    today: date | None = None,
) -> Question:
    """Read `text` once into a Question (speech intent, resolved speaker, topic, filters).

    Date and outlet words become filters (`qabot.search.filter_reading`) and leave the words
    read and searched; `filters` (from options) win over them. Relative dates count from the
    newest article's date or from `today`, as `dates_relative_to` says.
    """
    first = read_words(index, text, dates_relative_to, today)  # no conversation asked yet
    asked, text, tag = first.asked, first.text, first.tag
    reference, reading = first.reference, first.reading
    unread, only_dates, clash = first.unread, first.only_dates, first.clash
    words, speech, found_filters = first.words, first.speech, first.found_filters
    now = time.monotonic()
    newest = index.newest_date
    speaker = None
    needs_speaker = False
    unclear = ""  # "she" right after a man: who is meant is not guessed
    recent = conversation.recent_speaker(now) if conversation else None
    topic = conversation.recent_topic(now) if conversation else None
    suggestion = conversation.recent_suggestion(now) if conversation else None
    offered = conversation.recent_choices(now) if conversation else ()
    last = conversation.recent_search(now) if conversation else None  # unless speech came after
    resumed: LastSearch | None = None
    next_page = False
    asks_more = asks_for_more(words)
    continued = False  # "more" / "what else": the last speech answer goes on
    # "latest news" after a search asks for the news, not for that search newest first
    only_filters = bool(reading.filters) and only_links(words) and not names_news(text)
    undated_followup = False
    # "latest news", no dates; after a question too when it names the news ("news from last
    # week" is no follow-up: it was told the last question's dates could not narrow it)
    undated_news = only_dates and ((last is None and not recent) or names_news(text))
    only_limits = (only_filters or only_dates) and last is None and not recent  # "in 2005?"
    if (last is not None or recent) and index.newest_date is None and not reading.filters:
        # "and last week?" in an archive whose articles have no dates: date words stay words,
        # and searching for them would answer something else
        day = reference or reference_day(newest, dates_relative_to, today)
        as_dates = read_filters(text, reference=day, outlets=(), dated=True)
        undated_followup = (
            bool(as_dates.filters) and only_links(as_dates.words) and not names_news(text)
        )
    named = next_name(words) if last is not None and not reading.filters else None
    if named is not None:
        # "what about the Guardian?" after a search: an outlet without "in" or "from"
        outlet = read_filters(
            f"in {named}", reference=reference, outlets=index.outlets, dated=False
        )
        if outlet.filters.sources and only_links(outlet.words):
            reading, words, only_filters = outlet, outlet.words, True
            found_filters = outlet.filters
    if speech is None:
        picked = picked_choice(words, offered)
    elif speech.kind == "what_said" and speech.speaker and not speech.topic:
        # "What did Ian Blair say?", chosen from the names offered: the same topic
        picked = picked_choice(speech.speaker, offered)
    else:
        picked = None
    if speech is None and suggestion and accepts_suggestion(words, suggestion):
        # "Did you mean Jens Stoltenberg?" - "yes": the last question, about him
        speech = what_said(suggestion, topic)
    elif picked is not None:
        # "Which Blair: Tony Blair or Ian Blair?" - "Ian": the last question, about him
        speech = what_said(picked, topic)
    elif last is not None and (only_filters or asks_more):
        # "and in 2005?" asks the last search again within those dates (the other limits
        # stay); "more" shows the passages after those it showed
        resumed, next_page, speech, words = last, not only_filters, None, last.words
        found_filters = reading.filters.over(last.filters) if only_filters else last.filters
    elif recent and speech is None and only_filters:
        # "what did Stoltenberg say?" - "and last week?": his words within those dates
        speech = what_said(recent, topic)
    elif recent and speech is None and asks_more:
        speech = parse_speech_question("what else")  # "more": more of the last person's words
        continued = True  # ... on the same topic first, if the last answer had one
    elif (
        conversation is not None
        and (recent or suggestion or offered)
        and (speech is None or (speech.followup and speech.speaker is None and speech.topic))
    ):
        who = next_name(words)
        if who and recent and recent != ANYONE and owned_person(who):
            # "what about his spokesman?": the spokesman of the one talked about (below)
            speech = what_said(who, topic)
        elif (
            who
            and not refers_back(who)
            and who.split()[0].casefold() not in {"about", "on", "else"}
            and (index.speakers.resolve(who) or (recent and named_nowhere(index, who)))
        ):
            # "and Truss?": another person, the same topic; "and the economy?" (a role's other
            # word, "economy minister"): the last person's words on it, or, with no one talked
            # about (a "Did you mean ...?" came first), no one's
            if not (names_a_thing(index, who) or names_a_place(index, who)):
                speech = what_said(who, topic)
            elif recent:
                speech = what_said(recent, who)
    if speech is None and resumed is None:
        speech = verbless_speech(index, words)
        if speech is None and words != text and reading.filters:
            # "Bloomberg on the 2008 financial crisis": a date in a headline's topic
            speech = verbless_speech(index, text)
            words, found_filters = (text, Filters()) if speech else (words, found_filters)
            clash = "" if speech else clash
    if speech is not None and speech.followup and speech.speaker is None:
        # "what else did he say?": his words not shown yet, on the last topic first; "what
        # else did he say about tanks?": those on tanks he was not shown saying already
        continued = continued or re.search(r"\belse\b", words, re.IGNORECASE) is not None
        if continued and topic and recent and not speech.topic:
            speech = replace(speech, topic=topic)
    shown: frozenset[tuple[str, int]] = frozenset()
    # "more" or "they" after "what did the players say?", no one quoted as "players": everyone
    # the articles call so, as after a group asked about a topic
    group = bool(recent and kind_of_people(recent))
    unquoted = group and not index.speakers.count(recent or "")
    if continued and speech and recent and ((topic and (recent == ANYONE or group)) or unquoted):
        # "more" after "what do critics say about Y": everyone called so, on Y, read again
        speech = replace(speech, speaker=recent)
        shown = frozenset(conversation.shown) if conversation is not None else shown
    if (
        speech is not None
        and speech.kind == "what_said"
        and owned_by_pronoun(speech.speaker or "")
    ):
        # "what did his spokesman say?": the spokesman of the person talked about, or no one;
        # "its boss Bill Owens" names him whoever "its" is
        role = owned_by_pronoun(speech.speaker or "") or ""
        owner = recent if recent != ANYONE else None
        named_too = index.speakers.match(role).how == "name"
        speech = replace(
            speech, speaker=role if named_too else referred(speech.speaker or "", owner)
        )
    if speech is not None and speech.kind == "what_said" and speech.speaker is None:
        speaker = recent
        if recent and conversation is not None:  # "he" after Truss: the last man named
            speaker = person_meant(words, recent, conversation.recent_earlier(now))
            unclear = unclear_pronoun(words, recent) if speaker is None else ""
        if last is not None and not continued and not refers_back(words):
            speaker = None  # "Belarus" - "what about tanks?": the search came last, not him
        if speech.topic and not continued and not refers_back(words):
            # "what about Putin?" names someone new: start afresh with them ("what about in
            # the Guardian?" asks where: the directory resolves it to no one)
            # ("anything on Iraq?" and "what about iraq?" ask what there is on it: Iraq is
            # no one here)
            topical = asks_anything_on(words) or names_a_place(index, speech.topic)
            people = () if topical else index.speakers.resolve(speech.topic)
            if people and not names_a_thing(index, speech.topic):  # not "the election"
                speech = what_said(people[0], topic)
                speaker = None
        if speaker is None and speech.speaker is None and pronoun_asked(words, speech.topic):
            needs_speaker = True  # "what did she say about pay?" with nobody to refer to
        elif speaker is None and speech.speaker is None and speech.topic:
            # "and about tanks?" with nobody to refer to: an ordinary search ("something about
            # Iraq" of Iraq, as "tell me about Iraq" is)
            speech, words = None, without_request_framing(index, words)
        elif speaker is None and speech.speaker is None:
            needs_speaker = True
        elif conversation is not None and speaker is not None and (continued or not speech.topic):
            shown = frozenset(conversation.shown)  # "what else did he say?": the others
        if speech and speaker and speaker == recent and unquoted:  # "they" after "the players"
            speech, speaker = replace(speech, speaker=speaker), None
    if (
        picked
        and conversation
        and conversation.pair_else
        and picked in conversation.recent_pair(now)
    ):
        # "what else did he say?" after two people's words, then "Brown": his others
        shown = frozenset(conversation.shown)
    choices: tuple[str, ...] = ()
    unsure = ask_which = False
    topic_spelling: tuple[tuple[str, str], ...] = ()
    if speech is not None and not shown:  # "migartion": the topic as the articles spell it
        speech, topic_spelling = spelled_topic(index, speech)
    kind: str | None = None
    kind_speakers: tuple[str, ...] = ()
    if speech is not None and speech.kind == "what_said" and speech.speaker is not None:
        # someone named: resolved by the speaker readers, imported only for such a question
        from qabot.search.asked_speaker import read_asked_speaker

        asked_speaker = read_asked_speaker(index, speech, words, needs_speaker=needs_speaker)
        speech, speaker, kind = asked_speaker.speech, asked_speaker.speaker, asked_speaker.kind
        kind_speakers, choices = asked_speaker.kind_speakers, asked_speaker.choices
        unsure, ask_which = asked_speaker.unsure, asked_speaker.ask_which
        needs_speaker = asked_speaker.needs_speaker
        topic_spelling = (*topic_spelling, *asked_speaker.respelt)  # "the home secretery"
    topic_words, topic_terms = read_topic(index, speech, many_speakers=bool(kind))
    misspelt, written = None, False
    if speaker is None and speech is not None and speech.speaker and speech.kind == "what_said":
        correction = corrected_speaker(index, speech.speaker, topic_terms)
        if correction is not None:
            speaker, misspelt, written = correction.person, correction.asked, correction.written
    return Question(
        text=asked,
        words=words,
        terms=question_terms(words),
        speech=speech,
        speaker=speaker,
        topic_terms=topic_terms,
        topic_words=topic_words or "",
        misspelt=misspelt,
        misspelt_written=written,
        topic_spelling=topic_spelling,
        choices=choices,
        unsure=unsure,
        ask_which=ask_which,
        kind=kind,
        kind_speakers=kind_speakers,
        shown=shown,
        seen=frozenset(conversation.seen) if shown and conversation is not None else frozenset(),
        filters=(filters or Filters()).over(found_filters),
        needs_speaker=needs_speaker,
        unclear_pronoun=unclear if needs_speaker else "",
        resumed=resumed,
        next_page=next_page,
        undated_followup=undated_followup,
        unread_dates=unread.dates if unread is not None else "",
        date_clash=clash,
        undated_news=undated_news,
        only_limits=only_limits,
        absent_outlet=reading.absent if words != text or tag else "",
        unnamed=(conversation.recent_unnamed(now) or "") if conversation and not recent else "",
    )
