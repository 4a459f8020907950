"""'Who said ...?': a quote printed in two stories (the same report carried twice) is one
statement, so it does not earn its speaker the bonus of having said several things."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

_CARRIED = """{title}

"The harbour wall needs repairs," said Ada Quell, who runs the ferry office.

{extra}
"""

ARTICLES = {
    "ferry.txt": _CARRIED.format(
        title="Ferry office warns on harbour wall", extra="Sailings run as usual this week."
    ),
    "ferry-again.txt": _CARRIED.format(
        title="Harbour wall worries at the ferry office", extra="The timetable is unchanged."
    ),
    "council.txt": """Council debates harbour wall repairs

"The harbour wall needs repairs," said councillor Bram Holt.
""",
}


@pytest.fixture(scope="module")
def repeats_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("repeats"), ARTICLES)


def test_a_quote_printed_twice_is_not_several_statements(repeats_index: Index) -> None:
    result = answer(repeats_index, "who said the harbour wall needed repairs?")
    assert result.quotes
    assert result.quotes[0].speaker == "Bram Holt"
