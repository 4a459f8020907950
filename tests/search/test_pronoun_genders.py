"""Follow-up pronouns: whether a follow-up points back at someone, and whom "he" or "she"
means (`qabot.search.pronoun_genders`)."""

from __future__ import annotations

import pytest

from qabot.search.pronoun_genders import person_meant, pronoun_asked, refers_back


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("what else did she say?", True),
        ("and their view on the ferry?", True),
        ("what about the harbour?", False),
        ("what did the theme park owner say?", False),  # "the", "theme" hold no pronoun
    ],
)
def test_a_follow_up_refers_back_only_by_a_pronoun_or_else(words: str, expected: bool) -> None:
    assert refers_back(words) is expected


@pytest.mark.parametrize(
    ("words", "topic", "expected"),
    [
        ("what did she say about pay?", "pay", True),
        ("what was said about her plans?", "her plans", False),  # only inside the topic
        ("what did they say?", None, True),
        ("what did the mayor say?", None, False),
    ],
)
def test_a_pronoun_is_asked_when_it_stands_before_the_topic(
    words: str, topic: str | None, expected: bool
) -> None:
    assert pronoun_asked(words, topic) is expected


def test_he_after_a_woman_means_the_last_man_named_before_her() -> None:
    assert person_meant("what else did he say?", "Liz Tamm", ("Tom Vale",)) == "Tom Vale"
    assert person_meant("what else did she say?", "Liz Tamm", ("Tom Vale",)) == "Liz Tamm"
    assert person_meant("what else did she say?", "Tom Vale", ()) is None
