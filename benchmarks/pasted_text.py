"""How long `answer()` takes on the longest text a reader can send: a page pasted as a question.

    python benchmarks/pasted_text.py --index-dir DIR [--letters 4096] [--bound 1.0] [--rounds 3]

A chat message holds up to 4,096 characters (`qabot.bot.searches.MAX_QUESTION`), and a reader
may paste a page there. Every pattern that reads a question runs on it whole, so one that
backtracks over each word after each of many words costs seconds where the rest cost
milliseconds (the fifty-first session found `prospects` reading "did ... in the end" so: 0.24 s
on pasted question words). Texts of --letters characters are made of: the index's own passages
(an article pasted), the words questions are read by ("did", "what", "say", "in the end", ...)
in a random order, and one such word repeated; new ones each of `rounds` rounds (an answer is
kept per question). Each is answered, and read by each of READERS (readers that run on only
some paths of an answer); the worst CPU seconds of each (`time.process_time`) are printed, with
the functions the slowest answer spent most in (cProfile, asked again a character shorter).
Exits 1 when one took longer than --bound: a time bound checked here, not in the test suite,
whose timings a loaded machine would make flaky.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

from qabot.indexing import Index, load_index
from qabot.search import answer
from qabot.search.prospects import verb_in_the_end
from qabot.text import tokenize

# words the question readers look for: openings, verbs of saying, "in the end", dates, figures
_QUESTION_WORDS = (
    "did what who when how much many why which say said says about the of in end up go on to "
    "eventually finally has have was were not after before since last year week 2005 1,000 "
    "percent million 's ' \" ? , . -"
).split()


# readers of question text run only on some paths of `answer()` (`verb_in_the_end` only for a
# question whose passages are found and hold its subject), each timed on the texts directly
READERS: dict[str, Callable[[str], object]] = {"prospects.verb_in_the_end": verb_in_the_end}


def pasted_texts(index: Index, letters: int, seed: int) -> dict[str, str]:
    """Return the texts asked, by name, each `letters` characters long at most."""
    chance = random.Random(seed)
    found = index.engine.search_scored(tokenize("the government said on monday"), 40)
    article = ""
    for i in range(len(found)):  # passages of the archive, as a page pasted would be
        article += found.text(i) + "\n\n"
        if len(article) >= letters:
            break
    words = " ".join(chance.choice(_QUESTION_WORDS) for _ in range(letters))
    one = chance.choice(_QUESTION_WORDS[:20])
    texts = {"question words": words[:letters], "one word": (f"{one} " * letters)[:letters]}
    if article:
        texts["article"] = article[chance.randrange(len(article) // 4) :][:letters]
    return texts


def cpu_seconds(read: Callable[[str], object], text: str) -> float:
    """Return the CPU time of reading (or answering) `text`."""
    start = time.process_time()
    read(text)
    return time.process_time() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--letters", type=int, default=4096)
    parser.add_argument("--bound", type=float, default=1.0, help="CPU seconds an answer may take")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--lines", type=int, default=8, help="functions listed for the slowest")
    args = parser.parse_args()
    index = load_index(args.index_dir)
    answer(index, "what did the minister say about the budget?")  # the index's lazy parts read
    times: dict[str, float] = {}
    texts: dict[str, str] = {}
    for round_ in range(args.rounds):  # new texts each round: answers are kept per question
        for name, text in pasted_texts(index, args.letters, args.seed + round_).items():
            seconds = cpu_seconds(lambda words: answer(index, words), text)
            if seconds >= times.get(name, 0.0):
                times[name], texts[name] = seconds, text
            for reader, read in READERS.items():
                seconds = cpu_seconds(read, text)
                times[f"{reader}, {name}"] = max(times.get(f"{reader}, {name}", 0.0), seconds)
    for name, seconds in times.items():
        print(f"{name:>40}: {seconds:.3f} CPU-s (worst)")
    slowest = max(texts, key=times.__getitem__)
    profile = cProfile.Profile()
    profile.runcall(answer, index, texts[slowest][:-1])  # not the answer kept
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(args.lines)
    print(f"slowest, {slowest}:")
    print(out.getvalue())
    over = [name for name, seconds in times.items() if seconds > args.bound]
    if over:
        print(f"over the bound of {args.bound} CPU-s: {', '.join(over)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
