"""Page furniture: which lines of a saved page are not the story (inside `cleaning`).

Saved web pages carry debris around the story: share/embed widgets, bylines, photo captions
printed twice (once with the credit), "You might also like" blocks of related headlines,
copyright lines, runs of short menu lines above and below the text (credits, captions and bylines
are told in `credits`). Every rule here is general
(line shape, widget phrases, repetition), never a string from a particular article. Lines are
blanked, never edited, so the paragraphs that remain are verbatim.
"""

from __future__ import annotations

import re

from qabot.ingest.credits import byline, is_caption_pair, is_credit
from qabot.ingest.notices import (
    dated_list_lines,
    is_author_bio,
    is_notice,
    is_split_byline,
    word_count,
)
from qabot.ingest.sentence_end import ends_sentence
from qabot.text import ASCII_SPACES
from qabot.text.lexicon import word_set
from qabot.text.patterns import lazy

LIST_ITEM = lazy(r"^(?:[-*•+]\s|\d{1,3}[.)]\s)")
_GLUED = lazy(r"(?<=[a-z])(?=[A-Z])")  # "articleComments" -> "article Comments"


# Phrases that only ever appear in page furniture, never in reporting.
_WIDGET = lazy(
    r"share this (?:article|story|page|post|video)|copy to clipboard|copy link|close button"
    r"|embed (?:link|code)|video embed|share on \w+|follow us on|sign up (?:for|to) (?:our|the)"
    r"|newsletter sign|click here|print this|email this|skip (?:to|advertisement)"
    r"|sponsored content|listen to (?:this|the) article|back to top|(?:show|view|hide) comments"
    r"|leave a comment|comments? \(\d+\)|image caption|media caption|getty images|^advertisement",
    re.IGNORECASE,
)
# Single words that make up widget rows ("Share", "Comments", "Tweet ... Email").
_WIDGET_WORDS = word_set(
    "share shares comments comment tweet email e-mail print save copied copy link links "
    "close button facebook twitter x whatsapp linkedin reddit messenger pinterest "
    "telegram flipboard follow listen embed advertisement ad bookmark more sms"
)
# Promotions and credits that read as sentences ("Never miss the latest news by signing up to
# our newsletter today!"), so the widget rule, which wants short unpunctuated lines, misses them.
_PROMO = lazy(
    r"\bfree sign ?up\b|\bsubmit (?:a|your) letter\b|\bwrite (?:a )?letter to the editor\b"
    r"|\bwe(?: want|'d love| would love) to hear what you think\b"
    r"|^(?:follow|like|join) [\w@'\u2019 .-]{1,40}? on (?:twitter|facebook|instagram|tiktok"
    r"|youtube|linkedin|whatsapp|telegram|threads|x)\b|^follow us\b|^join our [\w'\u2019 ]{1,40}?"
    r"(?:group|community|channel)\b|^our standards\b|^(?:show|view|see) all "
    r"\d+\b|^(?:you can )?(?:contact|email|reach|message) (?:us|[\w@.'\u2019 -]{1,30}?) "
    r"(?:on|at|via) (?:facebook|twitter|instagram|whatsapp|email|[\w.+-]+@[\w-]+\.\w)",
    re.IGNORECASE,
)
# A newsletter or alert sign-up, when it speaks to the reader: "Customers who sign up for email
# alerts will be told" is reporting, "Sign up to our newsletter today!" is furniture.
_SIGN_UP = lazy(
    r"\b(?:sign(?:ing)? up|subscrib(?:e|ing))\b[^.!?]{0,60}\b(?:newsletters?|e-?mails?|inbox"
    r"|alerts|daily edition)\b|\bnewsletters?\b[^.!?]{0,60}\b(?:sign(?:ing)? up|subscrib|inbox"
    r"|delivered)",
    re.IGNORECASE,
)
_TO_THE_READER = lazy(
    r"\b(?:you|your|our|us|today|now|free|here)\b|^(?:sign|subscribe|get|join|never|don't"
    r"|don\u2019t|enter|register|stay)\b",
    re.IGNORECASE,
)
PROMO_WORDS = 45
# "Reporting by A; Editing by B", "Additional reporting by C": credits, not the story
_CREDITS_LINE = lazy(
    r"^\(?(?:additional reporting|reporting|writing|editing|compiled|research(?:ed)?) by\b",
    re.IGNORECASE,
)
_RELATED_HEADING = lazy(
    r"^(?:you (?:might|may) also like|related(?: (?:articles?|stories|news|content|topics"
    r"|coverage|links|reading|posts))?|read more|read also|also read|read next|more on this"
    r" (?:story|topic)|more stories|more from [\w ]{1,30}|most (?:read|popular|viewed|shared)"
    r"|recommended(?: for you| stories| reading)?|top stories|trending(?: now)?|see also"
    r"|what to read next|latest (?:news|stories)|further reading|in other news|don't miss)"
    r"\s*:?\s*",
    re.IGNORECASE,
)
BIO_LINES = 2  # a writer's bio is among the page's last lines
DUPLICATE_CHARS = 12  # a repeated line this long is printed twice, not a refrain ("つづく")
SHORT_WORDS = 10  # a line this short without sentence punctuation is furniture, not prose
HEADLINE_WORDS = 25


def _is_prose(line: str) -> bool:
    """Return True for a line that reads as a real paragraph rather than page furniture."""
    n = word_count(line)
    return (n >= 6 and (ends_sentence(line) or line.endswith(":"))) or n >= 20


def _short_unpunctuated(line: str) -> bool:
    return word_count(line) <= SHORT_WORDS and not ends_sentence(line)


def _is_widget(line: str) -> bool:
    if word_count(line) > 15 or ends_sentence(line):
        return False
    if _WIDGET.search(line):
        return True
    tokens = re.findall(r"[\w-]+", _GLUED.sub(" ", line).casefold())
    return bool(tokens) and all(token in _WIDGET_WORDS for token in tokens)


def _is_promo(line: str) -> bool:
    """Return True for a sign-up, follow-us or letters prompt, or a credits line."""
    if word_count(line) > PROMO_WORDS:
        return False
    line = LIST_ITEM.sub("", line)  # a promotion may be an item of a list of them
    if _PROMO.search(line) or (_SIGN_UP.search(line) and _TO_THE_READER.search(line)):
        return True
    if not _CREDITS_LINE.match(line) or word_count(line) > 30:
        return False
    lowered = line.casefold()
    return (
        ";" in line
        or "editing by" in lowered
        or "additional reporting" in lowered
        or not ends_sentence(line)
        or word_count(line) <= 8
    )


def _is_headline(line: str) -> bool:
    return word_count(line) <= HEADLINE_WORDS and not (ends_sentence(line) and line[-1] != "?")


def drop_debris(lines: list[str]) -> tuple[list[str], str | None]:
    """Return `lines` with furniture blanked out, and the outlet named by a byline if any."""
    kept = list(lines)
    source: str | None = None
    filled = [i for i, line in enumerate(kept) if line]
    seen: set[str] = set()
    block = False  # inside a "You might also like" block of headlines
    for n, i in enumerate(filled):
        line = kept[i]
        if not line:
            continue
        nxt = filled[n + 1] if n + 1 < len(filled) else None
        if block and _is_headline(line):
            kept[i] = ""
            continue
        block = False
        heading = _RELATED_HEADING.match(line)
        if heading and _is_headline(line):
            block = heading.end() == len(line)  # a bare heading: the headlines follow it
            kept[i] = ""
        elif nxt is not None and len(line) >= 20 and is_caption_pair(line, kept[nxt]):
            kept[i] = kept[nxt] = ""
        elif _is_widget(line) or is_credit(line) or _is_promo(line):
            kept[i] = ""
        elif nxt is not None and n < 12 and is_split_byline(line, kept[nxt]):
            kept[i] = kept[nxt] = ""
        elif n < 8 and (by := byline(line)) is not None:
            source = source or by or None
            kept[i] = ""
        else:
            key = _spacing_folded(line).casefold()
            # a line of a script written without spaces (Japanese, Chinese) is one "word"
            if key in seen and (word_count(line) >= 3 or _unspaced_script(key)):
                kept[i] = ""
            seen.add(key)
    # notices last: a date or a bare link may belong to a run of menu lines at the edges,
    # which goes whole (`_drop_edge_runs`)
    kept = _drop_edge_runs(kept)
    listed = dated_list_lines(kept)
    kept = [
        "" if i in listed or not line or is_notice(line) else line for i, line in enumerate(kept)
    ]
    for i in [i for i, line in enumerate(kept) if line][-BIO_LINES:]:
        if is_author_bio(kept[i]):
            kept[i] = ""
    return kept, source


def _spacing_folded(line: str) -> str:
    """Return `line` with every run of white space made one space, and none at its ends.

    Every paragraph of every article is folded for the duplicate check: most are folded
    already (printable, so white space is only " "; no two spaces together), and are
    returned as they are, without splitting them into words and joining them again.
    casefold() neither makes nor changes white space: the same key as casefolding first.
    """
    if "  " in line or line[:1] == " " or line[-1:] == " ":
        return " ".join(line.split())
    if line.isascii():
        # ASCII white space but " " is nine characters, each looked for in C: faster than
        # isprintable(), which reads every character's class (a character neither printable
        # nor white space changes nothing)
        folded = not any(map(line.__contains__, ASCII_SPACES))
    else:
        folded = line.isprintable()
    return line if folded else " ".join(line.split())


def _unspaced_script(key: str) -> bool:
    """True for a long line of a script written without spaces (not code: mostly non-ASCII)."""
    return len(key) >= DUPLICATE_CHARS and sum(not c.isascii() for c in key) * 2 > len(key)


def _drop_edge_runs(lines: list[str]) -> list[str]:
    """Blank runs of short unpunctuated lines above the first, and below the last, paragraph.

    A single such line is kept: it may be a standfirst or a closing remark.
    """
    prose = [i for i, line in enumerate(lines) if line and _is_prose(line)]
    if not prose:
        return lines  # nothing reads as prose: keep all rather than empty the article
    for zone in (range(prose[0]), range(prose[-1] + 1, len(lines))):
        run: list[int] = []
        announced = False  # the run follows "In short:": it is the code or list announced
        for i in [*(i for i in zone if lines[i]), None]:
            if i is not None and _short_unpunctuated(lines[i]) and not LIST_ITEM.match(lines[i]):
                if not run:
                    previous = next((lines[j] for j in range(i - 1, -1, -1) if lines[j]), "")
                    announced = previous.endswith(":")
                run.append(i)
                continue
            if len(run) >= 2 and not announced:
                for j in run:
                    lines[j] = ""
            run = []
    return lines
