"""Speaker reading: names that look like titles, roles beside names, more speakers of speech and
what stays no speaker, each on a short invented text."""

from __future__ import annotations

import pytest

from tests.attribution.test_quotes import attributed

INTRO = "The harbour board met on Monday to discuss the ferry."


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        # a surname that is also a title word, after an initial or a first name
        ("said Representative Peter T. King of Dover", "Peter T. King"),
        ("said Stephen King", "Stephen King"),
        # a hyphenated title before the name is a role, not part of it
        ("said Harbour Workers Union Secretary-Treasurer Gary Cole", "Gary Cole"),
        # "scoffed", "barked": speech verbs
        ("scoffed Ana Ruiz, 22, who runs the kiosk", "Ana Ruiz"),
        ("Tom Vance barked", "Tom Vance"),
    ],
)
def test_inverted_cues_name_their_speaker(cue: str, speaker: str) -> None:
    quotes = attributed(INTRO, f"\u201cThe ferry will never run on time again,\u201d {cue}.")
    assert quotes == [(speaker, "The ferry will never run on time again")]


def test_a_closing_mark_typed_as_an_opening_one_still_closes_the_quote() -> None:
    quotes = attributed(INTRO, "\u201cThe ferry is late again,\u201c said Ana Ruiz, a pilot.")
    assert quotes == [("Ana Ruiz", "The ferry is late again")]


def test_a_title_word_alone_is_still_no_name() -> None:
    quotes = attributed(INTRO, "\u201cThe ferry is late again,\u201d said the Deputy Chief.")
    assert all(speaker != "Chief" for speaker, _ in quotes)


@pytest.mark.parametrize(
    "sentence",
    [
        # a role after the cue, the name in apposition after it
        "\u201cThe fares must fall,\u201d said Harbour Union chief economist, Ana Ruiz.",
        "\u201cThe fares must fall,\u201d said the committee chairman, MP Ana Ruiz.",
        # the name, then its role, before the cue
        "\u201cThe fares must fall,\u201d Ms Ana Ruiz, the union's chief executive said.",
        # "chief operating officer": a participle inside a role
        "The fares must fall, said Acme's chief operating officer Ana Ruiz.",
    ],
)
def test_a_role_beside_a_name_gives_the_name(sentence: str) -> None:
    quotes = attributed(INTRO, sentence)
    assert [speaker for speaker, _ in quotes] == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a progressive of a speech participle: the subject before "is"
        (
            "Tom Vance is telling the board that the ferry is \u201cbeyond repair.\u201d",
            "Tom Vance",
        ),
        # a relative of the writer
        ("\u201cWe live in a hard world,\u201d my father often said.", "my father"),
        ("A friend of mine commented: \u201cThe ferry is never on time these days.\u201d", None),
        # a participle phrase after the head of the subject
        (
            "Protesters marching through the streets chanted \u201cNo more fares!\u201d",
            "protesters",
        ),
        (
            "Tom Vance walked onto the pier, chanting \u201cFerries for all, no fares!\u201d",
            "Tom Vance",
        ),
    ],
)
def test_more_speakers_of_speech(sentence: str, speaker: str | None) -> None:
    quotes = attributed(INTRO, sentence)
    assert len(quotes) == 1
    assert speaker is None or quotes[0][0] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Acme is recalling 20,000 ferries on safety grounds.",
        "Ana Ruiz is writing a book about the ferry.",
        "One leading Dover broker said the fares would fall.",
        "Web tracking company Envisional said the fares would fall.",
    ],
)
def test_what_is_no_speech_or_no_speaker_stays_so(sentence: str) -> None:
    quotes = attributed(INTRO, sentence)
    assert all(speaker not in {"Acme", "Ana Ruiz", "One", "Web"} for speaker, _ in quotes)


def test_said_of_someone_reports_the_quote_before_it() -> None:
    quotes = attributed(
        "Maria Lopez met Tom Vance on Monday.",
        "\u201cHe truly cares about the harbour,\u201d she said of Vance.",
    )
    assert quotes == [("Maria Lopez", "He truly cares about the harbour")]


def test_a_news_lead_description_is_the_person_the_next_paragraph_opens_with() -> None:
    quotes = attributed(
        "The new transport minister for Kent says the ferries will run on time from May.",
        "Tom Vance, on his first day in the job, admitted the service had been poor.",
    )
    assert [speaker for speaker, _ in quotes] == ["Tom Vance", "Tom Vance"]


def test_a_lead_description_after_a_named_person_is_not_linked_forward() -> None:
    quotes = attributed(
        "Maria Lopez met the board. The transport minister says the ferries will run on time.",
        "Tom Vance, on his first day in the job, admitted the service had been poor.",
    )
    assert quotes[0][0] != "Tom Vance"


def test_a_cue_word_after_a_determiner_is_a_noun() -> None:
    quotes = attributed(
        INTRO,
        "Tom Vance rallied young people with his calls to end the \u201crigged fares\u201d "
        "that he says the board keeps.",
    )
    assert all(not speaker.endswith("his") for speaker, _ in quotes)


def test_a_capitalised_executive_after_the_is_the_body_not_its_leader() -> None:
    quotes = attributed(
        "First Minister Fergus Laidlaw spoke to pupils on Monday.",
        "But the Highland Executive has insisted Mr Laidlaw was speaking about adults and his "
        'comments were "a recognition that people will get drunk".',
    )
    assert [speaker for speaker, _ in quotes] == ["Highland Executive"]
    assert attributed(
        "The chief executive of Acme, Jo Ray, spoke. The chief executive said sales would rise."
    ) == [("Jo Ray", "sales would rise")]


def test_a_quote_before_a_cue_is_not_followed_by_whom_and_where_it_was_said() -> None:
    quotes = attributed(
        '"It was very nice," the tycoon Ezra Quill told Reuters in a rare interview in Macau '
        'when asked about the deal. "We will win," Ezra Quill said outside the building. "It '
        'is over," Ezra Quill told reporters that the polls were wrong.'
    )
    assert quotes == [
        ("Ezra Quill", "It was very nice"),
        ("Ezra Quill", "We will win"),
        ("Ezra Quill", "It is over"),
        ("Ezra Quill", "the polls were wrong"),
    ]


def test_a_negated_subject_says_nothing() -> None:
    assert (
        attributed(
            "Neither Mr Alan Grady nor his wife denied the charges. None of the officials said "
            "the plan would fail. No one said the plan would fail."
        )
        == []
    )


def test_a_phrase_after_a_quote_and_a_preposition_is_no_speaker() -> None:
    quotes = attributed(
        "“We’re extremely happy” about the decision, said Rosa DeMoro, executive director of the "
        "nurses' union."
    )
    assert quotes == [("Rosa DeMoro", "We’re extremely happy")]


@pytest.mark.parametrize(
    "sentence",
    [
        'As Ian Vance spoke, someone in the audience shouted: "Shame on you!"',
        'While Ian Vance was speaking, somebody in the crowd yelled "Shame on you!"',
        'Ian Vance spoke and someone in the audience shouted "Shame on you!"',
    ],
)
def test_someone_where_they_were_is_someone_unnamed_not_another_clause_s_speaker(
    sentence: str,
) -> None:
    speakers = [speaker for speaker, _ in attributed(sentence)]
    assert len(speakers) == 1
    assert speakers[0].startswith(("someone in the", "somebody in the"))


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('As Ian Vance spoke, someone else shouted: "Shame on you!"', "someone else"),
        (
            'As Ian Vance spoke, someone close to the stage shouted: "Shame on you!"',
            "someone close to the stage",
        ),
    ],
)
def test_someone_described_otherwise_is_someone_unnamed_too(sentence: str, speaker: str) -> None:
    """Any words describing "someone" make the phrase a speaker of its own: "someone else" is
    never the speaker of the clause before."""
    assert attributed(sentence) == [(speaker, "Shame on you!")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mother of two Maria Vance said the school was too far.",
        "Father of 3 Maria Vance said the school was too far.",
    ],
)
def test_a_count_of_children_before_a_name_is_a_description_of_them(sentence: str) -> None:
    assert attributed(sentence) == [("Maria Vance", "the school was too far")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('At one point someone shouted "Shame on you, all of you!"', "someone"),
        (
            'At one point someone in the crowd yelled, "Shame on you, all of you!"',
            "someone in the",
        ),
        ('At Westminster the harbour master said: "Shame on you, all of you!"', "the harbour"),
    ],
)
def test_an_opening_phrase_is_no_part_of_the_subject_after_it(sentence: str, speaker: str) -> None:
    speakers = [found for found, _ in attributed(sentence)]
    assert len(speakers) == 1
    assert speakers[0].startswith(speaker)


def test_someone_after_a_preposition_is_no_subject() -> None:
    # "admitted" is what was done to them, not their speech
    sentence = "No fault has ever been traced to somebody admitted through the harbour gate."
    assert attributed(sentence) == []
