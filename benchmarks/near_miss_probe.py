"""Probe whether qabot says nothing answers a question made unanswerable by a small change.

    python benchmarks/near_miss_probe.py [--index-dir DIR] [--show KIND|all] [--json FILE]

Reads the development answerable plain questions (`--sets development` pool: odd ids; a set
written this session left out: LEAVE_OUT), asks them as written, and makes near misses of those
answered right, in the ways the sets' unanswerable twins are written:

- year: the question asked of a year ("... in 1998", or another for the one it names; none
  when it names a time of its own, "this year"), kept only when no article holding its two
  rarest words has that year. Sure: the BBC archive is of 2004-2005; but a word the story
  writes otherwise escapes the test ("spiderman" of "Spider-Man", whose story has a 1998).
- detail: a name of the question (a run of words the archive writes with a capital) swapped
  for a name of the same kind another development question asks (a person for a person; a
  firm, club, place or body for one of a story of the same section and as many words), kept
  only when no article holds the new name and the question's two rarest other words. Sure,
  as far as the kinds go: a month or a common word typed as a name is no name swapped.
- counted: "how many <noun> ..." asked of a noun another development question counts that the
  story never holds ("how many copies" of a story counting books), kept only when no article
  holds the noun and the question's two rarest other words. Fairly sure: the story may count
  the thing by another name.
- presupposition: "why/when/how did X <deed> ..." (the deed as qabot reads it) asked as "why
  did X fail to <deed> ...", kept only when the gold stories hold no word of failing ("fail",
  "unable", "could not"). Fairly sure: a story may tell a failure in other words.
- no sum: the same asked as "how much did it cost X to <deed> ..." of a story holding no sum
  (no currency sign or word, no "million"). Fairly sure: another story may give a cost.

"when" and "where" of a story with no date or place are not made: nearly every story has both.
Every wording is asked through one `qabot ask --json -` process (top 3, as `plain_eval.py`).
The table gives, per kind, how many variants, how many were refused (`found` false, right) and
answered; the line above it, how many originals were answered right (the variants' sources).
"""

from __future__ import annotations

import os
import re
import sys
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from plain_eval import TOP, score
from question_sets import WRITTEN_THIS_SESSION, pooled, probe_parser, write_rows
from speech_eval import CORPORA, ask_all, build_index, corpora_missing, linked_corpus

KINDS = ("year", "detail", "counted", "presupposition", "no sum")
LEAVE_OUT = WRITTEN_THIS_SESSION
NAME_SHARE = 0.9  # of the passages holding a word, those writing it with a capital
YEARS = ("1998", "1996", "1993")
_TIMES = (
    r"\b(?:this|last|next|previous|that) (?:year|season|month|week)|\byesterday|\btoday|\bseason\b"
)
TIME_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday christmas easter".split()
)
_YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-2]\d)\b")
_CAPITALISED = re.compile(r"(\bin )?\b([A-Z][\w&-]*)")
_WORD = re.compile(r"[\w'’&-]+")
_PERSON = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir)\s+{last}\b|\b{last}\s+said\b|\bsaid\s+{last}\b"
_FAILING = re.compile(r"\bfail|\bunable\b|\bcould not\b|\bcouldn't\b|\bmissed\b", re.I)
_SUM = re.compile(r"[£$€¥]|\b(?:million|bn|billion|pounds?|dollars?|euros?|pence|cents?)\b", re.I)
# the noun counted, before the verb or a preposition: not "how many surgical masks"
_HOW_MANY = re.compile(
    r"^how many (?P<noun>[a-z]+) (?=(?:are|were|is|was|did|do|does|has|have|had|will|would|can"
    r"|could|in|at|of|on|for|a|an|the|took|got)\b)",
    re.I,
)
_DEED_ASKED = re.compile(r"^(?:why|when|how|where) did (?P<rest>.+)$", re.I)


@dataclass(frozen=True, slots=True)
class Variant:
    """One near miss: the question it comes from, its kind and its text."""

    question: dict[str, Any]
    kind: str
    text: str


class Archive:
    """The articles as sets of terms, for the corpus tests, and how the index writes words."""

    def __init__(self, index_dir: Path) -> None:
        from qabot.indexing import load_index
        from qabot.text import tokenize

        self.tokenize = tokenize
        self.index = load_index(index_dir)
        self.texts = {
            str(p.relative_to(CORPORA)): p.read_text(encoding="utf-8", errors="replace")
            for p in sorted(CORPORA.rglob("*.txt"))
        }
        self.terms = {path: set(tokenize(text)) for path, text in self.texts.items()}
        self.df: Counter[str] = Counter(t for terms in self.terms.values() for t in terms)
        self.written: Counter[str] = Counter()
        self.after_in: Counter[str] = Counter()
        for text in self.texts.values():
            for found in _CAPITALISED.finditer(text):
                self.written[found.group(2).casefold()] += 1
                self.after_in[found.group(2).casefold()] += bool(found.group(1))

    def is_name(self, word: str) -> bool:
        """A word the archive writes with a capital: no month, day or everyday name ("UK")."""
        from qabot.search.subject import everyday_weight

        terms = self.tokenize(word)
        if len(terms) != 1 or word.casefold() in TIME_WORDS:
            return False
        written, holding = self.index.engine.capitalised(terms[0])
        weight = self.index.engine.idf(terms).get(terms[0], 0.0)
        common = everyday_weight(len(self.index.engine))
        return holding >= 2 and written >= NAME_SHARE * holding and weight >= common

    def names(self, question: str) -> list[str]:
        """Runs of words of `question` the archive writes with a capital."""
        runs: list[list[str]] = [[]]
        for typed in _WORD.findall(question):
            word = re.sub(r"['’]s$", "", typed)
            if self.is_name(word):
                runs[-1].append(word)
            elif runs[-1]:
                runs.append([])
            if word != typed and runs[-1]:
                runs.append([])  # a possessive closes a name
        return [" ".join(run) for run in runs if run]

    def key_terms(self, text: str, leave: set[str]) -> list[str]:
        """The two rarest terms of `text` the archive holds, those of `leave` apart."""
        terms = {t for t in self.tokenize(text) if t not in leave and self.df[t]}
        return sorted(terms, key=lambda t: (self.df[t], t))[:2]

    def meet(self, terms: list[str], needle: str | None = None) -> list[str]:
        """Articles holding every term of `terms` (and the text `needle`, whole words)."""
        held = [p for p, have in self.terms.items() if all(t in have for t in terms)]
        if needle is None:
            return held
        pattern = re.compile(rf"\b{re.escape(needle)}\b", re.I)
        return [p for p in held if pattern.search(self.texts[p])]

    def is_place(self, name: str) -> bool:
        """A name whose last word the archive writes after "in" in a third of its uses."""
        last = name.split()[-1].casefold()
        return self.written[last] >= 3 and self.after_in[last] * 3 >= self.written[last]

    def is_person(self, name: str, paths: list[str]) -> bool:
        """A name of two words or more whose last the stories write after "Mr" or by "said"."""
        last = re.escape(name.split()[-1])
        pattern = re.compile(_PERSON.format(last=last), re.I)
        return " " in name and any(pattern.search(self.texts.get(p, "")) for p in paths)


def name_kind(archive: Archive, name: str, question: dict[str, Any]) -> str:
    if archive.is_person(name, question["articles"]):
        return "person"
    if archive.is_place(name):
        return "place"
    section = question["articles"][0].split("/")[1] if question["articles"] else ""
    return f"{section}/{len(name.split())}"


def year_variant(archive: Archive, q: dict[str, Any]) -> str | None:
    text = q["question"].rstrip("? ")
    if re.search(_TIMES, text, re.I) or set(text.casefold().split()) & TIME_WORDS:
        return None  # a time of its own: "in 1998" would contradict it, not move it
    named = _YEAR.search(text)
    key = archive.key_terms(_YEAR.sub(" ", text), set())
    for year in YEARS:
        if (named and named.group() == year) or archive.meet(key, year):
            continue
        if any(year in archive.texts.get(p, "") for p in q["articles"]):
            continue
        return _YEAR.sub(year, text, count=1) if named else f"{text} in {year}"
    return None


def detail_variants(archive: Archive, q: dict[str, Any], pool: dict[str, list[str]]) -> list[str]:
    made = []
    for name in archive.names(q["question"]):
        candidates = pool.get(name_kind(archive, name, q), [])
        own = set(archive.tokenize(name))
        key = archive.key_terms(q["question"], own)
        if not key or not candidates:
            continue
        start = zlib.crc32(f"{q['set']}{q['id']}{name}".encode()) % len(candidates)
        for other in candidates[start:] + candidates[:start]:
            terms = archive.tokenize(other)
            if set(terms) & own or set(terms) & set(key) or archive.meet(key + terms):
                continue
            made.append(re.sub(rf"\b{re.escape(name)}\b", other, q["question"], count=1))
            break
    return made


def counted_variant(archive: Archive, q: dict[str, Any], nouns: list[str]) -> str | None:
    """ "how many <noun> ..." asked of a noun the story never holds, from another question."""
    asked = _HOW_MANY.match(q["question"])
    if asked is None or not nouns:
        return None
    own = set(archive.tokenize(asked.group("noun")))
    key = archive.key_terms(q["question"], own)
    held = set().union(*(archive.terms.get(p, set()) for p in q["articles"]))
    start = zlib.crc32(f"{q['set']}{q['id']}".encode()) % len(nouns)
    for noun in nouns[start:] + nouns[:start]:
        terms = archive.tokenize(noun)
        if not terms or set(terms) & (own | held) or archive.meet(key + terms):
            continue
        return q["question"][: asked.start("noun")] + noun + q["question"][asked.end("noun") :]
    return None


def deed_split(archive: Archive, q: dict[str, Any]) -> tuple[str, str] | None:
    """(subject, deed and the rest) of "why/when/how did X <deed> ...", as qabot reads it."""
    from qabot.search.why_deeds import why_deed

    asked = _DEED_ASKED.match(q["question"].rstrip("? "))
    if asked is None:
        return None
    rest = asked.group("rest")
    deed = why_deed(archive.index, f"why did {rest}")
    if deed is None or " " in deed.typed:
        return None
    found = re.search(rf"\b{re.escape(deed.typed)}\b", rest, re.I)
    if found is None or found.start() == 0:
        return None
    return rest[: found.start()].strip(), rest[found.start() :]


def variants(archive: Archive, q: dict[str, Any], pool: dict[str, list[str]]) -> list[Variant]:
    made = []
    if (text := counted_variant(archive, q, pool.get("counted", []))) is not None:
        made.append(Variant(q, "counted", text))
    if (text := year_variant(archive, q)) is not None:
        made.append(Variant(q, "year", text))
    made += [Variant(q, "detail", text) for text in detail_variants(archive, q, pool)]
    split = deed_split(archive, q)
    if split is not None:
        subject, deed = split
        stories = [archive.texts.get(p, "") for p in q["articles"]]
        if not any(_FAILING.search(s) for s in stories):
            made.append(Variant(q, "presupposition", f"why did {subject} fail to {deed}"))
        if not any(_SUM.search(s) for s in stories):
            made.append(Variant(q, "no sum", f"how much did it cost {subject} to {deed}"))
    return made


def name_pool(archive: Archive, questions: list[dict[str, Any]]) -> dict[str, list[str]]:
    """The names development questions ask, by kind: the names a reader types."""
    pool: dict[str, set[str]] = defaultdict(set)
    for q in questions:
        for name in archive.names(q["question"]):
            pool[name_kind(archive, name, q)].add(name.casefold())
        if (asked := _HOW_MANY.match(q["question"])) is not None:
            pool["counted"].add(asked.group("noun").casefold())
    return {kind: sorted(names) for kind, names in pool.items()}


def row(variant: Variant, answer: dict[str, Any]) -> dict[str, Any]:
    q, shown = variant.question, answer.get("passages") or []
    return {
        **{"kind": variant.kind, "id": q["id"], "set": q["set"], "original": q["question"]},
        **{"question": variant.text, "refused": not answer.get("found")},
        "lead": (answer.get("lead") or answer.get("message") or "")[:200],
        "passages": [f"{p['article']['path']}: {p.get('highlight', '')[:150]}" for p in shown],
    }


def main() -> int:
    parser = probe_parser(__doc__, "list the answered variants of one kind (or 'all')")
    args = parser.parse_args()
    if corpora_missing():
        return 0
    questions = [
        q for q in pooled("plain", "development", (*LEAVE_OUT, *args.leave_out)) if q["articles"]
    ]
    with linked_corpus(args.index_dir, "qabot-near-") as (articles, index_dir):
        build_index(articles, index_dir)
        first, _ = ask_all([q["question"] for q in questions], articles, index_dir, TOP)
        right = [q for q, (answer, _) in zip(questions, first, strict=True) if score(q, answer)[0]]
        archive = Archive(index_dir)
        pool = name_pool(archive, questions)
        asked = [v for q in right for v in variants(archive, q, pool)]
        answers, _ = ask_all([v.text for v in asked], articles, index_dir, TOP)
    rows = [row(variant, answer) for variant, (answer, _) in zip(asked, answers, strict=True)]
    print(f"\n{len(questions)} answerable questions, {len(right)} answered right as written\n")
    print(f"{'kind':<16}{'n':>6}{'refused':>9}{'answered':>10}{'share':>8}")
    for kind in KINDS:
        group = [r for r in rows if r["kind"] == kind]
        refused = sum(r["refused"] for r in group)
        share = refused / len(group) if group else 0.0
        print(f"{kind:<16}{len(group):>6}{refused:>9}{len(group) - refused:>10}{share:>8.1%}")
        for r in group if args.show in {kind, "all"} else []:
            if not r["refused"]:
                print(f"    {r['id']}: {r['question']} <- {r['original']}")
                print("\n".join(f"        {passage}" for passage in r["passages"][:2]))
    refused = sum(r["refused"] for r in rows)
    print(f"\nnear misses refused: {refused}/{len(rows)}")
    if args.json:
        write_rows(args.json, rows)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    sys.exit(main())
