"""A question asking a verdict ("what did the regulator decide", "what did the court rule",
"how much did the summit agree", "what did the study find") is answered only by a passage
telling it reached: the verb or its noun done, or the doer's deed or report. A matter the
articles report before it is settled is no answer. Through answer() and the command line, on
short invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import folder_options, index_of
from tests.support.processes import ask_each

ARTICLES = {
    "ofwatch.txt": "Viewers complain over Tarn show\n\nViewers have complained to the "
    "regulator Ofwatch about the Tarn quiz show. Ofwatch will look at the complaints next "
    "month.\n",
    "ofwatch-ruled.txt": "Ofwatch clears Brill advert\n\nThe regulator Ofwatch decided the Brill "
    "cereal advert broke no rules after twelve complaints.\n",
    "court.txt": "Singer's album case\n\nSinger Rolo Vance has been stopped from releasing his "
    "album by an injunction. The case is set to be heard in the Velm court on 20 May.\n",
    "judge.txt": "Bank barred from Osk case\n\nA judge has barred the Esk bank from suing the "
    "Osk dairy group over its collapse.\n",
    "summit.txt": "Marl summit ahead\n\nFinance chiefs will meet at the Marl summit, where "
    "campaigners want an extra £40m in flood aid for the valley.\n",
    "study.txt": "Pay study\n\nThe Selby study says pay in the valley fell for the first time in "
    "ten years.\n",
    "harbour.txt": "Harbour audit under way\n\nThe Tarn harbour board ordered a safety audit of "
    "the quays. Its findings must not be ignored, campaigners warned.\n",
    "audit.txt": "Ferry audit launched\n\nThe island council launched a ferry audit to find out "
    "how often crossings are late.\n",
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("verdicts")


@pytest.fixture(scope="module")
def index(folder: Path) -> Index:
    return index_of(folder, ARTICLES)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("what did ofwatch decide about the complaints over the tarn quiz show", "ofwatch decide"),
        ("what did the velm court decide in the rolo vance album case", "the velm court decide"),
        ("how much extra flood aid did the finance chiefs agree at the marl summit", None),
        # the findings named, none told; the participle's phrase is no part of the doer
        (
            "what did the tarn harbour safety audit published in june find",
            "the tarn harbour safety audit find",
        ),
    ],
)
def test_a_verdict_the_articles_tell_only_as_pending_is_no_answer(
    index: Index, question: str, asked: str | None
) -> None:
    result = answer(index, question)
    assert not result.found and not result.passages, result.lead
    assert "tells what came of it" in result.lead, result.lead
    if asked is not None:
        assert result.lead.endswith(f"(“{asked}”)."), result.lead


@pytest.mark.parametrize(
    "question",
    [
        "what did ofwatch decide about the brill cereal advert",  # "decided"
        "what did the judge rule about the esk bank suing the osk dairy group",  # "has barred"
        "what did the selby study find about pay in the valley",  # "says": its finding
        # "find out" asks no verdict
        "what did the island council launch to find out how often ferry crossings are late",
    ],
)
def test_a_verdict_told_reached_is_answered(index: Index, question: str) -> None:
    result = answer(index, question)
    assert result.found and result.passages, result.lead


def test_the_command_line_says_no_passage_tells_the_verdict(folder: Path, index: Index) -> None:
    (printed,) = ask_each(
        "what did ofwatch decide about the complaints over the tarn quiz show",
        cwd=folder,
        options=folder_options(index),
    )
    assert "tells what came of it (“ofwatch decide”)" in printed, printed
    assert "will look at the complaints" not in printed, printed
