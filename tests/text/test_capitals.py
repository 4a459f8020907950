"""Words written with a capital: the terms a passage writes as names, stored at index time."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from qabot.text import capitalised_terms
from qabot.text.capitals import capitalised_words

# where a capital says nothing of a name, as the question-time reading of passages saw it:
# the three characters before a word
OPENING = re.compile(r"(?:^|[.!?:;]\s+|[\"“‘(]\s*|\n\s*)$")


def test_capitals_away_from_openings_are_names() -> None:
    text = 'Sales fell. The iPod sold out, said Mr McDonald\'s 3G firm (Nokia) and "Quick" shops.'
    assert capitalised_words(text) == ["Mr", "McDonald's", "iPod", "3G"]
    assert capitalised_terms(text) == "mr mcdonald ipod 3g"


def test_a_text_without_capitals_away_from_openings_has_none() -> None:
    assert capitalised_words("Troops massed.  Tanks moved.\nRain fell") == []
    assert capitalised_terms("") == ""
    assert capitalised_terms("It was said by I and The") == ""  # stop words have no term


def test_each_term_is_given_once() -> None:
    assert capitalised_terms("Talks with Blair and Brown, then Blair's aides") == "blair brown"


def _reference(text: str) -> set[str]:
    """The words written with a capital, read one by one as `mostly_capitalised` read them."""
    found = set()
    for word in re.finditer(r"[A-Za-z0-9]+", text):
        start = word.start()
        if any(map(str.isupper, word.group())) and not OPENING.search(
            text[max(0, start - 3) : start]
        ):
            found.add(word.group())
    return found


@given(st.text(alphabet='aAbBzZ09 .!?:;"“‘(\n\t-,', max_size=60))
def test_the_words_found_are_those_read_one_by_one(text: str) -> None:
    assert set(capitalised_words(text)) == _reference(text)
