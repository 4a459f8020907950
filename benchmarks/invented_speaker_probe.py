"""Probe made-up speakers: names no article writes, asked in every speech wording.

    python benchmarks/invented_speaker_probe.py write --index-dir DIR QUESTIONS.jsonl
    python benchmarks/invented_speaker_probe.py ask --index-dir DIR QUESTIONS.jsonl OUT.jsonl
    python benchmarks/invented_speaker_probe.py diff BEFORE.jsonl AFTER.jsonl

`write` reads the archive's own quoted people from the index: a person quoted by a first name
and surname, a topic word of one of their quotes (held by 8-80 quotes, as
`archive_alias_probe.py` picks it), the role an article writes before their name, and the
bodies quoted. Each is asked of a made-up speaker in five shapes: an invented first name and
surname alone, the same "of the" a real body quoted on the topic, after the person's real role
("chancellor X"), an invented first name before the person's real surname, and the person's
real first name before an invented surname. Invented words are built from syllables and kept
only when no article writes them. Every shape is asked in each `phrasing_probe.py` wording
that fits. The questions are written once, so two code trees (and their indexes) are asked the
very same ones.

`ask` answers them through one `qabot ask --json -` process (the tree `PYTHONPATH` names) and
writes, a line each, whether anything was found and the speakers of the quotes shown: a made-up
speaker is nobody, so any quote shown is someone else's words (wrong). `diff` counts the
wrong answers per shape of two recordings and lists the questions whose outcome changed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from archive_alias_forms import role_before
from archive_alias_generation import WORD, article_text, topic_of
from phrasing_probe import TEMPLATES, Reading
from question_sets import write_rows

from qabot.attribution import is_description
from qabot.indexing import Index, load_index
from qabot.text.lexicon import first_name_gender

ONSETS = "b br d dr f g gr k l m n p pr r s st t tr v w z".split()
VOWELS = "a e i o u".split()
CODAS = ["", "", "", "n", "r", "l", "s"]


def invented_words(rng: random.Random, known: set[str], count: int) -> list[str]:
    """`count` made-up words of two or three syllables that no article writes."""
    found: list[str] = []
    while len(found) < count:
        syllables = rng.choice((2, 2, 3))
        word = "".join(
            rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) for _ in range(syllables)
        )
        if word not in known and word not in found and 5 <= len(word) <= 9:
            found.append(word)
    return [w.capitalize() for w in found]


def archive_words(index: Index) -> set[str]:
    """Every word any passage writes, case-folded."""
    words: set[str] = set()
    for article_id in index.articles:
        for passage in index.passages_of(article_id):
            words.update(w.casefold() for w in re.findall(r"[A-Za-z]+", passage.text))
    return words


def _body(name: str) -> bool:
    """Return whether a speaker's name is a body's: every word capitalised but its ties ("Bank
    of England", "National Union of Students"), no first name."""
    words = name.split()
    if len(words) < 2 or first_name_gender(words[0]) or not is_description(name):
        return False
    return all(w[:1].isupper() or w in {"of", "for", "and"} for w in words)


def shapes(index: Index, people: int, seed: int) -> list[dict[str, str]]:
    """The made-up speakers and topics asked: (shape, who, topic) rows."""
    rng = random.Random(seed)
    rarity: Counter[str] = Counter()
    for quote in index.quotes:
        rarity.update({w.casefold() for w in WORD.findall(quote.text)})
    chosen: dict[str, dict[str, str]] = {}
    bodies: dict[str, str] = {}  # a body quoted -> a topic of its words
    texts: dict[str, str] = {}
    for quote in index.quotes:
        name = quote.speaker
        words = name.split()
        topic = topic_of(quote.text, name, rarity)
        if topic is None:
            continue
        if _body(name):
            bodies.setdefault(name, topic)
            continue
        if is_description(name) or len(words) < 2 or not first_name_gender(words[0]):
            continue
        if len(words) != 2 or name in chosen:
            continue
        if quote.article_id not in texts:
            texts[quote.article_id] = article_text(index, quote.article_id)
        role = role_before(texts[quote.article_id], name)
        if role is None:
            continue
        chosen[name] = {"name": name, "role": role, "topic": topic}
    picked = rng.sample(sorted(chosen), min(people, len(chosen)))
    body_names = rng.sample(sorted(bodies), min(people, len(bodies)))
    known = archive_words(index)
    made = invented_words(rng, known, 4 * len(picked) + 2 * len(body_names))
    rows: list[dict[str, str]] = []
    for at, name in enumerate(picked):
        person = chosen[name]
        first, last = name.split()
        first_made, last_made = made[4 * at], made[4 * at + 1]
        other_first, other_last = made[4 * at + 2], made[4 * at + 3]
        topic = person["topic"]
        rows += [
            {"shape": "alone", "who": f"{first_made} {last_made}", "topic": topic},
            {
                "shape": "role",
                "who": f"{person['role'].lower()} {other_first} {other_last}",
                "topic": topic,
            },
            {"shape": "real surname", "who": f"{other_first} {last}", "topic": topic},
            {"shape": "real first name", "who": f"{first} {other_last}", "topic": topic},
        ]
    surnames = sorted({name.split()[1] for name in chosen})
    for at, body in enumerate(body_names):
        first_made, last_made = made[4 * len(picked) + 2 * at : 4 * len(picked) + 2 * at + 2]
        tie = rng.choice(("of the", "from the", "at the", "of"))
        topic = bodies[body]
        role = chosen[picked[at % len(picked)]]["role"].lower().split()[-1]
        rows += [
            {"shape": "body", "who": f"{first_made} {last_made} {tie} {body}", "topic": topic},
            {"shape": "surname at body", "who": f"{last_made} {tie} {body}", "topic": topic},
            {"shape": "titled at body", "who": f"mr {last_made} {tie} {body}", "topic": topic},
            {
                "shape": "real surname at body",
                "who": f"{rng.choice(surnames)} {tie} {body}",
                "topic": topic,
            },
            {
                "shape": "body's person",
                "who": f"the {body}'s {first_made} {last_made}",
                "topic": topic,
            },
            {
                "shape": "body role person",
                "who": f"{body} {role} {first_made} {last_made}",
                "topic": topic,
            },
            {"shape": "role surname", "who": f"{role} {last_made}", "topic": topic},
        ]
    return rows


def wordings(row: dict[str, str]) -> list[tuple[str, str]]:
    """(template, question) of one made-up speaker in every wording that fits."""
    question = f"what did {row['who']} say about {row['topic']}?"
    reading = Reading(who=row["who"], verb="say", tail=f"about {row['topic']}", topic=row["topic"])
    gold = {"question": question, "speaker": row["who"], "speaker_aliases": []}
    asked = [("original", question)]
    for label, make in TEMPLATES.items():
        text = make(reading, gold)
        if text and text != question:
            asked.append((label, text))
    return asked


def write(index_dir: Path, out: Path, people: int, seed: int, only: list[str]) -> int:
    index = load_index(index_dir)
    lines = []
    for row in shapes(index, people, seed):
        if only and row["shape"] not in only:
            continue
        for template, text in wordings(row):
            lines.append(json.dumps({**row, "template": template, "question": text}))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} questions written to {out}")
    return 0


def ask(index_dir: Path, questions: Path, out: Path) -> int:
    from speech_eval import ask_all

    rows = [json.loads(line) for line in questions.read_text(encoding="utf-8").splitlines()]
    generation = index_dir / (index_dir / "CURRENT").read_text().strip()
    articles = Path(json.loads((generation / "meta.json").read_text())["articles_dir"])
    answers, _ = ask_all([r["question"] for r in rows], articles, index_dir)
    for row, (answer, _) in zip(rows, answers, strict=True):
        row["found"] = bool(answer.get("found"))
        row["speakers"] = [q.get("speaker", "") for q in answer.get("quotes") or []]
        row["lead"] = answer.get("lead") or answer.get("note") or ""
    write_rows(out, rows)
    wrong = sum(1 for row in rows if row["speakers"])
    print(f"{len(rows)} asked, {wrong} shown someone's words; written to {out}")
    return 0


def diff(before: Path, after: Path) -> int:
    old = {(r["question"]): r for r in map(json.loads, before.read_text().splitlines())}
    new = {(r["question"]): r for r in map(json.loads, after.read_text().splitlines())}
    per: dict[str, list[int]] = {}
    for question, row in new.items():
        counts = per.setdefault(row["shape"], [0, 0, 0])
        counts[0] += 1
        counts[1] += bool(old[question]["speakers"]) if question in old else 0
        counts[2] += bool(row["speakers"])
    print(f"{'shape':<18}{'n':>6}{'wrong before':>14}{'wrong after':>13}")
    for shape, (n, was, now) in sorted(per.items()):
        print(f"{shape:<18}{n:>6}{was:>14}{now:>13}")
    changed = 0
    for question, row in new.items():
        was = old.get(question)
        if was is None or (was["speakers"][:1], was["found"]) == (
            row["speakers"][:1],
            row["found"],
        ):
            continue
        changed += 1
        print(f"- {row['shape']}/{row['template']}: {question}")
        print(f"    before: found={was['found']} {was['speakers'][:3]}")
        print(f"    after:  found={row['found']} {row['speakers'][:3]}")
    print(f"{changed} answers changed")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("step", choices=("write", "ask", "diff"))
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--index-dir", type=Path)
    parser.add_argument("--people", type=int, default=40)
    parser.add_argument("--seed", type=int, default=60)
    parser.add_argument("--only", action="append", default=[], help="write only this shape")
    args = parser.parse_args()
    if args.step == "write":
        return write(args.index_dir, args.files[0], args.people, args.seed, args.only)
    if args.step == "ask":
        return ask(args.index_dir, args.files[0], args.files[1])
    return diff(args.files[0], args.files[1])


if __name__ == "__main__":
    sys.exit(main())
