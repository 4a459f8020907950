"""'Who tipped X as ...?': a verb of forecasting asks who said it, as "who predicted ...?" does,
and only after "who" ("what did the guest tip?" asks about no words)."""

from __future__ import annotations

from pathlib import Path

from qabot.search import answer, parse_speech_question
from tests.support.indexes import index_of

ARTICLES = {
    "swim.txt": """Brandt takes the relay gold

Kaia Brandt won her third relay gold of the season at the open meeting in Lisbon.

Afterwards, rival coach Emil Sorensen said he rated Brandt as a favourite for the world
title next summer. "She is swimming faster than anyone I have coached against," said Sorensen.
""",
    "ferry.txt": """Ferry crossing delayed by storms

The morning ferry crossing to the islands was delayed by storms for a third day.

"We expect the timetable to return to normal on Friday," spokeswoman Ruth Akande said.
""",
    "bakery.txt": """Baker opens a second shop

Lior Samant opened a second bakery in the old market hall on Monday.
""",
}


def test_who_tipped_someone_names_the_one_who_forecast_it(tmp_path: Path) -> None:
    result = answer(index_of(tmp_path, ARTICLES), "who tipped Brandt as a favourite for the title")
    assert result.quotes and result.quotes[0].speaker == "Emil Sorensen"


def test_a_verb_of_forecasting_asks_who_only_after_who() -> None:
    read = parse_speech_question("which coach tipped Brandt for the world title?")
    assert read is not None and read.kind == "who_said" and read.role == "coach"
    assert parse_speech_question("what did the guest tip?") is None
