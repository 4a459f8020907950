"""A "what did X say" answer fits a phone: the best of X's words, as many as fit one screen
(never fewer than the passages asked for), and how many more there are; "more" shows the
others, those on the topic first."""

from __future__ import annotations

import io

import pytest

from qabot.bot.answer_layout import answer_messages
from qabot.bot.html import plain_text
from qabot.console import format_answer, run
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
    assert more.found and more.lead.startswith("More of what Dana Holt said about the cup final")
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


def test_each_more_says_which_of_the_words_it_shows(index: Index) -> None:
    # a second "more" repeated the first one's heading, "What else Dana Holt said:"
    chat = Conversation()
    first = answer(index, "what did dana holt say about the cup final", top=3, conversation=chat)
    shown = len(first.quotes)
    more = answer(index, "more", top=3, conversation=chat)
    assert more.quotes and not more.quotes_left  # the rest of her words on the cup final
    numbers = f"{shown + 1}-{shown + len(more.quotes)}"
    assert more.lead == f"More of what Dana Holt said about the cup final (quotes {numbers}):"
    again = answer(index, "more", top=3, conversation=chat)
    assert again.lead == (
        "Nothing more from Dana Holt on that; everything else Dana Holt said "
        f"(quote {shown + len(more.quotes) + 1}):"
    )
    # the bot shows the same headings
    for each in (more, again):
        assert plain_text(answer_messages(each)[0]).startswith(each.lead)


def test_the_console_numbers_each_more(index: Index) -> None:
    chat = Conversation()
    out = io.StringIO()
    script = io.StringIO("what did dana holt say about the cup final\nmore\nmore\n")
    run(lambda q: answer(index, q, top=3, conversation=chat), script, out)
    first, more, again = out.getvalue().split("qabot> ")[1:4]
    assert first.startswith("What Dana Holt said about the cup final:")
    assert more.startswith("More of what Dana Holt said about the cup final (quotes ")
    assert again.startswith("Nothing more from Dana Holt on that; everything else Dana Holt")
    assert "(quote 9):" in again  # wrapped


def _paragraph(words: str) -> str:
    """A paragraph of one quote of Ida Marr's, long enough to be a passage of its own."""
    return (
        f'"{words} We have talked to every crew on every shift, morning and night, and we will '
        "keep talking to them for as long as it takes, because the docks belong to the people "
        'who work on them and to nobody else in this town," said union leader Ida Marr. '
        "The port authority has not replied to her letter, sent on Friday, and its board will "
        "meet again next week to look at the figures that both sides have put forward."
    )


# our own article: two paragraphs apart name the strike; her other words (on pay, the docks) do
# not, yet they are words of the same story about the strike
_DOCKS = [
    "The strike will go on until the port listens to the crews on the strike line.",
    "Pay has fallen behind prices for six years in a row at this port.",
    "The cranes are older than most of the drivers who work them each day.",
    "Every crew voted for this strike and every crew will stay out on strike with us.",
    "Night shifts were cut without a word of warning to anyone on them.",
    "Our members want a fair hearing and a fair offer, nothing more than that.",
]
DOCKS = {
    "docks.txt": "Port closed for a week\n\n" + "\n\n".join(map(_paragraph, _DOCKS)) + "\n",
    "ferry.txt": "Ferry fares rise\n\nFerry fares rise in May, the operator said.\n",
    "market.txt": "Market day moved\n\nThe market moves to Thursday, the council said.\n",
}


@pytest.fixture(scope="module")
def docks(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("docks"), DOCKS)


def test_what_else_shows_the_quotes_the_first_answer_counted(docks: Index) -> None:
    # "N more quotes" after her words on the strike: "what else did she say?" shows those N,
    # her other words in the story of the strike, not "nothing more on that"
    chat = Conversation()
    first = answer(docks, "what did ida marr say about the strike", top=2, conversation=chat)
    assert first.lead.startswith("What Ida Marr said about the strike") and first.quotes_left
    more = answer(docks, "what else did she say?", top=2, conversation=chat)
    assert more.lead.startswith("What else Ida Marr said")
    assert len(more.quotes) + more.quotes_left == first.quotes_left
    assert {hit.quote.text for hit in first.quotes}.isdisjoint(h.quote.text for h in more.quotes)


def test_the_console_shows_what_else_was_counted(docks: Index) -> None:
    chat = Conversation()
    out = io.StringIO()
    script = io.StringIO("what did ida marr say about the strike\nwhat else did she say?\n")
    run(lambda q: answer(docks, q, top=2, conversation=chat), script, out)
    first, more = out.getvalue().split("qabot> ")[1:3]
    assert "(2 more quotes from Ida Marr: type “more” to see them)" in first
    assert more.startswith("What else Ida Marr said:") and "Nothing more" not in more
    assert "The cranes are older" in more
