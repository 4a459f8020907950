"""Probe how "what did X say" answers hold when the same question is asked in other words.

    python benchmarks/phrasing_probe.py [--index-dir DIR] [--show TEMPLATE|all] [--json FILE]

Reads the development part of every speech set (`question_sets.pooled`: never an even half,
the third set nor a set written this session), keeps their "what did X say" and unknown-speaker
questions, and reads each into a speaker as the question names them, a speech verb and the tail
after it ("what did the Ireland captain say about playing with the favourites' tag": "the
Ireland captain", "say", "about playing ..."). Each is then rewritten by general templates, the
ways readers ask the same thing ("what has X said about Y", "X's comments on Y", the speaker by
surname or by the role the gold aliases give, lower case, a letter swapped in the topic, ...),
and every variant is asked through one `qabot ask --json -` process and scored with
`speech_eval.score`, the rule of the speech benchmark. A question that does not read into the
three parts is left out, and a template that does not fit a question (one needing a topic after
"about" for a question asked "after the match") is not applied to it.

The table gives, per template, how many questions it applies to, how many of those the original
wording answers right, how many the variant does, and the losses (original right, variant
wrong) and gains: the losses are the wordings the question reader does not yet generalise to.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from question_sets import WRITTEN_THIS_SESSION, pooled, probe_parser, write_rows
from speech_eval import (
    ask_all,
    build_index,
    corpora_missing,
    linked_corpus,
    score,
    unique_ids,
)

VERBS = (
    "say said saying tell told warn warned claim claimed predict predicted urge urged admit "
    "admitted argue argued recall recalled promise promised accuse accused add added caution "
    "cautioned expect expected hope hoped reveal revealed praise praised comment commented "
    "complain "
    "complained insist insisted stress stressed suggest suggested write wrote reckon reckoned "
    "forecast explain explained threaten threatened pledge pledged answer answered"
).split()
OPENINGS = re.compile(
    r"^(?:(?:tell|show) me what|(?:what|how) (?:did|has|have|does|do)) (?P<who>.+?) (?P<verb>"
    + "|".join(VERBS)
    + r")\b(?: anything)?(?P<tail>.*)$"
    r"|^(?:did|has) (?P<who2>.+?) (?P<verb2>say|said|comment) (?:anything ?)?(?P<tail2>.*)$",
    re.IGNORECASE,
)
PREPOSITIONS = frozenset("about on regarding over".split())
TITLES = frozenset("mr mrs ms miss dr prof professor sir lord lady dame".split())
FILLER = frozenset("the a an of at for and in".split())
SAY_TAIL = frozenset("after when in at before during on about while".split())


@dataclass(frozen=True, slots=True)
class Reading:
    """A question read into the speaker as it names them, its verb and the tail after it."""

    who: str
    verb: str
    tail: str  # "" or the words after the verb, with their preposition
    topic: str | None  # the tail's object after "about"/"on", for the "X's view of Y" templates


def read_question(text: str) -> Reading | None:
    """Read a "what did X say (TAIL)" question, or None when it has another shape."""
    words = text.strip().rstrip("?").strip()
    match = OPENINGS.match(words)
    if match is None:
        return None
    who = match.group("who") or match.group("who2")
    verb = (match.group("verb") or match.group("verb2")).casefold()
    tail = (match.group("tail") if match.group("who") else match.group("tail2")).strip()
    if verb in {"comment", "commented"} and tail.split()[:1] in (["on"], ["about"]):
        verb = "say"
    first = tail.split()[0].casefold() if tail else ""
    topic = tail.split(maxsplit=1)[1] if first in PREPOSITIONS and " " in tail else None
    if verb in {"tell", "told"} and " about " in f" {tail} ":
        topic = tail.split(" about ", 1)[1] if " about " in tail else topic
    return Reading(who=who, verb=verb, tail=tail, topic=topic)


def said_tail(reading: Reading) -> str | None:
    """The tail as it reads after "said", or None when it needs its own verb ("predict
    Amazon would ...")."""
    if not reading.tail:
        return ""
    if reading.topic is not None:
        return f"about {reading.topic}"
    first = reading.tail.split()[0].casefold()
    return reading.tail if first in SAY_TAIL else None


def surname(question: dict[str, Any]) -> str | None:
    """The gold speaker's last name, when an alias writes it alone."""
    name = question.get("speaker") or ""
    last = name.split()[-1] if len(name.split()) > 1 else None
    aliases = question.get("speaker_aliases") or []
    return last if last and last in aliases else None


def role(question: dict[str, Any]) -> str | None:
    """A role the gold aliases give the speaker without their name, one a reader could ask by:
    a lower-case word of office beside a capitalised one of where ("Tory co-chairman Liam Fox"
    -> "the Tory co-chairman", "the England skipper"; not "Mr Blair", "Chief executive")."""
    parts = set((question.get("speaker") or "").casefold().split())
    for alias in question.get("speaker_aliases") or []:
        words = alias.rstrip(",").split()
        while words and words[-1].casefold() in parts | TITLES:
            words = words[:-1]
        if not words or any(w.casefold() in parts for w in words):
            continue
        lower = [w for w in words if w.islower() and w not in FILLER]
        capital = [w for w in words[1:] if w[:1].isupper()] + [
            w for w in words[:1] if w[:1].isupper() and w.casefold() != "the"
        ]
        if not lower or not capital or words[0].casefold() in {"his", "her", "their"}:
            continue
        phrase = " ".join(words)
        if words[0].casefold() not in {"the", "a"} and not words[0].endswith(("'", "'s")):
            phrase = "the " + phrase
        return phrase
    return None


def typo(topic: str) -> str | None:
    """The topic with two middle letters of its longest lower-case word swapped."""
    words = topic.split()
    long = [w for w in words if w.isalpha() and w.islower() and len(w) >= 6]
    if not long:
        return None
    word = max(long, key=len)
    middle = len(word) // 2
    swapped = word[: middle - 1] + word[middle] + word[middle - 1] + word[middle + 1 :]
    if swapped == word:
        return None
    return " ".join(swapped if w == word else w for w in words)


# words whose number a reader does not change ("the economics", "his business", "news")
_NO_NUMBER = ("ing", "ed", "ly", "ics", "ness", "ous", "ss", "us", "is", "news", "sis")
_PLAIN = frozenset("his her their its this that with from about into over they them what".split())


def other_number(topic: str) -> str | None:
    """The topic with its last noun-like word in the other number, as readers ask it ("the
    pay deal" -> "the pay deals", "music downloads" -> "music download")."""
    words = topic.split()
    for at in range(len(words) - 1, -1, -1):
        word = words[at]
        if not (word.isalpha() and word.islower() and len(word) >= 4) or word in _PLAIN:
            continue
        if word.endswith(_NO_NUMBER):
            continue
        if word.endswith("ies"):
            other = word[:-3] + "y"
        elif word.endswith("s"):
            other = word[:-1]
        elif word.endswith(("x", "ch", "sh")):
            other = word + "es"
        elif word.endswith("y") and word[-2] not in "aeiou":
            other = word[:-1] + "ies"
        else:
            other = word + "s"
        return " ".join([*words[:at], other, *words[at + 1 :]])
    return None


def capitals(r: Reading, q: dict[str, Any]) -> str | None:
    """The question as a reader types it with capitals: the first word's, the speaker's name
    as the gold writes it (when the question names them so), and a question mark."""
    text = q["question"].rstrip().rstrip("?")
    names = [q.get("speaker") or "", *(q.get("speaker_aliases") or [])]
    written = next((n for n in names if n and n.casefold() == r.who.casefold()), None)
    if written is not None:
        text = text.replace(r.who, written, 1)
    text = text[:1].upper() + text[1:] + "?"
    return None if text == q["question"] else text


Template = Callable[[Reading, dict[str, Any]], str | None]


def _with_tail(opening: str) -> Template:
    def make(r: Reading, q: dict[str, Any]) -> str | None:
        tail = said_tail(r)
        return None if tail is None else f"{opening.format(x=r.who)} {tail}".strip() + "?"

    return make


def _with_topic(pattern: str) -> Template:
    def make(r: Reading, q: dict[str, Any]) -> str | None:
        return None if not r.topic else pattern.format(x=r.who, y=r.topic)

    return make


def _speaker(name: Callable[[dict[str, Any]], str | None]) -> Template:
    def make(r: Reading, q: dict[str, Any]) -> str | None:
        other = name(q)
        tail = said_tail(r)
        if not other or other.casefold() == r.who.casefold() or tail is None:
            return None
        return f"what did {other} say {tail}".strip() + "?"

    return make


def _typo(r: Reading, q: dict[str, Any]) -> str | None:
    wrong = typo(r.topic) if r.topic else None
    return None if wrong is None else f"what did {r.who} say about {wrong}?"


def _possessive(who: str) -> str:
    return who + ("'" if who.endswith("s") else "'s")


TEMPLATES: dict[str, Template] = {
    "has said": _with_tail("what has {x} said"),
    "words on": _with_topic("what were {x}'s words on {y}?"),
    "have to say": _with_tail("what did {x} have to say"),
    "comments on": lambda r, q: (
        None if not r.topic else f"{_possessive(r.who)} comments on {r.topic}"
    ),
    "react to": _with_topic("how did {x} react to {y}?"),
    "view of": lambda r, q: (
        None if not r.topic else f"what was {_possessive(r.who)} view of {r.topic}?"
    ),
    "think about": _with_topic("what did {x} think about {y}?"),
    "say anything": _with_tail("did {x} say anything"),
    "tell reporters": _with_tail("what did {x} tell reporters"),
    "surname": _speaker(surname),
    "role": _speaker(role),
    "lower case": lambda r, q: q["question"].casefold(),
    "no ?": lambda r, q: q["question"].rstrip().rstrip("?"),
    "with ?": lambda r, q: q["question"].rstrip().rstrip("?") + "?",
    "topic typo": _typo,
    "say on": lambda r, q: None if not r.topic else f"what did {r.who} say on {r.topic}?",
    "said about": lambda r, q: None if not r.topic else f"what has {r.who} said about {r.topic}",
    "was it that": _with_tail("what was it that {x} said"),
    "exactly": _with_tail("what exactly did {x} say"),
    "been saying": _with_tail("what's {x} been saying"),
    "X on Y": _with_topic("{x} on {y}"),
    "X about Y": _with_topic("{x} about {y}"),
    "reaction to": lambda r, q: (
        None if not r.topic else f"{_possessive(r.who)} reaction to {r.topic}"
    ),
    "comment from": _with_topic("any comment from {x} on {y}?"),
    "said anything": _with_tail("has {x} said anything"),
    "make of": _with_topic("what did {x} make of {y}?"),
    "view on": lambda r, q: (
        None if not r.topic else f"what was {_possessive(r.who)} view on {r.topic}?"
    ),
    "thoughts on": lambda r, q: (
        None if not r.topic else f"what are {_possessive(r.who)} thoughts on {r.topic}?"
    ),
    "quotes about": _with_topic("{x} quotes about {y}"),
    "does say": _with_topic("what does {x} say about {y}?"),
    "tell me what": _with_tail("tell me what {x} said"),
    "what X said": _with_tail("what {x} said"),
    "capitals": capitals,
    "??": lambda r, q: q["question"].rstrip().rstrip("?") + "??",
    "/ for ?": lambda r, q: q["question"].rstrip().rstrip("?") + "/",
    "topic number": lambda r, q: (
        None
        if not r.topic or other_number(r.topic) is None
        else f"what did {r.who} say about {other_number(r.topic)}?"
    ),
}


def dev_questions(leave_out: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """The development "what did X say" and unknown-speaker questions, each id made unique
    (two sets may use one id: "w035" of one set's what-said and another's unknown speaker,
    which would share one row of the table): a repeated id gains "#2", "#3", ..."""
    pool = pooled("speech", "development", (*WRITTEN_THIS_SESSION, *leave_out))
    kept = [q for q in pool if q["type"] in {"what_said", "unknown_speaker"}]
    return unique_ids(kept)


def main() -> int:
    parser = probe_parser(__doc__, "list the losses of one template (or 'all')")
    parser.add_argument(
        "--only", action="append", default=[], help="ask only this template (repeatable)"
    )
    args = parser.parse_args()
    if corpora_missing():
        return 0
    asked: list[tuple[str, dict[str, Any], str]] = []  # (template, question, wording)
    unread = 0
    for q in dev_questions(tuple(args.leave_out)):
        reading = read_question(q["question"])
        if reading is None:
            unread += 1
            continue
        asked.append(("original", q, q["question"]))
        for label, make in TEMPLATES.items():
            if args.only and label not in args.only:
                continue
            wording = make(reading, q)
            if wording and wording != q["question"]:
                asked.append((label, q, wording))
    with linked_corpus(args.index_dir, "qabot-phrasing-") as (articles, index_dir):
        build_index(articles, index_dir)
        answers, _ = ask_all([text for _, _, text in asked], articles, index_dir)
    right: dict[tuple[str, str], bool] = {}
    kinds = {q["id"]: q["type"] for _, q, _ in asked}
    texts = {(label, q["id"]): text for label, q, text in asked}
    rows: list[dict[str, Any]] = []
    for (label, q, text), (answer, _) in zip(asked, answers, strict=True):
        correct, _ = score(q, answer)
        right[(label, q["id"])] = correct
        rows.append({"template": label, "id": q["id"], "question": text, "correct": correct})
    print(
        f"\n{len(asked)} wordings of {sum(1 for a in asked if a[0] == 'original')} questions "
        f"({unread} of other shapes left out)\n"
    )
    print(f"{'template':<16}{'type':<9}{'n':>5}{'orig':>6}{'variant':>9}{'lost':>6}{'gained':>8}")
    for label in ["original", *(t for t in TEMPLATES if not args.only or t in args.only)]:
        for kind in ("what_said", "unknown_speaker"):
            ids = [r["id"] for r in rows if r["template"] == label and kinds[r["id"]] == kind]
            if not ids:
                continue
            orig = sum(right[("original", i)] for i in ids)
            var = sum(right[(label, i)] for i in ids)
            lost = [i for i in ids if right[("original", i)] and not right[(label, i)]]
            gained = [i for i in ids if right[(label, i)] and not right[("original", i)]]
            print(
                f"{label:<16}{kind[:8]:<9}{len(ids):>5}{orig:>6}{var:>9}{len(lost):>6}"
                f"{len(gained):>8}"
            )
            if args.show in {label, "all"} and label != "original":
                for i in lost:
                    print(f"    lost {i}: {texts[(label, i)]}")
    if args.json:
        write_rows(args.json, rows)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    sys.exit(main())
