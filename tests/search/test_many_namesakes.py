"""A surname many people share: the one whose words are on the topic is found even when
eight namesakes are quoted more often (their articles are searched first)."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

_GIVEN = "Anton Bruno Carla Dmitri Edith Farid Greta Hamish Ingrid".split()
_SUBJECTS = "bakery tennis orchestra vineyard railway pottery theatre harbour library".split()

ARTICLES = {
    f"{subject}.txt": (
        f"News of the {subject}\n\n"
        f'"The {subject} opens again in May," said {given} Quarrie.\n\n'
        f'"We thank everyone who helped the {subject}," {given} Quarrie added.\n'
    )
    for given, subject in zip(_GIVEN, _SUBJECTS, strict=True)
}
ARTICLES["lighthouse.txt"] = (
    "Lighthouse keeper retires\n\n"
    '"The lamp never failed once in forty winters," said keeper Ada Quarrie of the lighthouse.\n'
)


@pytest.fixture(scope="module")
def quarries(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("namesakes"), ARTICLES)


def test_the_rarely_quoted_namesake_on_the_topic_is_found(quarries: Index) -> None:
    result = answer(quarries, "what did Quarrie say about the lighthouse?")
    assert result.speaker == "Ada Quarrie"
    assert result.quotes and "The lamp never failed" in result.quotes[0].quote.text


def test_a_topic_none_of_them_speaks_of_still_asks_which(quarries: Index) -> None:
    result = answer(quarries, "what did Quarrie say about the submarine?")
    assert result.speaker is None and not result.quotes
    assert result.choices


def test_a_namesake_on_part_of_the_topic_gives_way_to_one_on_all_of_it(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # a namesake among the most quoted speaks of a lamp; the rarely quoted keeper of the whole
    articles = dict(ARTICLES)
    articles["bakery.txt"] = (
        "News of the bakery\n\n"
        '"The bakery lamp stays lit all night," said Anton Quarrie.\n\n'
        '"We thank everyone who helped the bakery," Anton Quarrie added.\n'
    )
    index = index_of(tmp_path_factory.mktemp("namesakes_part"), articles)
    result = answer(index, "what did Quarrie say about the lighthouse lamp?")
    assert result.quotes and "The lamp never failed" in result.quotes[0].quote.text
