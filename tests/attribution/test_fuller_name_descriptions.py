"""Fuller names: an owner or a nationality written before a speaker's name is no part of it."""

from __future__ import annotations

import pytest

from qabot.attribution import SpeakerDirectory, extract_quotes
from qabot.attribution.speaker_mentions import fuller_names
from qabot.records import Article, ArticleInfo
from qabot.text import SentenceWords


@pytest.mark.parametrize(
    ("sentence", "speaker", "names"),
    [
        # an owner: a club, a broadcaster, a month, a country
        ("Dunmore's Tobi Achterberg scored twice.", "Achterberg", ["Tobi Achterberg"]),
        ("Rivals' Tobi Achterberg scored twice.", "Achterberg", ["Tobi Achterberg"]),
        ("KTV's Tobi Achterberg reported it.", "Achterberg", ["Tobi Achterberg"]),
        ("March's Brellin figures were weak.", "Brellin", []),
        ("Norland's Brellin Group was sold.", "Brellin Group", []),
        # a people's noun or plural, and a nationality before a person's name
        ("Welshmen Dai Prowse won the pairs.", "Prowse", ["Dai Prowse"]),
        ("Olympian Prowse won the pairs.", "Prowse", []),
        ("Norwegian Arnfinn Prowse won the pairs.", "Prowse", ["Arnfinn Prowse"]),
        ("Norwegian Arnfinn Prowse won the pairs.", "Arnfinn Prowse", []),
    ],
)
def test_a_word_before_a_name_that_describes_its_owner_is_no_part_of_it(
    sentence: str, speaker: str, names: list[str]
) -> None:
    assert (
        fuller_names(SentenceWords([sentence, f"{speaker} said it was hard."]), speaker).names
        == names
    )


def test_a_nationality_in_a_body_s_name_stays_in_it() -> None:
    # the article writes "glass" in lower case: words of a thing's name, not a first name
    sentences = ["The Danish Glass Board met to discuss glass prices.", "Glass Board said so."]
    assert fuller_names(SentenceWords(sentences), "Glass Board").names == ["Danish Glass Board"]


def test_a_first_name_that_is_half_of_a_nationality_stays() -> None:
    sentences = ["Sri Ayu Wibisono won the vote.", "Wibisono said it was a start."]
    assert fuller_names(SentenceWords(sentences), "Wibisono").names == ["Sri Ayu Wibisono"]


def test_a_nationality_before_a_body_s_word_stays_in_its_name() -> None:
    sentences = ["The Danish Fjord Council met on Monday.", "Fjord Council said so."]
    assert fuller_names(SentenceWords(sentences), "Fjord Council").names == [
        "Danish Fjord Council"
    ]


def test_a_player_known_by_one_name_is_no_employer_of_those_named_after_him() -> None:
    # "Zico's brother and representative Rui Matos": described by Zico's name, as "Gartner
    # analyst X" is by Gartner's, yet a midfielder is a person, not a body others work for
    text = (
        "Dunmore's Brazilian midfielder Zico has hit out at the club over his contract.\n\n"
        "“I am not happy here,” Zico said.\n\n"
        "Zico's brother and representative Rui Matos has previously said that the club's "
        "offer to the midfielder was well short of what he was seeking."
    )
    article = Article(ArticleInfo(id="a1", path="a1.txt", title="Zico"), text)
    directory = SpeakerDirectory.build(extract_quotes(article), {"a1": text})
    assert not directory.is_employer("Zico")


def test_a_party_quoted_alone_is_not_the_one_longer_name_ending_in_its_word() -> None:
    # "Stevenage Labour" in one article is no full name of the "Labour" quoted in others
    texts = {
        "a1": "Stevenage Labour members met in the town hall.\n\n“We will win,” Labour said.",
        "a2": "The party set out its budget plans.\n\n“Taxes will not rise,” Labour said.",
        "a3": "The party set out its school plans.\n\n“Class sizes will fall,” Labour said.",
    }
    quotes = [
        quote
        for key, text in texts.items()
        for quote in extract_quotes(Article(ArticleInfo(id=key, path=key, title="T"), text))
    ]
    directory = SpeakerDirectory.build(quotes, texts)
    assert [directory.canonical(q) for q in quotes if q.article_id != "a1"] == ["Labour"] * 2
