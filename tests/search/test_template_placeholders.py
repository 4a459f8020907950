"""A question holding a placeholder of a template or a shell ("%s", "{0}", "${HOME}",
"<name>") is answered with what to do, never searched: "${HOME}" was answered from "home"."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.search import answer
from qabot.search.placeholders import placeholder_in
from tests.support.indexes import index_of

_ARTICLES = {
    "home.txt": "Home sales\n\nHome sales rose in the spring, the agents said.\n",
    "ferry.txt": "Ferry strike\n\nThe harbour ferry crews went on strike over pay.\n",
    "rates.txt": "Rates held\n\nThe bank held rates at 5% on Thursday.\n",
}


@pytest.mark.parametrize(
    ("question", "placeholder"),
    [
        ("%s %d {0} ${HOME}", "%s"),
        ("${HOME}", "${HOME}"),
        ("home sales $(whoami)", "$(whoami)"),
        ("what did the agents say about {topic}", "{topic}"),
        ("home {{ town }} sales", "{{ town }}"),
        ("%(name)s home sales", "%(name)s"),
        ("%USERPROFILE% home", "%USERPROFILE%"),
        ("What did <name> say about home sales?", "<name>"),
    ],
)
def test_a_pasted_placeholder_is_named_not_searched(
    tmp_path: Path, question: str, placeholder: str
) -> None:
    result = answer(index_of(tmp_path, _ARTICLES), question)
    assert not result.found and not result.passages, result.lead
    assert result.lead.startswith(f"“{placeholder}” is a placeholder"), result.lead


@pytest.mark.parametrize(
    "question",
    ["rates at 5%", "rates held 5% on Thursday", "$AAPL", "is 3 < 4", "5%s rates", "a 10% rise"],
)
def test_percentages_prices_and_comparisons_are_no_placeholders(question: str) -> None:
    assert placeholder_in(question) is None


def test_a_question_without_placeholders_is_still_answered(tmp_path: Path) -> None:
    result = answer(index_of(tmp_path, _ARTICLES), "rates held at 5%")
    assert result.found and result.passages[0].article.title == "Rates held", result.lead
