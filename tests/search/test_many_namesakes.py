"""A surname many people share: the one whose words are on the topic is found even when
eight namesakes are quoted more often (their articles are searched first)."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import filler_notes, index_of

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
    # ten Quarries, five offered: the others are reached by full name
    assert result.lead.endswith("5 others called Quarrie are quoted too: ask by full name.")


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


def test_namesakes_named_together_do_not_hide_the_one_on_the_topic(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # each match report names eight Quarries, outscoring on the names alone the one passage
    # on the slowdown; the economist quoted there is still the one meant, not "none of them"
    given = _GIVEN[:8]
    articles = {
        f"match{i}.txt": "Quarrie derby\n\n"
        + " and ".join(f"{g} Quarrie" for g in given[i:] + given[:i])
        + f' met. "A good game," said {given[i]} Quarrie.\n\n'
        + f'"We will be back," {given[i]} Quarrie added.\n'
        for i in range(len(given))
    }
    articles["homes.txt"] = (
        "House prices fall\n\nLenders said mortgage approvals fell in March, the third fall in "
        "a row, as buyers waited for rates to settle and sellers cut asking prices across the "
        'north and the south. "These figures show the recent slowdown in the housing market '
        "across the whole country,\" said Ivo Quarrie, an economist at the lenders' council, "
        "who has studied the housing market for twenty years.\n"
    )
    articles.update(filler_notes(30))
    index = index_of(tmp_path_factory.mktemp("namesakes_together"), articles)
    result = answer(index, "what did Quarrie say about the slowdown?")
    assert result.speaker == "Ivo Quarrie"
    assert result.quotes and "recent slowdown" in result.quotes[0].quote.text
