""" "Who is the <role> of X?" asks who holds the role: a passage answers when a sentence holds the
role's noun beside a name the question does not write, or its story's title holds the noun.
Through answer(), on short invented articles."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.asked_holders import asked_role
from tests.support.indexes import index_of

ARTICLES = {
    "seminar.txt": "Pay gap seminar\n\nMs Orla Penn was speaking at a seminar organised by the "
    "Kestel Fairness Board. Women earn less than men, according to the Kestel Fairness Board.\n",
    "museum.txt": "Museum choice\n\nThe Lowmoor Museum has named Tova Lind as its new curator. "
    "Lind ran the Drayfield gallery for ten years.\n",
    "harbour.txt": "Harbour appoints new boss\n\nIvo Pell will succeed Nela Varro as president "
    "of the Orvel Harbour Company in April.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("asked_holders"), ARTICLES)


def test_passages_naming_no_holder_of_the_role_do_not_answer(index: Index) -> None:
    result = answer(index, "who is the chair of the kestel fairness board")
    assert not result.found and not result.passages
    assert "a holder of the “chair”" in result.lead


def test_a_sentence_naming_the_holder_answers(index: Index) -> None:
    result = answer(index, "who is the curator of the lowmoor museum")
    assert result.found and "Tova Lind" in result.passages[0].passage.text


def test_a_title_with_the_role_lets_its_story_name_the_holder(index: Index) -> None:
    result = answer(index, "who is the orvel harbour company's new boss")
    assert result.found and "Ivo Pell" in result.passages[0].passage.text


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("who is the chair of the equal opportunities board", "chair"),
        ("who is parmalat's finance director these days", "director"),
        ("who are the boys playing billy in the musical", "boys"),
        ("who are the four men charged in the steroid case", "men"),
        ("who is tova lind", None),  # a name, no role
        ("who scored the goal", None),  # a deed, no role
        ("who is the  ", None),  # nothing but spaces after "the"
    ],
)
def test_the_role_asked_is_the_head_of_its_noun_phrase(question: str, role: str | None) -> None:
    assert asked_role(question) == role


@given(st.sampled_from(["who is the", "who's an", "who are"]), st.text())
def test_any_words_after_who_is_are_read_without_error(opening: str, rest: str) -> None:
    role = asked_role(f"{opening} {rest}")
    assert role is None or role.strip() == role != ""
