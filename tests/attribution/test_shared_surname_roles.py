"""A lone surname several people share, told apart by the role its article gives it, the
words reported before a name in apposition, and a name after "But" as the subject (invented
texts)."""

from __future__ import annotations

import pytest

from qabot.attribution import extract_quotes, summarize
from tests.attribution.test_quotes import attributed, make_article
from tests.support.directories import directory_of

ARTICLES = {
    "a": 'Green leader Gareth Castell said the vote was lost. "We were outnumbered," he said.',
    "b": 'Goalkeeper Ian Castell kept a clean sheet. "The lads were superb," Castell said.',
    "c": "Mr Castell insisted he had kept every promise.\n\n"
    'The Green leader, who argues he is open with voters, said: "We never hide our plans."',
}


def test_a_description_before_a_who_clause_is_a_role_of_the_person_it_means() -> None:
    text = ARTICLES["c"]
    summary = summarize(extract_quotes(make_article(text)), text)
    assert {"green", "leader"} <= set(summary["Castell"].roles)


def test_a_shared_lone_surname_is_the_one_person_given_its_role_elsewhere() -> None:
    directory = directory_of(ARTICLES)
    assert "c" in {q.article_id for q in directory.quotes_of("Gareth Castell")}
    assert "c" not in {q.article_id for q in directory.quotes_of("Ian Castell")}


def test_a_shared_lone_surname_with_no_role_stays_apart() -> None:
    articles = {**ARTICLES, "c": 'Castell said the plans were clear. "We hide nothing," he said.'}
    directory = directory_of(articles)
    quoted = {q.article_id for q in directory.quotes_of("Gareth Castell")} | {
        q.article_id for q in directory.quotes_of("Ian Castell")
    }
    assert "c" not in quoted


def test_words_before_a_name_and_its_apposition_are_what_the_cue_reports() -> None:
    found = attributed(
        "The ferry will run again in May, the harbour's deputy master, Tom Pike, told reporters."
    )
    assert found == [("Tom Pike", "The ferry will run again in May")]


def test_an_opening_adverb_before_a_name_in_apposition_is_no_reported_words() -> None:
    found = attributed("Meanwhile, Tom Pike, a harbour official, said the ferry was late.")
    assert found == [("Tom Pike", "the ferry was late")]


def test_a_name_after_but_opening_its_sentence_is_whom_he_said_means() -> None:
    found = attributed(
        'Wales coach Tom Ruddock wants the lock cited. "It\'s up to the commissioner," said'
        " Ruddock.",
        'Lock Dan Pike denies any intent. "I tried to step over the ruck," said Pike. But'
        ' Ruddock feels that the lock should be more careful. "The lad should look at his'
        ' actions," he said.',
    )
    assert found[-1] == ("Tom Ruddock", "The lad should look at his actions")


def test_one_name_after_a_players_noun_is_a_person_he_may_mean() -> None:
    found = attributed(
        "Harbour City's Brazilian midfielder Tiago has hit out at the club over his contract.",
        "Tiago's deal expires in June and he has been linked with Porto Alegre Stars and"
        ' Lisbon Rovers. He told reporters: "I am not sure if I want to stay."',
    )
    assert found[-1] == ("Tiago", "I am not sure if I want to stay.")


def test_added_before_a_thing_added_reports_no_words() -> None:
    found = attributed(
        "Fly-half Tom Pike kicked two penalties. Pike added the conversion.",
        "Ana Ruiz added the team expects a win.",
    )
    assert found == [("Ana Ruiz", "the team expects a win")]


def test_a_name_after_a_role_the_article_gives_keeps_its_first_word() -> None:
    # "Omar" is a known first name, "Zarqa" is not: after "deputy director" the whole run is
    # the name, not a role word and a name
    directory = directory_of(
        {
            "a": '"We will open new accounts," the port authority\'s deputy director Zarqa Omar'
            " Haddad said."
        }
    )
    assert [name for name, _ in directory.counts()] == ["Zarqa Omar Haddad"]


@pytest.mark.parametrize(
    "opening", ["Despite the storms, ", "On Tuesday, ", "After a long winter on the coast, "]
)
def test_words_before_a_role_and_name_in_apposition_after_an_opening_phrase(
    opening: str,
) -> None:
    found = attributed(
        f"The harbour met. {opening}the ferry remains committed to the summer timetable, the "
        "harbour's deputy master, Tom Pike, told reporters."
    )
    assert found == [("Tom Pike", f"{opening}the ferry remains committed to the summer timetable")]
