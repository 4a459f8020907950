"""Clause cues: a second speaker in the same sentence, and who a pronoun in a "who" clause
means; each on a short invented text."""

from __future__ import annotations

import pytest

from tests.attribution.test_quotes import attributed


def test_but_x_explained_starts_a_new_speaker_s_words() -> None:
    quotes = attributed(
        "The pilot Tom Vance, who left the board in May, was angry. He accused the board of "
        'using him as "a stalking horse" to win other bids, but Ana Ruiz explained: "Tom was '
        'never used. There was no need. "We talked with Tom all year and came close."'
    )
    assert [s for s, _ in quotes] == ["Tom Vance", "Ana Ruiz", "Ana Ruiz"]
    assert quotes[0][1] == 'the board of using him as "a stalking horse" to win other bids'


def test_and_x_said_ends_the_words_of_the_first_speaker() -> None:
    quotes = attributed("Ana Ruiz said the fares would rise, but Tom Vance said they would fall.")
    assert quotes == [
        ("Ana Ruiz", "the fares would rise"),
        ("Tom Vance", "they would fall"),
    ]


def test_a_pronoun_in_a_who_clause_is_the_one_the_clause_is_about() -> None:
    quotes = attributed(
        "Ana Ruiz said the fares were fine. The board lost the pilot Tom Vance, who left "
        "after what he claimed was a breach of his contract."
    )
    assert ("Tom Vance", "what he claimed was a breach of his contract") in quotes


def test_who_he_believes_is_someone_else_s_belief() -> None:
    quotes = attributed(
        "Tom Vance said the ferry was late. Vance, though, defended the pilot Ana Ruiz, who "
        "he believes was the only choice."
    )
    assert ("Tom Vance", "who he believes was the only choice") in quotes


def test_a_quote_ending_in_a_quoted_phrase_still_lets_the_next_one_open() -> None:
    quotes = attributed(
        "Ana Ruiz spoke on Monday.",
        "\u201cThe deal made us say 'wow'. \u201cMy own view is that it is better than a "
        "shared pier.\u201d Fans were angry, but Ruiz countered: \u201cI know it is a hard "
        "thing for many of them to hear.\u201d",
    )
    assert ("Ana Ruiz", "I know it is a hard thing for many of them to hear.") in quotes


@pytest.mark.parametrize(
    "text",
    [
        "The share of unanswered calls is higher in winter, Tom Vance said nothing about it.",
        "Under a plan councillors say should cut bus fares by a third, the depot will close.",
        "His claims were dismissed by the court in Leeds on Monday.",
    ],
)
def test_a_cue_word_followed_by_a_verb_reports_no_words(text: str) -> None:
    assert all(not said.startswith(("is ", "should ", "were ")) for _, said in attributed(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ferry firm lost the old quay, which Ana Ruiz claims was sold too cheaply.",
            ("Ana Ruiz", "which Ana Ruiz claims was sold too cheaply"),
        ),
        (
            "Tom Vance sued two builders who he says left the roof open.",
            ("Tom Vance", "who he says left the roof open"),
        ),
    ],
)
def test_a_relative_clause_reported_from_inside_is_kept_whole(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in attributed(text)


def test_a_relative_named_by_a_quoting_verb_keeps_the_quoted_words() -> None:
    quotes = attributed('The board backed the levy, which Ana Ruiz called "a tax on hope".')
    assert quotes == [("Ana Ruiz", "a tax on hope")]


def test_the_one_told_after_told_is_never_the_speaker() -> None:
    quotes = attributed(
        "One of the bidders who lost out, the steel firm Arcmet, told Radio Clyde that it "
        "would bid again. Tom Vance told reporters the yard was safe."
    )
    assert all(speaker != "Radio Clyde" for speaker, _ in quotes)
    assert ("Tom Vance", "the yard was safe") in quotes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Ruiz warned the harbour board that the pier was unsafe.", "the pier was unsafe"),
        ("Ana Ruiz warned Tom Vance on Monday that fares would rise.", "fares would rise"),
        ("Ana Ruiz assured commuters that the line would reopen.", "the line would reopen"),
        ("Ana Ruiz warned that fares would rise.", "fares would rise"),
    ],
)
def test_the_one_warned_or_assured_before_that_is_not_what_was_said(
    text: str, expected: str
) -> None:
    assert attributed(text) == [("Ana Ruiz", expected)]


def test_the_one_warned_after_a_quote_is_whom_not_more_words() -> None:
    quotes = attributed('"The pier is unsafe," Ana Ruiz warned the harbour board.')
    assert quotes == [("Ana Ruiz", "The pier is unsafe")]


@pytest.mark.parametrize(
    ("told", "said"),
    [
        ("the court a deal had been done", "a deal had been done"),
        ("his party's rally the Greens would win", "the Greens would win"),
        ("a hearing in Leeds the fence was unsafe", "the fence was unsafe"),
    ],
)
def test_the_one_told_before_a_determiner_and_a_verb_is_not_what_was_said(
    told: str, said: str
) -> None:
    assert attributed(f"Ana Ruiz told {told}.") == [("Ana Ruiz", said)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Fares rose, officials said. "It is a fair price," the Herald quoted harbour master '
            "Tom Vance as saying.",
            ("Tom Vance", "It is a fair price"),
        ),
        (
            "Ana Ruiz was quoted by the Gazette as saying the quay would close.",
            ("Ana Ruiz", "the quay would close"),
        ),
        (
            'Ian Vance quoted harbour master Tom Lee as saying: "I will not close the quay."',
            ("Tom Lee", "I will not close the quay."),
        ),
    ],
)
def test_the_one_quoted_as_saying_speaks_not_the_one_quoting(
    text: str, expected: tuple[str, str]
) -> None:
    quotes = attributed(text)
    assert expected in quotes
    assert [speaker for speaker, said in quotes if said == expected[1]] == [expected[0]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Lee quoted him as saying: \u201cThe quay will not close.\u201d",
        "\u201cThe quay will not close,\u201d Ann Lee quoted him as saying.",
    ],
)
def test_a_pronoun_quoted_as_saying_is_someone_before_the_sentence(sentence: str) -> None:
    # "him" is never the subject quoting him: he is the one the story named before
    quotes = attributed("Tom Vance spoke at the quay on Monday.", sentence)
    assert [speaker for speaker, _ in quotes] == ["Tom Vance"]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "The Harbour Gazette reported the ferry had stopped running in May.",
            "Harbour Gazette",
            "the ferry had stopped running in May",
        ),
        (
            "Lena Ortiz announced she and her partner would leave the council.",
            "Lena Ortiz",
            "she and her partner would leave the council",
        ),
        (
            "Mayor Tomas Reyes confirmed the pool will reopen after the summer.",
            "Tomas Reyes",
            "the pool will reopen after the summer",
        ),
    ],
)
def test_that_dropped_after_announced_or_reported(text: str, speaker: str, words: str) -> None:
    assert attributed("Some news from the town today.", text) == [(speaker, words)]


@pytest.mark.parametrize(
    "text",
    [
        "Lena Ortiz announced her resignation from the council on Monday.",
        "Lena Ortiz announced a plan that would close two schools.",
        "A merger announced Monday would create the largest bank in the region.",
    ],
)
def test_announced_object_is_no_words(text: str) -> None:
    assert attributed("Some news from the town today.", text) == []


def test_words_reported_in_an_opening_while_clause_end_with_it() -> None:
    found = attributed(
        "Some news from the harbour today.",
        "While a council report assured residents that the quay was sound, under questioning "
        "Ruth Okafor, the council's chief engineer, admitted last week that it was sinking.",
    )
    assert found == [
        ("a council report", "the quay was sound"),
        ("Ruth Okafor", "it was sinking"),
    ]


def test_a_number_in_a_while_clause_is_not_its_end() -> None:
    found = attributed(
        "Some news from the harbour today.",
        "While one survey says 1,200 boats use the quay, another says there are 900.",
    )
    assert found[0][1] == "1,200 boats use the quay"


def test_but_his_lawyer_named_in_apposition_starts_a_new_speaker_s_words() -> None:
    quotes = attributed(
        "Port officials claimed Mr Boyle led the gang but his lawyer, Ian Marsh, told the Courier "
        "it was a laughable suggestion and added: “He was living on benefits.”"
    )
    assert quotes == [
        ("Port officials", "Mr Boyle led the gang"),
        ("Ian Marsh", "it was a laughable suggestion"),
        ("Ian Marsh", "He was living on benefits."),
    ]


def test_and_added_goes_on_with_the_same_speaker_but_not_and_told() -> None:
    quotes = attributed(
        "Ana Ruiz said the fares would rise and insisted that the trams would run late.",
        "Tom Vance said he was released, only to be held and told he would stay for years.",
    )
    assert quotes == [
        ("Ana Ruiz", "the fares would rise"),
        ("Ana Ruiz", "the trams would run late"),
        ("Tom Vance", "he was released, only to be held and told he would stay for years"),
    ]


def test_a_quote_left_open_ends_where_a_named_speaker_s_cue_opens_a_sentence() -> None:
    quotes = attributed(
        "Ria Moss confirmed afterwards: “I am giving my prize to the flood victims. Her gift "
        "follows pledges by four other players. Tom Vance said he would give his fee too."
    )
    assert quotes == [
        (
            "Ria Moss",
            "I am giving my prize to the flood victims. Her gift follows pledges by four other "
            "players.",
        ),
        ("Tom Vance", "he would give his fee too"),
    ]


def test_a_quote_left_open_goes_on_past_they_said_inside_it() -> None:
    quotes = attributed("Ria Moss said: “We will win. They said we would lose, but we will win.")
    assert quotes == [("Ria Moss", "We will win. They said we would lose, but we will win.")]


def test_owners_named_by_a_plural_noun_say_what_the_participle_reports() -> None:
    quotes = attributed(
        "A number of large Acme shareholders expressed anger at the deal, saying that the offer "
        "undervalued the company."
    )
    assert quotes == [("a number of large Acme shareholders", "the offer undervalued the company")]


def test_an_owned_noun_that_reports_words_gives_its_owner_as_speaker() -> None:
    quotes = attributed(
        "Tom Vance spoke in May. Officials rejected his suggestion that the bridge was unsafe.",
        "Ana Ruiz's insistence that all fares will be frozen is a promise to voters.",
        "The claim that the bridge was safe was wrong.",
    )
    assert quotes == [
        ("Tom Vance", "the bridge was unsafe"),
        ("Ana Ruiz", "all fares will be frozen"),
    ]


def test_a_quote_after_a_cue_inside_reported_words_is_the_inner_speaker_s() -> None:
    quotes = attributed(
        "The Evening Courier reports that Ortega told a Spanish magazine: “I either win titles "
        "or have an easy life.”",
        "Reminded that Vance called him “a disgrace”, Ruiz added: “I never respond.”",
        "One minister says she was told: “You rose very fast indeed.”",
    )
    assert ("Ortega", "I either win titles or have an easy life.") in quotes
    assert ("Vance", "him “a disgrace”") in quotes
    assert ("Ruiz", "I never respond.") in quotes
    # "she was told": the words were said to her, by no one named
    assert ("One minister", "You rose very fast indeed.") not in quotes


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Aides said Mr. Vance was tired of the race.", "Mr. Vance was tired of the race"),
        ("Jane Holt said U.S. troops would stay until May.", "U.S. troops would stay until May"),
        ("Jane Holt said Sen. Ray Dunn had no chance.", "Sen. Ray Dunn had no chance"),
    ],
)
def test_words_reported_may_open_with_an_abbreviated_title(sentence: str, words: str) -> None:
    assert [text for _, text in attributed("The talks ran late.", sentence)] == [words]
