"""Other forms of a word at question time: British and American spellings among them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.search.word_forms import (
    _found_kin,
    _may_have_kin,
    kin_forms,
    spelling_variants,
    synonym_forms,
)
from qabot.text import tokenize


def _stem(word: str) -> str:
    (term,) = tokenize(word)
    return term


@pytest.mark.parametrize(
    ("asked", "written"),
    [
        ("neighbourhood", "neighborhood"),
        ("neighborhood", "neighbourhood"),
        ("organise", "organize"),
        ("analysed", "analyzed"),
        ("centre", "center"),
        ("theater", "theatre"),
        ("defence", "defense"),
        ("licence", "license"),
        ("behaviour", "behavior"),
        ("labor", "labour"),
    ],
)
def test_the_other_sides_spelling_is_a_form_of_the_word(asked: str, written: str) -> None:
    kin = kin_forms([_stem(asked)], {_stem(written)})
    assert kin == {_stem(written): [_stem(asked)]}


@pytest.mark.parametrize(
    ("asked", "written"), [("Europe", "European"), ("European", "Europe"), ("Korea", "Korean")]
)
def test_a_places_adjective_is_a_form_of_it(asked: str, written: str) -> None:
    assert kin_forms([_stem(asked)], {_stem(written)}) == {_stem(written): [_stem(asked)]}


@pytest.mark.parametrize(
    ("asked", "written"),
    [("sales", "sold"), ("sold", "sale"), ("loss", "lost"), ("died", "death"), ("flight", "flew")],
)
def test_an_action_noun_and_its_verbs_forms_are_one_family(asked: str, written: str) -> None:
    assert kin_forms([_stem(asked)], {_stem(written)}) == {_stem(written): [_stem(asked)]}


@pytest.mark.parametrize(
    ("asked", "written"),
    [("fourth", "forth"), ("mourning", "morning"), ("peter", "petr"), ("born", "bourne")],
)
def test_words_that_only_look_like_another_spelling_stay_apart(asked: str, written: str) -> None:
    assert kin_forms([_stem(asked)], {_stem(written)}) == {}


def test_spelling_variants_adds_only_new_terms() -> None:
    terms = [_stem("neighbourhood"), _stem("centre"), _stem("stadium")]
    assert spelling_variants(terms) == sorted({_stem("neighborhood"), _stem("center")})


@pytest.mark.parametrize(
    ("asked", "written"),
    [("mistake", "error"), ("remark", "comment"), ("cost", "price"), ("swamped", "flooded")],
)
def test_a_synonym_stands_for_the_word_asked(asked: str, written: str) -> None:
    assert synonym_forms([_stem(asked)], {_stem(written)}) == {_stem(written): [_stem(asked)]}


@pytest.mark.parametrize(
    ("asked", "written"),
    [("mistake", "price"), ("firm", "soft"), ("management", "director")],  # people: who speaks
)
def test_other_words_are_no_synonyms(asked: str, written: str) -> None:
    assert synonym_forms([_stem(asked)], {_stem(written)}) == {}


def test_a_word_in_several_groups_has_the_synonyms_of_each_but_not_itself() -> None:
    # "remark" is in "comment remark" and "mention note observe remark"
    written = {_stem(w) for w in ("remark", "comment", "observe", "cost")}
    assert synonym_forms([_stem("remark")], written) == {
        _stem("comment"): [_stem("remark")],
        _stem("observe"): [_stem("remark")],
    }


def test_a_stop_word_or_a_word_in_no_group_has_no_synonyms() -> None:
    assert synonym_forms(["", "the", "zzyzx"], {"", "the", "zzyzx", _stem("price")}) == {}


_WORDS = [
    "crowd",
    "overcrowd",
    "australia",
    "australian",
    "china",
    "chines",
    "invad",
    "invas",
    "europ",
    "european",
    "shoot",
    "shot",
    "dot",
    "com",
    "dotcom",
    "colour",
    "color",
    "reform",
    "form",
    "stadium",
    "nation",
    "nations",
    "admit",
    "admiss",
    "ab",
]


@given(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4),
    st.sets(st.sampled_from(_WORDS) | st.text("abcnorst", min_size=1, max_size=9), max_size=12),
)
def test_the_quick_look_misses_no_form_found_one_by_one(
    terms: list[str], vocabulary: set[str]
) -> None:
    # kin_forms first asks whether a passage may hold any form (most hold none), then finds them
    ordered = sorted(vocabulary)
    found = _found_kin(terms, vocabulary, ordered)
    assert kin_forms(terms, vocabulary) == found
    if found:
        assert _may_have_kin(terms, vocabulary, ordered)


def test_a_peoples_noun_is_kin_to_its_adjective() -> None:
    # "Britons" asked of passages on "British" nationals, and the other way
    assert kin_forms(tokenize("britons"), set(tokenize("British troops"))) == {
        "british": ["briton"]
    }
    assert kin_forms(tokenize("danish"), set(tokenize("two Danes"))) == {"dane": ["danish"]}
    assert kin_forms(tokenize("brit"), set(tokenize("British"))) == {}  # the Brit awards


def test_a_country_is_kin_to_a_nationality_no_ending_makes() -> None:
    # "norwegian" asked of passages on "Norway", and the other way
    found = kin_forms(tokenize("norwegian oil"), set(tokenize("Norway's oil fund")))
    assert list(found.values()) == [["norwegian"]]
    found = kin_forms(tokenize("lebanon"), set(tokenize("the Lebanese government")))
    assert list(found.values()) == [["lebanon"]]


def test_longer_forms_are_found_among_words_sorted_between_them() -> None:
    # only the words opening with a long term are sorted: another term's forms, and words
    # sorting between a term and its forms, change nothing
    vocabulary = {"australian", "australiaz", "austral", "austria", "crowded", "overcrowd", "zzz"}
    assert kin_forms(["australia", "crowd"], vocabulary) == {
        "australian": ["australia"],
        "australiaz": ["australia"],
        "austral": ["australia"],
        "crowded": ["crowd"],
        "overcrowd": ["crowd"],
    }
    assert kin_forms(["austria", "crowd"], {"australian", "austrian", "crowdwise"}) == {
        "austrian": ["austria"]
    }
