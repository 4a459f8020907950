"""A topic's setting ("his temper at the riverton open") does not outweigh its subject when
every story quoting the speaker is set there. Through answer(), on invented articles."""

from __future__ import annotations

from pathlib import Path

from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "final.txt": (
        "Vrba loses Riverton Open final\n\n"
        "Tomas Vrba lost the Riverton Open final to Ivo Lind on Sunday.\n\n"
        '"I was nervous at the Riverton Open and could not play," Vrba said after the '
        "Riverton Open final.\n"
    ),
    "calm.txt": (
        "Vrba through at Riverton Open\n\n"
        "Tomas Vrba reached the fourth round of the Riverton Open with a win over Jan Kos.\n\n"
        "Vrba said he was trying to keep his temper under control this year. He hit his racket "
        "on the ground once but was otherwise calm.\n"
    ),
    "draw.txt": (
        "Riverton Open draw made\n\n"
        "The Riverton Open draw puts Tomas Vrba against Jan Kos in round one.\n\n"
        '"The Riverton Open is the event I love most," Vrba said of the Riverton Open draw.\n'
    ),
    "weather.txt": (
        "Rain expected\n\nForecasters expect rain across the valley for most of next week.\n"
    ),
    "ferry.txt": "Ferry fares rise\n\nFerry fares will rise by a pound in May.\n",
}


def test_the_subject_of_a_topic_ranks_before_a_setting_every_story_holds(
    tmp_path: Path,
) -> None:
    index = index_of(tmp_path, ARTICLES)
    result = answer(index, "what did tomas vrba say about his temper at the riverton open", top=3)
    assert result.quotes
    assert "temper under control" in result.quotes[0].quote.text
