"""Probe "how many X" questions written from the archive's own counts, no question set.

    python benchmarks/counted_archive_probe.py OUT.jsonl [--sample N] [--seed S]
    python benchmarks/plain_eval.py --questions OUT.jsonl --index-dir DIR --show-failures

Reads the BBC articles' sentences holding a count: a number (in figures or words), a size word
or none ("3.9 million", "40,000", "twelve"), then a plural noun in lower case, maybe one word
between ("226 distributed attacks"). Each is asked as readers ask from a story they half
remember: "how many" and the counted noun, then the sentence's other words around the count
(up to eight before it, six after), in lower case and without the figure: "Daimler sold 3.9
million units last year" -> "how many units daimler sold last year". Where the noun is one for
people ("viewers", "fans", "workers"), the same is asked of "people" too, the word readers use
for a count of anyone ("how many people ..."). Right when a shown passage of the article holds
the count (number, size word and noun): `plain_eval.py`'s rule for answerable questions. A
seeded sample of sentences, one an article.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path
from typing import Any

from question_sets import write_rows

from qabot.text.lexicon import PERSON_NOUNS

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
_NUMBER = (
    r"(?!(?:19|20)\d\d\b)\d(?:[\d,]*\d)?(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|hundreds|thousands|millions"
)
COUNT = re.compile(
    rf"\b(?P<figure>(?:{_NUMBER})(?:\s+(?:hundred|thousand|million|billion))?)"
    r"\s+(?:(?P<between>[a-z][a-z-]+)\s+)?(?P<noun>[a-z][a-z-]{2,}s)\b"
)
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_DOERS = ("ers", "ors", "ists", "ants", "ents", "ians")
_NOT_NOUNS = frozenset("is was has does goes makes says its this thus his".split())


def people_noun(noun: str) -> bool:
    """Return whether the plural `noun` names people ("fans", "workers", "residents")."""
    return noun.endswith(_DOERS) or noun.removesuffix("s") in PERSON_NOUNS or noun in PERSON_NOUNS


def questions_of(sentence: str, article: str, key: str) -> list[dict[str, Any]]:
    """The probe's questions of one sentence's first count (none when it has none)."""
    found = COUNT.search(sentence)
    if found is None or found.group("noun") in _NOT_NOUNS:
        return []
    if sentence[max(0, found.start() - 1) : found.start()] in {"£", "$", "€"}:
        return []  # a sum of money
    before = WORD.findall(sentence[: found.start()])[-8:]
    after = WORD.findall(sentence[found.end() :])[:6]
    context = " ".join(w.casefold() for w in [*before, *after])
    if len(context.split()) < 3:
        return []
    snippet = found.group()
    noun = found.group("noun")
    row = {"class": "fact", "articles": [article], "snippets": [snippet]}
    rows = [{"id": key, "question": f"how many {noun} {context}", **row}]
    if people_noun(noun):
        rows.append({"id": f"{key}-people", "question": f"how many people {context}", **row})
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    here = Path(__file__).resolve().parent
    parser.add_argument("--corpora", type=Path, default=here.parent.parent / "shared/corpora")
    parser.add_argument("--sample", type=int, default=300)
    parser.add_argument("--seed", type=int, default=60)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    files = sorted((args.corpora / "bbc_news").rglob("*.txt"))
    rows: list[dict[str, Any]] = []
    for path in rng.sample(files, len(files)):
        text = path.read_text(encoding="utf-8", errors="replace")
        sentences = [s.strip() for s in _SENTENCE.findall(text.split("\n", 1)[-1])]
        rng.shuffle(sentences)
        article = path.relative_to(args.corpora).as_posix()
        for sentence in sentences:
            made = questions_of(sentence, article, f"c{len(rows):04d}")
            if made:
                rows += made
                break
        if sum(1 for r in rows if not r["id"].endswith("-people")) >= args.sample:
            break
    write_rows(args.out, rows)
    print(f"{len(rows)} questions written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
