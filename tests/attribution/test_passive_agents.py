"""Words brought in by a passive verb of speech, a body named with "and", and a cue whose own
object follows it (invented texts)."""

from __future__ import annotations

from tests.attribution.test_quotes import attributed


def test_a_passive_verb_gives_the_words_to_its_agent_not_to_the_sentence_subject() -> None:
    quotes = attributed(
        "Minister Olga Varga unveiled plans to merge 40 boards into six - described by one "
        'staff union as a "cull of the committees". The plans take effect in May.'
    )
    assert quotes == [("one staff union", "cull of the committees")]


def test_a_named_agent_before_or_after_the_quote_speaks() -> None:
    before = attributed(
        'The new ferry was described by Ines Moreau as "the finest ship on the lake".'
    )
    after = attributed(
        'Mr Halloran unveiled the budget, branded "a raid on the savers of this town" by the '
        "Civic Alliance. It passed."
    )
    assert before == [("Ines Moreau", "the finest ship on the lake")]
    assert after == [("Civic Alliance", "a raid on the savers of this town")]


def test_words_with_no_agent_are_nobodys_and_the_person_described_never_speaks() -> None:
    unnamed = attributed(
        'Mr Halloran unveiled the budget, described as "a raid on the savers of this town". '
        "It passed."
    )
    subject = attributed(
        'Piet Olsen, who ran the smuggling ring, was called "the busiest forger in the north" '
        "by the trial judge."
    )
    assert unnamed == []
    assert subject == [("the trial judge", "the busiest forger in the north")]


def test_a_speaker_who_uses_such_a_verb_himself_keeps_his_words() -> None:
    quotes = attributed(
        'Mr Halloran attacked what he described as "a raid on the savers of this town".',
        'Nina Falk, treasurer of the campaign, called it "a fight in every single street".',
    )
    assert [speaker for speaker, _ in quotes] == ["Halloran", "Nina Falk"]


def test_a_role_of_a_body_named_with_and_keeps_the_name_before_it() -> None:
    quotes = attributed(
        "Rosa Lindqvist, the leader of the Dock and Harbour Workers Union said: "
        '"We will not accept this."',
        'A spokesman for the Fire and Rescue Service said: "Crews were there in minutes."',
    )
    assert quotes == [
        ("Rosa Lindqvist", "We will not accept this."),
        ("Fire and Rescue Service", "Crews were there in minutes."),
    ]


def test_a_cue_with_an_object_of_its_own_does_not_take_the_quote_before_it() -> None:
    quotes = attributed(
        'Rosa Lindqvist said the cuts were wrong, while sparing "the very staff who run the '
        'ports." The Treasury also announced plans to close two offices in the spring.',
    )
    assert quotes[-1] == ("Rosa Lindqvist", "the very staff who run the ports.")


def test_a_cue_after_a_quote_still_takes_it_when_only_when_or_how_follows() -> None:
    quotes = attributed(
        '"We will open the bridge in June." The council announced on Friday.',
        '"It will take years to repair." Mr Osei said, pointing at the cracked arches.',
    )
    assert quotes == [
        ("the council", "We will open the bridge in June."),
        ("Osei", "It will take years to repair."),
    ]
