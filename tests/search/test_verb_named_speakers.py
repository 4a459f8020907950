"""A surname that is a form of a speech verb ("Yelling", "Warning") typed in lower case is part
of the name: after "did" the verb asked is the one in its plain form ("say"), never an -ing
word. Through the question reader, answer() and the console, on invented articles."""

from __future__ import annotations

import io
from pathlib import Path

from qabot.console import run
from qabot.search import answer, parse_speech_question
from tests.support.indexes import index_of

ARTICLES = {
    "race.txt": (
        "Runner backs rival's marathon plan\n\n"
        "Distance runner Mia Yelling said the champion was right to race again so soon.\n\n"
        '"She knows her body better than anyone, and the marathon suits her," Yelling said.\n'
    ),
    "track.txt": (
        "Track reopens\n\n"
        "The city track reopened on Monday after a winter of repairs to its surface.\n"
    ),
    "pool.txt": ("Pool closes\n\nThe old pool closed for good on Friday after forty years.\n"),
}


def test_a_lower_case_surname_ending_in_ing_stays_in_the_name() -> None:
    read = parse_speech_question("what did mia yelling say about the marathon")
    assert read is not None
    assert read.speaker == "mia yelling"
    assert read.verb == "say"
    assert read.topic == "the marathon"


def test_a_lone_ing_verb_after_did_is_still_the_verb() -> None:
    read = parse_speech_question("what does the mayor keep saying about tax")
    assert read is not None
    assert read.topic == "tax"


def test_the_answer_and_the_console_say_what_was_said(tmp_path: Path) -> None:
    index = index_of(tmp_path, ARTICLES)
    asked = "what did mia yelling say about the marathon"
    result = answer(index, asked, top=3)
    assert result.lead == "What Mia Yelling said about the marathon:"
    assert result.quotes[0].quote.text.startswith("She knows her body")
    shown = io.StringIO()
    run(lambda question: answer(index, question), io.StringIO(asked + "\n"), shown)
    assert "What Mia Yelling said about the marathon:" in shown.getvalue()
    assert "yelled" not in shown.getvalue()


def test_a_verb_word_before_a_noun_for_one_person_is_part_of_the_role() -> None:
    # "state" of "the state archivist" is the role's word: the verb asked is the later "say"
    read = parse_speech_question("what did the harbour state archivist say about the maps")
    assert read is not None
    assert read.speaker == "the harbour state archivist"
    assert read.verb == "say"
    assert read.topic == "the maps"
    # a verb before people (a plural) still tells them: "tell" is the verb
    told = parse_speech_question("what did the mayor tell councillors about the budget")
    assert told is not None
    assert told.speaker == "the mayor"
    assert told.verb == "tell"
