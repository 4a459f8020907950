"""A value asked by name ("population of X", "X salary at Y", "the release date of X", "what
is X's book called") is answered only by a passage giving one: those are shown first, and when
none of the best passages gives it the answer says so (`found` false)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.asked_values import asked_value
from qabot.text import tokenize
from tests.support.indexes import index_of

# our own articles: Velmora is written of with sums of money, never its population; Ostrin
# with its population; coach Ned Harlow with a move, never his salary; keeper Lon Farrow with
# his wage in a second story that matches fewer of the words asked; Dunmere Mills' shares fall
ARTICLES = {
    "velmora.txt": (
        "Velmora fights graft\n\n"
        "Velmora says corruption in its finance ministry has cost it $2m a month. A journalist "
        "in the Velmora capital said the government would act."
    ),
    "ostrin.txt": (
        "Ostrin votes on Sunday\n\n"
        "Ostrin, a country with a population of 3 million, votes on Sunday. Polls in Ostrin "
        "open at dawn."
    ),
    "harlow.txt": (
        "Harlow turns down Dunmere\n\n"
        "Former Ashby coach Ned Harlow has rejected the chance to become Dunmere's new coach. "
        "Harlow said joining Ashby's rivals would not be a wise move."
    ),
    "farrow.txt": (
        "Farrow signs for Ashby\n\n"
        "Keeper Lon Farrow has signed for Ashby. Farrow will be paid £20,000 a week, the club "
        "said."
    ),
    "farrow_praise.txt": (
        "Ashby praise Farrow\n\n"
        "Ashby keeper Lon Farrow won praise from Ashby fans for his wage-free charity match at "
        "Ashby on Saturday, where Farrow saved two penalties for Ashby."
    ),
    "brant.txt": (
        "Brant fined by league\n\n"
        "Ashby coach Ivo Brant was fined £5,000 by the league. Brant said Ashby's new £40m "
        "stadium would open in May."
    ),
    "dunmere.txt": (
        "Dunmere shares fall\n\n"
        "Shares in Dunmere Mills fell sharply after the firm said it would restate its 2003 "
        "accounts."
    ),
    "venn.txt": (
        "Ashby pay off Venn\n\n"
        "Ashby will pay former chief Orla Venn £2m, the club said. Venn left Ashby in May."
    ),
    "officials.txt": (
        "Ashby officials go\n\n"
        "Two senior Ashby officials have left the club after a row over ticket money."
    ),
    "tunes.txt": (
        "Marla Quest tours again\n\n"
        "Singer Marla Quest will tour Europe in May. Quest said the tour would be her last."
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("values")), ARTICLES)


def test_a_population_asked_is_answered_only_by_a_passage_giving_one(index: Index) -> None:
    result = answer(index, "population of ostrin")
    assert result.found and "population of 3 million" in result.passages[0].passage.text
    # the Velmora passages give sums of money, not how many live there
    result = answer(index, "population of Velmora")
    assert not result.found and not result.passages
    assert result.lead == (
        "None of the passages that best match “population of Velmora” gives the population."
    )
    assert not answer(index, "what is the population of velmora?").found


def test_a_salary_asked_of_someone_written_of_without_one_finds_nothing(index: Index) -> None:
    result = answer(index, "ned harlow salary at ashby")
    assert not result.found and not result.passages
    assert result.lead.endswith("gives the salary.")


def test_a_sum_that_is_another_things_value_gives_no_salary(index: Index) -> None:
    # a fine and a stadium's cost are sums beside the coach's name, not his pay
    result = answer(index, "ivo brant salary")
    assert not result.found and not result.passages
    assert (
        result.lead == "None of the passages that best match “ivo brant salary” gives the salary."
    )
    assert answer(index, "ashby stadium cost").found  # the stadium's cost is given


def test_the_passage_giving_the_value_is_preferred_over_better_matches(index: Index) -> None:
    # the praise story holds more of the words; only the signing story gives a wage
    result = answer(index, "lon farrow wage at ashby")
    assert result.found
    assert "£20,000 a week" in result.passages[0].passage.text
    assert all("£" in hit.passage.text for hit in result.passages)


def test_a_name_asked_needs_a_passage_holding_the_thing_named(index: Index) -> None:
    result = answer(index, "what is marla quest's new album called")
    assert not result.found and not result.passages
    assert not result.quotes and result.speaker is None  # a passive: no one's words asked
    assert result.lead.endswith("gives the name.")
    assert not answer(index, "name of marla quest's new album").found
    assert answer(index, "name of marla quest's tour").found  # the tour is written of


def test_names_asked_need_a_passage_naming_one_the_question_does_not(index: Index) -> None:
    # two officials are written of, but no name of theirs
    result = answer(index, "what are the names of the two ashby officials who left")
    assert not result.found and result.lead.endswith("gives the names.")
    assert answer(index, "what are the names of the two ashby keepers").found  # Lon Farrow


@pytest.mark.parametrize(
    "question",
    [
        "why did velmora's population fall",  # asks a reason
        "how much did the ostrin vote cost",  # "how much" is read by its own rule
        "is the price of ostrin bonds rising",  # yes or no
        "price cuts in velmora",  # "price" qualifies "cuts": no value asked
        "Price Waterhouse report on velmora",  # a name
    ],
)
def test_questions_asking_something_else_ask_no_value(question: str) -> None:
    assert asked_value(question) is None


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("population of cameroon", "the population"),
        ("gordon strachan salary at southampton", "the salary"),
        ("aer lingus share price when it floated", "the price"),
        ("what is the release date of the film", "the date"),
        ("what share of the gas project will shell own", "the share"),
        ("chelsea v arsenal result", "the result"),
        ("what is the name of the new party", "the name"),
        ("what are the names of the two officials", "the names"),
        ("what was the band's first album called?", "the name"),
        ("What price did the Velm group pay for the Orla mill?", "the price"),
        ("which fee did ashby pay for farrow", "the fee"),
        ("velm opera production budget", "the budget"),
        ("velmora unemployment rate in 2004", "the rate"),
        ("what is the velm mayor paid?", "the pay"),
    ],
)
def test_a_value_noun_heading_its_phrase_is_asked(question: str, noun: str) -> None:
    asked = asked_value(question)
    assert asked is not None and asked.noun == noun


def test_a_price_asked_first_is_answered_only_by_a_sum(index: Index) -> None:
    result = answer(index, "What price did Dunmere offer coach Ned Harlow?")
    assert not result.found and not result.passages
    assert result.lead.endswith("gives the price.")


@pytest.mark.parametrize(
    ("question", "found"),
    [("What is Ned Harlow paid?", False), ("What is Lon Farrow paid?", True)],
)
def test_pay_asked_is_answered_only_by_a_sum(index: Index, question: str, found: bool) -> None:
    result = answer(index, question)
    assert result.found is found


def test_a_value_noun_in_a_clause_of_its_own_is_not_asked(index: Index) -> None:
    result = answer(index, "dunmere mills share price fall after restating its 2003 results")
    assert result.found and "fell sharply" in result.passages[0].passage.text


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("what punishment did ivo brant get from the league", True),  # "was fined £5,000"
        ("what punishment did ned harlow get for rejecting dunmere", False),
    ],
)
def test_a_punishment_asked_is_answered_only_by_one_given(
    index: Index, question: str, found: bool
) -> None:
    result = answer(index, question)
    assert result.found is found
    assert found or result.lead.endswith("gives the punishment.")


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("what sentence did ivo brant get from the league", True),  # "was fined £5,000"
        ("ned harlow jail sentence", False),  # his move, never a sentence
    ],
)
def test_a_sentence_asked_is_a_punishment(index: Index, question: str, found: bool) -> None:
    result = answer(index, question)
    assert result.found is found
    assert found or result.lead.endswith("gives the sentence.")


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("lon farrow weekly wage at ashby", True),  # "£20,000 a week"
        ("orla venn annual salary at ashby", False),  # "£2m": a sum with no span of time
    ],
)
def test_a_value_asked_for_a_span_of_time_is_given_so(
    index: Index, question: str, found: bool
) -> None:
    result = answer(index, question)
    assert result.found is found
    assert found or result.lead.endswith("gives the salary.")


def test_a_punishment_of_another_named_in_its_clause_is_none_of_the_one_asked(
    tmp_path: Path,
) -> None:
    articles = {
        "bans.txt": "Ashby pair banned\n\nAshby winger Kit Ovell of Dunmere has been banned for "
        "two games. Meanwhile, Ashby's Rennie Dale was spoken to by police about a gesture.",
        "fair.txt": "Velm fair\n\nThe Velm trade fair opened on Monday with many buyers.",
        "approach.txt": "Club fined\n\nThe Harbour League fined Orvale City £300,000 for their "
        "approach to a rival's striker.",
        "rain.txt": "Rain ahead\n\nForecasters expect rain across the valley on Sunday.",
    }
    index = index_of(tmp_path, articles)
    assert not answer(index, "what punishment did ashby's rennie dale get for his gesture").found
    assert answer(index, "what punishment did ashby's kit ovell get").found
    assert answer(index, "what punishment did orvale city get for their approach").found


def test_a_name_asked_is_of_the_thing_before_its_clause(tmp_path: Path) -> None:
    # the Velm drama that viewers steer is never named; another drama of the same story is
    articles = {
        "drama.txt": "Viewers to steer Velm drama\n\n"
        "A Velm television drama will let viewers steer its plot by text message. Another team "
        "will make a costume drama of Ilsa Mork's novel Harrowgate for the Orla network.\n",
        "weather.txt": "Rain in Osk\n\nHeavy rain closed many roads in Osk on Monday.\n",
    }
    index = index_of(tmp_path, articles)
    asked = asked_value("what is the velm tv drama that viewers steer by text message called")
    assert asked is not None and asked.named == frozenset(tokenize("drama"))
    result = answer(index, "what is the velm tv drama that viewers steer by text message called")
    assert not result.found and result.lead.endswith("gives the name.")


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("what is the name of the ravel album tom fenn tried to block", "album"),
        ("what is the title of the orla film ada moss directed", "film"),
        ("what was the title of the velm play she was writing", "play"),
        ("what is the title of the velm play", "play"),
        ("what is the name of the newly elected mayor", "mayor"),
    ],
)
def test_a_name_asked_is_of_the_thing_before_a_clause_with_no_that(
    question: str, head: str
) -> None:
    asked = asked_value(question)
    assert asked is not None and asked.named == frozenset(tokenize(head))


def test_a_name_asked_before_a_clause_with_no_that_is_answered(tmp_path: Path) -> None:
    # the album is named in a sentence that never writes "block"
    articles = {
        "album.txt": "Ravel album held up\n\n"
        "Record boss Tom Fenn has won a court order stopping singer Ravel releasing an album. "
        "Fenn says he paid thousands of pounds to produce the album Silver Lanes.\n",
        "weather.txt": "Rain in Osk\n\nHeavy rain closed many roads in Osk on Monday.\n",
    }
    index = index_of(tmp_path, articles)
    result = answer(index, "what is the name of the ravel album tom fenn tried to block")
    assert result.found and "Silver Lanes" in result.passages[0].passage.text
