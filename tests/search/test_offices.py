"""An office asked for by its owner ("the sheriff's office", "the mayor's office"): the body
whose name ends so, or the holder of the role the office serves; never someone given "office"
as a role word, nor a speaker called "office"."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "shop.txt": """Shop break-in

A man broke into a shop on Quay Street on Tuesday night.

The owner called the Dunmore County Sheriff's Office. DCSO said a report should have been taken.
""",
    "bridge.txt": """Bridge reopens

Mayor Ada Vale said the bridge would reopen on Monday after repairs.
""",
    "visas.txt": """Visa rules

Home Office minister Tom Reed said the visa rules would be tightened in the spring.
""",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("offices"), ARTICLES)


def test_a_body_asked_by_its_name_s_end_is_the_body_quoted_by_its_initials(index: Index) -> None:
    result = answer(index, "what did the sheriff's office say?")
    assert result.speaker == "DCSO"
    assert "a report should have been taken" in result.quotes[0].quote.text


def test_a_role_holder_s_office_speaks_for_the_holder(index: Index) -> None:
    result = answer(index, "what did the mayor's office say?")
    assert result.speaker == "Ada Vale"


def test_an_office_nobody_is_quoted_for_is_said_so_with_its_whole_name(index: Index) -> None:
    result = answer(index, "what did the governor's office say?")
    assert not result.quotes
    assert "Tom Reed" not in result.lead
    assert "call the governor's office" in result.lead
