"""Saved web pages: the story without the page's furniture, or a warning when there is none."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from qabot.ingest import read_article_file, read_html_page, strip_site_name
from qabot.ingest.html_pages import MAX_PAGE_ELEMENTS, TOO_MANY_ELEMENTS
from tests.support.web_pages import FERRY_STORY

STORY = list(FERRY_STORY)


def page(body: str, *, head: str = "<title>Ferry timetable approved</title>") -> str:
    return (
        f"<!doctype html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"
    )


def story(*extra: str, before: str = "", h1: str = "Ferry timetable approved") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return f"<article><h1>{h1}</h1>{before}{paragraphs}{''.join(extra)}</article>"


def read(html: str) -> str:
    article = read_html_page(html, "page.html").article
    assert article is not None
    return article.text


@pytest.mark.parametrize(
    "box",
    [
        '<div class="newsletter-signup"><h2>Island Weekly Newsletter</h2><p>Sign up to get the '
        "best stories of the week, and great deals, picked by our editors.</p></div>",
        '<aside class="more-about__card --related"><p>Lighthouse keeper retires after forty '
        "years on the rock and moves to the mainland with his cat</p></aside>",
        '<div class="product-disclosure"><p>We recommend the best products through an '
        "independent review process, and advertisers do not influence our picks.</p></div>",
        '<div class="gallery-btn"><h2>Show all 24</h2><p>Scenes from the harbour festival of '
        "boats and lanterns along the quay</p></div>",
        '<p class="letters-cta">We want to hear what you think about this article. Submit a '
        "letter to the editor.</p>",
    ],
)
def test_boxes_named_as_furniture_are_not_part_of_the_story(box: str) -> None:
    text = read(page(story(box)))

    assert "timetable on Tuesday" in text
    for phrase in ("Newsletter", "Lighthouse keeper", "We recommend", "Show all", "hear what"):
        assert phrase not in text


def test_a_list_of_links_is_dropped_and_a_list_of_sentences_kept() -> None:
    links = "".join(
        f"<li><a href='/story/{n}'>Lighthouse keeper story number {n} of the week</a> - May {n}"
        "</li>"
        for n in range(1, 5)
    )
    points = "".join(
        f"<li>Crossing {n} leaves at {n} o'clock, says the <a href='/t'>timetable</a>.</li>"
        for n in range(1, 5)
    )
    body = story(f"<h4>Editors' picks:</h4><ul>{links}</ul>", before=f"<ul>{points}</ul>")
    text = read(page(body))

    assert "Lighthouse keeper" not in text
    assert "Crossing 3 leaves at 3 o'clock" in text


def test_a_list_of_teasers_cut_short_is_dropped_and_a_list_opening_with_links_kept() -> None:
    teasers = "".join(
        f"<li><p><a href='/t/{n}'>Harbour {n}</a> — A harbour is a sheltered body of water "
        f"where ships and boats can be docked, and number {n} was the … <span>Wikipedia</span>"
        "</p></li>"
        for n in range(1, 5)
    )
    points = "".join(
        f"<li><a href='/c/{n}'>Crossing {n}</a> leaves at {n} o'clock from the north pier, with "
        "room for forty cars and a covered deck for foot passengers.</li>"
        for n in range(1, 5)
    )
    body = story(
        f"<h3>Look at other dictionaries:</h3><ul>{teasers}</ul>", before=f"<ul>{points}</ul>"
    )
    text = read(page(body))

    assert "sheltered body of water" not in text
    assert "Crossing 3 leaves at 3 o'clock" in text


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by Ana Ruiz; Editing by Tom Vance",
        "Additional reporting by Ellen Vance in Lisbon.",
        "Our Standards: The Trust Principles.",
        "Show all 24",
        "Illustration: Ana Ruiz/Island Courier",
    ],
)
def test_credits_and_page_lines_after_the_story_are_not_text(line: str) -> None:
    text = read(page(story(f"<p>{line}</p>")))

    assert line not in text
    assert "weather permitting" in text


def test_a_content_box_whose_class_denies_a_feature_is_kept() -> None:
    body = story().replace("<article>", '<article><div class="entry-content no-share">')
    text = read(page(body.replace("</article>", "</div></article>")))

    assert "car deck would stay too small" in text


def test_a_story_whose_wrapper_is_named_comment_is_kept_beside_long_comments() -> None:
    comments = "".join(
        f'<div class="reader-comment"><p>Reader {n} wrote a long reply about the ferries and '
        "the council, and about the weather on the crossing last winter as well.</p></div>"
        for n in range(30)
    )
    body = story().replace("<article>", '<article class="content--comment">') + comments

    assert "car deck would stay too small" in read(page(body))


def test_a_long_story_in_a_box_named_like_furniture_is_kept_beside_long_menus() -> None:
    paragraphs = "".join(f"<p>{p} Part {n}.</p>" for n in range(12) for p in STORY)
    menus = "".join(
        f"<li><a href='/m/{n}'>Menu entry {n} of the site</a></li>" for n in range(900)
    )
    body = (
        f"<nav><ul>{menus}</ul></nav><h1>Ferry timetable approved</h1>"
        f'<div class="credit-card-review">{paragraphs}</div>'
    )

    assert "car deck would stay too small" in read(page(body))


def test_a_gallery_style_article_keeps_its_own_sections() -> None:
    sections = "".join(f'<div class="gallery-section"><p>{p}</p></div>' for p in STORY)
    text = read(page(f'<section class="gallery-wrapper"><h1>Ferry</h1>{sections}</section>'))

    assert all(p in text for p in STORY)


def test_a_drop_cap_letter_set_apart_is_put_back() -> None:
    first = STORY[0]
    body = story().replace(
        f"<p>{first}</p>", f'<span class="cap">{first[0]}</span><p>{first[1:]}</p>'
    )
    text = read(page(body))

    assert text.startswith(first)


def test_a_date_inside_a_heading_is_not_glued_to_its_last_sentence() -> None:
    deck = "<h2>Will the new ferries cope?<span>Monday, 6 January 2020</span></h2>"
    text = read(page(story(before=deck)))

    assert "cope?Monday" not in text
    assert "Will the new ferries cope?" in text


@pytest.mark.parametrize(
    "prompt",
    [
        "To view the full story, please subscribe to the Island Courier.",
        "Subscribe now to our digital edition for the full story.",
        "If you are already a subscriber, log in for immediate access to this story.",
    ],
)
def test_a_paywall_prompt_ends_the_story(prompt: str) -> None:
    pitch = "<p>Join now to get unlimited access, special reports and a welcome gift.</p>"
    text = read(page(story(f"<p>{prompt}</p>", pitch)))

    assert "weather permitting" in text
    assert prompt not in text
    assert "welcome gift" not in text


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "<h1>Ferry timetable approved</h1><p>To read the full story, subscribe or log in "
            "to your account.</p><p>Subscriptions start at one pound a week.</p>",
            "paywall",
        ),
        (
            "<div><h2>We value your privacy</h2><p>We and our partners store cookies on your "
            "device. Accept all cookies or manage preferences to give consent.</p>"
            "<button>Accept all</button></div>",
            "consent",
        ),
        (
            "<h1>{{ article.headline }}</h1><p>{{ article.body }}</p><p>Posted by "
            "{{ author.name }} on {{ article.date }}</p>",
            "template",
        ),
        (
            "<ul>"
            + "".join(
                f"<li><a href='/s/{n}'>Story number {n} headline</a></li>" for n in range(40)
            )
            + "</ul>",
            "navigation",
        ),
        (
            "<header><div class='menu'>"
            + "".join(f"<div><a href='/s{n}'>Section {n}</a></div>" for n in range(30))
            + "</div></header><footer>Copyright 2024 Island Courier</footer>",
            "navigation",
        ),
        (
            "<h1>Sign in to the Island Courier</h1><form><label>Email</label><input name=e>"
            "<button>Log in</button></form><p>Forgot your password?</p><p>New here? "
            "<a href='/register'>Create an account</a> to read every story.</p>",
            "login",
        ),
    ],
)
def test_a_page_that_is_not_an_article_is_skipped_with_a_warning(
    tmp_path: Path, body: str, kind: str
) -> None:
    path = tmp_path / "page.html"
    path.write_text(page(body), encoding="utf-8")

    articles, warnings = read_article_file(path, tmp_path)

    assert articles == []
    assert len(warnings) == 1
    assert warnings[0].startswith("skipped page.html: ")
    assert kind in warnings[0] or "links" in warnings[0]


def test_a_short_page_of_plain_paragraphs_is_still_an_article() -> None:
    html = page("<p>Only one short paragraph of news.</p><p>And a second one here.</p>")

    assert read_html_page(html, "page.html").article is not None


@pytest.mark.parametrize("control", ["\x1b[2J", "\x07", "\x1b]0;title\x07", "\x0c", "\x00"])
def test_a_control_character_in_a_page_does_not_lose_its_story(control: str) -> None:
    # one terminal escape in a paragraph (or a stray bell) made the extractor return nothing:
    # "skipped page.html: no article text found"
    html = page(
        f"<p>The harbour {control}pilots voted on Monday to strike over pay.</p>"
        "<p>Their union said the port had offered two per cent.</p>"
    )
    article = read_html_page(html, "page.html").article

    assert article is not None
    assert "The harbour pilots voted on Monday" in article.text
    assert "[2J" not in article.text and "title" not in article.text


def test_a_section_name_in_the_headline_is_not_part_of_the_title() -> None:
    head = '<meta property="og:title" content="Ferry timetable approved">'
    body = story(h1="Island news | Ferry timetable approved")
    article = read_html_page(page(body, head=head), "page.html").article

    assert article is not None
    assert article.info.title == "Ferry timetable approved"


@pytest.mark.parametrize(
    ("head", "h1", "title"),
    [
        (
            "<title>Ferry timetable approved - Island Courier | News, Weather</title>",
            "Ferry timetable approved",
            "Ferry timetable approved",
        ),
        (
            '<meta property="og:title" content="Ferries every forty minutes - Island Courier '
            '— Island Courier"><meta property="og:site_name" content="Island Courier">',
            "",
            "Ferries every forty minutes",
        ),
        (
            "<title>Island Courier » Blog Archive » Ferries every forty minutes</title>"
            '<meta property="og:site_name" content="Island Courier">',
            "",
            "Ferries every forty minutes",
        ),
        (
            '<title>Island Courier</title><meta property="og:title" content="Island Courier">'
            '<meta property="og:site_name" content="Island Courier">',
            "Ferry timetable approved after months of talks",
            "Ferry timetable approved after months of talks",
        ),
        (
            "<title>Untitled document</title>",
            "Ferries every forty minutes",
            "Ferries every forty minutes",
        ),
    ],
)
def test_the_title_is_the_headline_without_the_site_name(head: str, h1: str, title: str) -> None:
    body = story(h1=h1) if h1 else story().replace("<h1>Ferry timetable approved</h1>", "")
    article = read_html_page(page(body, head=head), "page.html").article

    assert article is not None
    assert article.info.title == title


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        (
            '<meta property="og:site_name" content="Island Courier | News | Travel">',
            "Island Courier",
        ),
        (
            '<meta property="og:site_name" content="https://islandcourier.com/">',
            "islandcourier.com",
        ),
        (
            "<title>Ferry timetable approved | News | The Island Courier</title>"
            '<link rel="canonical" href="https://www.islandcourier.com/ferry">',
            "The Island Courier",
        ),
        ('<link rel="canonical" href="https://www.example.org/ferry">', "example.org"),
        ("<title>Ferry timetable approved : The Island Courier</title>", "The Island Courier"),
    ],
)
def test_the_outlet_is_the_sites_name_without_slogan_or_else_the_domain(
    head: str, outlet: str
) -> None:
    article = read_html_page(page(story(), head=head), "page.html").article

    assert article is not None
    assert article.info.source == outlet


SAVED_BY_EXTENSION = "<!-- Page saved with SingleFile, saved date: Mon Nov 02 2020 10:00 -->"
COMMENTS = (
    '<section class="comments"><div class="comment"><span class="date">12 May 2023</span>'
    "<p>Great news for the island at last, wrote a reader.</p></div></section>"
)


@pytest.mark.parametrize(
    ("head", "dateline", "date"),
    [
        (
            '<meta property="article:published_time" content="2021-03-04T09:00:00Z">',
            "",
            "2021-03-04",
        ),
        ("", '<time datetime="2021-03-04">4 March 2021</time>', "2021-03-04"),
        ("", "", None),
    ],
)
def test_the_date_is_the_publication_date_never_a_comments_or_the_saving_one(
    head: str, dateline: str, date: str | None
) -> None:
    body = f"{SAVED_BY_EXTENSION}{story(before=dateline)}{COMMENTS}"
    article = read_html_page(page(body, head=head), "page.html").article

    assert article is not None
    assert article.info.date == date
    assert "great news for the island" not in article.text


@settings(deadline=None)
@given(st.text(max_size=300))
def test_any_text_read_as_a_page_gives_an_article_or_a_reason(text: str) -> None:
    reading = read_html_page(text, "page.html")

    assert (reading.article is None) == (reading.problem is not None)


@settings(deadline=None)
@example(parts=[" ", "0"], separator=" | ", keys=set())  # a title all site name and blanks
@given(
    st.lists(st.text(min_size=1, max_size=20), min_size=1, max_size=5),
    st.sampled_from([" | ", " - ", " — ", " » ", " :: "]),
    st.sets(st.text(alphabet="abcdefgh", min_size=3, max_size=8), max_size=3),
)
def test_stripping_site_names_keeps_a_nonempty_part_of_the_title(
    parts: list[str], separator: str, keys: set[str]
) -> None:
    title = separator.join(parts)
    if not title.strip():
        return
    stripped = strip_site_name(title, keys, declared=parts[-1])

    assert stripped.strip()
    assert stripped.strip() in title


def test_a_page_of_more_elements_than_any_story_is_refused_before_extraction() -> None:
    # a 10 MB page of 100,000 paragraphs took the extractor a minute of CPU per reading (its
    # time grows with the square of the elements), and `qabot add` reads a file twice
    many = "".join("<p>The quay was busy.</p>" for _ in range(MAX_PAGE_ELEMENTS))
    reading = read_html_page(page(f"<article><h1>Ferry</h1>{many}</article>"), "big.html")
    assert reading.article is None and reading.problem == TOO_MANY_ELEMENTS
    assert "30,000 HTML elements" in TOO_MANY_ELEMENTS


def test_a_long_story_page_under_the_element_limit_is_read() -> None:
    paragraphs = "".join(f"<p>{STORY[i % len(STORY)]} ({i})</p>" for i in range(2_000))
    text = read(page(f"<article><h1>Ferry timetable approved</h1>{paragraphs}</article>"))
    assert "(1999)" in text
