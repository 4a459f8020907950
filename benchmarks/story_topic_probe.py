"""Probe how "what did X say about Y" answers hold when Y is put in the story's words, not the
quote's.

    python benchmarks/story_topic_probe.py [--index-dir DIR] [--show TEMPLATE|all]
        [--leave-out FILE] [--json FILE]

Readers often ask about what a story is about, as its headline puts it, rather than about words
the speaker used ("what did the minister say about the rail strike?" of a quote that never says
"strike"). This probe reads the development part of every speech set (`question_sets.pooled`:
never an even half, the third set, nor a set left out with `--leave-out`), keeps the "what did
X say" questions that read into a speaker, a verb and a tail (`phrasing_probe.read_question`)
and have a BBC gold article, and asks each again about its gold article's headline:

- "headline": "what did X say about <the headline, lower case>" (the speaker's own name words
  left out of it: "Blair defends ..." asks "about defends ...", which no reader would);
- "headline words": the same, only the headline's words of four letters or more (what a reader
  remembers: "news corp video games market");
- "after headline": "what did X say after <the headline>", the story as an occasion.

Every wording is asked through one `qabot ask --json -` process and scored with
`speech_eval.score`. A headline asks about the whole story, and the gold snippets are one or two
of the speaker's quotes in it: a variant may rightly show others first. So the table gives, per
template, how many questions it applies to, how many the original wording and the variant
answer right, and how many the variant shows a quote of the speaker's from the gold story for
among the first five ("story"); the losses listed are those of the story (the original right,
the variant showing none of the speaker's words from that story).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from typing import Any

from phrasing_probe import Reading, read_question
from question_sets import pooled, probe_parser, write_rows
from speech_eval import (
    TOP,
    article_text,
    ask_all,
    build_index,
    corpora_missing,
    linked_corpus,
    mentions,
    names_of,
    score,
    unique_ids,
)

_WORD = re.compile(r"[\w'-]+")


def headline(question: dict[str, Any]) -> str | None:
    """The gold article's headline (its first line), without the speaker's own name words, or
    None when it has no BBC article or too few words remain."""
    if not (question.get("article") or "").startswith("bbc_news/"):
        return None
    text = article_text(question)
    if not text:
        return None
    title = text.strip().splitlines()[0]
    own = {w.casefold() for w in (question.get("speaker") or "").split()}
    own |= {w.casefold() for a in question.get("speaker_aliases") or [] for w in a.split()}
    kept = [w for w in _WORD.findall(title) if w.casefold().strip("'") not in own]
    return " ".join(kept).casefold() if len(kept) >= 2 else None


def _words(title: str) -> str | None:
    long = [w for w in title.split() if len(w) >= 4]
    return " ".join(long) if len(long) >= 2 else None


def from_story(question: dict[str, Any], answer: dict[str, Any]) -> bool:
    """Whether one of the first quotes is the gold speaker's from the gold story: its article,
    or another of the same headline (the BBC set holds some stories twice)."""
    names = names_of(question)
    title = (article_text(question) or "").strip().splitlines()[:1]
    return any(
        mentions(q.get("speaker", ""), names)
        and (
            (q.get("article") or {}).get("path") == question["article"]
            or [(q.get("article") or {}).get("title")] == title
        )
        for q in (answer.get("quotes") or [])[:TOP]
    )


Template = Callable[[Reading, str], str | None]
TEMPLATES: dict[str, Template] = {
    "headline": lambda r, t: f"what did {r.who} say about {t}",
    "headline words": lambda r, t: (
        None if (w := _words(t)) is None else f"what did {r.who} say about {w}"
    ),
    "after headline": lambda r, t: f"what did {r.who} say after {t}",
}


def main() -> int:
    parser = probe_parser(__doc__, "list the losses of one template (or 'all')")
    args = parser.parse_args()
    if corpora_missing():
        return 0
    questions = unique_ids(pooled("speech", "development", tuple(args.leave_out)))
    asked: list[tuple[str, dict[str, Any], str]] = []  # (template, question, wording)
    for q in questions:
        reading = read_question(q["question"]) if q["type"] == "what_said" else None
        title = headline(q) if reading is not None else None
        if reading is None or title is None:
            continue
        asked.append(("original", q, q["question"]))
        for label, make in TEMPLATES.items():
            wording = make(reading, title)
            if wording:
                asked.append((label, q, wording))
    with linked_corpus(args.index_dir, "qabot-story-") as (articles, index_dir):
        build_index(articles, index_dir)
        answers, _ = ask_all([text for _, _, text in asked], articles, index_dir)
    right: dict[tuple[str, str], bool] = {}
    story: dict[tuple[str, str], bool] = {}
    texts: dict[tuple[str, str], str] = {}
    rows: list[dict[str, Any]] = []
    for (label, q, text), (answer, _) in zip(asked, answers, strict=True):
        correct, _ = score(q, answer)
        right[(label, q["id"])] = correct
        story[(label, q["id"])] = from_story(q, answer)
        texts[(label, q["id"])] = text
        rows.append(
            {
                "template": label,
                "id": q["id"],
                "question": text,
                "correct": correct,
                "story": story[(label, q["id"])],
            }
        )
    originals = sum(1 for a in asked if a[0] == "original")
    print(f"\n{len(asked) - originals} wordings of {originals} what-said questions\n")
    print(f"{'template':<16}{'n':>5}{'orig':>6}{'variant':>9}{'story':>7}{'lost':>6}")
    for label in ["original", *TEMPLATES]:
        ids = [q["id"] for lab, q, _ in asked if lab == label]
        orig = sum(right[("original", i)] for i in ids)
        var = sum(right[(label, i)] for i in ids)
        told = sum(story[(label, i)] for i in ids)
        lost = [i for i in ids if right[("original", i)] and not story[(label, i)]]
        print(f"{label:<16}{len(ids):>5}{orig:>6}{var:>9}{told:>7}{len(lost):>6}")
        if args.show in {label, "all"} and label != "original":
            for i in lost:
                print(f"    lost {i}: {texts[(label, i)]}")
    if args.json:
        write_rows(args.json, rows)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    sys.exit(main())
