"""A review's verdict or an editor's note beside the story's body is part of the story."""

from __future__ import annotations

import pytest

from qabot.ingest import read_html_page
from tests.support.web_pages import FERRY_STORY

STORY = list(FERRY_STORY[:3])


def page(body: str) -> str:
    return (
        f"<!doctype html><html><head><title>Ferry review</title></head><body>{body}</body></html>"
    )


def read(html: str) -> str:
    article = read_html_page(html, "page.html").article
    assert article is not None
    return article.text


VERDICT = "A calm and punctual crossing that deserves its new timetable."
NOTE = "This story first appeared in the Harbour Gazette and is republished with permission."


def test_a_reviews_verdict_in_a_box_before_the_body_opens_the_story() -> None:
    body = (
        "<header><h1>Ferry timetable approved</h1></header>"
        f'<div class="box verdict"><h3>Our Verdict</h3><p>{VERDICT}</p></div>'
        f"<div id='article-body'>{''.join(f'<p>{p}</p>' for p in STORY)}</div>"
    )
    text = read(page(body))

    assert text.startswith(VERDICT)
    assert text.count(VERDICT) == 1
    assert "car deck would stay too small" in text


@pytest.mark.parametrize(
    ("where", "first"),
    [("before", True), ("after", False)],
)
def test_an_editors_note_beside_the_body_is_part_of_the_story(where: str, first: bool) -> None:
    note = f'<section><p class="editors_note">{NOTE}</p></section>'
    paragraphs = f"<article>{''.join(f'<p>{p}</p>' for p in STORY)}</article>"
    parts = [note, paragraphs] if where == "before" else [paragraphs, note]
    text = read(page("<h1>Ferry timetable approved</h1>" + "".join(parts)))

    assert text.count(NOTE) == 1
    assert text.startswith(NOTE) == first
    assert text.endswith(NOTE) != first
