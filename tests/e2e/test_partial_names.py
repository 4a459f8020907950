"""What `qabot ask` prints when the best passages lack a name the question asks about."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.search.test_partial_match import ARTICLES
from tests.support.processes import qabot

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("partial-names")
    (folder / "seeds").mkdir()
    for name, text in ARTICLES.items():
        (folder / "seeds" / name).write_text(text, encoding="utf-8")
    return folder


def test_ask_says_what_the_passages_lack_and_shows_none(workdir: Path) -> None:
    result = qabot("ask", "latest on quillnet in dorset", cwd=workdir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == (
        "Nothing in the articles answers “latest on quillnet in dorset”: the best passages "
        "have “quillnet” but not “dorset”."
    )
    assert "Quillnet is opening" not in result.stdout
    shown = qabot("ask", "--json", "how much did brindlecorp pay for quillnet", cwd=workdir)
    answer = json.loads(shown.stdout)
    assert answer["found"] is False and answer["passages"] == []
    assert answer["omitted"] >= 1
