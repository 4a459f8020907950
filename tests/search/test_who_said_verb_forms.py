"""'Who said she never saw such a crowd?': a past form asked finds the verb's other forms in
the words said ("seen"), not only its base ("see"): the forms of one irregular verb are kin."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.word_forms import kin_forms
from tests.support.indexes import index_of

ARTICLES = {
    "fair.txt": "Harbour fair draws thousands\n\n"
    "The harbour fair opened on Saturday. "
    '"Never has such a crowd come here," said Bo Lind. '
    '"I have never seen such a crowd," said Ana Ruiz.\n',
    "market.txt": "Market reopens\n\nThe fish market reopened after the floods.\n",
    "choir.txt": "Choir sings\n\nThe choir sang the loudest hymn of the evening.\n",
}


@pytest.fixture(scope="module")
def fair_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("fair"), ARTICLES)


def test_a_past_form_asked_finds_the_participle_said(fair_index: Index) -> None:
    result = answer(fair_index, "who said she never saw such a crowd?")
    assert [hit.speaker for hit in result.quotes][:1] == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("asked", "written", "kin"),
    [
        ("saw", "seen", {"seen": ["saw"]}),
        ("took", "taken", {"taken": ["took"]}),
        ("see", "saw", {"saw": ["see"]}),
        ("market", "seen", {}),
    ],
)
def test_forms_of_one_irregular_verb_are_kin(
    asked: str, written: str, kin: dict[str, list[str]]
) -> None:
    assert kin_forms([asked], {written}) == kin
