"""Kinds of people asked about ("what do critics say about the film?"): everyone the articles
call so, on the topic, or an honest "none of them is quoted on it"."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from qabot.console import run
from qabot.indexing import Index
from qabot.search import Conversation, answer, parse_speech_question
from qabot.search.kinds_of_people import (
    kind_and_where,
    kind_of_people,
    one_of,
    people_called,
    singular,
)
from tests.support.indexes import index_of

ARTICLES = {
    "film.txt": (
        "Epic film opens on Friday\n\n"
        "The epic film opens in cinemas on Friday after a long wait.\n\n"
        '"The film is a triumph from start to finish," said film critic Ann Gale.\n\n'
        "Critics said the film was the best of the year.\n"
    ),
    "patents.txt": (
        "Software law row\n\n"
        "Critics say the patent law would hurt small software firms.\n\n"
        '"It favours the giants," said campaigner Tom Hale.\n'
    ),
    "rates.txt": (
        "Bank holds rates\n\n"
        '"Rates will stay on hold until the spring," said economist Jo Park.\n\n'
        "City economists said the bank would wait for the growth figures.\n"
    ),
    "harbour.txt": (
        "Harbour town runs short of fuel\n\n"
        '"We have fuel for two more days at most," said Dr Lena Moss, a doctor in Porthmere.\n\n'
        "Doctors in the town warned that the clinic would close.\n"
    ),
    "stadium.txt": (
        "Stadium opens its gates\n\n"
        "The stadium opened on Saturday with a concert for 60,000 people.\n"
    ),
    "pool.txt": (
        "Pool to close for repairs\n\n"
        '"We cannot afford to mend the pool this year," a spokeswoman for Hollin Council said.\n'
    ),
    "pensions.txt": (
        "Nurses warn on pensions\n\n"
        '"Our members will not accept a smaller pension," said union leader Ana Ruiz.\n\n'
        "The Harbour Rugby Union said the new season would open in May.\n"
    ),
    "keys.txt": (
        "Mayor backs festival\n\n"
        '"It will work," said Sam Kell, a key adviser to the mayor.\n\n'
        '"We will play every song we know," said singer Ada Keyes.\n'
    ),
    "ferry.txt": (
        "Ferry fares frozen\n\n"
        '"Fares will not rise this year," said ferry manager Tilda Banks.\n\n'
        '"Rates will rise before the summer," said Harbour Bank chief Ola Moss.\n\n'
        "The ferry firm's two banks agreed new loans, and other banks may follow.\n"
    ),
    "evans.txt": (
        "Evans signs for Rovers\n\n"
        '"I am delighted to join," said Rob Evans.\n\n'
        '"He will score goals," said coach Dan Evans.\n'
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("kinds"), ARTICLES)


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("critics", "critics"),
        ("the legal experts", "legal experts"),
        ("most economists", "economists"),
        ("Blair", None),  # a name
        ("the minister", None),  # one person
        ("the boss", None),
    ],
)
def test_a_kind_of_people_is_a_plural_in_lower_case(phrase: str, kind: str | None) -> None:
    assert kind_of_people(phrase) == kind


@pytest.mark.parametrize(
    ("phrase", "found"),
    [
        ("doctors in porthmere", ("doctors", "porthmere")),
        ("the economists at the bank", ("the economists", "the bank")),
        ("Tom Hale in Porthmere", None),  # a name, then a place
        ("doctors", None),
    ],
)
def test_a_kind_of_people_then_where_they_are(phrase: str, found: tuple[str, str] | None) -> None:
    assert kind_and_where(phrase) == found


def test_a_kind_asked_with_where_they_are_is_the_kind_on_that_place(index: Index) -> None:
    # "doctors in porthmere" is nobody's name: the doctors' words on the place
    for question in (
        "what did doctors in porthmere say",
        "what did doctors in porthmere say about fuel",
    ):
        result = answer(index, question)
        assert result.found and result.lead.startswith("What doctors (")
        assert "Lena Moss" in {hit.speaker for hit in result.quotes}


def test_singular_of_plural_nouns_for_people() -> None:
    assert [singular(w) for w in ("analysts", "deputies", "coaches", "witnesses")] == [
        "analyst",
        "deputy",
        "coach",
        "witness",
    ]


def test_a_plural_that_is_a_surname_is_a_name_not_a_kind(index: Index) -> None:
    assert people_called(index.speakers, "evans") is None


def test_a_name_typed_in_lower_case_ending_in_a_plural_is_the_person(index: Index) -> None:
    # "what did tony banks say when ...": everyone the articles call "tony banks", those at
    # a bank among them
    result = answer(index, "what did tilda banks say about fares?")
    assert result.speaker == "Tilda Banks" and result.quotes, result.lead
    assert {hit.speaker for hit in result.quotes} == {"Tilda Banks"}


def test_what_a_kind_said_is_everyone_the_articles_call_so_on_the_topic(index: Index) -> None:
    result = answer(index, "what do economists say about rates")
    assert result.found and result.lead.startswith("What economists (")
    assert {hit.speaker for hit in result.quotes} == {"Jo Park", "City economists"}


def test_a_kind_s_words_on_another_topic_are_left_out(index: Index) -> None:
    result = answer(index, "what do critics say about the film")
    said = " ".join(hit.quote.text for hit in result.quotes)
    assert result.found and "best of the year" in said
    assert "patent" not in said  # critics, but of another thing


def test_a_kind_quoted_on_nothing_asked_says_so_and_shows_the_topic(index: Index) -> None:
    result = answer(index, "what do critics think about the stadium")
    assert not result.quotes
    assert result.lead == (
        "No words of critics in the articles name the stadium. Passages about the stadium:"
    )
    assert result.found and all("stadium" in hit.passage.text for hit in result.passages)


def test_a_kind_asked_with_are_saying(index: Index) -> None:
    parsed = parse_speech_question("what are economists saying about rates?")
    assert parsed is not None and parsed.kind == "what_said" and parsed.speaker == "economists"
    result = answer(index, "what are economists saying about rates?")
    speakers = {hit.speaker for hit in result.quotes}
    assert "Jo Park" in speakers and result.found


def test_a_kind_s_words_where_the_articles_mention_the_topic_are_shown_as_such(
    tmp_path: Path,
) -> None:
    # the official's words never say "shelling", but were said where the story tells of it
    index = index_of(
        tmp_path,
        {
            "border.txt": (
                "Night on the border\n\n"
                "Both sides reported shelling near the border town on Friday. Regional "
                'official Ivo Marsh said: "Our side only returned fire."\n'
            ),
            "roads.txt": "Roads plan\n\nRoads official Ana Kent said the bridge would open.\n",
        },
    )
    result = answer(index, "what do officials say about the shelling")
    assert result.lead == (
        "No words of officials in the articles name the shelling. Their words where the "
        "articles mention it:"
    )
    assert [hit.speaker for hit in result.quotes] == ["Ivo Marsh"]


def test_a_role_then_a_name_no_passage_writes_is_no_kind_of_people(index: Index) -> None:
    # "critic ola vardakis" ends like a plural ("critics") but names someone nobody quotes
    result = answer(index, "what did critic ola vardakis say about the film")
    assert not result.found and result.quotes == [] and result.passages == []
    assert "not named" in result.lead


def test_a_name_misspelt_into_a_plural_is_no_kind_of_people(index: Index) -> None:
    # "dr ann gales" ends like a plural, but the articles write only "Gale": a name, misspelt
    result = answer(index, "what did dr ann gales say about the film")
    assert result.speaker == "Ann Gale"
    assert result.quotes[0].quote.text.startswith("The film is a triumph")


def test_where_a_kind_is_and_the_topic_are_both_named_in_the_lead(index: Index) -> None:
    # "critics in porthmere" on the stadium: no critic's words name either; the lead names the
    # place and the topic as two things asked, not run together ("name porthmere the stadium")
    result = answer(index, "what did critics in porthmere say about the stadium")
    assert "porthmere and the stadium" in result.lead, result.lead


@pytest.mark.parametrize(
    ("phrase", "body"),
    [
        ("anyone from microsoft", "microsoft"),
        ("Somebody at the Council", "the Council"),
        ("someone in the government", "the government"),
        ("any one of the unions", "the unions"),
        ("anyone", None),  # anyone at all: `means_anyone`
        ("doctors in porthmere", None),  # a kind of people, then where they are
        ("Anyone Jones", None),
    ],
)
def test_an_unnamed_someone_of_a_body_stands_for_the_body(phrase: str, body: str | None) -> None:
    assert one_of(phrase) == body


def test_did_anyone_from_a_body_comment_asks_the_bodys_words(index: Index) -> None:
    result = answer(index, "did anyone from hollin council comment on the pool?")

    assert result.found and result.speaker == "Hollin Council"
    assert result.lead == "What Hollin Council said about the pool:"
    assert "cannot afford to mend the pool" in result.quotes[0].quote.text


def test_a_kind_of_bodies_speaks_through_those_given_its_noun_as_a_role(index: Index) -> None:
    # "union" is first the last word of a body quoted ("Harbour Rugby Union"), but the union
    # leader's words are the unions' words on pensions: not "No words of unions name them"
    result = answer(index, "what did the unions say about pensions?")

    assert result.found
    assert result.lead == "What the unions (Ana Ruiz) said about pensions:"
    assert "smaller pension" in result.quotes[0].quote.text


STADIUM = {
    "opening.txt": "Stadium opens\n\nThe stadium opened on Saturday with a concert.\n",
    "roof.txt": "Stadium roof\n\nThe stadium roof was finished in the spring.\n",
    "seats.txt": "Stadium seats\n\nThe stadium seats forty thousand people.\n",
    "parking.txt": "Stadium parking\n\nParking near the stadium costs ten pounds.\n",
    "novel.txt": (
        "Novel praised\n\n"
        'Critics said the novel was the best of the year. "A quiet triumph," said critic Ida '
        "Fenn.\n"
    ),
}


def test_more_after_passages_about_a_topic_no_kind_spoke_of_shows_the_next_ones(
    tmp_path: Path,
) -> None:
    # "(more passages match: type “more”)", then "more" said no question was asked before
    index = index_of(tmp_path, STADIUM)
    chat = Conversation()
    first = answer(index, "what do critics say about the stadium", top=2, conversation=chat)
    assert first.lead.startswith("No words of critics") and first.more
    more = answer(index, "more", top=2, conversation=chat)
    assert more.found and more.lead.startswith("More passages for “the stadium” (3-4)")
    seen = {hit.passage.text for hit in first.passages}
    assert seen.isdisjoint(hit.passage.text for hit in more.passages)
    assert all("stadium" in hit.passage.text for hit in more.passages)
    talk = Conversation()
    out = io.StringIO()
    script = io.StringIO("what do critics say about the stadium\nmore\n")
    run(lambda q: answer(index, q, top=2, conversation=talk), script, out)
    assert out.getvalue().split("qabot> ")[2].startswith("More passages for “the stadium” (3-4)")


def test_a_misspelt_name_ending_in_a_word_of_some_role_is_no_kind(index: Index) -> None:
    # "ada keys" ends like a plural whose singular a role holds ("a key adviser"), but "key"
    # is no noun for bodies or people: a misspelt name ("Ada Keyes"), not a kind whose words
    # are the key adviser's
    assert "Sam Kell" not in (people_called(index.speakers, "ada keys") or [])
    assert "Sam Kell" not in (people_called(index.speakers, "ada keyes") or [])
