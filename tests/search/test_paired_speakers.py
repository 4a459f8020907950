""" "What did X and Y say?": each person's words under their own name, or that one of them is
named nowhere, never one of them alone in silence."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import filler_notes, index_of

# our own articles: a mayor and a harbour master on the dredging, a firm named with "and"
ARTICLES = {
    "dredging.txt": "Harbour dredging starts\n\n"
    'Work to dredge the harbour began on Monday. "The channel will be deeper by summer," '
    "harbour master Ivo Brandt said. Mayor Mara Quill said the dredging would bring back the "
    'big ferries. "It is the best news the harbour has had in years," Ms Quill said.',
    "tram.txt": "Tram line to reach stadium\n\n"
    '"Every fan should be able to ride to the match," Mayor Mara Quill said of the tram.',
    "bakery.txt": "Bakers and Sons opens shop\n\n"
    'The firm Bakers and Sons opened a shop on the quay. "Bread will be baked here every '
    'morning," Bakers and Sons said in a statement.',
    **filler_notes(12),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("news"), ARTICLES)


def test_two_people_asked_together_each_have_their_words_shown(index: Index) -> None:
    result = answer(index, "what did Ivo Brandt and Mara Quill say about the dredging?")
    assert result.found
    assert {hit.speaker for hit in result.quotes} == {"Ivo Brandt", "Mara Quill"}
    assert result.quotes[0].speaker == "Ivo Brandt"  # in the order asked
    assert result.lead == "What Ivo Brandt and Mara Quill each said about the dredging:"
    assert result.speaker is None  # no one person: "he" after it would be a guess


def test_surnames_asked_together_work_alike(index: Index) -> None:
    result = answer(index, "what did quill and brandt say")
    assert {hit.speaker for hit in result.quotes} == {"Ivo Brandt", "Mara Quill"}
    assert result.quotes[0].speaker == "Mara Quill"


def test_one_of_two_named_nowhere_is_said_plainly(index: Index) -> None:
    result = answer(index, "what did Mara Quill and Olaf Trennberg say?")
    assert result.found
    assert {hit.speaker for hit in result.quotes} == {"Mara Quill"}
    assert result.lead.startswith("Olaf Trennberg is not named in the articles")
    assert result.lead.endswith("What Mara Quill said:")
    assert result.speaker == "Mara Quill"  # the one shown: "what about her spokesman?" next


def test_one_of_two_named_nowhere_typed_in_lower_case_is_said_plainly(index: Index) -> None:
    # typed in a hurry: "trennberg" is a word no article holds, so no one the articles name
    result = answer(index, "what did mara quill and olaf trennberg say?")
    assert {hit.speaker for hit in result.quotes} == {"Mara Quill"}
    assert "Mara Quill And" not in result.lead
    assert result.lead.endswith("What Mara Quill said:")


def test_a_name_written_with_and_in_lower_case_is_not_parted(index: Index) -> None:
    result = answer(index, "what did bakers and sons say?")
    assert "each" not in result.lead
    assert "not named" not in result.lead


def test_a_name_written_with_and_is_not_parted(index: Index) -> None:
    # "Bakers" is a word the articles hold, and no one quoted: not a second person asked
    result = answer(index, "what did Bakers and Sons say?")
    assert "each" not in result.lead
    assert "Bakers is not named" not in result.lead


def test_the_json_contract_keeps_its_keys_and_names_each_quote_s_speaker(index: Index) -> None:
    found = answer(index, "what did Ivo Brandt and Mara Quill say?").to_json()
    assert set(found) >= {"question", "found", "lead", "passages", "quotes", "speaker"}
    assert {quote["speaker"] for quote in found["quotes"]} == {"Ivo Brandt", "Mara Quill"}
