"""Not a script: the set-up the "who said ...?" variant probes share (`who_said_honesty_probe.py`,
`closest_probe.py`). Each asks variants of the development who-said questions qabot answers
right, so each needs the same things first: the questions, qabot's answers to them in this
process (index built or reused), which are right (the gold speaker first), one half of those
with `--half`, and with `--again` the variants an earlier `--json` run wrote, so that two codes
are compared on one list (the variants made depend on which questions a code answers right).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from question_sets import pooled, probe_parser
from speech_eval import TOP, build_index, linked_corpus, score, unique_ids

Question = dict[str, Any]


@dataclass(frozen=True, kw_only=True)
class RightRun:
    """The development who-said questions as this code answers them, and a way to ask more."""

    kept: list[Question]  # every development who-said question, ids unique
    firsts: list[Any]  # qabot's answer to each (`qabot.search.Answer`)
    marks: list[bool]  # whether each is right: the gold speaker first
    right: list[tuple[Question, Any]]  # the right ones with their answers (one half: --half)
    index_dir: Path
    ask: Callable[[str], Any]  # answer a question of our own (top as speech_eval.py asks)


def variant_parser(doc: str, show: str) -> argparse.ArgumentParser:
    """Return the options of a variant probe: `probe_parser`'s, `--half` and `--again`."""
    parser = probe_parser(doc, show)
    parser.add_argument("--half", choices=("first", "second"), help="one half of the right ones")
    parser.add_argument("--again", type=Path, help="ask the variants of an earlier --json run")
    return parser


@contextmanager
def right_who_said(args: argparse.Namespace, prefix: str) -> Iterator[RightRun]:
    """Build (or reuse) the index of the corpora, answer every development who-said question,
    and yield what was answered, the index open for more questions until the block ends."""
    from qabot.indexing import load_index
    from qabot.search import answer

    questions = unique_ids(pooled("speech", "development", tuple(args.leave_out)))
    kept = [q for q in questions if q["type"] == "who_said"]
    with linked_corpus(args.index_dir, prefix) as (articles, index_dir):
        build_index(articles, index_dir)
        index = load_index(index_dir)

        def ask(text: str) -> Any:
            return answer(index, text, top=TOP)

        firsts = [ask(q["question"]) for q in kept]
        marks = [score(q, a.to_json())[0] for q, a in zip(kept, firsts, strict=True)]
        right = [(q, a) for q, a, ok in zip(kept, firsts, marks, strict=True) if ok]
        if args.half:
            middle = len(right) // 2
            right = right[:middle] if args.half == "first" else right[middle:]
        yield RightRun(
            kept=kept, firsts=firsts, marks=marks, right=right, index_dir=index_dir, ask=ask
        )


def asked_again(
    path: Path, kept: list[Question], kinds: Collection[str]
) -> list[tuple[dict[str, Any], Question]]:
    """Return each variant of a kind in `kinds` an earlier `--json` run wrote to `path`, with
    the question it was made of (those of a question no longer kept are left out)."""
    earlier = [json.loads(line) for line in path.read_text().splitlines() if line]
    by_key = {(q["set"], q["id"]): q for q in kept}
    return [
        (row, by_key[(row["set"], row["id"])])
        for row in earlier
        if row["kind"] in kinds and (row["set"], row["id"]) in by_key
    ]


def first_quote(answer: Any) -> dict[str, str]:
    """Return the speaker and the opening of an answer's first quote ("" for none), as the
    probes' `--json` rows keep them."""
    if not answer.quotes:
        return {"speaker": "", "quote": ""}
    return {"speaker": answer.quotes[0].speaker, "quote": answer.quotes[0].quote.text[:200]}
