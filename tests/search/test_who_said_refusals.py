"""'Who declined to comment on Y?': refusing to speak is not speaking on Y. Only words that
refuse, or a sentence telling the refusal, answer it (`refused_words`); a quote of someone who
did comment on Y is never shown as the one who declined."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.records import Quote
from qabot.search import answer
from qabot.search.questions import parse_speech_question
from qabot.search.refused_words import tells_refusal
from tests.support.indexes import index_of

ARTICLES = {
    "lawsuit.txt": "Singer sues over stage fall\n\n"
    "The singer Lola Brand is suing Harbour Arenas over a fall from a collapsing stage.\n\n"
    '"The stage was a death trap and everyone knew it," said Brand\'s lawyer Piet Osk.\n\n'
    '"We are not able to comment on pending litigation," arena spokesman Tom Vell said.\n',
    "ferry.txt": "Ferry fares rise\n\n"
    "Ferry fares will rise by a tenth next spring, the harbour board said.\n\n"
    '"Fuel costs have doubled since the winter," said board chair Ada Lunn.\n',
    "choir.txt": "Choir sings\n\nThe choir sang the loudest hymn of the evening.\n",
    "market.txt": "Market reopens\n\nThe fish market reopened after the floods.\n",
}


@pytest.fixture(scope="module")
def refusal_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("refusals"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "verb", "topic"),
    [
        (
            "who declined to comment on the singer's lawsuit",
            "declined",
            "comment on the singer's lawsuit",
        ),
        ("who refused to discuss the stage fall", "refused", "discuss the stage fall"),
        ("who refused to comment on the merger", "refused", "comment on the merger"),
    ],
)
def test_a_refusal_to_speak_on_a_topic_is_read_as_who_said_with_the_refusal_as_verb(
    question: str, verb: str, topic: str
) -> None:
    parsed = parse_speech_question(question)
    assert parsed is not None
    assert (parsed.kind, parsed.verb, parsed.topic) == ("who_said", verb, topic)


@pytest.mark.parametrize(
    "question",
    [
        "who refused to comment",  # nothing refused on: the passages telling it answer
        "who refused to pay the fine",  # a deed, no words refused
        "which club declined to sell the striker",
        "which way declined to comment on the plan",  # no word for people before the verb
    ],
)
def test_a_refusal_of_no_topic_or_of_a_deed_is_no_speech_question(question: str) -> None:
    assert parse_speech_question(question) is None


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("who declined to comment on the lawsuit, saying it was baseless", "saying"),
        ("who refused to discuss the fall but warned that the stage was unsafe", "warned"),
    ],
)
def test_words_said_beside_a_refusal_are_what_is_asked(question: str, verb: str) -> None:
    parsed = parse_speech_question(question)
    assert parsed is not None
    assert (parsed.kind, parsed.verb) == ("who_said", verb)


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("which spokesman declined to comment on the singer's lawsuit", "spokesman"),
        ("which arena firm has refused to discuss the stage fall", "arena firm"),
    ],
)
def test_a_role_refusing_to_speak_asks_which_of_them_refused(question: str, role: str) -> None:
    parsed = parse_speech_question(question)
    assert parsed is not None
    assert (parsed.kind, parsed.role) == ("who_said", role)
    assert parsed.verb in {"declined", "refused"}


def test_words_refusing_to_comment_answer_who_declined_to_comment(
    refusal_index: Index,
) -> None:
    result = answer(refusal_index, "who declined to comment on the singer's lawsuit over the fall")
    assert [hit.speaker for hit in result.quotes][:1] == ["Tom Vell"]


def test_no_one_who_commented_is_named_as_refusing(refusal_index: Index) -> None:
    # the board chair spoke on the fares; no one refused to
    result = answer(refusal_index, "who declined to comment on the ferry fares rise")
    assert not result.quotes


@pytest.mark.parametrize(
    ("text", "sentence", "refuses"),
    [
        ("We are not able to comment on pending litigation", "", True),
        ("it could not talk about customer websites", "Akme declined to comment, saying", True),
        ("the inquiry was under way", "Mr Orr declined to comment about his position", True),
        ("No comment", "", True),
        ("The stage was a death trap", "said the lawyer", False),
        ("We will comment once the report is out", "", False),
    ],
)
def test_tells_refusal_reads_words_or_a_sentence_refusing_to_speak(
    text: str, sentence: str, refuses: bool
) -> None:
    quote = Quote(
        article_id="a",
        speaker="X",
        text=text,
        kind="direct",
        cue="said",
        start=0,
        end=len(text),
        sentence=f"{sentence} {text}".strip(),
    )
    assert tells_refusal(quote) is refuses


REPORTS = {
    "bank.txt": "Bank shares rise on merger talk\n\n"
    "Shares in Harbour Bank rose after a weekend report of merger talks with Lakeside Trust. "
    "Harbour Bank declined to comment on the report of merger talks in the Sunday Courier, "
    "saying it does not respond to market speculation.\n",
    "budget.txt": "Minister keeps quiet on budget\n\n"
    "Finance minister Ann Bell would not comment on the reports, but insisted the talks on her "
    "budget were going well. Reports of a bank merger and the talks behind it worried MPs.\n",
    "choir.txt": "Choir sings\n\nThe choir sang the loudest hymn of the evening.\n",
    "market.txt": "Market reopens\n\nThe fish market reopened after the floods.\n",
}


@pytest.fixture(scope="module")
def report_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("reports"), REPORTS)


def test_what_was_refused_is_in_the_sentence_telling_the_refusal(report_index: Index) -> None:
    # the bank's own words say nothing of the merger talks; its sentence does, while the
    # minister's own words hold "talks" of another story
    result = answer(report_index, "who declined to comment on the report of merger talks")
    assert [hit.speaker for hit in result.quotes][:1] == ["Harbour Bank"]


def test_a_report_in_an_outlet_no_article_is_from_stays_in_a_who_said_claim(
    report_index: Index,
) -> None:
    # no article is from the Sunday Courier, but the articles tell of its report: the report
    # is what was refused, not a source to keep articles from; the refusal rule still holds
    result = answer(report_index, "who declined to comment on the report in the sunday courier")
    assert [hit.speaker for hit in result.quotes][:1] == ["Harbour Bank"]
    assert not result.lead.startswith("No article is from")
    assert all(tells_refusal(hit.quote) for hit in result.quotes)
    # what the report said is asked of it as of a source: none is from it
    result = answer(report_index, "what did the report in the sunday courier say about the bank")
    assert result.lead.startswith("No article is from the Sunday Courier")
