"""Probe how "who said ...?" answers hold when the same question is asked in other words.

    python benchmarks/who_said_phrasing_probe.py [--index-dir DIR] [--show TEMPLATE|all]

Reads the development speech sets only (`speech_questions.jsonl` whole, the odd halves of the
others; never an even half nor the third set) and keeps their "who said X" questions (those
opening "who said", so that X is the words asked as the reader wrote them). Each is rewritten
by general templates, the ways readers ask the same thing ("which person said X", "who is
quoted as saying X", "who's the person that said X", "who said X - do you know?", ...), and
every wording is asked through one `qabot ask --json -` process. The same question in other
words should name the same speaker first: the table gives, per template, how many variants
name another first speaker than the original wording (`drift`), and how many of the originals
that `speech_eval.score` counts right the variant loses or gains. The counterpart for "what did
X say" is `phrasing_probe.py`.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path
from typing import Any

from speech_eval import (
    ask_all,
    build_index,
    corpora_missing,
    development_questions,
    linked_corpus,
    score,
    unique_ids,
)

WHO_SAID = re.compile(r"^who said (?:that )?(?P<words>.+?)\??$", re.IGNORECASE)
TEMPLATES = {
    "who was it that": "who was it that said {x}?",
    "quoted as saying": "who is quoted as saying {x}?",
    "on record": "who is on record as saying {x}?",
    "which person": "which person said {x}?",
    "the person that": "who's the person that said {x}?",
    "which speaker": "which speaker said {x}?",
    "which ... was it": "which person was it that said {x}?",
    "tell me": "can you tell me who said {x}?",
    "has said": "who has said {x}?",
    "said that": "who said that {x}?",
    "do you know": "who said {x} - do you know?",
    "view that": "who expressed the view that {x}?",
    "capitals": "Who Said {x}?",
    "no ?": "who said {x}",
}


def dev_questions() -> list[dict[str, Any]]:
    """The development "who said X" questions, each id made unique (`unique_ids`)."""
    return unique_ids(
        [
            q
            for q in development_questions()
            if q["type"] == "who_said" and WHO_SAID.match(q["question"].strip())
        ]
    )


def first_speaker(answer: dict[str, Any]) -> str | None:
    quotes = answer.get("quotes") or []
    return quotes[0].get("speaker") if quotes else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index-dir", type=Path)
    parser.add_argument("--show", help="list the drifts of one template (or 'all')")
    args = parser.parse_args()
    if corpora_missing():
        return 0
    asked: list[tuple[str, dict[str, Any], str]] = []  # (template, question, wording)
    for q in dev_questions():
        match = WHO_SAID.match(q["question"].strip())
        assert match is not None  # dev_questions kept only these
        asked.append(("original", q, q["question"]))
        for label, template in TEMPLATES.items():
            asked.append((label, q, template.format(x=match["words"])))
    with linked_corpus(args.index_dir, "qabot-who-phrasing-") as (articles, index_dir):
        build_index(articles, index_dir)
        answers, _ = ask_all([text for _, _, text in asked], articles, index_dir)
    first: dict[tuple[str, str], str | None] = {}
    right: dict[tuple[str, str], bool] = {}
    for (label, q, _), (answer, _) in zip(asked, answers, strict=True):
        first[(label, q["id"])] = first_speaker(answer)
        right[(label, q["id"])] = score(q, answer)[0]
    ids = [q["id"] for label, q, _ in asked if label == "original"]
    originals = sum(right[("original", i)] for i in ids)
    print(f"\n{len(ids)} 'who said X' questions, {originals} right as asked\n")
    print(f"{'template':<20}{'drift':>6}{'right':>7}{'lost':>6}{'gained':>8}")
    texts = {(label, q["id"]): text for label, q, text in asked}
    for label in TEMPLATES:
        drift = [i for i in ids if first[(label, i)] != first[("original", i)]]
        lost = [i for i in ids if right[("original", i)] and not right[(label, i)]]
        gained = [i for i in ids if right[(label, i)] and not right[("original", i)]]
        now = sum(right[(label, i)] for i in ids)
        print(f"{label:<20}{len(drift):>6}{now:>7}{len(lost):>6}{len(gained):>8}")
        if args.show in {label, "all"}:
            for i in drift:
                print(
                    f"    {i}: {texts[(label, i)]} -> {first[(label, i)]} "
                    f"(as asked: {first[('original', i)]})"
                )
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    sys.exit(main())
