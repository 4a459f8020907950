"""A "what did X say about Y" topic misspelt is read as the articles spell it, in an archive
large enough that a word none of its articles holds is news; through answer(), on invented
articles."""

from __future__ import annotations

from pathlib import Path

from qabot.search import answer
from tests.support.indexes import index_of

STORIES = {
    "migration.txt": 'Border plan\n\nHome minister Vera Lund set out the plan. "Migration '
    'helps the economy when it is managed," Ms Lund said.\n',
    "schools.txt": 'School meals\n\nVera Lund visited a school. "Every child eats," she said.\n',
    "birds.txt": "Bird count\n\nThe spring migration of geese was early this year.\n",
}
FILLER = {
    f"note{n}.txt": f"Parish note {n}\n\nThe parish hall held meeting {n} on a quiet evening.\n"
    for n in range(1000)
}


def test_a_misspelt_topic_word_is_read_as_the_word_the_articles_hold(tmp_path: Path) -> None:
    index = index_of(tmp_path, {**STORIES, **FILLER})
    result = answer(index, "what did Vera Lund say about migartion?")
    assert result.lead.startswith(
        "No article has “migartion”; read as “migration”. What Vera Lund said about migration:"
    )
    assert result.quotes and "Migration helps" in result.quotes[0].quote.text
    assert result.topic == "migration"


def test_in_a_small_archive_a_topic_word_no_article_holds_is_left_as_typed(
    tmp_path: Path,
) -> None:
    # a few hundred passages lack everyday words: "migartion" may be one of them
    index = index_of(tmp_path, STORIES)
    result = answer(index, "what did Vera Lund say about migartion?")
    assert "read as" not in result.lead
    assert result.topic == "migartion"


def test_a_common_word_of_another_language_is_no_slip(tmp_path: Path) -> None:
    # "sobre" (Spanish "about") is close to "soared", a word the articles hold: it stays as
    # typed ("said about sobre migration", not "about soared migration")
    soared = {
        f"prices{n}.txt": f"Prices up\n\nPrices soared in market {n} this spring.\n"
        for n in range(5)
    }
    index = index_of(tmp_path, {**STORIES, **FILLER, **soared})
    result = answer(index, "what did Vera Lund say sobre migration")
    assert "soared" not in result.lead
    assert result.topic is not None and "soared" not in result.topic
    assert result.quotes and "Migration helps" in result.quotes[0].quote.text
