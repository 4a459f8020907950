"""A role told only by a verb of an office right after the name ("Jo Brannock, who coaches
the side", "Brannock chairs the committee") is recorded as one written before the name is;
a verb of one act ("chaired a meeting", "leads the polls") records none. Short invented
texts."""

from __future__ import annotations

import pytest

from qabot.attribution import extract_quotes
from qabot.attribution.copula_roles import copula_roles, name_ends
from qabot.attribution.summaries import summarize
from qabot.attribution.verb_roles import verb_roles
from qabot.records import Article, ArticleInfo

WORDS = "We will not give up on this season"


def _roles(text: str, speaker: str) -> set[str]:
    article = Article(ArticleInfo(id="a1", path="a1.txt", title="Test"), text)
    return set(summarize(extract_quotes(article), text)[speaker].roles)


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Jo Brannock, who also coached Ferris at youth level, was pleased.", "coach"),
        ("Jo Brannock coaches the under-21 side.", "coach"),
        ("Ms Brannock chairs the Commons transport committee.", "chairman"),
        ("Jo Brannock, who edits a local newspaper, was pleased.", "editor"),
        ("Jo Brannock, who founded the party in 1993, was pleased.", "founder"),
        ("Jo Brannock, who presents The Evening Show, was pleased.", "presenter"),
    ],
)
def test_a_role_told_by_a_verb_of_an_office_is_recorded(sentence: str, role: str) -> None:
    assert role in _roles(f'{sentence} "{WORDS}," said Jo Brannock.', "Jo Brannock")


@pytest.mark.parametrize(
    "sentence",
    [
        "Jo Brannock chaired a meeting on Monday.",  # one act, not the office
        "Jo Brannock leads the polls in the state.",  # a race, not a body
        "Jo Brannock presented the award.",  # one act
        "Ann Brannock coaches the under-21 side.",  # another person of the surname
        "Jo Brannock trains hard every day.",  # no object: no office
        "Jo Brannock presents a problem for the club.",  # no team, body or show
        "Jo Brannock produces a report every year.",  # a document, not a show
    ],
)
def test_no_role_is_recorded_from_a_verb_of_one_act(sentence: str) -> None:
    roles = _roles(f'{sentence} "{WORDS}," said Jo Brannock.', "Jo Brannock")
    assert roles.isdisjoint({"chairman", "leader", "presenter", "coach", "trainer"})


def test_a_name_ends_where_it_is_written_whole_or_as_the_surname_alone() -> None:
    sentence = "Jo Lind spoke. Mr Lind, who coaches the side, and Ann Lind left."
    assert name_ends(sentence, "Jo Lind") == [7, 22]  # "Ann Lind" is another person's name
    assert name_ends(sentence, "") == []


def test_a_verb_whose_object_is_a_quoted_person_tells_no_office() -> None:
    text = (
        "Jo Brannock coached Tim Ferris to breathe before the debate. "
        f'"{WORDS}," said Jo Brannock. "I felt calm," said Tim Ferris.'
    )
    assert "coach" not in _roles(text, "Jo Brannock")


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Jo Brannock coached the Lions to victory.", "coach"),  # a team's name
        ("Jo Brannock chairs the Commons work and pensions committee.", "chairman"),
        ("Jo Brannock, who edits a group blog, was pleased.", "editor"),
    ],
)
def test_an_office_over_a_named_or_joined_body_is_recorded(sentence: str, role: str) -> None:
    assert role in _roles(f'{sentence} "{WORDS}," said Jo Brannock.', "Jo Brannock")


def test_roles_after_a_name_are_read_where_its_writings_end() -> None:
    # the name's ends are found once and read by both the copula and the verb step
    sentence = "Jo Lind is the club's head coach, and Mr Lind chairs the committee."
    ends = name_ends(sentence, "Jo Lind")
    assert copula_roles(sentence, ends) == ["the club's head coach"]
    assert verb_roles(sentence, ends) == ["chairman"]
    assert copula_roles(sentence, []) == verb_roles(sentence, []) == []


def test_the_names_own_words_are_no_other_persons_words() -> None:
    # the people's words are given once and the name's own apart (not copied without them for
    # every sentence, which grew with the square of a long text): "Vale Holdings" after Tom
    # Vale is a body he chairs, while after Ann Ray it is named for a person of the article
    sentence = "Tom Vale chairs Vale Holdings."
    persons = {"Tom", "Vale", "Ann", "Ray"}
    assert verb_roles(sentence, name_ends(sentence, "Tom Vale"), persons, ["Tom", "Vale"]) == [
        "chairman"
    ]
    assert verb_roles(sentence, name_ends(sentence, "Tom Vale"), persons) == []
