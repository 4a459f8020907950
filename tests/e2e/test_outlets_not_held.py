"""A question naming its source where only an outlet goes ("according to the bbc, ...", "in
the Guardian, ...", "what did Reuters report ..."): an outlet the archive holds filters the
answer; one it does not is said to be absent, its words are not searched, and the answer comes
from all the articles. Each through `answer()` and a real `qabot` process."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import dated_index_of, index_of
from tests.support.processes import qabot

# what an answer adds when the articles' files name no outlet
UNNAMED = "The articles' files name no outlet."

pytestmark = pytest.mark.e2e

# our own short articles, none dated and none from an outlet; "Kestrel" is written as a news
# outlet's name ("the Kestrel's correspondent"), "Mr Dunmore" as a person's
ARTICLES = {
    "ferry.txt": (
        "Ferry sold to a rival\n\nThe island ferry was sold to a rival line on Monday, "
        "the Kestrel's correspondent in the port said.\n"
    ),
    "strike.txt": (
        "Dock strike ends\n\nThe dock strike ended after the union accepted the offer, the "
        "morning shift said in a chronicle of the dispute.\n\n"
        '"The offer is fair," Tom Dunmore said of the dock strike.\n'
    ),
    "walls.txt": (
        "Sea walls repaired\n\nThe sea walls of the harbour were repaired in March, US "
        "television said; the US correspondent filmed them.\n"
    ),
}


@pytest.mark.parametrize(
    ("question", "outlet"),
    [
        ("according to kestrel what happened to the ferry", "Kestrel"),
        ("According to the Kestrel, what happened to the ferry?", "the Kestrel"),
        ("what did kestrel report about the ferry", "Kestrel"),
        ("what happened to the ferry according to the Harbour Gazette?", "the Harbour Gazette"),
        ("what happened to the ferry, as reported by the kestrel?", "the Kestrel"),
        # named at the end, after what is asked
        ("what happened to the ferry, the kestrel reported", "the Kestrel"),
        # a paper's name by its opening word, whatever noun ends it, typed with capitals
        ("what happened to the ferry in the Daily Planet", "the Daily Planet"),
        ("what did the Weekly Lantern report about the ferry", "the Weekly Lantern"),
    ],
)
def test_an_outlet_no_article_is_from_is_said_so_and_not_searched(
    index: Index, question: str, outlet: str
) -> None:
    result = answer(index, question)
    assert result.lead.startswith(f"No article is from {outlet}. "), result.lead
    assert result.found
    assert [hit.article.title for hit in result.passages][:1] == ["Ferry sold to a rival"]


def test_a_speech_question_in_an_absent_newspaper_answers_the_speaker_saying_so(
    index: Index,
) -> None:
    result = answer(index, "in the Morning Chronicle, what did Tom Dunmore say about the strike")
    assert result.lead.startswith("No article is from the Morning Chronicle. "), result.lead
    assert result.speaker == "Tom Dunmore"
    assert "Morning Chronicle" not in result.lead.split(". ", 1)[1]


def test_nothing_else_answering_is_found_false(index: Index) -> None:
    result = answer(index, "according to the kestrel what happened to the zeppelin")
    assert not result.found
    assert result.lead.startswith("No article is from the Kestrel. "), result.lead


@pytest.mark.parametrize(
    "question",
    [
        "according to Tom Dunmore, what happened to the strike",  # a person, not an outlet
        "in the end, what did Tom Dunmore say about the strike",
        "what did the union report about the strike",
        # a place the articles write before "television" and "correspondent" is no outlet
        "in the US, what happened to the sea walls",
        "what did the US report about the sea walls",
    ],
)
def test_a_source_that_is_no_outlet_gets_no_absent_outlet_lead(
    index: Index, question: str
) -> None:
    assert "No article is from" not in answer(index, question).lead


@pytest.mark.parametrize(
    ("question", "outlet"),
    [
        ("according to the bbc, what did tom dunmore say about the strike", "the BBC"),
        ("what did Tom Dunmore say about the strike, according to CNN?", "CNN"),
        ("according to the nbc what did tom dunmore say about the strike", "the NBC"),
        ("according to bbc news, what did tom dunmore say about the strike", "BBC News"),
        ("as reported by the bbc, what did tom dunmore say about the strike", "the BBC"),
        ("what did tom dunmore say about the strike, as reported by CNN?", "CNN"),
        ("what did tom dunmore say about the strike reported by the kestrel", "the Kestrel"),
        # ... and named after it: ", the bbc reported", "as the bbc reported"
        ("what did tom dunmore say about the strike, the bbc reported", "the BBC"),
        ("what did tom dunmore say about the strike as the bbc reported?", "the BBC"),
        ("what did Tom Dunmore say about the strike, as CNN reports.", "CNN"),
        ("what did tom dunmore say about the strike, the kestrel wrote", "the Kestrel"),
    ],
)
def test_an_initialism_named_as_a_speech_questions_source_is_no_word_of_its_topic(
    index: Index, question: str, outlet: str
) -> None:
    # no article writes it, as an outlet or at all: "about the strike according to the bbc"
    # was the topic searched in his words and written in the lead
    result = answer(index, question)
    assert result.lead == (
        f"No article is from {outlet}. {UNNAMED} What Tom Dunmore said about the strike:"
    )
    assert result.topic == "the strike"
    assert result.found and result.quotes


@pytest.mark.parametrize(
    "question",
    [
        "according to Blair, what did Tom Dunmore say about the strike",  # a person
        "according to the mps, what did Tom Dunmore say about the strike",  # people
        "according to the pm, what did Tom Dunmore say about the strike",  # a role
        "according to the bbc, what happened to the strike",  # no speech asked: words kept
        "what did Tom Dunmore say about the strike as reported by Blair",
    ],
)
def test_a_source_no_initialism_names_or_outside_a_speech_question_keeps_its_words(
    index: Index, question: str
) -> None:
    result = answer(index, question)
    assert "No article is from" not in result.lead
    assert result.topic is None or " to " in result.topic or " by " in result.topic


@pytest.mark.parametrize(
    "question",
    [
        "what did Tom Dunmore say about the strike, as Blair reported",  # a person
        "what did Tom Dunmore say about the strike, the union reported",
        # no comma nor "as": what the BBC reported may be what is asked about
        "what did Tom Dunmore say about the strike the bbc reported",
    ],
)
def test_a_name_ending_a_speech_question_that_is_no_outlet_keeps_its_words(
    index: Index, question: str
) -> None:
    result = answer(index, question)
    assert "No article is from" not in result.lead
    assert result.topic is not None and result.topic.endswith("reported")


def test_the_cli_says_the_outlet_is_absent(workdir: Path) -> None:
    asked = (
        "according to the kestrel, what happened to the ferry\n"
        "according to the bbc, what did tom dunmore say about the strike\n"
        "what did tom dunmore say about the strike, as the bbc reported?\n"
    )
    result = qabot("ask", "-", cwd=workdir, stdin=asked)  # one process for the questions
    assert result.returncode == 0, result.stderr
    ferry, *strikes = result.stdout.split("\nQ: ")
    assert "\n\nNo article is from the Kestrel. " in ferry, ferry
    assert "Ferry sold to a rival" in ferry
    for strike in strikes:
        lead = (
            f"\n\nNo article is from the BBC. {UNNAMED} What Tom Dunmore said about the strike:\n"
        )
        assert lead in strike, strike
        assert "The offer is fair" in strike


# our own: an outlet the archive holds is still a filter, as before
HELD = {
    "a.md": ("2024-03-04", "Harbour Gazette", "Ferry sold", "The old ferry was sold on Monday."),
    "b.md": ("2024-03-05", "Valley Herald", "Ferry renamed", "The new ferry was renamed."),
    "c.md": ("2024-03-06", "Valley Herald", "Walls mended", "The harbour walls were mended."),
}  # fmt: skip


def test_an_outlet_the_archive_holds_still_filters(tmp_path: Path) -> None:
    held = dated_index_of(tmp_path, HELD)
    result = answer(held, "according to the valley herald, what happened to the ferry")
    assert result.filters.sources == ("Valley Herald",)
    assert "No article is from" not in result.lead
    assert [hit.article.title for hit in result.passages] == ["Ferry renamed"]
    # "as reported by" names a source as "according to" does, and goes with it
    result = answer(held, "what happened to the ferry as reported by the valley herald")
    assert result.filters.sources == ("Valley Herald",)
    assert [hit.article.title for hit in result.passages] == ["Ferry renamed"]
    # ... and so does one named after the question
    result = answer(held, "what happened to the ferry, as the valley herald reported?")
    assert result.filters.sources == ("Valley Herald",)
    assert [hit.article.title for hit in result.passages] == ["Ferry renamed"]


def test_an_absent_newspaper_asked_as_a_speaker_is_no_word_of_the_topic(index: Index) -> None:
    # its name was searched with the topic, so a passage naming a "chronicle" could lead
    result = answer(index, "what did the morning chronicle say about the ferry")
    assert result.lead.startswith("No article is from the Morning Chronicle, and "), result.lead
    assert [hit.article.title for hit in result.passages][:1] == ["Ferry sold to a rival"]
    assert not answer(index, "what did the morning chronicle say").passages


def test_a_daily_thing_typed_in_lower_case_is_words(index: Index) -> None:
    # "the daily round" names no paper: no outlet is said to be absent
    result = answer(index, "what happened to the ferry in the daily round")
    assert not result.lead.startswith("No article is from")


def test_a_daily_paper_in_lower_case_that_no_article_writes_is_an_absent_outlet(
    index: Index,
) -> None:
    # "daily planet" is written nowhere: it was searched as words, and "report" matched
    result = answer(index, "what did the daily planet report")
    assert not result.found
    assert result.lead == (
        f"No article is from the Daily Planet. {UNNAMED} Nothing else was asked: ask about a "
        "person, place or event in the articles."
    )
    assert not result.passages
    result = answer(index, "what did the daily planet report about the ferry")
    assert result.lead.startswith("No article is from the Daily Planet. "), result.lead
    assert [hit.article.title for hit in result.passages][:1] == ["Ferry sold to a rival"]
    result = answer(index, "what did the daily planet say about the ferry")
    assert result.lead.startswith("No article is from the Daily Planet, and "), result.lead


@pytest.mark.parametrize(
    "question",
    [
        "according to the daily planet, what happened to the ferry",
        "what happened to the ferry, according to the daily planet?",
        "as reported by the daily planet, what happened to the ferry",
    ],
)
def test_a_daily_paper_in_lower_case_where_only_a_source_goes_is_an_absent_outlet(
    index: Index, question: str
) -> None:
    # only a source goes after "according to", as before "report": its words were searched
    result = answer(index, question)
    assert result.lead.startswith("No article is from the Daily Planet. "), result.lead
    assert [hit.article.title for hit in result.passages][:1] == ["Ferry sold to a rival"]


def test_a_daily_thing_the_articles_write_stays_words(tmp_path: Path) -> None:
    written = index_of(
        tmp_path,
        {
            **ARTICLES,
            "crossing.txt": (
                "Crossing cut\n\nThe daily crossing reported delays after the storm, the port "
                "office said.\n"
            ),
        },
    )
    result = answer(written, "what did the daily crossing report")
    assert "No article is from" not in result.lead, result.lead
    assert [hit.article.title for hit in result.passages][:1] == ["Crossing cut"]
    result = answer(written, "according to the daily crossing, what happened")
    assert "No article is from" not in result.lead, result.lead


def test_the_cli_tells_a_lower_case_daily_paper_is_absent(workdir: Path) -> None:
    result = qabot("ask", "what did the daily planet report", cwd=workdir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"No article is from the Daily Planet. {UNNAMED} Nothing"), (
        result.stdout
    )


@pytest.mark.parametrize(
    "question",
    [
        "anything from the kestrel on the ferry?",
        "anything from the Kestrel about the ferry?",
        "something from the kestrel on the ferry",
    ],
)
def test_an_outlet_asked_for_after_anything_from_is_no_speaker(
    index: Index, question: str
) -> None:
    # "anything from the bbc on iraq?" read "the bbc" as a speaker and showed the words of
    # whoever the articles quote as "BBC"; an outlet no article is from is said so, and the
    # rest is searched
    result = answer(index, question)
    assert result.lead.startswith(f"No article is from the Kestrel. {UNNAMED} "), result.lead
    assert not result.quotes and result.speaker is None
    assert [hit.article.title for hit in result.passages][:1] == ["Ferry sold to a rival"]


def test_the_articles_without_an_outlet_are_counted_beside_an_outlet_not_held(
    tmp_path: Path,
) -> None:
    # one article names its outlet, two do not: the BBC's may be among those two
    articles = {
        "a.md": ("2024-05-01", "Harbour Gazette", "Ferry sold", "The island ferry was sold."),
        "b.md": (None, None, "Dock strike ends", "The dock strike ended on Monday."),
        "c.md": (None, None, "Sea walls repaired", "The sea walls were repaired in March."),
    }
    index = dated_index_of(tmp_path, articles)
    result = answer(index, "according to the Daily Planet, was the ferry sold?")
    assert result.lead.startswith(
        "No article is from the Daily Planet. 2 of the 3 articles name no outlet. "
    ), result.lead
