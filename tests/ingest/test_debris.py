"""Page furniture in text articles: promotions, credits and bylines are not the story."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.ingest import parse_text_article
from qabot.ingest.debris import PROMO_WORDS
from qabot.ingest.notices import COUNTED_WORDS, word_count
from qabot.ingest.sentence_end import ends_sentence

BODY = (
    "The harbour authority approved a new ferry timetable on Tuesday after months of talks.\n\n"
    "Ferries will leave every forty minutes from May, the authority said in a statement.\n\n"
    "Council members welcomed the change but warned that the car deck would stay too small.\n"
)


def text_of(raw: str, name: str = "a.txt") -> str:
    article = parse_text_article(raw, name)
    assert article is not None
    return article.text


@pytest.mark.parametrize(
    "line",
    [
        "Never miss the latest news by signing up to our newsletter today!",
        "Get the Courier's Daily Edition by email and never miss our top stories Free Sign Up",
        "Follow the Courier on Twitter and Instagram @IslandCourier and on Facebook.",
        "Submit your letter to the editor via this form.",
        "Follow us: News app | Instagram | Facebook",
        "Join our Island Study Facebook group to connect with fellow learners",
        "We want to hear what you think about this article.",
        "Reporting by Ana Ruiz; Editing by Tom Vance",
        "Additional reporting by Ellen Vance in Lisbon.",
        "Our Standards: The Trust Principles.",
        "Show all 50",
        "Illustration: Ana Ruiz/Island Courier",
    ],
)
def test_promotions_and_credits_are_dropped(line: str) -> None:
    text = text_of(f"Ferry timetable approved\n\n{BODY}\n{line}\n")

    assert line not in text
    assert "car deck would stay too small" in text


def test_a_sentence_reporting_on_sign_ups_is_kept() -> None:
    sentence = "Customers who sign up for email alerts will be told when the ferry is late."
    assert sentence in text_of(f"Ferry timetable approved\n\n{BODY}\n{sentence}\n")


def test_a_sentence_that_starts_like_a_credit_is_kept() -> None:
    sentence = (
        "Reporting by the island's own radio station first revealed the plan in March, long "
        "before the council had seen any of the figures."
    )
    assert sentence in text_of(f"Ferry timetable approved\n\n{BODY}\n{sentence}\n")


def test_a_markdown_byline_names_the_outlet_and_is_not_text() -> None:
    article = parse_text_article(
        f"# Ferry timetable approved\n\n**By Island Courier staff**\n\n{BODY}", "a.md"
    )

    assert article is not None
    assert "Island Courier staff" not in article.text
    assert article.text.startswith("The harbour authority")


def test_lines_announced_by_a_colon_are_kept_at_the_end() -> None:
    code = "set-option -g mouse on\nset-option -s set-clipboard off\n"
    text = text_of(
        f"Copy and paste in tmux\n\n{BODY}\nAs usual, the forum knows. In short:\n\n{code}"
    )

    assert "set-option -s set-clipboard off" in text


def test_a_paywall_prompt_in_a_text_page_ends_the_story() -> None:
    raw = (
        f"Ferry timetable approved\n\n{BODY}\nTo view the full story, please subscribe to the "
        "Island Courier.\n\nJoin now to get unlimited access and a welcome gift.\n"
    )
    text = text_of(raw)

    assert "welcome gift" not in text
    assert "car deck" in text


@pytest.mark.parametrize(
    "raw",
    [
        "{{ page.title }}\n\n{{ page.body }}\n\nPosted by {{ author }} on {{ date }}\n",
        "We value your privacy\n\nWe and our partners store cookies on your device. Accept all "
        "cookies or manage preferences to give or withdraw consent.\n",
        "Sign in\n\nTo read the full story, log in or subscribe.\n\nForgot your password?\n",
    ],
)
def test_a_text_page_that_is_not_an_article_gives_none(raw: str) -> None:
    assert parse_text_article(raw, "a.txt") is None


def test_a_story_about_subscriptions_is_not_cut_as_a_paywall() -> None:
    line = (
        "The streaming service said it would give subscribers unlimited access to the full "
        "story archive from June."
    )
    text = text_of(f"Ferry timetable approved\n\n{line}\n\n{BODY}")

    assert "car deck" in text


def test_a_paywall_overlay_over_the_whole_story_drops_only_the_prompt() -> None:
    prompt = "Subscribe now to our digital edition for the full story."
    story = "\n\n".join([BODY] * 4)
    text = text_of(f"Ferry timetable approved\n\n{prompt}\n\n{story}")

    assert prompt not in text
    assert "car deck" in text


def test_a_post_about_templates_is_an_article() -> None:
    raw = (
        "Templates in five minutes\n\n"
        "A template marks each value it fills in with double braces, as in {{ title }}, and the "
        "renderer replaces every mark with the value of the same name when the page is built.\n\n"
        "Loops work the same way: {{ item.name }} inside a loop prints each item in turn, so one "
        "short template can produce a long list without repeating any markup by hand.\n"
    )
    assert parse_text_article(raw, "a.txt") is not None


def test_a_short_story_about_cookie_rules_is_an_article() -> None:
    raw = (
        "Regulator fines retailer\n\n"
        "The regulator fined a retailer for setting cookies before visitors could give their "
        "consent, the first such fine this year.\n"
    )
    assert parse_text_article(raw, "a.txt") is not None


# ends_sentence reads a line from its end; it must agree with the pattern it replaced, which
# `search` tried at every full stop of a line
_ENDS_SENTENCE_PATTERN = re.compile("[.!?\u2026][\"'\u201d\u2019\u00bb)\\]]*$")


@given(st.lists(st.sampled_from([*".!?\u2026\"')]\u201d\u2019\u00bb\n :x(", "ab"]), max_size=12))
def test_ends_sentence_agrees_with_the_end_pattern(pieces: list[str]) -> None:
    line = "".join(pieces)
    assert ends_sentence(line) == bool(_ENDS_SENTENCE_PATTERN.search(line))


@given(
    st.lists(st.sampled_from(["ferry", "  ", "\n", "\t", " ", "\u00a0", "harbour."]), max_size=200)
)
def test_word_count_is_exact_as_far_as_any_rule_looks(pieces: list[str]) -> None:
    # the furniture rules compare a line's words with limits up to COUNTED_WORDS
    line = "".join(pieces)
    assert PROMO_WORDS <= COUNTED_WORDS
    assert word_count(line) == min(len(line.split()), COUNTED_WORDS + 1)


@given(
    st.text(
        alphabet=st.sampled_from("ab .\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x00\x7f\u00a0\u2003\xadé"),
        max_size=30,
    )
)
def test_the_duplicate_key_folds_white_space_as_splitting_does(line: str) -> None:
    from qabot.ingest.debris import _spacing_folded

    assert _spacing_folded(line) == " ".join(line.split())


def test_a_paragraph_repeated_with_other_spacing_is_dropped_once() -> None:
    text = (
        BODY
        + "\nFerries  will leave every forty minutes from May, the authority\u00a0said"
        + " in a statement.\n"
    )
    article = parse_text_article("Ferry timetable approved\n\n" + text, "ferry.txt")
    assert article is not None
    assert article.text.count("Ferries will leave") == 1
    assert "Ferries  will" not in article.text
