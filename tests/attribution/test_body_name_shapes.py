"""Bodies' names of unusual shapes as speakers (a number first, a long initialism, a final
"'s", a long capitalised name) and sources after "according to" with a clause or no comma,
each on a short invented text."""

from __future__ import annotations

import pytest

from tests.attribution.test_quotes import attributed

INTRO = "Ferry fares rose again this winter."
WORDS = "fares will keep rising"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a name opening with a number or a small letter
        ('"Fares will keep rising," consultancy 7Harbour said in a report.', "7Harbour"),
        ("Sales fell 9%, eHarbour UK said.", "eHarbour UK"),
        # a long capitalised name of a body, past eight words
        (
            "Sales fell 9%, the National Guild of Ferry Owners of North Wales said.",
            "National Guild of Ferry Owners of North Wales",
        ),
        # a name ending in "'s" that the story never writes without it
        (f"Tollan's said {WORDS}. Shares in Tollan's fell.", "Tollan's"),
        (f"According to Marrow & Tollan's, {WORDS}.", "Marrow & Tollan's"),
    ],
)
def test_bodies_named_in_unusual_shapes_speak(sentence: str, speaker: str) -> None:
    assert [s for s, _ in attributed(INTRO, sentence)] == [speaker]


def test_a_long_initialism_the_story_spells_out_speaks() -> None:
    quotes = attributed(
        INTRO,
        f"Sales fell, the Harbour Ferry Operators Group (HAFEROG) said. HAFEROG said {WORDS}.",
    )
    assert quotes[1] == ("HAFEROG", WORDS)


@pytest.mark.parametrize(
    "sentence",
    [
        # "'s" of a person, or a contraction of "has", or a name written without it too
        f"Mr Tollan's said {WORDS}.",
        f"The Harbour Trust's said {WORDS}. The Harbour Trust met.",
        # a word only a sentence opens: "Let's say"
        f"Let's say {WORDS}.",
    ],
)
def test_a_possessive_is_no_body_of_its_own(sentence: str) -> None:
    assert [s for s, _ in attributed(INTRO, sentence)] != ["Tollan's"]
    assert all("'s" not in s for s, _ in attributed(INTRO, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # a relative clause says what the source is; its words come after it
        f"According to Acme Analytics, which tracks ferry prices, {WORDS}.",
        # no comma after the source: the clause opens with its subject
        f"According to the Acme Analytics report the {WORDS}.",
        f"According to Acme Analytics 40% of {WORDS}.",
    ],
)
def test_words_after_according_to_skip_what_the_source_is(sentence: str) -> None:
    quotes = attributed(INTRO, sentence)
    assert len(quotes) == 1
    assert quotes[0][0] == "Acme Analytics"
    assert quotes[0][1].endswith(WORDS) and "which" not in quotes[0][1]


@pytest.mark.parametrize(
    "sentence",
    [
        # no one named as the source
        "According to statistics 40% of ferries run late.",
        # a comma ends the source: a number after it is no subject ("Channel 24 Ore")
        "According to Channel 24 Ore, a harbour paper, the ferries run late.",
    ],
)
def test_no_comma_source_needs_a_source_and_no_comma(sentence: str) -> None:
    assert all(not text.startswith(("40%", "Ore")) for _, text in attributed(INTRO, sentence))


def test_no_comma_source_keeps_a_name_in_apposition_whole() -> None:
    # "the Acme Group" after "analysts" names them: no clause opens there
    quotes = attributed(INTRO, "According to research by analysts the Acme Group prices rose.")
    assert all(not text.startswith("the Acme Group") for _, text in quotes)


def test_it_means_the_body_named_as_the_subject_just_before() -> None:
    quotes = attributed(
        "The Harbour Gazette said the Acme Ferry Corp had ignored the order.",
        "Only three firms have complied. The Acme Ferry Corp could now face a fine. "
        'Last week, it denied breaking the rules. "We have always obeyed the law," it said.',
    )
    assert [s for s, _ in quotes] == ["Harbour Gazette", "Acme Ferry Corp", "Acme Ferry Corp"]


def test_it_does_not_mean_a_thing_named_just_before() -> None:
    quotes = attributed(
        "The Acme Ferry Corp said it would build a new pier.",
        'The Harbour Bridge could close. "We have always obeyed the law," it said.',
    )
    assert quotes[-1][0] == "Acme Ferry Corp"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a capitalised "Research" is part of a body's name, no document
        ("According to Tollan Research, 40% of ferries run late.", "Tollan Research"),
        # a document's noun before a body's noun is what the body does
        ("According to ferry analysis firm Tollan, 40% of ferries run late.", "Tollan"),
        ("According to Tollan Research figures, 40% of ferries run late.", "Tollan Research"),
        # a body's name before a document keeps its "for"
        (
            "According to Office for Ferry Statistics data, 40% of ferries run late.",
            "Office for Ferry Statistics",
        ),
    ],
)
def test_a_body_named_with_a_document_word_is_no_document(sentence: str, speaker: str) -> None:
    assert [s for s, _ in attributed(INTRO, sentence)] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ferry maker Vantor cut 30 jobs, although it said sales would rise.", "Vantor"),
        ("Vantor Motors cut 30 jobs, although it said sales would rise.", "Vantor Motors"),
        ("Even ferry maker Vantor may cut jobs, although it said sales would rise.", "Vantor"),
    ],
)
def test_it_means_the_body_that_is_the_subject_of_its_own_sentence(
    sentence: str, speaker: str
) -> None:
    # not the Acme Ferry Corp, the subject of the sentence before
    quotes = attributed(
        "The Harbour Gazette said the Acme Ferry Corp had ignored the order.",
        f"The Acme Ferry Corp could now face a fine. {sentence}",
    )
    assert quotes[-1] == (speaker, "sales would rise")
