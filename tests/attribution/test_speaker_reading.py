"""Speaker reading and cue words: names that look like titles, long roles, more speech verbs and
subjects followed by a time, each on a short invented text."""

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


def test_a_time_after_the_subject_is_no_part_of_its_name() -> None:
    quotes = attributed(
        INTRO,
        "Tom Vance on Thursday stepped up his attack on the board, saying the ferry is "
        "\u201ca floating disgrace, and everyone knows it.\u201d",
    )
    assert [speaker for speaker, _ in quotes] == ["Tom Vance"]


def test_an_irregular_past_verb_ends_the_subject() -> None:
    quotes = attributed(
        INTRO,
        "Ana Ruiz went after the board over the fares, stating that the ferry "
        "\u201ccosts twice what it did and runs half as often.\u201d",
    )
    assert [speaker for speaker, _ in quotes] == ["Ana Ruiz"]


def test_quoting_verbs_attribute_the_quoted_words_that_follow() -> None:
    quotes = attributed(
        INTRO, "Ana Ruiz bemoaned \u201ca board that never listens to the people it serves.\u201d"
    )
    assert [speaker for speaker, _ in quotes] == ["Ana Ruiz"]


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


@pytest.mark.parametrize("adverb", ["also", "even", "himself"])
def test_an_adverb_after_the_subject_is_no_part_of_its_name(adverb: str) -> None:
    quotes = attributed(
        INTRO,
        f"Mr Tom Vance {adverb} used his speech to defend the board, saying the ferry "
        "\u201cwill run on time from next spring onwards.\u201d",
    )
    assert [speaker for speaker, _ in quotes] == ["Tom Vance"]


def test_a_plural_noun_before_are_belongs_to_the_subject() -> None:
    quotes = attributed(
        INTRO,
        "Harbour delegates are gathering in Leith, declaring the ferry "
        "\u201cthe worst service in the country.\u201d",
    )
    assert [speaker for speaker, _ in quotes] == ["Harbour delegates"]


def test_a_passive_is_no_cue() -> None:
    quotes = attributed(
        INTRO,
        "Ferries maintained by the board run every hour. The board said it was pleased.",
    )
    assert [speaker for speaker, _ in quotes] == ["the board"]


@pytest.mark.parametrize(
    ("introduced", "described"),
    [
        # an organisation's role, without an article, after the person was named with it
        ("Acme chief economist Ana Ruiz spoke in May.", "Acme chief economist"),
        # the organisation's head, however the article words the role
        ("Acme boss Ana Ruiz spoke in May.", "Acme's chief executive"),
        ("Maria Lopez, Acme's chief executive, spoke in May.", "the Acme boss"),
    ],
    ids=["economist", "boss-then-chief-executive", "chief-executive-then-boss"],
)
def test_a_role_refers_to_the_person_named_with_it(introduced: str, described: str) -> None:
    quotes = attributed(
        introduced,
        "The figures were poor for a third month.",
        f"\u201cThe outlook is weak for the rest of the year,\u201d {described} said.",
    )
    assert [speaker for speaker, _ in quotes] in (["Ana Ruiz"], ["Maria Lopez"])


def test_a_role_of_another_organisation_or_another_noun_is_not_linked() -> None:
    quotes = attributed(
        "Acme boss Ana Ruiz spoke in May.",
        "The figures were poor for a third month.",
        "\u201cWe will look at it again,\u201d Acme's lawyer said.",
        "\u201cThe outlook is weak,\u201d Globex's chief executive said.",
    )
    assert [speaker for speaker, _ in quotes] == ["Acme's lawyer", "Globex's chief executive"]


def test_a_role_named_just_after_it_gives_the_name() -> None:
    quotes = attributed(
        INTRO,
        "\u201cThe economy is at a pause,\u201d the economy minister said. "
        "\u201cIt will recover,\u201d said economy minister Ana Ruiz.",
    )
    assert [speaker for speaker, _ in quotes] == ["Ana Ruiz", "Ana Ruiz"]


def test_an_unnamed_spokesman_is_not_a_named_one() -> None:
    quotes = attributed(
        "Acme spokesman Tom Vance spoke in May.",
        "A Acme spokesman said later that the ferry would run.",
    )
    assert all(speaker != "Tom Vance" for speaker, _ in quotes)


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


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        # a long description after the cue
        (
            "said a harbour official who spoke on condition of anonymity to talk candidly "
            "about the state of the ferry service",
            "a harbour official",
        ),
        ("said one of two pilots who saw the crash", "one of two pilots"),
        ("this source told the Post", "this source"),
    ],
)
def test_unnamed_speakers_after_the_quote(cue: str, speaker: str) -> None:
    quotes = attributed(INTRO, f"\u201cThe ferry was never safe,\u201d {cue}.")
    assert quotes == [(speaker, "The ferry was never safe")]


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


def test_a_possessed_role_is_not_the_person_spoken_of() -> None:
    quotes = attributed(
        "Lord Tom Vance spoke to the board.",
        "The mayor's official spokesman also rejected the claims, saying: "
        "\u201cThe board made it clear the words were its own.\u201d",
    )
    assert [speaker for speaker, _ in quotes] == ["the mayor's official spokesman"]


def test_a_role_with_a_party_word_refers_back_to_the_person_with_that_role() -> None:
    quotes = attributed(
        "Senator Maria Lopez of Ohio visited the plant on Monday.",
        "The plant employs 400 people.",
        "Union leaders met the owners twice last week.",
        "The talks will resume in March, the company said.",
        "\u201cWe will fight for every job here,\u201d the Republican senator said.",
    )
    assert quotes[-1] == ("Maria Lopez", "We will fight for every job here")


def test_a_role_with_another_party_word_is_not_linked() -> None:
    quotes = attributed(
        "Libertarian nominee Maria Lopez visited the plant on Monday.",
        "The plant employs 400 people.",
        "\u201cWe will fight for every job here,\u201d the Republican nominee said.",
    )
    assert quotes[-1][0] != "Maria Lopez"


def test_an_organisations_role_may_be_the_person_spoken_of() -> None:
    quotes = attributed(
        "Oxfam director Barbara Stocking spoke on Monday.",
        "\u201cThe poorest children pay with their lives,\u201d the charity's director said.",
    )
    assert quotes[-1][0] == "Barbara Stocking"


def test_paid_ends_the_subject() -> None:
    quotes = attributed(
        "Maria Lopez won the prize.",
        "Lopez also paid tribute to the film's director Tom Vance, telling him: "
        "\u201cI hope you make another one soon.\u201d",
    )
    assert quotes[-1][0] == "Maria Lopez"
