"""Other wordings of "what did X say about Y?": stressed ("what exactly did"), cleft ("what was
it that X said"), and "what did X make of Y", each read as the plain question."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer, parse_speech_question
from tests.support.indexes import index_of

ARTICLES = {
    "harbour.txt": """Harbour wall plan backed

Harbour master Ines Corbel said the new sea wall would protect forty homes.

"Every winter the waves come further up the slipway," Corbel said.
""",
    "orchard.txt": """Cider makers fear a poor harvest

Grower Tobias Lund said the late frost had cost him half his apple blossom.

"We have never lost so much in a single night," Lund said.
""",
    "library.txt": """Library opening hours cut

The council said the central library would close on Mondays from April to save money.
Readers have started a petition against the change.
""",
}


@pytest.fixture(scope="module")
def wordings_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("wordings"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("what exactly did Ines Corbel say about the sea wall?", "the sea wall"),
        ("What precisely has Ines Corbel said about the sea wall", "the sea wall"),
        ("what did Ines Corbel say about the sea wall, exactly?", "the sea wall"),
        ("what was it that Ines Corbel said about the sea wall?", "the sea wall"),
        ("what was it that Ines Corbel said after the storm", "after the storm"),
        ("what did Ines Corbel make of the sea wall?", "the sea wall"),
        ("what has Ines Corbel made of the sea wall", "the sea wall"),
    ],
)
def test_other_wordings_read_as_what_the_person_said(question: str, topic: str) -> None:
    parsed = parse_speech_question(question)
    assert parsed is not None and parsed.kind == "what_said"
    assert (parsed.speaker, parsed.topic) == ("Ines Corbel", topic)


@pytest.mark.parametrize(
    "question",
    [
        "what exactly did Corbel say about the sea wall?",
        "what was it that Corbel said about the waves?",
        "what did Corbel make of the sea wall?",
    ],
)
def test_other_wordings_get_the_persons_words(wordings_index: Index, question: str) -> None:
    result = answer(wordings_index, question)
    assert result.speaker == "Ines Corbel"
    assert result.quotes and result.quotes[0].speaker == "Ines Corbel"


@pytest.mark.parametrize(
    "question",
    [
        "what do you make of the library hours?",  # the reader's own view: no one's words
        "what was it like at the library?",
        "what exactly is a sea wall?",
    ],
)
def test_such_wordings_without_a_speaker_stay_ordinary(question: str) -> None:
    assert parse_speech_question(question) is None
