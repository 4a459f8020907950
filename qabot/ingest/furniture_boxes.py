"""Furniture told by the page's structure rather than by its class names (for `html_pages`).

- **Lists of links**: a list whose every item is a link (a link plus a date or source at most,
  or a link and a teaser cut short) is a related strip, a "more from" list, a table of
  contents.
- **Teaser blocks**: a box of three or more blocks that are each a link, a link and a date, or
  a link and a teaser cut short ("This week: Headline / April 30, 2022") is a strip of other
  stories, whatever tags it is built of.
- **Sign-up boxes**: a small box opened by a heading that invites the reader to sign up for a
  newsletter ("Sign up for the Gazette newsletter") holds the prompt and its small print.
- **Credits in captions** (a `figcaption`, or a box whose class names a caption): a caption's
  trailing credit ("... Category B. Photo: A. Name",
  "(Getty Images)") goes; the caption's own words stay.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from qabot.ingest.story_notes import class_words
from qabot.text.patterns import lazy

_DAY = r"(?:\d{1,2}(?:st|nd|rd|th)?)"
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# a date or time as a teaser shows it: "April 30, 2022", "30 April 2022", "2022-04-30",
# "3 hours ago", "Updated 10:41"
DATE_WORDS = lazy(
    rf"(?i)^(?:(?:published|updated|posted)\s*:?\s*)?(?:{_MONTH}\s+{_DAY},?\s+\d{{4}}"
    rf"|{_DAY}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}"
    rf"|\d+\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago"
    rf"|\d{{1,2}}:\d{{2}}(?:\s*[ap]\.?m\.?)?)$"
)
_TEASER_END = lazy(r"(?:\u2026|\.\.\.)\s*(?:\S+\s*){0,3}$")
MIN_TEASERS = 3  # items: two links in a list may be a story's own references
LINK_SHARE = 0.6  # of an item's text inside links: the item is a link
HEADING_WORDS = 6
MAX_TEASER_CHARS = 400  # a headline, a date and a teaser's first words
CAPTION_WORDS = 80  # a box named "caption" holding more is no caption ("has-caption" stories)
CAPTION_SENTENCE_WORDS = 8  # a credited caption this long, ending as a sentence, tells the story
_NEVER_EMPTIED = frozenset({"html", "body", "main", "article"})
MAX_BOX_CHARS = 1200  # a sign-up box's prompt and small print; a story is longer
_SIGN_UP_HEADING = lazy(
    r"(?i)\b(?:sign(?:ing)?[ -]?up|subscribe)\b.{0,40}\b(?:newsletters?|bulletins?|e-?mails?"
    r"|alerts|inbox)\b|\bnewsletters?\b.{0,30}\b(?:sign[ -]?up|subscribe)\b"
    r"|\b(?:get|join)\s+(?:our|the)\b.{0,30}\bnewsletters?\b"
)
# a credit closing a caption: "Photo: A. Name", "(Photo by A. Name/Agency)", "Credit: X",
# "/ Getty Images", "| Reuters", "(FILE)"
_CAPTION_CREDIT = lazy(
    r"(?i)\s*(?:[(\[]\s*)?(?:(?:photo(?:graph)?s?|image|picture|illustration|video|graphic"
    r")\s*(?:credit\s*)?(?:by\b|:)|credit\s*:|©)[^()\[\]]{1,80}[)\]]?\s*$"
    r"|\s*[/|]\s*(?:getty images|reuters|ap|afp|epa|shutterstock|pa(?: wire)?|alamy)\s*$"
    r"|\s*\(\s*(?:file|file photo|file image|archive)\s*\)\s*$"
)
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _drop(element: HtmlElement) -> None:
    """Remove `element` and what it holds; the text around it stays apart ("ferry" and "By"
    on either side of a removed box do not become "ferryBy")."""
    element.tail = " " + (element.tail or "")
    element.drop_tree()


def _text(element: HtmlElement) -> str:
    """The text `element` shows: scripts and styles left out."""
    pieces = element.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]")
    return " ".join(" ".join(str(piece) for piece in pieces).split())


def _longer_than(element: HtmlElement, limit: int) -> bool:
    """True when `element` holds more than `limit` characters of text (read only that far)."""
    total = 0
    for piece in element.itertext():
        total += len(piece.strip())
        if total > limit:
            return True
    return False


def _is_teaser(block: HtmlElement) -> bool:
    """True for a block that is a link, a link and a date, or a link and a cut-short teaser."""
    text = _text(block)
    links = [_text(a) for a in block.iter("a") if _text(a)]
    if not text or not links:
        return False
    linked = sum(map(len, links))
    if linked >= LINK_SHARE * len(text):
        return True
    rest = text
    for link in links:
        rest = rest.replace(link, " ", 1)
    rest = " ".join(rest.split())
    return bool(DATE_WORDS.match(rest)) or bool(
        text.startswith(links[0]) and _TEASER_END.search(text)
    )


def remove_link_lists(body: HtmlElement) -> int:
    """Remove lists whose every item is a link (related stories, "more from", tables of contents);
    return how many.

    A list item that is a link plus a few words of its own (a date, a source) is still a link;
    a list of sentences with a link inside them is not.
    """
    removed = 0
    for items in list(body.iter("ul", "ol")):
        entries = [li for li in items if isinstance(li.tag, str) and li.tag == "li"]
        if len(entries) < MIN_TEASERS or items.getparent() is None:
            continue
        if all(_is_link(entry) for entry in entries):
            _drop(items)
            removed += 1
    return removed


def _is_link(entry: HtmlElement) -> bool:
    """Return True for a list item that is a link: mostly link text, or a link followed by a
    teaser cut short ("Title — The history of ... … Wikipedia")."""
    text = " ".join(entry.text_content().split())
    links = [" ".join(a.text_content().split()) for a in entry.iter("a")]
    if text and sum(map(len, links)) >= LINK_SHARE * len(text):
        return True
    return bool(links and links[0] and text.startswith(links[0]) and _TEASER_END.search(text))


def remove_teaser_blocks(body: HtmlElement) -> int:
    """Remove boxes (not lists: `remove_link_lists` reads those) of three or more teaser blocks;
    return how many."""
    removed = 0
    for box in list(body.iter("div", "section", "aside", "nav")):
        if box.getparent() is None:
            continue
        children = [child for child in box if isinstance(child.tag, str)]
        # cheap checks first: enough blocks, no paragraphs or lists, a link in each block
        # (most boxes of a page fail here, before any text is gathered)
        if len(children) < MIN_TEASERS or any(c.tag in ("p", "ul", "ol") for c in children):
            continue
        if any(_longer_than(child, MAX_TEASER_CHARS) for child in children):
            continue  # a block holding this much is no teaser (a page's main column)
        blocks = [child for child in children if _text(child)]
        if len(blocks) < MIN_TEASERS or any(b.find(".//a") is None for b in blocks):
            continue
        if all(_is_teaser(block) for block in blocks):
            parent = box.getparent()
            _drop(box)
            removed += 1
            # the strip's own heading ("This week"), left alone in its box, goes with it
            if (
                parent is not None
                and parent.tag not in _NEVER_EMPTIED
                and parent.getparent() is not None
                and len(_text(parent).split()) <= HEADING_WORDS
            ):
                _drop(parent)
    return removed


def remove_sign_up_boxes(body: HtmlElement) -> None:
    """Remove the small box a newsletter sign-up heading opens, heading and small print."""
    for heading in list(body.iter(*_HEADINGS)):
        title = _text(heading)
        if heading.getparent() is None or not _SIGN_UP_HEADING.search(title):
            continue
        box: HtmlElement | None = None
        for ancestor in heading.iterancestors():
            if ancestor.tag in ("body", "html", "main", "article"):
                break
            if len(_text(ancestor)) > MAX_BOX_CHARS or not _text(ancestor).startswith(title):
                break
            box = ancestor
        if box is not None:
            _drop(box)


def strip_caption_credits(body: HtmlElement) -> None:
    """Cut a trailing credit from each caption's last piece of text ("... Photo: A. Name");
    a credited caption that is no sentence of the story ("Union Station, 1960.") goes whole."""
    named = body.xpath(".//figcaption | .//*[contains(@class, 'caption')]")
    captions = [
        element
        for element in named
        if (element.tag == "figcaption" or "caption" in class_words(element))
        and len(_text(element).split()) <= CAPTION_WORDS
    ]
    for caption in captions:
        pieces = [piece for piece in caption.xpath(".//text()") if piece.strip()]
        owner = pieces[-1].getparent() if pieces else None
        if owner is None or caption.getparent() is None:
            continue
        last = pieces[-1]
        kept = _without_credit(str(last))
        if kept == str(last):
            continue
        if last.is_tail:
            owner.tail = kept
        else:
            owner.text = kept
        words = _text(caption).split()
        if len(words) < CAPTION_SENTENCE_WORDS or not words[-1].endswith((".", "!", "?")):
            figure = caption.getparent()
            alone = (
                figure is not None and figure.tag == "figure" and _text(figure) == _text(caption)
            )
            _drop(figure if alone and figure.getparent() is not None else caption)


def _without_credit(text: str) -> str:
    """`text` without its trailing credit (all of it when it is only a credit)."""
    match = _CAPTION_CREDIT.search(text)
    return text if match is None else text[: match.start()]
