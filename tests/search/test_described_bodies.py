"""A body asked with the noun the articles put before its name ("streaming service glimmer"),
heard through the spokespeople quoted under its name, and a spokesman asked of a body whose
name holds "for" and "and". Through answer(), on invented articles."""

from __future__ import annotations

import io
from pathlib import Path

from qabot.console import run
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "fine.txt": (
        "Streaming service fined over adverts\n\n"
        "Streaming service Glimmer has been fined for sending adverts that frightened "
        "subscribers.\n\n"
        "Glimmer said it had received 40 complaints about the leaflets.\n\n"
        'A Glimmer spokeswoman said: "We apologise to anyone the leaflets upset, and the '
        'campaign has ended."\n'
    ),
    "prices.txt": (
        "Subscriptions to cost more\n\n"
        "Viewers of the Glimmer service face higher bills this spring.\n\n"
        "A Glimmer spokeswoman said subscription prices would rise by two pounds in May.\n"
    ),
    "rival.txt": (
        "Rival service grows\n\n"
        "The streaming service Lumo has gained a million subscribers this year.\n\n"
        "Streaming service boss Kit Marlow said the complaints about rivals helped Lumo.\n"
    ),
    "roads.txt": (
        "Bridge tolls to stay\n\n"
        "Motorists will keep paying tolls on the Harwick bridge next year.\n\n"
        "A spokesman for the Ministry of Roads and Bridges said the tolls paid for repairs "
        "to the bridge deck.\n"
    ),
    "singer.txt": (
        "Singer cancels tour\n\n"
        "Singer Ada Vale has cancelled her autumn tour after a throat infection.\n\n"
        '"I am heartbroken to let my fans down," Vale said.\n\n'
        'A spokesman for Ada Vale said: "Refunds for the tour will be paid in full."\n'
    ),
}


def test_a_body_asked_with_the_noun_its_story_gives_it_is_that_body(tmp_path: Path) -> None:
    index = index_of(tmp_path, ARTICLES)
    result = answer(index, "what did streaming service glimmer say about the complaints", top=5)
    assert result.speaker == "Glimmer"
    assert any("40 complaints" in hit.quote.text for hit in result.quotes)


def test_a_body_asked_with_the_and_its_noun_is_that_body_not_a_role_holder(
    tmp_path: Path,
) -> None:
    index = index_of(tmp_path, ARTICLES)
    result = answer(
        index, "what did the streaming service glimmer say about the complaints", top=5
    )
    assert result.speaker == "Glimmer"
    assert all("Marlow" not in hit.speaker for hit in result.quotes)


def test_a_noun_the_articles_never_write_before_the_name_reads_no_one(tmp_path: Path) -> None:
    index = index_of(tmp_path, ARTICLES)
    result = answer(index, "what did radio station glimmer say about the complaints", top=5)
    assert result.speaker is None
    assert not result.quotes


def test_a_body_speaks_through_the_spokespeople_quoted_under_its_name(tmp_path: Path) -> None:
    index = index_of(tmp_path, ARTICLES)
    result = answer(index, "what did glimmer say about the leaflets", top=5)
    assert any(hit.speaker == "a Glimmer spokeswoman" for hit in result.quotes)
    assert "people speaking for them (a Glimmer spokeswoman)" in result.lead


def test_a_persons_spokesman_is_not_heard_as_their_own_words(tmp_path: Path) -> None:
    index = index_of(tmp_path, ARTICLES)
    result = answer(index, "what did ada vale say about the tour", top=5)
    assert result.quotes
    assert all(hit.speaker == "Ada Vale" for hit in result.quotes)


def test_a_spokesman_of_a_body_named_with_and_is_the_body(tmp_path: Path) -> None:
    index = index_of(tmp_path, ARTICLES)
    result = answer(
        index, "what did the Ministry of Roads and Bridges spokesman say about the tolls", top=5
    )
    assert result.quotes
    assert "repairs to the bridge deck" in result.quotes[0].quote.text


def test_a_bodys_voice_alone_on_screen_is_named_above_its_words(tmp_path: Path) -> None:
    index = index_of(tmp_path, ARTICLES)
    shown = io.StringIO()
    asked = "what did glimmer say about subscription prices\n"
    run(lambda question: answer(index, question), io.StringIO(asked), shown)
    transcript = shown.getvalue()
    assert "two pounds in May" in transcript
    assert "  a Glimmer spokeswoman:\n" in transcript


def test_a_persons_own_words_alone_are_not_named_again(tmp_path: Path) -> None:
    index = index_of(tmp_path, ARTICLES)
    shown = io.StringIO()
    run(lambda question: answer(index, question), io.StringIO("what did ada vale say\n"), shown)
    transcript = shown.getvalue()
    assert "heartbroken" in transcript
    assert "  Ada Vale:\n" not in transcript


def test_a_role_at_a_body_is_its_holder_not_the_body(tmp_path: Path) -> None:
    articles = {
        **ARTICLES,
        "growth.txt": (
            "Glimmer plans to expand\n\n"
            "Glimmer said it would open offices in three cities.\n\n"
            '"Growth will slow next year," said Tom Reed, a senior analyst for Glimmer.\n'
        ),
    }
    index = index_of(tmp_path, articles)
    result = answer(index, "what did the senior analyst for Glimmer say about growth", top=5)
    assert result.speaker == "Tom Reed"
    assert [hit.speaker for hit in result.quotes] == ["Tom Reed"]
