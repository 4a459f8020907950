"""Furniture told by structure: strips of dated teasers, sign-up boxes, caption credits."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from qabot.ingest import read_html_page
from qabot.ingest.furniture_boxes import (
    remove_sign_up_boxes,
    remove_teaser_blocks,
    strip_caption_credits,
)
from qabot.ingest.html_repairs import keep_apart_around_blocks
from tests.support.web_pages import FERRY_STORY

TEASERS = (
    "<div class='sidebar'><div class='title'>This week</div><div class='inner'>"
    + "".join(
        f"<div class='item'><h3><a href='/s/{n}'>Lighthouse keeper story {n}</a></h3>"
        f"<div class='when'>April {n}, 2022</div></div>"
        for n in (28, 29, 30)
    )
    + "</div></div>"
)


def _body(inner: str) -> lxml_html.HtmlElement:
    return lxml_html.fromstring(f"<html><body><main>{inner}</main></body></html>").body


def _shown(body: lxml_html.HtmlElement) -> str:
    return " ".join(body.text_content().split())


def test_a_strip_of_dated_teasers_goes_with_its_heading() -> None:
    body = _body("<p>The ferry runs on Sundays now.</p>" + TEASERS)
    assert remove_teaser_blocks(body) == 1
    assert _shown(body) == "The ferry runs on Sundays now."


def test_blocks_of_prose_with_a_link_stay() -> None:
    prose = "".join(
        f"<div><p>The board met on day {n} and <a href='/m'>approved</a> the plan after a long "
        "debate about prices, timetables and the winter service.</p></div>"
        for n in (1, 2, 3)
    )
    body = _body(prose)
    assert remove_teaser_blocks(body) == 0
    assert "winter service" in _shown(body)


def test_a_sign_up_box_goes_whole() -> None:
    body = _body(
        "<p>The ferry runs on Sundays now.</p><div class='factbox'><span><h3>Sign up for the "
        "Gazette newsletter</h3></span><p>Pop your email into the box and get the news.</p>"
        "<p>You can unsubscribe at any time.</p></div>"
    )
    remove_sign_up_boxes(body)
    assert _shown(body) == "The ferry runs on Sundays now."


def test_a_heading_about_newsletters_in_the_story_stays() -> None:
    body = _body(
        "<article><h2>Why newsletters are back</h2><p>Publishers say readers like email.</p>"
        "<section><h2>How to get rid of spam emails</h2><p>Filters catch most of them.</p>"
        "</section></article>"
    )
    remove_sign_up_boxes(body)
    assert "Why newsletters are back" in _shown(body)
    assert "Filters catch most of them." in _shown(body)


def test_a_caption_keeps_its_words_and_loses_its_credit() -> None:
    body = _body(
        "<figure><figcaption>The prison holds more inmates than it was built for, officials "
        "say. Photo: Alex Smith</figcaption></figure>"
        "<figure><figcaption>Players of the national team training before the match against "
        "Dominica. (FILE)"
        "</figcaption></figure>"
    )
    strip_caption_credits(body)
    shown = _shown(body)
    assert "officials say." in shown and "Alex Smith" not in shown
    assert "Dominica." in shown and "FILE" not in shown


def test_a_caption_box_of_an_older_template_loses_its_credit() -> None:
    body = _body(
        "<div class='wp-caption'><img src='a.jpg'><p class='wp-caption-text'>The ferry leaves "
        "the north pier on its first trip of the new timetable. Photo by Alex Smith/Gazette</p>"
        "</div><p>Story.</p>"
    )
    strip_caption_credits(body)
    assert "new timetable." in _shown(body) and "Alex Smith" not in _shown(body)


def test_a_short_credited_caption_goes_whole() -> None:
    body = _body(
        "<p>Story.</p><figure><figcaption>Union Station, 1960. <span>Photo: A. Name/Getty"
        "</span></figcaption></figure><figure><figcaption>A caption without a credit"
        "</figcaption></figure>"
    )
    strip_caption_credits(body)
    assert _shown(body) == "Story. A caption without a credit"


def test_a_saved_page_loses_its_teaser_strip_and_sign_up_box() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in FERRY_STORY)
    html = (
        "<html><head><title>Ferry timetable approved</title></head><body><article>"
        "<h1>Ferry timetable approved</h1>"
        f"{paragraphs}<div class='box'><h3>Sign up to our newsletter</h3><p>Every day we'll "
        "send you a roundup email of all the latest news.</p></div></article>"
        f"{TEASERS}</body></html>"
    )
    article = read_html_page(html, "page.html").article
    assert article is not None
    assert FERRY_STORY[0] in article.text
    for furniture in ("roundup email", "Lighthouse keeper", "April 30", "This week"):
        assert furniture not in article.text


def test_a_dumped_teaser_page_keeps_its_story_and_loses_its_header_and_sidebar() -> None:
    # a paywalled teaser: too little text, so the extractor dumps the whole <article> in one line
    html = (
        "<html><head><title>Prison could not hold them, official says</title></head><body>"
        "<article><div class='entry-crumbs'><span>Home</span> <span>Issues</span></div>"
        "<figure><figcaption>The prison is a Category C facility, yet more than half the "
        "inmates are classed as Category B. Photo: Alex Smith</figcaption></figure>"
        "<ul class='td-category'><li>Issues</li></ul>"
        "<h1>Prison could not hold them, official says</h1>"
        "<div class='meta'><div>By</div> <a href='/a'>Jane Doe</a> <div>-</div> "
        "<time>May 4, 2022</time></div>"
        "<p>A senior prison official has said in a sworn affidavit that anyone with enough "
        "determination to escape from the island's prison could do so.</p>"
        f"{TEASERS}</article></body></html>"
    )
    article = read_html_page(html, "page.html").article
    assert article is not None
    text = article.text
    assert "A senior prison official has said in a sworn affidavit" in text
    assert "classed as Category B." in text
    for debris in (
        "Home",
        "Alex Smith",
        "Issues",
        "Jane Doe",
        "May 4, 2022",
        "April 30",
        "This week",
    ):
        assert debris not in text
    assert "Prison could not hold them" not in text  # the title, shown apart


def test_text_either_side_of_a_block_the_extractor_drops_stays_apart() -> None:
    # the extractor drops the short list of links between two bylines and joined the text on
    # either side ("ferry" + "By" was "ferryBy"; found by the test below)
    html = (
        "<html><head><title>Ferry news</title></head><body><span>By</span> <a>é Harbour ferry "
        "ferry</a><p>crew the ferry 2022. crew the ferry 2022, the harbour board said on "
        "Tuesday.</p><p>crew the 2022 crew — é crew pier ferry —</p><span>By</span> <a>é "
        "Harbour ferry ferry</a><ul><li><a href='/y'>2022</a></li><li>2022</li></ul><span>By"
        "</span> <a>Harbour May 2022 the crew « 2022 — ferry crew é «</a><span>By</span> "
        "<a>crew é crew the crew é pier May</a></body></html>"
    )
    article = read_html_page(html, "page.html").article
    assert article is not None
    assert "ferryBy" not in article.text
    assert "crew pier ferry" in article.text


def test_a_line_break_follows_a_block_between_two_runs_of_inline_text() -> None:
    body = _body(
        "<div><a>ferry</a><ul><li>x</li></ul><span>By</span> crew<p>pier</p>May</div>"
        "<p>harbour</p><ul><li>y</li></ul><p>board</p>"
    )
    keep_apart_around_blocks(body)
    for block in list(body.iter("ul", "p")):
        block.drop_tree()  # the tail joins the text before, as when the extractor drops it
    assert body.text_content().split() == ["ferry", "By", "crew", "May"]


_PIECES = st.sampled_from(
    [
        "<figure><figcaption>{w} Photo: {w}</figcaption></figure>",
        "<div class='wp-caption'><p class='wp-caption-text'>{w} (FILE)</p></div>",
        "<div><h3><a href='/x'>{w}</a></h3><div>April 30, 2022</div></div>",
        "<div class='box'><h3>Sign up for our newsletter</h3><p>{w}</p></div>",
        "<p>{w}</p>",
        "<p>{w}. {w}, the harbour board said on Tuesday.</p>",
        "<ul><li><a href='/y'>{w}</a></li><li>{w}</li></ul>",
        "<span>By</span> <a>{w}</a>",
        "<div>{w}<br>May 4, 2022</div>",
    ]
)
_FILL = st.lists(
    st.sampled_from(["ferry", "Harbour", "pier", "May", "2022", "crew", "é", "—", "the", "«"]),
    min_size=1,
    max_size=12,
)


@settings(deadline=None)
@given(st.lists(st.tuples(_PIECES, _FILL), max_size=14), st.booleans())
def test_tidying_a_page_never_invents_text(
    pieces: list[tuple[str, list[str]]], in_article: bool
) -> None:
    body = "".join(piece.replace("{w}", " ".join(words)) for piece, words in pieces)
    if in_article:
        body = f"<article>{body}</article>"
    html = f"<html><head><title>Ferry news</title></head><body>{body}</body></html>"
    reading = read_html_page(html, "page.html")
    assert (reading.article is None) == (reading.problem is not None)
    if reading.article is not None:
        shown = lxml_html.fromstring(html).text_content()
        words = {w for w in reading.article.text.split() if any(c.isalnum() for c in w)}
        assert all(word in shown for word in words)  # bullets and bars are the layout
