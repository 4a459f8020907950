"""A role only a story not quoting its holder writes before the name: "which pilot said ...?"
of someone quoted with no role beside the name, whom a report elsewhere calls "harbour pilot".
Short invented articles, asked through `answer()` and `mentioned_share`."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.role_mentions import _APPOSED, apposed_after, mentioned_share, words_before
from qabot.search.who_said_roles import BEFORE_NAME
from tests.support.indexes import index_of

ARTICLES = {
    "storm.txt": """Barge stranded in storm

A grain barge was stranded overnight below the old bridge.

Tomas Reyna said: "The tide was far too strong for the barge to turn below the bridge."
""",
    "river.txt": """River traffic grows

The barge was steered by harbour pilot Tomas Reyna, who has worked the river for years.
Traffic on the river has doubled since the new quay opened.
""",
    "ferry.txt": """Ferry scheme paused

Pilot scheme manager Ana Voss said: "The strong tide stopped the barge trials."
""",
}


@pytest.fixture(scope="module")
def river_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("river"), ARTICLES)


def test_a_role_written_before_the_name_in_another_story_names_its_holder(
    river_index: Index,
) -> None:
    # Ana Voss's words hold less of the question, but the directory gives her "pilot" (of
    # "Pilot scheme manager"), and Reyna nothing
    question = "which harbour pilot said the tide was too strong for the barge?"
    reply = answer(river_index, question, top=5)
    assert reply.quotes
    assert reply.quotes[0].speaker == "Tomas Reyna"


def test_the_role_counts_only_written_right_before_the_whole_name(river_index: Index) -> None:
    assert mentioned_share(river_index, "Tomas Reyna", "harbour pilot") == 1.0
    assert mentioned_share(river_index, "Tomas Reyna", "pilot") == 1.0
    # the head noun must be there: "harbour" alone is where he works, not what he is
    assert mentioned_share(river_index, "Tomas Reyna", "harbour master") == 0.0
    # the few words right before the name only ("Pilot scheme manager Ana Voss" holds the
    # noun; "the river" ten words after Reyna's name is not his role), and a single word
    # names too many to ask
    assert mentioned_share(river_index, "Ana Voss", "river pilot") == pytest.approx(2 / 3)
    assert mentioned_share(river_index, "Ana Voss", "barge") == 0.0
    assert mentioned_share(river_index, "Reyna", "pilot") == 0.0


def test_a_role_before_a_possessive_is_another_s(tmp_path_factory: pytest.TempPathFactory) -> None:
    """ "The harbour pilot's wife Ann Lee": the pilot is her husband; she is the wife."""
    index = index_of(
        tmp_path_factory.mktemp("wife"),
        {
            "quay.txt": "Crowds at the quay\n\nThe harbour pilot's wife Ann Lee watched.\n",
            "dock.txt": "Dock reopens\n\nThe dock reopened. Dock pilot Ivo Brandt steered.\n",
        },
    )
    assert mentioned_share(index, "Ann Lee", "harbour pilot") == 0.0
    assert mentioned_share(index, "Ann Lee", "wife") == 1.0
    assert mentioned_share(index, "Ivo Brandt", "dock pilot") == 1.0


def test_a_role_word_in_a_bodys_name_gives_the_body_s_director_no_role(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "Which Welsh centre ...?" of words a director of a "Centre for ..." said: she is no
    centre, so at most the closest, and the lead says so, not the one who "said it"."""
    index = index_of(
        tmp_path_factory.mktemp("centre"),
        {
            "match.txt": "Reed kicks winner\n\nWelsh centre Tom Reed kicked the late goal.\n",
            "hero.txt": """Reed the hero

Tom Reed was the hero of the win.

"I thrive on it and it helps me," Tom Reed said.
""",
            "study.txt": """Pressure on pupils

Exams put pupils under pressure, a study found.

Dr Ada Hale, director of the Institute's Centre for Learning, said: "Pressure lifts their game."
""",
        },
    )
    reply = answer(index, "which welsh centre said pressure lifts his game?", top=5)
    assert reply.lead == "The closest is Ada Hale's, whom the articles do not call welsh centre:"


def test_a_role_set_off_right_after_the_name_is_theirs(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "Ivo Marsh - a former harbour pilot, and ..." and "Ann Lee, the pilot's wife,": the
    noun phrase set off after a name by a dash or a comma tells what they are."""
    index = index_of(
        tmp_path_factory.mktemp("apposed"),
        {
            "tides.txt": (
                "Tide tables doubted\n\nThe claim was backed by Ivo Marsh - a former harbour "
                "pilot, and an expert on tides.\n"
            ),
            "quay.txt": "Quay crowds\n\nAnn Lee, the harbour pilot's wife, watched the quay.\n",
            "dock.txt": "Dock reopens\n\nBo Hale, who runs the dock, and the pilots cheered.\n",
        },
    )
    assert mentioned_share(index, "Ivo Marsh", "former harbour pilot") == 1.0
    assert mentioned_share(index, "Ivo Marsh", "pilot") == 1.0
    assert mentioned_share(index, "Ann Lee", "harbour pilot") == 0.0
    assert mentioned_share(index, "Ann Lee", "wife") == 1.0
    assert mentioned_share(index, "Bo Hale", "pilot") == 0.0


# the two patterns of a name `mentioned_share` read with before it read without them: the
# words before the name and the phrase set off after it must be what they find, for any text
_WORD = r"[\w'’-]+"
_TEXT = st.text(alphabet="ab Lee-’,.\n\t–é9_", max_size=40)
_NAME = st.sampled_from(["Lee", "Lee Lee", "a Lee", "b-a", "’a", "-Lee", " Lee", "é9", "a, the"])


def _as_patterns_found(text: str, person: str) -> tuple[list[str], list[str]]:
    name = rf"((?:{_WORD}\s+){{1,{BEFORE_NAME + 1}}}){re.escape(person)}(?![\w-])"
    apposed = rf"{re.escape(person)}{_APPOSED}"
    return (
        [found.group(1) for found in re.finditer(name, text)],
        [found.group(1) for found in re.finditer(apposed, text)],
    )


@settings(max_examples=400)  # the scan's cases (overlapping names, runs cut by marks) are rare
@given(_TEXT, _NAME, st.lists(_NAME, max_size=3), st.lists(_TEXT, max_size=3))
def test_the_words_around_a_name_are_those_its_patterns_find(
    text: str, person: str, others: list[str], parts: list[str]
) -> None:
    # the name written among other names and runs of words, where the scan's cases arise
    for other, part in zip(others, parts, strict=False):
        text += other + part + person
    assert (list(words_before(text, person)), list(apposed_after(text, person))) == (
        _as_patterns_found(text, person)
    )


def test_the_run_before_a_name_reaches_its_furthest_place() -> None:
    # from where the first run starts, four words reach the second "Lee Lee" as well
    text = "centre Lee Lee Lee Lee - a harbour pilot, said"
    assert list(words_before(text, "Lee Lee")) == ["centre Lee Lee "]
    assert list(apposed_after(text, "Lee Lee")) == ["harbour pilot"]
