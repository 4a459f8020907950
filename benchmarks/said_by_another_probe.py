"""Probe "what did X say about Y" of someone the archive names but whose words another reports.

    python benchmarks/said_by_another_probe.py [--index-dir DIR] [--show KIND|all] [--json FILE]

Reads the BBC articles' sentences that name a person (a first name of the lexicon and a
capitalised word) and end in a clause of saying:

- another: the clause has a subject of its own ("Presenter X and Y's show will not return to
  screens, the BBC has said", "the life of X is to be made into a film, it has been
  announced"), and no sentence of the archive tells the person saying anything ("X said",
  "said X") or holds a quote beside their name, so nothing tells what they said: asked "what
  did <name> say about <the first three other lower-case words before the clause>", right
  when `found` is false. Fairly sure: a passage may tell their words another way.
- own: a sentence opening with the person saying something ("X said the plan was fair", "X,
  the club's chairman, said ..."), no quote in it: the same question of the words after the
  verb, right when `found` is true (their words, or a passage telling them).

One question a person, in the order of the articles' paths. Every question is asked through
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
from qabot.text.lexicon import first_name_gender

KINDS = ("another", "own")
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
_NAME = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
_VERBS = r"said|says|reported|announced|confirmed|revealed|claimed|believed|understood"
# "..., the BBC has said." / "..., it has been reported."
_ANOTHER = re.compile(
    rf",\s+(?P<who>(?!(?:he|she|they|who|I|we)\b)[\w'’-]+(?:\s+[\w'’-]+){{0,3}}?)"
    rf"\s+(?:has\s+|have\s+|had\s+)?(?:been\s+)?(?:{_VERBS})\.$"
)
_WORD = re.compile(r"[A-Za-z][a-z'-]+")
_QUOTED = re.compile(r"[\"“”]")


def _topic(clause: str, name: str) -> str:
    """Return the first three lower-case words of `clause` other than stop words and `name`."""
    own = set(name.casefold().split())
    words = [
        w
        for w in _WORD.findall(clause)
        if w.islower() and w not in STOP_WORDS and w.casefold() not in own
    ]
    return " ".join(words[:3])


def _own(name: str, sentence: str) -> re.Match[str] | None:
    """Return where `sentence` tells `name` saying something ("X said", "X, the chairman,
    said", "said X"), else None."""
    return re.search(
        rf"\b{name}(?:,[^,]{{3,60}},)?\s+(?:said|says|told|added)\b|\b(?:said|says)\s+"
        rf"(?:[a-z]+\s+){{0,4}}{name}\b",
        sentence,
    )


def probe_rows() -> list[dict[str, Any]]:
    """Return the probe's questions, one a person, from the BBC articles' sentences."""
    speaking: set[str] = set()  # names told saying something, or in a sentence with a quote
    sentences: list[tuple[str, str]] = []
    for path in sorted(BBC.rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        article = path.relative_to(BBC.parent).as_posix()
        for sentence in _SENTENCE.findall(text.split("\n", 1)[-1]):
            sentence = sentence.strip()
            sentences.append((article, sentence))
            for first, last in _NAME.findall(sentence):
                name = f"{first} {last}"
                if _QUOTED.search(sentence) or _own(name, sentence) or _own(last, sentence):
                    speaking.add(name)
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for article, sentence in sentences:
        for first, last in _NAME.findall(sentence):
            name = f"{first} {last}"
            if name in seen or first_name_gender(first) is None or _QUOTED.search(sentence):
                continue  # (a quote in the sentence is theirs or another's: not read here)
            own = _own(name, sentence)
            another = _ANOTHER.search(sentence)
            if own is not None and sentence.startswith(name):
                topic = _topic(sentence[own.end() :], name)
                kind = "own"
            elif another is not None and name not in speaking and last not in another["who"]:
                topic = _topic(sentence[: another.start()], name)
                kind = "another"
            else:
                continue
            if len(topic.split()) < 2:
                continue
            seen.add(name)
            question = f"what did {name.casefold()} say about {topic}"
            rows.append(
                {
                    "id": f"s{len(rows):04d}-{kind}",
                    "kind": kind,
                    "question": question,
                    "article": article,
                    "sentence": sentence,
                }
            )
    return rows


def main() -> int:
    return run_found_probe(__doc__, probe_rows, KINDS, "qabot-said-")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    sys.exit(main())
