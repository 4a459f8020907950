"""/start example questions: real questions made from the index, never raw headlines."""

from __future__ import annotations

from pathlib import Path

from qabot.bot.overview import example_questions, stats_text, welcome
from tests.support.indexes import index_of

ARTICLES = {
    f"a{n}.txt": (
        f"Glasgow Herald: Harbour {topic} in Port Elms\n\nBy Glasgow Herald\n\n"
        f'"We will not sail through fog over {topic}," union leader Maria Keller said.\n\n'
        f'"The Port Elms ferries keep running," said harbour master Tom Briggs.\n'
    )
    for n, topic in enumerate(["strike", "tariffs", "dredging", "pilots"])
}


def test_start_suggests_questions_about_people_and_subjects_not_headlines(
    tmp_path: Path,
) -> None:
    questions = example_questions(index_of(tmp_path, ARTICLES))
    assert questions[0] in {"What did Maria Keller say?", "What did Tom Briggs say?"}
    assert questions[1].startswith("What did ")
    assert "Herald" not in " ".join(questions)  # an outlet is not a subject
    assert questions[-1] in {"What happened with Port Elms?", "What happened with Harbour?"}
    assert all(question.endswith("?") for question in questions)


def test_start_with_no_example_to_offer_invites_a_question_in_words(tmp_path: Path) -> None:
    index = index_of(tmp_path, {"quay.txt": "quay works\n\nthe crane at the quay was mended.\n"})
    assert example_questions(index) == []
    text = welcome(index, [])
    assert "about 1 news article," in text
    assert not text.endswith("for example:")
    assert "What did <name> say?" in text


def test_start_with_examples_points_at_them(tmp_path: Path) -> None:
    index = index_of(tmp_path, ARTICLES)
    text = welcome(index, example_questions(index))
    assert "about 4 news articles," in text and text.endswith("for example:")


def test_stats_name_the_generation_before_its_age(tmp_path: Path) -> None:
    # "Index built 27 s ago (2026-12-07T01:15:28Z) (generation gen-000001)": two asides in a row
    index = index_of(tmp_path, ARTICLES)
    text = stats_text(index, "27 s ago (2026-12-07T01:15:28Z)")
    assert text.endswith(f"\nIndex {index.generation}, built 27 s ago (2026-12-07T01:15:28Z)")
    assert text.startswith("Articles: 4\nPassages: ")
