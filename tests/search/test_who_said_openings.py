"""'Who said ...?' after an opening phrase ("after the final, who said ...?"; "after the final,
what did X say?" too), with a verb of giving credit ("who credited ... with ..."), and passives
of verbs only "who" questions read as speech ("who was rebuked by ...?" asks who was spoken to,
not who spoke)."""

from __future__ import annotations

import io

import pytest

from qabot.console import run
from qabot.indexing import Index
from qabot.search import answer, parse_speech_question
from tests.support.indexes import index_of

ARTICLES = {
    "final.txt": """Rovers lose the cup final on penalties

Rovers lost the cup final to Athletic on penalties at Westbury Park on Saturday.

"The referee's assistant never looked at the line, he saw nothing," Rovers coach Dag Ellery
said after the final.

Athletic captain Joss Penrose said the shoot-out had been a lottery.
""",
    "bakery.txt": """Baker opens a second shop

Lior Samant opened a second bakery in the old market hall on Monday.

"Mrs Tully, who ran the first bakery on this street, taught me everything," Samant said.
""",
    "ferry.txt": """Ferry crossing delayed by storms

The morning ferry crossing to the islands was delayed by storms for a third day.

"We expect the timetable to return to normal on Friday," operator spokeswoman Ruth Akande said.
""",
}


@pytest.fixture(scope="module")
def openings_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("openings"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("after the cup final, who said the referee's assistant saw nothing?", "Dag Ellery"),
        ("at westbury park - who complained that the assistant never looked?", "Dag Ellery"),
        ("who credited the woman who ran the first bakery with teaching him", "Lior Samant"),
        ("yesterday, who said the referee's assistant saw nothing?", "Dag Ellery"),
    ],
)
def test_who_said_after_an_opening_or_with_credit_names_the_speaker(
    openings_index: Index, question: str, speaker: str
) -> None:
    result = answer(openings_index, question)
    assert result.quotes and result.quotes[0].speaker == speaker


@pytest.mark.parametrize(
    "question",
    [
        "in 2004, who won the cup final?",
        "Dag Ellery, who said the assistant saw nothing, left when?",
        "who was rebuked by the referee?",
        "who was credited with the winning goal?",
    ],
)
def test_no_speech_question_in_an_opening_deed_or_a_passive(question: str) -> None:
    assert parse_speech_question(question) is None


def test_what_did_x_say_after_an_opening_is_read_with_the_opening_as_its_tail(
    openings_index: Index,
) -> None:
    opened = answer(openings_index, "after the cup final, what did Dag Ellery say?")
    tailed = answer(openings_index, "what did Dag Ellery say after the cup final?")
    assert opened.quotes and {hit.speaker for hit in opened.quotes} == {"Dag Ellery"}
    assert opened.lead == tailed.lead
    assert [hit.quote.text for hit in opened.quotes] == [hit.quote.text for hit in tailed.quotes]


def test_a_speaker_the_articles_leave_unnamed_opens_the_lead_with_a_capital(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    index = index_of(
        tmp_path_factory.mktemp("unnamed"),
        {
            "jail.txt": "Jail review\n\nThe island jail was built in 1981.\n\nA senior prison "
            "official has said in a sworn statement that \u201canyone with enough determination "
            "could escape\u201d from the jail.\n"
        },
    )
    result = answer(index, "who warned that anyone could escape from the jail?")
    assert result.quotes[0].speaker == "a senior prison official"  # as the article writes it
    assert result.lead == "A senior prison official said it:"


def test_a_story_telling_the_words_asked_beats_a_near_quote_of_another(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # nobody is quoted on the ferry; the baker's words share "island" and "winter" only
    index = index_of(
        tmp_path_factory.mktemp("apart"),
        {
            "ferry.txt": "Ferry service ends\n\nThe island ferry will stop its winter sailings "
            "from January, the timetable shows.\n",
            "bakery.txt": "Bakery opens\n\nA new bakery opened on the island.\n\n"
            '"Winter is hard for the island bakery," said baker Tom Reed.\n',
        },
    )
    result = answer(index, "who said the island ferry would stop its winter sailings?")
    assert not result.quotes
    assert result.lead.startswith("No quote in the articles matches that.")
    assert "ferry will stop its winter sailings" in result.passages[0].passage.text


def test_a_quote_said_it_only_by_its_paragraph_loses_to_a_story_telling_the_words(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # the minister's words hold "no longer" only; "men" and "allow" are said of others in his
    # paragraph, while the salon story tells just what was asked, in no quote
    index = index_of(
        tmp_path_factory.mktemp("spoken"),
        {
            "salon.txt": "Salon bans men\n\nThe owner's son, Ivo Quill, runs the chain now, and "
            "he decided men will no longer be allowed inside any of its shops.\n",
            "cabinet.txt": "Rift in cabinet\n\nThe two men fell out last year. Mr Brandt "
            "allegedly said he could no longer trust anything the premier told him. Party "
            "rules do not allow a public row, a spokesman said.\n",
        },
    )
    result = answer(index, "who said men will no longer be allowed?")
    assert not result.quotes
    assert result.lead.startswith("No quote in the articles matches that.")
    assert "men will no longer be allowed" in result.passages[0].passage.text


def test_quotes_beside_one_holding_the_words_as_written_hold_them_too(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # the question is all little words but "backed": the mayor's "backed" is no answer beside
    # the resident's very words
    index = index_of(
        tmp_path_factory.mktemp("verbatim"),
        {
            "rezoning.txt": "Rezoning row\n\n\u201cIt wasn\u2019t that she backed it, it was "
            "the way she handled it,\u201d resident Ada Vale said.\n",
            "harbour.txt": "Harbour plan\n\nThe council backed the harbour plan on Monday, "
            "the mayor said.\n",
        },
    )
    result = answer(index, "who said it wasn't that she backed it?")
    assert result.quotes[0].speaker == "Ada Vale"
    assert [hit.speaker for hit in result.quotes] == ["Ada Vale"]
    assert all(hit.article.title == "Rezoning row" for hit in result.passages)
    assert result.passages or not result.more  # no "more passages match" over none shown


@pytest.mark.parametrize(
    ("question", "speech"),
    [
        ("who wrote harbour lights", False),  # the author of a work, no words said
        ("who wrote about the storms", False),
        ("who wrote the book about the ferry", False),
        ("who wrote that the timetable would return to normal", True),
        ("who wrote in her blog that the timetable would return to normal", True),
        ("who wrote to the council claiming the ferry was unsafe", True),
    ],
)
def test_who_wrote_asks_for_words_only_with_what_was_written(question: str, speech: bool) -> None:
    assert (parse_speech_question(question) is not None) is speech


def test_who_wrote_a_work_is_no_speaker_named_for_it(openings_index: Index) -> None:
    # "who wrote about the ferry" asks who the author is: no quote of the ferry's spokeswoman
    # answers it as "Ruth Akande said it"
    result = answer(openings_index, "who wrote about the ferry crossing")
    assert not result.lead.endswith("said it:")


SCENES = {
    "final.txt": ARTICLES["final.txt"],
    "pitch.txt": """Rovers to relay their pitch

Rovers will relay the pitch at Westbury Park in the summer.

"The grass has been poor all season and the drainage is older than I am," Dag Ellery said.
""",
    "ferry.txt": ARTICLES["ferry.txt"],
    "bakery.txt": ARTICLES["bakery.txt"],
}


@pytest.fixture(scope="module")
def scenes_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("scenes"), SCENES)


@pytest.mark.parametrize(
    "question",
    [
        # a sentence setting the scene, then the question ("its", "their": the scene's)
        "Rovers lost the cup final on penalties. What did their coach Dag Ellery say?",
        "rovers lost the cup final on penalties. what did dag ellery say",
        # an opening with no comma before "what did", and one about what
        "during the cup final on penalties what did Dag Ellery say",
        "about the cup final lost on penalties, what did Dag Ellery say?",
    ],
)
def test_a_scene_set_before_what_did_x_say_is_its_topic(
    scenes_index: Index, question: str
) -> None:
    result = answer(scenes_index, question)
    assert result.speaker == "Dag Ellery"
    assert result.quotes[0].quote.text.startswith("The referee's assistant never looked")


def test_the_lead_quotes_the_scene_the_reader_set(scenes_index: Index) -> None:
    asked = "Rovers lost the cup final. What did Dag Ellery say?"
    result = answer(scenes_index, asked)
    assert result.lead == "What Dag Ellery said, on “Rovers lost the cup final”:"
    shown = io.StringIO()
    run(lambda question: answer(scenes_index, question), io.StringIO(asked + "\n"), shown)
    assert "What Dag Ellery said, on “Rovers lost the cup final”:" in shown.getvalue()
    assert "The referee's assistant never looked" in shown.getvalue()


@pytest.mark.parametrize(
    ("question", "speaker", "topic"),
    [
        ("Thanks. What did Dag Ellery say?", "Dag Ellery", None),  # no scene: the question
        ("The ferry was late again. Who said the timetable would return to normal?", None,
         "The ferry was late again the timetable would return to normal"),
    ],
)  # fmt: skip
def test_a_scene_before_a_speech_question_is_read_with_it(
    question: str, speaker: str | None, topic: str | None
) -> None:
    said = parse_speech_question(question)
    assert said is not None and said.speaker == speaker and said.topic == topic
