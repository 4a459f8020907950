"""Follow-ups to ordinary questions: "more" goes on, "and in 2005?" asks again within dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import Conversation, answer
from tests.support.indexes import dated_index_of, index_of


@pytest.fixture(scope="module")
def ferries(tmp_path_factory: pytest.TempPathFactory) -> Index:
    stories = {}
    for n in range(8):
        year = 2004 if n % 2 else 2005
        outlet = "Harbour Gazette" if n < 4 else "Island Times"
        stories[f"ferry{n}.md"] = (
            f"{year}-03-{n + 1:02d}",
            outlet,
            f"Ferry timetable change {n}",
            f"The ferry timetable for route {n} changes as the harbour ferry fleet is renewed.",
        )
    stories["other.md"] = (
        "2005-05-01",
        "Island Times",
        "Harbour master retires",
        '"The ferry crews kept this island alive," said harbour master Ola Briggs.\n\n'
        '"I will miss the early crossings," Ola Briggs said.',
    )
    return dated_index_of(tmp_path_factory.mktemp("ferries"), stories)


def _ranks(result: object) -> list[int]:
    return [hit.rank for hit in result.passages]  # type: ignore[attr-defined]


def test_more_shows_the_next_passages_of_the_last_search(ferries: Index) -> None:
    chat = Conversation()
    first = answer(ferries, "ferry timetable", top=3, conversation=chat)
    assert _ranks(first) == [1, 2, 3]
    more = answer(ferries, "more", top=3, conversation=chat)
    assert more.found and _ranks(more) == [4, 5, 6]
    assert more.lead == "More passages for “ferry timetable” (4-6):"
    assert more.question == "more"  # the answer echoes what was asked
    assert {hit.passage.id for hit in more.passages}.isdisjoint(
        {hit.passage.id for hit in first.passages}
    )
    again = answer(ferries, "show me more please", top=3, conversation=chat)
    assert _ranks(again) == [7, 8]
    done = answer(ferries, "more", top=3, conversation=chat)
    assert not done.found and done.lead == "No more passages for “ferry timetable”."


def test_and_in_a_year_asks_the_last_search_again_within_it(ferries: Index) -> None:
    chat = Conversation()
    answer(ferries, "ferry timetable from the Island Times", top=3, conversation=chat)
    in_2004 = answer(ferries, "and in 2004?", top=5, conversation=chat)
    assert in_2004.found and in_2004.searched == "ferry timetable"
    assert in_2004.lead.startswith("Best matching passages for “ferry timetable”")
    days = {hit.article.date for hit in in_2004.passages}
    outlets = {hit.article.source for hit in in_2004.passages}
    assert days and all(day.startswith("2004") for day in days)  # type: ignore[union-attr]
    assert outlets == {"Island Times"}  # the outlet asked before still holds
    in_gazette = answer(ferries, "what about the Harbour Gazette?", top=5, conversation=chat)
    assert {hit.article.source for hit in in_gazette.passages} == {"Harbour Gazette"}
    assert all(hit.article.date.startswith("2004") for hit in in_gazette.passages)  # type: ignore[union-attr]


def test_without_a_conversation_or_a_last_search_more_is_not_a_follow_up(ferries: Index) -> None:
    alone = answer(ferries, "more", top=3)
    assert not alone.found and not alone.passages
    fresh = answer(ferries, "more", top=3, conversation=Conversation())
    assert not fresh.found and not fresh.passages


def test_a_speech_question_after_a_search_takes_over_more(ferries: Index) -> None:
    chat = Conversation()
    answer(ferries, "ferry timetable", conversation=chat)
    first = answer(ferries, "What did Ola Briggs say?", top=1, conversation=chat)
    assert first.speaker == "Ola Briggs" and first.quotes
    more = answer(ferries, "more", top=1, conversation=chat)
    # more of her words, not more passages: she said no more than that
    assert more.lead.startswith("Nothing more from Ola Briggs")
    assert more.searched is None
    again = answer(ferries, "ferry timetable", conversation=chat)
    assert again.found
    assert answer(ferries, "more", conversation=chat).searched == "ferry timetable"


def test_and_a_date_after_a_speech_question_keeps_the_person(ferries: Index) -> None:
    chat = Conversation()
    answer(ferries, "What did Ola Briggs say?", conversation=chat)
    later = answer(ferries, "and in 2005?", conversation=chat)
    assert later.speaker == "Ola Briggs" and later.quotes
    assert later.filters.since is not None and later.filters.since.year == 2005


def test_a_date_follow_up_where_no_article_has_a_date_says_so(tmp_path: Path) -> None:
    index = index_of(
        tmp_path,
        {
            "ferry.txt": 'Ferries sail\n\n"The crossings are safe," said captain Ola Briggs.\n',
            "year.txt": "Harbour plans\n\nThe harbour plans for 2005 were approved last week.\n",
        },
    )
    chat = Conversation()
    assert answer(index, "ferry crossings", conversation=chat).found
    undated = answer(index, "and last week?", conversation=chat)
    assert not undated.found and undated.lead.startswith("The articles have no dates")
    answer(index, "What did Ola Briggs say?", conversation=chat)
    assert answer(index, "and in 2005?", conversation=chat).lead.startswith("The articles have")
    # with nothing to follow up, date words are words of an ordinary search
    assert answer(index, "plans for 2005", conversation=Conversation()).found


def test_what_about_after_a_search_asks_about_it_not_an_earlier_speaker(ferries: Index) -> None:
    # "What did Ola Briggs say?" - "ferry timetable" - "what about the fleet?": the search came
    # last, so the fleet is searched for, not looked for in her words
    chat = Conversation()
    answer(ferries, "What did Ola Briggs say?", conversation=chat)
    answer(ferries, "ferry timetable", conversation=chat)
    fleet = answer(ferries, "what about the fleet?", conversation=chat)
    assert fleet.speaker is None and not fleet.quotes
    assert fleet.found and fleet.passages
    assert "Ola Briggs" not in fleet.lead
    # a word that points back still means her
    again = answer(ferries, "what else did she say?", conversation=chat)
    assert again.speaker == "Ola Briggs"


@pytest.fixture(scope="module")
def port(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(
        tmp_path_factory.mktemp("port"),
        {
            "pilots.txt": "Pilots strike at the port\n\n"
            '"We will not sail until the pay offer improves," said Tom Reed, a pilot at the '
            "Westhaven Pilotage Authority.\n\nThe Westhaven Pilotage Authority said talks "
            "would resume.\n",
            "ferry.txt": "Ferries delayed\n\nFerries were delayed at Westhaven for a week.\n",
        },
    )


@pytest.mark.parametrize(
    "setting",
    ["what about in the Westhaven Pilotage Authority?", "and at the pilotage authority?"],
)
def test_what_about_a_setting_names_no_one(port: Index, setting: str) -> None:
    # with no earlier question, "what about in the Guardian?" read the place as a speaker and
    # answered with the words of someone the articles tie to it; a setting asks where, not who
    reply = answer(port, setting, conversation=Conversation())
    assert reply.speaker is None
    assert all(hit.quote.speaker != "Tom Reed" for hit in reply.quotes)
    # a name still is someone new
    assert answer(port, "what about Tom Reed?", conversation=Conversation()).speaker == "Tom Reed"


@pytest.mark.parametrize(
    "news", ["latest news", "what's the latest news?", "the latest headlines"]
)
def test_latest_news_after_a_search_lists_the_newest_articles(ferries: Index, news: str) -> None:
    # "latest news" after a search repeated that search newest first, as "and the latest?" does
    chat = Conversation()
    answer(ferries, "ferry timetable", top=3, conversation=chat)
    newest = answer(ferries, news, top=3, conversation=chat)
    alone = answer(ferries, news, top=3)
    assert newest.lead == alone.lead and newest.lead.startswith("The newest articles")
    assert [hit.passage.id for hit in newest.passages] == [
        hit.passage.id for hit in alone.passages
    ]
    assert newest.passages[0].article.title == "Harbour master retires"


@pytest.fixture(scope="module")
def harbour_chief(tmp_path_factory: pytest.TempPathFactory) -> Index:
    body = (
        '"The new tugs will double our towing capacity," said harbour chief Ines Varga.\n\n'
        '"The fog season starts early this year, and pilots must slow down," Ines Varga said.\n\n'
        '"Dredging the channel will take two summers," she added.\n\n'
        "The port handled a record tonnage last year."
    )
    ferries = "\n\n".join(
        f'"Ferry line {n} will run {n} extra crossings a day," Ines Varga said.' for n in range(6)
    )
    return index_of(
        tmp_path_factory.mktemp("harbour"),
        {
            "harbour.txt": f"Harbour news\n\n{body}",
            "ferries.txt": f"Ferry lines added\n\n{ferries}",
        },
    )


def test_what_else_on_a_topic_repeats_none_of_the_words_shown(harbour_chief: Index) -> None:
    chat = Conversation()
    first = answer(harbour_chief, "What did Ines Varga say?", conversation=chat)
    shown = [hit.quote.text for hit in first.quotes]
    assert any("tugs" in text for text in shown)
    # "else" asks for words not shown yet, also when it names a topic: her one quote on tugs
    # was shown, so the rest of what she said follows under a lead that says so
    tugs = answer(harbour_chief, "what else did she say about the tugs?", conversation=chat)
    assert tugs.lead.startswith("Nothing more from Ines Varga about the tugs; everything else")
    assert tugs.quotes and not {hit.quote.text for hit in tugs.quotes} & set(shown)
    shown += [hit.quote.text for hit in tugs.quotes]
    for _ in range(10):
        rest = answer(harbour_chief, "what else did she say?", conversation=chat)
        if not rest.quotes:
            break
        assert not {hit.quote.text for hit in rest.quotes} & set(shown)
        shown += [hit.quote.text for hit in rest.quotes]
    assert len(shown) == 9  # each of her nine quotes once
    # all shown: no passage is offered again under the lead either
    assert not rest.found and not rest.passages
    assert rest.lead == "Nothing more from Ines Varga in the articles."
    done = answer(harbour_chief, "what else did she say about dredging?", conversation=chat)
    assert not done.found and not done.quotes and not done.passages
    assert done.lead == "Nothing more from Ines Varga about dredging in the articles."


def test_what_else_on_a_topic_goes_on_with_it(harbour_chief: Index) -> None:
    chat = Conversation()
    lines = answer(harbour_chief, "what did Ines Varga say about ferry lines?", conversation=chat)
    shown = {hit.quote.text for hit in lines.quotes}
    assert shown and all(text.startswith("Ferry line") for text in shown)
    more = answer(harbour_chief, "what else did she say about ferry lines?", conversation=chat)
    assert more.lead.startswith("What else Ines Varga said about ferry lines")
    assert more.quotes and more.quotes[0].quote.text.startswith("Ferry line")
    assert not {hit.quote.text for hit in more.quotes} & shown
    # asked without "else", the topic's words are shown again, as asked
    tugs = answer(harbour_chief, "what did she say about the tugs?", conversation=chat)
    assert "tugs" in tugs.quotes[0].quote.text


def test_and_in_a_year_after_dates_that_left_nothing_asks_that_question_again(
    ferries: Index,
) -> None:
    # the lead invites other dates, but "and in 2004?" asked the question before it again
    chat = Conversation()
    assert answer(ferries, "harbour master retires", conversation=chat).found
    empty = answer(ferries, "ferry timetable in February 2005", conversation=chat)
    assert not empty.found and empty.lead.startswith("Nothing about “ferry timetable” in February")
    again = answer(ferries, "and in 2004?", top=5, conversation=chat)
    assert again.found and again.lead.startswith("Best matching passages for “ferry timetable”")
    assert {hit.article.date[:4] for hit in again.passages if hit.article.date} == {"2004"}


def test_more_after_a_question_that_found_nothing_says_nothing_was_found(
    ferries: Index,
) -> None:
    # "No more passages for “xyzzy”" read as if some had been shown
    chat = Conversation()
    assert not answer(ferries, "zeppelin hangar", conversation=chat).found
    more = answer(ferries, "more", conversation=chat)
    assert not more.found and not more.passages
    assert more.lead == (
        "Nothing was found for “zeppelin hangar”, so there is no more to show: ask in other words."
    )
