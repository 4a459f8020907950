"""What an office is of ("Chancellor of the Exchequer", "Secretary of State for Health") is no
part of the name after it; a role written after "is" or "was" is recorded as the one before the
name is; an office's description ("the prime minister said") is the person the passage is about
only when the article titles them so; a stray closing mark after an inverted cue's name ends the
cue's phrase. Short invented texts."""

from __future__ import annotations

import pytest

from qabot.attribution import extract_quotes
from qabot.attribution.speaker_words import is_group
from qabot.attribution.summaries import summarize
from qabot.records import Article, ArticleInfo
from tests.attribution.test_quotes import attributed

WORDS = "We will not borrow a penny more"


@pytest.mark.parametrize(
    "office",
    [
        "Chancellor of the Exchequer",
        "Secretary of State for Health",
        "Chief Secretary to the Treasury",
        "Leader of the House",
    ],
)
def test_what_an_office_is_of_is_no_part_of_an_unknown_name(office: str) -> None:
    for text in (
        f'{office} Tavin Brannock spoke. "{WORDS}," Brannock said.',
        f'"{WORDS}," said {office} Tavin Brannock.',  # no surname standing alone
    ):
        found = attributed(text)
        assert found
        assert {speaker for speaker, _ in found} == {"Tavin Brannock"}
        summary = summarize(extract_quotes(_article(text)), text)
        assert summary["Tavin Brannock"].names == []  # no fuller "Exchequer Tavin Brannock"


def _article(text: str) -> Article:
    return Article(ArticleInfo(id="a", path="a.txt", title="Budget"), text)


def _roles(text: str, speaker: str) -> set[str]:
    return set(summarize(extract_quotes(_article(text)), text)[speaker].roles)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (f'Jo Brannock is the firm\'s chief executive. "{WORDS}," Brannock said.', "executive"),
        (f'"{WORDS}," said Jo Brannock. Ms Brannock is chief executive of Acme.', "executive"),
        (
            f'Jo Brannock is also senior benefit officer at the council. "{WORDS}," she said.',
            "officer",
        ),
        (f'Jo Brannock was a former editor of the paper. "{WORDS}," she said.', "editor"),
    ],
)
def test_a_role_after_is_or_was_is_recorded(text: str, role: str) -> None:
    assert role in _roles(text, "Jo Brannock")


@pytest.mark.parametrize(
    "sentence",
    [
        "Jo Brannock is not the chief executive.",  # a negation
        "Jo Brannock is being seen by a doctor.",  # a clause, the noun another person's
        "Jo Brannock is happy with the editor.",  # a state
        "Ann Brannock is a nurse at the hospital.",  # another person of the surname
    ],
)
def test_no_role_is_recorded_from_a_copula_that_gives_none(sentence: str) -> None:
    text = f'{sentence} "{WORDS}," said Jo Brannock.'
    assert _roles(text, "Jo Brannock").isdisjoint({"executive", "doctor", "editor", "nurse"})


def test_an_office_the_article_never_gives_the_person_is_not_theirs() -> None:
    # another man named in the paragraph may hold it: unsure, no one's
    found = attributed(
        "The plans were unveiled by Tom Brannock.",
        "Mr Brannock was joined by Jack Kellan at the school. Mr Brannock said he wanted "
        '"a safer town". The prime minister said the cards were "a vital tool".',
    )
    assert ("Tom Brannock", 'he wanted "a safer town"') in found
    assert all(speaker != "Tom Brannock" for speaker, text in found if "vital" in text)


@pytest.mark.parametrize(
    "opening",
    [
        "Tavin Brannock, the prime minister, defended the plan.",  # titled in apposition
        "Prime Minister Tavin Brannock defended the plan.",  # titled before the name
    ],
)
def test_an_office_the_article_gives_the_person_is_theirs(opening: str) -> None:
    found = attributed(
        f'{opening} "It keeps us safe," Mr Brannock said. '
        'The prime minister said the cards were "a vital tool".'
    )
    assert ("Tavin Brannock", 'the cards were "a vital tool"') in found


def test_an_occupation_needs_no_title_to_be_the_passage_person() -> None:
    found = attributed(
        'Pop star Kylie Brannock has cancelled her tour. The singer said she was "heartbroken".'
    )
    assert ("Kylie Brannock", 'she was "heartbroken"') in found


@pytest.mark.parametrize("end", ['."', '".', '." Shares rose.'])
def test_a_stray_closing_mark_after_an_inverted_cue_keeps_the_quote(end: str) -> None:
    found = attributed(f'Sales rose. "{WORDS}," said chief executive Tavin Brannock{end}')
    assert ("Tavin Brannock", WORDS) in found


@pytest.mark.parametrize("later", ["DiCaprio faces", "Mr DiCaprio faces"])
def test_a_lower_case_particle_surname_capitalised_later_is_the_same_person(later: str) -> None:
    # "Leonardo diCaprio ... DiCaprio faces competition from X and Y": "he" is the subject
    # named so, not the last man of the list
    found = attributed(
        "In the audience are Tavin diBrannock and Jory Kellan. The film, starring "
        f"DiBrannock, leads the field. {later.replace('DiCaprio', 'DiBrannock')} competition "
        'from Jack Foxley and Tom Deppan in the best actor category. "It is tough," he said.'
    )
    assert ("Tavin diBrannock", "It is tough") in found


def test_an_office_written_short_before_the_name_titles_the_person() -> None:
    found = attributed(
        'Pres. Tom Brannock spoke in the hall. "It keeps us safe," Brannock said. '
        'The president said the cards were "a vital tool".'
    )
    assert ("Tom Brannock", 'the cards were "a vital tool"') in found


@pytest.mark.parametrize("described", ["the Riverton boss", "the Acme secretary-general"])
def test_a_description_naming_its_body_is_the_passage_person_untitled(described: str) -> None:
    # the story names the body, not the office: "Manchester United's X ... said the Old
    # Trafford boss" is X
    found = attributed(
        "Riverton's Tavin Brannock has praised his players after the win. "
        f'"That was our hardest game of the season," said {described}.'
    )
    assert ("Tavin Brannock", "That was our hardest game of the season") in found


def test_a_lower_case_particle_surname_is_a_person_not_a_group() -> None:
    assert not is_group("Tavin diBrannock")
    assert is_group("Tavin Brannock's closest")


def test_a_former_office_is_the_passage_person_though_another_is_named() -> None:
    found = attributed(
        "The plans were unveiled by Tom Brannock.",
        "Mr Brannock was joined by Jack Kellan at the school. The former president said the "
        'cards were "a vital tool".',
    )
    assert ("Tom Brannock", 'the cards were "a vital tool"') in found
