"""A speech answer whose passages below would repeat only its quotes gives the passages the
quotes were taken from, so its passages are never empty when its quotes answer."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from qabot.console import format_answer
from qabot.indexing import Index
from qabot.search import answer
from qabot.search.conversation import Conversation
from tests.support.indexes import folder_options, index_of
from tests.support.processes import qabot

ARTICLES = {
    "plans.txt": "Vale attacks tax plans\n\nFinance minister Ada Vale has attacked the tax "
    'plans of the opposition, calling them "a reckless gamble".\n',
    "rates.txt": "Rates expected to rise\n\n"
    '"Prices are moving higher," said Ben Orr, an economist at Lark Bank.\n',
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("quote_passages"), ARTICLES)


def test_what_x_called_something_gives_the_passage_holding_the_quote(index: Index) -> None:
    result = answer(index, "what did ada vale call the tax plans")
    assert result.found and result.quotes and result.quotes[0].speaker == "Ada Vale"
    assert [hit.article.path for hit in result.passages] == ["plans.txt"]
    assert "a reckless gamble" in result.passages[0].passage.text
    assert result.passages[0].highlight in result.passages[0].passage.text


def test_which_person_said_gives_the_passage_naming_them(index: Index) -> None:
    result = answer(index, "which economist said prices are moving higher")
    assert result.quotes and result.quotes[0].speaker == "Ben Orr"
    assert [hit.article.path for hit in result.passages] == ["rates.txt"]
    assert "Ben Orr, an economist at Lark Bank" in result.passages[0].passage.text


def test_all_a_person_said_is_their_words_alone(index: Index) -> None:
    # no topic asked: the passage would only repeat the words shown above it
    result = answer(index, "what did ada vale say")
    assert result.quotes and not result.passages


def test_an_ordinary_question_is_not_given_quote_passages(index: Index) -> None:
    result = answer(index, "tax plans reckless gamble")
    assert not result.quotes
    assert [hit.article.path for hit in result.passages] == ["plans.txt"]


@pytest.mark.e2e
def test_the_command_line_json_lists_the_passage_of_the_quote(
    index: Index, tmp_path: Path
) -> None:
    question = "what did ada vale call the tax plans"
    result = qabot("ask", "--json", question, *folder_options(index), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["quotes"] and shown["passages"]
    assert shown["passages"][0]["article"]["path"] == "plans.txt"


def test_more_of_their_words_gives_no_passages_again(index: Index) -> None:
    chat = Conversation()
    first = answer(index, "what did ada vale say about the tax plans", conversation=chat)
    assert first.passages
    more = answer(index, "what else did she say", conversation=chat)
    assert not more.passages


def _fair(season: str) -> str:
    return (
        f"The harbour town held its {season} fair on the green, with stalls of bread, cheese, "
        "wool and honey from the farms around it, a brass band from the next valley, and rides "
        "for the children until dark.\n\n"
    )


# paragraphs of some forty words: consecutive passages overlap by one, so the quotes of the
# second clinic paragraph are held by two passages, and the paragraph after it by one of them
CLINIC = {
    "clinic.txt": "Clinic runs short of drugs\n\n"
    + _fair("spring")
    + _fair("summer")
    + _fair("autumn")
    + 'Speaking by phone, Dr Ada Vale paused before she answered. "We have had no insulin '
    'delivered for a month," she said. "The patients with diabetes are rationing what they '
    'have left." The clinic serves the whole of the northern district and its islands, and it '
    "has asked the health board twice for help since the winter began.\n\n"
    'The clinic serves some four thousand patients with diabetes. "A patient without insulin '
    'is in danger within days," Dr Vale said. "We cannot wait for the next delivery of '
    'insulin." The health board said a delivery was on its way and would reach the clinic '
    "within the week, weather permitting, by boat from the mainland.\n\n"
    'Dr Vale has run the clinic for twelve years. "Insulin is not a luxury for patients with '
    'diabetes, it keeps them alive," she said, adding that she had written to every member of '
    "the island council about the shortage and the boats.\n\n"
    + _fair("midsummer")
    + _fair("harvest"),
    **ARTICLES,
    "harbour.txt": "Harbour wall mended\n\nThe harbour wall was mended in March after the "
    "winter storms broke it.\n",
}
ASKED_CLINIC = "what did ada vale say about insulin for patients with diabetes"


@pytest.fixture(scope="module")
def clinic(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("quote_passages_clinic"), CLINIC)


def test_quote_passages_never_share_a_paragraph(clinic: Index) -> None:
    # two of the passages holding the quotes overlap by the second clinic paragraph
    result = answer(clinic, ASKED_CLINIC)
    assert result.quotes and len(result.passages) >= 2
    spans = sorted((hit.passage.start, hit.passage.end) for hit in result.passages)
    assert all(end <= start for (_, end), (start, _) in itertools.pairwise(spans))
    held = " ".join(hit.passage.text for hit in result.passages)
    assert held.count("The clinic serves some four thousand patients") == 1
    assert "twelve years" in held  # the later quote's passage gives what it adds


def test_the_console_shows_a_quote_passage_paragraph_once(clinic: Index) -> None:
    printed = " ".join(format_answer(answer(clinic, ASKED_CLINIC)).split())
    assert printed.count("The clinic serves some four thousand patients") == 1
    assert printed.count("Speaking by phone, Dr Ada Vale paused") == 1


@pytest.mark.e2e
def test_qabot_ask_prints_a_quote_passage_paragraph_once(clinic: Index, tmp_path: Path) -> None:
    printed = qabot("ask", *folder_options(clinic), ASKED_CLINIC, cwd=tmp_path)
    assert printed.returncode == 0, printed.stderr
    assert " ".join(printed.stdout.split()).count("The clinic serves some four thousand") == 1
