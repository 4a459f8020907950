"""A heading says whose words are about a topic only when they are: not by the head of a
two-word topic written as another kind ("pledge card" under "id cards"), not for holders of a
role whose words share only an everyday word of it ("case") in stories never naming it, and a
role is not read where a qualifier makes it another's ("Deputy Prime Minister"). Through
answer(); invented articles."""

from __future__ import annotations

from pathlib import Path

from qabot.search import answer
from tests.support.indexes import filler_notes, index_of

CARDS = {
    "ids.txt": 'Identity plan\n\nThe government wants ID cards for all. "ID cards will keep '
    'us safe," said Bo Reed, the home secretary.\n',
    "pledge.txt": 'Party pledges\n\nThe party launched its plans. "Our pledge card sets out '
    'six promises for the voters," said Ada Vale.\n',
    "match.txt": "Derby win\n\nThe striker was shown a red card in the second half.\n",
    "costs.txt": 'Costs row\n\nA new report was out. "The cards will cost too much," said '
    "Cy Dunn.\n",
    "bank.txt": "Bank news\n\nThe bank said credit card spending rose in June.\n",
    **filler_notes(8),
    # more passages on ID cards than an answer weighs (`speaker_quotes.CONTEXT_PASSAGES`), as
    # in an archive: the pledge story is not among the best on them
    **{
        f"debate{i:03}.txt": f"ID cards debate {i}\n\nMPs argued over ID cards and the ID card "
        f"register on day {i}.\n"
        for i in range(110)
    },
}


def test_the_head_of_a_two_word_topic_as_another_kind_is_not_about_it(tmp_path: Path) -> None:
    index = index_of(tmp_path, CARDS)
    result = answer(index, "what did ada vale say about id cards")
    assert result.speaker == "Ada Vale"
    assert not result.lead.startswith("What Ada Vale said about id cards")
    assert "id cards" in result.lead and "Ada Vale" in result.lead
    # the rarer word still is, and so is the head written as no other kind ("the cards")
    for name in ("Bo Reed", "Cy Dunn"):
        asked = answer(index, f"what did {name.lower()} say about id cards")
        assert asked.lead.startswith(f"What {name} said about id cards:")


JUDGES = {
    "fraud.txt": 'Fraud case opens\n\nThe fraud case began on Monday. "This case will take '
    'weeks," said Judge Ada Vale.\n',
    "libel.txt": 'Libel case\n\nThe libel case was adjourned. "The case is adjourned to '
    'March," said Judge Bo Reed.\n',
    "mills.txt": "Tarn Mills case\n\nThe Tarn Mills case was heard again. A lawyer for the "
    "owners, Cy Dunn, said the case was weak.\n",
    "appeal.txt": "Appeal case\n\nThe appeal case was lost in the high court.\n",
    "docks.txt": "Dock case\n\nThe dock case was settled before the hearing.\n",
    **filler_notes(3),
}


def test_holders_sharing_only_an_everyday_word_of_the_topic_elsewhere_are_asked_about(
    tmp_path: Path,
) -> None:
    index = index_of(tmp_path, JUDGES)
    result = answer(index, "what did the judge say in the tarn mills case")
    assert "What each said" not in result.lead
    assert not result.quotes
    assert not result.found
    assert result.lead.startswith(
        "Several people the articles call the judge are quoted, none of them in the tarn "
        "mills case. Do you mean "
    )


MINISTERS = {
    "speech.txt": 'Vale speech\n\nPrime Minister Ada Vale spoke in Leeds. "Taxes will not rise '
    'under us," Ms Vale said.\n',
    "rates.txt": "Council tax rise\n\nCouncil tax bills will rise by 4% in April. Deputy Prime "
    'Minister Bo Reed said: "The council tax rise is fair."\n',
    **filler_notes(6),
}


def test_a_role_written_with_a_qualifier_is_another_role_in_the_story(tmp_path: Path) -> None:
    index = index_of(tmp_path, MINISTERS)
    result = answer(index, "what did the prime minister say about council tax")
    assert result.speaker != "Bo Reed"
    assert all(hit.speaker != "Bo Reed" for hit in result.quotes)
