"""What a reader sees of answers a user trial found wrong, through answer(): a word's family
("sold" holds "sales"), an occasion asked of a person's words
("after losing") read as no claim that they were silent then, a film's takings asked as "how
much did it make", and a misspelt surname offered as the one most quoted of those having it."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.asked_sums import asks_sum, takings_verb
from tests.support.indexes import filler_notes, index_of

_PHONES = (
    "Zephyr phones\n\n"
    "Orbit has widened its Zephyr phone range with a new model for the spring. "
    "The firm showed the handset to reporters at a crowded launch in a London hotel, where "
    "staff handed out leaflets and answered questions about batteries, screens and cameras "
    "for most of the afternoon. Its chief executive spoke for ten minutes about the design, "
    "the colours on offer and the shops that will stock it first.\n\n"
    "The new Zephyr holds twice the songs of the old one and costs less in most countries. "
    "Reviewers praised its bright screen, though several found the case slippery and the "
    "buttons small. Orbit said a larger model would follow in the autumn, with a longer "
    "battery life, a sturdier case and a camera able to record video at night, once its "
    "factory in Taiwan has been enlarged.\n\n"
    "About two million Zephyr phones were sold last year, half of them in Europe. "
    "Analysts expect the figure to rise this year as prices fall and more networks offer "
    "the handset on monthly contracts. Rival makers have cut their own prices in response, "
    "and one has promised a cheaper phone of its own before the summer holidays, when "
    "families traditionally buy the most gadgets.\n"
)
ARTICLES = {
    "phones.txt": _PHONES,
    "match.txt": "Quill beaten in the final\n\n"
    "Rosa Quill was left upset after losing the final to a younger rival.\n\n"
    '"I had my chances and did not take them," said Rosa Quill.\n\n'
    "Ticket sales for the final had been the best for years.\n",
    "film.txt": "Lantern tops the charts\n\n"
    "The Lantern has taken $40m (£21m) at the box office so far.\n\n"
    "Critics had given the drama mixed reviews, though ticket sales held up.\n",
    "other_film.txt": "Comet breaks records\n\n"
    "The Comet took $90m (£48m) and earned more than any drama this year, grossing "
    "well in every market; its takings made it the biggest hit.\n",
    "film_awards.txt": "Lantern up for awards\n\n"
    "The Lantern leads the award shortlist with six nominations, which should help "
    "its sales on DVD.\n",
    "a_pier.txt": 'Pier\n\n"The pier needs paint," said Dan Howard.\n',
    "b_council.txt": "Council\n\n"
    '"The budget is tight," said Mia Howard. '
    '"We will cut the grass less often," Mia Howard said. '
    '"Parks stay open," said Mia Howard.\n',
    "weather.txt": "Storm warning\n\nA storm will reach the coast on Friday, and sales of "
    "sandbags are up in every town along it.\n",
    "harbour.txt": "Harbour works\n\nThe harbour wall is being rebuilt this spring, and the cafe "
    "expects its sales to suffer.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("reader_trial"), ARTICLES | filler_notes(8))


def test_a_sale_is_held_by_a_passage_telling_what_was_sold(index: Index) -> None:
    result = answer(index, "zephyr sales")
    assert result.found
    assert "but not" not in result.lead
    assert any("were sold" in hit.passage.text for hit in result.passages)


def test_an_occasion_asked_of_a_persons_words_claims_no_silence(index: Index) -> None:
    result = answer(index, "what did rosa quill say after losing")
    assert result.quotes
    assert "said nothing" not in result.lead
    assert result.lead.startswith("Everything Rosa Quill said, first where the articles mention")


def test_how_much_a_film_made_is_answered_by_its_takings(index: Index) -> None:
    result = answer(index, "how much did the lantern make")
    assert result.found, result.lead
    assert "$40m" in result.passages[0].passage.text


def test_a_misspelt_surname_is_offered_as_its_most_quoted_holder(index: Index) -> None:
    result = answer(index, "what did hoard say")
    assert not result.found
    assert result.suggestion == "Mia Howard", result.lead


def test_takings_of_another_film_do_not_answer_what_one_made(index: Index) -> None:
    result = answer(index, "how much did the lantern make", top=5)
    assert all("Lantern" in hit.passage.text for hit in result.passages)


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("how much did the lantern make", "make"),
        ("how much has the film taken so far", "taken"),
        ("how much did the lantern cost to make", None),  # a price
        ("how much did the firm pay to take over its rival", None),
        ("how much progress has the council made", None),  # no sum
    ],
)
def test_a_verb_of_takings_frames_a_sum_only_right_after_its_auxiliary(
    question: str, verb: str | None
) -> None:
    assert takings_verb(question) == verb


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("how much did the lantern make", True),  # takings
        ("how much did the lantern cost to make", True),  # a price
        ("how much did the firm pay to take over its rival", True),
        ("how much progress has the council made", False),
        ("how much did the lantern weigh", False),
    ],
)
def test_a_sum_is_asked_by_a_verb_of_takings_as_by_a_price(question: str, asked: bool) -> None:
    assert asks_sum(question) is asked
