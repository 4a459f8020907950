"""Lines about the page rather than the story (inside `debris`).

A page's text keeps notices that no reader counts as the story: a date standing alone ("May 4,
2022", "Monday, 6 January 2020"), a reprint or copyright notice ("... Reprinted by permission.
All rights reserved."), a caption set apart in brackets ("[Above: the band on stage]") or
opened by "Pictured:", a bare link left where an embedded post did not load, a separator
("-", "|") left between a byline's parts, a byline split over lines ("By" / "Jane Doe"),
counters and labels ("23 Comments", "5 min read", "3 hours ago", "#Games"), the page's own
machinery ("Story continues below advertisement", "About the author", "Please enable
JavaScript ..."), the page's tag
list ("Tags: ferries, harbour"), the site's cookie notice ("We use cookies ...") and, among
the last lines, the writer's bio ("Jane Doe is a reporter at the Gazette covering ...").
Each rule looks at the line's shape and wording only, never at a site.
"""

from __future__ import annotations

import functools

from qabot.text.patterns import lazy

_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"
# a date with its year, alone: "May 4, 2022", "Monday, 6 January 2020", "2022-05-04 10:41",
# "Published: 4 May 2022", "October 22, 2019 report" (a page's kind after its date)
_DATE_ALONE = lazy(
    rf"(?i)^(?:(?:published|updated|posted|last updated|first published)(?:\s+on)?\s*:?\s*)?"
    rf"(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+{_DAY},?\s+\d{{4}}|{_DAY}\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}){_TIME}(?:\s+(?:report|update|updated))?$"
)
_RESERVED = lazy(
    r"(?i)\ball rights reserved\b|\breprinted (?:with|by) (?:the )?permission\b"
    r"|^(?:copyright\s*)?©\s*(?:\d{4}|[A-Z])|^(?:copyright\s*)?\(c\)\s*\d{4}"
)
_CAPTION = lazy(
    r"(?i)^\[\s*(?:above|below|pictured|top|bottom|left|right|inset|main image|photo|image"
    r"|picture|video|illustration)\b[^\]]*\]$"
    r"|^(?:pictured|above|inset|main image)\s*(?:\([^)]{0,30}\))?\s*:"
)
_BARE_LINK = lazy(r"^(?:https?://|www\.)\S+$")
# page counters and labels: "23 Comments", "5 min read", "3 hours ago", "#Games"
_COUNTER = lazy(
    r"(?i)^(?:\d[\d,.]*k?\s+(?:comments?|replies|responses|shares?|views)"
    r"|\d+\s*(?:min(?:ute)?s?|hours?|hrs?)\s+(?:read|listen|watch)"
    r"|(?:updated\s+|posted\s+|published\s+)?\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?"
    r"|weeks?)\s+ago|#[^\W\d_][\w-]*)$"
)
# a list of the page's tags: "Tags: ferries, harbour", "Filed under: News"
_TAG_LIST = lazy(r"(?i)^(?:tags?|topics|filed under|categories|related topics)\s*:")
# the site's own cookie notice speaks to the reader, or is a button; a story about cookie
# rules ("Users must accept cookies before ...") does neither
_COOKIES = lazy(
    r"(?i)\b(?:we|this (?:web)?site) uses? cookies\b|\bcookies?\b.{0,80}\byou (?:agree|consent"
    r"|accept)"
)
_COOKIE_BUTTON = lazy(
    r"(?i)^(?:(?:accept|allow|reject|manage) (?:all )?cookies|cookie (?:settings|preferences"
    r"|policy))$"
)
# page machinery between the story's paragraphs
_MACHINERY = lazy(
    r"(?i)^(?:(?:the )?(?:story|article|text) continues (?:below|after)(?: (?:this|the))?"
    r"(?: advertisement| ad)?|continue reading (?:below|the main story)|about the authors?"
    r"|(?:please )?(?:enable|turn on|activate) javascript\b.*)$"
)
_SEPARATOR = lazy(r"^[-\u2013\u2014|\u2022\u00b7/]{1,3}$")  # not a table's "|---|"
# a date's label left on its own line ("Posted on" / "April 29, 2022")
_DATE_LABEL = lazy(
    r"(?i)^(?:posted|published|updated|last updated|first published)(?: on| at)?:?$"
)
# the writer's bio closing the page: "Jane Doe is a reporter at the Gazette covering ..."
_BIO = lazy(
    r"^(?:[A-Z][\w.'\u2019-]*\s+){1,3}(?:is|writes|covers|reports)\s+(?:(?:a|an|the)\s+)?"
    r"(?:[\w'\u2019,-]+\s+){0,6}?(?:reporter|writer|journalist|editor|correspondent|columnist"
    r"|contributor|producer|photographer|freelancer|professor|fellow|intern|author)s?\b"
)
BIO_WORDS = 60
# a headline and its date, as lists of other stories print them: "Exams postponed April 28, 2022"
_ENDS_WITH_DATE = lazy(
    rf"(?i)\S\s+(?:{_MONTH}\s+{_DAY},?\s+\d{{4}}|{_DAY}\s+{_MONTH},?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}){_TIME}$"
)
_BULLET = lazy(r"^(?:[-*\u2022+]\s|\d{1,3}[.)]\s)")
HEADLINE_WORDS = 20
MIN_DATED_ITEMS = 2
RESERVED_WORDS = 60  # a reprint notice is a few lines; a paragraph about copyright is prose
CAPTION_WORDS = 40
TAG_WORDS = 25
MACHINERY_WORDS = 20
# no rule here or in `debris` asks about more of a line's words than this
COUNTED_WORDS = max(BIO_WORDS, RESERVED_WORDS, CAPTION_WORDS, TAG_WORDS, HEADLINE_WORDS)


# Each line meets several checks here and in `debris`, and each asks how many words it has:
# counted once per line, and only as far as any rule looks (a paragraph of 130 words takes
# longer to split than the rest of its checks).
@functools.lru_cache(maxsize=1024)
def word_count(line: str) -> int:
    """Return the number of words of `line`, or COUNTED_WORDS + 1 when it has more."""
    return len(line.split(None, COUNTED_WORDS))


def is_notice(line: str) -> bool:
    """Return True for a line that is a notice about the page (see the module docstring)."""
    words = word_count(line)
    if _SEPARATOR.match(line) or _DATE_LABEL.match(line):
        return True
    if words <= MACHINERY_WORDS and _MACHINERY.match(line):
        return True
    if words <= 8 and _DATE_ALONE.match(line):
        return True
    if words <= 5 and (_BARE_LINK.match(line) or _COUNTER.match(line)):
        return True
    if words <= TAG_WORDS and _TAG_LIST.match(line):
        return True
    if (words <= RESERVED_WORDS and _COOKIES.search(line)) or _COOKIE_BUTTON.match(line):
        return True
    if words <= RESERVED_WORDS and _RESERVED.search(line):
        return True
    return words <= CAPTION_WORDS and bool(_CAPTION.match(line))


def dated_list_lines(lines: list[str]) -> set[int]:
    """Return the indices of lines that make a list of other stories with their dates: two or
    more headlines in a row, each ending in its date or followed by a line that is only a date
    ("Exams postponed April 28, 2022" / "Exams postponed" + "April 28, 2022")."""
    filled = [i for i, line in enumerate(lines) if line]
    found: set[int] = set()
    run: list[int] = []
    n = 0
    while n <= len(filled):
        i = filled[n] if n < len(filled) else None
        item: list[int] = []
        if i is not None and _is_headline(lines[i]):
            nxt = filled[n + 1] if n + 1 < len(filled) else None
            if _ENDS_WITH_DATE.search(lines[i]):
                item = [i]
            elif nxt is not None and _DATE_ALONE.match(lines[nxt]):
                item = [i, nxt]
        if item:
            run.extend(item)
            n += len(item)
            continue
        if len([j for j in run if not _DATE_ALONE.match(lines[j])]) >= MIN_DATED_ITEMS:
            found.update(run)
        run = []
        n += 1
    return found


def _is_headline(line: str) -> bool:
    words = word_count(line)
    return (
        2 <= words <= HEADLINE_WORDS
        and line[-1] not in ".!"
        and not _BULLET.match(line)
        and not _DATE_ALONE.match(line)
    )


def is_author_bio(line: str) -> bool:
    """Return True for a writer's bio ("Jane Doe is a reporter at the Gazette ..."), which
    `debris` looks for among the last lines of a page only."""
    return word_count(line) <= BIO_WORDS and bool(_BIO.match(line))


def is_split_byline(line: str, following: str | None) -> bool:
    """Return True for a byline's "By" on a line of its own, the name on the next one."""
    if line.strip("*_ ").casefold() != "by" or following is None:
        return False
    words = following.split()
    return 1 <= len(words) <= 5 and all(word[:1].isupper() for word in words[:2])
