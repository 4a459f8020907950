"""A surname two people of one story share, before either has spoken (invented texts)."""

from __future__ import annotations

from tests.attribution.test_quotes import attributed


def speakers(*paragraphs: str) -> list[str]:
    return [speaker for speaker, _ in attributed(*paragraphs)]


def test_a_surname_is_the_one_named_before_it_not_one_named_later() -> None:
    assert speakers(
        "Wales captain Owen Pryce will miss the final with a broken wrist.",
        'Pryce said: "I am gutted to miss the game."',
        'And coach Gareth Pryce said: "Owen has led us superbly all season."',
    ) == ["Owen Pryce", "Gareth Pryce"]


def test_once_one_of_them_has_spoken_the_surname_goes_on_with_the_speaker() -> None:
    assert speakers(
        'Senator Ruth Dahl said: "We will pass the bill."',
        "Her husband, Carl Dahl, a retired judge, sat beside her at the rally.",
        'Dahl added: "It is a good day for the state."',
    ) == ["Ruth Dahl", "Ruth Dahl"]


def test_the_one_named_before_need_not_have_a_first_name_the_lexicon_knows() -> None:
    assert speakers(
        "Ruaridh Tennant is back in the Perth squad after a ban.",
        '"I am glad to be playing again," said Tennant on Monday.',
        "Squad: Ruaridh Tennant (Perth), Torquil Tennant (Leith), Amos Reid (Leith).",
    ) == ["Ruaridh Tennant"]
