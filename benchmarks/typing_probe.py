"""Probe how answers hold when the same question is typed with other capitals or a misspelling.

    python benchmarks/typing_probe.py [--index-dir DIR] [--kinds plain,speech] [--show WAY|all]
        [--json FILE]

Reads the development questions (the odd halves of the plain and speech sets, the first speech
set whole, never an even half nor a set written this session: LEAVE_OUT) and re-types each in
the ways readers type: every word Capitalised, sentence case with names capitalised, names in
ALL CAPS, the first word alone capitalised, initialisms in lower case ("bbc", "uk"), common
words the archive sometimes capitalises typed with one mid-sentence ("the Government", "the
Bank"), one content word misspelt (a letter dropped, doubled, two swapped or a vowel changed),
and all in lower case. What a word is comes from the BBC articles themselves (not a list): a
name is a word written with a capital away from a sentence's opening in at least NAME_SHARE of
its uses, an initialism one written in capitals in at least INITIALISM_SHARE, a sometimes
capitalised word one written with a capital in COMMON_SHARE of its uses.

Every wording is asked through one `qabot ask --json -` process and scored by the rule of its
benchmark (`plain_eval.score`, `speech_eval.score`), both with the plain benchmark's top 3
(the speech benchmark shows 5: a few what-said questions right there are wrong here, as typed
and re-typed alike). The table gives, per way and class, the
questions the way changes, how many the typed question answers right, how many the re-typed
one does, and the losses (typed right, re-typed wrong) and gains: the answer should depend on
the words, not on how they are capitalised.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import plain_eval
import speech_eval
from question_sets import WRITTEN_THIS_SESSION, pooled, write_rows
from speech_eval import BBC, ask_all, build_index, corpora_missing, linked_corpus

LEAVE_OUT = WRITTEN_THIS_SESSION
NAME_SHARE = 0.9
INITIALISM_SHARE = 0.6
COMMON_SHARE = (0.1, 0.9)
COMMON_USES = 20  # uses a sometimes capitalised word needs (rarer ones tell little)
_WORD = re.compile(r"[^\W\d_]+(?=['’][sS]\b)|[^\W\d_]+(?:['’][^\W\d_]+)?")  # "uk" of "uk's"
# a word at an opening: of a line, after a sentence's end, a colon or a quote mark
_OPENING = re.compile(r"(?:^|[.!?:;]\s+|[\"“‘(]\s*|\n\s*)$")
VOWELS = "aeiou"
SMALL = frozenset(
    "a an the of in on at to for and or but by with from about as is are was were be been "
    "has have had do does did what who whom which when where why how that this these those "
    "it its his her their they he she we you i me my our your not no yes any some many "
    "much more most than into over after before during under up down out off if so said "
    "say says tell told".split()
)


@dataclass(frozen=True, slots=True)
class Writing:
    """How the archive writes a word (its folded form), away from openings."""

    uses: int
    capital: int  # written with a capital first letter (initialisms included)
    upper: int  # written all in capitals, two letters at least

    def name(self) -> bool:
        return self.uses >= 2 and self.capital >= NAME_SHARE * self.uses

    def initialism(self) -> bool:
        return self.uses >= 2 and self.upper >= INITIALISM_SHARE * self.uses

    def sometimes(self) -> bool:
        low, high = COMMON_SHARE
        return self.uses >= COMMON_USES and low * self.uses <= self.capital < high * self.uses


def archive_writing() -> dict[str, Writing]:
    """Count, per folded word of the BBC articles, its uses away from an opening and how many
    are written with a capital and all in capitals."""
    uses: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for path in sorted(BBC.glob("*/*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for match in _WORD.finditer(text):
            if _OPENING.search(text[max(0, match.start() - 3) : match.start()]):
                continue
            word = match.group()
            key = word.casefold()
            uses[key] += 1
            if word[0].isupper():
                capital[key] += 1
                if len(word) >= 2 and word.isupper():
                    upper[key] += 1
    return {key: Writing(n, capital[key], upper[key]) for key, n in uses.items()}


Way = Callable[[str, str], str | None]  # (question, its id) -> the re-typed question or None


class Typist:
    """Re-types questions in the ways readers do, each word read by how the archive writes it."""

    def __init__(self, writing: dict[str, Writing]) -> None:
        self.writing = writing

    def _of(self, word: str) -> Writing:
        return self.writing.get(word.casefold(), Writing(0, 0, 0))

    def _retype(self, question: str, form: Callable[[str, int], str]) -> str:
        words = iter(range(10_000))
        return _WORD.sub(lambda m: form(m.group(), next(words)), question)

    def _proper(self, word: str) -> str:
        """The word as the archive writes it: an initialism in capitals, a name with one."""
        writing = self._of(word)
        if writing.initialism():
            return word.upper()
        if writing.name():
            return word[0].upper() + word[1:].casefold() if word.islower() else word
        return word

    def sentence(self, question: str, _: str) -> str:
        """First word and names capitalised, initialisms in capitals, and a word the archive
        does not hold beside a name capitalised too (a reader capitalises "Angela Merkel"
        whole, though the archive never names her)."""
        folded = question.casefold()
        words = [m.group() for m in _WORD.finditer(folded)]
        named = [self._of(w).name() or self._of(w).initialism() for w in words]

        def form(word: str, at: int) -> str:
            unheld = self._of(word).uses < 2 and word.isalpha() and word not in SMALL
            beside = (at > 0 and named[at - 1]) or (at + 1 < len(named) and named[at + 1])
            if unheld and beside:
                return word[0].upper() + word[1:]
            return self._proper(word)

        typed = self._retype(folded, form)
        return typed[:1].upper() + typed[1:]

    def title(self, question: str, _: str) -> str:
        """Every word capitalised, initialisms in capitals."""

        def form(word: str, _: int) -> str:
            if word.casefold() == "s":
                return word.casefold()  # of "'s"
            proper = self._proper(word.casefold())
            return proper if proper.isupper() else word[0].upper() + word[1:].casefold()

        return self._retype(question, form)

    def names_upper(self, question: str, _: str) -> str:
        """Names and initialisms in capitals, the rest as typed."""

        def form(word: str, _: int) -> str:
            writing = self._of(word)
            return word.upper() if writing.name() or writing.initialism() else word

        return self._retype(question, form)

    def first_only(self, question: str, _: str) -> str:
        """The first word capitalised, every other in lower case."""
        folded = question.casefold()
        return folded[:1].upper() + folded[1:]

    def lower(self, question: str, _: str) -> str:
        return question.casefold()

    def initialisms_lower(self, question: str, _: str) -> str:
        """Sentence case, but initialisms in lower case ("the bbc", "uk")."""

        def form(word: str, _: int) -> str:
            return word.casefold() if self._of(word).initialism() else word

        return self._retype(self.sentence(question, _), form)

    def common_capitals(self, question: str, _: str) -> str:
        """Sentence case, and the words the archive sometimes writes with a capital typed with
        one ("the Government", "the Bank", "Chancellor")."""

        def form(word: str, _: int) -> str:
            if word.islower() and word not in SMALL and self._of(word).sometimes():
                return word[0].upper() + word[1:]
            return word

        return self._retype(self.sentence(question, _), form)

    def typo(self, question: str, qid: str) -> str | None:
        """One content word (the longest of five letters or more) misspelt, the way chosen by
        the question's id: a letter dropped, doubled, two swapped or a vowel changed."""
        words = [m for m in _WORD.finditer(question) if m.group().casefold() not in SMALL]
        words = [m for m in words if len(m.group()) >= 5 and m.group().isalpha()]
        if not words:
            return None
        match = max(words, key=lambda m: len(m.group()))
        word = match.group()
        seed = zlib.crc32(qid.encode())
        middle = len(word) // 2
        kind = seed % 4
        if kind == 0:
            wrong = word[:middle] + word[middle + 1 :]
        elif kind == 1:
            wrong = word[:middle] + word[middle] + word[middle:]
        elif kind == 2:
            wrong = word[: middle - 1] + word[middle] + word[middle - 1] + word[middle + 1 :]
        else:
            inner = [i for i in range(1, len(word) - 1) if word[i] in VOWELS]
            if not inner:
                return None
            at = inner[seed // 4 % len(inner)]
            other = VOWELS[(VOWELS.index(word[at]) + 1 + seed // 16 % 4) % 5]
            wrong = word[:at] + other + word[at + 1 :]
        if wrong == word:
            return None
        return question[: match.start()] + wrong + question[match.end() :]

    def ways(self) -> dict[str, Way]:
        return {
            "sentence": self.sentence,
            "title": self.title,
            "names upper": self.names_upper,
            "first only": self.first_only,
            "lower": self.lower,
            "initialisms low": self.initialisms_lower,
            "common capitals": self.common_capitals,
            "typo": self.typo,
        }


def questions(kinds: list[str]) -> list[dict[str, Any]]:
    """The development questions of `kinds`, each with its benchmark, class and a unique key."""
    kept: list[dict[str, Any]] = []
    for kind in kinds:
        for i, q in enumerate(pooled(kind, "development", LEAVE_OUT)):
            cls = q["class"] if kind == "plain" else q["type"]
            if kind == "plain":
                cls = "no_answer" if cls == "no_answer" else "answerable"
            kept.append({**q, "bench": kind, "cls": cls, "key": f"{kind}:{i}:{q['id']}"})
    return kept


def right(question: dict[str, Any], answer: dict[str, Any]) -> bool:
    if question["bench"] == "plain":
        return plain_eval.score(question, answer)[0]
    return speech_eval.score(question, answer)[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index-dir", type=Path)
    parser.add_argument("--kinds", default="plain,speech", help="plain, speech or both")
    parser.add_argument("--ways", help="only these ways, comma-separated (typed always)")
    parser.add_argument("--show", help="list the losses of one way (or 'all')")
    parser.add_argument("--json", type=Path, help="write every wording and its outcome here")
    args = parser.parse_args()
    if corpora_missing():
        return 0
    typist = Typist(archive_writing())
    asked: list[tuple[str, dict[str, Any], str]] = []  # (way, question, wording)
    for q in questions(args.kinds.split(",")):
        asked.append(("typed", q, q["question"]))
        for label, way in typist.ways().items():
            if args.ways and label not in args.ways.split(","):
                continue
            wording = way(q["question"], q["id"])
            if wording and wording != q["question"]:
                asked.append((label, q, wording))
    with linked_corpus(args.index_dir, "qabot-typing-") as (articles, index_dir):
        build_index(articles, index_dir)
        answers, _ = ask_all([text for _, _, text in asked], articles, index_dir, plain_eval.TOP)
    outcome: dict[tuple[str, str], bool] = {}
    rows: list[dict[str, Any]] = []
    for (label, q, text), (answer, _) in zip(asked, answers, strict=True):
        outcome[(label, q["key"])] = right(q, answer)
        rows.append(
            {
                "way": label,
                "key": q["key"],
                "cls": q["cls"],
                "question": text,
                "correct": outcome[(label, q["key"])],
            }
        )
    print(f"\n{len(asked)} wordings of {sum(a[0] == 'typed' for a in asked)} questions\n")
    print(f"{'way':<17}{'class':<17}{'n':>5}{'typed':>7}{'re-typed':>10}{'lost':>6}{'gained':>8}")
    texts = {(r["way"], r["key"]): r["question"] for r in rows}
    classes = sorted({r["cls"] for r in rows})
    for label in ["typed", *(w for w in typist.ways() if not args.ways or w in args.ways)]:
        for cls in classes:
            keys = [r["key"] for r in rows if r["way"] == label and r["cls"] == cls]
            if not keys:
                continue
            typed = sum(outcome[("typed", k)] for k in keys)
            retyped = sum(outcome[(label, k)] for k in keys)
            lost = [k for k in keys if outcome[("typed", k)] and not outcome[(label, k)]]
            gained = [k for k in keys if outcome[(label, k)] and not outcome[("typed", k)]]
            print(
                f"{label:<17}{cls:<17}{len(keys):>5}{typed:>7}{retyped:>10}{len(lost):>6}"
                f"{len(gained):>8}"
            )
            if args.show in {label, "all"} and label != "typed":
                for k in lost:
                    print(f"    lost {k}: {texts[(label, k)]}  | typed: {texts[('typed', k)]}")
    if args.json:
        write_rows(args.json, rows)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    sys.exit(main())
