"""Feed parsing: RSS, Atom and JSON Feed of our own; anything else is None, never an error."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qabot.fetching import parse_feed
from tests.support.web_pages import atom_feed, json_feed, rss_feed, story

BASE = "http://news.test"
STORIES = [
    story("/2024/parade", "Spring parade returns", "parade", date="2024-03-05"),
    story("/2024/regatta", "Regatta crews train", "regatta", date="2024-02-29"),
]
CORPUS_FEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "web_pages"


@pytest.mark.parametrize(
    ("make", "kind"), [(rss_feed, "rss"), (atom_feed, "atom"), (json_feed, "json")]
)
def test_feed_items_have_links_titles_and_dates(make, kind) -> None:  # type: ignore[no-untyped-def]
    feed = parse_feed(make(BASE, STORIES).encode(), BASE + "/feed")
    assert feed is not None and feed.kind == kind
    assert feed.title == "Riverside Gazette"
    assert [(i.url, i.title, i.date) for i in feed.items] == [
        (BASE + "/2024/parade", "Spring parade returns", "2024-03-05"),
        (BASE + "/2024/regatta", "Regatta crews train", "2024-02-29"),
    ]
    assert feed.items[0].text == STORIES[0].paragraphs[0]  # only a summary: the first paragraph


@pytest.mark.parametrize("make", [rss_feed, atom_feed, json_feed])
def test_a_feed_carrying_the_whole_story_gives_its_paragraphs_without_markup(make) -> None:  # type: ignore[no-untyped-def]
    feed = parse_feed(make(BASE, STORIES, whole=True).encode(), BASE + "/feed")
    assert feed is not None
    assert feed.items[1].text == "\n\n".join(STORIES[1].paragraphs)  # no photo caption, no tags


def test_atom_text_and_xhtml_content_are_read_as_what_they_are() -> None:
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><title>A</title><link href="/a"/><summary>prices &lt;b&gt; rose</summary></entry>
<entry><title>B</title><link href="/b"/><content type="xhtml"><div
 xmlns="http://www.w3.org/1999/xhtml"><p>First &amp; second</p><p>Third</p></div></content></entry>
</feed>"""
    feed = parse_feed(atom, BASE)
    assert feed is not None
    assert [item.text for item in feed.items] == ["prices <b> rose", "First & second\n\nThird"]


def test_rss_1_rdf_items_are_read() -> None:
    rdf = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
 <channel rdf:about="http://news.test/"><title>Old feed</title></channel>
 <item rdf:about="http://news.test/a"><title>A</title><link>http://news.test/a</link>
  <dc:date>2024-01-02T10:00:00Z</dc:date></item>
</rdf:RDF>"""
    feed = parse_feed(rdf, BASE)
    assert feed is not None
    assert [(i.url, i.date) for i in feed.items] == [("http://news.test/a", "2024-01-02")]


def test_items_without_a_web_link_are_counted_not_kept() -> None:
    rss = b"""<rss version="2.0"><channel><title>T</title>
<item><title>No link</title><guid isPermaLink="false">x1</guid></item>
<item><title>Mail</title><link>mailto:desk@news.test</link></item>
<item><title>Good</title><link>/ok</link></item>
<item><title>Again</title><link>/ok</link></item>
</channel></rss>"""
    feed = parse_feed(rss, BASE + "/feed.xml")
    assert feed is not None
    assert [i.url for i in feed.items] == [BASE + "/ok"]
    assert feed.items_without_link == 2


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"<!DOCTYPE html><html><body><p>A page</p></body></html>",
        b"<html><head><title>x</title></head></html>",
        b'{"title": "not a feed"}',
        b"[1, 2, 3]",
        b"<rss><channel><item>",  # truncated
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e "boom">]><rss>&e;</rss>',
        b"plain text, no markup at all",
    ],
)
def test_what_is_not_a_feed_gives_none(data: bytes) -> None:
    feed = parse_feed(data, BASE)
    assert feed is None or feed.items == []


def test_external_entities_are_never_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<rss><channel><title>&x;</title><item><title>&x;</title>"
        "<link>http://news.test/a</link></item></channel></rss>"
    ).encode()
    feed = parse_feed(xml, BASE)
    assert feed is None or "TOPSECRET" not in repr(feed)


@settings(deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_never_raise(data: bytes) -> None:
    parse_feed(data, BASE)


@settings(deadline=None)
@given(
    st.text(max_size=300),
    st.sampled_from(
        [
            "<rss><channel>{}</channel></rss>",
            "<feed>{}</feed>",
            '{{"version": "https://jsonfeed.org/version/1", "items": [{}]}}',
        ]
    ),
)
def test_feeds_with_random_content_never_raise(text: str, shape: str) -> None:
    parse_feed(shape.format(text).encode("utf-8", errors="surrogatepass"), BASE)


@settings(deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("<>/&;!-[]\"' apbdivCDATA\n\x00\ufffd")), max_size=200)
)
def test_item_content_of_random_markup_never_raises(markup: str) -> None:
    for data in (
        json.dumps(
            {
                "version": "https://jsonfeed.org/version/1",
                "items": [{"url": "/a", "content_html": markup}],
            }
        ),
        f"<rss><channel><item><link>/a</link><description>{html.escape(markup)}</description></item></channel></rss>",
    ):
        feed = parse_feed(data.encode("utf-8", errors="surrogatepass"), BASE)
        assert feed is None or all("<p>" not in (item.text or "") for item in feed.items)


@pytest.mark.skipif(not CORPUS_FEEDS.is_dir(), reason="../shared/corpora/web_pages is absent")
@pytest.mark.parametrize(
    ("name", "count"), [("feed.json", 1), ("feed1.atom", 1), ("feed2.rss", 1)]
)
def test_sample_feeds_of_the_corpus_parse(name: str, count: int) -> None:
    feed = parse_feed((CORPUS_FEEDS / "feeds" / name).read_bytes(), "http://example.org/")
    assert feed is not None and len(feed.items) >= count


@pytest.mark.parametrize(
    "data",
    [
        b'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>T</title>'
        b"<item><title>Caf\xe9 opens</title><link>http://news.test/cafe</link></item>"
        b"</channel></rss>",
        b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Caf\xe9 opens</title>'
        b'<link href="http://news.test/cafe"/></entry></feed>',
        b'{"version": "https://jsonfeed.org/version/1.1", "items": '
        b'[{"title": "Caf\xe9 opens", "url": "http://news.test/cafe"}]}',
    ],
)
def test_a_stray_latin_1_byte_does_not_lose_the_feed(data: bytes) -> None:
    feed = parse_feed(data, BASE)
    assert feed is not None and [item.url for item in feed.items] == ["http://news.test/cafe"]
    assert feed.items[0].title == "Caf\ufffd opens"


def test_feed_items_give_their_bylines() -> None:
    rss = b"""<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title>
<item><link>/a</link><dc:creator>Marta Quinlan</dc:creator></item>
<item><link>/b</link><author>desk@news.test (Tobias Wren)</author></item>
<item><link>/c</link><author>desk@news.test</author></item>
<item><link>/d</link><dc:creator>Staff Writer</dc:creator></item>
</channel></rss>"""
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<author><name>Ines da Costa</name></author>
<entry><link href="/a"/><author><name>Marta Quinlan</name></author>
 <author><name>Tobias Wren</name></author></entry>
<entry><link href="/b"/></entry>
</feed>"""
    json_feed_bytes = json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "items": [
                {"url": "/a", "authors": [{"name": "Marta Quinlan"}]},
                {"url": "/b", "author": {"name": "Tobias Wren"}},
            ],
        }
    ).encode()
    found = [parse_feed(data, BASE) for data in (rss, atom, json_feed_bytes)]
    assert [[item.author for item in feed.items] for feed in found if feed] == [
        ["Marta Quinlan", "Tobias Wren", None, None],
        ["Marta Quinlan and Tobias Wren", "Ines da Costa"],
        ["Marta Quinlan", "Tobias Wren"],
    ]
