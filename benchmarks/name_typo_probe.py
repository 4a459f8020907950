"""Probe how "what did X say" answers hold when the speaker's name is misspelt as readers do.

    python benchmarks/name_typo_probe.py [--index-dir DIR] [--show TEMPLATE|all] [--json FILE]

Reads the development part of every speech set (`question_sets.pooled`: never an even half, the
third set, nor a set being written this session, left out with `--leave-out`) and keeps the
"what did X say" questions that write the gold speaker's name (or a named alias of it: a form
holding their surname) as it is written. The surname in it is then misspelt by general
templates, the ways readers get a name they have heard or half remember wrong: a letter
dropped, doubled, two swapped, a vowel changed, "ei"/"ie" turned round, a wrong ending
("-son"/"-sen", "-ey"/"-y", ...), the given name misspelt instead, and the misspelt surname
asked alone. Every variant is asked through one `qabot ask --json -` process and scored with
`speech_eval.score`.

The table gives, per template, how many questions it applies to, how many of those the original
wording finds the speaker for (a quote by them among the first five) and answers right, the
same for the variant, and the losses (original right, variant wrong): the misspellings the name
reading does not yet see through.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from typing import Any

from question_sets import pooled, probe_parser, write_rows
from speech_eval import (
    ask_all,
    build_index,
    corpora_missing,
    linked_corpus,
    score,
    unique_ids,
)

VOWELS = "aeiou"
OTHER_VOWEL = {"a": "e", "e": "a", "i": "e", "o": "a", "u": "o", "y": "i"}
# wrong endings readers write, the written ending first
ENDINGS = (
    ("son", "sen"),
    ("sen", "son"),
    ("ey", "y"),
    ("ie", "y"),
    ("y", "ie"),
    ("er", "or"),
    ("or", "er"),
    ("an", "en"),
    ("en", "an"),
    ("el", "ell"),
    ("ell", "el"),
    ("ll", "l"),
    ("tt", "t"),
    ("e", ""),
    ("s", ""),
    ("ski", "sky"),
    ("ez", "es"),
    ("a", "er"),
    ("o", "oe"),
)


def _middle(word: str) -> int:
    return len(word) // 2


def dropped(word: str) -> str | None:
    """A letter of the middle dropped ("kennedy" -> "kenedy")."""
    if len(word) < 5:
        return None
    at = _middle(word)
    return word[:at] + word[at + 1 :]


def doubled(word: str) -> str | None:
    """A consonant of the middle doubled ("cable" -> "cabble")."""
    for at in sorted(range(1, len(word) - 1), key=lambda i: abs(i - _middle(word))):
        letter = word[at]
        if (
            letter.isalpha()
            and letter not in VOWELS
            and letter not in (word[at - 1], word[at + 1])
        ):
            return word[: at + 1] + word[at:]
    return None


def swapped(word: str) -> str | None:
    """Two letters of the middle swapped ("stoltenberg" -> "stoltneberg")."""
    at = _middle(word)
    if len(word) < 4 or word[at - 1] == word[at]:
        return None
    return word[: at - 1] + word[at] + word[at - 1] + word[at + 1 :]


def vowel(word: str) -> str | None:
    """The vowel nearest the middle (not the first letter) changed ("howard" -> "howerd")."""
    for at in sorted(range(1, len(word)), key=lambda i: abs(i - _middle(word))):
        if word[at] in OTHER_VOWEL and (word[at] != "y" or at == len(word) - 1):
            return word[:at] + OTHER_VOWEL[word[at]] + word[at + 1 :]
    return None


def ei_ie(word: str) -> str | None:
    """ "ei" and "ie" turned round ("reid" -> "ried")."""
    for pair, other in (("ei", "ie"), ("ie", "ei")):
        if pair in word[1:]:
            at = word.index(pair, 1)
            return word[:at] + other + word[at + 2 :]
    return None


def ending(word: str) -> str | None:
    """A wrong ending ("robinson" -> "robinsen", "bradley" -> "bradly")."""
    for written, wrong in ENDINGS:
        if word.endswith(written) and len(word) - len(written) >= 3:
            return word[: len(word) - len(written)] + wrong
    return None


Spelling = Callable[[str], str | None]
SPELLINGS: dict[str, Spelling] = {
    "dropped": dropped,
    "doubled": doubled,
    "swapped": swapped,
    "vowel": vowel,
    "ei/ie": ei_ie,
    "ending": ending,
}


def named(question: dict[str, Any]) -> tuple[str, str] | None:
    """The name as the question writes it (the longest gold form holding the surname) and its
    surname, or None when the question does not write it."""
    speaker = question.get("speaker") or ""
    words = speaker.split()
    if len(words) < 2:
        return None
    last = words[-1]
    forms = [speaker, *(question.get("speaker_aliases") or [])]
    text = question["question"]
    best: str | None = None
    for form in forms:
        if last.casefold() not in form.casefold().split():
            continue
        found = re.search(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text, re.IGNORECASE)
        if found and (best is None or len(found.group()) > len(best)):
            best = found.group()
    if best is None:
        return None
    surname = next(w for w in best.split() if w.casefold() == last.casefold())
    return best, surname


def respelt(word: str, spell: Spelling) -> str | None:
    """`word` misspelt by `spell`, its capital kept; None when the template does not fit."""
    if not word.isalpha() or len(word) < 4:
        return None
    wrong = spell(word.casefold())
    if not wrong or wrong == word.casefold():
        return None
    return wrong.capitalize() if word[:1].isupper() else wrong


def variants(question: dict[str, Any]) -> dict[str, str]:
    """The question's misspelt wordings, by template."""
    found = named(question)
    if found is None:
        return {}
    name, surname = found
    text = question["question"]
    out: dict[str, str] = {}
    for label, spell in SPELLINGS.items():
        wrong = respelt(surname, spell)
        if wrong:
            out[label] = text.replace(name, name.replace(surname, wrong), 1)
    given = name.split()[0]
    if given != surname and given.rstrip(".").casefold() not in TITLES:
        wrong = respelt(given, vowel) or respelt(given, dropped)
        if wrong:
            out["given name"] = text.replace(name, name.replace(given, wrong, 1), 1)
    if name != surname:
        wrong = respelt(surname, dropped) or respelt(surname, vowel)
        if wrong:
            out["surname alone"] = text.replace(name, wrong, 1)
    return out


TITLES = frozenset("mr mrs ms miss dr prof professor sir lord lady dame".split())


def main() -> int:
    parser = probe_parser(__doc__, "list the losses of one template (or 'all')")
    args = parser.parse_args()
    if corpora_missing():
        return 0
    questions = unique_ids(pooled("speech", "development", tuple(args.leave_out)))
    kept = [q for q in questions if q["type"] == "what_said"]
    asked: list[tuple[str, dict[str, Any], str]] = []  # (template, question, wording)
    for q in kept:
        made = variants(q)
        if made:
            asked.append(("original", q, q["question"]))
            asked += [(label, q, text) for label, text in made.items()]
    with linked_corpus(args.index_dir, "qabot-typos-") as (articles, index_dir):
        build_index(articles, index_dir)
        answers, _ = ask_all([text for _, _, text in asked], articles, index_dir)
    right: dict[tuple[str, str], tuple[bool, bool]] = {}
    texts: dict[tuple[str, str], str] = {}
    rows: list[dict[str, Any]] = []
    for (label, q, text), (answer, _) in zip(asked, answers, strict=True):
        correct, speaker = score(q, answer)
        right[(label, q["id"])] = (correct, bool(speaker))
        texts[(label, q["id"])] = text
        rows.append(
            {
                "template": label,
                "id": q["id"],
                "question": text,
                "correct": correct,
                "speaker": bool(speaker),
            }
        )
    originals = sum(1 for a in asked if a[0] == "original")
    print(f"\n{len(asked) - originals} misspellings of {originals} what-said questions\n")
    print(
        f"{'template':<15}{'n':>5}{'speaker':>9}{'variant':>9}{'right':>7}{'variant':>9}"
        f"{'lost':>6}"
    )
    for label in ["original", *SPELLINGS, "given name", "surname alone"]:
        ids = [q["id"] for lab, q, _ in asked if lab == label]
        if not ids:
            continue
        spk = sum(right[("original", i)][1] for i in ids)
        spk_v = sum(right[(label, i)][1] for i in ids)
        ok = sum(right[("original", i)][0] for i in ids)
        ok_v = sum(right[(label, i)][0] for i in ids)
        lost = [i for i in ids if right[("original", i)][1] and not right[(label, i)][1]]
        print(f"{label:<15}{len(ids):>5}{spk:>9}{spk_v:>9}{ok:>7}{ok_v:>9}{len(lost):>6}")
        if args.show in {label, "all"} and label != "original":
            for i in lost:
                print(f"    lost {i}: {texts[(label, i)]}")
    if args.json:
        write_rows(args.json, rows)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    sys.exit(main())
