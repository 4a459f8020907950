"""Probe "what did <role / title / short name> say" over the archive's own articles, no
question set involved.

    python benchmarks/archive_alias_probe.py --index-dir DIR [--sample N] [--seed S]
        [--show KIND|all] [--json FILE]

`alias_probe.py` rewords the development questions by their gold aliases, a pool fitted over
many sessions. This one walks the index instead: for quoted people whose article also names
them by a role, it makes the question a reader would and asks it through `qabot.search.answer`
in this process. Alias kinds, read from the article's text (its passages joined):

- "role before": the role written before the name ("chief executive Richard Parsons",
  "Bank of England governor Mervyn King"), up to five words ending in a role noun;
- "role after": an apposition ("Mervyn King, the bank's governor, said"), up to eight words
  holding a role noun;
- "title": "Mr/Mrs/Ms/Dr <surname>" when the article writes it so;
- "body short": a quoted body's name without its legal suffix or leading place
  ("China Three Gorges Project Corp" -> "Three Gorges Project").

The topic is the quote's rarest word of five letters or more held by 8 to 80 quotes of the
archive (`COMMON`: a rarer word finds the quote without the speaker), not the speaker's name.
Sampling: one alias a person, seeded, folders taken in turn so each is represented. Outcomes:
"right" (a quote of the person among the first five), "asked" (no quotes, the person among the
choices offered: the honest path for an ambiguous role), "other" (someone else's quotes only:
the worst), "nothing" (no quotes, nobody asked).
A role without its owner may rightly be ambiguous; "other" there is the loss to read first.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path

from qabot.attribution import is_description
from qabot.indexing import Index, load_index
from qabot.search import answer
from qabot.text.lexicon import first_name_gender
from qabot.text.lexicon.people import ROLE_NOUNS

KINDS = (
    "role before, owned",
    "role before, bare",
    "role after, owned",
    "role after, bare",
    "title",
    "body short",
)
POSSESSIVE = re.compile(r"(?:'s|’s|s'|s’)$")
TOP = 5
# the topic word's band of quotes holding it: a rare word finds the quote by itself, and the
# probe would not test the speaker's lookup; a common one is no topic
COMMON = (8, 80)
STOP_BEFORE = frozenset(
    """said says told to by according with from in on that as while when but if who which
    where after before for at of is was are were has had have be been also and or than
    then this these those its their his her our we they he she it not""".split()
)
ROLE_WORDS = ROLE_NOUNS | frozenset(
    """spokesman spokeswoman manager analyst economist coach captain boss owner officer
    editor correspondent producer campaigner inspector chief-executive""".split()
)
SUFFIXES = frozenset("Corp Corp. Corporation Co Co. Inc Inc. Ltd Ltd. plc PLC Group".split())
WORD = re.compile(r"[A-Za-z][A-Za-z'-]{4,}")
APPOSITION_END = re.compile(r"[,.;:\"“”()]| said| says| told| added")


@dataclass(frozen=True, slots=True)
class Probe:
    """One question: who is meant, how they are named, about what, and from which article."""

    speaker: str
    kind: str
    alias: str
    topic: str
    folder: str
    article_id: str
    question: str


def article_text(index: Index, article_id: str) -> str:
    """The article's text as its passages hold it (gaps as spaces)."""
    parts: list[str] = []
    at = 0
    for passage in index.passages_of(article_id):
        parts.append(" " * max(0, passage.start - at) + passage.text)
        at = passage.end
    return "".join(parts)


def is_role(words: list[str]) -> bool:
    return any(w.casefold().strip(",'’") in ROLE_WORDS for w in words)


def role_before(text: str, name: str) -> str | None:
    """The role written just before the name, ending in a role noun."""
    for found in re.finditer(re.escape(name), text):
        head = re.split(r"[.,;:\"“”()\n]", text[: found.start()])[-1].split()
        kept: list[str] = []
        for word in reversed(head[-5:]):
            if word.casefold() in STOP_BEFORE and word.casefold() not in {"of", "and"}:
                break
            if word[:1].isupper() and first_name_gender(word) and not kept:
                break
            kept.insert(0, word)
        while kept and kept[0].casefold() in {"of", "and", "the", "a", "an"}:
            kept.pop(0)
        if kept and kept[-1].casefold().strip("'’") in ROLE_WORDS:
            return " ".join(kept)
    return None


def role_after(text: str, name: str) -> str | None:
    """An apposition after the name ("X, the bank's governor,") holding a role noun."""
    for found in re.finditer(re.escape(name) + r", ", text):
        rest = text[found.end() : found.end() + 90]
        cut = APPOSITION_END.search(rest)
        phrase = rest[: cut.start()] if cut else ""
        words = phrase.split()
        if 1 <= len(words) <= 8 and is_role(words) and words[0][:1] != "w":
            return phrase
    return None


def title_form(text: str, name: str) -> str | None:
    surname = name.split()[-1]
    found = re.search(rf"\b(Mr|Mrs|Ms|Dr) {re.escape(surname)}\b", text)
    return found.group(0) if found else None


def body_short(name: str) -> str | None:
    words = name.split()
    if len(words) < 3 or words[-1] not in SUFFIXES:
        return None
    words = words[:-1]
    if len(words) >= 3:
        words = words[1:]  # a leading place ("China ...")
    return " ".join(words)


def as_asked(kind: str, alias: str) -> str:
    if kind == "title":
        return alias
    words = alias.split()
    if words[0].casefold() in {"the", "a", "an"}:
        words = words[1:]
    return "the " + " ".join(words)


def topic_of(text: str, name: str, rarity: Counter[str]) -> str | None:
    named = {w.casefold() for w in name.split()}
    words = {w.casefold() for w in WORD.findall(text)} - named
    kept = [w for w in words if COMMON[0] <= rarity[w] <= COMMON[1]]
    return min(kept, key=lambda w: (rarity[w], w)) if kept else None


def make_probes(index: Index) -> list[Probe]:
    """Every (person, alias kind) the archive gives, one article each."""
    quotes = index.quotes
    rarity: Counter[str] = Counter()
    for quote in quotes:
        rarity.update({w.casefold() for w in WORD.findall(quote.text)})
    articles = index.articles
    seen: set[tuple[str, str]] = set()
    texts: dict[str, str] = {}
    probes = []
    for quote in quotes:
        name = quote.speaker
        if is_description(name) or len(name.split()) < 2:
            continue
        info = articles.get(quote.article_id)
        if info is None:
            continue
        if quote.article_id not in texts:
            texts[quote.article_id] = article_text(index, quote.article_id)
        text = texts[quote.article_id]
        person = bool(first_name_gender(name.split()[0]))
        forms = [
            ("role before", role_before(text, name) if person else None),
            ("role after", role_after(text, name) if person else None),
            ("title", title_form(text, name) if person else None),
            ("body short", None if person else body_short(name)),
        ]
        for kind, alias in forms:
            topic = topic_of(quote.text, name, rarity)
            if alias is None or topic is None or (name, kind) in seen:
                continue
            seen.add((name, kind))
            asked = as_asked(kind, alias)
            if kind.startswith("role"):
                owned = any(w[:1].isupper() or POSSESSIVE.search(w) for w in asked.split())
                kind += ", owned" if owned else ", bare"
            folder = "/".join(info.path.split("/")[:2])
            question = f"what did {asked} say about {topic}?"
            probes.append(Probe(name, kind, alias, topic, folder, quote.article_id, question))
    return probes


def sample(probes: list[Probe], size: int, seed: int) -> list[Probe]:
    """`size` probes, one a person, folders taken in turn."""
    rng = random.Random(seed)
    by_folder: dict[str, list[Probe]] = defaultdict(list)
    for probe in probes:
        by_folder[probe.folder].append(probe)
    for group in by_folder.values():
        rng.shuffle(group)
    chosen: list[Probe] = []
    people: set[str] = set()
    while len(chosen) < size and any(by_folder.values()):
        for folder in sorted(by_folder):
            group = by_folder[folder]
            while group:
                probe = group.pop()
                if probe.speaker not in people:
                    people.add(probe.speaker)
                    chosen.append(probe)
                    break
    return chosen[:size]


def same_person(said: str, name: str) -> bool:
    said_words = said.casefold().replace("-", " ").split()
    name_words = name.casefold().replace("-", " ").split()
    return bool(said_words) and said_words[-1] == name_words[-1]


def outcome(probe: Probe, result: dict[str, object]) -> str:
    quotes = [str(q) for q in result["quote_speakers"]]  # type: ignore[attr-defined]
    if any(same_person(q, probe.speaker) for q in quotes[:TOP]):
        return "right"
    if quotes:
        return "other"
    choices = [str(c) for c in result["choices"]]  # type: ignore[attr-defined]
    return "asked" if any(same_person(c, probe.speaker) for c in choices) else "nothing"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--sample", type=int, default=300)
    parser.add_argument("--seed", type=int, default=48)
    parser.add_argument("--show", help="list the misses of one kind (or 'all')")
    parser.add_argument("--json", type=Path, help="write every probe and its outcome here")
    args = parser.parse_args()
    index = load_index(args.index_dir)
    probes = sample(make_probes(index), args.sample, args.seed)
    rows = []
    for probe in probes:
        got = answer(index, probe.question, top=TOP)
        result: dict[str, object] = {
            "quote_speakers": [hit.speaker for hit in got.quotes][:TOP],
            "choices": list(got.choices),
            "speaker_resolved": got.speaker,
            "lead": got.lead[:160],
        }
        rows.append({**asdict(probe), **result, "outcome": outcome(probe, result)})
    outcomes = ("right", "asked", "other", "nothing")
    print(f"{'kind':<14}{'n':>5}" + "".join(f"{o:>9}" for o in outcomes))
    for kind in (*KINDS, "all"):
        group = [r for r in rows if kind in {"all", r["kind"]}]
        counts = Counter(r["outcome"] for r in group)
        print(f"{kind:<14}{len(group):>5}" + "".join(f"{counts[o]:>9}" for o in outcomes))
        if args.show in {kind, "all"} and kind != "all":
            for r in group:
                if r["outcome"] != "right":
                    print(f"    {r['outcome']}: {r['question']}  [{r['speaker']}; {r['alias']}]")
                    print(f"        -> {r['speaker_resolved']} {r['quote_speakers'][:3]}")
    if args.json:
        args.json.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
