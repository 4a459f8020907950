"""A word no article holds, in an archive large enough that its absence is news: the lead
names it and echoes the rest of the question cleanly (no half of a hyphenated name, no "¿"
left alone); a name the archive lacks is not "corrected" to a shorter word; and a question of
single letters is asked for a question, never answered with passages holding the letters."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

_PLACES = "harbour river market ferry council school bridge garden tower station mill".split()
# a thousand short notes: from MISSING_MIN_PASSAGES passages a word no article holds is news
ARTICLES = {
    f"note{i:04}.txt": f"Note {i}\n\nThe {_PLACES[i % 11]} and the {_PLACES[i * 7 % 11]} were "
    f"busy on day {i}, officials said."
    for i in range(1000)
}
ARTICLES["summit.txt"] = (
    "Leaders meet at the summit\n\nKim met envoys at the summit on Monday, where the missile "
    "tests were discussed. Kim said the talks would go on."
)
ARTICLES["software.txt"] = (
    "New software released\n\nThe Open University released new software on Friday. Open "
    "access to the tools is free for students."
)
ARTICLES["opera.txt"] = (
    "Opera night\n\nThe opera Dido and Aeneas soared at the festival on Friday, critics said. "
    "Dido sang in the last act."
)
ARTICLES["coffee.txt"] = (
    "Coffee harvest in El Salvador\n\nGrowers in El Salvador, en route to a larger coffee "
    "harvest, thanked the steady rains in the highlands."
)
ARTICLES["letters.txt"] = "Letters a to d\n\nForm a and form b are due on day d, the school said."


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("echoes")), ARTICLES)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Kim Jong-un missile",
            "No article mentions “Jong”, but 1 passage matches “Kim missile”: ask without "
            "“Jong” to see it.",
        ),
        # the rest breaks off where the name stood: it asks nothing without it ("but 1
        # passage matches “were the missile tests discussed in”" offered it)
        ("were the missile tests discussed in Zorblat?", "No article mentions “Zorblat”."),
        ("what did Kim discuss with the Zorblat", "No article mentions “Zorblat”."),
        (
            "¿Zorblat missile?",
            "No article mentions “Zorblat”, but 1 passage matches “missile”: ask without "
            "“Zorblat” to see it.",
        ),
        (
            "'zorblat' missile",
            "No article mentions “zorblat”, but 1 passage matches “missile”: ask without "
            "“zorblat” to see it.",
        ),
        (
            # "OpenAI" is no typo of the "Open" the passages write: it is named, not read so;
            # the two written side by side are said as typed
            "ChatGPT OpenAI software",
            "No article mentions “ChatGPT OpenAI”, but 1 passage matches “software”: ask "
            "without “ChatGPT OpenAI” to see it.",
        ),
    ],
)
def test_the_rest_of_the_question_is_echoed_whole(index: Index, question: str, lead: str) -> None:
    result = answer(index, question)
    assert not result.found and not result.passages
    assert result.lead == lead


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            # it said: No article mentions “Velliquette” or “Zarkon”, ... ask without
            # “Velliquette” or “Zarkon”: one name told word by word
            "Velliquette Zarkon missile",
            "No article mentions “Velliquette Zarkon”, but 1 passage matches “missile”: ask "
            "without “Velliquette Zarkon” to see it.",
        ),
        (
            "the Zarkon-Velliquette missile",
            "No article mentions “Zarkon-Velliquette”, but 1 passage matches “the missile”: "
            "ask without “Zarkon-Velliquette” to see it.",
        ),
        (
            # names typed apart stay apart, listed as a sentence lists them
            "Zarkon, Velliquette or Plimbo missile",
            # ... and the "or" left opening what the rest matches is no word of it
            "No article mentions “Zarkon”, “Velliquette” or “Plimbo”, but 1 passage matches "
            "“missile”: ask without “Zarkon”, “Velliquette” or “Plimbo” to see it.",
        ),
        (
            "Velliquette missile Zarkon",
            "No article mentions “Velliquette” or “Zarkon”, but 1 passage matches “missile”: "
            "ask without “Velliquette” or “Zarkon” to see it.",
        ),
    ],
)
def test_a_name_typed_as_one_is_said_as_one(index: Index, question: str, lead: str) -> None:
    result = answer(index, question)
    assert not result.found and not result.passages
    assert result.lead == lead


# ("%s %d {0}" is a template pasted: `test_template_placeholders`)
@pytest.mark.parametrize("question", ["a b", "?x", "x", "x % y", "5", "  d  "])
def test_single_letters_ask_for_a_question(index: Index, question: str) -> None:
    result = answer(index, question)
    assert not result.found and not result.passages
    assert result.lead.startswith("Ask a question about the articles")


def test_a_capital_letter_alone_or_a_word_of_two_is_searched(index: Index) -> None:
    assert not answer(index, "X").lead.startswith("Ask a question")  # a name: X, C, R
    assert answer(index, "Kim").found


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            # it said: Nothing in the articles answers “dido Kim festival”: the best passages
            # have “Kim” but not “dido” or “festival” (a word never typed, echoed as asked)
            "dijo Kim festival",
            "No article mentions “dijo”, but 2 passages match “Kim festival”: ask without "
            "“dijo” to see them.",
        ),
        (
            "que dijo Kim sobre el festival",
            "The articles are read as English, and this question is not in English. No article "
            "mentions “dijo” or “sobre”, but 3 passages match “que Kim el festival”: ask "
            "without “dijo” or “sobre” to see them.",
        ),
    ],
)
def test_a_guess_the_best_passages_lack_is_no_reading_of_the_question(
    index: Index, question: str, lead: str
) -> None:
    result = answer(index, question)
    assert not result.found and not result.passages
    assert result.lead == lead


def test_a_question_in_spanish_is_not_offered_its_little_words(index: Index) -> None:
    # "but 1 passage matches “qué el el”: ask without “sexismo” to see it": El Salvador's
    # "El" answered the Spanish article, and asking without the words that matter cannot help
    lead = answer(index, "¿qué dijo el ministro sobre el sexismo?").lead
    assert lead == (
        "The articles are read as English, and this question is not in English. No article "
        "mentions “dijo”, “ministro sobre” or “sexismo”."
    )


def test_a_pasted_page_of_words_no_article_has_is_named_in_a_line(index: Index) -> None:
    # the lead named all 5,000 characters, and every one of 300 such words (1,827 characters)
    lead = answer(index, "x" * 5000).lead
    assert lead == f"No article mentions “{'x' * 79}…”."
    lead = answer(index, "Zqaa, Zqbb, Zqcc, Zqdd, Zqee, Zqff, Zqgg, missile").lead
    assert lead == (
        "No article mentions “Zqaa”, “Zqbb”, “Zqcc”, “Zqdd”, “Zqee” or 2 other words, but 1 "
        "passage matches “missile”: ask without those words to see it."
    )
    # the runs not named are counted by their words, not as one word each
    lead = answer(index, "zqaa, zqbb, zqcc, zqdd, zqee, zqff zqgg zqhh").lead
    assert lead == "No article mentions “zqaa”, “zqbb”, “zqcc”, “zqdd”, “zqee” or 3 other words."
    lead = answer(index, "zqaa, zqbb, zqcc, zqdd, zqee, zqff").lead
    assert lead == "No article mentions “zqaa”, “zqbb”, “zqcc”, “zqdd”, “zqee” or 1 other word."
