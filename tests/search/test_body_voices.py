"""A body asked by name speaks through its own spokespeople, not through those of a body whose
longer name holds its name ("the Spanish FA", "the Football Association of Wales"). Through
answer(), on invented articles."""

from __future__ import annotations

import io
from pathlib import Path

from qabot.console import run
from qabot.search import answer
from qabot.search.body_voices import unnamed_voices
from tests.support.indexes import index_of

ARTICLES = {
    "ban.txt": (
        "FA bans striker for three games\n\n"
        "The FA has banned Rovers striker Len Dacre for three games after a clash with a "
        "referee.\n\n"
        'The FA said: "Respect for referees is not negotiable."\n\n'
        'FA spokesman Owen Tarrant said: "The ban sends a clear message about respect for '
        'officials."\n'
    ),
    "madrid.txt": (
        "Coach fined over remarks\n\n"
        "Luis Ordaz, president of the Spanish FA's disciplinary committee, said the coach "
        "would not be banned.\n\n"
        '"A fine is sufficient punishment for the remarks," Ordaz told a radio station.\n'
    ),
    "cairo.txt": (
        "Forward returns to national squad\n\n"
        "The forward apologised on Sunday. Meanwhile, Egypt FA spokesman Samir Halawa "
        "welcomed the apology.\n\n"
        '"The apology makes him a bigger star," Halawa said.\n'
    ),
    "cardiff.txt": (
        "Welsh cup draw made\n\n"
        "The Football Association of Wales spokesman Rhys Pugh said the draw went well.\n\n"
        '"Every club is happy with the draw," Pugh said.\n'
    ),
}


def test_a_body_asked_by_name_is_heard_without_bodies_whose_names_hold_its_name(
    tmp_path: Path,
) -> None:
    index = index_of(tmp_path, ARTICLES)
    result = answer(index, "what did the fa say", top=5)
    speakers = {hit.speaker for hit in result.quotes}
    assert "Owen Tarrant" in speakers
    assert speakers.isdisjoint({"Luis Ordaz", "Samir Halawa", "Rhys Pugh"})
    assert "Ordaz" not in result.lead and "Halawa" not in result.lead


def test_a_body_whose_longer_name_is_asked_is_still_heard_through_its_voices(
    tmp_path: Path,
) -> None:
    index = index_of(tmp_path, ARTICLES)
    result = answer(index, "what did the spanish fa say about the coach", top=5)
    assert any(hit.speaker == "Luis Ordaz" for hit in result.quotes)


def test_the_console_names_only_the_bodys_own_voices(tmp_path: Path) -> None:
    index = index_of(tmp_path, ARTICLES)
    shown = io.StringIO()
    run(lambda asked: answer(index, asked), io.StringIO("what did the fa say\n"), shown)
    assert "What the FA and people speaking for them (Owen Tarrant) said:" in shown.getvalue()
    assert "Halawa" not in shown.getvalue()


SPOKESPEOPLE = {
    "quay.txt": (
        "Harbour fees to rise\n\n"
        "Tarn Harbour Board will raise mooring fees in spring.\n\n"
        '"The quays need new timber," a Harbour Board spokeswoman said.\n\n'
        'Harbour master Jonas Vik said: "Boats will pay by the metre."\n'
    ),
}


def test_a_bodys_unnamed_spokespeople_speak_for_it_and_a_body_without_them_has_none(
    tmp_path: Path,
) -> None:
    index = index_of(tmp_path, SPOKESPEOPLE)
    assert unnamed_voices(index, "Harbour Board", ()) == ["a Harbour Board spokeswoman"]
    # no description names a spokesperson of these: nothing (and no pattern is made)
    assert unnamed_voices(index, "Harbour Master", ()) == []
    assert unnamed_voices(index, "Rowing Club", ()) == []
