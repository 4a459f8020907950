"""Story fill: the empty places of a settled first page take further passages of the stories
it shows that hold a question word their shown passages lack; nothing shown moves, and a
refusal or a full page is left as it is."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import dated_index_of, index_of

# a story naming its subject at the top ("wideband radio") and giving the reach asked
# about two paragraphs down in one word of the question, too few to clear any floor; its middle
# paragraph holds a word of the subject again and no other word of the question
ARTICLES = {
    "radio.txt": (
        "Radio news\n\n"
        "Regulators are asking for help on how to license wideband radio, a way of "
        "sending large amounts of data through the air between gadgets in the same home, "
        "which makers hope to build into televisions, cameras and music players before the "
        "end of next year, once the rules on power levels and interference are settled. "
        "The consultation closes in March, and the watchdog expects to publish its decision "
        "in the summer, after hearing from broadcasters, mobile phone firms and the armed "
        "forces, who all use nearby parts of the spectrum and fear that their own services "
        "could suffer if the new gadgets are allowed to transmit too strongly indoors.\n\n"
        "Makers of the wideband chips say that television sets and cameras could be the "
        "first products sold with them, and that several hundred engineers are writing the "
        "standard, which should be agreed by the spring, after two years of arguments "
        "between rival groups of firms over whose design should be chosen. "
        "Analysts expect the first products in the shops within eighteen months, at prices "
        "close to those of the cables they replace, and several retailers have said they will "
        "stock them as soon as the standard is published, though none would name a date or "
        "say how many models they expect to carry in the first year of sales.\n\n"
        "The signal reaches ten metres at most, so a home would need a base station in each "
        "room, though testers said the pictures sent were as sharp as those from a cable "
        "and the music players never lost their connection during a whole week of trials "
        "in a crowded block of flats. "
        "The testers also found that walls of brick and concrete cut the distance further, and "
        "that a kitchen full of metal appliances could stop a connection altogether, which "
        "the makers say they will fix before the sets go on sale next year.\n"
    ),
    "bridge.txt": (
        "Bridge\n\nThe new footbridge reaches across the river and its span is forty metres.\n"
    ),
    "tower.txt": "Tower\n\nThe phone mast on the hill reaches two hundred metres high.\n",
    "choir.txt": "Choir tour\n\nThe cathedral choir begins its summer tour of Norway next week.\n",
    "roads.txt": "Road works\n\nThe bypass will close for resurfacing for a week in June.\n",
}
QUESTION = "wideband radio gadgets reach"


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("story_fill"), ARTICLES)


def test_a_short_page_goes_on_with_its_storys_passage_holding_a_word_it_lacks(
    index: Index,
) -> None:
    result = answer(index, QUESTION, top=3)
    texts = [hit.passage.text for hit in result.passages]
    assert result.found
    assert texts[0].startswith("Regulators are asking")  # the opening stays first
    assert any("reaches ten metres at most" in text for text in texts[1:])
    filling = next(hit for hit in result.passages if "ten metres" in hit.passage.text)
    assert filling.highlight.startswith("The signal reaches ten metres at most")


def test_a_passage_of_the_story_adding_no_word_asked_is_not_shown(index: Index) -> None:
    result = answer(index, QUESTION, top=3)
    assert not any("several hundred engineers" in hit.passage.text for hit in result.passages)


def test_another_storys_passage_holding_the_word_is_not_taken(index: Index) -> None:
    # the mast "reaches" too, but its story is not on the page
    result = answer(index, QUESTION, top=3)
    assert [hit.article.path for hit in result.passages] == ["radio.txt", "radio.txt"]


def test_a_full_page_is_not_changed(index: Index) -> None:
    result = answer(index, QUESTION, top=1)
    assert [hit.passage.text[:21] for hit in result.passages] == ["Regulators are asking"]


# the same story with its middle paragraph naming the whole subject again: it clears the looser
# floor, and adds no word of the question to the opening
REPEATING = {
    **ARTICLES,
    "radio.txt": ARTICLES["radio.txt"].replace(
        "Makers of the wideband chips", "Makers of the wideband radio gadgets"
    ),
}


def test_a_last_passage_repeating_its_storys_words_gives_way_to_one_adding_a_word(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    index = index_of(tmp_path_factory.mktemp("story_fill_repeating"), REPEATING)
    texts = [hit.passage.text for hit in answer(index, QUESTION, top=2).passages]
    assert texts[0].startswith("Regulators are asking")
    assert "reaches ten metres at most" in texts[1]
    # with room for both, the repeating passage keeps its place before the one filling
    texts = [hit.passage.text for hit in answer(index, QUESTION, top=3).passages]
    assert texts[1].startswith("Makers of the wideband radio gadgets")
    assert "reaches ten metres at most" in texts[2]


# the same story, undated, its opening naming a year no article is dated in (the one dated
# article is of 2024): a question of that year is answered from the passages that mention it
YEARLY = {
    "radio.md": (
        None,
        None,
        "Radio news",
        ARTICLES["radio.txt"]
        .removeprefix("Radio news\n\n")
        .replace("before the end of next year", "before the end of 2019"),
    ),
    "bridge.md": ("2024-03-04", None, "Bridge", "The new footbridge reaches across the river."),
    "choir.md": (None, None, "Choir tour", "The cathedral choir begins its tour next week."),
}


def test_a_page_of_passages_mentioning_a_year_goes_on_with_their_storys(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # the story's later passage tells the reach without the year: the story is of that year
    index = dated_index_of(tmp_path_factory.mktemp("story_fill_year"), YEARLY)
    result = answer(index, f"{QUESTION} in 2019", top=3)
    texts = [hit.passage.text for hit in result.passages]
    assert result.found and "(no article is dated 2019: these mention it):" in result.lead
    assert texts[0].startswith("Regulators are asking")
    assert any("reaches ten metres at most" in text for text in texts[1:])
