"""A role asked with an owner the archive writes everywhere ("the harbour radio pundit"), whose
holder the articles never give the role as a speaker: the passage writing the role beside the
name ("former rower and Harbour Radio pundit Ada Quill") must be among those read for the
holder, not crowded out by the many passages naming the owner alone. Short invented articles,
asked through `answer()`."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.role_owners import OWNER_PASSAGES
from tests.support.indexes import index_of

REGATTA = """Nell Marsh unsure about the regatta

Nell Marsh has not said whether she will row at the spring regatta, and her rivals have
stopped guessing. She won both sculls titles last year and has since written a book.

"It's a lot easier being the champion than training to stay one," says former rower and
Harbour Radio pundit Ada Quill. "You need a real hunger to carry on."

Marsh pulled out of the winter races with a sore wrist. "That's just Nell," explains Quill.
"She likes people guessing what she will do next."
"""

# the owner in many more passages than are read for it, none with the role
FILLERS = {
    f"news{n:03}.txt": (
        f"Harbour Radio item {n}\n\nHarbour Radio told listeners about item {n}. "
        "Harbour Radio will repeat it.\n"
    )
    for n in range(OWNER_PASSAGES + 10)
}


@pytest.fixture(scope="module")
def radio_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("radio"), {"regatta.txt": REGATTA, **FILLERS})


def test_a_common_owners_role_goes_to_the_holder_an_article_calls_so(radio_index: Index) -> None:
    reply = answer(radio_index, "what did the harbour radio pundit say about nell marsh", top=5)
    assert reply.speaker == "Ada Quill"
    assert any("That's just Nell" in hit.quote.text for hit in reply.quotes)


def test_a_role_no_one_is_given_beside_the_owner_is_still_nobodys(radio_index: Index) -> None:
    # no sentence gives anyone Harbour Radio's editorship: Ada Quill is no editor of it
    reply = answer(radio_index, "what did the harbour radio editor say about nell marsh", top=5)
    assert reply.speaker is None
