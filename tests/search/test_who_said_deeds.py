"""'Who said ...?' asked through a deed first ("who won the stage and said ...", "who quit,
saying ..."), or as words reported ("who is said to have called ...", "who keeps saying ...",
"who poured cold water on ..."): each is read as who said it."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer, parse_speech_question
from tests.support.indexes import index_of

ARTICLES = {
    "stage.txt": """Halloran takes the mountain stage

Irish rider Orla Halloran won the ninth stage of the tour on Tuesday after a long solo attack.

"My legs were completely empty at the top, I could barely turn the pedals," Halloran said.

Team director Paolo Venturi said the squad would now defend the lead.
""",
    "choir.txt": """Choir leader steps down

Choir leader Bram Okafor resigned on Friday after twenty years in charge.

"I am tired, and the choir deserves fresh energy," Okafor said in a letter to members.
""",
    "rates.txt": """Economist sees rates falling

Bank economist Tomas Lindqvist forecast that interest rates would fall twice next year.

"Inflation is cooling faster than the central bank expected," Lindqvist said.
""",
    "merger.txt": """Brewers talk of merger

Analyst Ines Carvalho dismissed the idea of a merger between the two brewers as fantasy.

"Neither board would accept it, and the regulator would block it anyway," Carvalho said.
""",
}


@pytest.fixture(scope="module")
def deeds_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("deeds"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("who won the mountain stage and said her legs were empty", "said"),
        ("who won the stage and then told reporters she could barely pedal", "told"),
        ("who resigned, saying the choir needed fresh energy", "saying"),
        ("who stepped down, while saying the choir needed fresh energy", "saying"),
        ("who resigned before saying the choir needed fresh energy", "saying"),
    ],
)
def test_a_deed_then_words_is_read_as_who_said(question: str, verb: str) -> None:
    parsed = parse_speech_question(question)
    assert parsed is not None and parsed.kind == "who_said" and parsed.verb == verb


@pytest.mark.parametrize(
    "question", ["who won the mountain stage", "who won the stage and why", "who resigned"]
)
def test_a_deed_alone_is_no_speech_question(question: str) -> None:
    assert parse_speech_question(question) is None


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("who won the mountain stage and said her legs were empty?", "Orla Halloran"),
        ("who resigned, saying the choir needed fresh energy?", "Bram Okafor"),
        (
            "who was it that stepped down after twenty years, while saying he was tired?",
            "Bram Okafor",
        ),
    ],
)
def test_a_deed_then_words_names_who_said_them(
    deeds_index: Index, question: str, speaker: str
) -> None:
    result = answer(deeds_index, question)
    assert result.quotes and result.quotes[0].speaker == speaker


@pytest.mark.parametrize(
    "question",
    [
        "who is said to have called a brewers merger a fantasy?",
        "who poured cold water on the idea of a merger between the brewers?",
        "who, according to reports, said the regulator would block the merger?",
        "who keeps saying the regulator would block the merger?",
    ],
)
def test_words_reported_of_someone_name_who_said_them(deeds_index: Index, question: str) -> None:
    result = answer(deeds_index, question)
    assert result.quotes and result.quotes[0].speaker == "Ines Carvalho"


@pytest.mark.parametrize(
    "question", ["who is said to be the richest brewer", "who poured the beer"]
)
def test_a_report_of_no_words_is_no_speech_question(deeds_index: Index, question: str) -> None:
    assert answer(deeds_index, question).quotes == []


def test_a_verb_whose_past_is_its_base_asks_who_after_a_person() -> None:
    parsed = parse_speech_question("which economist forecast a fall in interest rates?")
    assert parsed is not None and parsed.kind == "who_said" and parsed.role == "economist"
    # after a word for no person it is a noun: "forecast" is not the verb asked
    weather = parse_speech_question("which weather forecast said it would rain")
    assert weather is not None and weather.verb == "said"


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("which neonatologist forecast a winter of power cuts?", "neonatologist"),
        ("which shopkeeper was surprised that trade fell?", "shopkeeper"),
        ("what auctioneer warned that prices would fall?", "auctioneer"),
        ("which obstetricians forecast a rise in births?", "obstetricians"),
    ],
)
def test_a_word_ending_as_nouns_for_people_do_is_a_role(question: str, role: str) -> None:
    # no list holds these: their endings ("-ist", "-ian", "-keeper", "-eer") name people
    parsed = parse_speech_question(question)
    assert parsed is not None and parsed.kind == "who_said" and parsed.role == role


@pytest.mark.parametrize(
    "question",
    [
        "which goalkeeper was pleased the ferry ran on time?",
        "which harpist was shocked that the hall closed?",
    ],
)
def test_a_feeling_after_a_role_asks_who_said_it(question: str) -> None:
    parsed = parse_speech_question(question)
    assert parsed is not None and parsed.kind == "who_said"


@pytest.mark.parametrize(
    "question",
    [
        "which harbour defender is suspended for the ferry replay",
        "which goalkeeper was dropped for the cup tie",
    ],
)
def test_a_deed_done_to_a_role_asks_no_ones_words(question: str) -> None:
    # suspended, dropped: something done to the one asked, which no quote tells
    assert parse_speech_question(question) is None


def test_which_person_forecast_names_who_said_it(deeds_index: Index) -> None:
    result = answer(deeds_index, "which economist forecast that interest rates would fall?")
    assert result.quotes and result.quotes[0].speaker == "Tomas Lindqvist"


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("who, on reaching the summit alone, said her legs were empty?", "Orla Halloran"),
        (
            "who, after twenty years in charge, said the choir deserved fresh energy?",
            "Bram Okafor",
        ),
        ("who - on reaching the summit alone - said her legs were empty?", "Orla Halloran"),
        ("who (in a letter to members) said the choir deserved fresh energy?", "Bram Okafor"),
        ("who is it that said the choir deserved fresh energy?", "Bram Okafor"),
    ],
)
def test_an_aside_after_who_is_read_past(deeds_index: Index, question: str, speaker: str) -> None:
    """ "who, <aside>, said Y?": the aside tells when the words were said; the question still
    asks who said them."""
    parsed = parse_speech_question(question)
    assert parsed is not None and parsed.kind == "who_said" and parsed.verb == "said"
    result = answer(deeds_index, question)
    assert result.quotes and result.quotes[0].speaker == speaker


@pytest.mark.parametrize(
    "question",
    [
        "who, after a long solo attack, won the stage?",
        "who - after a long solo attack - won the stage?",
        "who is it that won the stage?",
    ],
)
def test_a_who_question_with_an_aside_and_no_speech_is_no_speech_question(question: str) -> None:
    assert parse_speech_question(question) is None


@pytest.mark.parametrize(
    ("question", "role", "verb", "topic"),
    [
        (
            "which rider who had won the ninth stage said her legs were empty",
            "rider",
            "said",
            "had won the ninth stage her legs were empty",
        ),
        (  # a verb of saying inside the clause is the clause's, not the question's
            "which analyst who dismissed the merger warned that the regulator would block it",
            "analyst",
            "warned",
            "dismissed the merger the regulator would block it",
        ),
        (  # "who" after the role and straight before the verb asked is no clause of its own
            "which analyst who warned that the regulator would block the merger",
            "analyst",
            "warned",
            "the regulator would block the merger",
        ),
    ],
)
def test_which_role_who_clause_then_verb_reads_the_clause_as_context(
    question: str, role: str, verb: str, topic: str
) -> None:
    """ "which <role> who <clause> said Y": the clause tells of the speaker, as a deed does;
    its auxiliary ("had") is no verb of the question."""
    parsed = parse_speech_question(question)
    assert parsed is not None
    assert (parsed.kind, parsed.role, parsed.verb, parsed.topic) == ("who_said", role, verb, topic)


def test_which_role_who_clause_names_who_said_it(deeds_index: Index) -> None:
    result = answer(
        deeds_index, "which rider who had a long solo attack said her legs were empty?"
    )
    assert result.quotes and result.quotes[0].speaker == "Orla Halloran"


def test_which_role_who_clause_without_words_said_is_no_speech_question() -> None:
    assert parse_speech_question("which band who played the festival won the prize") is None


def test_which_role_with_a_long_clause_between_commas_reads_past_it() -> None:
    """ "which <role>, who <a long clause>, said Y": the verb asked may come many words after
    "who"; the role is read without its comma."""
    parsed = parse_speech_question(
        "which rider, who had won the ninth stage of the tour on Tuesday after a long solo "
        "attack in the mountains, said her legs were empty"
    )
    assert parsed is not None
    assert (parsed.kind, parsed.role, parsed.verb) == ("who_said", "rider", "said")


def test_which_role_with_a_long_clause_names_who_said_it(deeds_index: Index) -> None:
    result = answer(
        deeds_index,
        "which rider, who won the ninth stage of the tour on Tuesday after a long solo attack, "
        "said her legs were empty?",
    )
    assert result.quotes and result.quotes[0].speaker == "Orla Halloran"
