"""A role whose owner is a role ("the governor's spokesman") held by someone whose first name
the lexicon lacks ("Zane Orr", written "Mr Orr"): the answer is the holder's spokesman, as
"Zane Orr's spokesman" is, not "no quotes from anyone the articles call" so."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "roads.txt": "Orr on roads\n\nGovernor Zane Orr set out his plan for the county's roads. "
    '"Roads come first," said Governor Zane Orr. "Every bridge will be mended," Mr Orr added.',
    "roads-row.txt": "Roads row\n\nZane Orr's spokesman Tam Reede defended the roads plan. "
    '"The governor stands by every word," said Mr Reede.',
    "rail.txt": "Vale on rail\n\nQuin Vale set out a plan for rail. "
    '"We will build more lines," said Quin Vale. "Fares will fall," Ms Vale added.',
    "quay.txt": "Harbour news\n\nThe harbour opened a new quay on Monday. "
    '"It is a fine day for the town," said harbour master Yoss Bligh.',
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("role_owned"), ARTICLES)


@pytest.mark.parametrize(
    "question",
    [
        "what did the governor's spokesman say",
        "what did the spokesman for the governor say",
        "what did Zane Orr's spokesman say",
    ],
)
def test_an_office_holders_spokesman_is_theirs_though_their_first_name_is_unlisted(
    index: Index, question: str
) -> None:
    result = answer(index, question)
    assert result.speaker == "Tam Reede", result.lead
    assert [hit.quote.text for hit in result.quotes][:1] == ["The governor stands by every word"]
