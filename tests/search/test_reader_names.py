"""Speakers named as readers type them: a first name alone, a double surname without its
hyphen or with one part only, a short first name. Through answer(), on short invented
articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "tennis.txt": "Final won\n\nHelen Okafor won the final in three sets. "
    '"My serve carried me through," Okafor said.\n',
    "bakery.txt": "Bakery opens\n\nHelen Vale opened a bakery on the high street. "
    '"Bread should be cheap," Ms Vale said.\n',
    "ferry.txt": "Ferry delays\n\nPort chief Anna Lund-Berg said the ferries would run late. "
    '"The storm closed the harbour," Ms Lund-Berg said.\n',
    "fees.txt": "Harbour fees\n\nTom K. Brant, who runs the harbour, said fees would rise. "
    '"Fees must rise," Brant said.\n',
    "choir.txt": 'Choir sings\n\nLisa Brant led the choir. "We sang for hours," Ms Brant said.\n',
    "album.txt": "New album\n\nSinger Rob Michael released an album. "
    '"The album took two years," Michael said.\n',
    "schools.txt": "Schools plan\n\nMinister Michael Hale set out a plan for schools. "
    '"Every school will get a library," Mr Hale said.\n',
    "canal.txt": "Canal dredged\n\nAnthony Pelham, who chairs the canal trust, said the "
    'locks would reopen. "The barges will be back by spring," Mr Pelham said.\n',
    "opera.txt": "Opera season\n\nImelda Sorge-Vianello will sing at the opera house. "
    '"I have waited years for this role," Ms Sorge-Vianello said.\n',
    "rowing.txt": "Rowing crew\n\nSir Godfrey Tull coached the rowing crew to a win. "
    '"The crew rowed like one body," Tull said.\n',
    "band.txt": "Band not finished\n\nOttoline Rusk has rejected claims that her band is "
    "finished. While Ottoline is touring alone this year, the band will record in the "
    'autumn. But Ottoline added: "I am still writing songs for the band every day."\n',
    "prize.txt": "Prize night\n\nActor Lucan Mabry won the drama prize on Sunday. Celebrating "
    'his win, the Bafta-nominated Mabry told reporters: "I never expected this prize."\n',
    "regatta.txt": "Regatta sails\n\nKjell-Arne Dahl won the regatta. "
    '"The wind turned at the last buoy," Dahl said.\n',
    "singer.txt": "Folk singer Mara Quell dies\n\nFolk singer Mara Quell has died at the age "
    "of 80. She recorded twelve albums of ballads.\n\nShe toured until last spring. Agent "
    'Peter Norbury said: "She loved every audience she sang to."\n',
    "transfer.txt": "Striker moves club\n\nThe striker has signed for a new club. Football "
    'agent Pat Rennick said: "The transfer was agreed on Friday night."\n',
    "profits.txt": "Profits rise at Quillon\n\nQuillon made record profits this year. "
    'Sarah Amsel, chairman and chief executive, said: "Demand for our kettles kept growing."\n',
    "cathedral.txt": "Choir praised\n\nThe Bishop of Kelso, the Rt Rev Dr Alan Pryce, praised the "
    'cathedral choir. Writing in the parish paper, the Bishop said: "The choir sang like '
    'angels all winter." The choir is the finest in the county, according to the Bishop.\n',
    "shares.txt": "Tycoon gives up shares\n\nJailed tycoon Boris Lemberg has handed his shares "
    "in Zenta to a partner. The former Zenta boss Boris Lemberg is serving eight years. "
    '"It is all over for me at Zenta," Mr Lemberg said. A lawyer for the former Zenta boss '
    "Boris Lemberg said he would appeal.\n",
    "zoo.txt": "Zoo reopens\n\nThe zoo reopened on Monday after the floods, with new pens "
    "for the elephants.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("reader-names"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what did helen say about the final?", "Helen Okafor"),
        ("what did helen say about the bakery?", "Helen Vale"),
    ],
)
def test_a_first_name_alone_is_the_holder_the_topic_points_at(
    index: Index, question: str, speaker: str
) -> None:
    result = answer(index, question)
    assert result.speaker == speaker
    assert result.quotes and result.quotes[0].speaker == speaker


def test_a_first_name_two_people_share_asks_which_without_a_topic(index: Index) -> None:
    result = answer(index, "what did helen say?")
    assert result.speaker is None and result.quotes == []
    assert set(result.choices) == {"Helen Okafor", "Helen Vale"}


def test_the_first_part_of_a_double_first_name_is_the_person(index: Index) -> None:
    result = answer(index, "what did kjell say?")
    assert result.speaker == "Kjell-Arne Dahl"
    assert result.quotes and "last buoy" in result.quotes[0].quote.text


def test_a_double_surname_typed_without_its_hyphen_is_the_person(index: Index) -> None:
    result = answer(index, "what did lund berg say about the ferries?")
    assert result.speaker == "Anna Lund-Berg"
    assert result.quotes[0].quote.text.startswith("The storm closed")


def test_a_possessive_typed_without_its_apostrophe_names_the_person(index: Index) -> None:
    result = answer(index, "what was helen vales view on bread?")
    assert result.speaker == "Helen Vale"
    assert result.quotes[0].quote.text.startswith("Bread should be cheap")


def test_a_plural_before_a_view_word_is_no_person(index: Index) -> None:
    result = answer(index, "what was the zoos reaction to the floods?")
    assert result.speaker is None and result.quotes == []
    assert result.passages and "zoo" in result.passages[0].passage.text


def test_initials_run_together_are_the_first_letters_of_the_names(index: Index) -> None:
    result = answer(index, "what did tk brant say?")
    assert result.speaker == "Tom K. Brant"
    assert {hit.speaker for hit in result.quotes} == {"Tom K. Brant"}


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what did michael say about schools?", "Michael Hale"),
        ("what did michael say about the album?", "Rob Michael"),
    ],
)
def test_a_first_name_someone_has_as_a_surname_is_both_until_the_topic_tells(
    index: Index, question: str, speaker: str
) -> None:
    # "Michael" is Rob Michael's surname and Michael Hale's first name: both are meant
    result = answer(index, question)
    assert result.speaker == speaker
    assert result.quotes and result.quotes[0].speaker == speaker


@pytest.mark.parametrize(
    ("question", "speaker", "words"),
    [
        ("what did tony pelham say about the canal?", "Anthony Pelham", "The barges"),
        ("what did imelda sorge say about the opera?", "Imelda Sorge-Vianello", "I have waited"),
        ("what did godfrey say about the rowing crew?", "Godfrey Tull", "The crew rowed"),
        ("what did sir godfrey say about the crew?", "Godfrey Tull", "The crew rowed"),
        ("what did antony pelham say about the canal?", "Anthony Pelham", "The barges"),
    ],
)
def test_a_name_typed_shorter_than_the_articles_write_it_is_the_person(
    index: Index, question: str, speaker: str, words: str
) -> None:
    # a short first name, one part of a double surname, a first name the lexicon does not
    # know but a quoted person has (alone, or after "sir")
    result = answer(index, question)
    assert result.speaker == speaker
    assert "No one called" not in result.lead  # known as written, not read as a misspelling
    assert result.quotes and result.quotes[0].quote.text.startswith(words)


@pytest.mark.parametrize(
    ("question", "speaker", "words"),
    [
        ("what did ottoline rusk say about the band?", "Ottoline Rusk", "I am still writing"),
        ("what did lucan mabry say about the prize?", "Lucan Mabry", "I never expected"),
    ],
)
def test_words_said_under_a_first_name_or_after_a_compound_adjective_are_the_persons(
    index: Index, question: str, speaker: str, words: str
) -> None:
    # "But Ottoline added" after "Ottoline Rusk has rejected" (and "While Ottoline is" is no
    # name); "the Bafta-nominated Mabry told" is Lucan Mabry
    result = answer(index, question)
    assert result.speaker == speaker
    assert result.quotes and result.quotes[0].quote.text.startswith(words)
    assert all(hit.speaker == speaker for hit in result.quotes)


def test_a_role_owned_by_the_person_a_story_is_about_is_the_one_it_quotes(index: Index) -> None:
    # typed in lower case with "s'" or "'s"; the role has no owner where it is written
    # ("Agent Peter Norbury said"), but the story's title names the singer
    for question in (
        "what did mara quell's agent say about her?",
        "what did mara quells' agent say about her?",
    ):
        result = answer(index, question)
        assert result.speaker == "Peter Norbury", question
        assert result.quotes[0].quote.text.startswith("She loved every audience")
    # "X, chairman and chief executive, said" in a story whose title names the firm
    result = answer(index, "what did quillon's chief executive say about profits?")
    assert result.speaker == "Sarah Amsel"


def test_a_role_label_a_quote_was_given_is_the_named_holder_of_its_article(index: Index) -> None:
    # "according to the Bishop" is stored as the label "Bishop"; "the Bishop of Kelso, the Rt
    # Rev Dr Alan Pryce" is who the question means
    result = answer(index, "what did the bishop of kelso say about the choir?")
    assert result.speaker == "Alan Pryce"
    assert any(hit.quote.text.startswith("The choir sang") for hit in result.quotes)


def test_a_role_asked_is_held_by_someone_also_called_former_something(index: Index) -> None:
    # "the former Zenta boss" more often than "jailed tycoon": still the jailed tycoon
    result = answer(index, "what did the jailed tycoon say about his shares?")
    assert result.speaker == "Boris Lemberg"
    assert result.quotes[0].quote.text.startswith("It is all over")


def test_a_role_and_surname_is_the_full_name_quoted_beside_it(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # "Bishop Ekwueme" is the "Ama Ekwueme" the same story quotes: all her words are hers
    index = index_of(
        tmp_path_factory.mktemp("role_surname"),
        {
            "shelter.txt": "Shelter opens\n\nBishop Ama Ekwueme opened the night shelter. "
            '"Nobody should sleep outside," Ama Ekwueme said.\n\n'
            '"The doors stay open all winter," said Bishop Ekwueme.\n',
        },
    )
    result = answer(index, "what did ama ekwueme say about the shelter")
    assert result.speaker == "Ama Ekwueme"
    said = {hit.quote.text for hit in result.quotes}
    assert {"Nobody should sleep outside", "The doors stay open all winter"} <= said
    assert {hit.speaker for hit in result.quotes} == {"Ama Ekwueme"}
