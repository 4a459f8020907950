"""A "what did X say" answer fits a phone: the best of X's words, as many as fit one screen
(never fewer than the passages asked for), and how many more there are; "more" shows the
others, those on the topic first."""

from __future__ import annotations

import pytest

from qabot.bot.html import answer_messages, plain_text
from qabot.console import format_answer
from qabot.indexing import Index
from qabot.search import Conversation, answer
from qabot.search.quote_hits import PHONE
from tests.support.indexes import index_of

# our own article: a coach quoted at length, paragraph after paragraph, on the cup final
_SPEECH = [
    "We started the cup final at a very high tempo and created chance after chance early on.",
    "The cup final defence was superb, every player covered for the others all afternoon.",
    "I told the players at half-time of the cup final that patience would bring a goal.",
    "The supporters carried us through the cup final, I cannot thank them enough tonight.",
    "Our captain was immense in the cup final and deserves every headline he gets tomorrow.",
    "Winning a cup final in this stadium is the proudest moment of my whole career so far.",
    "Now we rest, because after the cup final the league asks for everything again.",
    "I will remember this cup final for the rest of my life, and so will these players.",
]
ARTICLES = {
    "final.txt": "Rovers win the cup final\n\n"
    + "\n\n".join(
        f'"{words} It was a day for the whole town, and the players gave it everything they '
        f'had from the first whistle to the last." said coach Dana Holt.'
        for words in _SPEECH
    )
    + "\n",
    "transfer.txt": (
        "Rovers chase a striker\n\n"
        '"We need a striker before the window shuts," said coach Dana Holt.\n'
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("phone"), ARTICLES)


def test_a_speaker_quoted_at_length_is_cut_to_a_phone_screen_and_the_rest_counted(
    index: Index,
) -> None:
    result = answer(index, "what did dana holt say about the cup final", top=3)
    assert 3 <= len(result.quotes) < len(_SPEECH)
    assert sum(len(hit.quote.sentence) for hit in result.quotes) <= PHONE
    assert result.quotes_left == len(_SPEECH) - len(result.quotes)
    assert "more quotes from Dana Holt: raise --top to see them" in format_answer(result)
    shown = plain_text("\n".join(answer_messages(result)))
    assert "more quotes from Dana Holt: send “more” to see them" in shown


def test_never_fewer_quotes_than_passages_asked_for(index: Index) -> None:
    result = answer(index, "what did dana holt say about the cup final", top=8)
    assert len(result.quotes) == len(_SPEECH) and result.quotes_left == 0


def test_more_shows_the_others_on_the_topic_first(index: Index) -> None:
    chat = Conversation()
    first = answer(index, "what did dana holt say about the cup final", top=3, conversation=chat)
    more = answer(index, "more", top=3, conversation=chat)
    assert more.found and more.lead.startswith("What else Dana Holt said")
    seen = {hit.quote.text for hit in first.quotes}
    assert seen.isdisjoint(hit.quote.text for hit in more.quotes)
    assert all("cup final" in hit.quote.text for hit in more.quotes)
    assert not more.passages  # the passages came with the first answer
    while more.quotes_left:
        seen |= {hit.quote.text for hit in more.quotes}
        more = answer(index, "what else did she say?", top=3, conversation=chat)
    rest = answer(index, "more", top=3, conversation=chat)
    assert rest.lead.startswith("Nothing more from Dana Holt on that; everything else")
    assert any("striker" in hit.quote.text for hit in rest.quotes)
