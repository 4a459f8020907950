"""Names written short: an initialism joined by "&" ("M&S", whose letters alone are stop words)
is one term, typed or written; a name's word typed in short ("Man City") is the longer word
it opens ("Manchester City"); and a single letter ("v" of "rovers v city") is no word the
passages lack; a short word no article holds beside a name ("nintendo wii") is missing. Through
answer(), on short invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.hit_record import Hit
from qabot.search.spelling import check_spelling
from tests.support.indexes import index_of

ARTICLES = {
    "store.txt": (
        "D&M cuts prices\n\n"
        "The retailer D&M has cut prices in its northern stores by an average of 18%, "
        "analysts said. D&M's rivals are expected to follow."
    ),
    "prices.txt": (
        "Shop prices rise\n\n"
        "Shop prices rose again last month as food costs climbed, the retail consortium said. "
        "Average prices of fresh food were up 4%."
    ),
    "match.txt": (
        "Portmore City hold the leaders\n\n"
        "Portmore City held the leaders Dunmore Rovers to a goalless draw, with Rovers "
        "missing Kell and Varga through injury."
    ),
    "port.txt": (
        "Port to expand\n\n"
        "The port will take bigger ships from next year, and Kell, its harbour master, said "
        "the city would gain 300 jobs. Varga, a docker, said the port had waited too long."
    ),
    "fares.txt": (
        "Rail price cuts\n\n"
        "Rail fares will see price cuts averaging 5% from May, the operators said, as "
        "passenger numbers fell in the cold weather."
    ),
    "cup.txt": (
        "Rovers reach the final\n\n"
        "Dunmore Rovers beat Harbour Athletic 3-1 to reach the final. Kell scored twice "
        "before half-time."
    ),
    "weather.txt": (
        "Rain ahead\n\n"
        "Forecasters expect rain across the valley on Sunday and Monday, with sunshine later "
        "in the week. Crowd figures at the valley show fell last year in the rain."
    ),
    "archive.txt": (
        "From the archive\n\n"
        "Town v Wanderers was abandoned in 1990 after a storm flooded the pitch at half-time."
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("short_names")), ARTICLES)


def _paths(hits: list[Hit]) -> list[str]:
    return [hit.article.path for hit in hits]


@pytest.mark.parametrize("question", ["d&m price cuts", "D&M price cuts average"])
def test_an_initialism_joined_by_an_ampersand_is_asked_about(index: Index, question: str) -> None:
    # its letters are stop words: before, the question was read as "price cuts" alone
    result = answer(index, question)
    assert result.found
    assert set(_paths(result.passages)) == {"store.txt"}  # before: the rail fares' cuts too


def test_a_name_typed_in_short_is_the_longer_name_the_articles_write(index: Index) -> None:
    result = answer(index, "why didn't Kell and Varga play against Port City?")
    assert result.found  # before: no passage mentions “Kell”, “Varga” and “Port City” together
    assert _paths(result.passages)[0] == "match.txt"


def test_a_single_letter_is_no_word_the_passages_lack(index: Index) -> None:
    result = answer(index, "dunmore rovers v harbour athletic crowd figures")
    assert result.found
    assert result.lead.startswith("The best passages have")
    assert "but not “crowd” or “figures”:" in result.lead  # before: “v”, “crowd” or “figures”


def test_a_short_word_no_article_holds_beside_a_name_is_missing(index: Index) -> None:
    # "nintendo wii": a short word is never corrected (too many words are one edit away), so
    # the question was answered about the name beside it; the two are a name the archive lacks
    assert check_spelling(index, "rovers zq draw", missing_from=4).missing == ("zq",)
    assert check_spelling(index, "zq rovers draw", missing_from=4).missing == ("zq",)
    # ... but a short word beside everyday words is chat ("pls"), searched without
    assert check_spelling(index, "pls rain forecast", missing_from=4).missing == ()
