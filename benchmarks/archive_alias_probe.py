"""Probe "what did <role / title / short name> say" over the archive's own articles, no
question set involved.

    python benchmarks/archive_alias_probe.py --index-dir DIR [--sample N] [--seed S]
        [--shapes base|wide] [--only KIND] [--show KIND|all] [--json FILE]

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

`--shapes wide` asks, instead, the shapes readers type that the article does not write as they
stand (the first sample is kept as it was, so its figures compare across sessions):

- "surname": the surname alone, when the article writes it so ("what did Varley say");
- "lower case": a "role before, owned" or "title" question typed in lower case ("what did the
  bank of england governor say", "what did mr varley say");
- "owner's role" / "role of owner": the owner of a role written before the name moved, as
  "Time Warner's chief executive" or "the chief executive of Time Warner" (owners that are
  a nationality or a party's word, "the US judge", "the Liberal leader", are left as written);
- "body initials": a quoted body by the initials its article gives it in brackets
  ("Confederation of British Industry (CBI)" -> "the CBI");
- "person's role": a role the article gives the person as another person's ("Bolger's
  lawyer, Jeremy Robinson", "X, Bolger's lawyer,"), asked so: the one described so, never
  the owner nor another's spokesman quoted in a story about the owner ("other" there is the
  worst);
- "person's role, described": a speaker quoted under a description holding a person's role
  ("Blair's official spokesman", "a spokesman for Tony Blair"), asked by the person's full
  name ("Tony Blair's spokesman"): right only when that description's words are shown;
- "body word": a quoted body of two or more words by its first word, when its article writes
  that word alone ("Amnesty International" -> "Amnesty"); not a person whose first name the
  name lists do not know ("Kostas Panagopoulos", "Howard Flight"): one a quote's cue gives a
  pronoun ("he said") or the article a title ("Mr Flight").

`--shapes owned` asks a person's role another quoted person owns, over role nouns beyond the
wide shapes' few (an agent, a publicist, kin: `OWNED_NOUNS`), each person in the shapes the
article allows (a sample of its own: the wide sample is kept as it was):

- "owned role": as written ("Bolger's lawyer", "Juninho's agent");
- "owned role, full owner": an owner written by surname asked by the full name the article
  gives them ("Jim Bolger's lawyer");
- "owned role, titled": by the title the article gives the owner, in lower case ("mr bolger's
  lawyer").

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
import sys
from collections import Counter
from dataclasses import asdict
from pathlib import Path

from archive_alias_generation import (
    Probe,
    make_named_probes,
    make_owned_probes,
    make_probes,
    sample,
)
from archive_alias_named import NAMED_KINDS

from qabot.attribution import is_description
from qabot.indexing import load_index
from qabot.search import answer

KINDS = (
    "role before, owned",
    "role before, bare",
    "role after, owned",
    "role after, bare",
    "title",
    "body short",
)
OWNED_KINDS = ("owned role", "owned role, full owner", "owned role, titled")
WIDE_KINDS = (
    "surname",
    "lower case",
    "owner's role",
    "role of owner",
    "body initials",
    "body word",
    "person's role",
    "person's role, described",
    "role's role, described",
    "holder's role, described",
)
TOP = 5


def right_voice(probe: Probe, speakers: list[str]) -> bool:
    """Whether a shown speaker is the described one, or another description of the same role
    holding every word of the office asked or the described owner's surname ("the prime
    minister's official spokesman" or "Blair's official spokesman" for "the prime minister's
    spokesman" when the one described is "a spokesman for Tony Blair")."""
    if probe.speaker in speakers:
        return True
    asked = probe.alias.removeprefix("the ")
    role, office = asked.split("'s ")[::-1] if "'s " in asked else asked.split(" for the ")
    surname = probe.speaker.split()[-1].casefold()
    owners = [set(office.split())] + ([{surname}] if probe.kind.startswith("holder") else [])
    for said in speakers:
        words = {w.casefold().removesuffix("'s").removesuffix("’s") for w in said.split()}
        if is_description(said) and role in words and any(o <= words for o in owners):
            return True
    return False


def same_person(said: str, name: str) -> bool:
    said_words = said.casefold().replace("-", " ").split()
    name_words = name.casefold().replace("-", " ").split()
    return bool(said_words) and said_words[-1] == name_words[-1]


def outcome(probe: Probe, result: dict[str, object]) -> str:
    quotes = [str(q) for q in result["quote_speakers"]]  # type: ignore[attr-defined]
    if probe.kind == "person's role, described":  # "Blair's official spokesman" itself
        if probe.speaker in quotes[:TOP]:
            return "right"
    elif probe.kind in {"role's role, described", "holder's role, described"}:
        if right_voice(probe, quotes[:TOP]):
            return "right"
    elif probe.kind == "shared surname":  # another of the surname is another person
        if probe.speaker in quotes[:TOP]:
            return "right"
    elif any(same_person(q, probe.speaker) for q in quotes[:TOP]):
        return "right"
    if quotes:
        return "other"
    choices = [str(c) for c in result["choices"]]  # type: ignore[attr-defined]
    if probe.kind == "shared surname":
        return "asked" if probe.speaker in choices else "nothing"
    return "asked" if any(same_person(c, probe.speaker) for c in choices) else "nothing"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--sample", type=int, default=300)
    parser.add_argument("--seed", type=int, default=48)
    parser.add_argument(
        "--shapes",
        choices=("base", "wide", "owned", "named"),
        default="base",
        help="the shapes asked (docstring)",
    )
    parser.add_argument("--only", help="sample only the probes of this kind")
    parser.add_argument("--show", help="list the misses of one kind (or 'all')")
    parser.add_argument("--json", type=Path, help="write every probe and its outcome here")
    args = parser.parse_args()
    index = load_index(args.index_dir)
    wide = args.shapes == "wide"
    if args.shapes in {"owned", "named"}:
        every = (make_owned_probes if args.shapes == "owned" else make_named_probes)(index)
    else:
        every = make_probes(index, wide)
    made = [p for p in every if args.only in {None, p.kind}]
    probes = sample(made, args.sample, args.seed)
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
    shaped = {"owned": OWNED_KINDS, "named": NAMED_KINDS, "wide": WIDE_KINDS}
    kinds = shaped.get(args.shapes, KINDS)
    for kind in (*kinds, "all"):
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
