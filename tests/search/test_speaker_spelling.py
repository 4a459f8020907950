"""A description asked about with a slip in a word ("the harbour secretery") is read as the
articles spell the word, in an archive large enough that a word none of its articles holds is
news, and the lead says so; through answer(), on invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.speaker_spelling import spelled_speaker
from tests.support.indexes import index_of

STORIES = {
    "ferry.txt": "Ferry plan\n\n"
    '"The ferries will run all winter," said harbour secretary Vera Lund.\n',
    "market.txt": "Market hall\n\n"
    '"The hall opens in May," said harbour trader Ivo Marsh of the fish market.\n',
    "museum.txt": "Museum grant\n\n"
    '"The grant saves the gallery," the Northern Maritime Museum said.\n',
}
FILLER = {
    f"note{n}.txt": f"Parish note {n}\n\nThe parish hall held meeting {n} on a quiet evening.\n"
    for n in range(1000)
}


@pytest.fixture(scope="module")
def parish(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("parish"), {**STORIES, **FILLER})


@pytest.mark.parametrize(
    ("question", "person", "note"),
    [
        ("what did the harbour secretery say", "Vera Lund", "“secretery”; read as “secretary”"),
        (
            "what did the northern maritime musuem say",
            "Northern Maritime Museum",
            "“musuem”; read as “museum”",
        ),
    ],
)
def test_a_slip_in_a_description_is_read_as_the_articles_spell_it(
    parish: Index, question: str, person: str, note: str
) -> None:
    # "the home secretery" asked which of everyone given "home" was meant
    result = answer(parish, question)
    assert result.speaker == person, result.lead
    assert result.lead.startswith(f"No article has {note}."), result.lead
    assert all(hit.quote.speaker != "Ivo Marsh" for hit in result.quotes)


def test_only_a_description_naming_someone_so_read_is_respelt(parish: Index) -> None:
    assert spelled_speaker(parish, "the harbour secretery") == (
        "the harbour secretary",
        (("secretery", "secretary"),),
    )
    assert spelled_speaker(parish, "the harbour secretary") == ("the harbour secretary", ())
    assert spelled_speaker(parish, "vera lundd") == ("vera lundd", ())  # a name: misspelt_names
    assert spelled_speaker(parish, "the parish glazzier") == ("the parish glazzier", ())


def test_in_a_small_archive_the_description_stays_as_typed(parish: Index) -> None:
    assert spelled_speaker(parish, "the harbour secretery", from_passages=10**6) == (
        "the harbour secretery",
        (),
    )
