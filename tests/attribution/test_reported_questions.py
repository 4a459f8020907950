"""Reported speech with no quote and no "that": a question after "asked whether/why/..." and a
judgement after "praised/condemned/criticised ..." by a named speaker; each on a short invented
text."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.attribution.test_quotes import attributed
from tests.support.indexes import index_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ivo Fenwick asked whether the harbour board would apologise to the families.",
            [("Ivo Fenwick", "whether the harbour board would apologise to the families")],
        ),
        (
            "The harbour MP asked why the report had been delayed for so long.",
            [("the harbour MP", "why the report had been delayed for so long")],
        ),
        # the question ends where the next speaker's clause starts
        (
            "But as Ivo Fenwick asked how the bus will cross the junctions, Ann Lee, the "
            "roads director, explained that buses would not stop.",
            [
                ("Ivo Fenwick", "how the bus will cross the junctions"),
                ("Ann Lee", "buses would not stop"),
            ],
        ),
        # the one asked stands between "asked" and the question
        (
            "Ivo Fenwick asked the harbour master whether the board would apologise.",
            [("Ivo Fenwick", "whether the board would apologise")],
        ),
        (
            "Ann Lee asked him how the bus would cross the junctions.",
            [("Ann Lee", "how the bus would cross the junctions")],
        ),
        # a quote after a question put answers it: not the asker's words
        (
            "Ann Lee asks the ferryman if he saw the storm. “I did, from the pier.”",
            [("Ann Lee", "if he saw the storm")],
        ),
        # the question ends where the main clause's verb comes back
        (
            "When a pupil asked Ann Lee how the ferry would run, began her reply with a joke.",
            [("a pupil", "how the ferry would run")],
        ),
        # no one asked: a preposition, an aside, a count of people polled
        ("Ann Lee asked about it when she visited the harbour.", []),
        ("They asked 801 adults if they backed the harbour ban.", []),
        # asked, not asking; a relative clause's askers; a form's questions
        ("Ann Lee was asked whether the harbour board would apologise.", []),
        ("It was a show during which callers asked how much she was paid.", []),
        ("It was a show during which callers asked her how much she was paid.", []),
        ("The harbour survey asks where each boat owner was born.", []),
    ],
)
def test_a_question_reported_after_asked_is_the_askers(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert attributed(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ann Lee praised the rescue crews for their courage during the floods.",
            [("Ann Lee", "the rescue crews for their courage during the floods")],
        ),
        # what is judged ends before a relative clause about it
        (
            "Ann Lee condemned the harbour sale in a radio rant, which Zed TV cited as proof.",
            [("Ann Lee", "the harbour sale in a radio rant")],
        ),
        # a passive, a goal "condemning" a team to defeat, a relative clause, a report
        ("The coach said little, with Ann Lee criticised for her tackles on Sam Pike.", []),
        ("A late goal from Ann Lee condemned Harbour Town to a ninth defeat.", []),
        ("Even Harbour Tories who have praised the plan voted against it.", []),
        ("The harbour report praised the rescue crews for their courage.", []),
    ],
)
def test_a_judgement_with_no_quote_is_its_named_speakers(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert attributed(sentence) == expected


ARTICLES = {
    "floods.txt": "Flood thanks\n\nMayor Ann Lee praised the rescue crews for their courage "
    "during the floods.\n",
    "report.txt": "Report delayed\n\nIvo Fenwick asked why the harbour report had been "
    "delayed for so long.\n",
    "market.txt": "Market reopens\n\nThe fish market reopened after the floods.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("questions"), ARTICLES)


def test_what_a_named_person_praised_is_what_they_said(index: Index) -> None:
    result = answer(index, "what did Ann Lee say about the rescue crews?")
    assert [hit.speaker for hit in result.quotes][:1] == ["Ann Lee"]
    assert "courage" in result.quotes[0].quote.text


def test_who_asked_a_question_names_the_asker(index: Index) -> None:
    result = answer(index, "who asked why the harbour report had been delayed?")
    assert [hit.speaker for hit in result.quotes][:1] == ["Ivo Fenwick"]
