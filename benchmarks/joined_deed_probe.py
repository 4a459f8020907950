"""Probe "why has X <deed> ...?" of a deed the archive tells of another, joined by "and".

    python benchmarks/joined_deed_probe.py [--index-dir DIR] [--show KIND|all] [--json FILE]

Reads the BBC articles' sentences that open with a name and join a second past verb to their
first predicate with "and" ("Nintendo released its new DS console earlier this year and has
already raised shipment targets for the device by 40%"): the name did both.

- own: "why has <the opening name> <the joined verb> <the words after it, up to the second
  that is no stop word>", right when `found` is true (the sentence tells the deed of the one
  asked).
- another: the same asked of another name the article writes (a run of capitalised words
  of two words or more inside a sentence, sharing no word with the opening name), kept only
  when no sentence of the archive holds that name, the joined verb and the first word after it
  other than a stop word together; right when `found` is false. Fairly sure: a passage may
  tell it in other words.

Every such sentence, in the order of the articles' paths. Every question is asked through
one `qabot ask --json -` process (top 3, as `plain_eval.py`); the table gives, per kind, how
many were asked and how many were right.
"""

from __future__ import annotations

import os
import re
import sys
from typing import Any

from found_probes import run_found_probe
from speech_eval import BBC

from qabot.text import STOP_WORDS

KINDS = ("another", "own")
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
_CAPS = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*"
# "Nintendo released its ... and has already raised shipment targets"
_JOINED = re.compile(
    rf"^(?:The\s+)?(?P<name>{_CAPS})\s+[a-z]+ed\b[^,;:\"“”]*?\s+and\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:also\s+|then\s+|already\s+|later\s+)?(?P<verb>[a-z]{3,}ed)\s+(?P<rest>[a-z]+(?:\s+[a-z]+)*)"
)
_INNER_NAME = re.compile(r"(?<=[a-z,] )([A-Z][a-z]+(?:\s+[A-Z][a-z]+)+)\b")  # two words or more
_OPENERS = frozenset("The But And It He She They This That There In On At As After When".split())


def _words(rest: str) -> str:
    """Return the words of `rest` up to its second word other than a stop word ("shipment
    targets", "to improve procedures")."""
    kept: list[str] = []
    for word in rest.split():
        kept.append(word)
        if sum(w not in STOP_WORDS for w in kept) == 2:
            return " ".join(kept)
    return ""


def _first(words: str) -> str:
    """Return the first word of `words` other than a stop word."""
    return next(w for w in words.split() if w not in STOP_WORDS)


def probe_rows() -> list[dict[str, Any]]:
    """Return the probe's questions: for each sentence joining a deed by "and" whose article
    names another fitting name, an own question and an another one (so an article may give
    several pairs, or none)."""
    articles: list[tuple[str, list[str]]] = []
    for path in sorted(BBC.rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        body = text.split("\n", 1)[-1]
        sentences = [s.strip() for s in _SENTENCE.findall(body) if s.strip()]
        articles.append((path.relative_to(BBC.parent).as_posix(), sentences))
    everything = [s.casefold() for _, sentences in articles for s in sentences]
    rows: list[dict[str, Any]] = []
    for article, sentences in articles:
        for sentence in sentences:
            joined = _JOINED.match(sentence)
            if joined is None or joined["name"].split()[0] in _OPENERS:
                continue
            words = _words(joined["rest"])
            if not words:
                continue
            name, verb = joined["name"], joined["verb"]
            own = set(name.casefold().split())
            others = [
                found
                for other in sentences
                for found in _INNER_NAME.findall(other)
                if own.isdisjoint(found.casefold().split())
                and found.split()[0] not in _OPENERS
                and not any(
                    found.casefold() in text and verb in text and _first(words) in text
                    for text in everything
                )
            ]
            if not others:
                continue
            base = f"{len(rows) // 2:04d}"
            for kind, who in (("own", name), ("another", others[0])):
                rows.append(
                    {
                        "id": f"j{base}-{kind}",
                        "kind": kind,
                        "question": f"why has {who.casefold()} {verb} {words}",
                        "article": article,
                        "sentence": sentence,
                    }
                )

    return rows


def main() -> int:
    return run_found_probe(__doc__, probe_rows, KINDS, "qabot-joined-")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    sys.exit(main())
