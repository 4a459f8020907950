"""The count of a person's words left to show ("(34+ more quotes from X: type “more” ...)")
falls by what each "more" shows, as the reader counts, and the last page has none; through a
real `qabot console`. It stayed "34+" page after page: each "more" ranked the words left anew,
and the ranking stops at MAX_QUOTES."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qabot.search.speaker_quotes import MAX_QUOTES
from tests.support.processes import qabot

pytestmark = pytest.mark.e2e

_NOUNS = "bridge harbour school library market station clinic museum garden tunnel stadium".split()
_VERBS = "reopen expand close improve rebuild double shrink modernise".split()
_SEASONS = "spring summer autumn winter".split()
SAID = 66  # more than MAX_QUOTES, each of other words


def _quote(number: int) -> str:
    noun, verb = _NOUNS[number % len(_NOUNS)], _VERBS[number // len(_NOUNS) % len(_VERBS)]
    season = _SEASONS[number % len(_SEASONS)]
    return f'"Our {noun} in ward {number + 1} will {verb} before {season}," Mayor Ana Ruiz said.'


ARTICLES = {
    f"plan{story}.txt": f"Council plans for district {story + 1}\n\n"
    + "\n\n".join(_quote(number) for number in range(story * 11, story * 11 + 11))
    + "\n"
    for story in range(SAID // 11)
}
_NOTE = re.compile(r"\((\d*)(\+?) ?more quotes? from Ana Ruiz: type “more” to see them\)")
_PAGE = re.compile(r"quotes? (\d+)(?:-(\d+))?\):")


def test_each_more_counts_what_is_left_and_the_last_page_says_none(workdir: Path) -> None:
    assert SAID > MAX_QUOTES
    shown = qabot(
        "console", cwd=workdir, stdin="what did ana ruiz say?\n" + "more\n" * 6 + ":quit\n"
    )
    assert shown.returncode == 0, shown.stderr
    answers = shown.stdout.split("qabot> ")[1:-1]  # after the banner, before :quit
    seen, counts = 0, []
    for number, text in enumerate(answers):
        text = " ".join(text.replace(">", " ").split())  # quotes wrapped on lines of their own
        quotes = len(re.findall(r"Ana Ruiz said\.", text))
        if not quotes:
            assert text.startswith("Nothing more from Ana Ruiz in the articles."), text
            assert seen == SAID
            continue
        if number:
            assert (found := _PAGE.search(text)), text
            assert int(found[1]) == seen + 1
        seen += quotes
        note = _NOTE.search(text)
        if seen == SAID:
            assert note is None, text  # nothing left: no count
            continue
        assert note is not None, text
        if number == 0:  # ranking stopped at MAX_QUOTES: at least this many
            assert note[1] == str(MAX_QUOTES - quotes) and note[2] == "+", text
        else:  # a count only when exact: never the first "34+" again
            assert note[1] == "" or (note[1] == str(SAID - seen) and not note[2]), text
        counts.append(note[1])
    assert seen == SAID
    assert "" in counts and counts[-1].isdigit()  # "more quotes" while uncounted, then exact
