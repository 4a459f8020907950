"""A typed "more" after a speech answer of passages only ("No quotes from anyone the articles
call the jury. Passages that best match the question:") shows its next page, as the bot's
button does, instead of "No question was asked before this one"."""

from __future__ import annotations

import io

import pytest

from qabot.console import run
from qabot.indexing import Index
from qabot.search import Conversation, answer
from tests.support.indexes import dated_index_of

_DAYS = [
    "The jury at Carrow Crown Court was shown crates of saffron taken from a harbour warehouse.",
    "A dock worker told the jury he saw a van leave the quay at night without its lights.",
    "The jury heard that the harbour cameras had been switched off for two hours.",
    "Members of the jury were taken by coach to the warehouse to see the broken lock.",
    "An expert in spices told the jury the saffron was worth more than its weight in silver.",
    "The jury was sent home early after a fire alarm rang through the court building.",
    "The defence asked the jury to doubt a witness who had owed the accused money.",
]


@pytest.fixture(scope="module")
def trials(tmp_path_factory: pytest.TempPathFactory) -> Index:
    stories = {
        f"trial{n}.md": (
            f"{2004 + n % 2}-04-{n + 1:02d}",
            "County Courier",
            f"Trial day {n}",
            text,
        )
        for n, text in enumerate(_DAYS)
    }
    stories["judge.md"] = (
        "2005-05-20",
        "County Courier",
        "Judge sums up",
        '"The crates were never counted," said Judge Tamsin Orley in her summing up.',
    )
    return dated_index_of(tmp_path_factory.mktemp("trials"), stories)


def _ids(result: object) -> set[str]:
    return {hit.passage.id for hit in result.passages}  # type: ignore[attr-defined]


def test_more_after_no_quotes_from_anyone_so_called_shows_the_next_passages(
    trials: Index,
) -> None:
    chat = Conversation()
    first = answer(trials, "what did the jury say?", top=3, conversation=chat)
    assert first.lead.startswith("No quotes from anyone the articles call the jury."), first.lead
    assert len(first.passages) == 3 and first.more
    more = answer(trials, "more", top=3, conversation=chat)
    assert more.lead == "More passages for “what did the jury say?” (4-6):", more.lead
    assert more.question == "more" and len(more.passages) == 3
    assert _ids(more).isdisjoint(_ids(first))
    # the page a "More results" button asks for: the question again from there
    button = answer(trials, "what did the jury say?", top=3, offset=3)
    assert _ids(more) == _ids(button)
    last = answer(trials, "show me more", top=3, conversation=chat)
    assert len(last.passages) == 1 and _ids(last).isdisjoint(_ids(first) | _ids(more))
    done = answer(trials, "more", top=3, conversation=chat)
    assert not done.found and done.lead == "No more passages for “what did the jury say?”."


def test_a_year_after_it_asks_the_question_again_within_it(trials: Index) -> None:
    chat = Conversation()
    answer(trials, "what did the jury say?", top=3, conversation=chat)
    again = answer(trials, "and in 2004?", top=3, conversation=chat)
    assert again.lead.startswith("No quotes from anyone the articles call the jury"), again.lead
    assert again.passages and all(
        hit.article.date.startswith("2004")  # type: ignore[union-attr]
        for hit in again.passages
    )


def test_more_after_someones_words_still_goes_on_with_them(trials: Index) -> None:
    chat = Conversation()
    answer(trials, "what did the jury say?", top=3, conversation=chat)
    words = answer(trials, "what did Tamsin Orley say?", top=3, conversation=chat)
    assert words.speaker == "Tamsin Orley" and words.quotes
    more = answer(trials, "more", top=3, conversation=chat)
    assert more.lead.startswith("Nothing more from Tamsin Orley"), more.lead


def test_the_console_shows_the_next_page_on_a_typed_more(trials: Index) -> None:
    conversation = Conversation()
    shown = io.StringIO()
    run(
        lambda asked: answer(trials, asked, top=3, conversation=conversation),
        io.StringIO("what did the jury say?\nmore\n"),
        shown,
    )
    transcript = shown.getvalue()
    assert "(more passages match: type “more” to see them)" in transcript
    assert "qabot> More passages for “what did the jury say?” (4-6):" in transcript
    assert "[4]" in transcript and "No question was asked" not in transcript
