"""A fragment of someone's words quoted in a story's opening, given whole further on: "what did
X say about Y?", where only the opening names Y, shows the whole words too. Through answer(),
on invented articles."""

from __future__ import annotations

from pathlib import Path

from qabot.search import answer
from tests.support.indexes import index_of

FILLER = (
    "The council has run the port since the war, and its budget has grown every year. "
    "Fishing boats, ferries and a few yachts use the quays, and the market opens at dawn. "
    "Traders say the roads are busy in summer and the car parks fill before nine. "
    "A new ferry route to the islands starts in May, with three sailings a day. "
) * 2
FIRE = (
    "Councillor regrets delay\n\n"
    "Councillor Bo Tarrant has told of his regret at learning he was "
    '"far too slow to act" during the harbour blaze.\n\n'
    f"{FILLER}\n\n"
    'Mr Tarrant, who has sat on the council for ten years, said: "I was tired but I was '
    'there." He said his first thought was to call his deputy.\n\n'
    f"{FILLER}\n\n"
    '"I blame nobody else. I was far too slow to act. The crews needed a decision and I '
    'hesitated," said the ward councillor.\n\n'
    '"The weather was bad," Mr Tarrant added.\n'
)
OTHER = (
    "Tarrant opens library\n\n"
    'Bo Tarrant opened the new library on Monday. "It is a proud day for readers," he said.\n'
)


def test_the_whole_words_a_fragment_quotes_are_shown_with_it(tmp_path: Path) -> None:
    # only the opening names the blaze: the words it quotes a part of are about it too (and
    # stand for the fragment, which they hold), while his other words there are not
    index = index_of(tmp_path, {"fire.txt": FIRE, "library.txt": OTHER})
    result = answer(index, "what did bo tarrant say about the harbour blaze", top=5)
    shown = [hit.quote.text for hit in result.quotes]
    assert any(text.startswith("I blame nobody else. I was far too slow") for text in shown)
    assert not any("weather" in text or "tired" in text for text in shown)
