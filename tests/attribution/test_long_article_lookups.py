"""Look-ups that keep a long article's analysis near linear give the answers of the searches
they replace: a long text's words read once, the people's places by person (invented texts)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from qabot.attribution.colon_speakers import is_label
from qabot.attribution.name_clues import plural_group
from qabot.attribution.names import Names
from qabot.attribution.word_places import (
    alone_before_no_name,
    honoured,
    written_at,
    written_forms,
)

# no letter, digit or word at all: padding that makes a text long without changing its words
_PADDING = " .\n" * 9000


@pytest.mark.parametrize(
    "text",
    [
        "Ana Gervais spoke. Gervai was there.",
        "The Gervai's car and the gervais' flat.",
        "A Gervai-led group met Gervais.",
        "xGervai and Gervai_s and Gervai9 came.",
        "Nobody else is named here.",
    ],
)
def test_a_long_text_finds_a_name_ending_in_s_as_a_short_one_does(text: str) -> None:
    for words in (["Ana", "Gervais"], ["Mo", "Reeves"], ["Anita", "Dennis"]):
        assert plural_group(text + _PADDING, words) == plural_group(text, words)


@pytest.mark.parametrize(
    "text",
    [
        "Ms James spoke. Mr.  James and Dr\tJames, xMr James, Mr\nJames, Mrs James-Lee.",
        "Miss. James came; MrJames left. Dubai Ports and Dubai. in Dubai, Dubai’s port",
        "James and Dubai alone: Dubai  Ports, Dubai-based, xDubai, Dubai\nPorts",
        "Nobody is named here.",
    ],
)
def test_a_long_text_finds_honorifics_and_lone_words_as_a_short_one_does(text: str) -> None:
    long = text + _PADDING
    for word in ("James", "Dubai", "Ports"):
        assert honoured(long, word) == honoured(text, word)
        assert alone_before_no_name(long, word) == alone_before_no_name(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Okafor said. Okafors and Okafor's, xOkafor, Okafor9 Okafor-Lee (Okafor)", "Okafor"),
        ("Okafor_ Okafor", "Okafor"),
        ("Ruiz; ruiz. Ruiz", "Ruiz"),
        ("O'Neil said O'Neil's", "O'Neil"),
    ],
)
def test_a_long_text_finds_a_surname_where_a_search_does(text: str, word: str) -> None:
    expected = [m.start() for m in re.finditer(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", text)]
    long = text + _PADDING
    assert written_at(text, word) == expected
    assert written_at(long, word) == expected


def test_a_persons_places_are_those_read_from_all_the_names() -> None:
    text = (
        "Ana Gervais met Tomas Okafor. Gervais spoke first.\n\n"
        "Okafor replied to Ms Gervais. Later Okafor left, and Gervais stayed."
    )
    names = Names(text)
    named = {id(p): p for _, p in names.mentions}
    for at, person in names.mentions[:3]:
        names.add_speaker(at + 5, person)
    assert not names.mentioned(names.link("Vera Lindqvist"))  # linked, never read in the text
    for person in named.values():
        assert names.mentioned(person)
        for position in range(0, len(text) + 1, 7):
            assert names.named_before(person, position) == [
                at for at, p in names.mentions if p is person and at < position
            ] + [at for at, p in names.speakers if p is person and at < position]
            for start in range(0, position + 1, 11):
                assert names.named_between(person, start, position) == any(
                    start <= at < position and p is person
                    for at, p in names.mentions + names.speakers
                )
                assert names.spoke_between(person, start, position) == any(
                    start <= at < position and p is person for at, p in names.speakers
                )
                assert names.narrated_between(person, start, position) == [
                    at for at, p in names.narrated if p is person and start <= at < position
                ]


@pytest.mark.parametrize(
    "text",
    [
        "Update: all in. UPDATE and update, Updates, xUpdate, Update_1, Update's; (Update)",
        "Verdict: vErDiCt. Verdict-led, ſtop Stop STOP \u212ailo Kilo kilo",
        "İnfo info Info ınfo",
        "Nothing of the kind here.",
    ],
)
def test_a_long_text_finds_a_words_cases_as_a_short_one_does(text: str) -> None:
    long = text + _PADDING
    for word in ("Update", "Verdict", "Stop", "Kilo", "Info", "Ruiz", "Zoë"):
        expected = Counter(re.findall(rf"\b{re.escape(word)}\b", text, re.IGNORECASE))
        assert written_forms(text, word) == expected
        assert written_forms(long, word) == expected


def test_a_page_of_many_labelled_quotes_reads_each_label_without_its_whole_text() -> None:
    # a live page's "Update:" before each of its quotes: each is weighed as a label without
    # searching the page whole again (that took seconds for a few thousand)
    text = "".join(f"Update: “We sold boat {i} today.”\n\n" for i in range(4000))
    labels = [is_label(text, word) for word in ("Update", "Verdict", "Boat") * 1000]
    # "Update" written again and again, but only before colons; "Verdict" nowhere; "boat" in
    # lower case: all three labels (the time is benchmarks/long_article.py's to bound)
    assert labels[:3] == [True, True, True]


def test_the_speakers_between_two_places_are_those_read_there_in_order() -> None:
    names = Names("Ana Gervais met Tomas Okafor and Ida Lund.")
    ana, tomas, ida = (names.link(name) for name in ("Ana Gervais", "Tomas Okafor", "Ida Lund"))
    for at, person in ((30, ida), (5, ana), (20, tomas)):
        names.add_speaker(at, person)
    assert names.spoken_between(5, 30) == [(5, ana), (20, tomas)]
    assert names.spoken_between(6, 20) == []


def test_the_mentions_between_two_places_are_those_read_there_in_order() -> None:
    text = "Ana Gervais met Tomas Okafor. Gervais spoke first."
    names = Names(text)
    assert [at for at, _ in names.mentions_between(0, len(text))] == [
        at for at, _ in names.mentions
    ]
    inner = names.mentions_between(text.index("met"), text.index("Gervais spoke"))
    assert [(at, p.name) for at, p in inner] == [(16, "Tomas Okafor"), (22, "Tomas Okafor")]
