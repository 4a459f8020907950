"""A role asked with its owner whose holder the articles quote with no role beside the name:
"the Harbour Trust secretary-general" is the person an article quotes after calling them so
("The Harbour Trust secretary-general said ..."), not someone else of the Trust whose role is
only the Trust's name. Short invented articles, asked through `answer()`."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "lecture.txt": """Trust chief laments apathy

Public apathy about the dredging plan is the trust's great failure, the Harbour Trust's chief
has said.

In a lecture at the maritime college, Mira Okoye said the harbour had been neglected for a
decade.

The Harbour Trust secretary-general said a growing gap between promises and dredging was
fuelling doubt.

"We would be a club of insiders talking to ourselves," Ms Okoye said.
""",
    "quay.txt": """Quay to stay open

The Harbour Trust's Ben Adu said: "The quay must stay open through the winter storms."
""",
    "dock.txt": """New dock to open

The Dock Board has appointed a new dock director to finish the deep-water dock by May.

Kofi Lamb said: "It will be the biggest dock on the coast, and it will open on time."
""",
    "tolls.txt": """Dock tolls frozen

Dock Board member Ada Fenn said: "Tolls will stay low for every fishing boat."
""",
    "council.txt": """Port levy opposed

"A levy would drive the last shipowners away," said Port Council director general Lena Holt.
""",
    "rail.txt": """Rail line reopens

Rail director Sam Pike said: "Trains will run every hour from Monday."
""",
    "ferry.txt": """Ferry fares rise

Ferry fares will rise by a tenth in spring, the operator said on Friday.
""",
}


@pytest.fixture(scope="module")
def trust_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("trust"), ARTICLES)


@pytest.mark.parametrize(
    "question",
    [
        "what did the harbour trust secretary-general say about the lecture?",
        "what did the Harbour Trust secretary-general say?",
    ],
)
def test_a_hyphenated_role_goes_to_the_holder_an_article_calls_so(
    trust_index: Index, question: str
) -> None:
    reply = answer(trust_index, question, top=5)
    assert reply.speaker == "Mira Okoye"
    assert all(hit.speaker != "Ben Adu" for hit in reply.quotes)


def test_a_role_no_one_of_the_owner_holds_goes_to_its_unrecorded_holder(
    trust_index: Index,
) -> None:
    # Ada Fenn is given the Dock Board's name, not its director's role; the director is
    # quoted in the article announcing the role, with no role beside the name
    reply = answer(trust_index, "what did the dock director say?", top=5)
    assert reply.speaker == "Kofi Lamb"


@pytest.mark.parametrize("role", ["director-general", "attorney-general"])
def test_a_role_no_one_is_quoted_in_is_nobody_of_its_owner(trust_index: Index, role: str) -> None:
    # Ben Adu is given the Trust's name, no role: he is not its director-general
    reply = answer(trust_index, f"what did the harbour trust {role} say?", top=5)
    assert reply.speaker is None
    assert not reply.quotes


def test_a_hyphenated_role_is_the_role_the_articles_write_in_two_words(
    trust_index: Index,
) -> None:
    reply = answer(trust_index, "what did the port council director-general say?", top=5)
    assert reply.speaker == "Lena Holt"
