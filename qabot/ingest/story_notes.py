"""Parts of a story set apart from its body box: a review's verdict, an editor's note (for
`html_pages`).

The extractor takes the box that holds the story's body. Some pages put a short part of the story
in a box of its own just before or after it, named for what it is: a review's verdict ("Our
Verdict: A superbly crafted game"), an editor's note ("This post originally appeared on Grist.").
Those sentences belong to the story, so they are read from the tidied page and put back where the
page has them: before the body when the page's next paragraph opens the extracted story, after it
when the page's previous paragraph is in the story. A note that touches no paragraph of the story
is left out (it belongs to something else on the page). The boxes are found by the words of their
class and id, as furniture is (`html_pages`), never by site.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml.html import HtmlElement

from qabot.ingest.sentence_end import ends_sentence
from qabot.text.patterns import lazy

# A box is a note when the words of its class or id hold one of these sets ("verdict",
# "editors_note", "editorNote", "editorial-note").
_NOTE_NAMES = (
    frozenset({"verdict"}),
    frozenset({"editor", "note"}),
    frozenset({"editors", "note"}),
    frozenset({"editorial", "note"}),
)
# first words of modifier class names that describe the content rather than name a box
# ("no-share", "has-ads", "is-sponsored", "with-comments")
_DENIALS = frozenset("no not without hide hidden has is with show allow enable disable".split())
_CAMEL = lazy(r"(?<=[a-z])(?=[A-Z])")
_TOKEN = lazy(r"[a-z0-9]+")
MAX_NOTE_WORDS = 120  # a verdict or a note is a few sentences; a longer box is a story of its own
MIN_SENTENCE_WORDS = 5
_PARAGRAPHS = ("p", "li", "blockquote")


@dataclass(frozen=True, slots=True)
class StoryNote:
    """A note's sentences and the page's paragraphs on either side of it."""

    paragraphs: list[str]
    previous: str | None  # the page's last paragraph before the note
    following: str | None  # the page's first paragraph after it


def class_words(element: HtmlElement) -> set[str]:
    """Return the words of the element's class names and id ("newsletter-form" -> newsletter,
    form); modifier names that deny a feature ("no-share", "without-comments") give none."""
    words: set[str] = set()
    for name in f"{element.get('class') or ''} {element.get('id') or ''}".split():
        tokens = _TOKEN.findall(_CAMEL.sub(" ", name).casefold())
        if tokens and tokens[0] not in _DENIALS:
            words.update(tokens)
    return words


def _text(element: HtmlElement) -> str:
    return " ".join(element.text_content().split())


def _is_sentence(text: str) -> bool:
    return len(text.split()) >= MIN_SENTENCE_WORDS and ends_sentence(text)


def _is_note(element: HtmlElement) -> bool:
    words = class_words(element)
    return any(name <= words for name in _NOTE_NAMES)


def find_story_notes(body: HtmlElement) -> list[StoryNote]:
    """Return the verdicts and editor's notes of a tidied page, in page order."""
    if not any(isinstance(e.tag, str) and _is_note(e) for e in body.iter()):
        return []
    paragraphs = [
        p
        for p in body.iter(*_PARAGRAPHS)
        if not any(isinstance(c.tag, str) and c.tag in _PARAGRAPHS for c in p.iterdescendants())
    ]
    order = {element: n for n, element in enumerate(body.iter())}
    notes: list[StoryNote] = []
    taken: set[HtmlElement] = set()
    for element in body.iter():
        if not isinstance(element.tag, str) or not _is_note(element):
            continue
        if taken.intersection(element.iterancestors()):
            continue  # inside a note already read
        taken.add(element)
        own = [p for p in paragraphs if element in p.iterancestors() or p is element]
        texts = [_text(p) for p in own] or [_text(element)]
        sentences = [t for t in texts if _is_sentence(t)]
        if not sentences or sum(len(t.split()) for t in sentences) > MAX_NOTE_WORDS:
            continue
        start, end = order[element], max([order[p] for p in own] or [order[element]])
        before = [t for p in paragraphs if order[p] < start and _is_sentence(t := _text(p))]
        after = [t for p in paragraphs if order[p] > end and _is_sentence(t := _text(p))]
        notes.append(
            StoryNote(
                paragraphs=sentences,
                previous=before[-1] if before else None,
                following=after[0] if after else None,
            )
        )
    return notes


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def add_story_notes(lines: list[str], notes: list[StoryNote]) -> list[str]:
    """Return the extracted lines with each note put back beside the story it touches."""
    story = _key("\n".join(lines))
    head: list[str] = []
    tail: list[str] = []
    for note in notes:
        missing = [p for p in note.paragraphs if _key(p) not in story]
        if not missing:
            continue  # the extractor kept it
        if note.following and _key(note.following)[:80] in story:
            head += [line for p in missing for line in (p, "")]
        elif note.previous and _key(note.previous)[:80] in story:
            tail += [line for p in missing for line in ("", p)]
    return [*head, *lines, *tail]
