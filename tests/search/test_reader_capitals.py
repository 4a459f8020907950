"""Questions with capitals where a reader puts them, not always where the articles do: a name
written with a capital inside ("iGlider", typed "Iglider"), a first name typed in lower case
before a capitalised surname ("ines Varga"), an apostrophe left out ("Tillys of Porthmere"), a
hyphen for a space ("Harbour-Safety"). Each is read as the name it is. And a sentence that
holds two of the question's names answers what is asked of the one about the other ("how far
did Varga get in Lisbon"), in whatever words. Through answer(), on short invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.name_patterns import phrase
from tests.support.indexes import index_of

ARTICLES = {
    "lisbon.txt": (
        "Varga into the Lisbon semis\n\n"
        "Ines Varga beat the second seed to reach the semi-finals of the Lisbon Open on "
        'Friday. "I felt strong from the first point," Varga said.\n\n'
        "The Lisbon Open is played on clay."
    ),
    "varga.txt": (
        "Varga honoured at home\n\n"
        'Ines Varga was named sportswoman of the year at a dinner in Porthmere. "It means a '
        'great deal to me," said Ines Varga, who thanked her coach.'
    ),
    "glider.txt": (
        "A smaller iGlider\n\n"
        "Kestrel Labs launched the iGlider mini, which can hold 400 songs, on Tuesday. The "
        "first iGlider sold well last winter."
    ),
    "gliders.txt": (
        "Gliders over the bay\n\n"
        "A glider club flew mini gliders over the bay, and the club will hold a show in May."
    ),
    "tillys.txt": (
        "Tilly's of Porthmere opens a shop\n\n"
        "Tilly's of Porthmere, the bakers, opened a second shop on the quay on Saturday, "
        "selling bread and cakes."
    ),
    "act.txt": (
        "A first for the quay\n\n"
        "Olwen Pike is the first boss to be tried under the Harbour Safety Act, which came into "
        "force last year."
    ),
    "weather.txt": (
        "Rain ahead\n\n"
        "Forecasters expect rain across the valley on Sunday and Monday, with sunshine later "
        "in the week. The valley council's chairman will resign in May."
    ),
    "market.txt": (
        "Fish market opens early\n\n"
        "The fish market opened early on Friday as the boats came in with a record catch of "
        "herring. Traders said it was hard to get ice so far along the coast."
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("reader_capitals")), ARTICLES)


@pytest.mark.parametrize(
    "question", ["how far did Varga get in Lisbon", "how far did varga get in lisbon"]
)
def test_a_sentence_holding_two_names_asked_answers_in_other_words(
    index: Index, question: str
) -> None:
    # before, capitalised: 'no sentence about “Varga Lisbon” has “get”' ("reach" is the word)
    result = answer(index, question)
    assert result.found
    assert result.passages[0].article.path == "lisbon.txt"


def test_one_name_without_what_is_asked_of_it_is_still_no_answer(index: Index) -> None:
    result = answer(index, "how tall is Ines Varga")
    assert not result.found and not result.passages


@pytest.mark.parametrize(
    "question",
    ["how much can the new Iglider mini hold", "how much can the new iglider mini hold"],
)
def test_a_name_with_a_capital_inside_is_mentioned_however_typed(
    index: Index, question: str
) -> None:
    # before, capitalised: no passage wrote "Iglider" with a capital first, so none mentioned it
    result = answer(index, question)
    assert result.found
    assert result.passages[0].article.path == "glider.txt"


@pytest.mark.parametrize("question", ["why did ines Varga resign", "why did Ines Varga resign"])
def test_a_first_name_typed_in_lower_case_opens_the_name(index: Index, question: str) -> None:
    # before: "ines" was a word asked of "Varga", which her sentences hold: her passages shown
    result = answer(index, question)
    assert not result.found and not result.passages
    assert "no sentence about “" in result.lead and "Varga” has “resign”" in result.lead


def test_a_name_typed_without_its_apostrophe_is_that_name(index: Index) -> None:
    # before, a passage's "Tilly's of Porthmere" was no mention of "Tillys of Porthmere"
    assert phrase(["Tillys", "of", "Porthmere"]).search(ARTICLES["tillys.txt"])
    assert not phrase(["Tills", "of", "Porthmere"]).search(ARTICLES["tillys.txt"])
    result = answer(index, "when did Tillys of Porthmere open a second shop")
    assert result.found
    assert result.passages[0].article.path == "tillys.txt"


@pytest.mark.parametrize(
    "question",
    [
        "is Pike the first boss tried under Harbour-Safety",
        "is Pike the first boss tried under Harbour Safety",
    ],
)
def test_a_hyphen_typed_in_a_name_may_be_a_space(index: Index, question: str) -> None:
    # before: 'No passage mentions “Pike” and “Harbour-Safety” together' (the text: "Harbour
    # Safety Act")
    result = answer(index, question)
    assert result.found
    assert result.passages[0].article.path == "act.txt"
