"""'Who called beating Moreno the biggest win of his career?': a surname the question writes
alone in the words said is whom they are about, not who said them; a name in the setting ("after
the club fined X") or one of a fuller name ("jan vale") is not."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.named_subjects import surnames_alone
from tests.support.indexes import index_of

ARTICLES = {
    "open.txt": "Ruiz stuns Moreno in Lisbon\n\n"
    "Tomas Ruiz beat top seed Rafa Moreno in straight sets at the Lisbon Open on Tuesday. "
    '"To beat him here is the greatest moment I have had in tennis," Ruiz said. '
    '"He deserved the win, he played the biggest points of the match better," Moreno said '
    "after the defeat.\n",
    "fine.txt": "Moreno fined for smashing a racket\n\n"
    "The Lisbon Open fined top seed Rafa Moreno for smashing a racket in his defeat. "
    '"I am sorry for the racket and I accept the fine," Moreno said.\n',
    "market.txt": "Market reopens\n\nThe fish market reopened after the floods.\n",
    "choir.txt": "Choir sings\n\nThe choir sang the loudest hymn of the evening.\n",
    "moreno.txt": "Moreno seeded first\n\nThe top seed in Lisbon is Rafa Moreno. "
    "This year Rafa Moreno has won two titles.\n",
}


@pytest.fixture(scope="module")
def open_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("open"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("who called beating moreno the biggest win of his career?", "Tomas Ruiz"),
        ("who apologised after the tournament fined Moreno?", "Rafa Moreno"),  # the setting's
    ],
)
def test_a_surname_in_the_words_said_is_their_subject(
    open_index: Index, question: str, speaker: str
) -> None:
    result = answer(open_index, question)
    assert [hit.speaker for hit in result.quotes][:1] == [speaker]


@pytest.mark.parametrize(
    ("wording", "subjects"),
    [
        ("beating moreno the biggest win of his career", {"moreno"}),
        ("rafa moreno played the biggest points", set()),  # a fuller name
        ("the Moreno brothers were unbeatable", set()),  # a family, one of whom may speak
        ("he was sorry after the tournament fined Moreno", set()),  # the setting
    ],
)
def test_only_a_surname_alone_in_the_words_said_is_a_subject(
    open_index: Index, wording: str, subjects: set[str]
) -> None:
    assert surnames_alone(open_index, wording) == subjects
