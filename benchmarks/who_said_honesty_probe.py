"""Probe whether "who said ...?" answers stay honest when no quote says what is asked.

    python benchmarks/who_said_honesty_probe.py [--index-dir DIR] [--show KIND|all]
        [--json FILE] [--leave-out SET] [--half first|second] [--again FILE]

Reads the development "who said ...?" questions of every speech set (`question_sets.pooled`:
never an even half, the third set, nor a set left out with `--leave-out`), keeps those qabot
answers right (the gold speaker first) and makes questions no article answers of them, by
general rules, never by hand:

- one swapped: the question's rarest content word (lower case, after "who said") for a word of
  the same shape (its ending: -ed, -ing, -s, -ly or none) that another right question asks of
  another story and no more than `RARER` times as common, kept only when no article holds the
  new word with the question's two rarest other words, nor the question's own story. Sure as
  far as that test goes (the rest of the question may still be said by the same speaker: the
  claim asked is not).
- two swapped: the same for its two rarest content words (questions of four content words or
  more), each tested so. Sure.
- negated: the question's first denial dropped ("won't" -> "will", "not" or "never" left
  out), or, when it denies nothing, its first auxiliary after the opening negated ("will" ->
  "will not"); a question denying in other words ("no", "without") is left out. Fairly sure:
  the gold quote says the opposite, though someone else may have said what is asked, and a
  "not" may fall in the question's setting ("after he was not picked"), not its claim.
- invented: the subject of one right question ("the salon chain", up to its first auxiliary)
  joined to the rest of another's from another story ("would keep ...") when no article holds
  the rarest word of each together. Fairly sure: only the rarest word of each part is tested.
- invented, quoted: the same typed in quotation marks, as a reader checking a quote does.
The three short kinds below are asked as "who said ...?", whatever the question's opening (a
role asked, "which minister said", would be evidence of its own):

- nonsense: a short claim of two nouns the archive knows from two stories, in a frame of one
  or no other content word ("the moon is made of cheese", "the X can fly to the Y"), kept
  only when no article holds the two nouns together. Sure.
- short invented: as invented, from a subject of two content words at most and the other
  story's rest cut after its second content word ("the salon chain would keep prices").
  Fairly sure, as invented.
- one word: one noun of the question in a frame of little words and one everyday word at most
  ("we will not let them have the X", "it is all about the X"), kept only when no article
  writes the frame around it. No quote says it in those words; one shared word tells no claim.

Swapping a word for its opposite ("rise" -> "fall") is not made: nothing in qabot or its
lexicon knows opposites, and a short list of pairs would be the probe's guess, not the archive's.
Every wording is asked in this process through `qabot.search.answer` (top 5, as
`speech_eval.py`), which gives the lead. The table gives per kind how many variants, and how
many were answered "X said it:" (claimed: a false attribution), "the closest is X's" (closest),
"Passages with some of its words" (passages) and `found` false (refused); the line above it,
how many originals are right and how many of those claimed ("X said it:").
`--half` keeps the first or second half of the right questions by position (fit on one, check
the other). `--again FILE` asks the variants an earlier run wrote with `--json` instead of
making them: the variants made depend on which questions a code answers right, so two codes
are compared on one list so. The lines "dev originals" give the price side: what the
development questions themselves get, right (the gold speaker first) or wrong.
"""

from __future__ import annotations

import os
import re
import sys
import zlib
from collections import Counter
from typing import Any

from near_miss_probe import Archive
from question_sets import write_rows
from speech_eval import CORPORA, corpora_missing
from who_said_rewording_probe import STOP, content_at, opening
from who_said_variants import asked_again, first_quote, right_who_said, variant_parser

KINDS = (
    "one swapped",
    "two swapped",
    "negated",
    "invented",
    "invented, quoted",
    "nonsense",
    "short invented",
    "one word",
)
# the frames of the short kinds: two nouns joined as no article joins them, and one noun
# among little words (each written so the noun's number does not matter much)
NONSENSE = (
    "the {0} is made of {1}",
    "the {0} can fly to the {1}",
    "the {0} will replace the {1}",
    "the {0} is afraid of the {1}",
)
ONE_WORD = (
    "we will not let them have the {0}",
    "it is all about the {0}",
    "this was never about the {0}",
    "they should be ashamed of the {0}",
)
OUTCOMES = ("claimed", "closest", "passages", "refused", "other")
SHAPES = ("ing", "ed", "ly", "s")
RARER = 4  # a swapped-in word is written in at most this many times the articles of the other
NEGATE = {
    **{w: f"{w} not" for w in "is are was were will would could should has have had".split()},
    **{"can": "cannot", "does": "does not", "did": "did not", "do": "do not"},
    **{"isn't": "is", "aren't": "are", "wasn't": "was", "weren't": "were", "won't": "will"},
    **{"wouldn't": "would", "couldn't": "could", "can't": "can", "cannot": "can"},
    **{"shouldn't": "should", "hasn't": "has", "haven't": "have", "hadn't": "had"},
    **{"doesn't": "does", "didn't": "did", "don't": "do"},
}
DENIAL = re.compile(r"\b(?:no|nobody|nothing|none|neither|nor|without|cannot)\b|n['’]t\b", re.I)
AUXILIARIES = frozenset(w for w in NEGATE if "'" not in w and w != "cannot")


def shape(word: str) -> str:
    """Return a word's ending class, a rough part of speech: -ing, -ed, -ly, -s or none."""
    for ending in SHAPES:
        if word.endswith(ending) and not word.endswith("ss"):
            return ending
    return ""


def outcome(answer: Any) -> str:
    """Return how an answer reads: a speaker claimed, the closest offered, passages or none."""
    if not answer.found:
        return "refused"
    if answer.quotes and answer.lead.endswith(" said it:"):
        return "claimed"
    if answer.lead.startswith("No quote says that in those words; the closest is"):
        return "closest"
    if answer.lead.startswith("No quote in the articles matches that."):
        return "passages"
    return "other"


class Maker:
    """Makes the variants of the right questions, tested against the articles."""

    def __init__(self, archive: Archive, right: list[dict[str, Any]]) -> None:
        self.archive = archive
        self.right = right
        self.pool: dict[str, list[tuple[str, str]]] = {}  # shape -> (word, its story)
        seen: set[str] = set()
        for q in right:
            words = self.words(q)
            for at in content_at(words, opening(words)):
                word = words[at]
                if word not in seen and self.df(word) >= 3:
                    seen.add(word)
                    self.pool.setdefault(shape(word), []).append((word, q["article"]))

    @staticmethod
    def words(q: dict[str, Any]) -> list[str]:
        return q["question"].strip().rstrip("?").strip().split()

    def df(self, word: str) -> int:
        terms = self.archive.tokenize(word)
        return min((self.archive.df[t] for t in terms), default=0) if terms else 0

    def story(self, path: str) -> set[str]:
        """The terms of a story, a saved web page's text included."""
        if path not in self.archive.terms and (CORPORA / path).is_file():
            text = (CORPORA / path).read_text(encoding="utf-8", errors="replace")
            self.archive.terms[path] = set(self.archive.tokenize(re.sub(r"<[^>]*>", " ", text)))
        return self.archive.terms.get(path, set())

    def rarest(self, words: list[str], places: list[int]) -> list[int]:
        known = [at for at in places if self.df(words[at])]
        return sorted(known, key=lambda at: (self.df(words[at]), at))

    def swapped(self, q: dict[str, Any], how_many: int) -> str | None:
        words = self.words(q)
        content = content_at(words, opening(words))
        if len(content) < (4 if how_many == 2 else 2):
            return None
        order = self.rarest(words, content)
        targets, kept = order[:how_many], order[how_many:]
        key = [t for at in kept[:2] for t in self.archive.tokenize(words[at])]
        if len(targets) < how_many or not key:
            return None
        new = list(words)
        for at in targets:
            own = set(self.archive.tokenize(words[at]))
            df = self.df(words[at])
            pool = self.pool.get(shape(words[at]), [])
            if not pool:
                return None
            start = zlib.crc32(f"{q['set']}{q['id']}{at}".encode()) % len(pool)
            for other, story in pool[start:] + pool[:start]:
                terms = self.archive.tokenize(other)
                if story == q["article"] or not terms or set(terms) & own:
                    continue
                if set(terms) & self.story(q["article"]) or self.df(other) > RARER * df:
                    continue
                if self.archive.meet(key + terms) or other in new:
                    continue
                new[at] = other
                break
            else:
                return None
        return " ".join(new) + "?"

    def negated(self, q: dict[str, Any]) -> str | None:
        """The question with its first denial dropped ("won't" -> "will", "not" or "never"
        left out), or, denying nothing, its first auxiliary negated ("is" -> "is not")."""
        words = self.words(q)
        start = opening(words)
        lowered = [w.casefold() for w in words]
        for at in range(start, len(words)):
            if lowered[at] in {"not", "never"} and at > start:
                return " ".join([*words[:at], *words[at + 1 :]]) + "?"
            if lowered[at] in NEGATE and lowered[at] not in AUXILIARIES:
                return " ".join([*words[:at], NEGATE[lowered[at]], *words[at + 1 :]]) + "?"
        if DENIAL.search(" ".join(words[start:])):
            return None  # "no", "nothing", "without": no one way to turn it round
        for at in range(start, len(words) - 1):
            if lowered[at] in AUXILIARIES:
                return " ".join([*words[:at], NEGATE[lowered[at]], *words[at + 1 :]]) + "?"
        return None

    def halves(self, q: dict[str, Any]) -> tuple[str, str, str] | None:
        """(opening, subject, the rest from its first auxiliary) of a question, or None."""
        words = self.words(q)
        start = opening(words)
        for at in range(start + 1, len(words) - 1):
            if words[at].casefold() in AUXILIARIES:
                return " ".join(words[:start]), " ".join(words[start:at]), " ".join(words[at:])
        return None

    def invented(self, q: dict[str, Any], at: int) -> tuple[str, str] | None:
        mine = self.halves(q)
        if mine is None or not mine[0].casefold().startswith("who"):
            return None
        subject_terms = self.key(mine[1])
        others = self.right[at + 1 :] + self.right[:at]
        start = zlib.crc32(f"{q['set']}{q['id']}".encode()) % max(len(others), 1)
        for other in others[start:] + others[:start]:
            theirs = self.halves(other)
            if theirs is None or other["article"] == q["article"]:
                continue
            rest_terms = self.key(theirs[2])
            if subject_terms and rest_terms and not self.archive.meet(subject_terms + rest_terms):
                return mine[0], f"{mine[1]} {theirs[2]}"
        return None

    def key(self, text: str) -> list[str]:
        terms = [t for t in self.archive.tokenize(text) if t not in STOP and self.archive.df[t]]
        return sorted(set(terms), key=lambda t: (self.archive.df[t], t))[:1]

    def nouns(self, q: dict[str, Any]) -> list[str]:
        """The question's content words of no ending class (mostly nouns), rarest first."""
        words = self.words(q)
        places = [i for i in content_at(words, opening(words)) if not shape(words[i])]
        return [words[i] for i in self.rarest(words, places) if self.df(words[i]) >= 3]

    def nonsense(self, q: dict[str, Any], at: int) -> str | None:
        """Two nouns of two stories no article holds together, in a frame of `NONSENSE`."""
        mine = self.nouns(q)
        if not mine:
            return None
        first = mine[0]
        own = self.archive.tokenize(first)
        pool = self.pool.get("", [])
        start = zlib.crc32(f"{q['set']}{q['id']}nonsense".encode()) % max(len(pool), 1)
        for other, story in pool[start:] + pool[:start]:
            terms = self.archive.tokenize(other)
            if story == q["article"] or not terms or set(terms) & set(own) or len(other) < 4:
                continue
            if self.archive.meet(own + terms):
                continue
            frame = NONSENSE[zlib.crc32(f"{q['id']}{at}".encode()) % len(NONSENSE)]
            return f"who said {frame.format(first, other)}?"
        return None

    def short_invented(self, q: dict[str, Any], at: int) -> str | None:
        """A subject of two content words at most and the rest of another story's question,
        cut after its second content word, when no article holds the rarest word of each."""
        mine = self.halves(q)
        if mine is None or not mine[0].casefold().startswith("who"):
            return None
        subject = mine[1].split()
        if not 1 <= len(content_at(subject, 0)) <= 2:
            return None
        subject_terms = self.key(mine[1])
        others = self.right[at + 1 :] + self.right[:at]
        start = zlib.crc32(f"{q['set']}{q['id']}short".encode()) % max(len(others), 1)
        for other in others[start:] + others[:start]:
            theirs = self.halves(other)
            if theirs is None or other["article"] == q["article"]:
                continue
            rest = theirs[2].split()
            places = content_at(rest, 0)
            if not places:
                continue
            cut = " ".join(rest[: places[min(1, len(places) - 1)] + 1])
            rest_terms = self.key(cut)
            if subject_terms and rest_terms and not self.archive.meet(subject_terms + rest_terms):
                return f"who said {mine[1]} {cut}?"
        return None

    def one_word(self, q: dict[str, Any], at: int) -> str | None:
        """The question's rarest noun alone in a frame of little words (`ONE_WORD`), when no
        article writes the frame around it."""
        mine = self.nouns(q)
        if not mine:
            return None
        frame = ONE_WORD[zlib.crc32(f"{q['id']}{at}one".encode()) % len(ONE_WORD)]
        claim = frame.format(mine[0])
        pattern = re.compile(rf"\b{re.escape(claim)}\b", re.I)
        for path in self.archive.meet(self.archive.tokenize(mine[0])):
            if pattern.search(self.archive.texts.get(path, "")):
                return None  # a saved page's words are left untested: few hold such a frame
        return f"who said {claim}?"

    def variants(self, q: dict[str, Any], at: int) -> list[tuple[str, str]]:
        made = [
            ("one swapped", self.swapped(q, 1)),
            ("two swapped", self.swapped(q, 2)),
            ("negated", self.negated(q)),
        ]
        invented = self.invented(q, at)
        if invented is not None:
            said, rest = invented
            made += [("invented", f"{said} {rest}?"), ("invented, quoted", f'{said} "{rest}"?')]
        made += [
            ("nonsense", self.nonsense(q, at)),
            ("short invented", self.short_invented(q, at)),
            ("one word", self.one_word(q, at)),
        ]
        return [(kind, text) for kind, text in made if text is not None]


def main() -> int:
    parser = variant_parser(
        __doc__, "list the variants of one kind answered 'X said it' (or 'all')"
    )
    args = parser.parse_args()
    if corpora_missing():
        return 0
    with right_who_said(args, "qabot-honesty-") as run:
        if args.again:
            again = asked_again(args.again, run.kept, KINDS)
            asked = [(row["kind"], q, row["question"]) for row, q in again]
        else:
            maker = Maker(Archive(run.index_dir), [q for q, _ in run.right])
            asked = [
                (k, q, t) for at, (q, _) in enumerate(run.right) for k, t in maker.variants(q, at)
            ]
        answers = [run.ask(text) for _, _, text in asked]
    kept, firsts, marks, right = run.kept, run.firsts, run.marks, run.right
    claimed = sum(outcome(a) == "claimed" for _, a in right)
    print(f"\n{len(right)} of {len(kept)} dev who-said questions right, {claimed} claimed\n")
    # the price side: what the development questions themselves get, right (the gold speaker
    # first) or not; a rule refusing more refuses some of the right "closest" too
    originals = {True: Counter[str](), False: Counter[str]()}
    for got, ok in zip(firsts, marks, strict=True):
        originals[ok][outcome(got)] += 1
    print(f"{'dev originals':<18}{len(kept):>5}" + "".join(f"{o:>10}" for o in OUTCOMES))
    for ok, label in ((True, "  right"), (False, "  wrong")):
        n = sum(originals[ok].values())
        print(f"{label:<18}{n:>5}" + "".join(f"{originals[ok][o]:>10}" for o in OUTCOMES))
    print()
    print(f"{'kind':<18}{'n':>5}" + "".join(f"{o:>10}" for o in OUTCOMES))
    counts: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}
    rows: list[dict[str, Any]] = []
    for (kind, q, text), got in zip(asked, answers, strict=True):
        how = outcome(got)
        counts[kind][how] += 1
        rows.append(
            {
                **{"kind": kind, "id": q["id"], "set": q["set"], "original": q["question"]},
                **{"question": text, "outcome": how, "lead": got.lead, **first_quote(got)},
            }
        )
    for kind in KINDS:
        n = sum(counts[kind].values())
        print(f"{kind:<18}{n:>5}" + "".join(f"{counts[kind][o]:>10}" for o in OUTCOMES))
    for r in rows:
        if args.show in {r["kind"], "all"} and r["outcome"] == "claimed":
            print(f"    {r['id']} [{r['kind']}]: {r['question']}\n        <- {r['original']}")
            print(f"        {r['speaker']}: {r['quote'][:150]}")
    if args.json:
        for q, got, ok in zip(kept, firsts, marks, strict=True):
            rows.append(
                {
                    **{"kind": "original, right" if ok else "original, wrong", "id": q["id"]},
                    **{"set": q["set"], "original": q["question"], "question": q["question"]},
                    **{"outcome": outcome(got), "lead": got.lead, **first_quote(got)},
                }
            )
        write_rows(args.json, rows)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    sys.exit(main())
