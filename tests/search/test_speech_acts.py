"""'What did X apologise for?' presupposes an apology: X's words on the topic are shown under
a lead saying the articles report none when none of them is one. Through answer(), on short
invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "speech.txt": "Mayor's winter speech\n\nMayor Edda Korrin gave her winter speech on "
    'Friday. "The harbour will reopen in spring," Ms Korrin said in her winter speech. '
    '"We will build two new schools," she added.\n',
    "flood.txt": "Council sorry over flood\n\nCouncil leader Bram Ostrova apologised for the "
    'flood warnings. "We are sorry that the warnings came late," Mr Ostrova said.\n',
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("speech_acts"), ARTICLES)


def test_words_of_no_apology_are_not_shown_as_one(index: Index) -> None:
    result = answer(index, "what did edda korrin apologise for in her winter speech")
    assert not result.found
    assert result.lead.startswith("The articles do not report that Edda Korrin apologised;")
    assert "said in her winter speech" in result.lead
    assert any("harbour will reopen" in hit.quote.text for hit in result.quotes)


def test_a_reported_apology_answers(index: Index) -> None:
    result = answer(index, "what did bram ostrova apologise for")
    assert result.found
    assert "do not report" not in result.lead
    assert any("sorry that the warnings came late" in hit.quote.text for hit in result.quotes)


def test_admitting_is_asked_of_words_said(index: Index) -> None:
    # readers ask "admit" of words cued "said": no act is presupposed
    result = answer(index, "what did edda korrin admit about the harbour")
    assert result.found and "do not report" not in result.lead
