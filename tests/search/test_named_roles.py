"""A speaker asked by name with a role beside it ("Ada Vale, the county spokeswoman", "the
county's Ada Vale", "Ada Vale, who chairs the trust,"): the name says who is meant, the role
only tells namesakes apart, and a name no article gives is answered honestly whoever holds the
role. Through answer() and the phrase readers, on short invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.named_roles import name_after_owner, name_and_role, name_before_affiliation
from tests.support.indexes import index_of

ARTICLES = {
    "bridge.txt": "Bridge reopens\n\nThe bridge reopened after repairs.\n\n"
    '"Traffic will flow by Monday," said county spokeswoman Ida Roe.\n',
    "rovers.txt": "Rovers win the derby\n\nRovers beat City 2-0 on Saturday. "
    '"The lads were superb," said Rovers manager Gus Penrose.\n',
    "party.txt": "Party conference\n\nGreen Party leader Nell Ambrose opened the conference. "
    '"We will win seats in the north," Ms Ambrose said.\n\nDelegate Tom Quill spoke on '
    'housing. "Rents are too high," Mr Quill said.\n',
    "trade.txt": "Trade talks\n\nTrade envoy Mary Quill opened the talks. "
    '"Tariffs must fall," Ms Quill said.\n',
    "ferry.txt": "Ferry fares\n\nFerry fares will rise in spring, the operator said. "
    '"Fuel costs more," said harbour master Olaf Brandt.\n',
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("named-roles"), ARTICLES)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Ada Vale, the county spokeswoman", ("Ada Vale", "the county spokeswoman")),
        ("the county spokeswoman, Ada Vale", ("Ada Vale", "the county spokeswoman")),
        ("ada vale, spokeswoman for the county,", ("ada vale", "spokeswoman for the county")),
        ("Vale, a county spokeswoman", ("Vale", "a county spokeswoman")),
        ("the county spokeswoman", None),  # a role alone
        ("Ada Vale - the county spokeswoman -", ("Ada Vale", "the county spokeswoman")),
        ("Ada Vale (county spokeswoman)", ("Ada Vale", "county spokeswoman")),
        ("Dr Ada Vale, the county's head", ("Dr Ada Vale", "the county's head")),
        ("Ada Vale-Penn, the county spokeswoman", ("Ada Vale-Penn", "the county spokeswoman")),
        ("Ada Vale, Tom Quill", None),  # two names
        ("Ada Vale, the county", ("Ada Vale", "the county")),  # where she works
    ],
)
def test_a_name_and_its_role_are_read_apart(phrase: str, expected: tuple[str, str] | None) -> None:
    assert name_and_role(phrase) == expected


def test_the_name_after_an_owner_is_read_alone() -> None:
    assert name_after_owner("the county's Ada Vale") == "Ada Vale"
    assert name_after_owner("Rovers' Gus Penrose") == "Gus Penrose"
    assert name_after_owner("the county's spokeswoman") is None
    assert name_after_owner("the county's Dr Ada Vale") == "Dr Ada Vale"  # a title opens it
    # a role between owner and name is no title: the name is read after the role
    assert name_after_owner("the county's adviser Ada Vale") is None


@pytest.mark.parametrize(
    "speaker",
    [
        "Edna Farrow, the county spokeswoman,",
        "the county spokeswoman, Edna Farrow,",
        "edna farrow, a county spokeswoman,",
        "the county's Edna Farrow",
        "Edna Farrow, who speaks for the county,",
        "Edna Farrow (county spokeswoman)",
        "Edna Farrow - the county spokeswoman -",
        "the county's spokeswoman edna farrow",
    ],
)
def test_a_name_no_article_gives_is_not_the_roles_holder(index: Index, speaker: str) -> None:
    # the county spokeswoman is quoted, but she is Ida Roe: Edna Farrow is named nowhere
    result = answer(index, f"what did {speaker} say about the bridge?")
    assert not result.found and not result.quotes and not result.passages
    assert result.speaker is None
    assert result.lead.casefold().startswith("edna farrow is not named in the articles")


def test_a_name_is_who_is_meant_whatever_role_is_beside_it(index: Index) -> None:
    # Gus Penrose is no harbour master: the name says who is asked about, not the role
    result = answer(index, "what did Gus Penrose, the harbour master, say?")
    assert result.speaker == "Gus Penrose"
    assert result.quotes and all(hit.speaker == "Gus Penrose" for hit in result.quotes)


def test_a_role_beside_a_shared_surname_tells_the_namesakes_apart(index: Index) -> None:
    assert answer(index, "what did Quill, the trade envoy, say?").speaker == "Mary Quill"
    assert answer(index, "what did Quill, the delegate, say?").speaker == "Tom Quill"


BODIES = {
    "care.txt": "Care bill criticised\n\nThe Nurses' Welfare Guild (NWG) said the care bill "
    'went too far. The NWG\'s Ella Marlow said there were "too many gaps in it".\n',
    "match.txt": 'Town win again\n\nTown beat Rovers 3-1. "We kept going," said striker Dan '
    "Marlow.\n",
    "bank.txt": 'Rates held\n\nThe bank held its rates. "Prices are steady," said Ivo '
    "Marlow, an economist at Harbour Bank.\n",
    "police.txt": 'Patrols doubled\n\n"We are ready," said Cal Tarrow, head of patrols at the '
    'Fenmoor Police Department. "Rain again," said Jo Tarrow, a farmer.\n',
    "pilots.txt": 'Pilots warn\n\nThe Guild of Harbour Pilots said the channel was "too shallow '
    'for tankers".\n',
    "docks.txt": 'Dock strike\n\n"We will not back down on pay," said Rhys Penhale, president '
    "of the Association of Directors of Harbour Services. The Quay Federation said the strike "
    'was "a last resort".\n',
    "race.txt": 'Grid reshuffle\n\n"We need a faster car," said Kit Dunn, the Marlow team boss.\n',
}


@pytest.fixture(scope="module")
def bodies(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("surname-at-body"), BODIES)


@pytest.mark.parametrize(
    "speaker",
    [
        "marlow of the nurses welfare guild",  # the full name typed without its apostrophe
        "marlow of the nurses' welfare guild",
        "marlow of the nwg",  # its initials
        "Marlow from the NWG",
    ],
)
@pytest.mark.parametrize("topic", ["", " about the harbour"])  # none, or another Marlow's
def test_a_shared_surname_at_a_body_is_the_one_the_articles_give_it(
    bodies: Index, speaker: str, topic: str
) -> None:
    # three Marlows are quoted: the body asked, by its name or initials, tells which, even
    # where the topic is another's story (Ivo Marlow's bank is a harbour's)
    result = answer(bodies, f"what did {speaker} say{topic}?")
    assert result.speaker == "Ella Marlow"
    assert "Others called" not in result.lead


@pytest.mark.parametrize("speaker", ["marlow of the farmers guild", "marlow of the nwga"])
def test_a_shared_surname_at_a_body_none_of_them_is_given_is_nobody_chosen(
    bodies: Index, speaker: str
) -> None:
    assert answer(bodies, f"what did {speaker} say?").speaker != "Ella Marlow"


@pytest.mark.parametrize("tie", ["of", "at", "from", "for", "with"])
def test_a_name_tied_to_a_body_by_any_tie_word_is_a_name_and_where_they_work(tie: str) -> None:
    assert name_before_affiliation(f"Ada Vale {tie} the county council") == "Ada Vale"
    assert name_before_affiliation(f"the mayor {tie} the county council") is None


@pytest.mark.parametrize(
    "speaker",
    [
        "Tarrow at the Department of Energy",  # only the head noun, which bodies share
        "Marlow of Harbour Guild spokesman Ada Vesk",  # a body, a role and a name
        "marlow of the welfare guild",  # part of the body's name
    ],
)
def test_a_surname_at_a_body_given_only_in_part_is_nobody_chosen(
    bodies: Index, speaker: str
) -> None:
    assert answer(bodies, f"what did {speaker} say?").speaker not in {
        "Cal Tarrow",
        "Ella Marlow",
        "Ivo Marlow",
    }


@pytest.mark.parametrize(
    "speaker", ["the Guild of Harbour Pilots's Ada Vesk", "the Guild of Harbour Pilots' Ada Vesk"]
)
def test_a_name_no_article_writes_after_a_body_is_not_the_body(
    bodies: Index, speaker: str
) -> None:
    # someone at the body whom no article names: the body's own words are not theirs
    result = answer(bodies, f"what did {speaker} say about the channel?")
    assert not result.quotes


@pytest.mark.parametrize(
    "speaker",
    [
        "Marlow of the Association of Directors of Harbour Services",
        "marlow at the association of directors of harbour services",
    ],
)
def test_a_surname_at_a_body_is_not_a_holder_of_its_roles_called_otherwise(
    bodies: Index, speaker: str
) -> None:
    # Marlows are quoted (and a Marlow team), none at the association: its president is not
    result = answer(bodies, f"what did {speaker} say about pay?")
    assert result.speaker != "Rhys Penhale"
    assert not any(hit.speaker == "Rhys Penhale" for hit in result.quotes)


def test_a_surname_at_a_body_its_role_holder_bears_is_that_holder(bodies: Index) -> None:
    assert (
        answer(
            bodies, "what did Penhale of the Association of Directors of Harbour Services say?"
        ).speaker
        == "Rhys Penhale"
    )


def test_a_name_after_a_longer_name_of_a_body_quoted_is_not_the_body(bodies: Index) -> None:
    # "the Quay Federation of Fenmoor and Dale's Ada Vesk": someone at the body, whom no
    # article names, not the Quay Federation read as a person "at" a place
    result = answer(bodies, "what did the Quay Federation of Fenmoor and Dale's Ada Vesk say?")
    assert not result.quotes
