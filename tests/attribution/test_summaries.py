"""Speaker summaries: stored in the quote index, so the same articles must give the same bytes."""

from __future__ import annotations

import os
import subprocess
import sys

# role words come from sets: their order changed with the hash seed, so two builds of one archive
# wrote different quote indexes
_SCRIPT = """
import json
from qabot.attribution import extract_quotes
from qabot.attribution.summaries import summarize
from qabot.records import Article, ArticleInfo

text = (
    "Union chief executive and general secretary Petra Lind said: \\"We will not give up.\\"\\n\\n"
    "Lind, the rail union's chief negotiator and former senior regional organiser, added: "
    "\\"Members want a fair deal.\\"\\n\\n"
    "Harbour Gazette deputy political editor Tom Vance said the talks were close."
)
article = Article(ArticleInfo(id="a", path="a.txt", title="Strike"), text)
summary = summarize(extract_quotes(article), text)
print(json.dumps({k: [v.count, list(v.roles.items()), v.names] for k, v in summary.items()}))
"""


def _summary_under_seed(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def test_summaries_do_not_depend_on_the_hash_seed() -> None:
    first = _summary_under_seed("1")
    assert "Petra Lind" in first
    assert all(_summary_under_seed(seed) == first for seed in ("2", "3", "4"))
