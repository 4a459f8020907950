"""Body forms: a body quoted under its initials and under its full name is one speaker.

Articles quote "the FA" in one story and "the Football Association" in the next, "the IMF" and
"the International Monetary Fund": "what did the FA say?" should hear both. The two forms are
taken as one body only when exactly one body quoted has those initials and some article writes
both forms (so "US" is never "Universities Scotland", nor "TV" a "Telecom View").
"""

from __future__ import annotations

import re

from qabot.attribution.directory import initials
from qabot.indexing import Index
from qabot.text import tokenize

_ACRONYM = re.compile(r"[A-Z]{2,6}")
_READ = 50  # passages read for each form, to find an article writing both


def other_form(index: Index, body: str) -> str | None:
    """Return the body's other name among those quoted (its initials, or the full name they
    stand for), or None when there is none or it is not sure."""
    directory = index.speakers
    if _ACRONYM.fullmatch(body):
        spelled = directory.initialled(body)
        if len(spelled) != 1:
            return None  # "EC": the European or the Electoral Commission
        short, full = body, spelled[0]
    else:
        letters = initials(body)
        if (
            letters is None
            or not directory.count(letters)
            or len(directory.initialled(letters)) != 1
        ):
            return None
        short, full = letters, body
    if not _articles_writing(index, full) & _articles_writing(index, short):
        return None
    return full if body == short else short


def _articles_writing(index: Index, form: str) -> set[str]:
    """Return the articles of the passages found for `form` that write it as it stands."""
    terms = tokenize(form)
    if not terms:  # "US": a stop word, nothing to find it by
        return set()
    written = re.compile(rf"(?<![\w-]){re.escape(form)}(?![\w-])")
    return {
        passage.article_id
        for passage, _ in index.engine.search(terms, _READ)
        if written.search(passage.text)
    }
