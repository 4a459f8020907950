"""'Who backed/opposed <someone's> stance/remarks ...?': taking a side on someone's words is
saying something, so the question asks who said it; "who backed the bid?" (who paid, maybe)
stays an ordinary question."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer, parse_speech_question
from tests.support.indexes import index_of

ARTICLES = {
    "ferry.txt": """Mayor's ferry stance wins support

Harbour mayor Lena Vortmann said on Monday the night ferry must keep running all winter.

Union organiser Piet Halloway said the mayor's stance was right: "Without the night ferry our
members cannot get to the early shift, so we stand with her."
""",
}


@pytest.fixture(scope="module")
def ferry_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("stances"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("who backed the mayor's stance on the night ferry", "backed"),
        ("who opposed her remarks on the ferry?", "opposed"),
        ("who supported the mayor's position on the ferry", "supported"),
    ],
)
def test_siding_with_words_is_read_as_who_said(question: str, verb: str) -> None:
    speech = parse_speech_question(question)
    assert speech is not None
    assert (speech.kind, speech.verb) == ("who_said", verb)


@pytest.mark.parametrize(
    "question", ["who backed the bid for the ferry", "who supported the council's ferry plan"]
)
def test_siding_with_no_words_is_no_speech_question(question: str) -> None:
    assert parse_speech_question(question) is None


def test_who_backed_a_stance_names_who_said_so(ferry_index: Index) -> None:
    result = answer(ferry_index, "who backed the mayor's stance on the night ferry?")
    assert result.quotes
    assert result.quotes[0].speaker == "Piet Halloway"


LIBRARY = """Readers fight library closure

The council plans to shut the old library in March to save money.

Local author Mira Castell objected to the plan at a packed meeting: "A town without a library
is a town without a future."
"""


@pytest.mark.parametrize(
    "question",
    [
        "who objected to the council shutting the old library?",
        "who went to the packed meeting and objected to shutting the old library?",
    ],
)
def test_objecting_is_saying_so(tmp_path: Path, question: str) -> None:
    """To object is to say so, unlike backing a bid (who paid, maybe): "who objected to ...?",
    alone or after a deed, asks who said it."""
    speech = parse_speech_question(question)
    assert speech is not None and speech.kind == "who_said"
    result = answer(index_of(tmp_path, {**ARTICLES, "library.txt": LIBRARY}), question)
    assert result.quotes and result.quotes[0].speaker == "Mira Castell"
