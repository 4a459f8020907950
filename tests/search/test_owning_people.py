"""A person's role ("Zane Orr's spokesman") whose owner's first name is none the lexicon
knows: the owner is still a person when the stories write them as a man or a woman ("Mr Orr"),
so the answer is the words of the one described as their spokesman, or says no one is quoted
so, never the owner's own words under that heading."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.owning_people import owning_person, recorded_as_person
from tests.support.indexes import index_of
from tests.support.processes import ask_each

ARTICLES = {
    "roads.txt": "Orr on roads\n\nZane Orr set out his plan for the county's roads. "
    '"Roads come first," said Zane Orr. "Every bridge will be mended," Mr Orr added.',
    "rail.txt": "Vale on rail\n\nQuin Vale set out a plan for rail. "
    '"We will build more lines," said Quin Vale. "Fares will fall," Ms Vale added.',
    "rail-row.txt": "Rail row\n\nQuin Vale's spokesman Tam Reede defended the rail plan. "
    '"The minister stands by every word," said Mr Reede.',
    "quay.txt": "Harbour news\n\nThe harbour opened a new quay on Monday. "
    '"It is a fine day for the town," said harbour master Yoss Bligh.',
    "firm.txt": "Firm results\n\nThe engineering firm Kestrel Orvane posted higher profits. "
    '"Orders are strong," said Kestrel Orvane in a statement.',
}


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("owning")


@pytest.fixture(scope="module")
def index(workdir: Path) -> Index:
    return index_of(workdir, ARTICLES)


@pytest.mark.parametrize(
    ("owner", "person"),
    [
        ("Zane Orr", "Zane Orr"),  # "Mr Orr": a man, though "Zane" is no first name we list
        ("zane orr", "Zane Orr"),
        ("Quin Vale", "Quin Vale"),  # "Ms Vale"
        ("Yoss Bligh", None),  # written with no title nor first name we list: not known so
        ("Kestrel Orvane", None),  # "the engineering firm Kestrel Orvane": a body
    ],
)
def test_an_owner_is_a_person_the_stories_write_as_a_man_or_a_woman(
    index: Index, owner: str, person: str | None
) -> None:
    assert owning_person(index, owner) == person


def test_a_person_is_recorded_only_as_the_stories_write_them(index: Index) -> None:
    assert recorded_as_person(index, "Zane Orr")
    assert not recorded_as_person(index, "Yoss Bligh")
    assert not recorded_as_person(index, "Kestrel Orvane")


@pytest.mark.parametrize(
    "question", ["what did Zane Orr's spokesman say", "what did mr orr's spokesman say"]
)
def test_no_spokesman_of_a_person_is_no_one_quoted_never_the_person(
    index: Index, question: str
) -> None:
    result = answer(index, question)
    assert not result.found and result.speaker is None, result.lead
    assert "spokesman" in result.lead and not result.quotes, result.lead


def test_a_persons_spokesman_is_the_one_described_so(index: Index) -> None:
    result = answer(index, "what did Quin Vale's spokesman say")
    assert result.speaker == "Tam Reede", result.lead
    assert [hit.quote.text for hit in result.quotes][:1] == ["The minister stands by every word"]


def test_the_console_shows_no_owners_words_as_their_spokesmans(workdir: Path) -> None:
    orr, vale = ask_each(
        "what did Zane Orr's spokesman say", "what did Quin Vale's spokesman say", cwd=workdir
    )
    assert "Roads come first" not in orr and "Zane Orr's spokesman" in orr, orr
    assert "The minister stands by every word" in vale and "Fares will fall" not in vale, vale
