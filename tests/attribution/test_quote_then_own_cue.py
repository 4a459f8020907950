"""Words reported with a quote at their end, then a cue of the quote's own ("described it as
“a joy. ...,” she said, after ..."), and a cue followed by a clause of when ("said as she
left"): the narration after the quote, or the clause of when, is no one's words."""

from __future__ import annotations

from tests.attribution.test_quotes import attributed


def test_words_reported_end_with_their_quote_before_its_own_cue() -> None:
    found = attributed(
        'The prize was given on Sunday. Ann Lee described her win as "truly great. I am not '
        'used to this," she said, after getting the prize from Bo Ray.'
    )
    assert found == [("Ann Lee", 'her win as "truly great. I am not used to this,"')]


def test_said_as_she_left_reports_no_words() -> None:
    assert attributed("The prize was given on Sunday. Ann Lee said as she turned to go.") == []


def test_said_as_she_left_after_a_quote_gives_her_the_quote() -> None:
    found = attributed('The prize was given on Sunday. "We love it," Ann Lee said as she left.')
    assert found == [("Ann Lee", "We love it")]


def test_said_as_many_as_still_reports_words() -> None:
    found = attributed("The storm hit on Sunday. Ann Lee said as many as 30 homes were hurt.")
    assert found == [("Ann Lee", "as many as 30 homes were hurt")]


def test_hopes_to_do_something_gives_no_words_before_it() -> None:
    assert attributed("The talks began. Where possible, the agency hopes to link the lists.") == []
    assert attributed("The talks began. By cutting prices, Velm hopes to win buyers.") == []


def test_hopes_with_a_clause_or_a_quote_still_reports_it() -> None:
    found = attributed(
        'The talks began. "We will win," Tom Hale hopes to show. Ann Lee hopes that the plan '
        "will work."
    )
    assert ("Tom Hale", "We will win") in found
    assert ("Ann Lee", "the plan will work") in found
