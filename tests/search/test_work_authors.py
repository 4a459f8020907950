"""The author of a work named in a question is the person the articles name beside the work
("In her new book, Salt Roads, Ines Varga, a historian, argues ..."), through answer();
invented articles."""

from __future__ import annotations

from pathlib import Path

from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "roads.txt": "Historian revisits the salt trade\n\nIn her new book, Salt Roads, Ines Varga, a "
    "historian, argues that the salt trade built the river towns.\n\nMs Varga said the "
    "archives had been ignored for a century.\n",
    "review.txt": "Critics divided\n\nCritic Omar Pell said the season's novels were thin.\n",
    "ferry.txt": "Ferry fares rise\n\nFerry fares will rise in May, the operator said.\n",
}


def test_the_author_of_a_work_is_the_person_named_beside_it(tmp_path: Path) -> None:
    index = index_of(tmp_path, ARTICLES)
    result = answer(index, "what did the author of salt roads say about the archives")
    assert result.speaker == "Ines Varga"
    assert "archives had been ignored" in result.quotes[0].quote.text


def test_the_author_of_a_work_no_article_names_is_no_one(tmp_path: Path) -> None:
    index = index_of(tmp_path, ARTICLES)
    assert answer(index, "what did the author of river towns say").speaker is None
