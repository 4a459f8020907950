"""A role asked about a topic only a holder the story leaves unnamed spoke on ("the captain
said ..."), while a named person also bears the role: the console shows the unnamed holder's
words, never "the named one said nothing about it"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.indexes import filler_notes
from tests.support.processes import qabot

pytestmark = pytest.mark.e2e

ARTICLES = {
    "hunt.txt": "Hunt meets on the moor\n\nThe Vale hunt met on Saturday morning. "
    '"The hounds ran well all day," said Captain Rolf Danner, the hunt master.\n',
    "crossing.txt": "Gale holds up crossing\n\nPassengers slept at the harbour overnight. "
    'The captain said "the ferry will sail at dawn" once the wind dropped.\n',
    **filler_notes(6),
}


def test_the_console_shows_the_unnamed_holders_words_on_the_topic(workdir: Path) -> None:
    result = qabot("console", cwd=workdir, stdin="what did the captain say about the ferry?\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert (
        "qabot> Quoted unnamed as “the captain” (Rolf Danner is also called so). "
        "What the captain said about the ferry:" in out
    )
    assert "the ferry will sail at dawn" in out
    assert "said nothing" not in out
