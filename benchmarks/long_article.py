"""One long article must not make `qabot index` run for hours: CPU of an article's analysis as
its text grows, against a bound on how the speaker summaries grow.

    python benchmarks/long_article.py [--sentences 1500 3000 6000] [--kind names|words]
                                      [--bound 2.0]

Each size is one generated article (no corpus read): `names` quotes a new made-up person every
few sentences and names the earlier ones again (a long report); `words` is sentences of 25
common words drawn at random, whose capitalised openings are read as speakers sharing a common
word for a surname ("Ferry report", "Budget report"), so each is named in most sentences. For
each size it prints the CPU-s of quote extraction and of the speaker summaries
(`qabot.attribution.summarize`), and exits 1 when the summaries' CPU per sentence at the largest
size passes `--bound` times that at the smallest: they grew faster than the text (before they
looked speakers up: 3,000 `words` sentences 36 CPU-s, 6,000 132). A time bound kept out of the
test suite, where a loaded machine makes it flaky.
"""

from __future__ import annotations

import argparse
import random
import sys
import time

from qabot.attribution import extract_quotes, summarize
from qabot.records import Article, ArticleInfo
from qabot.text import sentence_spans

_WORDS = "council budget roads schools harbour ferry minister said tide bridge engineer report"
_SYLLABLES = "ka lo mi ren sto val dor ith bre an mo sel tar vin".split()


def _name(rng: random.Random) -> str:
    """Return a made-up person's name: two capitalised words of two or three syllables."""
    return " ".join(
        "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        for _ in range(2)
    )


def article_text(sentences: int, kind: str, seed: int = 1) -> str:
    """Return a generated article of about `sentences` sentences, seven to a paragraph."""
    rng = random.Random(seed)
    words = _WORDS.split()
    people: list[str] = []
    out: list[str] = []
    for n in range(sentences):
        if kind == "words":
            out.append(" ".join(rng.choice(words) for _ in range(25)).capitalize() + f" {n}.")
        elif n % 4 == 0 or not people:
            people.append(_name(rng))
            out.append(f'"The {rng.choice(words)} plan will fail," said {people[-1]}.')
        else:
            surname = rng.choice(people).split()[-1]
            out.append(f"Mr {surname} said the {rng.choice(words)} vote was close.")
    return "\n\n".join(" ".join(out[i : i + 7]) for i in range(0, len(out), 7))


def timed(text: str) -> tuple[float, float, int]:
    """Return the CPU-s of extracting a text's quotes and of summarising them, and its
    speakers."""
    article = Article(ArticleInfo(id="long", path="long.txt", title="Long"), text)
    start = time.process_time()
    quotes = extract_quotes(article)
    extracted = time.process_time()
    summary = summarize(quotes, text, sentence_spans(text))
    return extracted - start, time.process_time() - extracted, len(summary)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, nargs="+", default=[1500, 3000, 6000])
    parser.add_argument("--kind", choices=("names", "words"), default="words")
    parser.add_argument("--bound", type=float, default=2.0)
    args = parser.parse_args(argv)
    per_sentence = []
    for size in sorted(args.sentences):
        quoting, summarising, speakers = timed(article_text(size, args.kind))
        per_sentence.append(summarising / size)
        print(
            f"{size} sentences, {speakers} speakers: quotes {quoting:.2f} CPU-s, "
            f"summaries {summarising:.2f} CPU-s"
        )
    growth = per_sentence[-1] / max(per_sentence[0], 1e-9)
    print(f"summaries' CPU per sentence, largest over smallest: {growth:.2f} (bound {args.bound})")
    return 0 if growth <= args.bound else 1


if __name__ == "__main__":
    sys.exit(main())
