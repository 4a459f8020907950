"""Record the answers of `qabot ask --json -` to a question set, to diff them across a change.

    python benchmarks/answer_diff.py record --index-dir DIR --questions FILE OUT.jsonl
    python benchmarks/answer_diff.py record --full --index-dir DIR --questions FILE OUT.jsonl
    python benchmarks/answer_diff.py record --ids odd --index-dir DIR --questions SET.jsonl OUT
    python benchmarks/answer_diff.py diff BEFORE.jsonl AFTER.jsonl

FILE is read as `answer_profile.py` reads it (a scale.py questions file, asked as scale.py's
real-query asks them, or with --as-is one question a line; or a JSON Lines file of speech
questions). `record` writes each
question's answer (one JSON line, as `qabot ask --json -` prints it); with --full, every
field of `answer()` the JSON leaves out (its lead line, `more`, suggestion, `more_from`, topic,
the span each passage emphasises) and the second page's JSON and lead, answered in this
process; `diff` names every question whose answer changed and the keys that differ, and exits
1 when any did.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from answer_profile import read_questions
from question_sets import QABOT


def record(
    index_dir: Path, questions: Path, out: Path, top: int, as_is: bool, ids: str | None
) -> int:
    asked = read_questions(questions, as_is, ids)
    generation = index_dir / (index_dir / "CURRENT").read_text().strip()
    articles = json.loads((generation / "meta.json").read_text())["articles_dir"]
    command = [*QABOT, "ask", "--json", "-", "--index-dir", str(index_dir)]
    done = subprocess.run(
        [*command, "--articles", articles, "--top", str(top)],
        input="".join(" ".join(q.split()) + "\n" for q in asked),
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if done.returncode != 0:
        print(done.stderr.strip(), file=sys.stderr)
        return 1
    out.write_text(done.stdout, encoding="utf-8")
    print(f"{len(done.stdout.splitlines())} answers written to {out}")
    return 0


def record_full(
    index_dir: Path, questions: Path, out: Path, top: int, as_is: bool, ids: str | None
) -> int:
    """Record every field of `answer()` per question, and its second page (see the docstring)."""
    from qabot.indexing import load_index
    from qabot.search import answer

    index = load_index(index_dir)
    with out.open("w", encoding="utf-8") as written:
        for question in read_questions(questions, as_is, ids):
            result = answer(index, question, top=top)
            then = answer(index, question, top=top, offset=top)
            row = result.to_json() | {
                "lead": result.lead,
                "more": result.more,
                "suggestion": result.suggestion,
                "more_from": result.more_from,
                "topic": result.topic,
                "emphasis": [hit.emphasis for hit in result.passages],
                "page_2": then.to_json() | {"lead": then.lead, "more": then.more},
            }
            written.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"answers written to {out}")
    return 0


def diff(before: Path, after: Path) -> int:
    old = before.read_text(encoding="utf-8").splitlines()
    new = after.read_text(encoding="utf-8").splitlines()
    changed = 0
    for a, b in zip(old, new, strict=False):
        if a != b:
            left, right = json.loads(a), json.loads(b)
            keys = sorted(k for k in left.keys() | right.keys() if left.get(k) != right.get(k))
            print(f"{left.get('question')!r}: {', '.join(keys)}")
            changed += 1
    if len(old) != len(new):
        print(f"{len(old)} answers before, {len(new)} after")
        changed += 1
    print(f"{changed} of {len(old)} answers differ")
    return 1 if changed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    rec = commands.add_parser("record")
    rec.add_argument("--index-dir", type=Path, required=True)
    rec.add_argument("--questions", type=Path, required=True)
    rec.add_argument("--top", type=int, default=3)
    rec.add_argument("--as-is", action="store_true", help="FILE: one question a line, as is")
    rec.add_argument("--full", action="store_true", help="every field of answer(), page 2 too")
    rec.add_argument("--ids", choices=("odd", "even"), help="JSON Lines: one id parity only")
    rec.add_argument("out", type=Path)
    dif = commands.add_parser("diff")
    dif.add_argument("before", type=Path)
    dif.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "record" and args.full:
        return record_full(
            args.index_dir, args.questions, args.out, args.top, args.as_is, args.ids
        )
    if args.command == "record":
        return record(args.index_dir, args.questions, args.out, args.top, args.as_is, args.ids)
    return diff(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
