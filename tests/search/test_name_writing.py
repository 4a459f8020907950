"""A word is told a name by how the best passages write it: with a capital more often than
without, and, where only a name of its own counts ("the Kremlin", not "Fenmoor Police"), away
from where a sentence opens and not after a capitalised word whose name it ends. Short
invented texts."""

from __future__ import annotations

import pytest

from qabot.records import Passage
from qabot.search.name_writing import mostly_capitalised


def _sample(*texts: str) -> list[tuple[Passage, str]]:
    return [
        (Passage(id=f"a{n}:0", article_id=f"a{n}", position=0, start=0, end=len(t), text=t), "")
        for n, t in enumerate(texts)
    ]


@pytest.mark.parametrize(
    ("texts", "alone", "named"),
    [
        # a force's name and sentence openings say nothing of "police" alone
        (("Fenmoor Police said so.", "Police said so.", "The police came."), True, False),
        (("Fenmoor Police said so.", "Police said so.", "The police came."), False, True),
        # after "the" a capital counts: "The Kremlin said"
        (("He met the Kremlin.", "The Kremlin denied it.", "A kremlin is a fort."), True, True),
        (("No word of it here.",), True, False),
    ],
)
def test_a_name_of_its_own_is_told_by_its_capitals_where_it_stands_alone(
    texts: tuple[str, ...], alone: bool, named: bool
) -> None:
    word = "Kremlin" if "remlin" in " ".join(texts) else "police"
    assert mostly_capitalised(word, _sample(*texts), alone=alone) is named
