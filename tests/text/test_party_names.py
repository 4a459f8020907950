"""A party's names: one spelling for each party, and its other name as a reader types it."""

from __future__ import annotations

from qabot.text.lexicon import by_other_party_name, party_name, party_readings


def test_a_party_word_is_read_in_one_spelling() -> None:
    assert party_name("Tory") == party_name("Tories'") == party_name("conservative")
    assert party_name("Democratic") == party_name("dems") == "democrat"
    assert party_name("Cymru") == party_name("Plaid") == "plaid"
    assert party_name("minister") is None
    assert party_name("conservation") is None


def test_initials_are_read_with_the_words_they_stand_for() -> None:
    assert party_readings("SNP") == {"snp", "nationalist"}
    assert party_readings("Tory") == {"conservative"}
    assert party_readings("health") == frozenset()


def test_a_phrase_takes_the_party_s_other_name_written_as_the_phrase_writes_it() -> None:
    assert by_other_party_name("Tory health spokesman") == "Conservative health spokesman"
    assert by_other_party_name("the lib dem leader") == "the liberal democrat leader"
    assert by_other_party_name("Liberal Democrat peer") == "Lib Dem peer"
    assert by_other_party_name("GOP senator") == "Republican senator"
    assert by_other_party_name("ex-Tory minister") == "ex-Conservative minister"
    assert by_other_party_name("Labour MP") is None
    assert by_other_party_name("the history of oratory") is None
