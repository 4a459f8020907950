""" "What did X say?" with no topic over undated articles: there is no timeline to follow, so
the first quotes shown come from several stories, not all from the first one the archive holds;
dated articles keep their timeline, newest first."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import dated_index_of, index_of

HARBOUR = (
    "Harbour dredging starts\n\n"
    '"The channel will be deeper by summer," said harbour master Ivo Brandt. '
    '"The dredger works through the night," Ivo Brandt added. '
    '"Boats must keep to the east side," he said. '
    '"We expect no delays to the ferry," he said.\n'
)
LIGHTHOUSE = (
    "Lighthouse lamp replaced\n\n"
    '"The new lamp can be seen from forty miles," said Ivo Brandt, the harbour master. '
    '"It uses a tenth of the power," he added.\n'
)


@pytest.fixture(scope="module")
def undated(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(
        tmp_path_factory.mktemp("undated_timeline"),
        {"a_harbour.txt": HARBOUR, "b_lighthouse.txt": LIGHTHOUSE},
    )


def test_undated_words_with_no_topic_come_from_several_stories(undated: Index) -> None:
    result = answer(undated, "what did Ivo Brandt say?", top=5)
    first = [hit.article.title for hit in result.quotes[:4]]
    assert first.count("Harbour dredging starts") == 2
    assert first.count("Lighthouse lamp replaced") == 2


def test_dated_words_with_no_topic_stay_newest_first(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    dated = dated_index_of(
        tmp_path_factory.mktemp("dated_timeline"),
        {
            "harbour.md": (
                "2024-03-04",
                None,
                "Harbour dredging starts",
                HARBOUR.split("\n\n")[1],
            ),
            "lamp.md": (
                "2024-02-01",
                None,
                "Lighthouse lamp replaced",
                LIGHTHOUSE.split("\n\n")[1],
            ),
        },
    )
    result = answer(dated, "what did Ivo Brandt say?", top=5)
    titles = [hit.article.title for hit in result.quotes]
    assert titles[:3] == ["Harbour dredging starts"] * 3
