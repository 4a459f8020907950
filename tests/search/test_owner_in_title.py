"""A role owned by a person the story is about: "what did Anna Varga's coach say?" where the
title calls her by surname ("Varga eyes indoor title") and the story gives "her coach Tom
Reilly". Through answer() and the console, on invented articles."""

from __future__ import annotations

import io
from pathlib import Path

from qabot.console import run
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "varga.txt": (
        "Varga eyes indoor title\n\n"
        "Long jumper Anna Varga has cut her schedule to be fit for the indoor championships.\n\n"
        "The 24-year-old has a sore hip and has pulled out of two meetings this month. "
        '"It is only a strain," said her coach Tom Reilly. "She will be back jumping soon."\n'
    ),
    "relay.txt": (
        "Relay squad named\n\n"
        "The relay squad for the spring meetings was named on Monday.\n\n"
        '"We have real depth this year," said head coach Dan Moss.\n'
    ),
    "marathon.txt": (
        "Marathon route changed\n\n"
        "The city marathon will start by the river this year after roadworks.\n\n"
        '"The new start is flatter," said race director Ewa Lind.\n'
    ),
}


def test_a_persons_role_holder_is_found_where_the_title_calls_them_by_surname(
    tmp_path: Path,
) -> None:
    index = index_of(tmp_path, ARTICLES)
    result = answer(index, "what did anna varga's coach say", top=3)
    assert result.speaker == "Tom Reilly"
    assert result.quotes[0].quote.text == "It is only a strain"
    shown = io.StringIO()
    run(
        lambda asked: answer(index, asked), io.StringIO("what did anna varga's coach say\n"), shown
    )
    assert "Tom Reilly" in shown.getvalue()
    assert "Dan Moss" not in shown.getvalue()


def test_a_title_naming_another_with_the_surname_ties_no_one(tmp_path: Path) -> None:
    # the relay story's title names no Varga: its head coach is nobody's coach asked
    index = index_of(tmp_path, ARTICLES)
    result = answer(index, "what did anna varga's coach say", top=3)
    assert all(hit.speaker != "Dan Moss" for hit in result.quotes)
