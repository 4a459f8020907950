"""`ties`: a sentence makes an owner part of a person's role, or it does not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qabot.attribution import may_name, ties
from qabot.search.quoted_words import unquoted


@pytest.mark.parametrize(
    ("sentence", "owner", "anchors", "tied"),
    [
        ("Celtic boss Martin O'Neill said the game was awkward.", ["Celtic"], ["O'Neill"], True),
        ("Martin O'Neill, the Celtic manager, was angry.", ["Celtic"], ["O'Neill"], True),
        ("Piet Sand of Wanderers said so.", ["Wanderers"], ["Sand"], True),
        ('"We stand together," the NATO chief said.', ["NATO"], ["Ruiz"], False),
        ("Alliance chief Ana Ruiz met the Nato envoy.", ["NATO"], ["Ruiz"], False),
        ("Ana Ruiz, the Nato chief, spoke.", ["NATO"], ["Ruiz"], True),
        ("Anyone who needs care, said head Lara Voss.", ["WHO"], ["Voss"], False),
        ("Reds manager Tom Hale praised the Red Cross.", ["Red", "Cross"], ["Hale"], False),
        (
            "Milan beat Juventus on penalties and Ancelotti said he was happy.",
            ["Juventus"],
            ["Ancelotti"],
            False,
        ),
        ("Celtic captain Neil Lennon said it.", ["Celtic"], ["Lennon"], False),
        ("Tom Hale, the head of the Red Cross, said so.", ["Red", "Cross"], ["Hale"], True),
    ],
)
def test_ties(sentence: str, owner: list[str], anchors: list[str], tied: bool) -> None:
    roles = {"manager", "boss", "coach", "chief", "head"}
    assert bool(ties(sentence, owner, anchors, roles)) is tied


def test_a_cue_ties_only_the_phrase_beside_it() -> None:
    roles = {"chief", "head"}
    assert ties(
        '"We stand together," the NATO chief said.', ["NATO"], ["Ruiz"], roles, cues=["said"]
    )
    assert ties('"We stand," said the NATO chief.', ["NATO"], ["Ruiz"], roles, cues=["said"])
    assert not ties(
        "Ruiz claimed that NATO chief Ana Ruiz agreed.",
        ["NATO"],
        ["Hale"],
        roles,
        cues=["claimed"],
    )


def test_no_owner_ties_nothing() -> None:
    assert not ties("Tom Hale, the manager, spoke.", [], ["Hale"])


def test_a_committee_chairman_is_not_the_chairman_of_a_body_the_sentence_names() -> None:
    sentence = '"The Herald must answer to parliament," said the committee chairman, Ed Lyle.'
    assert not ties(sentence, ["Herald"], ["Lyle"], ["chairman"])
    assert ties("Herald chairman Ed Lyle said so.", ["Herald"], ["Lyle"], ["chairman"])


def test_a_role_held_at_another_body_ties_nothing_the_sentence_names() -> None:
    sentence = "Ivo Lind, a research director at analyst Quantex, said Pear had done well."
    roles = {"director", "boss", "chief"}
    assert not ties(sentence, ["Pear"], ["Lind"], roles)
    assert ties(sentence, ["Quantex"], ["Lind"], roles)
    assert ties("Ivo Lind, director of the Red Cross, spoke.", ["Red", "Cross"], ["Lind"], roles)


def test_an_acronym_stands_for_the_name_it_follows() -> None:
    sentence = "said Han Ji-woo, governor of Northern Harbour Bank (NHB) - a creditor."
    assert ties(sentence, ["NHB"], ["Ji-woo"], {"governor"}) == {"NHB"}
    assert not ties(
        "said Han Ji-woo, governor of the NHB's rival.", ["NHB"], ["Lee"], {"governor"}
    )


def test_a_name_then_words_then_with_an_owner_is_no_member_of_it() -> None:
    roles = {"chief", "head"}
    sentence = "After Mr Crane's battle with Eastmoor chief Ada Brook, the powers are reviewed."
    assert not ties(sentence, ["Eastmoor"], ["Crane"], roles, loose=False)
    assert ties(sentence, ["Eastmoor"], ["Brook"], roles, loose=False)
    assert ties("Piet Sand of Wanderers said so.", ["Wanderers"], ["Sand"], roles, loose=False)


def test_a_sentence_naming_no_owner_word_ties_nothing_cut_or_not() -> None:
    """`may_name` False: `ties` finds nothing, in the sentence or in it with its quoted words
    cut to their names (`role_owners` skips such sentences unread)."""
    roles = {"chief", "manager"}
    assert may_name("Ana Ruiz, the nato chief, spoke.", ["NATO"])
    assert may_name("Ana Ruiz of NATO's staff", ["Nato"])
    assert not may_name("Ana Ruiz, the alliance chief, spoke.", ["NATO"])
    assert may_name("anything at all", ["Red Cross"])  # a word with a space: never ruled out
    sentence = '"Natoli is fine," Ana Ruiz, the chief, said.'
    assert may_name(sentence, ["NATO"])  # only a part of a word: read, and not tied
    assert not ties(sentence, ["NATO"], ["Ruiz"], roles, cues=["said"])


@settings(deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Celtic",
                "celtic",
                "Nato",
                "NATO",
                "boss",
                "manager",
                "Ruiz",
                "said",
                "the",
                "of",
                "'s",
                ",",
                "Red",
                "Cross",
                "Ed",
                "Lyle",
            ]
        ),
        max_size=14,
    ),
    st.sampled_from([["Celtic"], ["NATO"], ["Red", "Cross"], ["Herald"]]),
)
def test_may_name_false_means_no_tie(words: list[str], owner: list[str]) -> None:
    sentence = " ".join(words)
    if not may_name(sentence, owner):
        for anchors in (["Ruiz"], ["Lyle"]):
            assert not ties(sentence, owner, anchors, {"boss", "manager"}, cues=["said"])
            cut = unquoted(sentence, 0, [(0, len(sentence) // 2)])
            assert not may_name(cut, owner)


@pytest.mark.parametrize(
    "sentence",
    [
        "Former captain Ned Hart believes Wexford can win the title.",
        "Former Wexford captain Ned Hart said the title was theirs to lose.",
        "Ned Hart, the former Wexford captain, spoke.",
        "Wexford's former captain Ned Hart said so.",
        "Wexford ex-captain Ned Hart said so.",
    ],
)
def test_a_role_held_before_is_not_the_role_asked(sentence: str) -> None:
    assert not ties(sentence, ["Wexford"], ["Hart"], {"captain"})


def test_a_role_held_before_ties_when_the_question_asks_for_a_former_holder() -> None:
    sentence = "Former Wexford captain Ned Hart said the title was theirs to lose."
    assert ties(sentence, ["Wexford"], ["Hart"], {"captain"}, past=True)
    assert ties("Wexford captain Ned Hart said so.", ["Wexford"], ["Hart"], {"captain"})


def test_a_quotes_last_word_before_the_name_after_it_is_no_owner() -> None:
    # '"... for Wexford," Hart added': the quote's words cut to its names leave the owner's
    # name next to the speaker's, with the quote's comma and mark between
    roles = {"captain"}
    assert not ties('" For Wexford ," Hart added.', ["Wexford"], ["Hart"], roles, cues=["added"])
    assert ties("Wexford's Ned Hart said so.", ["Wexford"], ["Hart"], roles)


@pytest.mark.parametrize(
    ("sentence", "tied"),
    [
        # the person's own name before the role, the owner ending the body's name after it
        (
            "Its creator, Ada Vale, lecturer at the Centre for Optics at the University of "
            "Brennick, calls it a child.",
            True,
        ),
        ("Ada Vale, lecturer at the University of Brennick, spoke.", True),
        # a lecturer at another body, in a sentence naming the owner further on
        ("Tom Pell, a lecturer at Halden College, praised the University of Brennick.", False),
        ("Ada Vale met Tom Pell, a lecturer at Halden College in Brennick.", False),
    ],
)
def test_a_role_held_at_a_body_named_after_the_owner(sentence: str, tied: bool) -> None:
    anchors = ["Vale"] if "Ada Vale," in sentence[:40] else ["Pell"]
    assert bool(ties(sentence, ["Brennick"], anchors, {"lecturer"})) is tied
