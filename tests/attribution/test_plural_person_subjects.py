"""A sentence's subject that ends in a plural noun of people after a capitalised word ("Harbour
officials gave ...", "Other Tory candidates, including ..."): the noun is no verb, and the whole
phrase speaks after a participle; not after an opening clause ("As voters went to the polls"),
nor a verb in -s that is no person ("Tom Vance remains committed")."""

from __future__ import annotations

import pytest

from qabot.attribution.sentence_subjects import subject_words
from tests.attribution.test_quotes import attributed

INTRO = "The harbour board met on Monday to discuss the ferry."


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Welsh officials gave a briefing on Monday, explaining that the ferry was late.",
            "Welsh officials",
        ),
        (
            "Harbour board officials played down the delay, arguing that the ferry was fine.",
            "Harbour board officials",
        ),
        (
            "Other Tory candidates, including Jo Ruiz, have followed, saying the ferry is late.",
            "other Tory candidates",
        ),
        (
            "Welsh leaders who opposed the plan have backed it, warning that the ferry is late.",
            "Welsh leaders",
        ),
    ],
)
def test_a_plural_person_noun_ends_the_subject_before_its_verb(
    sentence: str, speaker: str
) -> None:
    assert [s for s, _ in attributed(INTRO, sentence)] == [speaker]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Welsh officials gave a briefing.", "gave"),
        ("Welsh officials had left.", "had"),
        ("Tom Vance remains committed to the ferry.", "remains"),
        ("Acme heads the group.", "heads"),
    ],
)
def test_the_verb_after_a_plural_person_noun_or_a_name(text: str, verb: str) -> None:
    assert subject_words(text, 0, len(text))[1] == verb


def test_an_opening_clause_keeps_its_plural_subject_apart() -> None:
    """An opening clause ("As voters went to the polls, ..."): its subject is not the main one."""
    sentence = (
        "As voters went to the polls, the harbour board sent out a letter and accused Jo Ruiz "
        "of lying about the ferry."
    )
    assert all(s != "voters" for s, _ in attributed(INTRO, sentence))


@pytest.mark.parametrize("word", ["Half", "Plenty"])
def test_a_quantifier_is_no_speakers_name(word: str) -> None:
    said = attributed(f"{INTRO} {word} of them argue that the ferry is too small for the town.")
    assert all(who != word for who, _ in said)
