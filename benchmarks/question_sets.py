"""Every question set's development or unseen part, pooled into one run.

The rule the sets follow (README, "Speech questions, measured"): the first speech set is a
development set whole and the third an unseen one whole; every other set, speech or plain, is
split by the parity of its ids, odd ids for development, even ids unseen. A set written in a
session is unseen whole in that session: leave it out of the pool (`--leave-out`) and run it on
its own with `--questions`. Pooling every set into one `qabot ask` process makes a session's
start and end runs a few minutes instead of one process a set.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
# how the benchmarks run qabot: `-P` keeps the working folder off sys.path (`python -m` puts it
# first, before PYTHONPATH, so a run from another checkout answered with that checkout's code,
# not the tree PYTHONPATH names)
QABOT = (sys.executable, "-P", "-m", "qabot")
PARTS = ("development", "unseen")
# the sets that are not split by parity, and the part each belongs to whole
WHOLE = {"speech_questions.jsonl": "development", "speech_questions_third.jsonl": "unseen"}
# the sets written in the running session, unseen whole until the next one starts: the probes
# leave them out of their development pool. One place to set at a session's start (empty: last
# session's sets are development now) and when a new set lands; `--leave-out` adds others.
WRITTEN_THIS_SESSION: tuple[str, ...] = (
    "speech_questions_sixtythird.jsonl",
    "plain_questions_fiftythird.jsonl",
)


def id_parity(question_id: str) -> str | None:
    """'odd' or 'even' by the number that ends a question id (h007 is odd); None without one."""
    digits = re.search(r"(\d+)$", question_id)
    if digits is None:
        return None
    return "odd" if int(digits.group(1)) % 2 else "even"


def set_files(kind: str, folder: Path = HERE) -> list[Path]:
    """Return the files of every set of `kind` ("speech" or "plain") in `folder`, by name."""
    return sorted(folder.glob(f"{kind}_questions*.jsonl"))


def pooled(
    kind: str, part: str, leave_out: tuple[str, ...] = (), folder: Path = HERE
) -> list[dict[str, Any]]:
    """Return the questions of `part` ("development" or "unseen") of every set of `kind`, each
    with the name of its set file under "set" (ids repeat across sets). The sets named in
    WRITTEN_THIS_SESSION are always left out (a run that forgot `--leave-out` took in a blind
    set's half in the forty-fifth session); run such a set with `--questions`."""
    parity = "odd" if part == "development" else "even"
    left_out = {
        *WRITTEN_THIS_SESSION,
        *leave_out,
    }  # a set written this session is blind: never pooled
    kept: list[dict[str, Any]] = []
    for path in set_files(kind, folder):
        if path.name in left_out:
            continue
        whole = WHOLE.get(path.name)
        for line in path.read_text().splitlines():
            if not line.strip():
                continue
            question = json.loads(line)
            if whole == part or (whole is None and id_parity(question["id"]) == parity):
                kept.append({**question, "set": path.name})
    return kept


def write_rows(path: Path, rows: list[dict[str, Any]]) -> None:
    """Write a probe's `rows` to `path` as JSON lines, one a row (non-ASCII text kept)."""
    path.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in rows) + "\n")


def by_set(sets: list[str], correct: list[bool]) -> list[str]:
    """Return a table's lines: per set, the questions right of those asked."""
    totals: dict[str, list[int]] = {}
    for name, right in zip(sets, correct, strict=True):
        counts = totals.setdefault(name, [0, 0])
        counts[0] += right
        counts[1] += 1
    return [f"  {name:<44}{right:>5}/{n}" for name, (right, n) in totals.items()]


def probe_parser(doc: str, show: str, *, leave_out: bool = True) -> argparse.ArgumentParser:
    """Return the options every probe takes: the index, the variants to list (`show` says
    which), where to write every variant, and the sets to leave out of the pool (a set
    written this session, unseen until it ends)."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--index-dir", type=Path)
    parser.add_argument("--show", help=show)
    parser.add_argument("--json", type=Path, help="write every variant and its outcome here")
    if leave_out:
        parser.add_argument(
            "--leave-out", action="append", default=[], help="a set file to leave out"
        )
    return parser
