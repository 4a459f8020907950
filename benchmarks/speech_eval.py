"""Measure how well qabot answers speech questions ("what did X say?", "who said ...?").

    python benchmarks/speech_eval.py [--questions FILE] [--ids odd|even] [--index-dir DIR]
        [--json FILE] [--show-failures]

The questions are `benchmarks/speech_questions.jsonl`, a development set written by reading the
BBC articles and the saved web pages of ../shared/corpora (relative to the repository root); the
team keeps held-out questions of the same kind. The script links those articles into a folder
outside the repository, builds a qabot index of it (or reuses the one in --index-dir), and asks
every question through ONE `qabot ask --json - --top 5` process, one question at a time, so each
answer is timed on its own. Only the command line is used: no qabot module is imported.

What is measured, per type and per class of question:
- what_said: correct when one of the first 5 quotes is by the gold speaker (the full name or an
  alias, case-folded, as whole words of the returned speaker; blind to hyphens and to leading
  titles such as "Sir", "Lord", "Cardinal" when two words remain: "Nicholas Scott" names "Sir
  Nicholas Scott"; `--strict-names` is the scorer of earlier sessions) and its text holds one
  of the gold snippets (whitespace, quote marks and case normalised). "speaker right" is the
  looser rate: one of the first 5 quotes is by the gold speaker, whatever it says.
- who_said: correct when the FIRST quote's speaker is the gold speaker. Where the gold speaker is
  a spokesperson ("a spokesman for Darlington Council", "a Sky spokesperson"), an answer naming
  the body they speak for ("Darlington Council", "Sky": every capitalised word of the body) is
  counted apart, on a line of its own: a reader takes it as the answer, but the strict figure
  stays comparable with earlier runs. A second apart line counts the gold person named by
  another form of the name (`name_forms.py`): "Chris" for "Christopher", "The" dropped, a quoted
  nickname dropped, or the surname alone when the gold article names no one else so called.
  what_said has the same two lines apart, for a quote among the first 5 holding a gold snippet
  ("Vince Cable" for the gold "Vincent Cable", "Game" for "The Game").
- unknown_speaker: correct ("honest") when `found` is false, or, for a person the articles
  mention but never quote, when no quote of anybody else is shown and every passage shown
  mentions the person (full name or an alias, whole words).
- latency: wall time from writing a question to reading its answer, p50 and p95 over all
  questions; the first answer (index load included) is timed apart, on a warm-up question.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import name_forms
from question_sets import PARTS, QABOT, by_set, id_parity, pooled

REPO = Path(__file__).resolve().parents[1]
CORPORA = REPO.parent / "shared" / "corpora"
BBC = CORPORA / "bbc_news"
WEB = CORPORA / "web_pages" / "pages"
QUESTIONS = Path(__file__).resolve().parent / "speech_questions.jsonl"
TYPES = ("what_said", "who_said", "unknown_speaker")
CLASSES = (
    "verb",
    "tail",
    "alias",
    "typo",
    "paraphrase",
    "context",
    "plain",
    "which_role",
    "unknown",
)
TOP = 5
WARM_UP = "what did the chairman say about the results?"
QUOTE_MARKS = str.maketrans({c: "'" for c in "‘’‚‛′`´"} | {c: '"' for c in "“”„‟″«»"})


@dataclass
class Outcome:
    """One question, what came back and whether it was right."""

    id: str
    type: str
    cls: str
    source: str  # bbc, web, or none (a person named nowhere)
    question: str
    speaker: str
    correct: bool
    speaker_right: bool | None  # what_said only: the looser rate
    # right, or the body a gold spokesperson speaks for (who_said: named first; what_said: saying
    # a gold snippet among the first TOP quotes)
    body_right: bool | None
    form_right: bool | None  # ... or the gold person by another name form
    seconds: float
    found: bool
    first_quote: dict[str, str] | None
    first_passage: str | None
    quote_speakers: list[str] = field(default_factory=list)


def normalize(text: str) -> str:
    """Case-fold, straighten quote marks, collapse whitespace."""
    return " ".join(text.translate(QUOTE_MARKS).casefold().split())


HONORIFICS = frozenset(
    "sir lord lady dame baron baroness cardinal archbishop bishop rev reverend dr doctor "
    "professor prof mr mrs ms miss".split()
)
# Set by --strict-names: the scorer of sessions 1-28, which wants a gold form whole, title and
# hyphens included ("Sir Nicholas Scott" is not named by "Nicholas Scott").
STRICT_NAMES = False


def untitled(name: str) -> str | None:
    """The gold name without its leading titles, when two words or more remain ("Cardinal
    Cormac Murphy O'Connor" -> "Cormac Murphy O'Connor"; "Lord Kinnock" -> None)."""
    words = name.split()
    while words and words[0].strip(".").casefold() in HONORIFICS:
        words = words[1:]
    if len(words) < 2 or len(words) == len(name.split()):
        return None
    return " ".join(words)


def names_of(question: dict[str, Any]) -> list[str]:
    """The gold speaker's names; but for --strict-names also each without its titles."""
    names = [question["speaker"], *question.get("speaker_aliases", [])]
    if STRICT_NAMES:
        return names
    return names + [form for name in names if name and (form := untitled(name))]


def name_text(text: str) -> str:
    """Normalised for name matching: the scorer is blind to hyphens ("Murphy-O'Connor")
    unless --strict-names."""
    folded = normalize(text)
    return folded if STRICT_NAMES else " ".join(folded.replace("-", " ").split())


def mentions(text: str, names: list[str]) -> bool:
    """True when one of `names` occurs in `text` as whole words (case-folded)."""
    haystack = name_text(text)
    return any(
        re.search(rf"(?<!\w){re.escape(name_text(name))}(?!\w)", haystack) for name in names
    )


SPOKESPERSON = re.compile(r"\bspokes(?:man|woman|person|people|men|women)\b", re.IGNORECASE)
BODY_FILLER = {"a", "an", "the", "for", "of", "and"}


def speaks_for(speaker: str, names: list[str]) -> bool:
    """True when `speaker` is the body a gold spokesperson speaks for: all of the body's
    capitalised words, as whole words of the gold phrase ("Toho" for "a spokesman for
    distributor Toho"; not "World Summit" for "... for the World Summit for the Information
    Society")."""
    said = normalize(speaker)
    if not said:
        return False
    for name in names:
        if not SPOKESPERSON.search(name) or not mentions(name, [speaker]):
            continue
        body = SPOKESPERSON.sub(" ", name).split()
        capitals = {
            normalize(word)
            for word in body
            if word[:1].isupper() and word.lower() not in BODY_FILLER
        }
        if capitals and capitals <= set(said.split()):
            return True
    return False


def named_by_form(speaker: str, question: dict[str, Any], article: str | None) -> bool:
    """True when `speaker` is the gold person by another form of a name (`name_forms`): a
    leading "The" dropped on either side, a first name's short or long form, a quoted nickname
    dropped; or the surname alone, when `article` (the gold article's text) names nobody else
    of that surname. Counted apart: the strict figure stays comparable with earlier runs."""
    if not speaker.strip():
        return False
    said = name_forms.LEADING_THE.sub("", speaker.strip())
    names = names_of(question)
    forms = [form for name in names for form in name_forms.variants(name)]
    if mentions(said, names + forms):
        return True
    words = name_forms.person_words(question["speaker"])
    lone = name_forms.lone_surname(said)
    if not words or lone is None or name_text(lone) != name_text(words[-1]):
        return False
    if article is None or not mentions(article, [*names, *forms]):
        return False  # the article must name the gold person, and nobody else so called
    if mentions(article, [f"the {' '.join(words)}"]):
        return False  # "the Ferry Board": a body, not a person
    return not name_forms.other_bearer(article, words)


def article_text(question: dict[str, Any]) -> str | None:
    """The gold article's text (a web page's without its tags), or None when it is missing."""
    path = CORPORA / question["article"] if question.get("article") else None
    if path is None or not path.is_file():
        return None
    text = path.read_text(encoding="utf-8", errors="replace")
    return re.sub(r"<[^>]+>", " ", text) if path.suffix == ".html" else text


def holds_snippet(text: str, snippets: list[str]) -> bool:
    haystack = normalize(text)
    return any(normalize(snippet) in haystack for snippet in snippets)


def score(question: dict[str, Any], answer: dict[str, Any]) -> tuple[bool, bool | None]:
    """Return (correct, speaker right) for one answer; the second is None except for what_said."""
    names = names_of(question)
    quotes = answer.get("quotes") or []
    kind = question["type"]
    if kind == "what_said":
        by_speaker = [q for q in quotes[:TOP] if mentions(q.get("speaker", ""), names)]
        right = any(holds_snippet(q.get("text", ""), question["snippets"]) for q in by_speaker)
        return right, bool(by_speaker)
    if kind == "who_said":
        return bool(quotes) and mentions(quotes[0].get("speaker", ""), names), None
    if not answer.get("found"):
        return True, None
    if not question.get("mentioned"):
        return False, None
    passages = answer.get("passages") or []
    others_quoted = any(not mentions(q.get("speaker", ""), names) for q in quotes)
    passages_mention = bool(passages) and all(mentions(p.get("text", ""), names) for p in passages)
    return not others_quoted and passages_mention, None


def counted_apart(
    question: dict[str, Any],
    answer: dict[str, Any],
    correct: bool,
    article: Callable[[dict[str, Any]], str | None],
) -> tuple[bool | None, bool | None]:
    """Return (right or the body a gold spokesperson speaks for, right or the gold person by
    another name form): of "who said" the first quote's speaker; of "what did X say" the
    speaker of one of the first TOP quotes holding a gold snippet. None for other types.
    `article` reads the gold article's text (`article_text`), only when it is needed."""
    quotes = answer.get("quotes") or []
    if question["type"] == "who_said":
        said = [quotes[0].get("speaker", "")] if quotes else [""]
    elif question["type"] == "what_said":
        said = [
            q.get("speaker", "")
            for q in quotes[:TOP]
            if holds_snippet(q.get("text", ""), question["snippets"])
        ]
    else:
        return None, None
    if correct:
        return True, True
    text = article(question) if any(said) else None
    return (
        any(speaks_for(speaker, names_of(question)) for speaker in said),
        any(named_by_form(speaker, question, text) for speaker in said),
    )


def source_of(article: str | None) -> str:
    if not article:
        return "none"
    return "web" if article.startswith("web_pages/") else "bbc"


def link_articles(target: Path) -> int:
    """Hard-link (or copy) the BBC articles and web pages into `target`; return how many files.

    Not symbolic links: qabot skips a link to a file outside the articles folder."""
    sources = sorted(BBC.glob("*/*.txt")) + sorted(WEB.glob("*.html"))
    for source in sources:
        rel = source.relative_to(CORPORA)
        dest = target / rel
        if dest.is_symlink():
            dest.unlink()  # made by an earlier version of this script
        if dest.exists():
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(source, dest)
        except OSError:  # another file system: copy instead
            shutil.copyfile(source, dest)
    return len(sources)


def qabot_command() -> list[str]:
    """Return the command that runs qabot: the `qabot` script on the PATH, else this Python
    (`question_sets.QABOT`: PYTHONPATH, not the working folder, names the tree run)."""
    exe = shutil.which("qabot")
    return [exe] if exe else list(QABOT)


def build_index(articles: Path, index_dir: Path) -> float:
    """Bring the index up to date with `qabot index`; return the seconds it took."""
    started = time.perf_counter()
    done = subprocess.run(
        [*qabot_command(), "index", "--articles", str(articles), "--index-dir", str(index_dir)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        sys.exit(f"qabot index failed ({done.returncode}): {done.stderr.strip()}")
    print(done.stdout.strip())
    return time.perf_counter() - started


def ask_all(
    questions: list[str], articles: Path, index_dir: Path, top: int = TOP
) -> tuple[list[tuple[dict[str, Any], float]], float]:
    """Ask every question through one `qabot ask --json - --top TOP` process, one at a time.

    Returns each answer with its seconds, and the seconds of the warm-up question (index load
    included)."""
    command = [*qabot_command(), "ask", "--json", "-", "--articles", str(articles)]
    command += ["--index-dir", str(index_dir), "--top", str(top)]
    with tempfile.TemporaryFile(mode="w+") as errors:
        process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            encoding="utf-8",
            bufsize=1,
        )
        assert process.stdin is not None and process.stdout is not None

        def ask(question: str) -> tuple[dict[str, Any], float]:
            started = time.perf_counter()
            process.stdin.write(" ".join(question.split()) + "\n")
            process.stdin.flush()
            line = process.stdout.readline()
            seconds = time.perf_counter() - started
            if not line:
                errors.seek(0)
                sys.exit(f"qabot ask stopped answering: {errors.read().strip()}")
            return json.loads(line), seconds

        _, warm_up = ask(WARM_UP)
        answers = [ask(question) for question in questions]
        process.stdin.close()
        process.wait(timeout=60)
    return answers, warm_up


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    rank = max(0, min(len(ordered) - 1, round(share * (len(ordered) - 1))))
    return ordered[rank]


def table(outcomes: list[Outcome]) -> list[str]:
    """The accuracy table: per type, per class, per source, then latency."""
    lines = [f"{'group':<28}{'n':>5}{'correct':>9}{'accuracy':>10}{'speaker right':>15}"]

    def row(label: str, group: list[Outcome]) -> None:
        if not group:
            return
        correct = sum(o.correct for o in group)
        loose = [o.speaker_right for o in group if o.speaker_right is not None]
        loose_text = f"{sum(loose) / len(loose):>14.1%}" if loose else f"{'-':>14}"
        lines.append(
            f"{label:<28}{len(group):>5}{correct:>9}{correct / len(group):>10.1%} {loose_text}"
        )

    by_type: dict[str, list[Outcome]] = defaultdict(list)
    by_class: dict[str, list[Outcome]] = defaultdict(list)
    by_source: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_type[outcome.type].append(outcome)
        by_class[outcome.cls].append(outcome)
    for kind in TYPES:
        row(f"type {kind}", by_type[kind])
    for kind in ("what_said", "who_said"):
        group = by_type[kind]
        for label, attr in (("a spokesperson's body", "body_right"), ("name forms", "form_right")):
            apart = [o for o in group if getattr(o, attr) and not o.correct]
            if apart:
                right = sum(bool(getattr(o, attr)) for o in group)
                lines.append(
                    f"  {kind} with {label} counted: {right}/{len(group)}"
                    f" ({', '.join(o.id for o in apart)})"
                )
    lines.append("")
    for cls in [*CLASSES, *sorted(set(by_class) - set(CLASSES))]:
        row(f"class {cls}", by_class[cls])
    lines.append("")
    for cls in CLASSES:
        for kind in TYPES:
            row(f"  {cls} / {kind}", [o for o in by_class[cls] if o.type == kind])
    lines.append("")
    for outcome in outcomes:
        by_source[outcome.source].append(outcome)
    for source in ("bbc", "web", "none"):
        row(f"source {source}", by_source[source])
    row("all", outcomes)
    return lines


def latency_lines(outcomes: list[Outcome], warm_up: float, build: float | None) -> list[str]:
    seconds = [o.seconds for o in outcomes]
    total = sum(seconds)
    lines = [
        f"latency per question: p50 {percentile(seconds, 0.5) * 1000:.1f} ms, "
        f"p95 {percentile(seconds, 0.95) * 1000:.1f} ms, "
        f"mean {statistics.fmean(seconds) * 1000:.1f} ms "
        f"({len(seconds)} questions, {total:.2f} s in all)",
        f"first answer (index load + warm-up question): {warm_up:.2f} s",
    ]
    if build is not None:
        lines.append(f"qabot index (build or update check): {build:.1f} s")
    return lines


def show_failures(
    questions: list[dict[str, Any]],
    outcomes: list[Any],
    show: Callable[[dict[str, Any], Any], None],
) -> None:
    """Print each wrong outcome with its question (`show` prints one), in the questions' order.

    Outcomes pair with questions by position: ids repeat across pooled sets (w013 stands in
    two), so a lookup by id would print another set's gold."""
    print("\nFailures:")
    for question, outcome in zip(questions, outcomes, strict=True):
        if not outcome.correct:
            if "set" in question:
                print(f"  ({question['set']})")
            show(question, outcome)


def show_failure(question: dict[str, Any], outcome: Outcome) -> None:
    print(f"- {outcome.id} [{outcome.type}/{outcome.cls}] {outcome.question}")
    gold = f"{question['speaker']}"
    if question["snippets"]:
        gold += f" | {' / '.join(question['snippets'])}"
    if question["type"] == "unknown_speaker":
        gold += f" (mentioned: {question.get('mentioned')})"
    print(f"    gold:    {gold}")
    if outcome.first_quote:
        text = outcome.first_quote["text"]
        text = text if len(text) <= 140 else text[:137] + "..."
        print(f"    quote 1: {outcome.first_quote['speaker']}: {text}")
    else:
        print("    quote 1: (no quotes)")
    if outcome.quote_speakers[1:]:
        print(f"    others:  {', '.join(outcome.quote_speakers[1:])}")
    print(f"    found:   {outcome.found}; passage 1: {outcome.first_passage or '(none)'}")


def question_parser(description: str, questions: Path) -> argparse.ArgumentParser:
    """Return the options every question-set benchmark takes (this one and `plain_eval.py`)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--questions", type=Path, default=questions)
    parser.add_argument(
        "--index-dir",
        type=Path,
        help="keep the index here and reuse it on the next run (its articles folder is "
        "DIR-articles beside it); default: a temporary folder",
    )
    parser.add_argument(
        "--ids",
        choices=("odd", "even"),
        help="only the questions whose id ends in an odd (or even) number: develop on one half "
        "of a held-out set and keep the other half as an unseen check",
    )
    parser.add_argument(
        "--sets",
        choices=PARTS,
        help="instead of --questions: every set's development (or unseen) part pooled in one run "
        "(question_sets.py), with a line a set",
    )
    parser.add_argument(
        "--leave-out",
        action="append",
        default=[],
        metavar="FILE",
        help="with --sets: leave this set file out (a set new this session), repeatable",
    )
    parser.add_argument("--json", type=Path, help="write every outcome and the summary here")
    parser.add_argument("--show-failures", action="store_true")
    return parser


def chosen_questions(args: argparse.Namespace, kind: str) -> list[dict[str, Any]]:
    """Return the questions the options ask for: a pooled part of every set, or one file."""
    if args.sets:
        return pooled(kind, args.sets, tuple(args.leave_out))
    return selected_questions(args.questions, args.ids)


def source_name(args: argparse.Namespace) -> str:
    """Return what the run asked, for its heading and report."""
    return f"every {args.sets} part" if args.sets else args.questions.name


def corpora_missing() -> bool:
    """Return True (and say so) when the shared corpora are not beside the repository."""
    if BBC.is_dir() and WEB.is_dir():
        return False
    print(
        f"The corpora are not there: {BBC} and {WEB} are needed "
        "(../shared/corpora beside the repository). Nothing measured."
    )
    return True


def selected_questions(path: Path, ids: str | None) -> list[dict[str, Any]]:
    """Return the questions of a set, only those of one id parity when `ids` is given."""
    questions = [json.loads(line) for line in path.read_text().splitlines() if line]
    return [q for q in questions if ids is None or id_parity(q["id"]) == ids]


# the development questions: the first set whole, the later sets by their odd halves (their even
# halves and the third set stay unseen)
DEV_WHOLE = ["speech_questions.jsonl"]
DEV_HALVES = (
    "heldout fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twentyfirst "
    "twentysecond twentythird twentyfourth"
).split()


def unique_ids(questions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return `questions` with each id made unique: two sets may use one id ("w031" in two
    sets), which would share one row of a probe's table, the later answer counted for both; a
    repeated id gains "#2", "#3", ..."""
    seen: dict[str, int] = {}
    for q in questions:
        seen[q["id"]] = seen.get(q["id"], 0) + 1
        if seen[q["id"]] > 1:
            q["id"] = f"{q['id']}#{seen[q['id']]}"
    return questions


def development_questions() -> list[dict[str, Any]]:
    """Every development speech question, for the probes that reword them."""
    here = Path(__file__).resolve().parent
    kept: list[dict[str, Any]] = []
    for name in DEV_WHOLE + [f"speech_questions_{half}.jsonl" for half in DEV_HALVES]:
        kept += selected_questions(here / name, None if name in DEV_WHOLE else "odd")
    return kept


@contextlib.contextmanager
def linked_corpus(index_dir: Path | None, prefix: str) -> Iterator[tuple[Path, Path]]:
    """Yield the articles folder (the corpora linked into it) and the index folder: DIR and
    DIR-articles beside it to keep, or a temporary folder's."""
    with tempfile.TemporaryDirectory(prefix=prefix) as scratch:
        if index_dir is not None:
            index_dir = index_dir.resolve()
            articles = index_dir.with_name(index_dir.name + "-articles")
        else:
            index_dir = Path(scratch) / "index"
            articles = Path(scratch) / "articles"
        articles.mkdir(parents=True, exist_ok=True)
        files = link_articles(articles)
        print(f"{files} article files in {articles}; index in {index_dir}")
        yield articles, index_dir


def main() -> int:
    parser = question_parser(__doc__.split("\n\n")[0], QUESTIONS)
    parser.add_argument(
        "--strict-names",
        action="store_true",
        help="the scorer of sessions 1-28: a gold name form whole, titles and hyphens included",
    )
    args = parser.parse_args()
    global STRICT_NAMES
    STRICT_NAMES = args.strict_names
    if corpora_missing():
        return 0
    questions = chosen_questions(args, "speech")

    with linked_corpus(args.index_dir, "qabot-speech-") as (articles, index_dir):
        build = build_index(articles, index_dir)
        started = time.perf_counter()
        answers, warm_up = ask_all([q["question"] for q in questions], articles, index_dir)
        batch = time.perf_counter() - started

    outcomes = []
    for question, (answer, seconds) in zip(questions, answers, strict=True):
        correct, speaker_right = score(question, answer)
        quotes = answer.get("quotes") or []
        body_right, form_right = counted_apart(question, answer, correct, article_text)
        passages = answer.get("passages") or []
        first_passage = None
        if passages:
            info = passages[0].get("article") or {}
            first_passage = f"{info.get('title')} [{info.get('path')}]"
        outcomes.append(
            Outcome(
                id=question["id"],
                type=question["type"],
                cls=question["class"],
                source=source_of(question.get("article")),
                question=question["question"],
                speaker=question["speaker"],
                correct=correct,
                speaker_right=speaker_right,
                body_right=body_right,
                form_right=form_right,
                seconds=seconds,
                found=bool(answer.get("found")),
                first_quote=(
                    {"speaker": quotes[0].get("speaker", ""), "text": quotes[0].get("text", "")}
                    if quotes
                    else None
                ),
                first_passage=first_passage,
                quote_speakers=[q.get("speaker", "") for q in quotes[:TOP]],
            )
        )

    subset = f", {args.ids} ids only" if args.ids else ""
    print(f"\nSpeech questions: {len(outcomes)} from {source_name(args)}{subset}, top {TOP}\n")
    lines = [*table(outcomes), "", *latency_lines(outcomes, warm_up, build)]
    if args.sets:
        lines += [
            "",
            "by set:",
            *by_set([q["set"] for q in questions], [o.correct for o in outcomes]),
        ]
    lines.append(f"whole batch (one process, warm-up and index load included): {batch:.2f} s")
    print("\n".join(lines))

    if args.show_failures:
        show_failures(questions, outcomes, show_failure)

    if args.json:
        summary = {
            kind: {
                "n": len(group := [o for o in outcomes if o.type == kind]),
                "correct": sum(o.correct for o in group),
            }
            for kind in TYPES
        }
        for kind in ("what_said", "who_said"):
            group = [o for o in outcomes if o.type == kind]
            summary[kind]["body_right"] = sum(bool(o.body_right) for o in group)
            summary[kind]["form_right"] = sum(bool(o.form_right) for o in group)
        seconds = [o.seconds for o in outcomes]
        write_report(
            args.json,
            {
                "questions": source_name(args),
                "sets": [q.get("set") for q in questions],
                "summary": summary,
                "latency_ms": {
                    "p50": percentile(seconds, 0.5) * 1000,
                    "p95": percentile(seconds, 0.95) * 1000,
                    "mean": statistics.fmean(seconds) * 1000,
                },
                "first_answer_s": warm_up,
                "table": lines,
                "outcomes": [asdict(o) for o in outcomes],
            },
        )
    return 0


def write_report(path: Path, report: dict[str, Any]) -> None:
    """Write a benchmark's report as indented JSON (this one's and `plain_eval.py`'s)."""
    path.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n")
    print(f"\nWrote {path}")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    sys.exit(main())
