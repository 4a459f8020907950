"""What `qabot ask` prints when no passage mentions the question's name, or only its name."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.engines import DEFAULT_ENGINE
from tests.search.test_subject import ARTICLES
from tests.support.indexes import BuiltProjects
from tests.support.processes import ask_each, qabot

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory, built_projects: BuiltProjects) -> Path:
    folder = tmp_path_factory.mktemp("subjects")
    built_projects.copy(ARTICLES, folder, engine=DEFAULT_ENGINE, articles_name="seeds")
    return folder


def test_ask_says_no_article_mentions_a_name_whose_words_stand_apart(workdir: Path) -> None:
    result = qabot("ask", "Taylor Swift", cwd=workdir)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "No article mentions “Taylor Swift”.\n"


def test_ask_heads_passages_with_the_words_they_lack(workdir: Path) -> None:
    result = qabot("ask", "why is Vodafone losing profit", cwd=workdir)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "The best passages have “Vodafone” and “losing” but not “profit”:"
    assert "Quayline" not in result.stdout
    assert "Source: Vodafone names a new head for its Japanese arm" in result.stdout


def test_ask_names_no_one_for_a_role_only_a_deputy_is_quoted_in(workdir: Path) -> None:
    result, deputy = ask_each(
        "what did the Harbour Bank governor say?",
        "what did the Harbour Bank deputy governor say?",
        cwd=workdir,
    )
    assert result.splitlines()[0] == (
        "No quotes from anyone the articles call the Harbour Bank governor. "
        "Passages that best match the question:"
    )
    assert deputy.splitlines()[0] == "What Ada Vance said:"


def test_console_pages_on_under_the_words_the_passages_lack(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    articles = {
        **ARTICLES,
        "roaming.txt": "Vodafone cuts roaming charges\n\nVodafone will cut what it charges "
        "customers for calls made abroad after losing customers to rivals, the operator said.",
    }
    for name, text in articles.items():
        (seeds / name).write_text(text, encoding="utf-8")
    stdin = "why is Vodafone losing profit\nmore\n:quit\n"
    result = qabot("console", "--top", "1", cwd=tmp_path, stdin=stdin)
    assert result.returncode == 0, result.stderr
    leads = [line for line in result.stdout.splitlines() if line.startswith("qabot> ")]
    assert leads[0].startswith("qabot> The best passages have “Vodafone” and “losing” but not")
    assert leads[1].startswith("qabot> More passages with “Vodafone” and “losing” but not")
    assert leads[1].endswith("(2):")
