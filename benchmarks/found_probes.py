"""The run of a probe whose questions are right by `found` alone: "own" questions (the archive
tells what is asked of the one asked) are right when `found` is true, every other kind when it
is false. `said_by_another_probe.py` and `joined_deed_probe.py` differ only in the rows they
ask; this asks them and prints the table per kind.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from plain_eval import TOP
from question_sets import probe_parser, write_rows
from speech_eval import ask_all, build_index, corpora_missing, linked_corpus


def run_found_probe(
    doc: str, rows_of: Callable[[], list[dict[str, Any]]], kinds: Sequence[str], prefix: str
) -> int:
    """Read the probe's options (`doc` its usage), make its rows (`rows_of`: each with "id",
    "kind", "question" and "sentence"), ask them through one `qabot ask --json -` process (top
    TOP) on an index of the archive (its folder named by `prefix`), and print per kind how many
    were asked and how many were right, the wrong ones of the kind `--show` names listed."""
    parser = probe_parser(doc, "list the wrong answers of one kind (or 'all')", leave_out=False)
    args = parser.parse_args()
    if corpora_missing():
        return 0
    rows = rows_of()
    with linked_corpus(args.index_dir, prefix) as (articles, index_dir):
        build_index(articles, index_dir)
        answers, _ = ask_all([r["question"] for r in rows], articles, index_dir, TOP)
    print(f"\n{'kind':<10}{'n':>6}{'right':>8}")
    for row, (answer, _) in zip(rows, answers, strict=True):
        row["found"] = bool(answer.get("found"))
        row["right"] = row["found"] == (row["kind"] == "own")
        row["lead"] = answer.get("lead", "")
    for kind in kinds:
        group = [r for r in rows if r["kind"] == kind]
        print(f"{kind:<10}{len(group):>6}{sum(r['right'] for r in group):>8}")
        for r in group if args.show in {kind, "all"} else []:
            if not r["right"]:
                print(f"    {r['id']}: {r['question']}\n        {r['sentence'][:160]}")
    if args.json:
        write_rows(args.json, rows)
    return 0
