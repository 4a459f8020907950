"""A passage answers a question only when it mentions what the question is about: its names
as names (side by side, with capitals), or its rarest word when that word carries it."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.records import Passage
from qabot.search import answer
from qabot.search.name_patterns import phrase
from qabot.search.question_names import name_runs, without_outlets
from qabot.search.subject import read_subject
from tests.support.indexes import index_of

ARTICLES = {
    "calls.txt": (
        "Party complains about cold calls\n\n"
        "Party chairman Matthew Taylor wrote to the watchdog about the calls. "
        '"I hope you can take swift and efficient action," he told the commissioner.'
    ),
    "harbour.txt": (
        "Harbour builder cuts its profit forecast\n\n"
        "Shares in Quayline, the builder of the new harbour wall, fell after it said it would "
        "make no profit on the project. Quayline cut its profit targets by a third."
    ),
    "phones.txt": (
        "Vodafone names a new head for its Japanese arm\n\n"
        "Vodafone has named a new president for its Japanese business, which has been losing "
        "customers since the launch of its new phones."
    ),
    "orchestra.txt": (
        "Orchestra tours the coast\n\n"
        "The city orchestra will tour the coast in spring, playing in twelve towns. Conductor "
        "Ilse Marwood said the tour would end at the harbour festival."
    ),
    "president.txt": (
        "President George W Bush visits the harbour\n\n"
        "George W Bush toured the harbour wall on Monday. Mr Bush praised the builders."
    ),
    "bank.txt": (
        "Harbour Bank sees faster growth\n\n"
        '"Growth was faster than the figures show," Harbour Bank deputy governor Ada Vance said. '
        "Harbour Bank governor Tom Reed will retire in the spring after ten years in the post."
    ),
    "market.txt": (
        "Fish market opens early\n\n"
        "The fish market opened early on Friday as the boats came in with a record catch of "
        "herring, traders said."
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("subject")), ARTICLES)


def test_answer_finds_no_name_when_its_words_stand_apart(index: Index) -> None:
    result = answer(index, "Taylor Swift")
    assert not result.found
    assert result.passages == []
    assert result.lead == "No article mentions “Taylor Swift”."


def test_answer_puts_the_rare_name_before_a_common_word(index: Index) -> None:
    result = answer(index, "why is Vodafone losing profit")
    assert result.found
    assert result.passages
    assert all("Vodafone" in hit.passage.text for hit in result.passages)
    assert result.lead == "The best passages have “Vodafone” and “losing” but not “profit”:"
    # passages about Vodafone holding nothing asked of it do not answer (the builder's profit
    # is about another firm)
    result = answer(index, "how much profit did Vodafone make")
    assert not result.found and not result.passages
    assert result.lead == (
        "Nothing in the articles answers “how much profit did Vodafone make”: no sentence "
        "about “Vodafone” has “profit” or “make”."
    )


def test_answer_keeps_a_name_written_with_a_middle_initial(index: Index) -> None:
    result = answer(index, "George Bush")
    assert result.found
    assert "George W Bush" in result.passages[0].passage.text
    assert result.lead == "Best matching passages for “George Bush”:"


def test_answer_drops_passages_without_the_word_that_carries_the_question(index: Index) -> None:
    result = answer(index, "herring catch")
    assert [hit.article.path for hit in result.passages] == ["market.txt"]


@pytest.mark.parametrize(
    ("question", "runs"),
    [
        ("Taylor Swift", [["Taylor", "Swift"]]),
        ("what did the Bank of England say", [["Bank", "of", "England"]]),
        ("Tsunami aid", []),
        ("Google shares", []),
        ("How Many People Died In The Tsunami", []),
        ("profit at Vodafone and Orange", [["Vodafone"], ["Orange"]]),
        ("Pope John Paul", [["Pope", "John", "Paul"]]),
        ("what did taylor swift say", []),  # no capital: no name written as one
        ("ÉDF and Ørsted profits", [["Ørsted"]]),
        ("Tesco sales Oct-Dec 2004", []),  # months typed short: a date
        ("what did Jan Molby say", [["Jan", "Molby"]]),  # ... unless a name goes on
    ],
)
def test_name_runs_are_the_capitalised_words_beyond_the_first(
    question: str, runs: list[list[str]]
) -> None:
    assert name_runs(question) == runs


def test_a_phrase_allows_a_possessive_or_an_initial_between_two_names() -> None:
    assert phrase(["George", "Bush"]).search("said George W. Bush on Monday")
    assert phrase(["Sony", "PSP"]).search("only work in Sony's PSP")
    assert not phrase(["Taylor", "Swift"]).search("Matthew Taylor wrote: take swift action")
    assert not phrase(["PSP", "Europe"]).search("the PSP in Europe")


def _candidate(text: str) -> tuple[Passage, str]:
    return Passage(id="a:0", article_id="a", position=0, start=0, end=len(text), text=text), ""


def test_a_run_is_split_where_no_candidate_writes_its_names_together() -> None:
    weights = {"blair": 5.0, "brown": 5.0}
    found = [_candidate("Mr Blair and Mr Brown met."), _candidate("Blair spoke. Brown did not.")]
    subject = read_subject("Blair Brown", weights, found, 1000)
    assert [name.typed for name in subject.names] == ["Blair", "Brown"]


def test_a_run_is_never_split_after_a_given_name() -> None:
    weights = {"jami": 5.0, "oliv": 5.0}
    found = [_candidate("Oliver Stone and Jamie Foxx arrived.")]
    subject = read_subject("Jamie Oliver", weights, found, 1000, frozenset({"jamie"}))
    assert [name.typed for name in subject.names] == ["Jamie Oliver"]
    assert subject.lacking() == "“Jamie Oliver”"


def test_a_given_name_closing_a_name_opens_none() -> None:
    # "Martin" ends the maker's name: the model after it is a name of its own
    weights = {"halden": 5.0, "martin": 3.0, "vesper": 5.0}
    found = [_candidate("Carmaker Halden Martin showed the Vesper, its cheapest car.")]
    subject = read_subject("Halden Martin Vesper", weights, found, 1000, frozenset({"martin"}))
    assert [name.typed for name in subject.names] == ["Halden Martin", "Vesper"]


def test_a_lower_case_given_name_closing_a_name_opens_none(tmp_path: Path) -> None:
    articles = {
        "car.txt": "Cheapest car yet\n\nCarmaker Halden Martin showed the Vesper on Monday. "
        'With a price tag under £40,000, the Vesper is its cheapest car. "It will sell," said '
        "Martin Cole, its designer.",
        "race.txt": 'Race day\n\nHalden Martin cars came first. "A fine day," said Martin '
        "Rowe, who watched the race.",
        "fish.txt": "Fish market\n\nThe fish market opened early with a record catch.",
    }
    index = index_of(tmp_path, articles)
    # "martin vesper" was read as a person's name no article writes
    result = answer(index, "how much is the halden martin vesper")
    assert result.found
    assert "£40,000" in result.passages[0].passage.text


def test_a_question_in_lower_case_names_a_person_by_given_name(tmp_path: Path) -> None:
    articles = {
        "film.txt": "Film night at the harbour\n\nOliver Stone's film opened the festival. "
        '"It was a fine night," said Jo Hale, who runs the festival.',
        "shop.txt": "Shop opens\n\nThe shop opened on Monday. "
        '"We are hiring," said Jo Dunn. Oliver Reed\'s old boat is moored outside.',
        "fish.txt": "Fish market\n\nThe fish market opened early with a record catch.",
    }
    index = index_of(tmp_path, articles)
    result = answer(index, "jo oliver")
    assert not result.found
    assert result.lead == "No article mentions “jo oliver”."


def test_an_outlets_name_is_taken_out_of_a_run_of_names() -> None:
    outlets = [["detroit", "metro", "times"], ["gothamist"]]
    assert without_outlets(["Detroit", "Metro", "Times", "Mezcal"], outlets) == [["Mezcal"]]
    assert without_outlets(["Gothamist", "Bronx"], outlets) == [["Bronx"]]
    assert without_outlets(["Bank", "of", "England"], outlets) == [["Bank", "of", "England"]]


def test_a_name_opening_with_a_connector_is_read_as_one_name(tmp_path: Path) -> None:
    painter = {
        "auction.txt": (
            "Portrait sells at auction\n\n"
            "A portrait by Van Dalen sold for a record price, the auction house said. "
            "De Lacy, its owner, said she was delighted."
        )
    }
    index = index_of(tmp_path, painter)
    for question in ("Van Dalen portrait", "De Lacy portrait auction"):
        result = answer(index, question)  # raised ValueError: no word of the name before it
        assert result.found
        assert "Van Dalen" in result.passages[0].passage.text


def test_a_name_is_mentioned_by_its_last_word_where_its_article_writes_it_whole(
    tmp_path: Path,
) -> None:
    opening = (
        "Rower Ines Calder will take charge of the Porthmere rowing club next season, the "
        "club said on Monday. The club has two hundred members, four eights and a new "
        "boathouse on the estuary, built last year with money from a lottery grant and a "
        "long run of jumble sales. Its junior crews train on Saturday mornings, and its "
        "veterans meet on Wednesday evenings in summer. The committee chose its new head "
        "after a vote of the members in the spring, when three candidates stood. The "
        "treasurer said the accounts were healthy, with a small surplus after the boathouse "
        "bills were paid, and that fees would stay the same for another year. Membership "
        "has grown each season since the club opened its doors to schools in the town. "
    )
    later = (
        "Dubbed 'the iron oar' for training her crews through winter storms, Ms Calder led "
        "the club's first eight to three regatta wins in a row. Her crews rowed at dawn in "
        "January when the estuary froze at its edges, and she asked every rower to keep a "
        "diary of the miles they covered. The committee said her results spoke for "
        "themselves, and that the juniors would benefit most from her methods. Her first "
        "task will be to find a coach for the veterans, whose long-serving coach retired "
        "in the autumn after twenty years, and to plan the summer regatta, which draws "
        "crews from along the coast. Tickets for the regatta dinner go on sale in May."
    )
    articles = {
        "club.txt": f"New head for rowing club\n\n{opening}\n\n{later}",
        "fish.txt": "Fish market\n\nThe fish market opened early with a record catch.",
        "rain.txt": "Rain ahead\n\nForecasters expect rain across the valley on Sunday.",
    }
    index = index_of(tmp_path, articles)
    result = answer(index, "Why is Ines Calder called 'the iron oar'?")
    # the passage writing "Ms Calder" mentions Ines Calder: it answers, found true
    assert result.found
    assert "the iron oar" in result.passages[0].passage.text


def test_names_each_in_the_archive_but_never_in_one_passage_are_said_to_be_apart(
    tmp_path: Path,
) -> None:
    papers = {
        "vance.txt": "Vance wins the sprint\n\nOrla Vance won the harbour sprint on Sunday.",
        "dekker.txt": "Dekker retires\n\nPim Dekker said he would retire from rowing.",
        "ferry.txt": "Ferry delayed\n\nThe island ferry was delayed by fog on Monday.",
    }
    index = index_of(tmp_path, papers)
    result = answer(index, "why did Orla Vance and Pim Dekker fall out")
    assert not result.found and not result.passages
    # each name is in an article: "No article mentions “Orla Vance” or ..." was wrong
    assert result.lead == "No passage mentions “Orla Vance” and “Pim Dekker” together."
    assert answer(index, "Orla Vance sprint").found
