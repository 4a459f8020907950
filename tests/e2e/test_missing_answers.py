"""What `qabot ask` prints when the best passages lack a name asked about, or an age."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qabot.engines import DEFAULT_ENGINE
from tests.search.test_asked_values import ARTICLES as VALUES
from tests.search.test_missing_answers import AGES, ARTICLES
from tests.support.indexes import BuiltProjects
from tests.support.processes import ask_each, qabot

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory, built_projects: BuiltProjects) -> Path:
    folder = tmp_path_factory.mktemp("partial-names")
    built_projects.copy(ARTICLES, folder, engine=DEFAULT_ENGINE, articles_name="seeds")
    return folder


def test_ask_says_what_the_passages_lack_and_shows_none(workdir: Path) -> None:
    result, told = ask_each(
        "latest on quillnet in dorset", "how much did brindlecorp pay for quillnet", cwd=workdir
    )
    assert result.splitlines()[0] == (
        # the fixture's articles have no dates: "latest" is said to be left out first
        "The articles have no dates, so “latest” was not applied. Nothing in the articles "
        "answers “latest on quillnet in dorset”: the best passages have “quillnet” but not "
        "“dorset”."
    )
    assert "Quillnet is opening" not in result
    shown = qabot("ask", "--json", "how much did brindlecorp pay for quillnet", cwd=workdir)
    answer = json.loads(shown.stdout)
    assert answer["found"] is False and answer["passages"] == []
    assert answer["omitted"] >= 1
    # no passage is shown, so none of the weak ones is "more": it said "(3 more passages ...)"
    count = answer["omitted"]
    what = "passage matches" if count == 1 else "passages match"
    assert told.splitlines()[-1] == f"({count} {what} the question only weakly: not shown)"


def test_ask_says_the_passages_give_no_age_or_time(
    tmp_path: Path, built_projects: BuiltProjects
) -> None:
    built_projects.copy(AGES, tmp_path, engine=DEFAULT_ENGINE, articles_name="seeds")
    result, older, race = ask_each(
        "how old is ewan braddock",
        "how old is tam orrin",
        "what time does the boat race start",
        cwd=tmp_path,
    )
    assert result.splitlines()[0] == (
        "None of the passages that best match “how old is ewan braddock” gives an age."
    )
    assert "Braddock said" not in result
    assert "Tam Orrin, 31," in older
    assert "2pm" in race
    timed = qabot("ask", "--json", "what time does the harbour parade start", cwd=tmp_path)
    answer = json.loads(timed.stdout)
    assert answer["found"] is False and answer["passages"] == []


def test_ask_says_the_passages_give_no_value_asked_by_name(
    tmp_path: Path, built_projects: BuiltProjects
) -> None:
    built_projects.copy(VALUES, tmp_path, engine=DEFAULT_ENGINE, articles_name="seeds")
    result, ostrin = ask_each("population of Velmora", "population of ostrin", cwd=tmp_path)
    assert result.splitlines()[0] == (
        "None of the passages that best match “population of Velmora” gives the population."
    )
    assert "corruption" not in result
    assert "population of 3 million" in ostrin
