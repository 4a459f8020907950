"""Probe how "what did X say" answers hold when X is asked by another name than the full one.

    python benchmarks/alias_probe.py [--index-dir DIR] [--show KIND|all] [--json FILE]

Reads the development "what did X say" questions (`--sets development` pool: odd ids, the first
set whole; a set written this session left out with `--leave-out`) and reads each into the
speaker as the question names them, a speech verb and the rest (`phrasing_probe.read_question`).
Each is asked again with the speaker replaced by the forms the gold `speaker_aliases` give, the
ways the article names them, the rest of the question kept:

- name: the gold full name (for questions asked by another form, the baseline);
- surname: the last name alone ("Blair"); title: a title and a name ("Mr Blair", "Sir Alan");
- role: a role alone or beside the name ("the prime minister", "EU Trade Commissioner Peter
  Mandelson" -> "the EU Trade Commissioner"), as a reader writes it: "the <role>", the owner's
  possessive ("deputy economist at BMO" -> "BMO's deputy economist") and without the owner
  ("the deputy economist": many may hold it, and an honest answer may ask which);
- capitalised: an alias of capitalised words that is not the name (a body, "JP Morgan").

A question typed in lower case gets its variants in lower case. Each wording is asked through
one `qabot ask --json -` process and scored with `speech_eval.score`. The table gives, per kind,
how many variants, how many of their questions the original wording answers right, how many
the variant does, how many it answers with an honest "which one?" (no one's words, the choices
offered holding the gold speaker: several people share the surname or the role), and the losses
(original right, variant neither right nor asked) and gains.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from typing import Any

from phrasing_probe import TITLES, read_question
from question_sets import WRITTEN_THIS_SESSION, pooled, probe_parser, write_rows
from speech_eval import (
    ask_all,
    build_index,
    corpora_missing,
    linked_corpus,
    mentions,
    names_of,
    score,
    unique_ids,
)

from qabot.text.lexicon import first_name_gender
from qabot.text.lexicon.places import NATIONALITIES

KINDS = ("name", "surname", "title", "role", "role, owner's", "role, no owner", "capitalised")
LEAVE_OUT = WRITTEN_THIS_SESSION
FILLER = frozenset("the a an of at for and in with to".split())
OWNED = re.compile(r"^(?P<role>.+?) (?:at|of|for|with) (?P<owner>(?:the )?[A-Z].*)$")
SUFFIXES = frozenset("QC MP MEP Jr Jr. OBE MBE CBE".split())
DEMONYM = re.compile(r"(?:ish|ese|ian|an|ch|i)$")
# words that qualify a role rather than own it ("Shadow home secretary" is no home secretary)
QUALIFIERS = frozenset("shadow acting former interim deputy vice assistant junior".split())
PREPOSITIONS = frozenset("of from at with for in on".split())
POSSESSIVE = re.compile(r"(?:'s|’s|s'|s’)$")
BRACKETS = re.compile(r"\s*\([^)]*\)")


@dataclass(frozen=True, slots=True)
class Variant:
    """One rewording: the question it comes from, its kind and its text."""

    question: dict[str, Any]
    kind: str
    text: str


def fold(word: str) -> str:
    return word.strip(",.'’").removesuffix("'s").removesuffix("’s").casefold()


def name_words(question: dict[str, Any]) -> set[str]:
    """The words of the gold name; of a description ("an REM spokesman") its capitalised ones
    alone, so an alias holding its noun ("The band's spokesman") keeps it."""
    words = [w for w in re.split(r"[\s-]+", question["speaker"]) if w]
    if words and words[0].islower():
        words = [w for w in words if w[:1].isupper()]
    return {fold(w) for w in words}


def names_another(alias: str, names: set[str]) -> bool:
    """Whether the alias ends in someone else's name ("Qwest chairman Richard Notebaert" of
    Qwest: he speaks for it, and is asked as himself), not in a role ("Anna Moss' lawyer")."""
    words = alias.split()
    for at, word in enumerate(words[:-1]):
        named = all(w[:1].isupper() and not POSSESSIVE.search(w) for w in words[at + 1 :])
        if named and fold(word) not in names and first_name_gender(word) and word[:1].isupper():
            return True
    return False


def role_of(alias: str, names: set[str]) -> str | None:
    """The role an alias gives without the name ("JP Morgan chief executive William Harrison"
    -> "JP Morgan chief executive"; "economist X at IXIS" -> "economist at IXIS"), or None when
    it is a title, a name or "his coach"."""
    words = alias.strip().rstrip(",").split()
    kept = [w for w in words if fold(w) not in names]
    if len(kept) == len(words):
        kept = words
    kept = [w.rstrip(",") for w in kept if w.rstrip(",") not in SUFFIXES]
    if not kept or all(fold(w) in TITLES | FILLER for w in kept):
        return None
    kept = [w for w in kept if fold(w) not in TITLES]  # "Flight International's (Mr X)"
    if kept[0].casefold() in {"his", "her", "their", "its"} | PREPOSITIONS:
        return None  # "his coach"; "(David Page,) of Investec": where they work, no role
    if POSSESSIVE.search(kept[-1]):
        return None  # "The SNP's (Nicola Sturgeon)": an owner and no role
    content = [w for w in kept if w.casefold() not in FILLER]
    if not any(w.islower() for w in content) and len(content) < 2:
        return None  # "the US (Federal Communications Commission)"
    return " ".join(kept)


def the_role(role: str) -> str:
    """'the <role>' as a reader asks it ("A US musicologist" -> "the US musicologist"); an
    owner's role as written ("Kostas Kenteris' lawyer", "the band's spokesman")."""
    words = role.split()
    if words[0].casefold() == "the" and len(words) > 1 and POSSESSIVE.search(words[1]):
        return "the " + " ".join(words[1:])
    if words[0].casefold() in {"the", "a", "an"}:
        words = words[1:]
    owning = owned_first(words)
    named = owning == 0 or bool(first_name_gender(words[0]))
    if owning is not None and named and words[0][:1].isupper():
        return " ".join(words)  # "Wales' coach", "Kostas Kenteris' lawyer"
    return "the " + " ".join(words)  # "the campaign's director", "the Lib Dems' spokesman"


def owned_first(words: list[str]) -> int | None:
    """Where the possessive of a role's leading owner is ("Kostas Kenteris' lawyer": 1,
    "campaign's director": 0), or None (none, or one further in: "head of Germany's panel")."""
    for at, word in enumerate(words[:-1]):
        if POSSESSIVE.search(word):
            return at if at == 0 or all(w[:1].isupper() for w in words[: at + 1]) else None
    return None


def possessive(owner: str) -> str:
    """The owner's possessive as written: "Nomura's", "Tigers'"."""
    written = owner + ("'" if owner.endswith("s") else "'s")
    return written if owner[:1].isupper() else "the " + written  # "the band's"


def owner_split(role: str) -> tuple[str, str] | None:
    """(owner, role words) of a role naming its owner, or None."""
    words = role.split()
    if words[0].casefold() in {"the", "a", "an"}:
        words = words[1:]
    text = " ".join(words)
    owned = OWNED.match(text)
    if owned and any(w.islower() for w in owned.group("role").split()):
        owner = owned.group("owner").removeprefix("the ")
        if " of " in owner or any(POSSESSIVE.search(w) for w in owner.split()):
            return "", owned.group("role")  # "Germany's panel of ...": no owner to put first
        return owner, owned.group("role")
    owning = owned_first(words)
    if owning is not None:  # "Kostas Kenteris' lawyer"
        owner = " ".join(words[: owning + 1])
        return re.sub(r"(?:'s|’s|'|’)$", "", owner), " ".join(words[owning + 1 :])
    qualifiers = [w.casefold() for w in words if w.casefold() in QUALIFIERS]
    words = [w for w in words if w.casefold() not in QUALIFIERS]
    front = []
    for word in words:
        if not word[:1].isupper():
            break
        front.append(word)
    rest = words[len(front) :]
    if front and rest and all(w.islower() for w in rest):
        people = DEMONYM.search(front[0]) or front[0].casefold() in NATIONALITIES
        if len(front) == 1 and not front[0].isupper() and people:
            return None  # "Welsh health minister", "Olympic champion": no owner to write "X's"
        # "Shadow Treasury chief secretary": the Treasury's shadow chief secretary
        return " ".join(front), " ".join([*qualifiers, *rest])
    if not rest and not qualifiers and len(front) >= 2 and front[0].isupper():
        return front[0], " ".join(w.casefold() for w in front[1:])  # "EU Trade Commissioner"
    return None


def role_forms(role: str) -> list[tuple[str, str]]:
    forms = [("role", the_role(role))]
    split = owner_split(role)
    if split is not None and split[1]:
        owner, words = split
        if owner:
            forms.append(("role, owner's", f"{possessive(owner)} {words}"))
        forms.append(("role, no owner", f"the {words}"))
    return forms


def alias_forms(question: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, how the question names the speaker) for every gold alias of its speaker."""
    names = name_words(question)
    full = question["speaker"]
    last = full.split()[-1]
    forms: list[tuple[str, str]] = [("name", full)]
    for alias in question.get("speaker_aliases") or []:
        alias = BRACKETS.sub("", alias).strip().rstrip(",")  # "... Commission (FCC)"
        words = alias.split()
        if not words or alias.casefold() == full.casefold():
            continue
        if names_another(alias, names):
            continue  # "Richard Notebaert" speaking for Qwest is asked as himself
        named = [w for w in words if fold(w) in names]
        untitled = [w for w in words if fold(w) not in TITLES]
        if len(words) == 1 and fold(alias) == fold(last):
            forms.append(("surname", alias))
        elif named and len(untitled) < len(words) and len(untitled) == len(named):
            forms.append(("title", alias))
        elif named and len(named) == len(words):
            continue  # another form of the name ("Turner Laing"): not an alias reading
        elif (role := role_of(alias, names)) is not None and (
            named or any(w.islower() and w not in FILLER for w in words)
        ):
            forms += role_forms(role)
        elif not named and all(w[:1].isupper() for w in words):
            forms.append(("capitalised", alias))
    seen: set[str] = set()
    unique = []
    for kind, text in forms:
        if text.casefold() not in seen:
            seen.add(text.casefold())
            unique.append((kind, text))
    return unique


def variants(question: dict[str, Any]) -> list[Variant]:
    """The question asked again with each alias form in place of the speaker as it names them."""
    reading = read_question(question["question"])
    if reading is None:
        return []
    text = question["question"]
    lower = text == text.casefold()
    made = []
    for kind, form in alias_forms(question):
        if form.casefold() == reading.who.casefold():
            continue
        asked = text.replace(reading.who, form, 1)
        made.append(Variant(question, kind, asked.casefold() if lower else asked))
    return made


def asked_which(question: dict[str, Any], answer: dict[str, Any]) -> bool:
    """Whether the answer quotes no one and asks which of several the question means, the gold
    speaker among the choices ("Several people the articles call the lawyer are quoted. Do you
    mean ...?")."""
    choices = answer.get("choices") or []
    names = names_of(question)
    return not answer.get("quotes") and any(mentions(choice, names) for choice in choices)


def main() -> int:
    parser = probe_parser(__doc__, "list the failures of one kind (or 'all')")
    args = parser.parse_args()
    if corpora_missing():
        return 0
    pool = pooled("speech", "development", (*LEAVE_OUT, *args.leave_out))
    questions = unique_ids([q for q in pool if q["type"] == "what_said"])
    asked: list[Variant] = []
    unread = 0
    for q in questions:
        made = variants(q)
        if read_question(q["question"]) is None:
            unread += 1
            continue
        asked += [Variant(q, "original", q["question"]), *made]
    with linked_corpus(args.index_dir, "qabot-alias-") as (articles, index_dir):
        build_index(articles, index_dir)
        answers, _ = ask_all([v.text for v in asked], articles, index_dir)
    right: dict[tuple[str, str], bool] = {}
    rows = []
    for variant, (answer, _) in zip(asked, answers, strict=True):
        correct, _ = score(variant.question, answer)
        key = variant.question["id"]
        if variant.kind == "original":
            right[("original", key)] = correct
        speakers = [q.get("speaker", "") for q in answer.get("quotes") or []][:5]
        lead = (answer.get("lead") or answer.get("message") or "")[:160]
        rows.append(
            {
                "kind": variant.kind,
                "id": key,
                "set": variant.question.get("set"),
                "question": variant.text,
                "speaker": variant.question["speaker"],
                "correct": correct,
                "asked": not correct and asked_which(variant.question, answer),
                "answer_speaker": answer.get("speaker"),
                "choices": answer.get("choices"),
                "quote_speakers": speakers,
                "lead": lead,
            }
        )
    print(f"\n{len(asked)} wordings of {len(questions) - unread} questions ({unread} unread)\n")
    print(f"{'kind':<16}{'n':>6}{'orig':>6}{'variant':>9}{'asked':>7}{'lost':>6}{'gained':>8}")
    total = [0, 0, 0]
    for kind in ("original", *KINDS):
        group = [r for r in rows if r["kind"] == kind]
        if not group:
            continue
        orig = sum(right[("original", r["id"])] for r in group)
        var = sum(r["correct"] for r in group)
        which = sum(r["asked"] for r in group)
        lost = [
            r for r in group if right[("original", r["id"])] and not (r["correct"] or r["asked"])
        ]
        gained = [r for r in group if r["correct"] and not right[("original", r["id"])]]
        print(
            f"{kind:<16}{len(group):>6}{orig:>6}{var:>9}{which:>7}{len(lost):>6}{len(gained):>8}"
        )
        if kind not in {"original", "name"}:
            total[0] += var
            total[1] += which
            total[2] += len(group)
        if args.show in {kind, "all"} and kind != "original":
            for r in group:
                if not r["correct"]:
                    mark = "asked" if r["asked"] else "miss"
                    mark = "lost" if mark == "miss" and right[("original", r["id"])] else mark
                    print(f"    {mark} {r['id']}: {r['question']}  [{r['speaker']}]")
                    print(f"        -> {r['answer_speaker']} {r['quote_speakers'][:3]}")
    print(f"\nalias variants right: {total[0]}/{total[2]}; asked which one: {total[1]}")
    if args.json:
        write_rows(args.json, rows)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    sys.exit(main())
