"""Probe "what did the <party> <role> say" asked by either of a party's names, over the
archive's own articles, no question set involved.

    python benchmarks/party_names_probe.py --index-dir DIR [--show]

Every "role before" and "role after" alias `archive_alias_probe.py` makes (the whole pool, not
its sample) whose role holds a party's word with another name ("Tory" and "Conservative",
"Lib Dem" and "Liberal Democrat", "Democratic" and "Democrat", "GOP" and "Republican") is asked
twice: as the article writes it, and with the party's other name. A reader means one party by
both, so both questions should reach the same person. Counted per form: right (a quote of the
person among the first five), asked (the person among the choices offered), other, nothing;
and how many pairs end alike (the same outcome and the same first speaker).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from archive_alias_generation import Probe, make_probes
from archive_alias_probe import TOP, outcome

from qabot.indexing import Index, load_index
from qabot.search import answer

# a party's two names, each way, as a reader types either ("tory" or "conservative")
OTHER_NAMES = {
    "tory": "conservative",
    "tories": "conservatives",
    "lib dem": "liberal democrat",
    "lib dems": "liberal democrats",
    "democratic": "democrat",
    "gop": "republican",
}
OTHER_NAMES |= {long: short for short, long in list(OTHER_NAMES.items())}
_NAMES = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, OTHER_NAMES), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
ROLE_KINDS = ("role before, owned", "role before, bare", "role after, owned", "role after, bare")


def swapped(question: str) -> str | None:
    """Return `question` with each party name in its other name, or None when it has none."""
    if not _NAMES.search(question):
        return None
    return _NAMES.sub(lambda m: OTHER_NAMES[m.group(1).casefold()], question)


def asked(index: Index, probe: Probe, question: str) -> tuple[str, str | None]:
    """Return the outcome of `question` for `probe` and the first quote's speaker."""
    got = answer(index, question, top=TOP)
    result: dict[str, object] = {
        "quote_speakers": [hit.speaker for hit in got.quotes][:TOP],
        "choices": list(got.choices),
    }
    first = got.quotes[0].speaker if got.quotes else None
    return outcome(probe, result), first


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--show", action="store_true", help="list the pairs that differ")
    args = parser.parse_args()
    index = load_index(args.index_dir)
    probes = [p for p in make_probes(index) if p.kind in ROLE_KINDS and swapped(p.question)]
    counts: dict[str, Counter[str]] = {"as written": Counter(), "other name": Counter()}
    alike = 0
    for probe in probes:
        other = swapped(probe.question) or probe.question  # each kept probe has one
        first = asked(index, probe, probe.question)
        second = asked(index, probe, other)
        counts["as written"][first[0]] += 1
        counts["other name"][second[0]] += 1
        alike += first == second
        if args.show and first != second:
            print(f"  {probe.speaker}: {probe.question} -> {first}; {other} -> {second}")
    outcomes = ("right", "asked", "other", "nothing")
    print(f"{'form':<12}{'n':>5}" + "".join(f"{o:>9}" for o in outcomes))
    for form, counted in counts.items():
        print(f"{form:<12}{len(probes):>5}" + "".join(f"{counted[o]:>9}" for o in outcomes))
    print(f"alike: {alike} of {len(probes)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
