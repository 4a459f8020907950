"""Whether a word asked is a name (`lacked_names.asked_name`) is the archive's verdict: kept for
the index generation, so a name asked again is not judged again, and the same as judged anew."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search.lacked_names import asked_name, closing_word, plural_initialism
from tests.support.indexes import index_of

ARTICLES = {
    "sitcom.txt": "New show\n\nThe comic Ovrane Telby will front a new comedy show next spring.",
    "screens.txt": "Screens sell out\n\nShops sold out of flat-screen TVs, and a TV maker gained.",
    "remote.txt": "Remote controls\n\nOne in three TVs is sold with a voice remote control.",
    "channel.txt": "A channel\n\nThe new TV channel will show old films, Ovrane said.",
    "derby.txt": "Derby day\n\nThe Carrow Shield final is on Sunday; the shield is silver.",
    "final.txt": "Final set\n\nFans of the Hollin Shield and the Dunmere Shield met at the lane.",
    "lanes.txt": "Lanes shut\n\nThe Cobble Lane and Ferry Lane works go on, said Mr Ovrane.",
    **{
        f"notice{at}.txt": f"Notice {at}\n\nParish notice {at} lists meetings." for at in range(12)
    },
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("verdicts")), ARTICLES)


def test_a_verdict_is_kept_for_the_generation(index: Index) -> None:
    assert asked_name(index, "Ovrane") and not asked_name(index, "TV")
    kept = index.worked_out("asked_names")
    assert kept["Ovrane"] is True and kept["TV"] is False
    assert asked_name(index, "Ovrane") and not asked_name(index, "TV")  # the same when kept


def test_a_word_never_written_as_a_plural_is_no_plural_initialism(index: Index) -> None:
    assert not plural_initialism(index, "Ovrane")  # no passage writes "Ovranes"
    assert plural_initialism(index, "TV")  # "TVs" twice, "tvs" never


def test_a_common_last_word_of_names_names_none_of_them(index: Index) -> None:
    # "Shield" closes the Carrow, Hollin and Dunmere Shield: "shield" alone names none
    assert asked_name(index, "shield") and closing_word(index, "shield")
    # "Ovrane" is written alone ("Mr Ovrane", "Ovrane said"), "Lane" after two openers only
    assert not closing_word(index, "Ovrane") and not closing_word(index, "lane")
    assert index.worked_out("closing_words")["shield"] is True  # kept for the generation
