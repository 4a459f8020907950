"""Sources named before a quote without a verb of their own: "According to X, the club
chairman, “...”" (the quote is the words inside the marks, what X is stays out of it), and
"Name: “...”" wherever its sentence stands in a paragraph; each on a short invented text."""

from __future__ import annotations

import pytest

from qabot.attribution import extract_quotes
from qabot.attribution.cue_sources import colon_source
from qabot.attribution.summaries import summarize
from tests.attribution.test_quotes import attributed, make_article

OPENING = "The ferry company was sold to a rival last week."
WORDS = "We will not sell any more boats this season."


@pytest.mark.parametrize(
    "sentence",
    [
        f'According to Jo Ray, the club chairman, "{WORDS}"',
        f"According to Jo Ray, chairman of the ferry club, “{WORDS}”",
        f'According to Jo Ray, a lawyer for the club, "{WORDS}"',
    ],
)
def test_what_a_source_is_stays_out_of_its_quote(sentence: str) -> None:
    assert attributed(OPENING, sentence) == [("Jo Ray", WORDS)]


def test_what_a_source_is_is_its_role() -> None:
    text = f'{OPENING}\n\nAccording to Jo Ray, the club chairman, "{WORDS}"'
    summary = summarize(extract_quotes(make_article(text)), text)
    assert "chairman" in summary["Jo Ray"].roles


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a clause after the source: its words, not a quote of its own
        ("According to Jo Ray, the club will sell two boats in May.", "the club will sell"),
        # a cue after the comma: the speaker's own words
        (f'According to Mr Berg, he said, "{WORDS}"', WORDS),
    ],
)
def test_a_clause_after_the_source_is_no_description(sentence: str, expected: str) -> None:
    quotes = attributed(OPENING, sentence)
    assert len(quotes) == 1
    assert quotes[0][1].startswith(expected)
    assert "chairman" not in quotes[0][1]


@pytest.mark.parametrize(
    "paragraph",
    [
        f'Pew Research: "{WORDS}"',
        f'{OPENING} Pew Research: "{WORDS}"',
        f"{OPENING} The board met on Monday. Pew Research: “{WORDS}”",
    ],
)
def test_a_source_before_a_colon_speaks_wherever_its_sentence_stands(paragraph: str) -> None:
    assert attributed(paragraph) == [("Pew Research", WORDS)]


def test_a_colon_source_is_read_in_its_sentence_only() -> None:
    masked = "The vote was close. Pew Research: "
    assert colon_source(masked, 20, len(masked)) == "Pew Research"
    # a long sentence: the source is sought near the quote, after a stop or a dash
    long = "The board, which met for nine hours on Monday in the old town hall, heard - Pew: "
    assert colon_source(long, 0, len(long)) == "Pew"
    # words of a sentence before the colon that are no source's name
    assert colon_source("It will be: ", 0, 12) is None


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (f"{OPENING} Radio Four controller Ann Lobb: “{WORDS}”", "Ann Lobb"),
        (f'Rep. Ann Lobb (D-Ohio): "{WORDS}"', "Ann Lobb"),
        (f'{OPENING} Former secretary of state Ann Lobb: "{WORDS}"', "Ann Lobb"),
    ],
)
def test_a_role_and_a_name_before_a_colon_speak(paragraph: str, speaker: str) -> None:
    assert attributed(paragraph) == [(speaker, WORDS)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Hale praised Ann Lobb:",
        "Then came Ann Lobb:",
        "More from Lobb:",
        "Tom Hale has taken the side of some Greens in the council:",
        # the one the phrase is of speaks, not the named role holder
        "Lawyers for chairman Ann Lobb:",
        "Critics of chairman Ann Lobb:",
        "Wife of coach Ann Lobb:",
        "Open letter to chairman Ann Lobb:",
        "A banner for manager Ann Lobb:",
    ],
)
def test_a_name_in_a_clause_before_a_colon_is_no_source(sentence: str) -> None:
    quotes = attributed(f"{OPENING} Tom Hale met Ann Lobb on Monday. {sentence} “{WORDS}”")
    assert all(who not in {"Ann Lobb", "Lobb", "Greens"} for who, _ in quotes)


@pytest.mark.parametrize(
    "sentence",
    [
        "Chairman of the Harbour Committee Peter Lund MP, said:",
        "Chairman of the Harbour Committee Peter Lund MP said:",
        "Peter Lund MP said:",
    ],
)
def test_a_letters_role_after_a_name_is_no_part_of_it(sentence: str) -> None:
    assert attributed(OPENING, f"{sentence} “{WORDS}”") == [("Peter Lund", WORDS)]


@pytest.mark.parametrize(
    "label",
    ["Update:", "Verdict:", "Quote Of The Day:", "Word Of The Week:"],
)
def test_a_label_before_a_colon_is_no_source(label: str) -> None:
    assert attributed(f"{OPENING} The crowd met on Monday. {label} “{WORDS}”") == []


@pytest.mark.parametrize("padding", [0, 600])  # 600 sentences: a long text, its words counted once
def test_a_label_repeated_down_a_page_is_still_no_source(padding: int) -> None:
    filler = " ".join(["The crowd met on Monday and went home."] * padding)
    said = attributed(
        f"{OPENING} {filler}", f"Update: “{WORDS}”", "The mayor left.", f"Update: “{WORDS}”"
    )
    assert said == []


def test_a_one_word_source_named_before_speaks_after_each_of_its_colons() -> None:
    quotes = attributed(
        f"{OPENING} Ann Lobb chairs the board.", f"Lobb: “{WORDS}”", f"Lobb: “{WORDS}”"
    )
    assert quotes == [("Ann Lobb", WORDS), ("Ann Lobb", WORDS)]


def test_a_one_word_source_named_before_speaks_after_its_colon() -> None:
    quotes = attributed(f"{OPENING} Ann Lobb chairs the board.", f"Lobb: “{WORDS}”")
    assert quotes == [("Ann Lobb", WORDS)]


@pytest.mark.parametrize(
    "sentence", ["For Ann Lobb, this is progress:", "For Ms Lobb, the point is simple:"]
)
def test_a_named_person_whose_view_opens_the_sentence_speaks_after_its_colon(
    sentence: str,
) -> None:
    said = attributed(f"{OPENING} Ann Lobb runs the port. {sentence} “{WORDS}”")
    assert said == [("Ann Lobb", WORDS)]


@pytest.mark.parametrize(
    "sentence",
    [
        "For fans, it was a night to remember:",  # a description, no one named
        "For the Harbour Trust, it was a blow:",  # a body
        "For Ann Lobb, this is progress. Tom Hale disagrees:",  # another sentence
        # someone else opens the clause and may be the one speaking
        "For Ann Lobb, her lawyer Tom Hale had a message:",
        "For Ann Lobb, the mayor had a message:",
        "For Ann Lobb, the union had a warning:",
        "For Ann Lobb, the mayor is clear:",
    ],
)
def test_a_view_opening_the_sentence_gives_no_one_else_the_quote(sentence: str) -> None:
    said = attributed(f"{OPENING} Ann Lobb runs the port. {sentence} “{WORDS}”")
    assert all(who != "Ann Lobb" for who, _ in said)


@pytest.mark.parametrize(
    "introduction",
    [
        "Mr Okafor says what his next goal is:",
        "Mr Okafor explains how the ferry will pay its way:",
        "Mr Okafor told reporters why he stays:",
    ],
)
def test_a_question_word_and_a_colon_after_a_cue_introduce_the_quote_said(
    introduction: str,
) -> None:
    # what was said is the quote, not the question the narration puts before it
    quotes = attributed(
        "Ferry owner Tomas Okafor has run the crossing for forty years.",
        f"Between sailings, {introduction} “{WORDS}”",
    )
    assert quotes == [("Tomas Okafor", WORDS)]


def test_a_question_clause_running_past_a_comma_introduces_no_quote() -> None:
    # the writer left out "he": the quip after the comma is the one asked's, not the asker's
    quotes = attributed(
        "Council leader Tomas Okafor visited the school.",
        "When one pupil asked Mr Okafor how the council would pay for the bridge, began his "
        f"answer with a quip: “{WORDS}”",
    )
    assert ("one pupil", WORDS) not in quotes
