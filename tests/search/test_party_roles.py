"""A party's words in a question, read in one spelling (`party_roles`)."""

from __future__ import annotations

from qabot.search.party_roles import party_words


def test_party_words_are_read_in_one_spelling() -> None:
    assert party_words(["Tory"]) == party_words(["conservatives"]) == {"conservative"}
    assert party_words("lib dem".split()) == {"liberal", "democrat"}
    assert party_words("the energy minister".split()) == set()


def test_party_words_read_plurals_and_possessives_as_the_text_stage_does() -> None:
    assert party_words(["Tories'"]) == party_words(["tory's"]) == {"conservative"}
    assert party_words(["Dems"]) == party_words(["Democratic"]) == {"democrat"}
    assert party_words(["GOP"]) == {"republican"}


def test_words_that_only_share_a_party_words_stem_name_no_party() -> None:
    assert party_words("the conservation minister".split()) == set()
    assert party_words("the liberation army leader".split()) == set()
    assert party_words(["laboured"]) == party_words(["democracy"]) == set()
    assert party_words(["Lib-Dem"]) == {"liberal", "democrat"}


def test_the_parties_of_the_uk_are_party_words_each_in_one_spelling() -> None:
    assert party_words("the Plaid Cymru MP".split()) == {"plaid"}
    assert party_words("the plaid mp".split()) == {"plaid"}
    assert party_words("the Sinn Fein president".split()) == {"sinn"}
    assert party_words(["BNP"]) == {"bnp"}
    # initials hold the words they stand for: "DUP" is a Democratic Unionist's party
    assert party_words(["DUP"]) == {"dup", "democrat", "unionist"}
    assert party_words("Democratic Unionist".split()) <= party_words(["DUP"])
