"""Probe whether "the closest is X's" quotes are about what was asked.

    python benchmarks/closest_probe.py [--index-dir DIR] [--show KIND|all] [--json FILE]
        [--leave-out SET] [--half first|second] [--again FILE]

A "who said ...?" question no quote answers may still be shown a near quote, under "No quote
says that in those words; the closest is X's:", but only one about what was asked: a quote
sharing a phrase in another sense ("we will go to Newcastle in good shape" for "who said the
economy was in good shape?") is filler under a heading it does not deserve. Made from the
development "who said ...?" questions qabot answers right (`question_sets.pooled`), by rule:

- swapped subject: the subject of one right question ("the salon chain", up to its first
  auxiliary) joined to the rest of another's from another story, when no article holds the
  rarest word of each together (`who_said_honesty_probe.Maker.halves`): no quote says it.
- short swapped: the same from a subject of two content words at most and the other's rest cut
  after its second content word ("the salon chain would keep prices").
- topic swapped: the rarest noun of one right question's subject alone, as the subject of
  another's rest ("the economy" + "was in good shape"), when no article holds it with the
  rest's rarest word.
A closest quote shown for those is counted by where it comes from: the subject's story (the
question's subject: near, allowed), the story the rest was taken from (the phrase in another
sense: bad), or another story (bad). "X said it" is a false claim (worse).

- word dropped: one content word of a right question left out, not its rarest (the claim stays
  findable): the gold speaker should still come first (right kept, the price side), as for
  the right originals themselves.
`--again FILE` asks the variants an earlier `--json` run wrote: two codes on one list.
"""

from __future__ import annotations

import os
import sys
import zlib
from collections import Counter
from typing import Any

from near_miss_probe import Archive
from question_sets import write_rows
from speech_eval import corpora_missing, score
from who_said_honesty_probe import Maker, outcome, shape
from who_said_rewording_probe import content_at, opening
from who_said_variants import asked_again, first_quote, right_who_said, variant_parser

NO_ANSWER = ("swapped subject", "short swapped", "topic swapped")
KINDS = (*NO_ANSWER, "word dropped")
PLACES = ("claimed", "near", "bad rest", "bad other", "passages", "refused", "other")


class Swapper(Maker):
    """The variants, each with the stories its two parts were taken from."""

    def swapped_subject(self, q: dict[str, Any], at: int, short: bool) -> tuple[str, str] | None:
        """(question, the rest's story): q's subject and another right question's rest."""
        mine = self.halves(q)
        if mine is None or not mine[0].casefold().startswith("who"):
            return None
        if short and not 1 <= len(content_at(mine[1].split(), 0)) <= 2:
            return None
        subject_terms = self.key(mine[1])
        others = self.right[at + 1 :] + self.right[:at]
        start = zlib.crc32(f"{q['set']}{q['id']}closest{short}".encode()) % max(len(others), 1)
        for other in others[start:] + others[:start]:
            theirs = self.halves(other)
            if theirs is None or other["article"] == q["article"]:
                continue
            rest = theirs[2]
            if short:
                words = rest.split()
                places = content_at(words, 0)
                if not places:
                    continue
                rest = " ".join(words[: places[min(1, len(places) - 1)] + 1])
            rest_terms = self.key(rest)
            if subject_terms and rest_terms and not self.archive.meet(subject_terms + rest_terms):
                return f"who said {mine[1]} {rest}?", other["article"]
        return None

    def topic_swapped(self, q: dict[str, Any], at: int) -> tuple[str, str] | None:
        """(question, the rest's story): the rarest noun of q's subject alone as the subject
        ("the economy") of another right question's rest ("was in good shape"), when no
        article holds it with the rest's rarest word."""
        mine, others = self.halves(q), self.right[at + 1 :] + self.right[:at]
        if mine is None:
            return None
        words = mine[1].split()
        nouns = [words[i] for i in content_at(words, 0) if not shape(words[i])]
        nouns = [w for w in nouns if self.df(w) >= 3]
        if not nouns:
            return None
        noun = min(nouns, key=self.df)
        start = zlib.crc32(f"{q['set']}{q['id']}topic".encode()) % max(len(others), 1)
        for other in others[start:] + others[:start]:
            theirs = self.halves(other)
            if theirs is None or other["article"] == q["article"]:
                continue
            rest_terms = self.key(theirs[2])
            if not rest_terms or self.archive.meet(self.archive.tokenize(noun) + rest_terms):
                continue
            return f"who said the {noun} {theirs[2]}?", other["article"]
        return None

    def dropped(self, q: dict[str, Any]) -> str | None:
        """q with one content word left out: the commonest of four or more, not the rarest."""
        words = self.words(q)
        content = content_at(words, opening(words))
        if len(content) < 4:
            return None
        order = self.rarest(words, content)
        if len(order) < 4:
            return None
        gone = order[-1]
        return " ".join(w for i, w in enumerate(words) if i != gone) + "?"

    def made(self, q: dict[str, Any], at: int) -> list[tuple[str, str, str]]:
        """(kind, question, the rest's story or "") of every variant made of q."""
        rows: list[tuple[str, str, str]] = []
        for kind, pair in (
            ("swapped subject", self.swapped_subject(q, at, short=False)),
            ("short swapped", self.swapped_subject(q, at, short=True)),
            ("topic swapped", self.topic_swapped(q, at)),
        ):
            if pair is not None:
                rows.append((kind, *pair))
        dropped = self.dropped(q)
        if dropped is not None:
            rows.append(("word dropped", dropped, ""))
        return rows


def place(got: Any, subject_story: str, rest_story: str) -> str:
    """Where a no-answer question's answer comes from (`PLACES`)."""
    how = outcome(got)
    if how != "closest":
        return how
    shown = got.quotes[0].article.path
    if _same(shown, subject_story):
        return "near"
    return "bad rest" if _same(shown, rest_story) else "bad other"


def _same(shown: str, path: str) -> bool:
    """Whether an answer's article (its path in the articles folder) is the question set's
    (a path under the corpora)."""
    return bool(path) and (
        shown == path or shown.endswith("/" + path) or path.endswith("/" + shown)
    )


def main() -> int:
    parser = variant_parser(__doc__, "list the variants of one kind shown a bad closest ('all')")
    args = parser.parse_args()
    if corpora_missing():
        return 0
    with right_who_said(args, "qabot-closest-") as run:
        right = [q for q, _ in run.right]
        if args.again:
            again = asked_again(args.again, run.kept, KINDS)
            asked = [(row["kind"], q, row["question"], row["rest_story"]) for row, q in again]
        else:
            maker = Swapper(Archive(run.index_dir), right)
            asked = [(k, q, t, s) for at, q in enumerate(right) for k, t, s in maker.made(q, at)]
        answers = [run.ask(text) for _, _, text, _ in asked]
    kept, firsts, marks = run.kept, run.firsts, run.marks
    print(f"\n{len(right)} of {len(kept)} dev who-said questions right")
    originals = Counter(outcome(a) for a, ok in zip(firsts, marks, strict=True) if ok)
    print("  right originals by lead: " + ", ".join(f"{k} {v}" for k, v in originals.items()))
    print(f"\n{'kind':<18}{'n':>5}" + "".join(f"{p:>11}" for p in PLACES))
    counts: dict[str, Counter[str]] = {kind: Counter() for kind in NO_ANSWER}
    kept_right: Counter[str] = Counter()
    made: Counter[str] = Counter()
    rows: list[dict[str, Any]] = []
    for (kind, q, text, rest_story), got in zip(asked, answers, strict=True):
        made[kind] += 1
        if kind in NO_ANSWER:
            where = place(got, q["article"], rest_story)
            counts[kind][where] += 1
        else:
            where = "right" if score(q, got.to_json())[0] else "wrong"
            kept_right[where] += 1
        rows.append(
            {
                **{"kind": kind, "id": q["id"], "set": q["set"], "original": q["question"]},
                **{"question": text, "rest_story": rest_story, "place": where},
                **{"lead": got.lead, **first_quote(got)},
            }
        )
    for kind in NO_ANSWER:
        n = sum(counts[kind].values())
        print(f"{kind:<18}{n:>5}" + "".join(f"{counts[kind][p]:>11}" for p in PLACES))
    bad = sum(c["bad rest"] + c["bad other"] + c["claimed"] for c in counts.values())
    print(f"\nbad (claimed or a closest off the subject's story): {bad}")
    print(f"word dropped: {made['word dropped']} made, right kept {kept_right['right']}")
    for r in rows:
        if args.show in {r["kind"], "all"} and r["place"] in {"bad rest", "bad other", "wrong"}:
            print(f"    {r['id']} [{r['kind']}] {r['place']}: {r['question']}")
            print(f"        <- {r['original']}\n        {r['speaker']}: {r['quote'][:150]}")
    if args.json:
        write_rows(args.json, rows)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    sys.exit(main())
