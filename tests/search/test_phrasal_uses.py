"""Phrasal verbs a question writes, in any form and case of their verb, in the lexicon's order
of the verbs and, for one verb, the order they are written in."""

from __future__ import annotations

from qabot.search.phrasal_uses import phrasal_meanings, phrasal_uses


def test_each_phrasal_verb_is_found_as_typed_in_any_form_and_case() -> None:
    uses = phrasal_uses("Who SET UP the firm, and why did she step down and then stepped Down?")
    # the lexicon's order ("set up" before "step down"), then each verb's places in order
    assert [typed for typed, _ in uses] == ["SET UP", "step down", "stepped Down"]
    assert "resign" in uses[1][1] and "found" in uses[0][1]


def test_two_verbs_of_one_particle_are_both_found() -> None:
    # "give up" and "set up" share their particle
    assert [typed for typed, _ in phrasal_uses("they set up a fund and gave up")] == [
        "gave up",
        "set up",
    ]


def test_a_question_without_a_particle_holds_no_phrasal_verb() -> None:
    assert phrasal_uses("why did the mayor resign") == []
    assert phrasal_uses("why did the mayor set upon them") == []  # "upon" is no "up"
    assert phrasal_meanings("why did the mayor resign") == frozenset()


def test_a_letter_folded_to_ascii_still_reads_the_particle() -> None:
    # the long s is an "s" to a pattern ignoring case: "ſet" is "set"
    assert [typed for typed, _ in phrasal_uses("why was the firm ſet up")] == ["ſet up"]
