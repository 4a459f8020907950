"""Bulleted labels: a line opening with a bullet and a speaker ("- Leith coach Ann Pike:
“...”"), as lists of managers' comments are written, gives the quotes after it to that speaker
(invented texts)."""

from __future__ import annotations

from tests.attribution.test_quotes import attributed


def test_a_bulleted_label_gives_its_speaker_the_quotes_after_it() -> None:
    assert attributed(
        "Leith won the cup final 2-1 on Saturday.",
        '- Leith coach Ann Pike: "We were the better side. "The second goal settled it." '
        "Leith: Moss, Dunne, Reid.",
    ) == [("Ann Pike", 'We were the better side. "The second goal settled it.')]


def test_a_bulleted_label_may_leave_out_the_colon() -> None:
    assert attributed(
        "Perth lost at home again.",
        '- Perth manager Tom Grieve "We were poor from the start and deserved nothing."',
    ) == [("Tom Grieve", "We were poor from the start and deserved nothing.")]


def test_a_bullet_before_a_quote_and_its_cue_is_read_as_before() -> None:
    assert attributed('- "We will be back next season," said Tom Grieve.') == [
        ("Tom Grieve", "We will be back next season")
    ]
