"""Request framing: "harbour news", "tell me about the ferry strike", "what do the articles say
about the strike" search for their subject."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.request_framing import names_writings, without_request_framing
from tests.support.indexes import index_of

# our own articles: the ferry strike told three times, once beside a "news conference"; a
# broadcaster written as a name; an unrelated story
ARTICLES = {
    "strike.txt": (
        "Ferry crews strike at Port Elms\n\n"
        "Ferry crews at Port Elms began a strike over unpaid overtime and rota changes.\n"
    ),
    "talks.txt": (
        "Strike talks resume\n\n"
        "Talks to end the Port Elms ferry strike resumed with a new offer on overtime.\n"
    ),
    "briefing.txt": (
        "Harbour board briefing\n\n"
        "The harbour board gave a news conference about the ferry timetable for the summer.\n"
    ),
    "channel.txt": (
        "Channel launch\n\n"
        "Coast News, the new harbour channel, began broadcasting on Monday. Coast News will "
        "show the regatta live. Viewers praised Coast News for its weather reports.\n"
    ),
    "choir.txt": "Choir tour\n\nThe cathedral choir begins its summer tour of Norway.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("framing"), ARTICLES)


@pytest.mark.parametrize(
    ("words", "subject"),
    [
        ("ferry strike news", "ferry strike"),
        ("any news on the ferry strike", "the ferry strike"),
        ("whats the latest news about the ferry strike", "the ferry strike"),
        ("headlines from port elms", "port elms"),
        ("ferry strike updates", "ferry strike"),
        ("tell me about the ferry strike", "the ferry strike"),
        ("can you find articles on port elms", "port elms"),
        ("what do you know about the harbour board", "the harbour board"),
        ("info on the ferry strike", "the ferry strike"),
        ("i want to know more about port elms", "port elms"),
        ("tell me about the latest news on the ferry strike", "the ferry strike"),
    ],
)
def test_framing_words_are_taken_out(index: Index, words: str, subject: str) -> None:
    assert without_request_framing(index, words) == subject


@pytest.mark.parametrize(
    "words",
    [
        "coast news",  # a name the articles write with a capital
        "any news",  # nothing else is asked: the newest articles
        "news",
        "what is fake news",  # a question about news itself
        "is it good news for the ferry crews",
        "news conference",
        "tell me about",  # nothing asked
        "why did the ferry crews strike",
    ],
)
def test_names_and_questions_about_news_stay(index: Index, words: str) -> None:
    assert without_request_framing(index, words) == words


def test_the_subject_is_searched_not_the_word_news(index: Index) -> None:
    result = answer(index, "ferry strike news", top=3)
    paths = [hit.article.path for hit in result.passages]
    assert paths[:2] and set(paths[:2]) == {"strike.txt", "talks.txt"}
    assert "briefing.txt" not in paths  # it only says "news conference"


def test_a_name_with_news_is_searched_whole(index: Index) -> None:
    result = answer(index, "coast news", top=3)
    assert [hit.article.path for hit in result.passages][:1] == ["channel.txt"]


_WORDS = st.sampled_from(
    ["news", "any", "on", "the", "ferry", "strike", "what", "Coast", "é", "?"]
)


@given(st.lists(_WORDS | st.text(max_size=8), max_size=8).map(" ".join))
def test_what_is_left_is_the_words_or_a_part_of_them(index: Index, words: str) -> None:
    left = without_request_framing(index, words)
    assert left == words or (left.strip() and left in words)


@pytest.mark.parametrize(
    ("speaker", "writings"),
    [
        ("the articles", True),
        ("the papers", True),
        ("polls", True),
        ("you", True),
        ("analysts", False),  # people: their words are quotes
        ("the minister", False),
        ("Reports", False),  # as written, maybe a name
    ],
)
def test_writings_are_no_speaker(speaker: str, writings: bool) -> None:
    assert names_writings(speaker) is writings


def test_what_the_articles_say_is_their_passages(index: Index) -> None:
    result = answer(index, "what do the articles say about the ferry strike?", top=3)
    assert result.found and not result.quotes
    assert result.passages[0].article.path in {"strike.txt", "talks.txt"}
    assert "articles" not in result.lead.split("“")[0]  # no "No words of articles ..." lead


def test_a_quoted_person_whose_surname_names_writings_is_asked_about(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # our own: a referee called Poll is quoted, and opinion polls are too
    quoted = index_of(
        tmp_path_factory.mktemp("poll"),
        {
            "referee.txt": 'Derby row\n\n"I saw no foul," said referee Ada Poll after it.\n',
            "survey.txt": (
                "Vote survey\n\nOpinion polls said the council vote was too close to call.\n"
            ),
        },
    )
    person = answer(quoted, "what did ada poll say")
    assert person.speaker == "Ada Poll" and person.quotes
    assert not answer(quoted, "what do polls say about the council vote").quotes
