"""Cue words in another sense, bodies a spokesperson speaks for, pronouns whose person is unsure
and quote marks whose opening one was lost: each on short invented texts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qabot.attribution import extract_quotes, summarize
from qabot.attribution.quote_marks import quote_spans
from tests.attribution.test_quotes import attributed, make_article


@pytest.mark.parametrize(
    "text",
    [
        "The chancellor did not raise the levy that year, but he added 2.5p per gallon.",
        "Norvex shares added an extra 4% to 310 pence in late trading.",
        "The Tarn economy added 12,000 jobs in May, figures showed.",
    ],
)
def test_added_before_an_amount_reports_no_words(text: str) -> None:
    assert attributed(text) == []


def test_added_before_a_clause_holding_an_amount_still_reports_it() -> None:
    found = attributed("Mayor Ann Lee said the bridge would close. She added 20 people were hurt.")
    assert ("Ann Lee", "20 people were hurt") in found


def test_announced_it_and_a_verb_reports_the_clause() -> None:
    assert attributed("Norvex announced it added 300 jobs in May.") == [
        ("Norvex", "it added 300 jobs in May")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Norvex has declined to explain what it calls "staff matters". A spokesperson said '
            "on Monday that Ms Lee no longer worked there.",
            "Norvex",
        ),
        (
            "Norvex executives met the council. But Norvex denied the show broke any rules. A "
            'spokesman said: "We listened to the council and we will talk again."',
            "Norvex",
        ),
        # two bodies before: either may speak next
        (
            'Norvex won the rights from the BBC in 1999. "Viewers will see it on our news '
            'programmes," a spokesman said.',
            "a spokesman",
        ),
        # a lone name the article gives no body's words: a person's spokesman is not them
        (
            'Ruiz denied it all. A spokesman said: "He will not resign from the board."',
            "a spokesman",
        ),
    ],
)
def test_a_bare_spokesperson_speaks_for_a_one_word_body_only_when_it_is_one(
    text: str, speaker: str
) -> None:
    assert [who for who, _ in attributed(text)][-1:] == [speaker]


def test_she_after_a_spokeswoman_for_a_body_is_the_body() -> None:
    found = attributed(
        'A spokeswoman for Tarn Post said: "We are looking into the delivery round." A '
        "spokeswoman for the Harbour Commission told reporters that letters were sent. She "
        "said the commission was satisfied with the checks."
    )
    assert ("Harbour Commission", "the commission was satisfied with the checks") in found


def test_he_after_someone_else_was_described_speaking_is_unsure() -> None:
    found = attributed(
        "Police chief Sir Tom Vale backed the plan last month. The pressure prompted the "
        'prime minister to say the law would be reviewed. He told MPs: "We will support a '
        'change in the law."'
    )
    assert not any("support a change" in words for _, words in found)


def test_he_later_in_a_paragraph_not_naming_him_stays_unsure() -> None:
    found = attributed(
        "Tom Vale lost the final in three sets. According to the players and even Max Orr "
        "himself, the Swiss star is in a league of his own.\n\n"
        'Every match ends with interviews in three languages. "You are all very kind to me," '
        "he said after the final."
    )
    assert not any("very kind" in words for _, words in found)


def test_he_after_a_sentence_describing_no_one_else_goes_on_with_the_last_man() -> None:
    found = attributed(
        "Police chief Sir Tom Vale backed the plan last month. The pressure grew all week. He "
        'told MPs: "We will support a change in the law."'
    )
    assert ("Tom Vale", "We will support a change in the law.") in found


def test_he_after_a_description_of_the_same_man_goes_on_with_him() -> None:
    found = attributed(
        "Tom Vale spoke in Tarn on Monday.\n\n"
        "The prime minister is trying to end talk of a rift with Ann Lee. He is saying that "
        "the tax will stay low."
    )
    assert ("Tom Vale", "the tax will stay low") in found


def test_a_closing_mark_whose_opening_one_was_lost_opens_no_quote() -> None:
    found = attributed(
        '"We agree with the plan," said Ann Lee. Lack of rules can hurt small firms", A Tarn '
        'official rejected the claim. "We think the case is very weak," said Bo Ray.'
    )
    assert ("Bo Ray", "We think the case is very weak") in found
    assert not any("Tarn official" in words for _, words in found)


def test_quoted_lyrics_are_no_one_s_words() -> None:
    found = attributed(
        "Ann Lee said the song was banned on the island. The song contains the lyrics "
        '"burn the old town down tonight", translated by fans as "set the old town alight".'
    )
    assert found == [("Ann Lee", "the song was banned on the island")]


def test_a_peer_s_place_is_no_mention_of_a_man_of_that_name() -> None:
    found = attributed(
        "Fires hit the farm of Tom Conwy in 1980.\n\n"
        "The show also heard from Lord Roberts of Conwy, a minister at the time. He denied "
        "that the services played any improper role."
    )
    assert ("Roberts", "the services played any improper role") in found


def test_a_first_name_inside_a_possessive_full_name_gets_none_of_its_roles() -> None:
    text = (
        "Sacked MP Howard Flight's local party has met.\n\n"
        'At a news conference, Mr Howard said: "We played by the party\'s rules."'
    )
    article = make_article(text)
    summary = summarize(extract_quotes(article), article.text)
    assert "mp" not in summary["Howard"].roles


@settings(deadline=None)
@given(st.text(alphabet='ab ,."“”\n', max_size=60))
def test_a_mark_after_a_word_and_before_a_space_never_opens_a_quote(text: str) -> None:
    for start, _, _ in quote_spans(text):
        before = text[start - 1] if start else " "
        after = text[start + 1] if start + 1 < len(text) else " "
        assert not (text[start] == '"' and before.isalnum() and after in " \t\n,.;:")
