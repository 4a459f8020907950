"""A claim of two words ("who said this was never about the bridge?") is claimed only when the
quote or its sentence holds both: one in the quote and the other in the passage around it tells
nothing the speaker said."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.records import Passage, Quote
from qabot.search import answer
from qabot.search.quote_evidence import quote_evidence
from qabot.search.word_gap import word_gap
from qabot.text import tokenize
from tests.support.indexes import index_of

CLOSEST = "No quote says that in those words; the closest is"
ARTICLES = {
    "bridge.txt": (
        "Council row over the old bridge\n\n"
        "The council in Ravel spent the evening arguing over the old bridge across the Lune, "
        "closed to lorries since the spring floods. Engineers want it rebuilt by winter. "
        '"We will never give up on this town," said Lena Moss, the council leader.\n'
    ),
    "harbour.txt": (
        "Fishermen protest at harbour fees\n\n"
        "Fishermen in Porthkell marched on the harbour office on Friday over higher mooring "
        'fees. "This was never about the harbour itself, it was about the fees," said Owen '
        "Tregar, who led the march.\n"
    ),
}
QUOTE = Quote(
    article_id="a",
    speaker="Lena Moss",
    text="We will never give up on this town",
    kind="direct",
    cue="said",
    start=120,
    end=160,
    sentence='"We will never give up on this town," said Lena Moss, the council leader.',
)


@pytest.fixture(scope="module")
def towns(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("towns")), ARTICLES)


def test_two_words_apart_around_the_quote_are_no_claim() -> None:
    around = Passage(
        id="a:0",
        article_id="a",
        position=0,
        text="The council argued over the old bridge. " + QUOTE.sentence,
        start=80,
        end=200,
    )
    asked = tokenize("this was never about the bridge")
    evidence = quote_evidence(QUOTE, asked, [(around, 1.0)], {"never": 2.0, "bridge": 3.0})
    assert evidence.words_held == 2 and evidence.spoken_held == 1
    assert not evidence.sure
    together = quote_evidence(QUOTE, tokenize("we will never give up"), [], {"never": 2.0})
    assert together.sure  # more words held: the rule of two does not apply


def test_a_two_word_claim_in_the_quote_is_claimed(towns: Index) -> None:
    result = answer(towns, "who said this was never about the harbour?")
    assert result.lead == "Owen Tregar said it:"


def test_a_two_word_claim_with_one_word_beside_the_quote_is_only_the_closest(
    towns: Index,
) -> None:
    result = answer(towns, "who said this was never about the bridge?")
    assert not result.lead.endswith(" said it:")
    if result.quotes:
        assert result.lead == f"{CLOSEST} Lena Moss's:"


SPREAD = Quote(
    article_id="b",
    speaker="Ivo Sand",
    text="We will never stop the ferries running, whatever the weather does to the old pier "
    "and whatever the council decides about the harbour",
    kind="direct",
    cue="said",
    start=0,
    end=120,
    sentence="",
)


def test_two_words_far_apart_in_a_long_quote_are_no_claim() -> None:
    # "never" opens the quote, "harbour" ends it: they tell no claim that the harbour is
    # never anything
    asked = tokenize("this was never about the harbour")
    evidence = quote_evidence(SPREAD, asked, [], {"never": 2.0, "harbour": 3.0})
    assert evidence.words_held == evidence.spoken_held == 2 and evidence.gap > 4
    assert not evidence.sure
    near = quote_evidence(SPREAD, tokenize("never stop the ferries"), [], {"never": 2.0})
    assert near.sure  # more words held: the rule of two does not apply


def test_two_words_a_few_words_apart_tell_the_claim(tmp_path: Path) -> None:
    # "spam" and "dinosaurs" stand apart in a long quote that says just that
    spam = {
        "spam.txt": "Spammers are criminals, says expert\n\nJunk e-mail fills inboxes. "
        '"People must stop buying from junk mails, as the senders are criminals, plain and '
        "simple. If no-one replied to junk e-mail then spam would be as extinct as the "
        'dinosaurs," said Ida Lund, a security consultant.\n',
        "zoo.txt": "Zoo opens a new hall\n\nThe zoo opened a hall of fossils on Monday.\n",
    }
    index = index_of(tmp_path, spam)
    assert answer(index, "who likened spam to the dinosaurs?").lead == "Ida Lund said it:"


def test_word_gap_counts_terms_between_the_nearest_forms() -> None:
    def begins(word: str, terms: object) -> bool:
        return False

    texts = ("the pot is cold and the tea went cold", "pots boil")
    # pot, cold, tea: "tea" two terms on from "pot" (the words are terms, as the ranking reads)
    assert word_gap(["pot", "tea"], texts, {}, begins) == 2
    # the nearest pair of any one text counts: "pots boil" side by side
    assert word_gap(["boil", "pot"], texts, {}, begins) == 1
    # a term kin maps to the word counts as the word: "went" for "go"
    assert word_gap(["go", "tea"], texts, {"went": ["go"]}, begins) == 1
    # no one text holds both: nothing told
    assert word_gap(["boil", "tea"], texts, {}, begins) == 0
