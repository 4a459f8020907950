"""The names of the people quoted, written at index time for questions typed in lower case."""

from __future__ import annotations

from pathlib import Path

from qabot.indexing import QuotedNames
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "film.txt": (
        "Film awards night\n\n"
        '"It was a wonderful evening," Actor Robert Blake said.\n\n'
        '"We are thrilled," said Jamie Foxx.\n'
    ),
    "rugby.txt": (
        "Rugby squad named\n\n"
        '"The squad is ready," said centre Jamie Noon.\n\n'
        '"We will see," the coaches said.\n'
    ),
}


def test_names_are_read_as_the_directory_reads_them(tmp_path: Path) -> None:
    index = index_of(tmp_path, ARTICLES)
    names = index.quoted_names
    assert {"robert blake", "jamie foxx", "jamie noon"} <= names.full
    assert "jamie" in names.given  # the first name of two people quoted
    assert "robert" not in names.given
    assert not any("coach" in name for name in names.full)  # a group is no one's name


def test_a_plain_question_in_lower_case_needs_no_speaker_directory(tmp_path: Path) -> None:
    index = index_of(tmp_path, ARTICLES)
    result = answer(index, "jamie noon squad")
    assert result.found and "Jamie Noon" in result.passages[0].passage.text
    assert index._speakers is None  # it takes seconds to build at a million passages


def test_given_names_are_those_opening_two_full_names() -> None:
    names = QuotedNames.of_names(["jamie foxx", "jamie noon", "tony blair"])
    assert names.given == frozenset({"jamie"})


def test_a_given_name_that_is_also_a_word_opens_no_name_the_articles_write_in_lower_case(
    tmp_path: Path,
) -> None:
    # "hope" opens two quoted names, yet "do fans hope england win" asks about England, not
    # a "Hope England" no article mentions: the candidates write "hope" in lower case
    index = index_of(
        tmp_path,
        {
            "coaches.txt": (
                "Coaches speak\n\n"
                '"The squad is ready," said Hope Powell.\n\n'
                '"We are ready too," said Hope Solo.\n'
            ),
            "fans.txt": (
                "Fans travel to Paris\n\n"
                "Thousands of fans hope that England win in Paris. They hope the team brings "
                "the cup home, and many hope to see the final.\n"
            ),
        },
    )
    assert "hope" in index.quoted_names.given
    result = answer(index, "do fans hope england win")
    assert result.found and "England win" in result.passages[0].passage.text
