"""A page whose text is built by scripts or hidden behind a teaser, with the whole story in its
JSON-LD `articleBody`, is read from that body; a page with its own text keeps it."""

from __future__ import annotations

import json

from hypothesis import example, given, settings
from hypothesis import strategies as st

from qabot.ingest import read_html_page

STORY = [
    "The harbour authority approved a new ferry timetable on Tuesday after months of talks "
    "with the crews and the island councils.",
    "Ferries will leave every forty minutes from May, and the night crossing returns after a "
    "gap of three years, the authority said in a statement.",
    "Council members welcomed the change but warned that the car deck would stay too small for "
    "the summer crowds unless a second vessel is leased.",
    "The first crossing under the new timetable is planned for the morning of the first Monday "
    "in May, weather permitting.",
]


def json_ld(body: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "name": "Island Courier"},
            {"@type": "NewsArticle", "headline": "Ferry timetable approved", "articleBody": body},
        ],
    }
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def page(body: str, *, head: str = "") -> str:
    return (
        "<!doctype html><html><head><title>Ferry timetable approved</title>"
        f"{head}</head><body>{body}</body></html>"
    )


def test_a_page_built_by_scripts_is_read_from_its_structured_data() -> None:
    shell = "<div id='root'></div><noscript>Please enable JavaScript.</noscript>"
    article = read_html_page(page(shell, head=json_ld("\n\n".join(STORY))), "page.html").article

    assert article is not None
    assert all(p in article.text for p in STORY)


def test_markup_and_entities_inside_the_structured_body_are_reduced_to_text() -> None:
    body = "".join(f"<p>{p.replace('the', '&quot;the&quot;', 1)}</p>" for p in STORY)
    article = read_html_page(page("<div id='root'></div>", head=json_ld(body)), "p.html").article

    assert article is not None
    assert 'talks with "the" crews' in article.text
    assert "<p>" not in article.text


def test_a_teaser_behind_a_paywall_gives_way_to_the_whole_structured_story() -> None:
    teaser = (
        f"<article><h1>Ferry timetable approved</h1><p>{STORY[0]}</p><p>{STORY[1]}</p>"
        "<p>To read the full story, please subscribe to the Island Courier.</p></article>"
    )
    article = read_html_page(page(teaser, head=json_ld(" ".join(STORY))), "page.html").article

    assert article is not None
    assert "weather permitting" in article.text
    assert "subscribe" not in article.text


def test_the_pages_own_text_wins_over_a_short_structured_summary() -> None:
    story = "<article><h1>Ferry timetable approved</h1>" + "".join(f"<p>{p}</p>" for p in STORY)
    summary = json_ld("Ferries every forty minutes from May, says the harbour authority.")
    article = read_html_page(page(story + "</article>", head=summary), "page.html").article

    assert article is not None
    assert article.text.split("\n\n") == STORY


def test_a_page_of_several_structured_bodies_is_not_read_from_any_of_them() -> None:
    shell = "<div id='root'></div><noscript>Please enable JavaScript.</noscript>"
    head = json_ld("\n\n".join(STORY)) + json_ld("Another story entirely. " * 30)
    reading = read_html_page(page(shell, head=head), "page.html")

    assert reading.article is None or "Another story" not in reading.article.text


@settings(deadline=None)
@given(st.text(max_size=200))
@example("\x1b[")  # a stray escape once took the script's closing tag, and the story with it
@example("\x1b]0;")
def test_any_structured_data_leaves_a_page_readable(data: str) -> None:
    script = f'<script type="application/ld+json">{data}</script>'
    story = "<article>" + "".join(f"<p>{p}</p>" for p in STORY) + "</article>"
    article = read_html_page(page(story, head=script), "page.html").article

    assert article is not None
    assert "car deck would stay too small" in article.text
