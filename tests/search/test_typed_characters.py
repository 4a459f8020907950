"""Questions as people type or paste them: a soft hyphen inside a word (in the question or in
an article), full-width letters, a script pasted from a page."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import filler_notes, index_of

SHY = "\u00ad"

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
