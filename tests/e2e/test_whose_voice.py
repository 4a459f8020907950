"""Whose words a speech question shows when it names a voice, not a person: a body's voices
are those one role phrase makes its speakers ("Harbour Guild spokesman X"), not someone given
the body's words in one sentence and a leader's role in another; a quoted person's spokesman
is the one the articles call so, never the person, nor another party's spokesman quoted in a
story about them, and nobody when none is; a role's holder other than the likeliest, chosen
by the topic, is said to be a guess, as is one holder among several the topic points at.
Each through `answer()` and a real `qabot` process."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import filler_notes
from tests.support.processes import ask_each

pytestmark = pytest.mark.e2e

# our own short notes, enough of them that a word few hold is telling
ARTICLES = filler_notes(200)
ARTICLES["guild.txt"] = (
    "Guild fees to rise\n\nThe Harbour Guild said its fees would rise in the spring. "
    "Harbour Guild spokesman Ivo Lind said the guild's fees would rise. "
    '"Our costs for the fees have doubled," Mr Lind said.'
)
ARTICLES["treasurer.txt"] = (
    "Fees are fair, says treasurer\n\nHarbour Guild treasurer Ann Lee said the fees were fair. "
    '"Nobody pays more fees than they should," said Ann Lee.'
)
ARTICLES["party.txt"] = (
    "Party vote close\n\nParty leader Ann Lee said the vote on fees was close. "
    '"We need every vote on the fees," said Ann Lee.'
)
ARTICLES["mayor.txt"] = (
    "Mayor Vale under fire\n\nMayor Ada Vale faced questions over the ferry budget. "
    '"The budget is sound," said Ada Vale. '
    'In reply, Dock Party home affairs spokesman Rob Dane said: "The mayor has lost control '
    'of the ferry budget."'
)
ARTICLES["answers.txt"] = (
    "Mayor will answer\n\nAda Vale's spokesman, Tom Hale, said the mayor would answer every "
    'question. "She has nothing to hide," Mr Hale said.'
)
for n, word in enumerate(("trained", "travelled", "recovered", "rested")):
    ARTICLES[f"match{n}.txt"] = (
        f"Rivertown result {n}\n\n"
        f'"We played with real heart in game {n}," said Rivertown coach Tom Brack.\n\n'
        f"Rivertown coach Tom Brack said the squad {word} well.\n"
    )
ARTICLES["hillford.txt"] = (
    "Hillford frustrated\n\nHillford coach Nia Ross said the rain had ruined the game. "
    '"Nobody could pass the ball on that pitch," she said.\n'
)
for n, tax in enumerate(("income", "fuel", "sales")):
    ARTICLES[f"budget{n}.txt"] = (
        f"Budget plan {n}\n\nFinance minister Ola Berg said {tax} tax would fall. "
        f'"The {tax} tax cut is fair," said Ola Berg.\n'
    )
ARTICLES["wards.txt"] = (
    "Wards to reopen\n\nHealth minister Ivo Kell said two hospital wards would reopen. "
    '"Patients have waited too long for these hospital wards," said Ivo Kell.\n'
)
ARTICLES["festival.txt"] = (
    "Festival sells out\n\nGlastonbury festival organiser Mia Eavis said the tickets sold "
    'in a day. "Fans should only buy tickets from us," said Mia Eavis.\n'
)
ARTICLES["fair.txt"] = (
    "Fair opens\n\nFair organiser Tom Pike said the rides were ready. "
    '"Tickets for the rides are on sale at the gate," said Tom Pike.\n'
)


def test_a_body_speaks_through_the_voice_one_phrase_gives_it(index: Index) -> None:
    result = answer(index, "what did the Harbour Guild say about fees?")
    speakers = {hit.speaker for hit in result.quotes}
    assert "Ivo Lind" in speakers
    assert "Ann Lee" not in speakers  # its treasurer, and a party's leader elsewhere


def test_a_persons_spokesman_is_the_one_called_so(index: Index) -> None:
    # another party's spokesman quoted in a story about her is not hers, even on the topic
    result = answer(index, "what did Ada Vale's spokesman say about the budget?")
    assert result.speaker == "Tom Hale"
    assert {hit.speaker for hit in result.quotes} <= {"Tom Hale"}
    assert result.lead.startswith("Tom Hale said nothing about the budget")


def test_no_one_called_a_persons_lawyer_is_said_so(index: Index) -> None:
    result = answer(index, "what did Ada Vale's lawyer say?")
    assert not result.quotes and result.speaker is None
    assert result.lead.startswith("No quotes from anyone the articles call Ada Vale's lawyer")


def test_another_holder_of_a_role_is_shown_as_a_guess(index: Index) -> None:
    # the coach quoted on the pitch is likely meant, not the one quoted most: said so
    result = answer(index, "what did the coach say about the pitch?")
    assert result.speaker == "Nia Ross"
    assert result.lead.startswith("“the coach” may mean Nia Ross or Tom Brack; ask by full name.")


def test_a_role_several_hold_is_a_guess_even_when_the_topic_points_at_one(index: Index) -> None:
    result = answer(index, "what did the minister say about hospital wards?")
    assert result.speaker == "Ivo Kell"
    assert result.lead.startswith(
        "“the minister” may mean Ivo Kell or Ola Berg; ask by full name."
    )


def test_a_short_word_for_an_owner_picks_its_holder_among_several(index: Index) -> None:
    # "glasto", written nowhere, starts a word of one organiser's story only
    result = answer(index, "what did the glasto organiser say about tickets?")
    assert result.speaker == "Mia Eavis"


def test_the_command_line_shows_whose_voice_it_is(workdir: Path) -> None:
    guild, spokesman, lawyer, coach, minister = ask_each(
        "what did the Harbour Guild say about fees?",
        "what did Ada Vale's spokesman say about the budget?",
        "what did Ada Vale's lawyer say?",
        "what did the coach say about the pitch?",
        "what did the minister say about hospital wards?",
        cwd=workdir,
    )
    assert minister.startswith("“the minister” may mean Ivo Kell or Ola Berg; ask by full name.")
    assert coach.startswith("“the coach” may mean Nia Ross or Tom Brack; ask by full name.")
    assert "Nobody could pass the ball" in coach
    assert "Our costs for the fees have doubled" in guild
    assert "Nobody pays more" not in guild and "We need every vote" not in guild
    assert spokesman.startswith("Tom Hale said nothing about the budget")
    assert "lost control" not in spokesman and "The budget is sound" not in spokesman
    assert lawyer.startswith("No quotes from anyone the articles call Ada Vale's lawyer")
