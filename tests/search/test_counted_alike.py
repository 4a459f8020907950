"""The words passages count a "how many" question's thing with, other than its own."""

from __future__ import annotations

import pytest

from qabot.records import ArticleInfo, Passage
from qabot.search.counted_alike import alike_counted, counted_words_after
from qabot.search.figure_counts import counted_phrase
from qabot.search.hit_record import Hit
from qabot.text import tokenize


def _hits(*texts: str) -> list[Hit]:
    info = ArticleInfo(id="a", path="a.txt", title="A")
    return [
        Hit(
            i,
            1.0,
            Passage(id=f"a:{i}", article_id="a", position=i, start=0, end=len(text), text=text),
            info,
            text,
        )
        for i, text in enumerate(texts)
    ]


def _many(question: str) -> frozenset[str]:
    return frozenset(term for word in counted_phrase(question) for term in tokenize(word))


def test_the_words_after_figures_are_read_not_names_or_stop_words() -> None:
    text = "The Velm mill employs 400 staff. Some 6,650 garment workers lost work in 2004 in Osk."
    assert counted_words_after(text) == {"staff", "garment", "workers"}


@pytest.mark.parametrize(
    ("question", "text", "alike"),
    [
        ("how many workers does the velm mill employ", "The mill employs 400 staff.", "staff"),
        ("how many shops does the velm grocer have", "Its 310 stores stay open.", "stores"),
        ("how many films did the velm studio make", "It made 12 movies last year.", "movies"),
        ("how many cars did velm sell", "Velm sold 2.4 million vehicles in 2004.", "vehicles"),
        ("how many staff is velm cutting", "Velm is to cut 850 jobs.", "jobs"),
    ],
)
def test_a_word_alike_in_sense_counts_the_thing_asked(
    question: str, text: str, alike: str
) -> None:
    assert alike_counted(question, _many(question), _hits(text)) == frozenset(tokenize(alike))


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # a neighbour's figure: files, shares and days are no staff, branches or goals
        ("how many staff does the velm office have", "It shredded 37,000 files last year."),
        ("how many branches does the velm bank have", "Its 400 shares rose in value."),
        ("how many goals did velm score", "Velm rested for 10 days."),
        # things of a kind beside what is asked: songs are no albums, days no weeks
        ("how many albums will the velm player hold", "It holds about 120 songs."),
        ("how many weeks did velm spend in camp", "Velm spent 21 days in camp."),
        ("how many nominations did velm get", "Velm won three awards."),
        # a body's people are counted as staff only when people are asked
        ("how many branches does the velm bank have", "The bank has 400 staff."),
        # the word asked itself is no other word for it
        ("how many staff does the velm office have", "The office has 40 staff."),
    ],
)
def test_a_count_of_something_else_is_not_alike(question: str, text: str) -> None:
    assert alike_counted(question, _many(question), _hits(text)) == frozenset()
