"""A word typed between a question's subject and its verb is read as the archive writes it:
a noun after a determiner ("the campaign"), a verb after "to" or a modal ("will lift"), so
"did the brevia campaign lift the ban" asks of lifting, not of campaigning. On short invented
articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.why_deeds import why_deed
from qabot.search.word_uses import Uses, word_uses
from tests.support.indexes import index_of

ARTICLES = {
    "campaign.txt": "Visitors barred\n\nThe Brevia campaign barred visitors from abroad. The "
    "campaign said the ban on visitors was for security. A spokesman for the campaign would "
    "not say more.\n",
    "bridge.txt": "Bridge tolls\n\nThe Osk council will lift its tolls on the bridge. Crews "
    "had to lift the old bridge deck first.\n",
    "mill.txt": "Mill shares\n\nThe shares of the Osk mill fell on Monday. Traders said the "
    "shares would fall again. The Osk mill shares fell after a profit warning.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("word_uses"), ARTICLES)


def test_a_word_written_after_determiners_is_a_noun_and_after_modals_a_verb(
    index: Index,
) -> None:
    campaign, lift = word_uses(index, "campaign"), word_uses(index, "Lift")
    assert campaign.noun() and not campaign.verb()
    assert lift.verb() and not lift.noun()


def test_a_word_written_in_neither_context_is_neither() -> None:
    assert not Uses(0, 0).noun() and not Uses(0, 0).verb()
    assert not Uses(2, 1).noun()  # after a determiner, but not three times as often


@pytest.mark.parametrize(
    ("question", "deed"),
    [
        ("did the brevia campaign lift the ban on visitors", "lift"),  # not "campaign"
        ("why did osk mill shares fall on monday", "fall"),  # a plural noun, then its verb
    ],
)
def test_a_noun_before_a_verb_is_the_subject_s(index: Index, question: str, deed: str) -> None:
    asked = why_deed(index, question)
    assert asked is not None and asked.typed == deed


def test_a_deed_read_past_a_noun_is_one_the_passages_must_tell(index: Index) -> None:
    result = answer(index, "did the brevia campaign lift the ban on visitors")
    assert not result.found and not result.passages
    assert "“lift”" in result.lead
