"""A "he" after a body that spoke is the one person its own paragraph names before it, and a
contracted pronoun ("We've") is a pronoun, never a name; each on a short invented text."""

from __future__ import annotations

from tests.attribution.test_quotes import attributed


def test_he_is_the_one_person_of_his_paragraph_not_the_body_before() -> None:
    quotes = attributed(
        "Fares rose after the rail group Tarvex said it would cut services.",
        "Following the remarks of Tarvex chief David Okoro, shares fell 5p. He said that "
        "demand for tickets was weak.",
    )
    assert quotes[-1] == ("David Okoro", "demand for tickets was weak")


def test_he_after_a_possessive_name_is_that_person() -> None:
    quotes = attributed(
        "The board has delayed the publication of Martin Hale's report on fares. He said the "
        "city had the dearest buses in the region.",
    )
    assert quotes == [("Martin Hale", "the city had the dearest buses in the region")]


def test_two_people_in_the_paragraph_leave_the_pronoun_as_it_was() -> None:
    quotes = attributed(
        "Fares rose after the rail group Tarvex said it would cut services.",
        "Following talks between David Okoro and Peter Lamb, shares fell 5p. He said that "
        "demand for tickets was weak.",
    )
    assert all(speaker not in {"David Okoro", "Peter Lamb"} for speaker, _ in quotes)


def test_a_contracted_pronoun_is_no_name() -> None:
    quotes = attributed(
        "We've called for the bus fares to be frozen until the spring.",
        "They're asking for a new station, and we're backing them.",
    )
    assert all(speaker not in {"We've", "They're"} for speaker, _ in quotes)


def test_she_is_the_woman_named_in_the_sentence_before_not_one_who_spoke_earlier() -> None:
    quotes = attributed(
        'At the first meeting, teacher Susan Marsh said: "Where will the children go?"',
        "He recalled his row with Sharla Vane, the Leeds woman who stopped him outside "
        'the market. "You never listen to anybody," she told him.',
    )
    assert quotes[-1] == ("Sharla Vane", "You never listen to anybody")


def test_he_is_the_man_a_passive_sentence_before_names() -> None:
    quotes = attributed(
        'Mr Dunn, of the Walkers Club, said: "The path must stay open."',
        "The plan was welcomed by the county's roads chief Peter Lamb. "
        '"This will save lives on the bend," he said.',
    )
    assert quotes[-1] == ("Peter Lamb", "This will save lives on the bend")


def test_a_pronoun_or_a_described_subject_in_the_sentence_before_keeps_the_speaker() -> None:
    quotes = attributed(
        'Sarah Reid said: "I ran well."',
        "The 31-year-old finished behind Anna Kerr, but she prefers the track. "
        '"I am wary of injuries," she said.',
        'In a statement, the Leeds woman thanked Anna Kerr. "It was a fair race," she said.',
    )
    assert quotes[1:] == [
        ("Sarah Reid", "I am wary of injuries"),
        ("Sarah Reid", "It was a fair race"),
    ]


def test_a_man_or_woman_in_apposition_gives_a_name_its_gender() -> None:
    quotes = attributed(
        'Susan Marsh said: "We are ready."',
        'Officers spoke to Sharla Vane, a 40-year-old woman from Hull. "I saw the van," she said.',
    )
    assert quotes[-1] == ("Sharla Vane", "I saw the van")


def test_he_after_a_semicolon_is_the_man_named_in_the_clause_before() -> None:
    quotes = attributed(
        'Peter Lamb said: "The scheme failed."',
        "Looking back at the crash, the economist Tom Reed comments that the banks were to "
        "blame; he also notes that the regulators were slow.",
    )
    assert quotes[-1] == ("Tom Reed", "the regulators were slow")


def test_an_owner_before_a_capitalised_noun_is_not_the_one_who_speaks() -> None:
    quotes = attributed(
        'Mr Dunn, of the Walkers Club, said: "The path must stay open."',
        "The plan came from Peter Lamb's Highways Office this week. "
        '"This will save lives on the bend," he said.',
    )
    assert quotes[-1] == ("Dunn", "This will save lives on the bend")


def test_an_owner_before_a_lower_case_noun_is_not_the_one_who_speaks() -> None:
    quotes = attributed(
        'Mr Dunn, of the Walkers Club, said: "The path must stay open."',
        "The plan came from Peter Lamb's office this week. "
        '"This will save lives on the bend," he said.',
    )
    assert quotes[-1] == ("Dunn", "This will save lives on the bend")
