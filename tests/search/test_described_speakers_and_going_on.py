"""Who said words "said the American" gives after a sentence whose one speaker it fits, what a
man said after "he added" following narration about another player, and the answer given after
"X was asked if he would say": through answer(), on short invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "open.txt": "Marsk beats Reed\n\nPeter Marsk beat Tom Reed in the second round of the harbour "
    'open.\n\n"I had a good plan," Marsk said. And Reed, who was beaten, said Marsk was an '
    'example to others. "A lot more players can beat anyone on the grass courts now," said the '
    "American.\n",
    "derby.txt": "Lund delighted\n\nKarl Lund scored the first goal in the harbour derby.\n\nHe "
    'said: "I am happy to be back in the side." Peter Dane made it 2-0 at the break. Victory '
    'took the club top and Lund is confident it can stay there. He added: "We had several '
    'chances against the ferrymen."\n',
    "peer.txt": "Club may readmit Voss\n\nThe club would take back its former chairman Lord Voss, "
    "Ann Cole has said.\n\nMs Cole was asked if she would say yes or no if Lord Voss applied. "
    '"I do not believe in vindictiveness in the rowing club."\n',
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("described"), ARTICLES)


def test_who_said_words_of_the_american_names_the_speaker_before(index: Index) -> None:
    result = answer(index, "who said more players can beat anyone on the grass courts?", top=5)
    assert result.speaker == "Tom Reed"


def test_what_he_added_after_narration_about_another_player_is_the_speaker_s(
    index: Index,
) -> None:
    result = answer(index, "what did karl lund say?", top=5)
    assert any("several chances" in hit.quote.text for hit in result.quotes)


def test_the_answer_after_being_asked_is_hers_not_the_man_asked_about(index: Index) -> None:
    result = answer(index, "who said they do not believe in vindictiveness?", top=5)
    assert result.speaker == "Ann Cole"
