"""Web pages and feeds of our own for fetch tests, shaped like real ones (RSS, Atom, JSON Feed).

Articles are long enough to count as stories; each page has the furniture a real one has (a
menu, a footer) so that extraction is actually exercised.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Story:
    """A story a page shows and a feed lists."""

    path: str  # where the test server serves its page
    title: str
    paragraphs: tuple[str, ...]
    date: str = "2024-03-05"  # ISO; feeds write it in their own formats


def story(path: str, title: str, topic: str, *, date: str = "2024-03-05") -> Story:
    """Return a story of a few paragraphs about `topic` (distinct words per story)."""
    return Story(
        path,
        title,
        (
            f"The {topic} drew crowds to the town square on Tuesday, where residents gathered "
            f"early to see what the organisers had planned for the {topic} this spring.",
            f'"We have waited a long time for the {topic} to come back," the organiser Lena '
            "Hartmann told reporters, adding that volunteers had worked through the winter.",
            f"Council members said the {topic} would return next year if the weather and the "
            "budget allowed it, and that the market stalls had sold out within hours.",
            "Local shops reported their busiest afternoon since the festival moved to the "
            "riverside, and the buses ran every ten minutes until late in the evening.",
        ),
        date,
    )


def article_page(item: Story, *, site: str = "Riverside Gazette") -> str:
    """Return an HTML news page holding `item`, with a menu and a footer around it."""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in item.paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{html.escape(item.title)} | {site}</title>
<meta property="og:title" content="{html.escape(item.title)}">
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{item.date}T09:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>{html.escape(item.title)}</h1>
{body}
</article>
<footer>Copyright {site}. All rights reserved. <a href="/privacy">Privacy</a></footer>
</body></html>
"""


def front_page(links: list[str]) -> str:
    """Return a page of links only: not an article."""
    items = "".join(f'<li><a href="{link}">Story {n}</a></li>' for n, link in enumerate(links))
    return f"<!DOCTYPE html><html><head><title>Home</title></head><body><ul>{items}</ul></body>"


_RFC822_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def _rfc822(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"Tue, {day} {_RFC822_MONTHS[int(month) - 1]} {year} 08:00:00 +0000"


def story_html(item: Story) -> str:
    """Return the story as a feed carries it whole: its paragraphs as HTML, with an image."""
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in item.paragraphs)
    return f'<figure><img src="/photo.jpg"><figcaption>A photo</figcaption></figure>{paragraphs}'


def rss_feed(
    base: str, items: list[Story], title: str = "Riverside Gazette", *, whole: bool = False
) -> str:
    """Return an RSS 2.0 feed listing `items` (links absolute, on `base`); `whole`: each item
    carries the story in content:encoded (CDATA), as many blogs' feeds do."""
    entries = "".join(
        f"""
 <item>
  <title>{html.escape(s.title)}</title>
  <description>{html.escape(s.paragraphs[0])}</description>{
            f"<content:encoded><![CDATA[{story_html(s)}]]></content:encoded>" if whole else ""
        }
  <link>{base}{s.path}</link>
  <guid isPermaLink="false">{s.path}</guid>
  <pubDate>{_rfc822(s.date)}</pubDate>
 </item>"""
        for s in items
    )
    return f"""<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
 <title>{title}</title>
 <link>{base}/</link>
 <description>News from the riverside</description>{entries}
</channel>
</rss>
"""


def atom_feed(
    base: str, items: list[Story], title: str = "Riverside Gazette", *, whole: bool = False
) -> str:
    """Return an Atom feed listing `items` (links relative to the feed, as Atom allows);
    `whole`: each entry carries the story as escaped HTML content."""
    entries = "".join(
        f"""
  <entry>
    <title>{html.escape(s.title)}</title>
    <link href="{s.path}"/>
    <link rel="self" href="{base}/feed.atom"/>
    <id>urn:test:{s.path}</id>
    <updated>{s.date}T08:00:00Z</updated>
    <summary>{html.escape(s.paragraphs[0])}</summary>{
            f'<content type="html">{html.escape(story_html(s))}</content>' if whole else ""
        }
  </entry>"""
        for s in items
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>{title}</title>
  <link href="{base}/"/>
  <updated>2024-03-05T08:00:00Z</updated>
  <id>urn:test:feed</id>{entries}
</feed>
"""


def json_feed(
    base: str, items: list[Story], title: str = "Riverside Gazette", *, whole: bool = False
) -> str:
    """Return a JSON Feed 1.1 listing `items`; `whole`: each carries the story as content_html."""
    return json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": title,
            "home_page_url": base + "/",
            "items": [
                {
                    "id": s.path,
                    "url": base + s.path,
                    "title": s.title,
                    "summary": s.paragraphs[0],
                    "date_published": f"{s.date}T08:00:00Z",
                    **({"content_html": story_html(s)} if whole else {}),
                    **({"authors": [{"name": "Lena Hartmann"}]} if whole else {}),
                }
                for s in items
            ],
        }
    )


# A short story for extraction tests of single pages: the first three paragraphs are a story of
# their own (tests that add a box beside the body use them), the fourth lengthens it.
FERRY_STORY = (
    "The harbour authority approved a new ferry timetable on Tuesday after months of talks "
    "with the crews and the island councils.",
    "Ferries will leave every forty minutes from May, and the night crossing returns after "
    "a gap of three years, the authority said in a statement.",
    "Council members welcomed the change but warned that the car deck would stay too small "
    "for the summer crowds unless a second vessel is leased.",
    "The first crossing under the new timetable is planned for the morning of the first "
    "Monday in May, weather permitting.",
)
