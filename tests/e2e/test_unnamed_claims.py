"""A "who said ...?" claim about someone no article names is told so, with no closest quote:
through answer() and the `qabot ask` process, on our own short articles in an archive large
enough that a word none of its articles holds is news."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.unnamed_claims import has_form
from tests.support.processes import ask_each

pytestmark = pytest.mark.e2e

ARTICLES = {
    "sums.txt": "Care sums\n\nThe care plan will cost more than first thought, a report found. "
    '"We do not think we got our sums wrong," said minister Vera Lund.',
    "match.txt": "Cup tie\n\nRovers beat City by five goals to nil. "
    '"Nobody expected the game to be so one-sided," said coach Vera Holt.',
    "fines.txt": "Fines rise\n\nThe law on fines has changed. Rule breakers will pay more, and "
    'sporting bodies were zealous in backing it. "It is fair," said judge Ann Kell.',
    **{
        f"note{n}.txt": f"Parish note {n}\n\nThe parish hall held meeting {n} on a quiet evening."
        for n in range(1000)
    },
}


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("which minister said Zarkon Pellew was wrong", "Zarkon Pellew"),
        ("which minister said Zarkon was wrong", "Zarkon"),
        ("which minister said zarkon pellew was wrong", "zarkon pellew"),
        ("who said mr pellew got the sums wrong", "mr pellew"),
        ("who said vera zarkon was wrong", "vera zarkon"),  # a first name of two quoted
    ],
)
def test_a_claim_naming_someone_no_article_names_shows_no_quote(
    index: Index, question: str, name: str
) -> None:
    # the minister's words on sums "wrong" were shown as the closest quote
    result = answer(index, question)
    assert not result.found and not result.quotes and not result.passages, result.lead
    assert result.lead.startswith(f"No article names “{name}”, so no quote says"), result.lead


@pytest.mark.parametrize(
    "question",
    [
        # "lopsided": the claim in other words than the quote's, which may still say it
        "who said nobody expected the game to be so lopsided",
        # initials the articles may write out ("prime minister's questions")
        "which minister said at PMQs the sums were wrong",
        # a capital word not where the claim opens: an adjective of a name, perhaps
        "which minister said the sums were too Zarkonite",
        # forms of the archive's words: a name's derived form, affixed words, two words joined
        "which minister said Lundites got the sums wrong",
        "who said the referee was unsportingly overzealous",
        "who said Lawbreakers should pay more",
    ],
)
def test_a_word_no_article_holds_that_reads_as_no_name_is_left_to_the_search(
    index: Index, question: str
) -> None:
    result = answer(index, question)
    assert not result.lead.startswith("No article names"), result.lead


@pytest.mark.parametrize(
    ("word", "formed"),
    [
        ("Lundites", True),  # a derived form of a name the archive writes
        ("unsportingly", True),  # "sporting" with a beginning and an ending
        ("lawbreakers", True),  # "law" and "breakers", everyday words, joined
        ("Kelb", True),  # one letter off "Kell", written as a name
        ("Zarkon", False),
        ("Pellew", False),
    ],
)
def test_a_word_has_a_form_in_the_archive_only_when_one_is_written(
    index: Index, word: str, formed: bool
) -> None:
    assert has_form(index, word) is formed


def test_the_console_answer_says_who_is_not_named(workdir: Path) -> None:
    (printed,) = ask_each("which minister said Zarkon Pellew was wrong", cwd=workdir)
    assert printed.startswith("No article names “Zarkon Pellew”, so no quote says"), printed
    assert "Vera Lund" not in printed
