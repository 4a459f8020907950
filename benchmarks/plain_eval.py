"""Measure how well qabot answers ordinary questions (facts, why, when, who won, topics, none).

    python benchmarks/plain_eval.py [--questions FILE] [--ids odd|even] [--index-dir DIR]
        [--json FILE] [--show-failures] [--capitalised]

The questions are `benchmarks/plain_questions.jsonl`, written by reading the BBC articles and the
saved web pages of ../shared/corpora, phrased as readers type them (lower case, no question
mark, typos, dates and outlets); about a sixth ask about something neither corpus covers, some of
them with words the archive does hold ("how tall is mount everest"). Questions on one article
share the parity of their id: develop on the odd ids, keep the even ones as an unseen check.
The index is built and the questions asked as `speech_eval.py` does (its functions): one
`qabot ask --json - --top 3` process, the default number of passages a reader sees.

What is measured, per class and overall:
- answerable questions: correct when one of the passages shown (the first 3) comes from a gold
  article (`articles`) and holds one of the gold snippets (whitespace, quote marks and case
  normalised); its rank (1-3) is reported. A quote shown above the passages does not count
  there: a second line apart counts an answer whose first 3 quotes hold a gold snippet from a
  gold article (a reader sees those quotes first). The corpora hold some stories twice, byte
  for byte, and a question names one copy: a line apart counts an answer showing the snippet
  from the other copy too (the main figure stays the scorer of earlier sessions).
- no_answer questions: correct ("honest") when `found` is false; passages shown for them are
  filler.
- per answer: how many passages were shown, and the answer length (characters of the passages'
  and quotes' text shown).

`--capitalised` asks each question with the words the archive writes with a capital (in at least
CAPITALISED_SHARE of the passages holding them, two at least) typed with one, as a reader typing
names would ("Christina Aguilera engagement news"): the sets are mostly typed in lower case, and
rules for capitalised names are otherwise barely tried (twenty-seventh session: answerable 519 ->
497 of 608 development questions, honest 98 -> 95 of 121).
"""

from __future__ import annotations

import hashlib
import os
import re
import statistics
import sys
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from question_sets import by_set
from speech_eval import (
    ask_all,
    build_index,
    chosen_questions,
    corpora_missing,
    holds_snippet,
    linked_corpus,
    percentile,
    question_parser,
    show_failures,
    source_name,
    write_report,
)

QUESTIONS = Path(__file__).resolve().parent / "plain_questions.jsonl"
CLASSES = ("fact", "why", "when", "event", "yes_no", "topic", "misspelt", "dated", "no_answer")
TOP = 3


@dataclass
class Outcome:
    """One question, what came back and whether it was right."""

    id: str
    cls: str
    question: str
    correct: bool
    rank: int | None  # rank of the first answering passage (answerable questions)
    found: bool
    shown: int  # passages shown
    length: int  # characters of the passages' and quotes' text shown
    seconds: float
    passages: list[str]  # "path: highlight" of each passage shown


def answering_rank(
    question: dict[str, Any],
    answer: dict[str, Any],
    copies: Mapping[str, frozenset[str]] | None = None,
) -> int | None:
    """Return the rank (1-based) of the first passage shown from a gold article that holds a
    gold snippet, or None; with `copies` (`copies_of`), a passage of a byte-identical copy of
    a gold article counts as the gold one's."""
    gold = set(question["articles"])
    for path in list(gold):
        gold |= (copies or {}).get(path, frozenset())
    for rank, passage in enumerate((answer.get("passages") or [])[:TOP], start=1):
        path = (passage.get("article") or {}).get("path")
        if path in gold and holds_snippet(passage.get("text", ""), question["snippets"]):
            return rank
    return None


def score(question: dict[str, Any], answer: dict[str, Any]) -> tuple[bool, int | None]:
    """Return (correct, rank of the answering passage) for one answer.

    A question with no gold article is answered right only by saying nothing was found."""
    if not question["articles"]:
        return not answer.get("found"), None
    rank = answering_rank(question, answer)
    return rank is not None, rank


def copies_of(articles: Path) -> dict[str, frozenset[str]]:
    """Return, for each article file under `articles` (by its path there) saved more than once,
    the paths of its byte-identical copies: the corpora hold some stories twice, the questions
    name one copy, and the answer may show the other (the same words, told once)."""
    by_bytes: dict[bytes, list[str]] = defaultdict(list)
    for path in sorted(articles.rglob("*")):
        if path.is_file():
            by_bytes[hashlib.sha256(path.read_bytes()).digest()].append(
                path.relative_to(articles).as_posix()
            )
    return {
        path: frozenset(same) - {path}
        for same in by_bytes.values()
        if len(same) > 1
        for path in same
    }


def copied_answers(
    questions: list[dict[str, Any]],
    answers: list[dict[str, Any]],
    outcomes: list[Outcome],
    copies: Mapping[str, frozenset[str]],
) -> list[str]:
    """Return the ids of the answerable questions answered wrong whose answer shows a gold
    snippet from a byte-identical copy of a gold article (counted apart: the figure above stays
    comparable with earlier sessions')."""
    return [
        outcome.id
        for question, answer, outcome in zip(questions, answers, outcomes, strict=True)
        if question["articles"]
        and not outcome.correct
        and answering_rank(question, answer, copies) is not None
    ]


def quoted_answers(
    questions: list[dict[str, Any]], answers: list[dict[str, Any]], outcomes: list[Outcome]
) -> list[str]:
    """Return the ids of the answerable questions answered wrong whose answer shows a gold
    snippet in one of its first quotes, from a gold article: a reader sees those quotes above
    the passages, but the figure above scores passages only (comparable with earlier sessions'),
    so these are counted apart."""
    return [
        outcome.id
        for question, answer, outcome in zip(questions, answers, outcomes, strict=True)
        if question["articles"]
        and not outcome.correct
        and any(
            (quote.get("article") or {}).get("path") in question["articles"]
            and holds_snippet(quote.get("text", ""), question["snippets"])
            for quote in (answer.get("quotes") or [])[:TOP]
        )
    ]


def answer_length(answer: dict[str, Any]) -> int:
    """Return the characters of text an answer shows: its passages and quotes."""
    passages = answer.get("passages") or []
    quotes = answer.get("quotes") or []
    return sum(len(p.get("text", "")) for p in passages) + sum(
        len(q.get("text", "")) for q in quotes
    )


def outcome_of(question: dict[str, Any], answer: dict[str, Any], seconds: float) -> Outcome:
    correct, rank = score(question, answer)
    passages = answer.get("passages") or []
    return Outcome(
        id=question["id"],
        cls=question["class"],
        question=question["question"],
        correct=correct,
        rank=rank,
        found=bool(answer.get("found")),
        shown=len(passages),
        length=answer_length(answer),
        seconds=seconds,
        passages=[
            f"{(p.get('article') or {}).get('path')}: {p.get('highlight') or p.get('text', '')}"
            for p in passages
        ],
    )


def table(outcomes: list[Outcome]) -> list[str]:
    """The accuracy table: per class, answerable, no_answer, all; passages shown and length."""
    lines = [
        f"{'group':<18}{'n':>5}{'correct':>9}{'accuracy':>10}{'rank 1':>8}"
        f"{'shown/ans':>11}{'length':>8}"
    ]

    def row(label: str, group: list[Outcome]) -> None:
        if not group:
            return
        correct = sum(o.correct for o in group)
        first = sum(o.rank == 1 for o in group)
        shown = statistics.fmean(o.shown for o in group)
        length = statistics.median(o.length for o in group)
        lines.append(
            f"{label:<18}{len(group):>5}{correct:>9}{correct / len(group):>10.1%}{first:>8}"
            f"{shown:>11.2f}{length:>8.0f}"
        )

    by_class: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_class[outcome.cls].append(outcome)
    for cls in [*CLASSES, *sorted(set(by_class) - set(CLASSES))]:
        row(cls, by_class[cls])
    lines.append("")
    row("answerable", [o for o in outcomes if o.cls != "no_answer"])
    row("no_answer", by_class["no_answer"])
    row("all", outcomes)
    lines.append("(length: median characters of text shown; rank 1: answering passage first)")
    return lines


def show_failure(question: dict[str, Any], outcome: Outcome) -> None:
    print(f"- {outcome.id} [{outcome.cls}] {outcome.question}")
    if question["articles"]:
        print(f"    gold:  {', '.join(question['articles'][:3])} | {question['snippets'][0]}")
    print(f"    found: {outcome.found}; {outcome.shown} shown")
    for passage in outcome.passages:
        print(f"      {passage if len(passage) <= 150 else passage[:147] + '...'}")


CAPITALISED_SHARE = 0.9  # of the passages holding a word, those writing it with a capital
_TYPED = re.compile(r"[A-Za-z]+")


def capitalised(questions: list[str], index_dir: Path) -> list[str]:
    """Return `questions` with every word the archive mostly writes with a capital typed with
    one ("christina aguilera engagement news" -> "Christina Aguilera engagement news")."""
    from qabot.indexing import load_index
    from qabot.text import tokenize

    engine = load_index(index_dir).engine

    def typed(match: re.Match[str]) -> str:
        word = match.group()
        terms = tokenize(word)
        if len(terms) == 1:
            written, holding = engine.capitalised(terms[0])
            if holding >= 2 and written >= CAPITALISED_SHARE * holding:
                return word[0].upper() + word[1:]
        return word

    return [_TYPED.sub(typed, question) for question in questions]


def main() -> int:
    parser = question_parser(__doc__.split("\n\n")[0], QUESTIONS)
    parser.add_argument(
        "--capitalised",
        action="store_true",
        help="type the words the archive writes with a capital with one, as readers typing names",
    )
    args = parser.parse_args()
    if corpora_missing():
        return 0
    questions = chosen_questions(args, "plain")

    with linked_corpus(args.index_dir, "qabot-plain-") as (articles, index_dir):
        build_index(articles, index_dir)
        asked = [q["question"] for q in questions]
        if args.capitalised:
            asked = capitalised(asked, index_dir)
            questions = [{**q, "question": text} for q, text in zip(questions, asked, strict=True)]
        answers, _ = ask_all(asked, articles, index_dir, TOP)
        copies = copies_of(articles)

    outcomes = [
        outcome_of(question, answer, seconds)
        for question, (answer, seconds) in zip(questions, answers, strict=True)
    ]
    subset = f", {args.ids} ids only" if args.ids else ""
    subset += ", capitalised" if args.capitalised else ""
    print(f"\nOrdinary questions: {len(outcomes)} from {source_name(args)}{subset}, top {TOP}\n")
    lines = table(outcomes)
    copied = copied_answers(questions, [answer for answer, _ in answers], outcomes, copies)
    quoted = quoted_answers(questions, [answer for answer, _ in answers], outcomes)
    answerable = [o for o in outcomes if o.cls != "no_answer"]
    if answerable:
        right = sum(o.correct for o in answerable) + len(copied)
        ids = f" ({', '.join(copied)})" if copied else ""
        lines.append(
            f"answerable with byte-identical copies of gold articles counted: "
            f"{right}/{len(answerable)}{ids}"
        )
        right = sum(o.correct for o in answerable) + len(quoted)
        ids = f" ({', '.join(quoted)})" if quoted else ""
        lines.append(
            f"answerable with a gold snippet in the first {TOP} quotes shown counted: "
            f"{right}/{len(answerable)}{ids}"
        )
    if args.sets:
        lines += ["by set:", *by_set([q["set"] for q in questions], [o.correct for o in outcomes])]
    seconds = [o.seconds for o in outcomes]
    lines.append(
        f"latency per question: p50 {percentile(seconds, 0.5) * 1000:.1f} ms, "
        f"p95 {percentile(seconds, 0.95) * 1000:.1f} ms"
    )
    print("\n".join(lines))

    if args.show_failures:
        show_failures(questions, outcomes, show_failure)

    if args.json:
        write_report(
            args.json,
            {
                "questions": source_name(args),
                "ids": args.ids,
                "sets": [q.get("set") for q in questions],
                "table": lines,
                "outcomes": [asdict(o) for o in outcomes],
            },
        )
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    sys.exit(main())
