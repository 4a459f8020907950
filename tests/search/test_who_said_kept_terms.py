"""The who-said ranking's inputs read from the terms kept for quotes and passages (tuples as
stored, sentence terms as one string each), with the outcomes they had as copied lists."""

from __future__ import annotations

from qabot.records import Passage, Quote
from qabot.search.named_stories import story_names
from qabot.search.word_forms import with_kin


def _passage(
    position: int, sentence_terms: tuple[str, ...], title: tuple[str, ...] = ()
) -> Passage:
    return Passage(
        id=f"a1:{position}",
        article_id="a1",
        position=position,
        start=0,
        end=10,
        text="x",
        sentence_terms=sentence_terms,
        title_terms=title,
    )


def _quote() -> Quote:
    return Quote(
        speaker="Ada Vale",
        text="We will win.",
        sentence='"We will win," said Ada Vale.',
        article_id="a1",
        kind="direct",
        cue="said",
        start=1,
        end=13,
    )


def test_with_kin_keeps_a_tuple_without_a_form_and_adds_the_term_to_one_with_it() -> None:
    documents = [("goal", "kick"), ("overcrowd", "squar")]
    found = with_kin(documents, {"overcrowd": ["crowd"]})
    assert found[0] is documents[0]  # nothing to add: not copied
    assert list(found[1]) == ["overcrowd", "squar", "crowd"]


def test_with_kin_without_forms_returns_the_documents_as_they_are() -> None:
    assert with_kin([("goal",), ["kick"]], {}) == [("goal",), ["kick"]]


def test_a_story_is_about_a_name_in_its_lead_its_title_or_three_sentences() -> None:
    hits = [
        (_passage(0, ("arsen win", "team play", "arsen lost", "club")), 1.0),
        (_passage(3, ("wale plai", "wale won", "wale lost", "chelsea")), 0.5),
    ]
    about = story_names(["arsen", "wale", "chelsea", "spur"], lambda _: hits)
    assert about is not None
    # "arsen" in the lead; "wale" in three later sentences; "chelsea" only once, later
    assert about(_quote()) == frozenset({"arsen", "wale"})


def test_a_name_is_a_whole_term_of_a_sentence_not_part_of_one() -> None:
    hits = [(_passage(2, ("arsenal fan", "x arsenal", "arsenal y")), 1.0)]
    about = story_names(["arsen"], lambda _: hits)
    assert about is not None and about(_quote()) == frozenset()


def test_a_name_in_the_title_terms_makes_the_story_about_it() -> None:
    hits = [(_passage(4, ("team play",), title=("spur", "win")), 1.0)]
    about = story_names(["spur"], lambda _: hits)
    assert about is not None and about(_quote()) == frozenset({"spur"})
