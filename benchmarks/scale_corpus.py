"""A reproducible English-like corpus and question set for benchmarks/scale.py.

Words follow a Zipf-Mandelbrot law over a vocabulary whose most frequent ranks are real English
stop words (ordered roughly by their frequency in English) followed by pronounceable made-up
words, so the analyzer's stop-word removal and stemming see realistic input. Articles are JSON
Lines records (id, title, text) of PARAGRAPHS paragraphs of 100-160 words in sentences, a format
`qabot index` reads as it is. Everything is derived from SEED, so every run sees the same corpus.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from qabot.text import STOP_WORDS

SEED = 20261125
VOCABULARY = 300_000
ZIPF_S, ZIPF_Q = 1.1, 2.7  # p(rank) ~ 1 / (rank + q) ** s
PARAGRAPHS = 10  # passages per article
WORDS = (100, 160)  # words per paragraph, uniform
ARTICLES_PER_FILE = 1000
# The most frequent English words, most frequent first; the other stop words follow.
FREQUENT = """the of and to a in is that for it as was with be by on not he i this are or his
from at which but have an they you were her she there been one all we their has would when if so
no will more who what its out up can do said about into than them only other time new some could
these two may first then any like my now over such our man me even most made after also did
many before must through back years where much your way well down should because each just those
people how too little state good very make world still own see men work long get here between
both life being under never day same another know while last might us great old year off come
since against go came right used take three""".split()
META_SUFFIX = ".meta.json"


def vocabulary(rng: np.random.Generator) -> list[str]:
    """Return the vocabulary by rank: stop words first, then unique made-up words, short first."""
    words = [w for w in dict.fromkeys(FREQUENT) if "'" not in w]
    words += sorted(w for w in STOP_WORDS if "'" not in w and w not in set(words))
    onsets = np.array("b c d f g h j k l m n p r s t v w z br cr dr fl gr pl pr sh st th".split())
    vowels = np.array("a e i o u ai ea ee ie oo ou".split())
    codas = np.array(["", "", "", "", "n", "r", "s", "t", "l", "m", "nd", "st", "ck", "ng"])
    n = 2 * VOCABULARY
    syllables = [
        np.char.add(
            np.char.add(rng.choice(onsets, n), rng.choice(vowels, n)), rng.choice(codas, n)
        )
        for _ in range(3)
    ]
    count = rng.choice([1, 2, 2, 2, 3], n)
    made = np.where(count >= 2, np.char.add(syllables[0], syllables[1]), syllables[0])
    made = np.where(count == 3, np.char.add(made, syllables[2]), made)
    seen = set(words) | STOP_WORDS
    fresh = [w for w in dict.fromkeys(made.tolist()) if w not in seen]
    # frequent words are short in every language: the made-up words are ranked by length
    fresh.sort(key=len)
    return words + fresh[: VOCABULARY - len(words)]


def _ranks(rng: np.random.Generator, n: int, cdf: np.ndarray) -> np.ndarray:
    return np.searchsorted(cdf, rng.random(n), side="right").clip(max=len(cdf) - 1)


def _cdf() -> np.ndarray:
    weights = 1.0 / (np.arange(VOCABULARY) + ZIPF_Q) ** ZIPF_S
    cdf = np.cumsum(weights)
    return cdf / cdf[-1]


def _paragraphs(rng: np.random.Generator, table: np.ndarray, cdf: np.ndarray, n: int) -> list[str]:
    """Return n paragraphs of whole sentences (capitalised first word, full stop at the end)."""
    longest = WORDS[1]
    ids = _ranks(rng, n * longest, cdf).reshape(n, longest)
    kind = np.zeros(longest, dtype=np.int64)  # 0 word, 1 word + ".", 2 Capitalised
    position = 0
    while position < longest:
        kind[position] = 2
        position += int(rng.integers(8, 24))
        kind[min(position, longest) - 1] = 1
    words = table[ids + VOCABULARY * kind]
    lengths = rng.integers(WORDS[0], WORDS[1] + 1, size=n)
    out = []
    for row, length in zip(words, lengths, strict=True):
        text = " ".join(row[:length].tolist())
        out.append(text if text.endswith(".") else text + ".")
    return out


def ensure_corpus(folder: Path, passages: int) -> dict:
    """Generate `passages` passages as JSON Lines articles into `folder` unless already there."""
    meta_path = folder.with_name(folder.name + META_SUFFIX)
    if meta_path.exists():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("passages") == passages and meta.get("seed") == SEED:
            return meta
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.jsonl"):
        old.unlink()
    rng = np.random.default_rng(SEED)
    words = vocabulary(rng)
    table = np.array(
        words + [w + "." for w in words] + [w.capitalize() for w in words], dtype=object
    )
    cdf = _cdf()
    articles = -(-passages // PARAGRAPHS)
    raw = made = 0
    for first in range(0, articles, ARTICLES_PER_FILE):
        count = min(ARTICLES_PER_FILE, articles - first)
        paragraphs = _paragraphs(rng, table, cdf, count * PARAGRAPHS)
        titles = table[_ranks(rng, count * 8, cdf).reshape(count, 8) + 2 * VOCABULARY]
        lines = []
        for i in range(count):
            own = paragraphs[i * PARAGRAPHS : (i + 1) * PARAGRAPHS][: passages - made]
            made += len(own)
            text = "\n\n".join(own)
            raw += len(text.encode("utf-8"))
            record = {"id": f"a{first + i:07d}", "title": " ".join(titles[i]), "text": text}
            lines.append(json.dumps(record) + "\n")
        (folder / f"part-{first // ARTICLES_PER_FILE:05d}.jsonl").write_text(
            "".join(lines), encoding="utf-8"
        )
    meta = {"passages": passages, "articles": articles, "raw_text_bytes": raw, "seed": SEED}
    meta_path.write_text(json.dumps(meta) + "\n", encoding="utf-8")
    return meta


def corpus_meta(folder: Path) -> dict | None:
    """Return the generator's record of `folder`, or None for a folder of real articles."""
    meta_path = folder.with_name(folder.name + META_SUFFIX)
    return json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else None


def iter_lines(folder: Path) -> Iterator[str]:
    """Yield the article records of a generated corpus, one JSON line each."""
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            yield from lines


OPENERS = ["what did", "what is", "how many", "why did the", "where was", "who said", "when"]


def write_questions(path: Path, n: int) -> list[str]:
    """Write n questions (stop words, a common word, one or two rare words), one per line."""
    rng = np.random.default_rng(SEED + 1)
    words = vocabulary(np.random.default_rng(SEED))
    questions = []
    for _ in range(n):
        parts = [str(rng.choice(OPENERS))]
        parts.append(words[int(rng.integers(200, 3000))])
        parts += [words[int(rng.integers(3000, 60000))] for _ in range(int(rng.integers(1, 3)))]
        if rng.random() < 0.5:
            parts.append(words[int(rng.integers(300, 20000))])
        questions.append(" ".join(parts) + "?")
    path.write_text("\n".join(questions) + "\n", encoding="utf-8")
    return questions


def read_questions(path: Path) -> list[str]:
    """Return the questions written by `write_questions`."""
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line]


def answer_mix(questions: list[str]) -> list[str]:
    """Return the questions as the whole answer path is timed on them: every fifth asked of a
    person, "what did <its common word, written as a name> say about <its other words>?"
    ("who said sabu teamle fles?" -> "what did Sabu say about teamle fles?"). The opener is
    no one's name and no topic: "what did who say about said ..." is no reader's question."""
    return [speech_question(q) if n % 5 == 4 else q for n, q in enumerate(questions)]


def speech_question(question: str) -> str:
    """Return a question of `write_questions` asked as "what did X say about Y?"."""
    words = question.rstrip("?").split()
    for opener in sorted(OPENERS, key=len, reverse=True):
        if question.startswith(opener + " "):
            words = words[len(opener.split()) :]
            break
    return f"what did {words[0].capitalize()} say about {' '.join(words[1:])}?"


def folder_bytes(folder: Path) -> int:
    """Return the bytes of every file under `folder`, each hard-linked file counted once."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for directory, _, files in os.walk(folder):
        for name in files:
            stat = os.stat(os.path.join(directory, name))
            if (stat.st_dev, stat.st_ino) not in seen:
                seen.add((stat.st_dev, stat.st_ino))
                total += stat.st_size
    return total
