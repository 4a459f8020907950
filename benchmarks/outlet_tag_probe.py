"""Probe how answers hold when a question is tagged with an outlet, as readers tag them.

    python benchmarks/outlet_tag_probe.py [--index-dir DIR] [--show FORM|all] [--json FILE]

Takes a fixed sample of development questions whose gold article is a BBC one (every fourth
answerable plain question and every fourth "what did X say" question, in set order; never a set
written this session) and asks each as written and with an outlet tag added by each form below:
the BBC as a tag ("(bbc news)", "bbc: ...", "... - bbc", "... on bbc news"), the phrase the
reader already knew ("according to the bbc, ..."), and outlets no article of the corpora is
from ("(the guardian)", "... - reuters"). A tag is where the question was read, never words
to search, so every form should answer as the question alone does. Scored with the rules of
`plain_eval.py` and `speech_eval.py`; the table gives per form and kind the questions, right
answers, and losses against the untagged wording.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

import plain_eval
from question_sets import WRITTEN_THIS_SESSION, pooled, probe_parser, write_rows
from speech_eval import ask_all, build_index, corpora_missing, linked_corpus, score, unique_ids

SAMPLE_EVERY = 4
FORMS: dict[str, Callable[[str], str]] = {
    "original": lambda q: q,
    "(bbc news)": lambda q: f"{q} (bbc news)",
    "(BBC) start": lambda q: f"(BBC) {q}",
    "bbc: start": lambda q: f"bbc: {q}",
    "- bbc": lambda q: f"{q} - bbc",
    "on bbc news": lambda q: f"{q} on bbc news",
    "according to": lambda q: f"according to the bbc, {q}",
    "(the guardian)": lambda q: f"{q} (the guardian)",
    "- reuters": lambda q: f"{q} - reuters",
}


def sample() -> list[dict[str, Any]]:
    """Every SAMPLE_EVERY-th development question answered from a BBC article, of each kind."""
    plain = [
        q
        for q in pooled("plain", "development", WRITTEN_THIS_SESSION)
        if q["articles"] and all(a.startswith("bbc_news/") for a in q["articles"])
    ]
    speech = [
        q
        for q in pooled("speech", "development", WRITTEN_THIS_SESSION)
        if q["type"] == "what_said" and str(q.get("article", "")).startswith("bbc_news/")
    ]
    plain = [{**q, "kind": "plain"} for q in plain[::SAMPLE_EVERY]]
    speech = [{**q, "kind": "speech"} for q in speech[::SAMPLE_EVERY]]
    return unique_ids(plain + speech)


def right(question: dict[str, Any], answer: dict[str, Any]) -> bool:
    if question["kind"] == "plain":
        return plain_eval.score(question, answer)[0]
    return score(question, answer)[0]


def main() -> int:
    args = probe_parser(__doc__, "list the losses of one form (or 'all')").parse_args()
    if corpora_missing():
        return 0
    questions = sample()
    asked = [(form, q, make(q["question"])) for q in questions for form, make in FORMS.items()]
    with linked_corpus(args.index_dir, "qabot-outlet-tags-") as (articles, index_dir):
        build_index(articles, index_dir)
        answers, _ = ask_all([text for _, _, text in asked], articles, index_dir)
    rows: list[dict[str, Any]] = []
    got: dict[tuple[str, str], bool] = {}
    for (form, q, text), (answer, _) in zip(asked, answers, strict=True):
        got[(form, q["id"])] = correct = right(q, answer)
        rows.append({"form": form, "kind": q["kind"], "id": q["id"], "question": text,
                     "correct": correct})  # fmt: skip
    print(f"\n{len(questions)} questions, {len(FORMS)} forms\n")
    print(f"{'form':<18}{'kind':<8}{'n':>5}{'right':>7}{'lost':>6}")
    for form in FORMS:
        for kind in ("plain", "speech"):
            ids = [q["id"] for q in questions if q["kind"] == kind]
            lost = [i for i in ids if got[("original", i)] and not got[(form, i)]]
            print(
                f"{form:<18}{kind:<8}{len(ids):>5}{sum(got[(form, i)] for i in ids):>7}"
                f"{len(lost):>6}"
            )
            if args.show in {form, "all"} and form != "original":
                for i in lost:
                    print(f"    lost {i}")
    if args.json:
        write_rows(args.json, rows)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    sys.exit(main())
