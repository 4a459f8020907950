"""One long article must not make `qabot index` run for hours: CPU of an article's analysis as
its text grows, against a bound on how quote extraction and the speaker summaries grow.

    python benchmarks/long_article.py [--sentences 1500 3000 6000]
                                      [--kind names|words|people|bbc] [--bound 2.0]

Each size is one article of about that many sentences: `names` quotes a new made-up person
every few sentences and names the earlier ones again (a long report); `words` is sentences of 25
common words drawn at random, whose capitalised openings are read as speakers sharing a common
word for a surname ("Ferry report", "Budget report"), so each is named in most sentences;
`people` gives each paragraph a new made-up person, each of a surname of their own, described,
quoted and then "he" or "she", and names earlier ones again ("Mr X disagreed", "According to
..."); `bbc` joins the BBC articles of the shared corpora (in a fixed shuffled order) into one.
For each size it prints the CPU-s of quote extraction and of the speaker summaries
(`qabot.attribution.summarize`), and exits 1 when either's CPU per sentence at the largest size
passes `--bound` times that at the smallest: it grew faster than the text (before they looked
speakers up, 3,000 `words` sentences' summaries took 36 CPU-s, 6,000 132; before quote
extraction looked people up by name, 2,000 `people` paragraphs took 112 CPU-s, 1,000 27). A
time bound kept out of the test suite, where a loaded machine makes it flaky.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from qabot.attribution import extract_quotes, summarize
from qabot.records import Article, ArticleInfo
from qabot.text import sentence_spans

_WORDS = "council budget roads schools harbour ferry minister said tide bridge engineer report"
_SYLLABLES = "ka lo mi ren sto val dor ith bre an mo sel tar vin".split()
_FIRST_NAMES = (
    "Anna Boris Clara Dmitri Elena Farid Greta Hamid Ines Jonas Kira Lars Mina Nils Olga Pavel "
    "Rosa Sven Tara Umar Vera Wim Yara Zane"
).split()
_ROLES = (
    "the finance minister",
    "a union leader",
    "the council's chief executive",
    "a local teacher",
    "the party's spokeswoman",
    "an economist at the bank",
)
BBC = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "bbc_news"


def _name(rng: random.Random) -> str:
    """Return a made-up person's name: two capitalised words of two or three syllables."""
    return " ".join(
        "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        for _ in range(2)
    )


def people_text(sentences: int, seed: int = 1) -> str:
    """Return an article of about `sentences` sentences, a new person of a surname of their own
    quoted in each paragraph of four (see `--kind people`)."""
    rng = random.Random(seed)
    words = _WORDS.split()
    people: list[str] = []
    out: list[str] = []
    for n in range(max(1, sentences // 4)):
        stem = "".join(rng.choice(_SYLLABLES) for _ in range(2)).capitalize()
        surname = stem + "".join(chr(ord("a") + int(d)) for d in str(n))  # "Kalo" + "bc"
        people.append(f"{_FIRST_NAMES[n % len(_FIRST_NAMES)]} {surname}")
        pronoun = "she" if n % 2 else "he"
        paragraph = [
            f'{people[-1]}, {rng.choice(_ROLES)}, said: "The {rng.choice(words)} plan will fail."',
            f'"We warned them about the {rng.choice(words)}," {pronoun} added.',
        ]
        if n > 3:
            other = rng.choice(people).split()[-1]
            paragraph.append(f'Mr {other} disagreed. "It is a fair {rng.choice(words)}," he said.')
            paragraph.append(
                f"According to {rng.choice(people)}, the {rng.choice(words)} will close."
            )
        out.append(" ".join(paragraph))
    return "\n\n".join(out)


def bbc_text(sentences: int) -> str:
    """Return the BBC articles (title line dropped), in a fixed shuffled order, joined into one
    text of at least `sentences` sentences (or all of them)."""
    files = sorted(BBC.glob("*/*.txt"))
    random.Random(3).shuffle(files)
    parts: list[str] = []
    count = 0
    for path in files:
        if count >= sentences:
            break
        body = path.read_text(encoding="utf-8", errors="replace").strip().split("\n", 1)[-1]
        parts.append(body.strip())
        count += len(sentence_spans(parts[-1]))
    return "\n\n".join(parts)


def article_text(sentences: int, kind: str, seed: int = 1) -> str:
    """Return a generated article of about `sentences` sentences, seven to a paragraph."""
    if kind == "people":
        return people_text(sentences, seed)
    if kind == "bbc":
        return bbc_text(sentences)
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
    parser.add_argument("--kind", choices=("names", "words", "people", "bbc"), default="words")
    parser.add_argument("--bound", type=float, default=2.0)
    args = parser.parse_args(argv)
    if args.kind == "bbc" and not BBC.is_dir():
        print(f"no BBC corpus at {BBC.name}: nothing measured")
        return 0
    quoting_rates, summary_rates = [], []
    for size in sorted(args.sentences):
        text = article_text(size, args.kind)
        sentences = len(sentence_spans(text))
        quoting, summarising, speakers = timed(text)
        quoting_rates.append(quoting / sentences)
        summary_rates.append(summarising / sentences)
        print(
            f"{sentences} sentences ({len(text):,} characters), {speakers} speakers: "
            f"quotes {quoting:.2f} CPU-s, summaries {summarising:.2f} CPU-s",
            flush=True,
        )
    failed = False
    for step, rates in (("quotes", quoting_rates), ("summaries", summary_rates)):
        growth = rates[-1] / max(rates[0], 1e-9)
        failed = failed or growth > args.bound
        print(
            f"{step}' CPU per sentence, largest over smallest: {growth:.2f} (bound {args.bound})"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
