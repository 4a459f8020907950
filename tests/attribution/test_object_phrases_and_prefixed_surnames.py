"""Speaker phrases of two noun phrases side by side, groups by an agent's plural, prefixed
surnames standing alone, relative clauses without "which" and "Asked ..." openings without a
comma (invented texts)."""

from __future__ import annotations

import pytest

from qabot.attribution.name_runs import CAPITALISED
from qabot.attribution.object_phrases import object_split
from qabot.attribution.sentence_roles import introduced_at
from tests.attribution.test_quotes import attributed


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the phrase before the cue is the cue's object: what the company denies, no one's words
        (
            [
                "The move angered many. Victims groups accusing it of trying to escape its duties,"
                " a charge the company denies."
            ],
            [],
        ),
        # after a preposition, the first phrase is the preposition's: the second speaks
        (
            ["The plan was put on hold. In a statement the charity said it had grave concerns."],
            [("the charity", "it had grave concerns")],
        ),
        # a prepositional phrase inside the first is no second phrase
        (
            ["The plane fell. An investigation into the crash revealed the fuel was low."],
            [("an investigation into the crash", "the fuel was low")],
        ),
        # a plural agent noun, however short its stem, names a group that speaks
        (
            ["The game crashed again. Online gamers said the servers were slow."],
            [("Online gamers", "the servers were slow")],
        ),
        # ... but a plain noun phrase of things still names no one
        (["The game crashed again. Recent evidence has suggested the servers were slow."], []),
        # a prefixed surname stands alone: the full name's person, who a later "he" means
        (
            [
                "The film stars Leonardo DiCaprio and Tom Lind. Lind won.",
                "DiCaprio, who lost out on the award, will face him again.",
                "“It is the first time I have come,” he told reporters.",
            ],
            [("Leonardo DiCaprio", "It is the first time I have come")],
        ),
        # the subject of a relative clause a noun phrase in apposition opens is whom a "he"
        # after it goes on with
        (
            [
                "Coach Arne Wenger would sign Adrian Mutu.",
                "Mutu was sacked by the club on Friday - a move Wenger has backed. But he said:"
                " “I think he will be banned for a long time.”",
            ],
            [("Arne Wenger", "I think he will be banned for a long time.")],
        ),
        # a time after an inverted cue's name is no part of it
        (
            ["“We will play well,” said Castaignede ahead of the tie."],
            [("Castaignede", "We will play well")],
        ),
        # a dash aside after the sentence's subject is no part of it
        (
            [
                "Mr Lind - who has been in jail for a year - pleaded not guilty and denied"
                " involvement in any crime."
            ],
            [("Lind", "involvement in any crime")],
        ),
        # "X makes claims that ...": X claims it
        (
            ["Tom Lind never went there. Lind makes claims that he was beaten at the school."],
            [("Tom Lind", "he was beaten at the school")],
        ),
        # "Asked ..." with no comma before its subject: the titled name is the subject
        (
            [
                "Doug Smith left the agency. Work Secretary Alan Johnson spoke. Asked on Thursday"
                " about Mr Smith's position Mr Johnson told reporters it was a non-story."
            ],
            [("Alan Johnson", "it was a non-story")],
        ),
    ],
)
def test_object_phrases_groups_prefixed_surnames_and_asked_openings(
    paragraphs: list[str], expected: list[tuple[str, str]]
) -> None:
    assert attributed(*paragraphs) == expected


def test_object_split_finds_the_second_phrase_only_after_a_plain_noun() -> None:
    assert object_split("a charge the company".split()) == 2
    assert object_split("an allegation his lawyers".split()) == 2
    assert object_split("a doctor treating the Belgian".split()) == 0
    assert object_split("the head of the company".split()) == 0
    assert object_split("the chief executive".split()) == 0


def test_capitalised_words_keep_a_surname_prefix() -> None:
    text = "McDonald, O'Brien, DiCaprio and DeSantis met Desk and Di."
    assert CAPITALISED.findall(text) == [
        "McDonald",
        "O'Brien",
        "DiCaprio",
        "DeSantis",
        "Desk",
        "Di",
    ]


def test_a_comma_after_an_opening_conjunction_still_introduces_the_subject() -> None:
    text = "Tom Lind spoke.\n\nAnd, while we are on the subject of Mr Fox, Mr Lind dismisses him."
    assert introduced_at(text, text.find("Mr Lind"))
