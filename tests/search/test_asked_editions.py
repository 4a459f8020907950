"""A name asked with a number ("halo 3") asks of that edition: a story of another ("Halo 2")
answers another question. Through answer(), on short invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.asked_editions import asked_editions
from tests.support.indexes import index_of

ARTICLES = {
    "dragonet.txt": "Dragonet 2 sells fast\n\nSales of the game Dragonet 2 passed a million "
    "copies in its first week, Lumen Games said.\n",
    "consoles.txt": "Console sales\n\nConsole sales rose in the first week of December as "
    "shoppers in 12 towns queued at 3 big stores for gifts.\n",
    "radio.txt": "Radio 4 schedule\n\nRadio 4 will move its evening drama to a later slot, "
    "the station said.\n",
    "top.txt": "Charts\n\nThe top 10 albums of the week were all new entries.\n",
    "lumen.txt": "Lumen Box launch\n\nThe Lumen Box console will launch in the UK at a price "
    "of £199, Lumen Games said.\n",
    "index.txt": "Shares rise\n\nThe Bourse 250 index rose 2% on Monday as Lumen shares "
    "gained; 720 traders were at work.\n",
    "aerowing.txt": "New jet unveiled\n\nThe aircraft maker Aerowing has unveiled its new "
    "long-range 848 jet, which can fly almost 9,000 miles without stopping.\n",
    "varga.txt": "Cheap laptop\n\nProfessor Ila Varga is building a laptop that will sell for "
    "less than $100, she said.\n",
    "dollar.txt": "Markets\n\nThe dollar fell against the euro on Friday.\n",
    "caper.txt": "Ferrant's Eleven tops chart\n\nThe caper Ferrant's Eleven took $40m in "
    "cinemas on its opening weekend, its studio said.\n",
    "marathon.txt": "Harwick Marathon ban\n\nOrganisers of the Harwick Marathon on 17 April "
    "banned the runner Tessa Orlo, the race said.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("editions")), ARTICLES)


def test_a_story_of_another_edition_does_not_answer_the_one_asked(index: Index) -> None:
    result = answer(index, "dragonet 3 sales first week")
    assert not result.found and not result.passages
    assert result.lead == (
        "None of the passages that best match “dragonet 3 sales first week” is about “dragonet 3”."
    )


def test_the_edition_written_answers(index: Index) -> None:
    result = answer(index, "dragonet 2 sales first week")
    assert result.found and "Dragonet 2" in result.passages[0].passage.text
    assert answer(index, "radio 4 evening drama").found


def test_a_number_after_an_everyday_word_is_no_edition(index: Index) -> None:
    assert asked_editions(index, "top 10 albums of the week") == []
    assert answer(index, "top 12 albums of the week").found


def test_a_day_of_a_month_beside_a_name_is_a_date_not_an_edition(index: Index) -> None:
    # "harwick marathon 17 april": the 17th of April, not a seventeenth Harwick Marathon
    assert asked_editions(index, "harwick marathon 17 april organisers ban") == []
    assert asked_editions(index, "harwick marathon on april 17") == []
    result = answer(index, "harwick marathon 17 april organisers orlo ban")
    assert result.found and "Tessa Orlo" in result.passages[0].passage.text


def test_a_name_with_three_digits_asks_of_that_edition(index: Index) -> None:
    # the first Lumen Box's launch price says nothing of a "Lumen Box 720"
    assert asked_editions(index, "lumen box 720 uk launch price") != []
    result = answer(index, "lumen box 720 uk launch price")
    assert not result.found and not result.passages
    assert result.lead.endswith("is about “box 720”.")
    result = answer(index, "bourse 250 index monday")
    assert result.found and "Bourse 250" in result.passages[0].passage.text


def test_a_number_of_a_magnitude_after_a_name_is_a_count(index: Index) -> None:
    assert asked_editions(index, "lumen 500 million shares") == []
    assert asked_editions(index, "lumen 50 million shares") == []
    assert asked_editions(index, "lumen 200 bn deal") == []


def test_a_model_number_written_apart_from_its_name_is_of_that_model(index: Index) -> None:
    # "Aerowing has unveiled its new 848 jet" is the story of the Aerowing 848
    result = answer(index, "how far can the new aerowing 848 fly without stopping")
    assert result.found and "9,000 miles" in result.passages[0].passage.text


def test_a_number_before_a_unit_is_a_value_not_an_edition(index: Index) -> None:
    assert asked_editions(index, "varga 100 dollar laptop") == []
    result = answer(index, "varga 100 dollar laptop")
    assert result.found and "Ila Varga" in result.passages[0].passage.text


def test_a_version_written_with_a_point_nought_is_that_edition(tmp_path: Path) -> None:
    # "Skimmer 8.0" is Skimmer 8; "Skimmer 7.5" no Skimmer 7
    articles = {
        **ARTICLES,
        "skimmer.txt": "Browser talks\n\nThe Skimmer 8.0 browser can be steered by voice in "
        "8 tongues. Around 40 spoken commands are available.\n",
        "older.txt": "Browser update\n\nThe Skimmer 7.5 update added spoken commands to its "
        "tab bar.\n",
    }
    built = index_of(tmp_path, articles)
    result = answer(built, "skimmer 8 spoken commands")
    assert result.found and "Skimmer 8.0" in result.passages[0].passage.text
    assert not answer(built, "skimmer 7 spoken commands").found


def test_a_title_s_number_typed_as_a_word_asks_of_that_edition(index: Index) -> None:
    result = answer(index, "how much did ferrant's twelve take in cinemas")
    assert not result.found and not result.passages
    assert "is about “ferrant's twelve”" in result.lead
    told = answer(index, "how much did ferrant's eleven take in cinemas")
    assert told.found and "Ferrant's Eleven" in told.passages[0].passage.text


def test_a_number_word_counting_things_is_no_edition(index: Index) -> None:
    assert asked_editions(index, "how much did ferrant's two sequels take") == []
    assert asked_editions(index, "what did ferrant's one night take") == []
