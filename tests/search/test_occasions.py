"""What a person said on an occasion ("in her speech at the guild dinner", "after the vote"):
the occasion is named once, in the sentence that opens the report of it, and the speaker's
other words in that report are what they said there. Short invented articles, through
`answer()`."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

DINNER = """Warning on the port's decline

In a speech at the Harbour Guild dinner on Friday, Ana Pell said the port had been left to
decay for a decade while its trade moved north to deeper water.

"We built too little and we built it late, and the ships went elsewhere," she said.

The society, founded by merchants two centuries ago, counts shipowners, chandlers, pilots and
insurers among its four hundred members. Its members meet in the old customs house
on the quay, which they restored with money raised from its members over many years.
Tickets for the evening sold out within a week, and a waiting list was kept for late places.

Ms Pell, who ran the pilots' cooperative for twenty years before she retired, was asked by
its master to give the main address this year. Guests included the town's mayor,
two members of parliament and the chairman of the regional ferry company.

She told them that the town's future depended on the decisions taken this winter by
the council and the port's owners. "Every town on this coast needs its quay, and ours is
crumbling into the sea," Ms Pell said.

"If nothing is done by the spring, the last of the fishing fleet will leave us," she added.
"""

ARTICLES = {
    "dinner.txt": DINNER,
    "fish.txt": """Fish prices fall

Fish prices at the market fell for a third week as the catch grew.

"The boats are landing more cod than the buyers can take," said Ana Pell, a former pilot.

"Prices will recover once the restaurants reopen," Ms Pell said.
""",
    "ferry.txt": """Ferry fares rise

Ferry fares will rise by a tenth in spring, the operator said on Friday.
""",
    "rail.txt": """Rail line reopens

Rail director Sam Pike said: "Trains will run every hour from Monday."
""",
}


@pytest.fixture(scope="module")
def occasion_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("occasion"), ARTICLES)


@pytest.mark.parametrize(
    "question",
    [
        "what did ana pell say in her speech at the harbour guild dinner?",
        "What did Ana Pell say at the guild dinner?",
    ],
)
def test_the_words_of_a_report_of_an_occasion_are_what_was_said_there(
    occasion_index: Index, question: str
) -> None:
    reply = answer(occasion_index, question, top=5)
    texts = [hit.quote.text for hit in reply.quotes]
    assert any(t.startswith("Every town on this coast needs its quay") for t in texts)
    assert all("cod" not in t for t in texts)  # her words at the market are of another day
