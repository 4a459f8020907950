"""Probe how "who said ...?" answers hold when the words asked are reworded as readers do.

    python benchmarks/who_said_rewording_probe.py [--index-dir DIR] [--show WAY|all]
        [--json FILE] [--leave-out SET]

Reads the development part of every speech set (`question_sets.pooled`: never an even half, the
third set, nor a set left out with `--leave-out`), keeps the "who said ...?" questions qabot
answers right (the gold speaker first), and rewords what they ask by general rules, never by
hand, one way at a time:

- derivation: one content word for another of its family that stemming keeps apart
  ("criticism" -> "criticised", "decision" -> "decided", "critical" -> "criticise"): a word
  found by swapping derivational endings (-ion, -ment, -ism, -ist, -al, -ive, -ful, -ity,
  -ise, -ic, ...) that the archive itself writes at least `KNOWN` times;
- tense: auxiliaries to another tense ("is" -> "was", "will" -> "would", "has" -> "had");
- voice: "X was <done> by Y" -> "Y <done> X" (an active question turned passive by rule made
  broken sentences: its object runs on into what follows it; left out);
- function words: little words changed ("the" <-> "a", "would not" -> "wouldn't", "that"
  after the verb dropped, "very"/"really"/"just" dropped, "going to" -> "will");
- dropped word: one content word left out (the middle one, by position);
- synonym: one content word for a WordNet synonym of it (qabot's own lexicon, `synonyms.txt`:
  no download, no other package) that the archive writes at least `KNOWN` times.

Names (capitalised words) and the question's opening ("who said", "which minister warned")
are kept. Every wording is asked through one `qabot ask --json -` process and scored with
`speech_eval.score`. The table gives, per way, how many right questions it applies to, how
many the variant keeps (the gold speaker still first) and loses. `--json` writes every variant
with the place of the gold speaker among the quotes shown (0 when absent).
"""

from __future__ import annotations

import os
import re
import sys
from collections import Counter
from typing import Any

from question_sets import pooled, probe_parser, write_rows
from speech_eval import (
    BBC,
    WEB,
    ask_all,
    build_index,
    corpora_missing,
    linked_corpus,
    mentions,
    names_of,
    score,
    unique_ids,
)

from qabot.text import tokenize
from qabot.text.lexicon import SYNONYM_GROUPS

KNOWN = 3  # times the archive must write a word for a rewording to use it
# derivational endings, longest first: a word's root is what is left of it without one
ENDINGS = sorted(
    (
        "ation ations ition ion ions ment ments ism isms ist ists al ally ial ive ively ful "
        "fully ity ities ness ise ised ises ising ize ized izes izing ic ical ically ous ously "
        "ance ence ant ent able ably ible ify ified ification ative ed ing s"
    ).split(),
    key=len,
    reverse=True,
)
INFLECTIONS = frozenset(("ed", "ing", "s"))  # a family member is more than one of these
STOP = frozenset(
    (
        "a an the and or but of to in on at by for with from as is are was were be been being "
        "has have had do does did will would can could should may might must not no that this "
        "these those it its they them their he she his her him we our us you your i my me who "
        "which what when where why how there here than then so too very just also about over "
        "into out up down more most much many some any all one two said say says told"
    ).split()
)
TENSES = {
    "is": "was",
    "are": "were",
    "was": "is",
    "were": "are",
    "has": "had",
    "have": "had",
    "will": "would",
    "would": "will",
    "can": "could",
    "could": "can",
    "isn't": "wasn't",
    "wasn't": "isn't",
    "won't": "wouldn't",
    "wouldn't": "won't",
}
AFTER_TO = frozenset("to will would can could should may might must".split())  # "to have"
FUNCTION_RULES = (
    (r"\bwould not\b", "wouldn't"),
    (r"\bwill not\b", "won't"),
    (r"\bdid not\b", "didn't"),
    (r"\bdoes not\b", "doesn't"),
    (r"\bis not\b", "isn't"),
    (r"\bwas not\b", "wasn't"),
    (r"\bcould not\b", "couldn't"),
    (r"\bgoing to\b", "will"),
    (r"\b(?:very|really|just|actually) ", ""),
    (
        r"^((?:who|which)\b.*?\b(?:said|says|claimed|warned|insisted|argued|admitted)) that\b",
        r"\1",
    ),
    (r"\bthe (?=\w+[^s\W] )", "a "),
    (r"\ban?\b", "the"),
)
VOICE = re.compile(
    r"\b(?P<obj>(?:the|a|an|his|her|their|its) (?:\w+ ){0,2}?\w+) (?:was|were|is|are|had been|"
    r"has been|have been|would be|will be) (?P<verb>\w+ed) by (?P<subj>(?:the |a |an )?"
    r"(?:\w+ ){0,2}?\w+)\b"
)
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
WAYS = ("derivation", "tense", "voice", "function words", "dropped word", "synonym")


def archive_counts() -> Counter[str]:
    """Return how often the archive (BBC articles and web pages) writes each word in lower
    case (a name's lower-case form is no word: "marr" of Andrew Marr)."""
    counts: Counter[str] = Counter()
    for path in [*BBC.glob("*/*.txt"), *WEB.glob("*.html")]:
        text = path.read_text(encoding="utf-8", errors="replace")
        counts.update(w for w in WORD.findall(text) if w.islower())  # no names
    return counts


def opening(words: list[str]) -> int:
    """Return how many words open the question ("who said", "which EU minister warned"): kept."""
    first = words[0].casefold() if words else ""
    if first != "which":
        at = 2 if first == "who" else 1
        return at + (len(words) > at and words[at].casefold() == "that")
    for at, word in enumerate(words[1:], 1):
        if word.casefold().endswith(("ed", "said", "says", "told")) or word.casefold() in {
            "say",
            "warn",
            "claim",
        }:
            return at + 1
    return 1


def content_at(words: list[str], start: int) -> list[int]:
    """Return the places of the content words after the opening: lower case, not little."""
    return [
        i
        for i in range(start, len(words))
        if words[i].isalpha() and words[i].islower() and words[i] not in STOP and len(words[i]) > 2
    ]


def family(word: str, known: Counter[str]) -> list[str]:
    """Return the archive's words of `word`'s derivational family that stemming keeps apart,
    the most written first."""
    roots = {word}
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            root = word[: -len(ending)]
            roots |= {root, root + "e", root[:-1] if root[-1] == root[-2] else root}
            if root.endswith("i"):
                roots.add(root[:-1] + "y")
            if root.endswith(("is", "iz")):
                roots.add(root[:-2])
            if root.endswith("at"):
                roots.add(root[:-2])
    stem = tokenize(word)
    forms = {
        root + ending
        for root in roots
        for ending in ENDINGS
        if len(root) >= 5 and not (root.endswith("e") and ending[0] in "aeiouy")
    }
    forms |= {root for root in roots if len(root) >= 5}
    found = [
        form
        for form in forms
        if form != word
        and form not in STOP
        and known[form] >= KNOWN
        and tokenize(form) not in ([], stem)
        and not _inflected_apart(word, form)
    ]
    return sorted(found, key=lambda form: (-known[form], form))


def _inflected_apart(word: str, form: str) -> bool:
    """Return whether `form` differs from `word` by inflections only ("pick" -> "picks")."""
    for one, other in ((word, form), (form, word)):
        for ending in INFLECTIONS:
            if other == one + ending or (one.endswith("e") and other == one[:-1] + ending):
                return True
    return False


def synonyms() -> dict[str, list[str]]:
    """Return each one-word lexicon entry's one-word synonyms (`SYNONYM_GROUPS`)."""
    out: dict[str, list[str]] = {}
    for group in SYNONYM_GROUPS.split(" / "):
        words = [w for w in group.split() if w.isalpha() and w.islower()]
        for word in words:
            out.setdefault(word, []).extend(w for w in words if w != word)
    return out


def variants(question: str, known: Counter[str], similar: dict[str, list[str]]) -> dict[str, str]:
    """Return the question reworded each way that applies to it."""
    text = question.strip().rstrip("?").strip()
    words = text.split()
    start = opening(words)
    head, tail = " ".join(words[:start]), " ".join(words[start:])
    content = content_at(words, start)
    out: dict[str, str] = {}

    def swapped(at: int, new: str) -> str:
        return " ".join([*words[:at], new, *words[at + 1 :]]) + "?"

    for at in content:
        forms = family(words[at], known)
        if forms:
            out["derivation"] = swapped(at, forms[0])
            break
    tensed = [
        w if w in {"has", "have"} and before in AFTER_TO else TENSES.get(w, w)
        for before, w in zip(words[start - 1 : -1], words[start:], strict=True)
    ]
    if tensed != words[start:]:
        out["tense"] = " ".join([head, *tensed]) + "?"
    voiced = VOICE.search(tail)
    if voiced:
        active = f"{voiced['subj']} {voiced['verb']} {voiced['obj']}"
        out["voice"] = f"{head} {tail[: voiced.start()]}{active}{tail[voiced.end() :]}?"
    reworded = tail
    for pattern, new in FUNCTION_RULES:
        changed = re.sub(pattern, new, reworded, count=1)
        if changed != reworded:
            reworded = changed
            break
    if reworded == tail:
        said = re.sub(r" that$", "", head)
        if said != head:
            out["function words"] = f"{said} {tail}?"
    else:
        out["function words"] = f"{head} {reworded}?"
    if len(content) >= 3:
        at = content[len(content) // 2]
        out["dropped word"] = " ".join([*words[:at], *words[at + 1 :]]) + "?"
    for at in content:
        stem = tokenize(words[at])
        others = [
            w
            for w in similar.get(words[at], [])
            if known[w] >= KNOWN and tokenize(w) not in ([], stem)
        ]
        if others:
            best = max(others, key=lambda w: (known[w], w))
            out["synonym"] = swapped(at, best)
            break
    return out


def gold_place(question: dict[str, Any], answer: dict[str, Any]) -> int:
    """Return the place (1-based) of the first quote by the gold speaker shown; 0 if none."""
    names = names_of(question)
    for place, quote in enumerate(answer.get("quotes") or [], 1):
        if mentions(quote.get("speaker", ""), names):
            return place
    return 0


def main() -> int:
    parser = probe_parser(__doc__, "list the losses of one way (or 'all')")
    args = parser.parse_args()
    if corpora_missing():
        return 0
    questions = unique_ids(pooled("speech", "development", tuple(args.leave_out)))
    kept = [q for q in questions if q["type"] == "who_said"]
    known, similar = archive_counts(), synonyms()
    with linked_corpus(args.index_dir, "qabot-rewording-") as (articles, index_dir):
        build_index(articles, index_dir)
        firsts, _ = ask_all([q["question"] for q in kept], articles, index_dir)
        right = [q for q, (answer, _) in zip(kept, firsts, strict=True) if score(q, answer)[0]]
        asked = [
            (way, q, text)
            for q in right
            for way, text in variants(q["question"], known, similar).items()
        ]
        answers, _ = ask_all([text for _, _, text in asked], articles, index_dir)
    print(f"\n{len(right)} of {len(kept)} dev who-said questions right; {len(asked)} rewordings\n")
    print(f"{'way':<16}{'n':>5}{'kept':>6}{'lost':>6}")
    rows: list[dict[str, Any]] = []
    lost: dict[str, list[str]] = {}
    outcomes: dict[str, list[bool]] = {}
    for (way, q, text), (answer, _) in zip(asked, answers, strict=True):
        correct = score(q, answer)[0]
        outcomes.setdefault(way, []).append(correct)
        place = gold_place(q, answer)
        if not correct:
            lost.setdefault(way, []).append(f"{q['id']} ({place or '-'}): {text}")
        rows.append(
            {
                "way": way,
                "id": q["id"],
                "set": q["set"],
                "original": q["question"],
                "question": text,
                "correct": correct,
                "gold_place": place,
            }
        )
    for way in WAYS:
        got = outcomes.get(way, [])
        print(f"{way:<16}{len(got):>5}{sum(got):>6}{len(got) - sum(got):>6}")
    total = [c for got in outcomes.values() for c in got]
    print(f"{'all':<16}{len(total):>5}{sum(total):>6}{len(total) - sum(total):>6}")
    for way in WAYS:
        if args.show in {way, "all"}:
            print(f"\nlost, {way} (id, place of the gold speaker among those shown):")
            for line in lost.get(way, []):
                print(f"    {line}")
    if args.json:
        write_rows(args.json, rows)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    sys.exit(main())
