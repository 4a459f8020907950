"""Cleaning: raw article text -> title, header fields and clean paragraphs (inside `articles`).

A text article may open with front matter or a block of `Key: value` lines, a title line and
Markdown headings; its body is freed of page furniture (`qabot.ingest.debris`: widgets, bylines,
captions, related-story blocks) and grouped into paragraphs. Paragraph text itself is kept
verbatim: passages and quotes are later cut from `Article.text` by character offsets.

Pure functions, no I/O: `articles.py` reads the files and calls `clean_text` / `clean_lines`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qabot.ingest.debris import LIST_ITEM, drop_debris
from qabot.ingest.page_kinds import cut_at_paywall, not_an_article
from qabot.text import decode_numeric_references, without_soft_hyphens
from qabot.text.lexicon import word_set
from qabot.text.patterns import lazy

_MD_HEADING = lazy(r"#{1,6}\s+")


_FRONT_MATTER_FENCE = "---"
_HEADER_LINE = lazy(r"^([A-Za-z][A-Za-z _-]{0,20}):\s*(.*)$")
_HEADER_KEYS: dict[str, str] = {
    **dict.fromkeys(("title", "headline"), "title"),
    **dict.fromkeys(("source", "publisher", "outlet", "site", "sitename", "site_name"), "source"),
    **dict.fromkeys(("date", "published", "published_at", "pubdate"), "date"),
    **dict.fromkeys(("url", "link", "canonical"), "url"),
    **dict.fromkeys(("author", "authors", "byline", "creator"), "author"),
    # recognised so that a header block is consumed whole, but not used
    **dict.fromkeys(word_set("tags category language id description"), ""),
}


@dataclass(slots=True)
class CleanText:
    """What cleaning recovered from one text article."""

    title: str | None
    paragraphs: list[str]
    source: str | None = None  # front matter, header block or byline, in that order
    date: str | None = None  # as written; `dates.normalize_date` makes it ISO
    url: str | None = None
    author: str | None = None  # as written; `bylines.byline_names` keeps the people's names
    fields: dict[str, str] = field(default_factory=dict)
    problem: str | None = None  # what the text is when it is not an article (page_kinds)
    unclosed_front_matter: int | None = None  # line of a `---` never closed (a warning)


def normalize_lines(raw: str) -> list[str]:
    """Split `raw` into lines: any line ending accepted, BOM, soft hyphens and surrounding
    spaces removed."""
    raw = raw.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    raw = without_soft_hyphens(raw)  # "Stol\u00adtenberg" is one name, read and stored whole
    return [line.strip() for line in raw.split("\n")]


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value


def _prose_inside(block: list[str]) -> bool:
    """Return whether a front-matter block holds a paragraph of prose: a line after a blank one
    that is no key, list item or comment (YAML's continued values follow their key directly)."""
    return any(
        line and not previous and not (_HEADER_LINE.match(line) or line.startswith(("-", "#")))
        for previous, line in zip(["", *block], block, strict=False)
    )


def _header_fields(lines: list[str]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in lines:
        match = _HEADER_LINE.match(line)
        if match and _HEADER_KEYS.get(match[1].strip().lower()):
            fields.setdefault(_HEADER_KEYS[match[1].strip().lower()], _unquote(match[2]))
    return {k: v for k, v in fields.items() if v}


def _key_lines(lines: list[str], start: int) -> int:
    """Return where the run of `Key: value` lines from `start` ends."""
    end = start
    while end < len(lines) and _HEADER_LINE.match(lines[end]):
        end += 1
    return end


def read_header(lines: list[str]) -> tuple[dict[str, str], list[str], int | None]:
    """Split off a `---` front-matter block or a leading block of `Key: value` lines.

    The third value is the line number (1-based) of a `---` that opens front matter never
    closed: its `Key: value` lines are still read as the header (what its writer meant), and
    the caller warns. A `---` that closes only after prose (a rule further down) does not close
    it: the prose is the article, never dropped as header.
    """
    start = next((i for i, line in enumerate(lines) if line), len(lines))
    if start < len(lines) and lines[start] == _FRONT_MATTER_FENCE:
        end = next(
            (i for i in range(start + 1, len(lines)) if lines[i] == _FRONT_MATTER_FENCE), None
        )
        if end is not None and not _prose_inside(lines[start + 1 : end]):
            return _header_fields(lines[start + 1 : end]), lines[end + 1 :], None
        keys_end = _key_lines(lines, start + 1)
        found = _header_fields(lines[start + 1 : keys_end])
        if not found:
            return {}, lines[start + 1 :], None  # a horizontal rule on top: no title
        return found, lines[keys_end:], start + 1
    end = start
    fields: dict[str, str] = {}
    while end < len(lines) and (match := _HEADER_LINE.match(lines[end])):
        key = match[1].strip().lower()
        if key not in _HEADER_KEYS:
            break
        if _HEADER_KEYS[key]:
            fields.setdefault(_HEADER_KEYS[key], _unquote(match[2]))
        end += 1
    if end == start:
        return {}, lines, None
    return {k: v for k, v in fields.items() if v}, lines[end:], None


def _strip_heading(line: str) -> str:
    """Return a Markdown heading's text ("## Next steps" -> "Next steps"); "#tag" stays."""
    match = _MD_HEADING.match(line)
    return line[match.end() :].rstrip("#").strip() if match else line


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def paragraphs_of(lines: list[str], *, each_line: bool = False) -> list[str]:
    """Group lines into paragraphs at blank lines; wrapped lines are joined with a space.

    `each_line=True` makes every line its own paragraph (extractors that emit one per line).
    List items keep their own line inside a paragraph.
    """
    paragraphs: list[str] = []
    current = ""
    for line in [*lines, ""]:
        if not line or each_line:
            if each_line and line:
                current = line
            if current and current not in paragraphs[-1:]:
                paragraphs.append(current)
            current = ""
        elif not current:
            current = line
        else:
            current += ("\n" if LIST_ITEM.match(line) else " ") + line
    return paragraphs


def clean_lines(lines: list[str], *, each_line: bool = False) -> tuple[list[str], str | None]:
    """Return the clean paragraphs of body `lines` and the outlet named by a byline, if any."""
    lines = [without_soft_hyphens(line) for line in lines]  # a page's structured data too
    kept, source = drop_debris(lines)
    return paragraphs_of(kept, each_line=each_line), source


def clean_text(raw: str, *, markdown: bool = False) -> CleanText:
    """Split a .txt/.md article into header fields, title and clean paragraphs."""
    fields, lines, unclosed = read_header(normalize_lines(decode_numeric_references(raw)))
    if markdown:
        lines = [_strip_heading(line) for line in lines]
    title = fields.get("title")
    first = next((i for i, line in enumerate(lines) if line), None)
    if first is not None and (title is None or _same_text(lines[first], title)):
        title = title or lines[first]
        lines = lines[first + 1 :]
    lines, paywalled = cut_at_paywall(lines)
    paragraphs, by = clean_lines(lines)
    return CleanText(
        title=title,
        paragraphs=paragraphs,
        problem=not_an_article(title or "", paragraphs, paywalled=paywalled),
        source=fields.get("source") or by,
        date=fields.get("date"),
        url=fields.get("url"),
        author=fields.get("author"),
        fields=fields,
        unclosed_front_matter=unclosed,
    )
