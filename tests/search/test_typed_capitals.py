"""Capitals typed where they tell no name (every word, every letter, a common word given one
mid-sentence) are read as lower case, and the question answered as it is typed in lower case;
a capital that may be the only clue to a name (a word the archive mostly writes with one, or
holds too rarely to tell) stays (`typed_capitals.as_typed_plainly`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.typed_capitals import as_typed_plainly
from tests.support.indexes import index_of

ARTICLES = {
    "bridge.txt": (
        "Marl bridge reopens\n\nRepairs to the Marl bridge cost the council 40,000 pounds, "
        "and the bridge reopened to traffic on Monday."
    ),
    "budget.txt": (
        "Budget row\n\nThe government will cut the rail budget, ministers said, and the "
        "government expects fares to rise."
    ),
    "fares.txt": ("Fares rise\n\nThe government said fares would rise by 3% in spring."),
    "buses.txt": ("Bus routes cut\n\nThe government cut rural bus routes in the county."),
    "ferries.txt": ("Ferries\n\nThe government sold the ferry company to a private buyer."),
    "trams.txt": ("Trams\n\nThe government backed the city's tram plan on Tuesday."),
    "orrick.txt": (
        "Orrick signs\n\nDalvine Orrick signed for Brackley on Friday. Orrick, 23, joins from "
        "Dunmore, and Dalvine Orrick said the move was a dream."
    ),
    "calls.txt": (
        "Callers hang up\n\nCallers to a call centre wait four minutes before they hang up, "
        "a survey of the town centre's firms found."
    ),
    "leisure.txt": ("Pool shut\n\nThe Kelso Leisure Centre will shut its pool in May."),
    "arts.txt": ("Arts centre\n\nThe arts centre in the city centre will open late on Fridays."),
    "shops.txt": ("Shops\n\nShops in the town centre stayed open on Sunday."),
    "clinic.txt": ("Clinic\n\nA health centre for the village was approved."),
    "clerk.txt": (
        'Parish clerk\n\nThe parish clerk, Ellen Notise, said: "Every notice goes up on the '
        'hall door by Monday, so nobody misses a meeting."'
    ),
    # an archive large enough that its everyday words weigh little
    **{
        f"notice{at}.txt": f"Notice {at}\n\nParish notice {at} lists the meetings of week {at}."
        for at in range(12)
    },
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("typed-capitals")), ARTICLES)


def test_title_case_is_read_in_lower_case_but_for_initialisms(index: Index) -> None:
    assert as_typed_plainly(index, "How Much Did The Marl Bridge Repairs Cost") == (
        "how much did the marl bridge repairs cost"
    )
    assert as_typed_plainly(index, "Marl Bridge Repairs BBC") == "marl bridge repairs BBC"


def test_a_capital_on_a_little_first_word_alone_is_read_in_lower_case(index: Index) -> None:
    assert as_typed_plainly(index, "Who did dalvine orrick sign for") == (
        "who did dalvine orrick sign for"
    )
    # a first word of weight may be a name ("Keller on the budget")
    assert as_typed_plainly(index, "Dalvine orrick transfer") == "Dalvine orrick transfer"


def test_a_question_typed_all_in_capitals_is_read_in_lower_case(index: Index) -> None:
    assert as_typed_plainly(index, "WHO DID ORRICK SIGN FOR") == "who did orrick sign for"


def test_a_common_word_given_a_capital_is_read_in_lower_case(index: Index) -> None:
    # "government": six passages hold it, none writes it with a capital
    assert as_typed_plainly(index, "will the Government cut the rail budget") == (
        "will the government cut the rail budget"
    )


def test_capitals_that_may_be_the_only_clue_to_a_name_stay(index: Index) -> None:
    # a name the archive writes with a capital, a run beside it, a word it does not hold,
    # an initialism, and the first word alone
    for question in (
        "who did Dalvine Orrick sign for",
        "what did Cormac Tiernahan say",
        "what did the NHS say",
        "Government plans for Rail",
    ):
        assert as_typed_plainly(index, question) == question


def test_a_surname_alone_a_letter_off_someone_quoted_keeps_its_capital(index: Index) -> None:
    # "notice" is a word the archive writes in lower case, but a capital on it alone where a
    # speaker stands may be Ellen Notise misspelt; elsewhere it is a word, and a word a letter
    # off nobody quoted is read in lower case
    assert index.speakers.near("Notice")[:1] == ["Ellen Notise"]
    assert as_typed_plainly(index, "what did Notice say about the hall door") == (
        "what did Notice say about the hall door"
    )
    assert as_typed_plainly(index, "is the Notice on the hall door") == (
        "is the notice on the hall door"
    )
    assert as_typed_plainly(index, "when are the parish Meetings") == (
        "when are the parish meetings"
    )


def test_a_common_word_given_a_capital_beside_a_name_is_read_in_lower_case(index: Index) -> None:
    # "government": six passages hold it, none writes it with a capital, and none writes it
    # beside "Orrick": the reader's capital is no part of his name
    assert as_typed_plainly(index, "did Dalvine Government sign") == "did Dalvine government sign"
    assert as_typed_plainly(index, "did Government Orrick sign") == "did government Orrick sign"
    # a word a connector joins to the name stays (no case of "Bank of England" is read apart)
    assert as_typed_plainly(index, "Government of Orrick") == "Government of Orrick"


def test_a_name_typed_half_in_capitals_is_read_as_lower_case_is(index: Index) -> None:
    # "dalvine" beside the capitalised "Orrick": the archive writes it only as a name, so the
    # reader's capitals missed half of one name and tell nothing of the others either
    assert as_typed_plainly(index, "what did dalvine Orrick say about Brackley") == (
        "what did dalvine orrick say about brackley"
    )
    assert as_typed_plainly(index, "did Dalvine orrick sign") == "did dalvine orrick sign"
    # a first name alone before a word no one holds (a surname the archive lacks)
    assert as_typed_plainly(index, "what did Steve vellacott say") == (
        "what did steve vellacott say"
    )
    # a word beside the name the archive writes in lower case is no half of it, nor a word
    # the archive lacks beside a name whole or beside no first name
    for question in ("what did Steve Vellacott say about the fibre", "the Zembla vellacott"):
        assert as_typed_plainly(index, question) == question
    for question in ("did the parish clerk Ellen Notise say", "when did the Marl bridge reopen"):
        assert as_typed_plainly(index, question) == question


def test_a_name_typed_half_in_capitals_is_answered_as_lower_case_is(index: Index) -> None:
    lower = answer(index, "what did dalvine orrick say about the move")
    half = answer(index, "what did dalvine Orrick say about the move")
    assert lower.found and half.found
    assert [q.quote.text for q in half.quotes] == [q.quote.text for q in lower.quotes]
    assert [h.passage.text for h in half.passages] == [h.passage.text for h in lower.passages]


@pytest.mark.parametrize(
    ("typed", "snippet"),
    [
        ("Marl Bridge Repairs Cost", "40,000 pounds"),  # Title Case: "Repairs" no name
        ("RAIL BUDGET CUT", "cut the rail budget"),
        # one passage writes "Leisure Centre": the question's "Centre" was a name it lacked
        ("how long do callers wait at a call Centre", "wait four minutes"),
    ],
)
def test_capitals_that_tell_no_name_are_answered_as_lower_case_is(
    index: Index, typed: str, snippet: str
) -> None:
    lower = answer(index, typed.lower())
    result = answer(index, typed)
    assert lower.found and snippet in lower.passages[0].passage.text
    assert result.found and snippet in result.passages[0].passage.text
