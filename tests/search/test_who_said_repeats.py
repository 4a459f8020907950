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


_QUOTE = '"We answer this every election and the answer is no," said Ilse Varga.'
_FIRST = f"""Mayor rules out a debate

Mayor Ilse Varga has ruled out taking part in a debate with her rivals before the vote.

{_QUOTE}
"""

# the same story carried again later, edited and longer: a passage of its own holds the
# question's words, which makes it no other story telling the answer better than her words
_LATER = (
    f"Mayor will not face her rivals\n\nMayor Ilse Varga will not face her rivals.\n\n{_QUOTE}\n\n"
    + " ".join(
        f"The town's budget for the {place} was set in the spring and stays as it was."
        for place in ("parks", "roads", "library", "harbour", "schools", "markets", "bridges")
    )
    + "\n\nA televised debate has been ruled out at every election since the town hall opened,"
    " and the rivals still want an answer.\n"
)

COPIES = {
    "vote.txt": _FIRST,
    "vote-later.txt": _LATER,
    "fair.txt": "Spring fair opens\n\nThe spring fair opened with music, stalls and a parade.\n",
}


@pytest.fixture(scope="module")
def copies_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("copies"), COPIES)


def test_a_later_copy_of_the_story_is_no_other_story_telling_it_better(
    copies_index: Index,
) -> None:
    result = answer(
        copies_index, "who ruled out a televised debate, saying the answer is no every election"
    )
    assert result.quotes
    assert result.quotes[0].speaker == "Ilse Varga"


# two reports of one fine: the second tells the question better in no quote, but names the
# manager whose words on the fine the first prints, so it is his story, not another one
FINES = {
    "fine.txt": "Town fine striker Rendle\n\n"
    "Town have fined striker Jon Rendle two weeks' wages.\n\n"
    '"He let his team-mates down and the fine is fair," said manager Piet Dorn.\n',
    "fine-again.txt": "Rendle fined for missing training\n\n"
    "Striker Jon Rendle deserved the fine for missing training on Monday, and manager Piet Dorn "
    "has now fined three players this season.\n",
    "fair.txt": COPIES["fair.txt"],
}


@pytest.fixture(scope="module")
def fines_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("fines"), FINES)


def test_another_report_naming_the_speaker_is_no_other_story(fines_index: Index) -> None:
    result = answer(fines_index, "who said Rendle deserved the fine for missing training?")
    assert [hit.speaker for hit in result.quotes][:1] == ["Piet Dorn"]
