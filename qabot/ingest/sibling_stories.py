"""Pages of several stories in boxes of one kind: a newsletter's issue, a digest (for
`html_pages`).

The extractor takes one box as the story's body. When the page sets its text in several boxes
of the same kind (same tag, same class, at the same depth) and the extracted story is one of
them while at least two others hold stories of their own (paragraphs of sentences) that the
extractor left out, the page is a series of stories, as a newsletter's issue is: those boxes are
read too and put before or after the story in page order. Boxes that each hold a headline
(`h1`) are pages of their own, as the next articles an endless page loads below the story are,
and are never added. Layout classes shared by unrelated boxes ("container") rarely give three
boxes of that much prose with the story among them; a story split into boxes the extractor
already took changes nothing. Boxes named as readers' words (comments, forum posts, user
reviews) are never added. No site names: shape only.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from copy import deepcopy
from dataclasses import dataclass

from lxml import html as lxml_html
from lxml.html import HtmlElement

from qabot.ingest.sentence_end import ends_sentence
from qabot.ingest.story_notes import class_words

MIN_BOXES = 3  # the story and at least two more: a pair of boxes may be a story and its aside
MIN_STORY_WORDS = 100  # words of sentences in a box that counts as a story of its own
TAKEN_SHARE = 0.8  # of a box's paragraphs in the extracted story: that box is the story
LEFT_SHARE = 0.5  # under this share in the extracted story: the box was left out
_PARAGRAPHS = ("p", "li", "blockquote")
# readers' words, not the outlet's stories: comments, forum posts and replies, user reviews
_READER_WORDS = frozenset(
    "comment comments discussion replies reply respond disqus forum thread message messages "
    "review reviews testimonial testimonials".split()
)


@dataclass(frozen=True, slots=True)
class StoryBox:
    """One box of a group of same-kind boxes: its paragraphs and a copy to extract it from."""

    paragraphs: list[str]
    copy: HtmlElement


def _paragraphs(box: HtmlElement) -> list[str]:
    """Return the box's paragraphs that read as sentences (menus and headings do not)."""
    found = []
    for element in box.iter(*_PARAGRAPHS):
        if any(isinstance(c.tag, str) and c.tag in _PARAGRAPHS for c in element.iterdescendants()):
            continue
        text = " ".join(element.text_content().split())
        words = len(text.split())
        if (words >= 6 and ends_sentence(text)) or words >= 20:
            found.append(text)
    return found


def _words(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


def _regions(members: list[HtmlElement]) -> list[HtmlElement]:
    """Return each box's own part of the page: its highest ancestor holding no other box."""
    shared = Counter(a for box in members for a in box.iterancestors())
    regions = []
    for box in members:
        own = box
        for ancestor in box.iterancestors():
            if shared[ancestor] > 1:
                break
            own = ancestor
        regions.append(own)
    return regions


def _readers_words(box: HtmlElement, region: HtmlElement) -> bool:
    """Return True when the box or its part of the page is named as readers' words."""
    chain = [box, *box.iterancestors()]
    chain = chain[: chain.index(region) + 1] if region in chain else [box]
    return any(class_words(element) & _READER_WORDS for element in chain)


def find_story_boxes(body: HtmlElement) -> list[list[StoryBox]]:
    """Return the groups of same-kind boxes of which at least three hold a story of their own
    (read before extraction, which may change the tree)."""
    groups: dict[tuple[str, str, int], list[HtmlElement]] = defaultdict(list)
    depths = {body: 0}
    for element in body.iterdescendants():
        depth = depths[element] = depths.get(element.getparent(), 0) + 1
        kind = element.get("class") if isinstance(element.tag, str) else None
        if kind and kind.strip():
            groups[(str(element.tag), " ".join(kind.split()), depth)].append(element)
    found = []
    for members in groups.values():
        if len(members) < MIN_BOXES:
            continue
        regions = _regions(members)
        if any(next(region.iter("h1"), None) is not None for region in regions):
            continue  # each box a page of its own: the next articles an endless page loaded
        if _readers_words(members[0], regions[0]):
            continue
        boxes = [(box, _paragraphs(box)) for box in members]
        if sum(_words(paragraphs) >= MIN_STORY_WORDS for _, paragraphs in boxes) >= MIN_BOXES:
            found.append([StoryBox(paragraphs=p, copy=deepcopy(box)) for box, p in boxes])
    return found


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def _share_in(paragraphs: list[str], story: str) -> float:
    return sum(_key(p)[:80] in story for p in paragraphs) / max(len(paragraphs), 1)


def _lines_of(box: StoryBox) -> list[str]:
    """Return the box's text as the extractor gives it (its own paragraphs when it gives none)."""
    import trafilatura  # slow to import: only for pages of several stories

    page = lxml_html.Element("html")
    lxml_html.etree.SubElement(page, "body").append(deepcopy(box.copy))
    document = trafilatura.bare_extraction(
        page, with_metadata=False, include_comments=False, favor_recall=True
    )
    text = document.text if isinstance(document, trafilatura.settings.Document) else None
    if text and text.strip():
        return [line.strip() for line in text.split("\n")]
    return [line for p in box.paragraphs for line in (p, "")]


def add_sibling_stories(lines: list[str], groups: list[list[StoryBox]]) -> list[str]:
    """Return the extracted lines with the other stories of the page's group of story boxes."""
    story = _key("\n".join(lines))
    for boxes in groups:
        taken = [
            n
            for n, box in enumerate(boxes)
            if _words(box.paragraphs) >= MIN_STORY_WORDS
            and _share_in(box.paragraphs, story) >= TAKEN_SHARE
        ]
        left = [
            n
            for n, box in enumerate(boxes)
            if _words(box.paragraphs) >= MIN_STORY_WORDS
            and _share_in(box.paragraphs, story) < LEFT_SHARE
        ]
        if len(taken) != 1 or len(left) < MIN_BOXES - 1:
            continue
        before = [line for n in left if n < taken[0] for line in [*_lines_of(boxes[n]), ""]]
        after = [line for n in left if n > taken[0] for line in ["", *_lines_of(boxes[n])]]
        return [*before, *lines, *after]
    return lines
