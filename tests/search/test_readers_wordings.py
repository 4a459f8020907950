"""The question "what did X say?" as readers type it: "X quotes about Y" with a role and its
article, "what X said in/after ..." without "did", "what the minister said about Y", and the
"?" typed without its shift key ("what did X say/")."""

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
    "storm.txt": """Storm closes the quay

After the storm, Corbel said the quay would stay shut for a week.

"Nobody walks on that quay until the engineers have seen it," she said.
""",
    "orchard.txt": """Cider makers fear a poor harvest

Tobias Lund, who grows apples, said the late frost had cost him half his blossom.

"We have never lost so much in a single night," Lund said.
""",
    "library.txt": """Library opening hours cut

The council said the central library would close on Mondays from April to save money.
Readers have started a petition against the change.
""",
}


@pytest.fixture(scope="module")
def wordings_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("readers"), ARTICLES)


@pytest.mark.parametrize(
    "question",
    [
        "the harbour master quotes about the sea wall",
        "the harbour master comments regarding the sea wall",
        "Ines Corbel quotes about the sea wall",
    ],
)
def test_quotes_about_a_topic_asked_of_a_role_or_a_name_are_their_words(
    wordings_index: Index, question: str
) -> None:
    result = answer(wordings_index, question)
    assert result.speaker == "Ines Corbel"
    assert result.quotes and result.quotes[0].speaker == "Ines Corbel"


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("what Ines Corbel said after the storm?", "after the storm"),
        ("tell me what Ines Corbel said in the harbour report", "in the harbour report"),
        ("what the harbour master said about the sea wall?", "the sea wall"),
        ("what the harbour master said after the storm", "after the storm"),
        ("what Corbel's deputy said about the quay", "the quay"),
        ("what harbour master Ines Corbel said about the quay", "the quay"),
    ],
)
def test_what_x_said_without_did_asks_for_their_words(question: str, topic: str) -> None:
    parsed = parse_speech_question(question)
    assert parsed is not None and parsed.kind == "what_said"
    assert parsed.topic is not None and topic.endswith(parsed.topic)


@pytest.mark.parametrize(
    "question",
    [
        "what farmer said the frost had cost him half his blossom",  # which farmer: who
        "what harbour official said the quay would stay shut",
    ],
)
def test_what_role_said_words_still_asks_who(question: str) -> None:
    parsed = parse_speech_question(question)
    assert parsed is not None and parsed.kind == "who_said"


def test_what_the_role_said_after_an_event_answers_with_their_words(
    wordings_index: Index,
) -> None:
    result = answer(wordings_index, "what the harbour master said after the storm?")
    assert result.quotes and result.quotes[0].speaker == "Ines Corbel"
    assert "quay" in result.quotes[0].quote.text


@pytest.mark.parametrize(
    "question", ["what did Tobias Lund say/", "What did Tobias Lund say about the frost/"]
)
def test_a_slash_typed_for_the_question_mark_is_no_part_of_the_question(
    wordings_index: Index, question: str
) -> None:
    result = answer(wordings_index, question)
    assert result.speaker == "Tobias Lund"
    assert result.quotes and result.quotes[0].speaker == "Tobias Lund"


def test_a_link_keeps_its_last_slash() -> None:
    parsed = parse_speech_question("what did https://example.org/news/ say")
    assert parsed is None or parsed.speaker is None or parsed.speaker.endswith("/")


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("what has Ines Corbel got to say about the sea wall?", "the sea wall"),
        ("what Ines Corbel had to say about the sea wall", "the sea wall"),
        ("what's Ines Corbel saying about the sea wall?", "the sea wall"),
        ("what's Ines Corbel said about the sea wall", "the sea wall"),
        ("what's Ines Corbel's position on the sea wall?", "the sea wall"),
        ("what's Ines Corbel's take on the sea wall", "the sea wall"),
        ("Ines Corbel said what about the sea wall?", "the sea wall"),
        ("i want to know what Ines Corbel said about the sea wall", "the sea wall"),
        ("please show what Ines Corbel said about the sea wall", "the sea wall"),
    ],
)
def test_everyday_wordings_read_as_what_the_person_said(question: str, topic: str) -> None:
    parsed = parse_speech_question(question)
    assert parsed is not None and parsed.kind == "what_said"
    assert (parsed.speaker, parsed.topic) == ("Ines Corbel", topic)


@pytest.mark.parametrize("question", ["what's the latest on the sea wall", "what's happening"])
def test_what_s_with_no_speech_verb_stays_an_ordinary_question(question: str) -> None:
    assert parse_speech_question(question) is None


@pytest.mark.parametrize(
    "question",
    ["what's the new sea wall called", "what's the harbour master's boat called?"],
)
def test_what_s_x_called_asks_a_name_and_no_one_s_words(question: str) -> None:
    assert parse_speech_question(question) is None


def test_what_s_x_called_for_asks_what_they_have_called_for() -> None:
    parsed = parse_speech_question("what's Ines Corbel called for")
    assert parsed is not None and parsed.kind == "what_said"
    assert parsed.speaker == "Ines Corbel"


@pytest.mark.parametrize(
    "question",
    [
        "Ines Corbel talking about the sea wall",
        "ines corbel opinion on the sea wall",
        "Ines Corbel comment on the sea wall",
    ],
)
def test_a_name_and_a_word_for_their_words_on_a_topic_is_what_they_said(
    wordings_index: Index, question: str
) -> None:
    result = answer(wordings_index, question)
    assert result.speaker == "Ines Corbel"
    assert result.quotes and result.quotes[0].speaker == "Ines Corbel"


def test_a_common_word_talking_about_a_topic_stays_a_search(wordings_index: Index) -> None:
    result = answer(wordings_index, "readers talking about the library")
    assert result.speaker is None and not result.quotes


@pytest.mark.parametrize(
    "question",
    [
        "ines corbel about the sea wall",
        "Ines Corbel about the sea wall?",
        "the harbour master about the sea wall",
        "corbel about the sea wall",
    ],
)
def test_a_full_name_or_a_role_and_about_is_what_they_said(
    wordings_index: Index, question: str
) -> None:
    # no verb: "X about Y" is read as "X on Y" is, a surname alone too ("Corbel on the sea
    # wall" is what she said about it)
    result = answer(wordings_index, question)
    assert result.speaker == "Ines Corbel"
    assert result.quotes and result.quotes[0].speaker == "Ines Corbel"


def test_a_search_that_opens_with_a_name_keeps_its_passages(wordings_index: Index) -> None:
    # none of his words is on the library: a search that opens with a name (answered as the
    # search answers it), not "Tobias Lund said nothing about the library"
    result = answer(wordings_index, "tobias lund about the library")
    assert result.speaker is None and not result.quotes
    assert "said nothing" not in result.lead


@pytest.mark.parametrize(
    "question",
    ["readers about the library", "lund about the library", "tell me about the library"],
)
def test_about_after_common_words_or_a_lone_name_off_the_topic_stays_a_search(
    wordings_index: Index, question: str
) -> None:
    result = answer(wordings_index, question)
    assert result.speaker is None and not result.quotes
