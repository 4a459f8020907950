"""What attribution and search compute from sets must be the same in every process: a set's
order follows the process's string hashes (PYTHONHASHSEED, randomised per process), and what
qabot stores and says must not. One fresh process per seed checks every such computation at
once: starting one and importing qabot is ~0.2 CPU-s, the checks themselves a few ms."""

from __future__ import annotations

import pytest

from tests.support.processes import printed_under_hash_seeds

# each check prints one line under its name
_SCRIPT = """
import json
from qabot.attribution import extract_quotes
from qabot.attribution.summaries import summarize
from qabot.records import Article, ArticleInfo
from qabot.search.emphasis import best_sentence
from qabot.search.quote_ranking import term_coverage
from qabot.text import tokenize

# 0.1, 0.2 and 0.3 summed in one order are 0.6, in another a bit more, so a sentence of those
# three words tying one of weight 0.6 won or lost from run to run
weights = dict(zip(tokenize('harbour ferry strike quarry'), (0.6, 0.1, 0.2, 0.3)))
print('emphasis', best_sentence('The harbour shut. Ferry strike at the quarry.', weights))

# a tie between two quotes was broken one way or the other from run to run
words = [f'w{i}x' for i in range(40)]
docs = [words[i : i + 25] for i in range(12)]
shares = term_coverage(docs, words)
others = term_coverage(docs, words, others=lambda i, t: len(t) % 3)
print('shares', [s.hex() for s in shares], [s.hex() for s in others])

# role words come from sets: their order changed with the hash seed, so two builds of one
# archive wrote different quote indexes
text = (
    'Union chief executive and general secretary Petra Lind said: "We will not give up."\\n\\n'
    "Lind, the rail union's chief negotiator and former senior regional organiser, added: "
    '"Members want a fair deal."\\n\\n'
    'Harbour Gazette deputy political editor Tom Vance said the talks were close.'
)
article = Article(ArticleInfo(id='a', path='a.txt', title='Strike'), text)
summary = summarize(extract_quotes(article), text)
rows = {k: [v.count, list(v.roles.items()), v.names] for k, v in summary.items()}
print('summaries', json.dumps(rows))
"""


@pytest.fixture(scope="module")
def printed() -> list[dict[str, str]]:
    """What the script printed under each of eight hash seeds (check name -> its line)."""
    return [
        dict(line.split(" ", 1) for line in output.splitlines())
        for output in printed_under_hash_seeds(["-c", _SCRIPT], range(8))
    ]


@pytest.mark.parametrize("check", ["emphasis", "shares", "summaries"])
def test_what_is_computed_from_sets_is_the_same_in_every_process(
    printed: list[dict[str, str]], check: str
) -> None:
    assert len({lines[check] for lines in printed}) == 1


def test_the_sentence_emphasised_is_the_heaviest_whatever_the_order_of_summing(
    printed: list[dict[str, str]],
) -> None:
    assert printed[0]["emphasis"] == "The harbour shut."


def test_the_summaries_compared_name_the_speaker(printed: list[dict[str, str]]) -> None:
    assert "Petra Lind" in printed[0]["summaries"]
