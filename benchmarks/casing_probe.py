"""Count the answers that change when only the capitals of a question change.

    python benchmarks/casing_probe.py [--index-dir DIR] [--kinds plain,speech]
        [--ways capitalised,title,sentence,lower] [--half first|second] [--json FILE]
        [--show WAY]

Asks every development question (plain and speech; the sets being written this session left
out: LEAVE_OUT) as typed and re-typed in other capitals: `capitalised` (plain_eval's: words
the archive mostly writes with a capital typed with one), `title` (every word capitalised),
`sentence` (first word and names capitalised) and `lower`, through one `qabot ask --json -`
process (top 3). An answer differs from the typed question's when its first passage (article
and text), its first quote (speaker and text) or `found` differ. The answer should depend on
the words, not on their case: the table gives, per way and kind, the questions re-typed, the
answers that differ (and in what), and the benchmark's right answers typed and re-typed
(both scored with the plain benchmark's top 3). `--half` keeps every other question of the
pool by position, to fit a change on one half and check it on the other.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

import plain_eval
import typing_probe
from question_sets import WRITTEN_THIS_SESSION, write_rows
from speech_eval import ask_all, build_index, corpora_missing, linked_corpus
from typing_probe import Typist, archive_writing, questions, right

LEAVE_OUT = WRITTEN_THIS_SESSION
WAYS = ("capitalised", "title", "sentence", "lower")


def signature(answer: dict[str, Any]) -> dict[str, Any]:
    """What a reader sees first: `found`, the first passage and the first quote."""
    passages = answer.get("passages") or []
    quotes = answer.get("quotes") or []
    first = passages[0] if passages else None
    quote = quotes[0] if quotes else None
    return {
        "found": bool(answer.get("found")),
        "passage": (first["article"]["id"], first["text"][:200]) if first else None,
        "quote": (quote.get("speaker"), quote.get("text", "")[:200]) if quote else None,
    }


def differences(typed: dict[str, Any], other: dict[str, Any]) -> list[str]:
    return [key for key in ("found", "passage", "quote") if typed[key] != other[key]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index-dir", type=Path)
    parser.add_argument("--kinds", default="plain,speech")
    parser.add_argument("--ways", default=",".join(WAYS))
    parser.add_argument("--half", choices=("first", "second"), help="by position in the pool")
    parser.add_argument("--json", type=Path, help="write every wording, answer and outcome here")
    parser.add_argument("--show", help="list the differing answers of one way")
    args = parser.parse_args()
    if corpora_missing():
        return 0
    typing_probe.LEAVE_OUT = LEAVE_OUT
    ways = args.ways.split(",")
    typist = Typist(archive_writing())
    pool = questions(args.kinds.split(","))
    if args.half:
        pool = [q for i, q in enumerate(pool) if (i % 2 == 0) == (args.half == "first")]
    asked: list[tuple[str, dict[str, Any], str]] = [("typed", q, q["question"]) for q in pool]
    with linked_corpus(args.index_dir, "qabot-casing-") as (articles, index_dir):
        build_index(articles, index_dir)
        for way in ways:
            if way == "capitalised":
                texts = plain_eval.capitalised([q["question"] for q in pool], index_dir)
            elif way == "title":
                texts = [typist.title(q["question"], q["id"]) for q in pool]
            elif way == "sentence":
                texts = [typist.sentence(q["question"], q["id"]) for q in pool]
            else:
                texts = [q["question"].casefold() for q in pool]
            asked += [(way, q, t) for q, t in zip(pool, texts, strict=True)]
        answers, _ = ask_all([text for _, _, text in asked], articles, index_dir, plain_eval.TOP)
    rows: list[dict[str, Any]] = []
    typed_sig: dict[str, dict[str, Any]] = {}
    for (way, q, text), (answer, _) in zip(asked, answers, strict=True):
        sig = signature(answer)
        if way == "typed":
            typed_sig[q["key"]] = sig
        rows.append(
            {
                "way": way,
                "key": q["key"],
                "bench": q["bench"],
                "cls": q["cls"],
                "question": text,
                "typed": q["question"],
                "correct": right(q, answer),
                "differs": [] if way == "typed" else differences(typed_sig[q["key"]], sig),
                "same_text": text == q["question"],
                **sig,
            }
        )
    correct = {(r["way"], r["key"]): r["correct"] for r in rows}
    print(f"\n{len(asked)} wordings of {len(pool)} questions\n")
    print(
        f"{'way':<13}{'kind':<8}{'n':>6}{'re-typed':>9}{'differ':>8}{'found':>7}{'passage':>8}"
        f"{'quote':>7}{'typed':>7}{'re-typed':>9}"
    )
    for way in ways:
        for bench in args.kinds.split(","):
            mine = [r for r in rows if r["way"] == way and r["bench"] == bench]
            changed = [r for r in mine if not r["same_text"]]
            differ = [r for r in mine if r["differs"]]
            counts = [
                sum(key in r["differs"] for r in differ) for key in ("found", "passage", "quote")
            ]
            typed = sum(correct[("typed", r["key"])] for r in mine)
            print(
                f"{way:<13}{bench:<8}{len(mine):>6}{len(changed):>9}{len(differ):>8}"
                f"{counts[0]:>7}{counts[1]:>8}{counts[2]:>7}{typed:>7}"
                f"{sum(r['correct'] for r in mine):>9}"
            )
            if args.show == way:
                for r in differ:
                    mark = {(True, False): "LOST", (False, True): "GAIN"}.get(
                        (correct[("typed", r["key"])], r["correct"]), "    "
                    )
                    print(f"  {mark} {r['key']} {'/'.join(r['differs'])}: {r['question']}")
    if args.json:
        write_rows(args.json, rows)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    sys.exit(main())
