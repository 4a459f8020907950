"""A name tied to a body by "of", "at", "from", "for" or "with" ("tom quill of harbour board"):
the words after the tie are where someone works, never the rest of a personal name, so a
name no article gives is no longer form of the body ("Harbour Board" shares the phrase's last
word, as a surname would). Through the directory and answer(), on short invented articles."""

from __future__ import annotations

import pytest

from qabot.attribution import SpeakerDirectory
from qabot.indexing import Index
from qabot.records import Quote
from qabot.search import answer
from tests.support.indexes import index_of


def quote(article: str, speaker: str, text: str) -> Quote:
    return Quote(article, speaker, text, "direct", "said", 0, len(text), text)


@pytest.fixture(scope="module")
def directory() -> SpeakerDirectory:
    return SpeakerDirectory.build(
        [
            quote("a", "Harbour Board", "Fees will rise."),
            quote("b", "Bank of Tarn", "Rates stay put."),
            quote("c", "Ida Roe", "The quay is safe."),
        ]
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "tom quill of harbour board",
        "Tom Quill of Harbour Board",
        "tom quill with harbour board",
        "tom quill for harbour board",
        "tom quill of the harbour board",
        "quill of harbour board",
        "olaf brandt of the bank of tarn",  # one "of" more than the body's own
    ],
)
def test_a_name_tied_to_a_body_is_not_the_body(directory: SpeakerDirectory, phrase: str) -> None:
    assert directory.resolve(phrase) == [], phrase


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("harbour board", "Harbour Board"),
        ("bank of tarn", "Bank of Tarn"),  # a body's own "of"
        ("the Bank of Tarn", "Bank of Tarn"),
        ("ida roe", "Ida Roe"),
    ],
)
def test_names_without_a_tie_match_as_before(
    directory: SpeakerDirectory, phrase: str, expected: str
) -> None:
    assert directory.resolve(phrase)[:1] == [expected], phrase


ARTICLES = {
    "harbour.txt": "Harbour fees\n\nThe Harbour Board raised its fees on Monday. "
    '"Fees will rise again in spring," the Harbour Board said in a statement.\n\n'
    '"Boats will still come," said harbour master Ida Roe.\n',
    "rovers.txt": "Rovers win the derby\n\nRovers beat City 2-0 on Saturday. "
    '"The lads were superb in the derby," said Rovers manager Gus Penrose.\n',
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("tied-names"), ARTICLES)


@pytest.mark.parametrize(
    "question",
    [
        "what did tom quill of harbour board say about fees?",
        "what did tom quill with harbour board say about fees?",
        "What did Tom Quill for Harbour Board say about fees?",
    ],
)
def test_a_made_up_name_at_a_body_is_answered_honestly(index: Index, question: str) -> None:
    result = answer(index, question)
    assert not result.found, result.lead
    assert "Tom Quill" in result.lead or "tom quill" in result.lead, result.lead


def test_a_quoted_name_at_its_body_is_still_theirs(index: Index) -> None:
    result = answer(index, "what did ida roe of harbour board say about boats?")
    assert result.found and result.quotes[0].speaker == "Ida Roe"


@pytest.mark.parametrize(
    "question",
    [
        "What did Tom Penrose of the Rovers say about the derby?",
        "What did Tom Penrose from Rovers say about the derby?",
    ],
)
def test_a_made_up_first_name_at_a_body_is_not_its_namesake(index: Index, question: str) -> None:
    """The surname is no role for "Rovers" to own: Gus Penrose is not meant."""
    result = answer(index, question)
    assert not result.found, result.lead


def test_the_quoted_name_at_the_body_is_theirs(index: Index) -> None:
    result = answer(index, "What did Gus Penrose of the Rovers say about the derby?")
    assert result.found and result.quotes[0].speaker == "Gus Penrose"


@pytest.mark.parametrize(
    "phrase", ["Tom Roe of the Harbour Board", "Tom Roe from Harbour Board", "Tom Roe at the Quay"]
)
def test_a_first_name_and_a_surname_before_a_tie_are_a_name(
    directory: SpeakerDirectory, phrase: str
) -> None:
    """No one quoted is called Tom Roe: nobody, not the surname read as a role ("roe") the
    words after the tie own, whose holder a sentence of the articles may name (Ida Roe)."""
    found = directory.match(phrase)
    assert (found.people, found.how) == ([], "none"), found
