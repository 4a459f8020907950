"""A first name spelt as an auxiliary ("Will", "Might") in "what X said ..." without "did":
"what Will Penhale said about the ferry" asks for Will Penhale's words, not those of someone
called Penhale that "what will Penhale say" would ask for."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer, parse_speech_question
from tests.support.indexes import folder_options, index_of
from tests.support.processes import qabot

ARTICLES = {
    "ferry.txt": """Island ferry to run all winter

Will Penhale, who runs the boat, said the new ferry would sail every day of the winter.

"The old boat could not face the swell, this one can," Penhale said.
""",
    "school.txt": """Island school gets a new roof

Head teacher Ruth Penhale said the roof had leaked for years.

"We put buckets in the hall every time it rained," Ruth Penhale said about the ferry.
""",
}


@pytest.fixture(scope="module")
def island_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("island"), ARTICLES)


@pytest.mark.parametrize(
    "question",
    [
        "what Will Penhale said about the ferry",
        "what Will Penhale thinks about the ferry",
        "what Will Penhale has said about the ferry",
        "anything Will Penhale said about the ferry",
        "what did Will Penhale say about the ferry",
    ],
)
def test_a_capitalised_will_before_a_name_and_said_is_a_first_name(question: str) -> None:
    speech = parse_speech_question(question)
    assert speech is not None and speech.speaker == "Will Penhale"
    assert speech.topic == "the ferry"


@pytest.mark.parametrize(
    "question",
    [
        "what will Penhale say about the ferry",  # the auxiliary, a bare verb after it
        "What Will Penhale say about the ferry",  # typed in capitals, the verb still bare
        "what will the boatman said about the ferry",  # no capitalised name after it
    ],
)
def test_will_with_a_bare_verb_or_no_name_after_stays_the_auxiliary(question: str) -> None:
    speech = parse_speech_question(question)
    assert speech is not None and speech.speaker is not None
    assert not speech.speaker.startswith(("Will", "will"))


def test_what_will_x_said_answers_with_his_words(island_index: Index) -> None:
    result = answer(island_index, "what Will Penhale said about the ferry")
    assert result.speaker == "Will Penhale"
    assert result.quotes and all(q.speaker == "Will Penhale" for q in result.quotes)


def test_ask_reads_a_first_name_spelt_as_an_auxiliary(island_index: Index, tmp_path: Path) -> None:
    question = "what Will Penhale thinks about the ferry"
    result = qabot("ask", question, *folder_options(island_index), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "What Will Penhale thought about the ferry" in result.stdout  # not "thinked"
    assert "this one can" in result.stdout
    assert "buckets" not in result.stdout
    assert "Others called" not in result.stdout  # no one else called Penhale is asked of
