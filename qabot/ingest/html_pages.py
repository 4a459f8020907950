"""Saved web pages: HTML -> Article (the main story, its title, outlet and date), or why not.

The page's tree is tidied before trafilatura extracts the story: boxes whose class or id names
them as furniture (newsletter sign-ups, related stories, galleries, share bars, disclosures,
credits) are removed unless they hold most of the page's text, and so are lists of links (bare
links, or links with a teaser cut short); drop caps and headings glued to the next element are
mended (`html_repairs`). A review's verdict or an editor's note set in a box beside the body is
put back with the story (`story_notes`), and so are the other stories of a page of several
(`sibling_stories`: a newsletter's issue); a page whose text is a script shell or a paywalled
teaser is read from its JSON-LD `articleBody` (`structured_story`). After extraction the lines
pass the same furniture rules as text articles (`cleaning`), a paywall prompt ends the story,
and a page that is not an article (`page_kinds`) is reported instead of indexed.
"""

from __future__ import annotations

from copy import deepcopy
from dataclasses import dataclass
from itertools import islice

from lxml import etree
from lxml import html as lxml_html
from lxml.html import HtmlElement

from qabot.ingest.bylines import byline_names
from qabot.ingest.cleaning import clean_lines, normalize_lines
from qabot.ingest.dates import normalize_date
from qabot.ingest.dumped_text import split_dumped_lines
from qabot.ingest.furniture_boxes import (
    remove_link_lists,
    remove_sign_up_boxes,
    remove_teaser_blocks,
    strip_caption_credits,
)
from qabot.ingest.html_meta import page_meta
from qabot.ingest.html_repairs import keep_apart_around_blocks, restore_drop_caps, separate_glued
from qabot.ingest.page_kinds import (
    LINKS_ONLY,
    NO_TEXT,
    PageReading,
    cut_at_paywall,
    not_an_article,
    prose_words,
)
from qabot.ingest.sibling_stories import add_sibling_stories, find_story_boxes
from qabot.ingest.story_notes import add_story_notes, class_words, find_story_notes
from qabot.ingest.structured_story import structured_story
from qabot.records import Article, ArticleInfo, article_id
from qabot.text import without_markup_controls

# Words of class and id values that name page furniture ("newsletter-form__header",
# "more-about__card --related", "c-letters-cta", "product-disclosure", "video-credit").
_FURNITURE_WORDS = frozenset(
    "newsletter newsletters signup subscribe subscription paywall promo promos cta related "
    "recommended recommendations recirc recirculation outbrain taboola disclosure disclosures "
    "share sharing sharebar sharetools social credit credits byline gallery slideshow comments "
    "comment cookie cookies consent gdpr popup modal advert advertisement adverts ad ads "
    "sponsored breadcrumb breadcrumbs crumb crumbs".split()
)
_COMMENT_WORDS = frozenset("comment comments discussion replies respond disqus".split())
_FURNITURE_TAGS = ("form", "button", "select", "dialog")
_NEVER_REMOVED = frozenset({"html", "body", "main", "article"})
MAX_FURNITURE_SHARE = 0.5  # a "furniture" box holding more of the page's text is the story
HEADLINE_LINES = 6  # the headline printed again is among the page's first lines
LABEL_WORDS = 3  # a section label above a headline
MAX_FURNITURE_CHARS = 4000  # ... or holding more text than any related strip or sign-up box
# The extractor's time grows about with the square of a page's elements (100,000 paragraphs
# took a minute of CPU, 30,000 about 6 s); a saved story page holds a few thousand.
MAX_PAGE_ELEMENTS = 30_000
TOO_MANY_ELEMENTS = (
    f"over {MAX_PAGE_ELEMENTS:,} HTML elements, more than one story's page holds; "
    "reading it would take minutes"
)


def parse_tree(html: str) -> HtmlElement | None:
    """Return the page's tree, or None when lxml finds no document in it."""
    try:
        return lxml_html.fromstring(html)
    except ValueError:  # a str with an XML encoding declaration: parse its UTF-8 bytes
        try:
            parser = lxml_html.HTMLParser(encoding="utf-8")
            return lxml_html.fromstring(html.encode("utf-8"), parser=parser)
        except (ValueError, etree.ParserError):
            return None
    except etree.ParserError:
        return None


def _visible_chars(element: HtmlElement) -> int:
    """Return how many characters of text `element` shows (scripts and styles left out)."""
    count = 0
    for node in element.iter():
        if isinstance(node.tag, str) and node.tag not in ("script", "style"):
            count += len(node.text or "")
        if node is not element:
            count += len(node.tail or "")
    return count


def _too_big(element: HtmlElement, total: int) -> bool:
    """Return True when a box holds too much text to be furniture, whatever its name: more
    than half of the page's text, or more than a related strip or a sign-up box ever holds
    (long comment threads are left to the extractor)."""
    shown = _visible_chars(element)
    return shown > MAX_FURNITURE_SHARE * total or shown > MAX_FURNITURE_CHARS


def _is_furniture(element: HtmlElement) -> bool:
    return element.tag in _FURNITURE_TAGS or bool(class_words(element) & _FURNITURE_WORDS)


def _remove_furniture(body: HtmlElement, headline: str | None) -> None:
    """Remove boxes named as furniture, unless they hold most of the page's text, the
    article's body (`itemprop="articleBody"`) or its headline (an opinion page's wrapper may
    be named "content--comment")."""
    total = _visible_chars(body)
    protected: set[HtmlElement] = set()
    stories = body.xpath('.//*[@itemprop="articleBody"]')
    if headline:
        wanted = " ".join(headline.split())
        stories += [h for h in body.iter("h1") if " ".join(h.text_content().split()) == wanted]
    for story in stories:
        protected.update([story, *story.iterancestors()])
    named = [
        element
        for element in body.iter()
        if isinstance(element.tag, str)
        and element.tag not in _NEVER_REMOVED
        and _is_furniture(element)
    ]
    # a box named as furniture that holds most of the text is the story (a gallery-style
    # article): it stays, and so do the boxes inside it named by the same words
    kept: dict[HtmlElement, set[str]] = {}
    removed: set[HtmlElement] = set()
    for element in named:
        ancestors = list(element.iterancestors())
        words = class_words(element) & _FURNITURE_WORDS
        inside = set().union(*(kept.get(a, set()) for a in ancestors))
        if (words and words <= inside) or removed.intersection(ancestors):
            continue
        if element in protected or _too_big(element, total):
            kept[element] = words
        else:
            element.drop_tree()
            removed.add(element)


def _without_comments(tree: HtmlElement) -> HtmlElement:
    """Return a copy of the page without its reader-comment boxes and HTML comments (for
    reading metadata): a reader's date is not the story's, nor is the date a browser extension
    wrote into an HTML comment when it saved the page."""
    copy = deepcopy(tree)
    for note in copy.xpath("//comment()"):
        if note.getparent() is not None:
            note.getparent().remove(note)
    bodies = copy.xpath("//body")
    body = bodies[0] if bodies else copy
    total = _visible_chars(body)
    for element in list(body.iter()):
        if (
            isinstance(element.tag, str)
            and element.tag not in _NEVER_REMOVED
            and class_words(element) & _COMMENT_WORDS
            and element.getparent() is not None
            and not _too_big(element, total)
        ):
            element.drop_tree()
    return copy


def _tidy(tree: HtmlElement, headline: str | None = None) -> int:
    """Tidy the page for extraction (see the module docstring); return the link lists removed."""
    bodies = tree.xpath("//body")
    body = bodies[0] if bodies else tree
    _remove_furniture(body, headline)
    remove_sign_up_boxes(body)
    strip_caption_credits(body)
    link_lists = remove_link_lists(body) + remove_teaser_blocks(body)
    restore_drop_caps(body)
    separate_glued(body)
    keep_apart_around_blocks(body)
    return link_lists


def _same(a: str, b: str | None) -> bool:
    return bool(b) and " ".join(a.casefold().split()) == " ".join((b or "").casefold().split())


def _without_headline(lines: list[str], title: str | None) -> list[str]:
    """Blank the headline printed again among the page's first lines, after a section label
    or a date ("#Games" / "Headline"); it is the title every passage is shown with."""
    filled = [i for i, line in enumerate(lines) if line][:HEADLINE_LINES]
    for n, i in enumerate(filled):
        if _same(lines[i], title):
            # a section label just above it ("Issues", "#Games") is the page's kicker
            kickers = {j for j in filled[:n] if _is_label(lines[j])}
            return ["" if j in kickers or j == i else line for j, line in enumerate(lines)]
    return lines


def _is_label(line: str) -> bool:
    return len(line.split()) <= LABEL_WORDS and line[-1] not in ".!?\u201d\"'"


@dataclass(frozen=True, slots=True)
class _Story:
    """The story's paragraphs as cleaned, or what the page is instead of an article."""

    paragraphs: list[str]
    byline: str | None = None  # the outlet a byline names
    problem: str | None = None
    paywalled: bool = False

    def shorter_than(self, lines: list[str]) -> bool:
        """True when other text of the page holds more of the story: this is a teaser cut by
        a paywall prompt, or has less than half of its prose."""
        mine, theirs = prose_words(self.paragraphs), prose_words(lines)
        return bool(self.problem) or theirs > (mine if self.paywalled else 2 * mine)


def _clean_story(title: str, lines: list[str], empty: str) -> _Story:
    """Clean the extracted lines; `empty` says what a page without any text is."""
    if not any(lines):
        return _Story([], problem=empty)
    lines, paywalled = cut_at_paywall(lines)
    paragraphs, byline = clean_lines(lines, each_line=True)
    problem = not_an_article(title, paragraphs, paywalled=paywalled, web_page=True)
    problem = problem or (None if paragraphs else empty)
    return _Story(paragraphs, byline, problem, paywalled)


def read_html_page(html: str, rel_path: str) -> PageReading:
    """Read a saved web page into its article, or say why it holds none."""
    import trafilatura  # slow to import: only when a folder holds HTML

    tree = parse_tree(without_markup_controls(html))
    if tree is None:
        return PageReading(None, "no HTML document in the file")
    if next(islice(tree.iter(), MAX_PAGE_ELEMENTS, None), None) is not None:
        return PageReading(None, TOO_MANY_ELEMENTS)
    canonical = tree.xpath('//link[@rel="canonical"]/@href | //meta[@property="og:url"]/@content')
    url = next((str(v).strip() for v in canonical if str(v).strip()), None)
    # metadata from the page as saved, less its reader comments (a comment's date is not the
    # story's); the rest of tidying may remove the box where the date is written
    found = (
        trafilatura.extract_metadata(_without_comments(tree)) or trafilatura.settings.Document()
    )
    url = url or found.url
    meta = page_meta(tree, url=url, fallback_title=found.title, fallback_site=found.sitename)
    structured = structured_story(tree)  # and out of the extractor's way (see the module)
    link_lists = _tidy(tree, meta.title)
    notes, story_boxes = find_story_notes(tree), find_story_boxes(tree)
    # favor_recall: keep boxes trafilatura would doubt (tables, short sections); the furniture
    # they may bring is what `_tidy` and `clean_lines` remove
    document = trafilatura.bare_extraction(
        tree, with_metadata=False, include_comments=False, favor_recall=True
    )
    text = document.text if isinstance(document, trafilatura.settings.Document) else None
    title = meta.title or (found.title or "").strip()
    lines = split_dumped_lines(normalize_lines(text or ""), tree)
    first = next((i for i, line in enumerate(lines) if line), None)
    if first is not None and any(_same(lines[first], t) for t in (title, found.title)):
        lines = lines[first + 1 :]  # the extractor repeats the headline as the first line
    else:
        lines = _without_headline(lines, title)
    if not title and first is not None:
        title, lines = lines[first], lines[first + 1 :]
    lines = add_sibling_stories(add_story_notes(lines, notes), story_boxes)
    story = _clean_story(title, lines, LINKS_ONLY if link_lists else NO_TEXT)
    # the page's structured data holds the story when the page builds it with scripts or shows
    # a teaser: read it when the page's text is not an article or much shorter
    if structured and story.shorter_than(structured):
        instead = _clean_story(title, structured, NO_TEXT)
        story = story if instead.problem else instead
    if story.problem:
        return PageReading(None, story.problem)
    host = (found.hostname or "").removeprefix("www.") or None
    info = ArticleInfo(
        id=article_id(rel_path),
        path=rel_path,
        title=title or rel_path,
        source=meta.outlet or story.byline or host,
        date=normalize_date(found.date),
        url=url,
        author=byline_names(found.author, outlet=meta.outlet or found.sitename),
    )
    return PageReading(Article(info=info, text="\n\n".join(story.paragraphs)))


def parse_html_article(html: str, rel_path: str) -> Article | None:
    """Return the main story of a saved web page, or None when it holds no article."""
    return read_html_page(html, rel_path).article
