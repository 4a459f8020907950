"""A quote mark left open: the next quote is not the earlier speaker's words."""

from __future__ import annotations

import time

import pytest

from qabot.attribution import extract_quotes
from qabot.attribution.quote_marks import apostrophes_as_marks, quote_spans
from qabot.records import Article, ArticleInfo


def attributed(text: str) -> list[tuple[str, str]]:
    """Return (speaker, text) of every quote extracted from `text`."""
    article = Article(ArticleInfo(id="m1", path="m1.txt", title="Test"), text)
    return [(q.speaker, q.text) for q in extract_quotes(article)]


def test_quote_left_open_ends_its_sentence_where_the_next_opens() -> None:
    # the first quote is never closed; "she" cannot be the man who spoke before
    found = attributed(
        'Peter Lund said "the ferry will run all year. Then Maria Holt stood up. '
        '"The ferry is finished," she said. "Nobody uses it."'
    )
    assert all(speaker == "Peter Lund" for speaker, _ in found)
    assert not any("ferry is finished" in words for _, words in found)


def test_quote_with_its_own_pronoun_cue_is_not_the_last_speakers() -> None:
    found = attributed(
        'Peter Lund said: "The ferry will run all year."\n\n'
        'Later there were doubts. "The ferry is finished," she said.'
    )
    assert ("Peter Lund", "The ferry will run all year.") in found
    assert not any("ferry is finished" in words for _, words in found)


def test_closed_quotes_keep_their_speakers() -> None:
    found = attributed(
        'Peter Lund said "the ferry will run all year." Then Maria Holt stood up. '
        '"The ferry is finished," she said.'
    )
    assert ("Maria Holt", "The ferry is finished") in found


def test_a_name_after_an_opening_and_is_the_subject_a_pronoun_means() -> None:
    # the son's name holds hers, and he is the subject of the sentence before
    found = attributed(
        "Ysolde Quint has sung for thirty years. Quint lives in Lyon. Her manager, Bram Varga, "
        "later became her husband. Varga died in 2016.\n\n"
        "After watching Varga battle cancer, the star became a mother in 2001. Her first "
        "child, Teo Quint Varga, was born that year.\n\n"
        "And Quint seemed calmer after the birth of her son. “Being a parent changes you,” "
        "she told a radio show."
    )
    assert found == [("Ysolde Quint", "Being a parent changes you")]


def test_a_quote_left_open_before_a_cue_and_colon_ends_there() -> None:
    # the close of the first quote is missing: the mark after "He added:" opens the next
    found = attributed(
        'Mr Tom Vance said: "I have lost three years of my life for nothing. He added: "They '
        'wanted to break me but they made me stronger." The ministry denied the claims. In a '
        'statement, it said: "The ministry has no doubt that he was properly held. "He was held '
        'to stop him fighting."'
    )
    assert ("Tom Vance", "I have lost three years of my life for nothing.") in found
    assert ("Tom Vance", "They wanted to break me but they made me stronger.") in found
    assert not any(who == "Tom Vance" and "properly held" in text for who, text in found)
    assert not any(who == "Tom Vance" and "stop him fighting" in text for who, text in found)


def test_a_curly_quote_inside_a_straight_one_leaves_it_one_quote() -> None:
    # a term in curly marks inside words in straight ones: the straight quote is not stray
    assert attributed(
        'Peter Lund said: "The ferry isn\'t about “Fair Fares” any more, and it is bad."'
    ) == [("Peter Lund", "The ferry isn't about “Fair Fares” any more, and it is bad.")]
    assert attributed(
        '"The ferry isn\'t about “Fair Fares” any more, and it is bad," Peter Lund said.'
    ) == [("Peter Lund", "The ferry isn't about “Fair Fares” any more, and it is bad")]


def test_a_straight_quote_running_on_keeps_a_curly_term_inside() -> None:
    found = attributed(
        "Peter Lund stated:\n\n"
        "\"The ferry isn't about “Fair Fares” any more. It is about the owners.\n\n"
        '"The harbour was meant to serve the island."'
    )
    assert [speaker for speaker, _ in found] == ["Peter Lund", "Peter Lund"]
    assert found[0][1].startswith("The ferry isn't about “Fair Fares” any more.")


def test_a_curly_quote_a_cue_gives_inside_a_straight_one_stays_apart() -> None:
    # a passage quoted in straight marks quoting someone after a comma: the inner quote is
    # not taken into the outer one
    found = attributed(
        '"Maria Holt laughed it off by saying, “Only on Sundays.” But Lund went on.'
    )
    assert not any(words.startswith("Maria Holt laughed") for _, words in found)


def test_a_paragraph_of_many_quotes_reopened_unclosed_is_read_in_its_length() -> None:
    # each quoted sentence opens without the last one closed: where each ends is sought up to
    # the next mark only (reading the paragraph's rest for each took minutes for a long one)
    paragraph = '"We went home. ' * 10_000
    started = time.perf_counter()
    spans = quote_spans(paragraph)
    assert time.perf_counter() - started < 2
    assert len(spans) == 10_000
    assert all(paragraph[a:b] == '"We went home.' for a, b, _ in spans[:-1])


def test_two_apostrophes_are_read_as_a_double_quote_mark_in_place() -> None:
    text = "He said ''we sail at noon'' and left; the crew's ferry waited."
    marked = apostrophes_as_marks(text)
    assert len(marked) == len(text)  # offsets into the article stay true
    assert marked == 'He said " we sail at noon"  and left; the crew\'s ferry waited.'
    assert apostrophes_as_marks("the crew's ferry") == "the crew's ferry"


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            'Ms Ana Ruiz turned it aside, saying "“Nobody is right here, it is the ferry.” ',
            "Nobody is right here, it is the ferry.",
        ),
        (
            'Ms Ana Ruiz turned it aside, saying “"Nobody is right here, it is the ferry.” ',
            "Nobody is right here, it is the ferry.",
        ),
        (
            '“Nobody is right here, it is the ferry,”" said Ms Ana Ruiz. ',
            "Nobody is right here, it is the ferry",
        ),
    ],
)
def test_a_quote_mark_written_twice_opens_or_closes_one_quote(written: str, said: str) -> None:
    found = attributed(written + "“We will see,” said Tomas Okafor.")
    assert found == [("Ana Ruiz", said), ("Tomas Okafor", "We will see")]
