"""Names typed in lower case: side by side words the articles write as a name ("World Cup")
are mentioned by a passage only as that name, not by one of its words ("the Davis Cup").
They are a guess: when no passage writes them so, the question is answered as typed, and
nothing is asked of them as of a name typed with capitals. Through answer(), on short
invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.indexing import Index
from qabot.records import Passage
from qabot.search import answer
from qabot.search.hit_record import Hit
from qabot.search.name_writing import written_as_names
from tests.support.indexes import index_of

ARTICLES = {
    "shield.txt": (
        "Kestrel crew sail for the Harbour Shield\n\n"
        "The Kestrel crew will sail for the Harbour Shield in Porthmere next month. The "
        "Harbour Shield was first sailed in 1920, and the Harbour Shield crews train all winter."
    ),
    "rowing.txt": (
        "Rowers lift a shield\n\n"
        "The rowing club's eight lifted the shield at the harbour regatta in Porthmere, "
        "beating four boats in a strong wind."
    ),
    "fair.txt": (
        "Crowds at the River Fair\n\n"
        "The River Fair drew record crowds to Dunmore on Sunday. River Fair stalls sold out "
        "of cider by noon, the River Fair organisers said."
    ),
    "weather.txt": (
        "Rain ahead\n\n"
        "Forecasters expect rain across the valley on Sunday and Monday, with sunshine later "
        "in the week."
    ),
    "market.txt": (
        "Fish market opens early\n\n"
        "The fish market opened early on Friday as the boats came in with a record catch of "
        "herring, traders said."
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("lower_names")), ARTICLES)


def test_the_index_tells_which_words_some_passage_writes_as_a_name(index: Index) -> None:
    assert index.engine.may_write_as_name("harbour", "shield")
    assert index.engine.may_write_as_name("River", "fair")  # in any case, as typed
    assert not index.engine.may_write_as_name("shield", "river")  # never side by side
    assert not index.engine.may_write_as_name("fish", "market")  # only where a title opens
    assert index.engine.may_write_as_name("fısh", "market")  # beyond ASCII: not told


def _paths(hits: list[Hit]) -> list[str]:
    return [hit.article.path for hit in hits]


def test_a_name_typed_in_lower_case_is_not_mentioned_by_one_of_its_words(index: Index) -> None:
    result = answer(index, "harbour shield in porthmere")
    assert result.found
    assert _paths(result.passages) == ["shield.txt"]  # not the regatta's "shield"


def test_who_won_a_name_typed_in_lower_case_is_not_answered_by_one_of_its_words(
    index: Index,
) -> None:
    # the regatta's crew beat four boats for "the shield", not the Harbour Shield
    result = answer(index, "who won the harbour shield")
    assert not result.found
    assert "names a winner" in result.lead


def test_names_no_passage_writes_together_leave_the_question_as_typed(index: Index) -> None:
    # "Harbour Shield" and "River Fair" are names, but no passage writes both
    result = answer(index, "harbour shield river fair")
    assert result.found  # not "No article mentions “harbour shield” or “river fair”"
    assert set(_paths(result.passages)) <= {"shield.txt", "fair.txt"}


_WORDS = st.lists(st.sampled_from(["harbour", "shield", "the", "river", "fair", "2006"]))


@given(_WORDS)
def test_written_names_are_question_words_the_text_writes_as_a_name(words: list[str]) -> None:
    text = "The Harbour Shield and the River Fair, 2006 Harbour. The harbour fair."
    passage = Passage(id="a:0", article_id="a", position=0, start=0, end=len(text), text=text)
    for run in written_as_names(words, [(passage, "")]):
        assert len(run) >= 2
        assert any(words[at : at + len(run)] == run for at in range(len(words)))
        assert " ".join(word.title() for word in run) in text
