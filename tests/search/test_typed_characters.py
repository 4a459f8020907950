"""Questions as people type or paste them: a soft hyphen inside a word (in the question or in
an article), full-width letters, a script pasted from a page, and dates still to come."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import dated_index_of, filler_notes, index_of

SHY = "\u00ad"
TODAY = date(2026, 12, 7)

_ARTICLES = {
    "fares.txt": "Ferry fares to rise\n\nThe harbour board raised ferry fares on Monday.\n\n"
    "“The fares have not changed in ten years and the boats need new engines,” said board "
    f"chair Ingrid Vester{SHY}vik.\n\nVester{SHY}vik said the rise would pay for two "
    "engines.\n",
    "orchard.txt": "Frost in the orchards\n\nA late frost killed the apple blossom in the "
    "valley orchards, growers said.\n",
    **filler_notes(12),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("typed"), _ARTICLES)


def test_a_soft_hyphen_in_an_article_leaves_the_name_whole(index: Index) -> None:
    result = answer(index, "what did Vestervik say?")
    assert result.quotes, result.lead
    assert result.quotes[0].quote.speaker == "Ingrid Vestervik"
    assert SHY not in result.quotes[0].quote.text


def test_a_soft_hyphen_in_the_question_leaves_the_word_whole(index: Index) -> None:
    result = answer(index, f"what did Ingrid Vester{SHY}vik say?")
    assert result.quotes and result.quotes[0].quote.speaker == "Ingrid Vestervik", result.lead
    assert result.question == "what did Ingrid Vestervik say?"


def test_full_width_letters_are_read_as_the_letters_they_are(index: Index) -> None:
    result = answer(index, "ｗｈａｔ ｄｉｄ ｖｅｓｔｅｒｖｉｋ ｓａｙ")
    assert "not in English" not in result.lead
    assert result.quotes and result.quotes[0].quote.speaker == "Ingrid Vestervik", result.lead


def test_a_pasted_script_alone_is_told_what_it_is(index: Index) -> None:
    result = answer(index, "<script>alert('frost')</script>")
    assert not result.found and not result.passages
    assert "script pasted from a web page" in result.lead and "placeholder" not in result.lead


@pytest.mark.parametrize(
    "question",
    [
        "frost orchards <script>alert(1)</script>",
        "<SCRIPT type='text/javascript'>var a = 1;</SCRIPT> frost orchards",
        "frost orchards <style>p { color: red }</style>",
        "frost orchards <script>document.write('ferry')",
    ],
)
def test_a_question_with_a_pasted_script_is_asked_without_it(index: Index, question: str) -> None:
    result = answer(index, question)
    assert result.found and result.passages[0].article.title == "Frost in the orchards"
    assert result.question == "frost orchards"


def test_a_script_pasted_inside_a_name_leaves_the_name_whole(index: Index) -> None:
    # "Stol<script>x</script>tenberg" had read "Stol tenberg"
    result = answer(index, "what did Vester<script>x</script>vik say?")
    assert result.quotes and result.quotes[0].quote.speaker == "Ingrid Vestervik", result.lead


@pytest.mark.parametrize(
    ("question", "day"),
    [
        ("news since 2099", "1 January 2099"),
        ("anything from 2099", "1 January 2099"),
        ("articles in 2099", "1 January 2099"),
        ("what's new since March 2031?", "1 March 2031"),
        ("ferry fares since 2099", "1 January 2099"),
        ("what happened in 2099?", "1 January 2099"),  # news of a year to come
    ],
)
def test_dates_still_to_come_say_no_article_can_be_that_new(
    index: Index, question: str, day: str
) -> None:
    result = answer(index, question, today=TODAY)
    assert not result.found and not result.passages
    assert result.lead == f"No article can be that new: {day} is still to come."


@pytest.mark.parametrize(
    "question",
    [
        "ferry engines by 2099",
        "who said the fares would rise after 2099?",
        "news since 2026",
        # what is to happen then: articles written before it may say
        "what will happen in 2099?",
        "what is going to happen in 2099",
        # ... and in the present tense, or what is due or planned
        "what happens in 2099?",
        "what is planned for 2099",
    ],
)
def test_a_year_to_come_that_is_no_limit_is_not_told_so(index: Index, question: str) -> None:
    assert "still to come" not in answer(index, question, today=TODAY).lead


def test_a_year_after_today_that_articles_are_dated_in_is_a_limit(tmp_path: Path) -> None:
    index = dated_index_of(
        tmp_path,
        {
            "late.md": ("2031-05-02", None, "Tram opens", "The new tram line opened on Friday."),
            "early.md": ("2024-01-09", None, "Tram plans", "Plans for a tram line were shown."),
            "mid.md": ("2025-03-03", None, "Bus fares", "Bus fares rose by a tenth."),
        },
    )
    result = answer(index, "news since 2030", today=TODAY)
    assert result.found and [hit.article.title for hit in result.passages] == ["Tram opens"]


@pytest.mark.parametrize(
    ("question", "echoed"),
    [
        ("frost????? orchards", "frost? orchards"),
        ("frost orchards!!!", "frost orchards!"),
        ("frost orchards?!?!", "frost orchards?"),
        ("frost!? orchards", "frost? orchards"),
    ],
)
def test_a_run_of_marks_is_read_and_echoed_as_one(
    index: Index, question: str, echoed: str
) -> None:
    result = answer(index, question)
    assert result.question == echoed and echoed in result.lead
    assert result.passages[0].article.title == "Frost in the orchards"


@pytest.mark.parametrize(
    ("question", "echoed"),
    [
        ("ferry \ufffd\ufffd fares engines", "ferry fares engines"),  # bytes no text reads
        ("ferry fares\ufffd engines", "ferry fares engines"),  # ... at a word's end
        ("\ufffdferry fares engines", "ferry fares engines"),
        ("the \ufffd of", "the of"),  # only common words: told so
    ],
)
def test_the_mark_of_bytes_no_text_reads_is_not_quoted_in_the_lead(
    index: Index, question: str, echoed: str
) -> None:
    # `qabot ask -` echoed the question without the marks, and the lead still quoted them
    result = answer(index, question)
    assert "\ufffd" not in result.lead
    assert f"“{echoed}”" in result.lead, result.lead
