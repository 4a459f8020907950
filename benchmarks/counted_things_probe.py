"""Probe whether "how many X" is answered by a figure that counts something else.

    python benchmarks/counted_things_probe.py OUT.jsonl
    python benchmarks/plain_eval.py --questions OUT.jsonl --index-dir DIR --show-failures

Made from the development "how many X" questions with an answer (`question_sets.pooled`) whose
X names a thing (not people), by rule: X swapped for what another such question counts, a
word its gold story writes but its answering sentence (the one holding a gold snippet) does
not, so the story's words still match and its figure counts X, not the thing asked
(no_answer; the story may count that thing elsewhere, which the probe counts as a miss to read
by hand). The originals are written too, as they are (answerable), to show what the rules
cost. Written with `plain_eval.py`'s fields, so two codes are compared by running it on each.
"""

from __future__ import annotations

import argparse
import re
import sys
import zlib
from pathlib import Path
from typing import Any

from question_sets import pooled, write_rows

from qabot.search.figure_counts import ANYONE, counted_phrase
from qabot.text import tokenize

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")  # near enough to find the snippet's sentence


def _plain(text: str) -> str:
    """Return `text` in lower case with its runs of white space one space."""
    return " ".join(text.split()).casefold()


def _answering(question: dict[str, Any], text: str) -> str | None:
    """Return the sentence of `text` holding a gold snippet of `question`, if any."""
    snippets = [_plain(snippet) for snippet in question["snippets"]]
    return next(
        (
            found.group()
            for found in _SENTENCE.finditer(text)
            if any(snippet in _plain(found.group()) for snippet in snippets)
        ),
        None,
    )


def swapped(question: dict[str, Any], text: str, things: list[str]) -> dict[str, Any] | None:
    """Return `question` asking a count of another of `things`, one its story writes and its
    answering sentence does not (no_answer), or None when none fits."""
    phrase = counted_phrase(question["question"])
    sentence = _answering(question, text)
    if not phrase or sentence is None:
        return None
    story, told = set(tokenize(text)), set(tokenize(sentence))
    asked = set(tokenize(" ".join(phrase)))
    start = zlib.crc32(question["id"].encode()) % len(things)  # the same pick every run
    for thing in things[start:] + things[:start]:
        terms = set(tokenize(thing))
        if terms & asked or not terms <= story or terms & told:
            continue
        words = question["question"].split()
        at = words.index(phrase[0])
        words[at : at + len(phrase)] = [thing]
        return {
            "id": f"{question['id']}-swap",
            "question": " ".join(words),
            "class": "no_answer",
            "articles": [],
            "snippets": [],
        }
    return None


def main() -> int:
    """Write the probe's questions."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    here = Path(__file__).resolve().parent
    parser.add_argument("--corpora", type=Path, default=here.parent.parent / "shared/corpora")
    args = parser.parse_args()
    asked = [
        question
        for question in pooled("plain", "development")
        if question["class"] != "no_answer"
        and len(question["articles"]) == 1
        and len(counted_phrase(question["question"])) == 1
        and not set(tokenize(counted_phrase(question["question"])[0])) & ANYONE
    ]
    things = sorted({counted_phrase(question["question"])[0].casefold() for question in asked})
    rows: list[dict[str, Any]] = []
    for question in asked:
        path = args.corpora / question["articles"][0]
        if not path.is_file():
            continue
        made = swapped(question, path.read_text(encoding="utf-8", errors="replace"), things)
        if made is not None:
            original = {key: value for key, value in question.items() if key != "set"}
            rows += [original, made]
    write_rows(args.out, rows)
    print(f"{len(rows)} questions written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
