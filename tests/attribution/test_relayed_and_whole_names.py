"""Words relayed from another voice, short quotes after a cue with no words of its own, and
names and offices read whole (attribution 277); each on a short invented text."""

from __future__ import annotations

import pytest

from qabot.attribution.relayed_voices import quoted_voice, reads_out
from tests.attribution.test_quotes import attributed

BRIDGE = "\u201cWe will build the bridge before the winter comes.\u201d"


def test_the_one_quoted_before_a_colon_speaks_as_the_holder_the_story_names() -> None:
    quotes = attributed(
        "The prime minister, Tom Hardwick, visited the town on Monday.",
        f"Ann Lee quoted the prime minister: {BRIDGE}",
    )
    assert quotes == [("Tom Hardwick", BRIDGE[1:-1])]


def test_a_pronoun_quoted_before_a_colon_is_whom_it_means_before_the_sentence() -> None:
    quotes = attributed(
        "The prime minister, Tom Hardwick, visited the town on Monday.",
        f"Ann Lee, a councillor, quoted him: {BRIDGE}",
    )
    assert quotes == [("Tom Hardwick", BRIDGE[1:-1])]


@pytest.mark.parametrize(
    "sentence",
    [
        f"Ann Lee quoted him: {BRIDGE}",
        "Ann Lee quoted him as saying \u201cthe bridge will open in May next year\u201d.",
        "\u201cThe bridge will open in May next year,\u201d Ann Lee quoted him as saying.",
    ],
)
def test_one_quoted_whom_the_story_never_names_leaves_the_words_to_no_one(sentence: str) -> None:
    # never the one quoting, and never a guess
    assert attributed("The town hall was closed on Tuesday.", sentence) == []


def test_a_quoting_verb_s_own_case_before_a_colon_stays_the_subject_s() -> None:
    words = "\u201cWe cannot let the ferry sail in this weather at all.\u201d"
    quotes = attributed("The quay shut.", f"Ann Lee cited safety concerns: {words}")
    assert quotes == [("Ann Lee", words[1:-1])]


@pytest.mark.parametrize(
    ("masked", "expected"),
    [
        ("Ann Lee quoted the prime minister: ", (15, ["the", "prime", "minister"])),
        ("She quoted from the Bible: ", (16, ["the", "Bible"])),
        ("He cited safety concerns: ", None),
        ("Ann Lee said: ", None),
    ],
)
def test_the_voice_a_quoting_verb_names_before_a_colon(
    masked: str, expected: tuple[int, list[str]] | None
) -> None:
    assert quoted_voice(masked, 0, len(masked)) == expected


POEM = "\u201cDo not stand at my grave and weep, I am not there, I do not sleep.\u201d"


@pytest.mark.parametrize(
    "sentence", [f"Jo Lee read the poem. {POEM}", f"Jo Lee read the poem: {POEM}"]
)
def test_a_work_read_out_is_not_the_reader_s_words(sentence: str) -> None:
    assert attributed("The funeral was held on Friday.", sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        f"Jo Lee read her poem: {POEM}",
        "Jo Lee read a statement: \u201cMy father was the kindest man I ever knew.\u201d",
    ],
)
def test_what_the_sentence_makes_the_reader_s_own_stays_hers(sentence: str) -> None:
    assert [speaker for speaker, _ in attributed("The funeral was held.", sentence)] == ["Jo Lee"]


@pytest.mark.parametrize(
    ("verb", "after", "expected"),
    [
        ("read", " the poem:", True),
        ("recited", " a verse.", True),
        ("read", " a passage from his book.", False),
        ("said", " his son's letter was moving.", False),  # no verb of reading out
    ],
)
def test_a_verb_of_reading_out_sets_another_voice(verb: str, after: str, expected: bool) -> None:
    assert reads_out(verb, after) is expected


def test_a_short_quote_after_a_named_cue_with_no_words_is_that_speaker_s() -> None:
    quotes = attributed(
        "Ian Vance and Tom Hale spoke at the quay on Monday.",
        "When Tom Hale shouted, \u201cFerries,\u201d Vance joked, again with a grin,"
        " \u201cAmen to that.\u201d",
    )
    assert quotes == [("Tom Hale", "Ferries"), ("Ian Vance", "Amen to that.")]


def test_a_short_phrase_after_a_cue_that_took_no_words_is_still_no_one_s() -> None:
    # not introduced by the cue's clause: a phrase of the sentence, not words said
    quotes = attributed(
        "Jo Lee chairs the board.",
        "The talks open today, with Jo Lee, who announced her arrival late and secured a"
        " slot for a \u201cspecial message\u201d at noon.",
    )
    assert quotes == []


LINE = "\u201cI shall rule alone and no one shall stop me,\u201d said "


@pytest.mark.parametrize(
    ("name", "speaker"),
    [
        ("Martin Luther King Jr", "Martin Luther King Jr"),
        ("Tom King Sr.", "Tom King Sr"),
        ("Tom King III", "Tom King III"),
        ("Ivan the Terrible", "Ivan the Terrible"),
        ("Stephen King", "Stephen King"),
    ],
)
def test_a_name_with_a_suffix_or_an_epithet_is_read_whole(name: str, speaker: str) -> None:
    quotes = attributed("The play opened on Monday.", f"{LINE}{name}.")
    assert [found for found, _ in quotes] == [speaker]


def test_an_office_of_an_address_is_the_office_not_the_street() -> None:
    quotes = attributed(
        "The building shut on Monday.",
        "Secretary of 10 Downing Street said: \u201cThe building is not safe for the staff.\u201d",
    )
    assert [found for found, _ in quotes] == ["Secretary of 10 Downing Street"]


def test_a_person_of_an_address_is_the_person() -> None:
    quotes = attributed(
        "The building shut on Monday.",
        "Jo Lee of 10 Downing Street said: \u201cThe building is not safe for the staff.\u201d",
    )
    assert [found for found, _ in quotes] == ["Jo Lee"]


def test_the_subject_after_an_opening_phrase_ending_in_everyone_is_its_own() -> None:
    quotes = attributed(
        "The town flooded on Sunday.",
        "On behalf of everyone the mayor said:"
        " \u201cWe thank the firefighters for their work.\u201d",
    )
    assert [found for found, _ in quotes] == ["the mayor"]


@pytest.mark.parametrize("count", ["2,000", "12,500", "1,250,000"])
def test_a_count_s_digit_groups_do_not_cut_the_one_told(count: str) -> None:
    quotes = attributed(
        "The church was full on Sunday.",
        f"Tom Hale told the congregation of {count} people that faith was not a private matter.",
    )
    assert quotes == [("Tom Hale", "faith was not a private matter")]
