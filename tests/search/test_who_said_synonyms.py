"""'Who said ...?' in other words than the quote's: a synonym of a question word in a speaker's
words counts as the word ("an error" for "a mistake"), so the reader's paraphrase finds them."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "ferry.txt": "Ferry timetable changes\n\n"
    "The island ferry will sail twice a day from June. "
    '"The change comes when the second boat is ready," said harbour master Owen Price. '
    '"The new timetable is an error and the crews know it," said skipper Ines Calder.\n',
    "bakery.txt": "Bakery opens\n\nA bakery opened on the high street on Monday.\n",
    "choir.txt": "Choir sings\n\nThe choir sang the loudest hymn of the evening.\n",
}


@pytest.fixture(scope="module")
def ferry_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("ferry"), ARTICLES)


def test_a_synonym_in_the_quote_names_its_speaker(ferry_index: Index) -> None:
    result = answer(ferry_index, "who said the timetable change was a mistake?")
    assert [hit.speaker for hit in result.quotes][:1] == ["Ines Calder"]
    # the question's own words are not all there: offered as the closest, not "said it"
    assert not result.lead.startswith("Ines Calder said it")


# a word WordNet's tagged texts never attest ("jittery") has a synonym in its first sense
RARE_WORDS = {
    "lifeboat.txt": "Lifeboat called out\n\n"
    "The lifeboat crew were called out twice in one night. "
    '"The launch went smoothly in a calm sea," said coxswain Tom Reed. '
    '"Everyone on board was nervous," said crew member Ana Lopez.\n',
    "harbour.txt": "Harbour wall repaired\n\nThe harbour wall was repaired in May.\n",
}


def test_a_rare_word_of_the_question_finds_its_common_synonym(tmp_path: Path) -> None:
    result = answer(index_of(tmp_path, RARE_WORDS), "who said the launch left everyone jittery?")
    assert [hit.speaker for hit in result.quotes][:1] == ["Ana Lopez"]


FARES = {
    "fares.txt": "Ferry fares rise\n\n"
    "Island ferry fares rise by a fifth in April. "
    '"These fares are a disgrace," said commuter Paul Hart.\n',
    "market.txt": "Market reopens\n\nThe covered market reopened on Saturday.\n",
}


def test_a_synonym_beside_a_word_asked_offers_the_quote_as_the_closest(tmp_path: Path) -> None:
    # one word of the question and a synonym of the other: shown, as the closest words only
    result = answer(index_of(tmp_path, FARES), "who said the fares were a shame?")
    assert [hit.speaker for hit in result.quotes][:1] == ["Paul Hart"]
    assert result.lead.startswith("No quote says that in those words; the closest is")


# the quote holds no word of the question but a synonym ("an error"), its passage the rest
CUT = {
    "cut.txt": "Ferry fares under review\n\n"
    '"It was an error, plain and simple," said councillor Ida Brandt on Monday. '
    "The harbour ferry cut its fares in May and has lost money every week since.\n",
    "market.txt": FARES["market.txt"],
    "choir.txt": ARTICLES["choir.txt"],
}


def test_a_synonym_in_the_speakers_own_words_offers_the_quote(tmp_path: Path) -> None:
    result = answer(index_of(tmp_path, CUT), "who said cutting the ferry fares was a mistake?")
    assert [hit.speaker for hit in result.quotes][:1] == ["Ida Brandt"]
    assert result.lead.startswith("No quote says that in those words; the closest is")
