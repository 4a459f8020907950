"""Below a speech answer's quotes, a passage is shown without the sentences already shown as
quotes ("…" where they were), and not at all when nothing else is left; `--json` keeps the
whole passages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qabot.bot.answer_layout import answer_messages
from qabot.bot.html import plain_text
from qabot.console import format_answer
from qabot.indexing import Index
from qabot.records import ArticleInfo, Passage
from qabot.search import Answer, Hit, QuoteGroup, answer, group_quotes, shown_passages
from tests.support.indexes import folder_options, index_of
from tests.support.processes import qabot


def _groups(result: Answer) -> list[QuoteGroup]:
    """Return the answer's quotes grouped as the front ends show them."""
    return group_quotes(result.quotes, result.speaker, result.topic)


CALLED = 'calling them "a reckless gamble"'
ARTICLES = {
    "plans.txt": "Vale attacks tax plans\n\nThe opposition set out its tax plans on Monday. "
    f"Finance minister Ada Vale has attacked the tax plans of the opposition, {CALLED}. "
    "Economists were divided on the plans.\n",
    "rates.txt": "Rates expected to rise\n\n"
    '"Prices are moving higher," said Ben Orr, an economist at Lark Bank.\n',
    "harbour.txt": "Harbour wall mended\n\nThe harbour wall was mended in March after the "
    "winter storms broke it.\n",
}
ASKED = "what did ada vale call the tax plans"


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("shown_passages"), ARTICLES)


def test_the_passage_of_a_quote_leaves_out_the_quoted_sentence(index: Index) -> None:
    result = answer(index, ASKED)
    assert result.quotes and CALLED in result.quotes[0].quote.sentence
    assert CALLED in result.passages[0].passage.text  # the answer's data is whole
    [shown] = shown_passages(result, _groups(result))
    assert shown.text == (
        "The opposition set out its tax plans on Monday. … Economists were divided on the plans."
    )
    assert shown.rank == 1


@pytest.mark.parametrize("width", [88, 40])
def test_the_console_shows_the_quoted_sentence_once(index: Index, width: int) -> None:
    printed = " ".join(format_answer(answer(index, ASKED), width=width).split())
    assert printed.count("reckless gamble") == 1
    assert "Passages: [1] The opposition set out its tax plans on Monday. … Economists" in printed


def test_the_bot_shows_the_quoted_sentence_once(index: Index) -> None:
    shown = plain_text("\n".join(answer_messages(answer(index, ASKED))))
    assert shown.count("reckless gamble") == 1
    assert "Monday. … Economists were divided" in shown


def test_a_passage_holding_only_the_quote_is_not_shown(index: Index) -> None:
    result = answer(index, "which economist said prices are moving higher")
    assert result.quotes and result.passages  # the data keeps it
    assert shown_passages(result, _groups(result)) == []
    printed = format_answer(result)
    assert printed.count("Prices are moving higher") == 1
    assert "Passages:" not in printed
    assert plain_text("\n".join(answer_messages(result))).count("Prices are moving") == 1


def test_passages_without_quotes_above_are_shown_whole(index: Index) -> None:
    result = answer(index, "harbour wall mended")
    assert not result.quotes
    [shown] = shown_passages(result, _groups(result))
    assert shown.text == result.passages[0].passage.text
    assert shown.emphasis == result.passages[0].emphasis


@pytest.mark.e2e
def test_qabot_ask_prints_the_sentence_once_and_its_json_keeps_it(
    index: Index, tmp_path: Path
) -> None:
    asked = f"{ASKED}\n"
    # the module's index, not one the first command builds (~0.2 CPU-s)
    options = folder_options(index)
    printed = qabot("ask", *options, "-", cwd=tmp_path, stdin=asked)
    assert printed.returncode == 0, printed.stderr
    assert " ".join(printed.stdout.split()).count("reckless gamble") == 1
    whole = qabot("ask", "--json", *options, ASKED, cwd=tmp_path)
    assert whole.returncode == 0, whole.stderr
    [passage] = json.loads(whole.stdout)["passages"]
    assert CALLED in passage["text"]


# a quote that is a paragraph of its own, first, last or in the middle of its passage
PARAGRAPHS = {
    "wall.txt": "Harbour wall to be mended\n\n“We will mend the harbour wall before the spring "
    "tides,” said Ada Vale, the harbour master.\n\nThe harbour wall was broken in the winter "
    "storms, and fishing boats have waited months for the repair.\n",
    "ferry.txt": "Ferry timetable debated\n\nThe council met on Tuesday to debate the ferry "
    "timetable, which islanders call unreliable.\n\n“The ferry must sail every hour from May,” "
    "said Ben Orr, the council leader.\n",
    "market.txt": "Market hall reopens\n\nThe market hall reopened on Saturday after a long "
    "refit of its roof.\n\n“Traders have waited two years for the market hall roof,” said Cara "
    "Lund, who sells cheese there.\n\nShoppers queued outside the market hall before the doors "
    "opened at nine.\n",
    "choir.txt": "Choir wins prize\n\nThe village choir won first prize at the county festival.\n",
}


@pytest.fixture(scope="module")
def paragraphs(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("quoted_paragraphs"), PARAGRAPHS)


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        (
            "what did ada vale say about the harbour wall",
            "The harbour wall was broken in the winter storms, and fishing boats have waited "
            "months for the repair.",
        ),
        (
            "what did ben orr say about the ferry timetable",
            "The council met on Tuesday to debate the ferry timetable, which islanders call "
            "unreliable.",
        ),
    ],
)
def test_a_quoted_paragraph_at_a_passage_edge_leaves_no_lone_mark(
    paragraphs: Index, asked: str, expected: str
) -> None:
    result = answer(paragraphs, asked)
    [shown] = shown_passages(result, _groups(result))
    assert shown.text == expected
    printed = format_answer(result)
    assert f"[1]\n  {expected[:40]}" in printed
    assert "…" not in printed
    assert "…" not in plain_text("\n".join(answer_messages(result)))


def test_a_quoted_paragraph_inside_a_passage_is_marked_between_its_neighbours(
    paragraphs: Index,
) -> None:
    result = answer(paragraphs, "what did cara lund say about the market hall")
    [shown] = shown_passages(result, _groups(result))
    assert shown.text == (
        "The market hall reopened on Saturday after a long refit of its roof.\n\n…\n\n"
        "Shoppers queued outside the market hall before the doors opened at nine."
    )


def test_a_passage_opening_on_a_line_break_is_shown_from_its_first_word() -> None:
    # a passage cut beside another of its story opened on the paragraph break before its first
    # sentence: an empty first line under its number in the console and the bot
    text = "\n\nThe ferry sailed again on Monday. Its crew were cheered at the pier.\n"
    passage = Passage("a:1", "a", 1, 40, 40 + len(text), text)
    article = ArticleInfo(id="a", path="ferry.txt", title="Ferry sails")
    hit = Hit(1, 1.0, passage, article, "Its crew were cheered at the pier.")
    result = Answer("ferry crew", True, "Best matching passages for “ferry crew”:", [hit])
    [shown] = shown_passages(result, [])
    assert shown.text == text.strip()
    assert shown.emphasis is not None
    assert shown.text[slice(*shown.emphasis)] == "Its crew were cheered at the pier."
    assert format_answer(result).split("\n")[2:4] == [
        "[1]",
        "  The ferry sailed again on Monday. **Its crew were cheered at the pier.**",
    ]
    assert result.to_json()["passages"][0]["text"] == text  # the data stays verbatim
