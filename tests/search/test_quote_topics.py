"""A quote is about a topic when it holds a telling word of it: not one everyday word of a
longer topic, nor a word of the speaker's own name the reader put beside the topic. Through
answer(), on short invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of
from tests.support.long_remarks import LONG_REMARKS

# "plan" is an everyday word here (in most passages); Ada Lind's only quote holds it, not
# "harbour" or "ferries", which other stories hold
ARTICLES = {
    "boats.txt": "Boats repainted\n\n"
    '"We plan to paint the boats blue before the summer," said Ada Lind, the yard owner.\n',
    "harbour.txt": "Harbour ferries\n\nThe harbour ferries will run later in June under a new "
    "timetable, the operator said.\n",
    "school.txt": "School plan\n\nThe school has a plan for a new library and gym.\n",
    "roads.txt": "Roads plan\n\nA plan to mend the valley roads was approved.\n",
    "market.txt": "Market plan\n\nTraders back a plan to open the market on Sundays.\n",
    "park.txt": "Park plan\n\nA plan for the park includes more trees and benches.\n",
    "velmora.txt": "Velmora roads\n\n"
    '"The bypass will open in May," Velmora Council said of the new road.\n',
    "floods.txt": "Floods in the valley\n\nFloods closed the valley road to the coast on "
    "Sunday. Farmers moved sheep to higher fields.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("quote_topics")), ARTICLES)


def test_a_quote_sharing_one_everyday_word_of_the_topic_is_not_about_it(index: Index) -> None:
    result = answer(index, "what did Ada Lind say about the harbour ferries plan?")
    assert result.speaker == "Ada Lind"
    assert not result.lead.startswith("What Ada Lind said")
    assert "said nothing about" in result.lead or "No words of Ada Lind" in result.lead
    assert result.quotes and "paint the boats" in result.quotes[0].quote.text  # still shown


def test_a_quote_holding_a_telling_word_of_the_topic_is_about_it(index: Index) -> None:
    result = answer(index, "what did Ada Lind say about the boats plan?")
    assert result.lead == "What Ada Lind said about the boats plan:"


def test_a_word_of_the_speakers_name_beside_the_topic_does_not_make_a_quote_about_it(
    index: Index,
) -> None:
    result = answer(index, "what did velmora council say about the floods in velmora?")
    assert result.speaker == "Velmora Council"
    assert not result.lead.startswith("What Velmora Council said")
    assert "said nothing about" in result.lead or "No words of Velmora Council" in result.lead


# long remarks of one person, on none of which the topic asked is
ASIDE = {
    **LONG_REMARKS,
    "tides.txt": "Tides\n\nSpring tides will be high this week, forecasters said.\n",
    "market.txt": "Market\n\nThe fish market opens early on Fridays.\n",
}


@pytest.fixture(scope="module")
def aside(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("aside")), ASIDE)


def test_words_on_no_part_of_the_topic_are_kept_to_a_phone_screen(aside: Index) -> None:
    # nothing of the topic in their words nor in their stories: what fits one phone screen,
    # however many the reader asked for; "more" shows the rest
    result = answer(aside, "what did Ivo Sand say about the tides?", top=5)
    # ... and nothing answers the question: their words on other things are no answer
    assert not result.found and result.speaker == "Ivo Sand"
    assert result.lead == (
        "Ivo Sand said nothing about the tides in the articles; Ivo Sand's words on other things:"
    )
    assert result.quotes and result.quotes_left >= 1
    # asked without a topic, as many as asked for
    asked = answer(aside, "what did Ivo Sand say?", top=5)
    assert len(asked.quotes) > len(result.quotes)


# "supporters" is the commonest of the topic's telling words (none is an everyday word: each
# is in a tenth of the stories or fewer); Tom Reed's only quote holds it, not "Kerrin", "ban"
# or "rowdy", in a story no more on the topic than any other naming supporters; Val Ide's, in
# a story on the plan, holds only it too; Kit Dale's story, among the topic's hits, names
# only "supporters" beside words of his naming none of the topic; Cal Orr's names only Ann
# Reed. "Alby", a name, is the
# commonest telling word of "playing Alby under kerrin's ban on rowdy crowds"
SUPPORTERS = {
    **{f"a{i}.txt": f"Item {i}\n\nJo Kerrin wants a ban at ground {i}.\n" for i in range(25)},
    **{f"b{i}.txt": f"Item {i}\n\nA rowdy plan for hall {i} was made.\n" for i in range(25)},
    **{f"c{i}.txt": f"Item {i}\n\nJo Kerrin met rowdy crowds at pier {i}.\n" for i in range(25)},
    **{f"d{i}.txt": f"Item {i}\n\nThe ban plan for lane {i} was dropped.\n" for i in range(25)},
    **{f"e{i}.txt": f"Item {i}\n\nThe supporters of club {i} met.\n" for i in range(59)},
    **{f"f{i}.txt": f"Item {i}\n\nThe weather at hill {i} was mild.\n" for i in range(430)},
    "match.txt": "Reed sorry\n\n"
    '"We let the supporters down today," said Tom Reed, the Dunmore manager.\n',
    "Kerrin.txt": "Reed on Kerrin\n\n"
    '"Banning rowdy supporters is right," said Ann Reed, the Alby chair, of the Kerrin plan.\n',
    "ide.txt": "Ide speaks\n\nJo Kerrin wants to ban rowdy fans from every ground.\n\n"
    '"Our supporters deserve better," said Val Ide.\n',
    **{f"g{i}.txt": f"Item {i}\n\nThe Alby choir sang at hall {i}.\n" for i in range(60)},
    "moss.txt": 'Moss confident\n\n"We will beat Alby on Saturday," said Lee Moss.\n',
    "dale.txt": "Dale on the day\n\nThe supporters sang and the supporters cheered the "
    'supporters\' team. "It was a long day for all of us," said Kit Dale, the Hexley coach.\n',
    "orr.txt": "Board talks\n\nAnn Reed met the board on Friday. "
    '"Nothing was agreed," said Cal Orr.\n',
}


@pytest.fixture(scope="module")
def supporters(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("supporters")), SUPPORTERS)


def test_the_commonest_of_several_telling_words_alone_does_not_meet_the_topic(
    supporters: Index,
) -> None:
    result = answer(
        supporters, "what did tom reed say about kerrin's plan to ban rowdy supporters"
    )
    assert result.speaker == "Tom Reed"
    assert not result.lead.startswith("What Tom Reed said")
    assert "said nothing about" in result.lead or "No words of Tom Reed" in result.lead
    assert not result.found  # his words on other things are no answer


def test_a_rarer_telling_word_beside_the_commonest_meets_the_topic(supporters: Index) -> None:
    result = answer(
        supporters, "what did ann reed say about kerrin's plan to ban rowdy supporters"
    )
    assert result.lead.startswith("What Ann Reed said about kerrin's plan")


def test_the_commonest_telling_word_meets_the_topic_in_a_story_on_it(supporters: Index) -> None:
    result = answer(supporters, "what did val ide say about kerrin's plan to ban rowdy supporters")
    assert result.lead == "What Val Ide said about kerrin's plan to ban rowdy supporters:"


def test_the_commonest_of_two_telling_words_still_meets_the_topic(supporters: Index) -> None:
    result = answer(supporters, "what did tom reed say about rowdy supporters")
    assert result.lead == "What Tom Reed said about rowdy supporters:"


def test_a_name_the_commonest_of_the_telling_words_still_meets_the_topic(
    supporters: Index,
) -> None:
    # the side asked about is the topic, the ban a detail of the match
    result = answer(
        supporters, "what did lee moss say about playing Alby under kerrin's ban on rowdy crowds"
    )
    assert result.lead == (
        "What Lee Moss said about playing Alby under kerrin's ban on rowdy crowds:"
    )


def test_a_story_naming_only_the_commonest_telling_word_is_no_mention_of_the_topic(
    supporters: Index,
) -> None:
    # "No words of Kit Dale name ..., first where the articles mention it" would say his
    # words beside "the supporters sang" may be on the plan: they are not
    result = answer(
        supporters, "what did kit dale say about kerrin's plan to ban rowdy supporters"
    )
    assert result.lead.startswith(
        "Kit Dale said nothing about kerrin's plan to ban rowdy supporters in the articles;"
    )
    assert not result.found


def test_a_story_naming_the_commonest_of_two_telling_words_still_mentions_the_topic(
    supporters: Index,
) -> None:
    result = answer(supporters, "what did kit dale say about rowdy supporters")
    assert result.lead.startswith("No words of Kit Dale name rowdy supporters in the articles;")


def test_a_topic_of_a_person_and_one_word_is_mentioned_only_by_that_word(
    supporters: Index,
) -> None:
    # "supporters" is the commonest telling word of "Ann Reed's supporters", and all it names
    # beside her: a passage naming only her (Cal Orr's) is no mention of it
    result = answer(supporters, "what did cal orr say about Ann Reed's supporters")
    assert result.lead.startswith("Cal Orr said nothing about Ann Reed's supporters")
    dale = answer(supporters, "what did kit dale say about Ann Reed's supporters")
    assert dale.lead.startswith("No words of Kit Dale name Ann Reed's supporters")


# Oxfam's words name no one it urges; its story names Tony Blair
BIDDING = {
    "aid.txt": "Aid talks\n\nTony Blair meets charities on Monday. "
    '"Debts of the poorest nations must go," said Oxfam.\n',
    "rail.txt": "Rail fares\n\nFares rise in March, the operator said.\n",
}


def test_the_one_urged_to_do_something_is_the_topic_not_to_do(tmp_path: Path) -> None:
    index = index_of(tmp_path, BIDDING)
    result = answer(index, "what is oxfam urging tony blair to do")
    assert result.speaker == "Oxfam"
    assert result.lead.startswith("No words of Oxfam name tony blair in the articles;")
