"""Bylines: only people's names are kept from an author field, from every kind of article file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qabot.ingest import byline_names, load_articles, read_html_page
from tests.support.web_pages import FERRY_STORY


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("Marta Quinlan", "Marta Quinlan"),
        ("By Marta Quinlan", "Marta Quinlan"),
        ("MARTA QUINLAN", "Marta Quinlan"),
        ("Marta Quinlan; Tobias Wren", "Marta Quinlan and Tobias Wren"),
        (
            "Marta Quinlan, Tobias Wren and Ines da Costa",
            "Marta Quinlan, Tobias Wren and Ines da Costa",
        ),
        ("Marta Quinlan; PhD", "Marta Quinlan"),
        ("Dr Marta Quinlan and Prof. Tobias Wren", "Marta Quinlan and Tobias Wren"),
        ("R.C. Hollis", "R.C. Hollis"),
        ("Aoife O'Rourke-Lynch", "Aoife O'Rourke-Lynch"),
        ({"name": "Marta Quinlan"}, "Marta Quinlan"),
        ([{"name": "Marta Quinlan"}, "Tobias Wren"], "Marta Quinlan and Tobias Wren"),
    ],
)
def test_the_names_of_people_are_kept(raw: object, names: str) -> None:
    assert byline_names(raw) == names


@pytest.mark.parametrize(
    "raw",
    [
        "Staff Writer",  # a role, nobody's name
        "Article by",
        "No Author",
        "Letters",  # one word: a section, or a first name alone
        "Jobs; Hire",  # a menu read as the author
        "The Harbour Press",  # an outlet
        "Ruth Amos says",  # a comment's heading
        "Revised Edition Edited by Tom Ash",
        "Quinlan Marta is a full-stack engineer who writes about ferries",
        "Ann Lee; Bo Ray; Cy Fox; Di Moss",  # a masthead, not a byline
        None,
        42,
        ["Marta", 7],
    ],
)
def test_what_names_nobody_is_no_byline(raw: object) -> None:
    assert byline_names(raw) is None


def test_the_outlets_own_name_is_no_byline() -> None:
    assert byline_names("Island Courier", outlet="Island Courier") is None


@settings(deadline=None)
@given(st.one_of(st.text(max_size=120), st.lists(st.text(max_size=30), max_size=5)))
def test_any_author_field_gives_names_made_of_its_own_words_or_none(raw: object) -> None:
    names = byline_names(raw)
    if names is not None:
        words = " ".join(raw) if isinstance(raw, list) else str(raw)
        for word in names.replace(",", " ").split():
            assert word == "and" or word.casefold() in words.casefold()


def _page(meta: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in FERRY_STORY)
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>Ferry timetable approved</title>"
        f'<meta property="og:site_name" content="Island Courier">{meta}</head><body><article>'
        f"<h1>Ferry timetable approved</h1>{paragraphs}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("meta", "author"),
    [
        ('<meta name="author" content="Marta Quinlan">', "Marta Quinlan"),
        ('<meta name="author" content="Island Courier">', None),
        ('<meta name="author" content="Staff Writer">', None),
        ("", None),
    ],
)
def test_a_saved_pages_byline_comes_from_its_metadata(meta: str, author: str | None) -> None:
    article = read_html_page(_page(meta), "page.html").article
    assert article is not None and article.info.author == author


def test_front_matter_and_records_give_their_byline(tmp_path: Path) -> None:
    body = "\n\n".join(FERRY_STORY)
    (tmp_path / "ferry.md").write_text(
        f"---\ntitle: Ferry timetable approved\nauthor: Marta Quinlan\n---\n\n{body}\n",
        encoding="utf-8",
    )
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "1", "title": "Ferries", "text": body, "authors": ["Tobias Wren"]})
        + "\n"
        + json.dumps({"id": "2", "title": "Ferries again", "text": body, "author": "Desk"})
        + "\n",
        encoding="utf-8",
    )
    articles, warnings = load_articles(tmp_path)
    assert warnings == []
    assert {a.info.title: a.info.author for a in articles} == {
        "Ferry timetable approved": "Marta Quinlan",
        "Ferries": "Tobias Wren",
        "Ferries again": None,
    }
