"""Relayed voices: the words after a narrating subject's verb that bring in another person's
words; short invented examples, and any text read without error."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.attribution.relayed_voices import relays_another
from tests.attribution.test_quotes import attributed


@pytest.mark.parametrize(
    ("verb", "after", "expected"),
    [
        ("quoted", " the harbour master.", True),
        ("cites", " Lincoln on the matter.", True),
        ("read", " out a letter from his daughter.", True),
        ("recalled", " his father's words.", True),
        ("recited", " a poem by Yeats.", True),
        ("quoted", " himself from 1999.", False),
        ("read", " out a statement.", False),
        ("read", " his own letter to the court.", False),
        ("spoke", " to his wife.", False),
        ("recalled", " the day, and a letter from his son came.", False),
    ],
)
def test_words_after_a_verb_bring_in_another_voice(verb: str, after: str, expected: bool) -> None:
    assert relays_another(verb, after) is expected


@given(st.text(max_size=80), st.text(max_size=200))
def test_any_text_is_read_without_error(verb: str, after: str) -> None:
    assert relays_another(verb, after) in (True, False)


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (" safety concerns about the quay.", False),
        (" a fare of £5 for the crossing.", False),
        (" rising costs and late boats.", False),
        (" from the Bible.", True),
        (" a report on the ferries.", True),
        (" the Harbour Gazette.", True),
    ],
)
def test_a_quoting_verb_relays_only_a_voice(after: str, expected: bool) -> None:
    # figures and reasons cited are the subject's own case; a person, a name or a writing
    # quoted is another voice
    assert relays_another("cited", after) is expected


def test_a_first_person_quote_after_reasons_cited_stays_the_subject_s() -> None:
    quotes = attributed(
        "The harbour board met on Monday to discuss the ferry.",
        "Ann Lee cited safety concerns. \u201cI will not let the quay stay open.\u201d",
    )
    assert quotes == [("Ann Lee", "I will not let the quay stay open.")]
