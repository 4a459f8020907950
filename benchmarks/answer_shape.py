"""Measure the shape of qabot's answers: how long, how many passages, how many of them relevant.

    python benchmarks/answer_shape.py [--workdir DIR] [--json FILE] [--show]

For a fixed list of questions over the bundled seed article and the BBC corpus
(../shared/corpora/bbc_news, relative to the repository root), each question is answered with
`answer()` (top 3, as the default config) and shown the way each front end shows it:

- **tg first**: visible length (what Telegram counts, UTF-16 units) of the first Telegram
  message the bot sends, and **tg msgs** the number of messages;
- **console**: visible length of the console answer (plain, emphasis markers not counted);
- **shown**: passages shown after the quotes, **omitted**: weakly related ones not shown;
- **repeats**: shown passages holding a quote the answer already showed above them;
- **relevant**: the share of shown passages a reader would call relevant, from the judgments in
  `answer_shape_judgments.jsonl` (written by reading each passage against its question; a
  passage is keyed by question, article path and its first 60 characters). Passages nobody has
  judged yet are counted apart and listed with `--show`.

The indexes are built once with `qabot index` under --workdir (default: the system temp folder,
`qabot-answer-shape/`), outside the repository; the BBC articles are read where they are.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from question_sets import QABOT

REPO = Path(__file__).resolve().parents[1]
BBC = REPO.parent / "shared" / "corpora" / "bbc_news"
SEEDS = REPO / "seeds"
JUDGMENTS = Path(__file__).resolve().parent / "answer_shape_judgments.jsonl"
TOP = 3
QUESTIONS = {
    "seed": [
        "what did Stoltenberg say?",
        "who said Russia could stage a false-flag operation?",
        "How many troops has Moscow stationed along the border?",
        "What shells hit the kindergarten?",
        "What did Liz Truss say?",
        "When do the military exercises in Belarus end?",
        "Why are separatists accusing the Ukrainian army?",
    ],
    "bbc": [
        "what did Rafael Benitez say?",
        "what did Charles Clarke say about ID cards?",
        "who said the government had lost the trust of the people?",
        "How much does Yukos owe in back taxes?",
        "When will the general election be held?",
        "How many jobs will be cut at the car plant?",
        "How much does the Mac mini cost?",
        "What did Marat Safin say about the Australian Open?",
        "Bernie Ebbers fraud trial",
        "who said the week had been a difficult one?",
        "How many people were killed by the tsunami?",
        "what did Michael Howard say about immigration?",
        # held out: written after the relevance floor was tuned on the questions above
        "What did Alex Ferguson say about the referee?",
        "who said the Tories would cut taxes?",
        "When did David Blunkett resign?",
        "How much did the iPod mini cost?",
        "Why did WorldCom collapse?",
        "What did Gordon Brown say about the budget?",
        "fuel prices rise airlines",
        "How many people use broadband in the UK?",
    ],
}
HELD_OUT = set(
    QUESTIONS["bbc"][QUESTIONS["bbc"].index("What did Alex Ferguson say about the referee?") :]
)


@dataclass
class Row:
    """One question's answer, measured."""

    corpus: str
    question: str
    found: bool
    quotes: int
    shown: int
    omitted: int
    tg_first: int
    tg_messages: int
    console: int
    relevant: int
    judged: int
    repeats: int  # passages holding a quote the answer already showed above them


def passage_start(text: str) -> str:
    """Return the first 60 characters of a passage, white space folded (part of its key)."""
    return " ".join(text.split())[:60]


def passage_key(question: str, path: str, start: str) -> str:
    """Return the judgment key of a passage shown for a question."""
    return f"{question}\t{path}\t{start}"


def load_judgments() -> dict[str, bool]:
    judgments: dict[str, bool] = {}
    if JUDGMENTS.exists():
        for line in JUDGMENTS.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                judgments[passage_key(row["question"], row["path"], row["start"])] = row[
                    "relevant"
                ]
    return judgments


def build(articles: Path, index_dir: Path) -> None:
    """Bring the index of `articles` up to date with the real `qabot index`."""
    command = [*QABOT, "index", "--articles", str(articles)]
    subprocess.run(
        [*command, "--index-dir", str(index_dir)],
        check=True,
        capture_output=True,
    )


def visible(text: str) -> int:
    return len(text.replace("**", ""))


def measure(corpus: str, index_dir: Path, judgments: dict[str, bool], show: bool) -> list[Row]:
    from qabot.bot.answer_layout import answer_messages
    from qabot.bot.html import telegram_length
    from qabot.console import format_answer
    from qabot.indexing import load_index
    from qabot.search import answer

    index = load_index(index_dir)
    rows = []
    for question in QUESTIONS[corpus]:
        result = answer(index, question, top=TOP)
        messages = answer_messages(result)
        relevant = judged = repeats = 0
        for hit in result.passages:
            passage = hit.passage
            repeats += any(
                q.quote.article_id == passage.article_id
                and q.quote.start < passage.end
                and passage.start < q.quote.end
                for q in result.quotes
            )
            start = passage_start(hit.passage.text)
            key = passage_key(question, hit.article.path, start)
            if key in judgments:
                judged += 1
                relevant += judgments[key]
            elif show:
                print(json.dumps({"question": question, "path": hit.article.path, "start": start}))
                print("   ", hit.article.title, "|", " ".join(hit.passage.text.split()), "\n")
        rows.append(
            Row(
                corpus=corpus,
                question=question,
                found=result.found,
                quotes=len(result.quotes),
                shown=len(result.passages),
                omitted=getattr(result, "omitted", 0),
                tg_first=telegram_length(messages[0]) if messages else 0,
                tg_messages=len(messages),
                console=visible(format_answer(result)),
                relevant=relevant,
                judged=judged,
                repeats=repeats,
            )
        )
    return rows


def report(rows: list[Row]) -> str:
    lines = [
        f"{'corpus':6} {'question':58} {'quotes':>6} {'shown':>5} {'omit':>4} {'tg first':>8} "
        f"{'msgs':>4} {'console':>7} {'relevant':>8} {'repeats':>7}"
    ]
    for row in rows:
        share = f"{row.relevant}/{row.judged}" + ("" if row.judged == row.shown else "?")
        lines.append(
            f"{row.corpus:6} {row.question[:58]:58} {row.quotes:>6} {row.shown:>5} "
            f"{row.omitted:>4} {row.tg_first:>8} {row.tg_messages:>4} {row.console:>7} "
            f"{share:>8} {row.repeats:>7}"
        )
    speech = ("what did", "who said")
    for name, part in (
        ("tuning", [r for r in rows if r.question not in HELD_OUT]),
        ("held-out", [r for r in rows if r.question in HELD_OUT]),
        ("plain", [r for r in rows if not r.question.lower().startswith(speech)]),
        ("speech", [r for r in rows if r.question.lower().startswith(speech)]),
    ):
        judged = sum(row.judged for row in part)
        relevant = sum(row.relevant for row in part)
        share = f"{relevant / judged:.0%}" if judged else "-"
        lines.append(
            f"{name} questions ({len(part)}): {sum(row.shown for row in part)} passages shown, "
            f"{judged} judged, {relevant} relevant ({share}), {judged - relevant} not"
        )
    shown = sum(row.shown for row in rows)
    judged = sum(row.judged for row in rows)
    relevant = sum(row.relevant for row in rows)
    repeats = sum(row.repeats for row in rows)
    firsts = sorted(row.tg_first for row in rows)
    lines.append(
        f"passages shown {shown}, judged {judged}, relevant {relevant} "
        f"({relevant / judged:.0%} of judged); {repeats} repeat quotes shown above them"
        if judged
        else f"passages shown {shown}, none judged"
    )
    lines.append(
        f"first Telegram message: median {firsts[len(firsts) // 2]}, max {firsts[-1]} "
        f"visible characters; {sum(f <= 1200 for f in firsts)}/{len(firsts)} within 1,200"
    )
    consoles = sorted(row.console for row in rows)
    lines.append(f"console answer: median {consoles[len(consoles) // 2]}, max {consoles[-1]}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--json", type=Path, help="write the rows as JSON")
    parser.add_argument("--show", action="store_true", help="print passages not yet judged")
    args = parser.parse_args()
    if not BBC.is_dir():
        print(
            f"The BBC corpus is missing: expected {BBC.relative_to(REPO.parent)} beside the repo"
        )
        return 1
    work = args.workdir / "qabot-answer-shape"
    judgments = load_judgments()
    rows: list[Row] = []
    for corpus, articles in (("seed", SEEDS), ("bbc", BBC)):
        index_dir = work / f"{corpus}-index"
        build(articles, index_dir)
        rows += measure(corpus, index_dir, judgments, args.show)
    print(report(rows))
    if args.json:
        args.json.write_text(json.dumps([asdict(row) for row in rows], indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
