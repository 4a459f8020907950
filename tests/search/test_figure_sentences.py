"""One sentence's figure for a "how many" question: a share of something else counts none of
the things asked, and an ordinal time counts the times."""

from __future__ import annotations

import pytest

from qabot.search.figure_sentences import gives_figure
from qabot.text import tokenize


def _gives(sentence: str, about: str, many: str) -> bool:
    asked = frozenset(tokenize(about))
    counted = frozenset(tokenize(many))
    terms = frozenset(tokenize(sentence))
    counting = (frozenset(), counted)
    thing = bool(counted) and counted != asked  # a thing named counted, as `asked_figures` reads
    return gives_figure(sentence, terms, frozenset(), asked, {}, counting, asked, thing=thing)


@pytest.mark.parametrize(
    ("sentence", "gives"),
    [
        ("Osk Bank sold shares equal to 10% of its share capital to fund its branches.", False),
        ("Osk Bank sold shares equal to 10 per cent of its capital to fund its branches.", False),
        ("Osk Bank will close 10% of its branches.", True),  # a share of the branches asked
        ("Osk Bank will close 12 branches, 10% of its network.", True),  # a count beside it
    ],
)
def test_a_share_of_something_else_counts_none_of_the_things_asked(
    sentence: str, gives: bool
) -> None:
    assert _gives(sentence, "branches osk bank", "branches") is gives


def test_a_share_answers_a_count_of_people() -> None:
    sentence = "Some 45% of voters in Osk said they would reject the plan."
    assert _gives(sentence, "people osk reject plan", "people osk reject plan")


@pytest.mark.parametrize(
    ("sentence", "gives"),
    [
        ("Osk's economy went back into recession for the fourth time in a decade.", True),
        ("Osk's economy went back into recession for the 4th time in a decade.", True),
        ("Osk's economy went back into recession for a time.", False),
    ],
)
def test_an_ordinal_time_counts_the_times(sentence: str, gives: bool) -> None:
    assert _gives(sentence, "times osk slipped recession", "times") is gives


@pytest.mark.parametrize(
    ("sentence", "gives"),
    [
        ("Marchers will mark the 36th anniversary of the Osk line's closure.", False),
        ("Some 360 people walked the Osk line on its anniversary.", True),
    ],
)
def test_an_ordinal_counts_nothing(sentence: str, gives: bool) -> None:
    assert _gives(sentence, "people osk line anniversary walk", "people") is gives


@pytest.mark.parametrize(
    ("sentence", "about", "many", "gives"),
    [
        ("Osk won his 50th cap against Wales.", "caps osk won", "caps", True),
        (
            "Auditors refused to sign Osk's accounts for the 10th year running.",
            "years running auditors osk accounts",
            "years",
            True,
        ),
        ("Osk won his 50th cap against Wales.", "goals osk scored", "goals", False),
    ],
)
def test_an_ordinal_counts_the_thing_it_ranks(
    sentence: str, about: str, many: str, gives: bool
) -> None:
    assert _gives(sentence, about, many) is gives
