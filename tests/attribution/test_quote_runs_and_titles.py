"""Runs of quotes left open, titles and places read as names, bodies' long names (invented
texts)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qabot.attribution import extract_quotes
from qabot.records import Article, ArticleInfo
from tests.attribution.test_quotes import attributed
from tests.support.directories import directory_of


def test_a_quote_left_open_where_the_next_opens_is_the_speaker_the_run_ends_with() -> None:
    # the sentence before names a group ("according to analysts"); the run's cue names Mr Orr
    said = attributed(
        "Sales rose by a tenth, according to Fenwick analysts, and will rise again. "
        '"Next year the shops will be full of them. "Everyone will want one," said Mr Cal Orr.'
    )
    assert ("Cal Orr", "Next year the shops will be full of them.") in said
    assert ("Cal Orr", "Everyone will want one") in said


def test_a_run_of_quote_paragraphs_goes_to_the_speaker_its_last_cue_names() -> None:
    said = attributed(
        "Bankers at Tarrow Trust said prices would keep rising all year.",
        '"We have seen nothing like it in a decade. Prices keep going up.',
        '"No one expected it to last," said Ms Ada Kell, the bank\'s economist.',
    )
    assert [s for s, t in said if t.startswith("We have seen")] == ["Ada Kell"]


def test_a_run_opening_right_after_a_speaker_s_own_quote_stays_theirs() -> None:
    # a closing mark left out: the next quote's cue names someone else, whose words these
    # are not
    said = attributed(
        '"We back the plan," said Ivo Marr, an envoy for the union. "We have said so to them. '
        'Mr Dane Pask was careful not to side with them. "We will wait," said Dane Pask.'
    )
    assert ("Ivo Marr", "We back the plan") in said
    assert [s for s, t in said if t.startswith("We have said so")] == ["Ivo Marr"]


def test_a_run_ending_in_he_said_keeps_the_speaker_read_before() -> None:
    # who "he" is was read from the sentences before: the run's first words stay with the
    # speaker they went to, never with whoever "he" was taken for
    said = attributed(
        "Coach Bob Lark said his flanker Tim Ross needed a rest after the long season.",
        '"It is his first year at that level. "I do not think he has played near his best," '
        "he said.",
    )
    assert ("Tim Ross", "It is his first year at that level.") not in said


def test_a_closed_quote_with_no_cue_still_goes_on_with_the_last_speaker() -> None:
    said = attributed(
        'Tom Vale said the club was ready. "We have trained hard," he said.',
        '"The team is fit."',
        '"It will be close," said Ann Rudd, his assistant.',
    )
    assert ("Tom Vale", "The team is fit.") in said


@pytest.mark.parametrize(
    "sentence",
    [
        "The Roman Catholic Archbishop of Tarn, the Most Reverend Tom Hale, told the BBC that "
        "the church wanted peace.",
        "The Anglican Bishop of Tarn, the Right Rev Tom Hale, told the BBC that the church "
        "wanted peace.",
    ],
)
def test_a_cleric_named_after_his_see_is_the_name_not_the_see(sentence: str) -> None:
    assert attributed(sentence) == [("Tom Hale", "the church wanted peace")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Archbishop of Tarn said the church wanted peace.", "the Archbishop of Tarn"),
        ("The Mayor of Dunmore said the roads would be cleared.", "the Mayor of Dunmore"),
        ("Hollis of Dunmore said the roads would be cleared.", "Hollis of Dunmore"),
    ],
)
def test_a_role_or_body_of_a_place_is_no_person_called_by_the_place(
    sentence: str, speaker: str
) -> None:
    assert [s for s, _ in attributed(sentence)] == [speaker]


def test_a_name_before_an_aside_of_where_they_work_speaks_not_the_body() -> None:
    said = attributed(
        '"It is all about choice," Ivo Marr, from the Gadget Trade Association (GTA) told the BBC.'
    )
    assert said == [("Ivo Marr", "It is all about choice")]


def test_a_bare_spokesman_after_a_named_body_s_sentence_speaks_for_it() -> None:
    said = attributed(
        "The Harbour Office defended the new rules on Monday. A spokesman said: "
        '"These rules keep the quays safe."'
    )
    assert said == [("Harbour Office", "These rules keep the quays safe.")]


@pytest.mark.parametrize(
    "text",
    [
        # the sentence before is no body's: its subject is a thing, or an adverb joins it
        'The new rules came in on Monday. A spokesman said: "These rules keep the quays safe."',
        'Tarn first won the contract in 1999. "These rules keep the quays safe," a spokesman '
        "said.",
    ],
)
def test_a_bare_spokesman_after_no_named_body_stays_unnamed(text: str) -> None:
    assert [s for s, _ in attributed(text)] == ["a spokesman"]


def test_a_name_before_a_role_and_an_aside_between_dashes_speaks() -> None:
    said = attributed(
        "Ivo Marr, CEO of Tarnwell - which advises firms on loans - said the plans were popular."
    )
    assert said == [("Ivo Marr", "the plans were popular")]


def test_a_body_whose_name_holds_on_the_is_read_whole() -> None:
    said = attributed(
        "A spokesman for the Global Forum on the Digital Society said the gap remained wide."
    )
    assert said == [("Global Forum on the Digital Society", "the gap remained wide")]


def test_a_long_title_before_a_knight_keeps_his_surname() -> None:
    said = attributed(
        "Fire Service Commissioner Sir Ivo Marr backed the plan. He said the station would stay "
        "open."
    )
    assert said == [("Ivo Marr", "the station would stay open")]


def test_a_long_run_of_title_words_ends_in_the_name() -> None:
    said = attributed(
        "The Dunmore Press Political Editor Tom Vale wrote a column. He said the paper would "
        "close."
    )
    assert said == [("Tom Vale", "the paper would close")]


def test_a_nationality_after_the_is_no_surname_of_someone_quoted_elsewhere() -> None:
    # "said the German" describes the player the passage is about; a politician called Mike
    # German quoted in another story is someone else
    directory = directory_of(
        {
            "g": 'Welsh Liberal leader Mike German said the vote was lost. "We tried," he said.',
            "h": 'Anke Brandt lost in three sets. "It was my first final," said the German.',
        }
    )
    assert {q.article_id for q in directory.quotes_of("Mike German")} == {"g"}


_WORDS = """said Mr Orr " “ ” of the Archbishop Most Reverend on Tarn , . Lloyds told we will Sir
from (GTA) X"""
_WORD = st.sampled_from([*_WORDS.split(), "\n"])


@settings(deadline=None)
@given(st.lists(_WORD, max_size=40))
def test_extraction_never_fails_on_runs_of_marks_titles_and_places(words: list[str]) -> None:
    text = " ".join(words)
    for quote in extract_quotes(Article(ArticleInfo(id="x", path="x.txt", title="x"), text)):
        assert text[quote.start : quote.end] == quote.text


@pytest.mark.parametrize(
    "sentence",
    [
        'Nora Quill said on ABC\'s "Harbour Talk" on Sunday that the ferry would stay open.',
        'Nora Quill said on "Harbour Talk Tonight" that the ferry would stay open.',
        "Nora Quill said on ABC's ''Harbour Talk'' on Sunday that the ferry would stay open.",
    ],
)
def test_a_programme_spoken_on_is_a_name_and_the_words_follow_that(sentence: str) -> None:
    assert attributed(sentence) == [("Nora Quill", "the ferry would stay open")]


def test_a_programme_told_is_no_words_said() -> None:
    quotes = attributed('Nora Quill told "Harbour Talk" the ferry was safe.')
    assert all(words != "Harbour Talk" for _, words in quotes)


@pytest.mark.parametrize(
    "sentence",
    [
        'Nora Quill told "Harbour Talk" that the ferry would stay open.',
        "Nora Quill told ABC's “Harbour Talk” on Sunday that the ferry would stay open.",
        "Nora Quill told ''Harbour Talk'' that the ferry would stay open.",
        'Nora Quill told "40 Fathoms" that the ferry would stay open.',
        'Nora Quill said on "40 Fathoms" that the ferry would stay open.',
    ],
)
def test_a_programme_told_by_name_leaves_the_words_after_that(sentence: str) -> None:
    assert attributed(sentence) == [("Nora Quill", "the ferry would stay open")]


def test_a_participle_after_a_programme_told_is_no_time_before_that() -> None:
    found = attributed(
        'The harbour reopened. "It is safe," Nora Quill told "Harbour Talk," reminding the '
        "hosts that the ferry had run for years."
    )
    assert ("Nora Quill", "It is safe") in found
    assert not any(words.startswith("the ferry had run") for _, words in found)


@pytest.mark.parametrize(
    "narration",
    [
        "Meanwhile, harbour spokesman Tom Vance welcomed the apology and said it was enough.",
        "Later, club secretary Tom Vance said it was enough.",
    ],
)
def test_a_quote_left_open_ends_where_narration_reports_someone_speaking(narration: str) -> None:
    said = attributed(
        'Ann Lobb said: "I am sorry for all of it. "I will not do it again. '
        f'{narration} "Her apology is welcome," Mr Vance said.'
    )
    assert ("Ann Lobb", "I will not do it again.") in said
    assert ("Tom Vance", "Her apology is welcome") in said


def test_a_quote_left_open_goes_on_through_a_sentence_in_its_own_words() -> None:
    # "told me": the speaker's own words, not the narrator's report of someone
    said = attributed(
        'Ann Lobb said: "It is a big release. Somebody told me it was the biggest ever. '
        '"We are proud of it," she added.'
    )
    assert ("Ann Lobb", "It is a big release. Somebody told me it was the biggest ever.") in said


def test_a_sentence_opening_in_the_first_person_is_own_words_not_narration() -> None:
    # "My coach Tom Hale said ...": a capitalised "My" (or "Me", "Us", "I'll") is the speaker
    # going on, not the narrator reporting Tom Hale: the open quote is not cut there and given
    # to him
    for opening in ("My coach", "Me and my coach", "Us and our coach", "I’ll say my coach"):
        said = attributed(
            'Ann Lobb said: "It is a big release. '
            f'{opening} Tom Hale said it was fine. "We are proud of it," she added.'
        )
        assert all(speaker != "Tom Hale" for speaker, _ in said), (opening, said)
