"""Who said words a body's spokesperson gave, words a pronoun gives no sure speaker, a daughter's
words asked for by her family name, and a "she" right after a chairman's words. Through answer(),
on short invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "ballots.txt": 'Ballot papers late in Tarn\n\nA spokeswoman for Tarn Post said: "We are '
    'looking into the delivery round." A spokeswoman for the Harbour Commission told reporters '
    "that letters were sent to every home. She said the commission was satisfied with the "
    "checks made so far.\n",
    "burglars.txt": "Burglar law review\n\nPolice chief Sir Tom Vale backed the burglar plan "
    "last month. The pressure prompted the prime minister to say the law would be reviewed. "
    'He told MPs: "We will support a change in the burglar law."\n',
    "norvex.txt": "Norvex drama row\n\nNorvex executives met the council about the drama. But "
    'Norvex denied the drama broke any rules. A spokesman said: "We listened to the council '
    'and we will talk again soon."\n',
    "festival.txt": 'Festival photo cards\n\nOrganiser Michael Tarnby said: "Photo cards will '
    'be checked at every gate." Mr Tarnby\'s daughter Emily said the photo cards could "really '
    'change the system for fans".\n',
    "final.txt": "Vale loses the final\n\nTom Vale lost the final in three sets. According to "
    "the players and even Max Orr himself, the Swiss star is in a league of his own.\n\nEvery "
    'match ends with interviews in three languages. "You are all very kind to me and the fans," '
    "he said after the final.\n",
    "rota.txt": "Nurses oppose rota\n\nThe Nurses Union has said it opposes the new rota. The "
    'board said the rota would help wards "cut queues". Union chairman Kiro Vantel said nurses '
    'should be "trusted and rested".\n\n"They should not be asked to work twelve hours without '
    'a break," she said.\n',
    "levy.txt": "Fuel levy frozen\n\nThe chancellor froze the fuel levy this winter. In 2003 "
    "Mr Dane raised it, and he added 1.2p per litre.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("unsure"), ARTICLES)


def test_who_said_a_spokeswoman_s_she_said_words_names_her_body(index: Index) -> None:
    result = answer(index, "who said the commission was satisfied with the checks?", top=5)
    assert result.speaker == "Harbour Commission"


def test_a_bare_spokesman_after_a_one_word_body_speaks_for_it(index: Index) -> None:
    result = answer(index, "who said we listened to the council?", top=5)
    assert result.speaker == "Norvex"


def test_words_an_unsure_he_spoke_are_not_the_man_named_before(index: Index) -> None:
    result = answer(index, "what did tom vale say?", top=5)
    assert not any("support a change" in hit.quote.text for hit in result.quotes)


def test_an_amount_added_is_no_one_s_words(index: Index) -> None:
    result = answer(index, "what did mr dane say?", top=5)
    assert not any("1.2p" in hit.quote.text for hit in result.quotes)


def test_a_daughter_named_by_her_first_name_is_asked_for_by_the_family_name(
    index: Index,
) -> None:
    result = answer(index, "what did emily tarnby say?", top=5)
    assert any("change the system" in hit.quote.text for hit in result.quotes)


def test_a_later_he_in_a_paragraph_not_naming_the_last_man_is_not_his(index: Index) -> None:
    result = answer(index, "who said you are all very kind to me and the fans?", top=5)
    assert result.speaker != "Tom Vale"


def test_a_she_right_after_a_chairman_s_words_is_theirs(index: Index) -> None:
    result = answer(index, "who said they should not work twelve hours without a break?", top=5)
    assert result.speaker == "Kiro Vantel"
