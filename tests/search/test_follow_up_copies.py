""" "What else did she say?" shows none of the words shown already, not even from a copy of
their story in another article."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.records import Quote
from qabot.search import Conversation, answer
from qabot.search.quote_hits import not_shown
from tests.support.indexes import index_of

_STORY = """Mayor backs new tram line

Mayor Ines Varga said the tram line would open in the spring.

"The tram will change how this city moves, from the docks in the east to the hospital in the
west, and it will do so without a single new road being built," Ms Varga said.

"We have waited thirty years for the tram, through four councils and two recessions, and I
am not going to let anyone tell this city to wait any longer," she added.

"The tram depot will bring two hundred jobs to the old rail yards, most of them for people who
live within a mile of the gates," she said.

"Tram fares will be frozen for a year after the opening, and children under twelve will ride
for nothing on every line," Ms Varga said.
"""


ARTICLES = {
    "tram.txt": _STORY,
    # another story quoting one of her remarks again, word for word
    "council.txt": """Council votes on tram budget

Councillors voted 31 to 12 on Monday to fund the last stretch of the line to the hospital.

Before the vote the mayor repeated her promise. "The tram will change how this city moves,
from the docks in the east to the hospital in the west, and it will do so without a single new
road being built," said Ines Varga.
""",
    "market.txt": """Market hall to close

"The market hall needs a new roof before winter," said Mayor Ines Varga.
""",
    "harbour.txt": """Harbour dredging starts

"Every boat will be able to dock at low tide," said harbour master Piet Onk.
""",
}


@pytest.fixture(scope="module")
def varga(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("copies"), ARTICLES)


def test_what_else_shows_no_copy_of_words_shown(varga: Index) -> None:
    chat = Conversation()
    first = answer(varga, "what did Ines Varga say about the tram?", top=1, conversation=chat)
    more = answer(varga, "what else did she say?", top=5, conversation=chat)
    shown = {" ".join(hit.quote.text.split()) for hit in first.quotes}
    again = {" ".join(hit.quote.text.split()) for hit in more.quotes}
    assert shown and more.quotes and not shown & again
    assert any("market hall" in text for text in again)


def _said(article: str, start: int, text: str) -> Quote:
    end = start + len(text)
    return Quote(article, "Ines Varga", text, "direct", "said", start, end, f'"{text}," she said.')


def test_words_shown_from_one_story_are_shown_from_no_other() -> None:
    shown = _said("a1", 10, "The tram will change how this city moves")
    copy = _said("b2", 400, "The tram will change how this city moves")  # another story's
    other = _said("b2", 90, "The market hall needs a new roof")
    left = not_shown([shown, copy, other], frozenset({("a1", 10)}), [shown, copy, other])
    assert left == [other]
