"""Who "the judge" is after a passive agent, where the words before a name stop, and a time
between a name and its verb; each on a short invented text."""

from __future__ import annotations

from qabot.attribution.name_clues import words_before
from tests.attribution.test_quotes import attributed


def test_a_passive_agent_is_no_role_of_the_one_acted_on() -> None:
    # the sentencing judge acted on Pell: a later "the judge said" is not Pell
    assert attributed(
        'Joss Pell was called "the worst forger in Fenwick" by the sentencing judge.',
        'Police began watching Pell in 2001. The judge said that "a long term was needed".',
    ) == [("the judge", "a long term was needed")]


def test_the_words_before_a_name_stop_at_a_sentence_end() -> None:
    text = "He was jailed by the sentencing judge. The Harbour Trust said"
    assert words_before(text, text.index("The Harbour")) == []
    text = "a talk by Sen. Ann Ward"
    assert words_before(text, text.index("Ann")) == ["a", "talk", "by", "Sen."]


def test_a_time_of_day_between_a_name_and_its_cue() -> None:
    assert attributed("Ann Ward on Thursday evening said the harbour would close.") == [
        ("Ann Ward", "the harbour would close")
    ]


def test_a_bodys_person_is_named_after_its_possessive() -> None:
    # "Fenwick Rovers' Ann Ward": the club's woman opens the sentence and the passage is hers
    assert attributed(
        "Fenwick Rovers's Ann Ward has praised her players.",
        '"That was our hardest game," said the Rovers boss.',
    ) == [("Ann Ward", "her players"), ("Ann Ward", "That was our hardest game")]
