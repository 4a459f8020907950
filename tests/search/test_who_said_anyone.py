"""'Which person said ...?', 'which speaker said ...?', 'who's the one that said ...?': a word
for anybody is no role, so they ask what "who said ...?" asks, and a question's trailing "do
you know?" is no part of the words said; 'who is on record as saying ...', 'who voiced the
opinion that ...' ask who said it too; "boss" and "actress" are words for a person (their
final s is no plural's)."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer, parse_speech_question
from tests.support.indexes import index_of

ARTICLES = {
    "tolls.txt": "Bridge tolls row in the assembly\n\n"
    "Assembly Speaker Ann Morrow called members to order during the debate on bridge tolls. "
    '"Members will speak one at a time," the Speaker said. '
    "Councillor Rob Tallis said the bridge tolls were a scandal for families. "
    '"Families on the island pay twice for every journey," Mr Tallis said.\n',
    "buses.txt": "Buses late in the snow\n\n"
    "Passenger Tom Bray said the buses were late again this week. "
    "Depot boss Kay Lund said the buses were late because of the snow on the hills. "
    '"The drivers did their best," Ms Lund said.\n',
    "market.txt": "Market reopens\n\nThe fish market reopened after the floods.\n",
    "choir.txt": "Choir sings\n\nThe choir sang the loudest hymn of the evening.\n",
}


@pytest.fixture(scope="module")
def tolls_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("tolls"), ARTICLES)


@pytest.mark.parametrize(
    "question",
    [
        "who said the bridge tolls were a scandal?",
        "which speaker said the bridge tolls were a scandal?",
        "which person said the bridge tolls were a scandal?",
        "who's the person that said the bridge tolls were a scandal?",
        "which person was it that said the bridge tolls were a scandal?",
        "who said the bridge tolls were a scandal - do you know?",
        "who is on record as saying the bridge tolls were a scandal?",
    ],
)
def test_a_word_for_anybody_asks_who_said(tolls_index: Index, question: str) -> None:
    result = answer(tolls_index, question)
    assert [hit.speaker for hit in result.quotes][:1] == ["Rob Tallis"]


@pytest.mark.parametrize(
    ("question", "role", "topic"),
    [
        ("which person said the plan was dead?", None, "the plan was dead"),
        ("which one of them said the plan was dead?", None, "the plan was dead"),
        ("who's the person that said fares have been rising?", None, "fares have been rising"),
        ("which minister was it that said the plan was dead?", "minister", "the plan was dead"),
        ("which Speaker said the plan was dead?", "Speaker", "the plan was dead"),  # the office
        ("who said the plan was dead, any idea?", None, "the plan was dead"),
        ("who is on record saying the plan was dead?", None, "the plan was dead"),
        ("who voiced the opinion that the plan was dead?", None, "the plan was dead"),
        ("who expressed the view that the plan was dead?", None, "the plan was dead"),
    ],
)
def test_anybody_is_no_role_and_asking_after_is_no_topic(
    question: str, role: str | None, topic: str
) -> None:
    parsed = parse_speech_question(question)
    assert parsed is not None and parsed.kind == "who_said"
    assert (parsed.role, parsed.topic) == (role, topic)


@pytest.mark.parametrize(
    ("question", "role", "verb"),
    [
        ("what age concern boss said the plan was dead?", "age concern boss", "said"),
        ("which boss rebuked the staff for the delays?", "boss", "rebuked"),
        ("what actress said the film was dull?", "actress", "said"),
        ("which bosses warned of job cuts?", "bosses", "warned"),
    ],
)
def test_a_role_ending_in_ss_is_a_word_for_a_person(question: str, role: str, verb: str) -> None:
    parsed = parse_speech_question(question)  # "boss" was read as "bo", no word for a person
    assert parsed is not None and parsed.kind == "who_said"
    assert (parsed.role, parsed.verb) == (role, verb)


def test_what_boss_said_asks_who_said(tolls_index: Index) -> None:
    result = answer(tolls_index, "what depot boss said the buses were late?")
    assert [hit.speaker for hit in result.quotes][:1] == ["Kay Lund"]
