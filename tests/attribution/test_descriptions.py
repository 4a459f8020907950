"""Descriptions: a speaker phrase without a name is the holder of a role named earlier, the
person the passage is about, a role's holder named next, or stays a description."""

from __future__ import annotations

import pytest

from tests.attribution.test_quotes import attributed

INTRO = "The harbour board met on Monday to discuss the ferry."


@pytest.mark.parametrize(
    ("introduced", "described"),
    [
        # an organisation's role, without an article, after the person was named with it
        ("Acme chief economist Ana Ruiz spoke in May.", "Acme chief economist"),
        # the organisation's head, however the article words the role
        ("Acme boss Ana Ruiz spoke in May.", "Acme's chief executive"),
        ("Maria Lopez, Acme's chief executive, spoke in May.", "the Acme boss"),
    ],
    ids=["economist", "boss-then-chief-executive", "chief-executive-then-boss"],
)
def test_a_role_refers_to_the_person_named_with_it(introduced: str, described: str) -> None:
    quotes = attributed(
        introduced,
        "The figures were poor for a third month.",
        f"\u201cThe outlook is weak for the rest of the year,\u201d {described} said.",
    )
    assert [speaker for speaker, _ in quotes] in (["Ana Ruiz"], ["Maria Lopez"])


def test_a_role_of_another_organisation_or_another_noun_is_not_linked() -> None:
    quotes = attributed(
        "Acme boss Ana Ruiz spoke in May.",
        "The figures were poor for a third month.",
        "\u201cWe will look at it again,\u201d Acme's lawyer said.",
        "\u201cThe outlook is weak,\u201d Globex's chief executive said.",
    )
    assert [speaker for speaker, _ in quotes] == ["Acme's lawyer", "Globex's chief executive"]


def test_a_role_named_just_after_it_gives_the_name() -> None:
    quotes = attributed(
        INTRO,
        "\u201cThe economy is at a pause,\u201d the economy minister said. "
        "\u201cIt will recover,\u201d said economy minister Ana Ruiz.",
    )
    assert [speaker for speaker, _ in quotes] == ["Ana Ruiz", "Ana Ruiz"]


def test_an_unnamed_spokesman_is_not_a_named_one() -> None:
    quotes = attributed(
        "Acme spokesman Tom Vance spoke in May.",
        "A Acme spokesman said later that the ferry would run.",
    )
    assert all(speaker != "Tom Vance" for speaker, _ in quotes)


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        # a long description after the cue
        (
            "said a harbour official who spoke on condition of anonymity to talk candidly "
            "about the state of the ferry service",
            "a harbour official",
        ),
        ("said one of two pilots who saw the crash", "one of two pilots"),
        ("this source told the Post", "this source"),
    ],
)
def test_unnamed_speakers_after_the_quote(cue: str, speaker: str) -> None:
    quotes = attributed(INTRO, f"\u201cThe ferry was never safe,\u201d {cue}.")
    assert quotes == [(speaker, "The ferry was never safe")]


def test_a_possessed_role_is_not_the_person_spoken_of() -> None:
    quotes = attributed(
        "Lord Tom Vance spoke to the board.",
        "The mayor's official spokesman also rejected the claims, saying: "
        "\u201cThe board made it clear the words were its own.\u201d",
    )
    assert [speaker for speaker, _ in quotes] == ["the mayor's official spokesman"]


def test_a_role_with_a_party_word_refers_back_to_the_person_with_that_role() -> None:
    quotes = attributed(
        "Senator Maria Lopez of Ohio visited the plant on Monday.",
        "The plant employs 400 people.",
        "Union leaders met the owners twice last week.",
        "The talks will resume in March, the company said.",
        "\u201cWe will fight for every job here,\u201d the Republican senator said.",
    )
    assert quotes[-1] == ("Maria Lopez", "We will fight for every job here")


def test_a_role_with_another_party_word_is_not_linked() -> None:
    quotes = attributed(
        "Libertarian nominee Maria Lopez visited the plant on Monday.",
        "The plant employs 400 people.",
        "\u201cWe will fight for every job here,\u201d the Republican nominee said.",
    )
    assert quotes[-1][0] != "Maria Lopez"


@pytest.mark.parametrize(
    ("introduced", "described"),
    [
        ("Conservative nominee Maria Lopez", "the Tory nominee"),
        ("Tory nominee Maria Lopez", "the Conservative nominee"),
        ("Democratic nominee Maria Lopez", "the Democrat nominee"),
    ],
    ids=["conservative-then-tory", "tory-then-conservative", "democratic-then-democrat"],
)
def test_a_role_with_the_party_s_other_name_is_linked(introduced: str, described: str) -> None:
    quotes = attributed(
        f"{introduced} visited the plant on Monday.",
        "The plant employs 400 people.",
        f"\u201cWe will fight for every job here,\u201d {described} said.",
    )
    assert quotes[-1] == ("Maria Lopez", "We will fight for every job here")


def test_an_organisations_role_may_be_the_person_spoken_of() -> None:
    quotes = attributed(
        "Oxfam director Barbara Stocking spoke on Monday.",
        "\u201cThe poorest children pay with their lives,\u201d the charity's director said.",
    )
    assert quotes[-1][0] == "Barbara Stocking"


@pytest.mark.parametrize("epithet", ["Matchwinner", "Man-of-the-match"])
def test_a_description_refers_to_a_surname_opened_by_an_epithet(epithet: str) -> None:
    # the person just written of by their surname after an epithet, not the last speaker
    quotes = attributed(
        "Ann Bell put Leeds ahead with a first-half goal. \u201cWe had the better chances,\u201d "
        "said coach Tom Hardy. Hardy praised the move that led to the goal. \u201cIt was "
        f"brilliant skill from Carl Dunn.\u201d {epithet} Bell was full of praise for Dunn's "
        "run. \u201cIt was great play from Carl,\u201d said the Leeds striker."
    )
    assert quotes[-1] == ("Ann Bell", "It was great play from Carl")


@pytest.mark.parametrize("opening", ["The", "De", "Despite"])
def test_an_article_particle_or_preposition_is_no_epithet(opening: str) -> None:
    # "The Bell ...", "De Bell ...", "Despite Bell ...": no subject named by an epithet
    quotes = attributed(
        "Ann Bell put Leeds ahead with a first-half goal. \u201cWe had the better chances,\u201d "
        f"said coach Tom Hardy. {opening} Bell remark drew a smile from the fans. \u201cIt was "
        "great play from Carl,\u201d said the Leeds coach."
    )
    assert quotes[-1][0] != "Ann Bell"


def test_a_record_holder_with_measures_joined_by_and_is_the_person_the_story_is_about() -> None:
    quotes = attributed(
        "Mark Olsen has accused young runners of lacking ambition.",
        '"Nobody here wants to be the best in the world," the world 200m and 400m record holder '
        "told the radio station.",
    )
    assert quotes[-1] == ("Mark Olsen", "Nobody here wants to be the best in the world")


@pytest.mark.parametrize(
    ("described", "meant"),
    [
        # an office of another kind than the one the article gave them: someone else
        ("the mayor", False),
        # what a person is beside an office ("the father of two") may be them
        ("the father", True),
    ],
    ids=["another-office", "held-beside"],
)
def test_a_description_of_another_role_is_not_the_person_spoken_of(
    described: str, meant: bool
) -> None:
    quotes = attributed(
        "Tom Price, a local farmer, lost his barn in the flood on Monday.",
        f"\u201cThe water came in under the doors,\u201d {described} said.",
    )
    assert (quotes[0][0] == "Tom Price") is meant
