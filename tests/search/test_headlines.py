"""Headline phrasing: "X on Y" asks what X said about Y when X is someone quoted, for sure."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.which_said_questions import names_a_person
from tests.support.indexes import index_of

ARTICLES = {
    "storm.txt": (
        "Ferries wait out the storm\n\n"
        '"No crossing is worth a life," harbour master Ola Briggs said of the storms.\n\n'
        "The bridge to the mainland stayed shut all day.\n"
    ),
    "bridge.txt": (
        "Bridge tolls to rise\n\n"
        "Tolls on the bridge will rise in May. The bridge carries 9,000 cars a day, and the "
        "bridge company says the bridge needs new cables.\n\n"
        '"The tolls pay for the cables," said engineer Anna Bridge.\n'
    ),
    "council.txt": (
        "Council budget\n\n"
        '"We will not cut the ferry subsidy," said councillor Tom Keller.\n\n'
        '"The budget is balanced," said councillor Maria Keller.\n'
    ),
    # the topic is in the sentence before her words, not in them nor in the one giving them
    "fares.txt": (
        "Ferry operator raises prices\n\n"
        "Ferry fares will rise by a tenth in June, the operator announced. "
        '"We held them for five years," said operator chief Nils Dahl.\n'
    ),
    "gala.txt": (
        "Harbour gala opens\n\n"
        '"The staging of the gala was bold," said theatre critic Edda Tolliver.\n'
    ),
}


@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("headlines"), ARTICLES)


def test_name_on_topic_is_what_they_said_about_it(harbour: Index) -> None:
    result = answer(harbour, "Ola Briggs on storms")
    assert result.speaker == "Ola Briggs"
    assert result.lead.startswith("What Ola Briggs said about storms")
    assert "No crossing is worth a life" in result.quotes[0].quote.text
    assert answer(harbour, "Briggs on the storms?").speaker == "Ola Briggs"


def test_a_one_word_name_the_articles_write_as_a_common_word_stays_a_search(
    harbour: Index,
) -> None:
    result = answer(harbour, "Bridge on the mainland")  # "the bridge", not Anna Bridge
    assert result.speaker is None and not result.quotes
    assert result.lead.startswith("Best matching passages")


def test_a_shared_surname_is_resolved_as_the_speech_question_would(harbour: Index) -> None:
    headline = answer(harbour, "Keller on the budget")
    asked = answer(harbour, "What did Keller say about the budget?")
    assert headline.speaker == asked.speaker == "Maria Keller"  # the Keller who spoke of it
    assert headline.lead == asked.lead


def test_someone_who_said_nothing_on_the_topic_is_no_headline(harbour: Index) -> None:
    result = answer(harbour, "Ola Briggs on tolls")  # her words are about storms
    assert result.speaker is None and not result.quotes
    assert "said" not in result.lead  # an ordinary search, whose lead says what it found


def test_someone_unknown_is_no_headline(harbour: Index) -> None:
    unknown = answer(harbour, "Zora Mbeki on storms")
    assert unknown.speaker is None and not unknown.quotes
    plain = answer(harbour, "tolls on the bridge")
    assert plain.speaker is None and plain.lead.startswith("Best matching passages")


@pytest.mark.parametrize(
    "question",
    [
        "ola briggs on storms",
        "ola briggs on the storms?",
    ],
)
def test_a_name_typed_in_lower_case_still_asks_what_they_said(
    harbour: Index, question: str
) -> None:
    result = answer(harbour, question)
    assert result.speaker == "Ola Briggs"
    assert "No crossing is worth a life" in result.quotes[0].quote.text


@pytest.mark.parametrize("question", ["Nils Dahl on fares", "nils dahl on fares"])
def test_words_are_on_the_topic_when_the_passage_holding_them_is(
    harbour: Index, question: str
) -> None:
    result = answer(harbour, question)
    assert result.speaker == "Nils Dahl"
    assert result.quotes[0].quote.text == "We held them for five years"


@pytest.mark.parametrize(
    "question",
    [
        "ola briggs on tolls",  # her words are about storms
        "ola briggs storms",  # a name and words, with no "on": a plain search
        "the cables on the bridge",  # no name at all
        "bridge company cables",
    ],
)
def test_lower_case_forms_stay_searches_without_a_name_and_their_words(
    harbour: Index, question: str
) -> None:
    result = answer(harbour, question)
    assert result.speaker is None and not result.quotes


@pytest.mark.parametrize(
    "question",
    [
        "Ola Briggs comments on storms",  # a headline's verb in the present
        "briggs quotes on the storms",
        "any comment from Ola Briggs on the storms?",
        "anything from ola briggs on the storms?",
        "is there any word from Ola Briggs about the storms",
        "any reaction from briggs on the storms",
        "give me ola briggs's quotes about the storms",
        "get me all of Ola Briggs's comments on the storms",
        "give me quotes from ola briggs about the storms",
        "quote ola briggs on the storms",
    ],
)
def test_words_asked_for_by_name_are_what_they_said(harbour: Index, question: str) -> None:
    result = answer(harbour, question)
    assert result.speaker == "Ola Briggs"
    assert result.quotes and "No crossing is worth a life" in result.quotes[0].quote.text


@pytest.mark.parametrize("question", ["briggs about the storms", "Briggs about storms?"])
def test_a_surname_alone_about_a_topic_is_what_they_said_about_it(
    harbour: Index, question: str
) -> None:
    # as "Briggs on the storms": one word before "about" is a name when it is a headline's
    result = answer(harbour, question)
    assert result.speaker == "Ola Briggs"
    assert result.lead.startswith("What Ola Briggs said about")
    assert result.quotes and "No crossing is worth a life" in result.quotes[0].quote.text


@pytest.mark.parametrize(
    "question",
    [
        "Bridge about the mainland",  # "the bridge", not Anna Bridge
        "briggs about tolls",  # her words are about storms
        "ferries about the storm",  # no one is called so
    ],
)
def test_a_word_alone_about_a_topic_stays_a_search_unless_a_name_on_it(
    harbour: Index, question: str
) -> None:
    result = answer(harbour, question)
    assert result.speaker is None and not result.quotes


def test_quotes_of_something_no_one_is_stay_a_search(harbour: Index) -> None:
    result = answer(harbour, "quote of the day")
    assert result.speaker is None and not result.quotes and not result.choices


def test_a_common_word_before_comments_on_stays_a_search(harbour: Index) -> None:
    result = answer(harbour, "bridge comments on the cables")
    assert result.speaker is None and not result.quotes


def test_a_role_on_a_topic_is_what_its_holder_said(harbour: Index) -> None:
    result = answer(harbour, "the operator chief on fares")
    assert result.speaker == "Nils Dahl"
    assert result.quotes and result.quotes[0].speaker == "Nils Dahl"


def test_a_role_several_hold_is_asked_as_the_speech_question_asks(harbour: Index) -> None:
    headline = answer(harbour, "the councillor on the budget")
    asked = answer(harbour, "what did the councillor say about the budget?")
    assert headline.lead == asked.lead and headline.choices == asked.choices
    assert headline.choices  # "Do you mean Tom Keller or Maria Keller?"


@pytest.mark.parametrize("question", ["Anna Bridge on the tolls", "anna bridge on the tolls"])
def test_a_whole_name_ending_in_a_common_word_is_a_headlines_speaker(
    harbour: Index, question: str
) -> None:
    result = answer(harbour, question)
    assert result.speaker == "Anna Bridge"
    assert result.quotes and "The tolls pay for the cables" in result.quotes[0].quote.text


@pytest.mark.parametrize(
    "question", ["the bridge company on the cables", "the council's budget on ferries"]
)
def test_a_thing_with_its_owner_on_a_topic_stays_a_search(harbour: Index, question: str) -> None:
    result = answer(harbour, question)
    assert result.speaker is None and not result.quotes


@pytest.mark.parametrize(
    "question", ["ola brigs on the storms", "Ola Brigs on storms", "olla briggs on storms"]
)
def test_a_misspelt_name_on_a_topic_is_what_the_one_it_is_a_letter_off_said(
    harbour: Index, question: str
) -> None:
    result = answer(harbour, question)
    assert result.speaker == "Ola Briggs"
    assert result.quotes and "No crossing is worth a life" in result.quotes[0].quote.text


@pytest.mark.parametrize("question", ["olla brigs on tolls", "bridges on the cables"])
def test_a_misspelt_name_with_nothing_of_theirs_on_it_stays_a_search(
    harbour: Index, question: str
) -> None:
    # her words are on storms; a word the articles write is no misspelt name (Anna Bridge)
    result = answer(harbour, question)
    assert result.speaker is None and not result.quotes


def test_a_given_name_typed_right_before_a_misspelt_surname_is_a_name_off_the_topic(
    harbour: Index,
) -> None:
    # "ola" is her given name as the articles write it: whoever typed it means her, and the
    # answer says she said nothing about tolls, as "what did ola brigs say about tolls" does
    result = answer(harbour, "ola brigs on tolls")
    assert result.speaker == "Ola Briggs" and not result.found
    assert "said nothing about tolls" in result.lead


def test_a_role_a_commentator_holds_on_a_topic_is_what_they_said(harbour: Index) -> None:
    result = answer(harbour, "the theatre critic on the gala")  # "critic": no office
    assert result.speaker == "Edda Tolliver"
    assert result.quotes and "The staging of the gala was bold" in result.quotes[0].quote.text


def test_a_date_in_a_headlines_topic_is_what_was_said_about_it(tmp_path: Path) -> None:
    dated = index_of(
        tmp_path,
        {
            "trade.txt": (
                "---\ndate: 2009-01-10\n---\nHarbour trade halved\n\n"
                '"The 2008 crash cost the harbour half its trade," said harbour master Ola '
                "Briggs.\n\nShips now wait a week for a berth in winter.\n"
            ),
            "fog.txt": (
                "---\ndate: 2009-02-01\n---\nFog delays ferries\n\n"
                '"Every crossing was late," said ferry captain Nils Dahl.\n'
            ),
        },
    )
    result = answer(dated, "Ola Briggs on the 2008 crash")  # not articles of 2008
    assert result.speaker == "Ola Briggs"
    assert result.quotes and "The 2008 crash" in result.quotes[0].quote.text


@pytest.mark.parametrize(
    ("word", "person"),
    [("controler", True), ("critc", True), ("pundit", True), ("control", False), ("ban", False)],
)
def test_a_noun_for_a_person_may_be_typed_a_letter_off(word: str, person: bool) -> None:
    assert names_a_person(word) is person
