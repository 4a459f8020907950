"""Role weights of "which <role> said ...?" candidates, with the words before names kept."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from qabot.attribution import SpeakerDirectory, initials
from qabot.records import Quote
from qabot.search.body_name_words import body_word_only
from qabot.search.who_said_roles import (
    ROLE_WEIGHT,
    may_be_initials,
    role_weight,
    words_before_names,
)


def quote(article: str, speaker: str, text: str, sentence: str, cue: str = "said") -> Quote:
    return Quote(article, speaker, text, "direct", cue, 0, len(text), sentence)


QUOTES = [
    quote("a", "Ann Ward", "rates will fall", "Fellow Tory Ann Ward said rates will fall."),
    quote("b", "Bo Lind", "rates will rise", "Bo Lind, a banker, said rates will rise."),
    quote("c", "Bo Lind", "we are ready", "We are ready, said the veteran trader."),
]


def test_the_words_before_names_kept_are_those_worked_out_anew() -> None:
    kept: dict[Quote, tuple[bool, tuple[str, ...]]] = {}
    first = words_before_names(QUOTES, lambda q: q.speaker, kept)
    assert first == words_before_names(QUOTES, lambda q: q.speaker)
    assert first == words_before_names(QUOTES, lambda q: q.speaker, kept)
    assert first["Ann Ward"] == "Fellow Tory"
    assert "veteran" in first["Bo Lind"].split()
    assert len(kept) == len(QUOTES)


def test_a_role_weighs_the_same_with_the_words_kept() -> None:
    texts = {q.article_id: q.sentence for q in QUOTES}
    directory = SpeakerDirectory.build(QUOTES, texts)
    kept: dict[Quote, tuple[bool, tuple[str, ...]]] = {}
    for role in ("Tory", "Conservative", "veteran trader", "banker"):
        fresh = role_weight(directory, role, QUOTES)
        for _ in range(2):  # the second question reads what the first kept
            again = role_weight(directory, role, QUOTES, kept)
            assert [again(q) for q in QUOTES] == [fresh(q) for q in QUOTES]
    assert role_weight(directory, "Conservative", QUOTES, kept)(QUOTES[0]) == ROLE_WEIGHT
    assert role_weight(directory, "Tory", QUOTES, kept)(QUOTES[1]) == 0.0


def test_a_share_reads_the_role_in_the_persons_words_and_their_name_as_written() -> None:
    texts = {q.article_id: q.sentence for q in QUOTES}
    directory = SpeakerDirectory.build(QUOTES, texts)
    assert directory.role_share("Ann Ward", "trust chairman") == 0.0
    # "chairman" is the head noun: it counts double
    assert directory.role_share("Ann Ward", "trust chairman", "Trust Chairman Ann Ward") == 1.0
    assert directory.role_share("Ann Ward", "trust chairman", "Chair Ann Ward") == 2 / 3
    assert directory.role_share("Ann Ward", "the boss", "chief executive Ann Ward") == 0.0
    assert directory.role_share("Ann Ward", "the boss", "chief executive Ann Ward", loose=True)


def test_a_body_phrase_after_a_name_describes_it() -> None:
    quotes = [
        quote(
            "d", "Jo Hart", "It is fine", '"It is fine," said Jo Hart from shipping firm Calder.'
        ),
        quote(
            "e",
            "Tom Vale",
            "we object",
            "Tom Vale of the Trust, a Leeds-based charity, said we object.",
        ),
        quote(
            "f",
            "Al Roe",
            "we agree",
            "Al Roe of Acme, a view shared by many people in the trade, said we agree.",
        ),
    ]
    words = words_before_names(quotes, lambda q: q.speaker)
    assert words["Jo Hart"].split()[-4:] == ["from", "shipping", "firm", "Calder."]
    assert {"Trust", "Leeds", "based", "charity"} <= set(words["Tom Vale"].split())
    # an apposition longer than a noun phrase is a clause of its own, not the body's
    assert words["Al Roe"].split() == ["of", "Acme"]


def test_words_before_a_mark_close_another_clause() -> None:
    quotes = [
        quote(
            "g",
            "Ann Ward",
            "rates fall",
            "After becoming Foreign Secretary, Ann Ward said rates fall.",
        ),
        quote("h", "Bo Lind", "Rates rise", '"Rates rise," Bo Lind said.'),
        quote("i", "Cy Dunn", "we agree", "The bank's lawyer, Cy Dunn, said we agree."),
        quote("j", "Al Roe", "We agree", '"We agree," said its chairman, Sir Al Roe.'),
        quote(
            "k",
            "Di Hall",
            "we object",
            "Ms Hall, a former party director, told us we object.",
            "told",
        ),
    ]
    words = words_before_names(quotes, lambda q: q.speaker)
    assert "Secretary," not in words.get("Ann Ward", "").split()
    assert words.get("Bo Lind", "") == ""
    # a noun phrase set off by commas, or opened by a determiner, still describes the name
    assert "lawyer," in words["Cy Dunn"].split()
    assert "chairman," in words["Al Roe"].split()
    assert {"former", "party", "director,"} <= set(words["Di Hall"].split())


@given(st.lists(st.text(alphabet="AbCdÉé &of-1.", min_size=1, max_size=6), max_size=5))
def test_only_a_role_that_may_be_initials_equals_a_names_initials(words: list[str]) -> None:
    # a role weight works out the speakers' initials only for a role that may be them
    found = initials(" ".join(words))
    if found is not None:
        assert may_be_initials(found)


def test_a_role_asked_by_initials_is_held_by_the_body_they_stand_for() -> None:
    body = quote("e", "Civil Aviation Office", "flights resume", "The Civil Aviation Office said.")
    directory = SpeakerDirectory.build([body], {"e": body.sentence})
    assert may_be_initials("CAO") and not may_be_initials("minister")
    assert not may_be_initials("C") and not may_be_initials("Cao")
    assert role_weight(directory, "CAO", [body])(body) == ROLE_WEIGHT
    assert role_weight(directory, "cao", [body])(body) == 0.0


def test_a_persons_role_noun_written_only_in_a_bodys_name_is_not_theirs() -> None:
    # "centre" is a player's place; a director of a "Centre for ..." is no centre
    director = "Dr Ada Hale, director of the Institute's Centre for Coastal Studies, spoke."
    assert body_word_only("centre", "Ada Hale", [director])
    assert body_word_only("centre", "Ada Hale", ["Ada Hale of the Centre for Tides said."])
    # the noun written as theirs, in lower case, beside the name: their role
    assert not body_word_only("centre", "Tom Reed", ["Wales centre Tom Reed kicked the goal."])
    assert not body_word_only("centre", "Ada Hale", [director, "The centre Ada Hale scored."])
    # the word nowhere beside the name: nothing to tell
    assert not body_word_only("centre", "Ada Hale", ["Ada Hale spoke.", "The Centre opened."])
