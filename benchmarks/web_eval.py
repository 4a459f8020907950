"""Measure qabot on real saved web pages: article text, metadata, quotes and their speakers.

    python benchmarks/web_eval.py [--show-failures] [--json FILE]

The corpora live in ../shared/corpora relative to the repository root (web_pages/ and
bbc_news/); the script says so and exits 0 when they are missing. qabot is driven only through
its command line, in subprocesses, so what is measured is what a user gets.

Part 1, text extraction (issue 12), over every page in web_pages/evaldata.json:
- qabot's cleaned article text (`qabot articles --json --text` over an index of all pages) and
  plain `trafilatura.extract(html)` of the same page, in the same run;
- `with` found: share of the snippets that belong to the main text and are found in the
  headline or the text; `without` leaked: share of the furniture snippets that end up in either
  (matching ignores case, runs of whitespace and the shape of quote marks); a page a system skips
  counts as empty. Both systems are scored on headline + text: qabot keeps the headline apart
  from `Article.text` (it is the title field every passage is indexed and shown with), and
  trafilatura's `extract` leaves it out too, so a gold snippet that is the headline would
  otherwise be missed by both; `in text alone` gives both shares without the headline;
- pages skipped as non-articles (no article out of the page);
- bylines: of the pages given one, how many are right (each name in evaldata's `author`,
  punctuation and case aside), and of the pages whose `author` is not empty, how many get a
  right one;
- title, outlet and date where evaldata.json has them: title equal after normalising (or the
  one contained in the other, printed apart: "Headline | Site" contains the headline), outlet
  equal to evaldata's `sitename`, date the same YYYY-MM-DD; trafilatura's own metadata
  (`extract_metadata`) beside it.

Part 2, quotes, against the hand annotation benchmarks/quote_gold.jsonl (see the README):
- an index over a temporary folder holding exactly the annotated articles, read back with
  `qabot quotes --json`;
- a gold quote is matched by a stored direct quote of its article whose text contains the
  gold snippet (whole words; case, whitespace and quote marks normalised); when one article has
  the same snippet twice (a pull quote and the paragraph it repeats), the n-th annotation takes
  the n-th such stored quote;
- recall: share of speech annotations matched by a direct quote (and, apart, by any stored
  quote, reported ones included);
- speaker accuracy: over matched speech annotations whose speaker the page names, the stored
  speaker is right when the gold name or one of its aliases occurs in it as whole words,
  case-folded ("Detective Alvaro Zabaleta" for "Zabaleta");
- non-speech stored: of the stored direct quotes of the annotated articles, the share that
  matches a `speech: false` annotation (a title, nickname, scare quote, term, slogan) and the
  share that matches no annotation at all (mostly page furniture or a piece of a quote);
- per source: web pages and BBC articles.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from question_sets import QABOT

REPO = Path(__file__).resolve().parents[1]
CORPORA = REPO.parent / "shared" / "corpora"
WEB = CORPORA / "web_pages"
GOLD = REPO / "benchmarks" / "quote_gold.jsonl"
QUOTE_MARKS = str.maketrans({"‘": "'", "’": "'", "‚": "'", "′": "'", "“": '"', "”": '"', "„": '"'})
SPACES = re.compile(r"\s+")


def norm(text: str) -> str:
    """Case-fold, unify quote marks and collapse whitespace."""
    return SPACES.sub(" ", text.translate(QUOTE_MARKS)).strip().casefold()


def quote_norm(text: str) -> str:
    """`norm`, then drop double quote marks (a quote's own marks, kept or not by qabot)."""
    return SPACES.sub(" ", norm(text).replace('"', " ")).strip()


def contains_words(haystack: str, needle: str) -> bool:
    """True when `needle` occurs in `haystack` and starts and ends at word boundaries."""
    if not needle:
        return False
    pattern = (r"(?<!\w)" if needle[0].isalnum() else "") + re.escape(needle)
    pattern += r"(?!\w)" if needle[-1].isalnum() else ""
    return re.search(pattern, haystack) is not None


def run_qabot(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*QABOT, *args], capture_output=True, text=True, check=False)


def build_index(articles: Path, index_dir: Path) -> None:
    done = run_qabot("index", "--articles", str(articles), "--index-dir", str(index_dir))
    if done.returncode != 0:
        sys.exit(f"qabot index failed ({done.returncode}):\n{done.stderr}")
    print(f"  {done.stdout.strip()}")


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


def qabot_articles(articles: Path, index_dir: Path) -> list[dict]:
    """Each indexed article with its cleaned text, as `qabot articles --json --text` lists it."""
    done = run_qabot(
        "articles", "--json", "--text", "--articles", str(articles), "--index-dir", str(index_dir)
    )
    if done.returncode != 0:
        sys.exit(f"qabot articles failed ({done.returncode}):\n{done.stderr}")
    return json_lines(done.stdout)


def link_files(target: Path, relative_paths: list[str]) -> None:
    """Copy corpus files into a temporary articles folder, keeping their relative paths."""
    for rel in relative_paths:
        destination = target / rel
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(CORPORA / rel, destination)


# ---------------------------------------------------------------- part 1: text extraction


@dataclass
class TextScore:
    with_total: int = 0
    with_found: int = 0
    with_in_text: int = 0  # found in the text alone, headline left out
    without_total: int = 0
    without_leaked: int = 0
    without_in_text: int = 0
    skipped: list[str] = field(default_factory=list)
    title_exact: int = 0
    title_contained: int = 0
    title_total: int = 0
    outlet_right: int = 0
    outlet_total: int = 0
    outlet_present: int = 0
    date_right: int = 0
    date_total: int = 0
    author_given: int = 0  # pages given a byline
    author_right: int = 0  # ... every name of which is in the gold author field
    author_gold: int = 0  # pages whose gold author field is not empty
    author_found: int = 0  # ... given a byline that is right
    failures: list[str] = field(default_factory=list)

    def add_page(self, page: str, title: str, text: str, gold: dict) -> None:
        """Score the headline and the text together (see the module docstring)."""
        body, text_only = norm(f"{title}\n\n{text}"), norm(text)
        for snippet in gold.get("with", []):
            self.with_total += 1
            self.with_in_text += norm(snippet) in text_only
            if norm(snippet) in body:
                self.with_found += 1
            else:
                self.failures.append(f"{page}: missed   {snippet!r}")
        for snippet in gold.get("without", []):
            self.without_total += 1
            self.without_in_text += norm(snippet) in text_only
            if norm(snippet) in body:
                self.without_leaked += 1
                self.failures.append(f"{page}: leaked   {snippet!r}")

    def add_author(self, page: str, author: str | None, gold: str | None) -> None:
        """A byline is right when each of its names is in the gold author field (punctuation
        and case aside: "R C Baker" is "R.C. BAKER"); gold's "Staff Writer" names nobody."""
        names = [n for n in re.split(r";|,| and ", author or "") if n.strip()]
        want = name_key(gold or "")
        right = bool(names) and all(name_key(n) in want for n in names)
        self.author_given += bool(names)
        self.author_right += right
        if gold and gold.strip():
            self.author_gold += 1
            self.author_found += right
        if names and not right:
            self.failures.append(f"{page}: author   {author!r} (gold {gold!r})")

    def add_meta(
        self,
        page: str,
        title: str | None,
        outlet: str | None,
        date: str | None,
        gold: dict,
        author: str | None = None,
    ) -> None:
        if gold.get("title"):
            self.title_total += 1
            want, got = norm(gold["title"]), norm(title or "")
            if got == want:
                self.title_exact += 1
            elif got and (want in got or got in want):
                self.title_contained += 1
                self.failures.append(f"{page}: title    {title!r} (gold {gold['title']!r})")
            else:
                self.failures.append(f"{page}: title    {title!r} (gold {gold['title']!r})")
        self.outlet_present += bool(outlet)
        if gold.get("sitename"):
            self.outlet_total += 1
            if norm(outlet or "") == norm(gold["sitename"]):
                self.outlet_right += 1
            else:
                self.failures.append(f"{page}: outlet   {outlet!r} (gold {gold['sitename']!r})")
        self.add_author(page, author, gold.get("author"))
        if gold.get("date"):
            self.date_total += 1
            if (date or "")[:10] == gold["date"][:10]:
                self.date_right += 1
            else:
                self.failures.append(f"{page}: date     {date!r} (gold {gold['date']!r})")


def name_key(text: str) -> str:
    """Return a name (or a gold author field) without punctuation or case: " r c baker "."""
    return " " + " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split()) + " "


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def extraction(show_failures: bool, work: Path) -> dict:
    import trafilatura  # qabot's own dependency; imported here to keep --help fast

    gold = json.loads((WEB / "evaldata.json").read_text(encoding="utf-8"))
    pages = {entry["file"]: entry for entry in gold.values()}
    names = [f"web_pages/pages/{name}" for name in pages]
    articles, index_dir = work / "pages", work / "pages-index"
    link_files(articles, names)
    print(f"Text extraction: {len(pages)} pages")
    build_index(articles, index_dir)
    listed = qabot_articles(articles, index_dir)
    by_path: dict[str, list[dict]] = defaultdict(list)
    for article in listed:
        by_path[article["path"].split("#")[0]].append(article)

    qabot, plain = TextScore(), TextScore()
    for name, entry in pages.items():
        rel = f"web_pages/pages/{name}"
        mine = by_path.get(rel, [])
        if not mine:
            qabot.skipped.append(name)
        first = mine[0] if mine else {}
        qabot.add_page(
            name, first.get("title") or "", "\n\n".join(a.get("text") or "" for a in mine), entry
        )
        qabot.add_meta(
            name,
            first.get("title"),
            first.get("source"),
            first.get("date"),
            entry,
            first.get("author"),
        )
        html = (WEB / "pages" / name).read_text(encoding="utf-8", errors="replace")
        text = trafilatura.extract(html)
        if not text:
            plain.skipped.append(name)
        meta = trafilatura.extract_metadata(html)
        plain.add_page(name, (meta.title if meta else None) or "", text or "", entry)
        plain.add_meta(
            name,
            meta.title if meta else None,
            meta.sitename if meta else None,
            meta.date if meta else None,
            entry,
            meta.author if meta else None,
        )

    rows = [
        ("with found", lambda s: pct(s.with_found, s.with_total)),
        ("  in text alone", lambda s: pct(s.with_in_text, s.with_total)),
        ("without leaked", lambda s: pct(s.without_leaked, s.without_total)),
        ("  in text alone", lambda s: pct(s.without_in_text, s.without_total)),
        ("pages skipped", lambda s: str(len(s.skipped))),
        ("title equal", lambda s: f"{s.title_exact}/{s.title_total}"),
        ("title contained", lambda s: f"{s.title_contained}/{s.title_total}"),
        ("outlet = sitename", lambda s: f"{s.outlet_right}/{s.outlet_total}"),
        ("outlet given", lambda s: f"{s.outlet_present}/{len(pages)}"),
        ("date (YYYY-MM-DD)", lambda s: f"{s.date_right}/{s.date_total}"),
        ("byline right/given", lambda s: f"{s.author_right}/{s.author_given}"),
        ("byline found", lambda s: f"{s.author_found}/{s.author_gold}"),
    ]
    print(f"\n  {'':<20}{'qabot':>12}{'trafilatura':>14}")
    for label, show in rows:
        print(f"  {label:<20}{show(qabot):>12}{show(plain):>14}")
    print(
        f"  ({qabot.with_total} `with` and {qabot.without_total} `without` snippets;"
        " target: with >= 95%, without <= 3%, both better than trafilatura)"
    )
    if qabot.skipped:
        print(f"  skipped by qabot: {', '.join(qabot.skipped)}")
    if plain.skipped:
        print(f"  skipped by trafilatura: {', '.join(plain.skipped)}")
    if show_failures:
        print("\n  qabot failures:")
        for line in qabot.failures:
            print(f"    {line}")
    return {
        "pages": len(pages),
        **{
            system: {
                "with_found": qabot_or_plain.with_found / max(qabot_or_plain.with_total, 1),
                "with_in_text": qabot_or_plain.with_in_text / max(qabot_or_plain.with_total, 1),
                "without_leaked": qabot_or_plain.without_leaked
                / max(qabot_or_plain.without_total, 1),
                "without_in_text": qabot_or_plain.without_in_text
                / max(qabot_or_plain.without_total, 1),
                "skipped": qabot_or_plain.skipped,
                "title_equal": qabot_or_plain.title_exact,
                "title_contained": qabot_or_plain.title_contained,
                "title_total": qabot_or_plain.title_total,
                "outlet_right": qabot_or_plain.outlet_right,
                "outlet_total": qabot_or_plain.outlet_total,
                "date_right": qabot_or_plain.date_right,
                "date_total": qabot_or_plain.date_total,
                "author_given": qabot_or_plain.author_given,
                "author_right": qabot_or_plain.author_right,
                "author_gold": qabot_or_plain.author_gold,
                "author_found": qabot_or_plain.author_found,
            }
            for system, qabot_or_plain in (("qabot", qabot), ("trafilatura", plain))
        },
    }


# ---------------------------------------------------------------- part 2: quotes


@dataclass
class QuoteTally:
    speech: int = 0
    found_direct: int = 0
    found_any: int = 0
    named: int = 0
    named_matched: int = 0
    speaker_right: int = 0
    stored: int = 0
    stored_speech: int = 0
    stored_nonspeech: int = 0
    stored_unannotated: int = 0


def source_of(article: str) -> str:
    return "web" if article.startswith("web_pages/") else "bbc"


def speaker_right(predicted: str | None, gold: dict) -> bool:
    said = norm(predicted or "")
    names = [gold["speaker"], *gold.get("speaker_aliases", [])]
    return any(contains_words(said, norm(name)) for name in names if name)


def quotes(show_failures: bool, work: Path) -> dict:
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    paths = sorted({g["article"] for g in gold})
    articles, index_dir = work / "annotated", work / "annotated-index"
    link_files(articles, paths)
    print(f"\nQuotes: {len(gold)} annotations in {len(paths)} articles")
    build_index(articles, index_dir)
    done = run_qabot(
        "quotes", "--json", "--articles", str(articles), "--index-dir", str(index_dir)
    )
    if done.returncode != 0:
        sys.exit(f"qabot quotes failed ({done.returncode}):\n{done.stderr}")
    stored: dict[str, list[dict]] = defaultdict(list)
    for quote in json_lines(done.stdout):
        quote["norm"] = quote_norm(quote["text"])
        stored[quote["article"]["path"]].append(quote)
    for found in stored.values():
        found.sort(key=lambda q: q.get("start", 0))

    tallies: dict[str, QuoteTally] = defaultdict(QuoteTally)
    wrong: list[str] = []
    missed: list[str] = []
    seen: Counter[tuple[str, str, str]] = Counter()
    for g in gold:
        snippet = quote_norm(g["quote"])
        if not g["speech"]:
            continue
        tally = tallies[source_of(g["article"])]
        tally.speech += 1
        tally.named += bool(g["speaker"])
        in_article = stored.get(g["article"], [])
        direct = [q for q in in_article if q["kind"] == "direct"]
        hits = [q for q in direct if contains_words(q["norm"], snippet)]
        any_hits = [q for q in in_article if contains_words(q["norm"], snippet)]
        tally.found_any += bool(any_hits)
        if not hits:
            missed.append(
                f"{g['article']}: {g['quote']!r} ({g['speaker'] or 'unnamed'})"
                + (f" [stored as {any_hits[0]['kind']}]" if any_hits else "")
            )
            continue
        key = (g["article"], snippet, "direct")
        hit = hits[min(seen[key], len(hits) - 1)]
        seen[key] += 1
        tally.found_direct += 1
        if g["speaker"]:
            tally.named_matched += 1
            if speaker_right(hit["speaker"], g):
                tally.speaker_right += 1
            else:
                wrong.append(
                    f"{g['article']}: {g['quote']!r}: stored {hit['speaker']!r}"
                    f" (cue {hit.get('cue')!r}), gold {g['speaker']!r} [{g.get('note', '')}]"
                )

    nonspeech: list[str] = []
    unannotated: list[str] = []
    by_article: dict[str, list[dict]] = defaultdict(list)
    for g in gold:
        by_article[g["article"]].append(g)
    for path, found in stored.items():
        golds = by_article.get(path, [])
        for quote in found:
            if quote["kind"] != "direct":
                continue
            tally = tallies[source_of(path)]
            tally.stored += 1
            matches = [
                g
                for g in golds
                if contains_words(quote["norm"], quote_norm(g["quote"]))
                or (quote["norm"] and contains_words(quote_norm(g["quote"]), quote["norm"]))
            ]
            line = f"{path}: {quote['text'][:90]!r} -> {quote['speaker']!r}"
            if any(g["speech"] for g in matches):
                tally.stored_speech += 1
            elif matches:
                tally.stored_nonspeech += 1
                nonspeech.append(f"{line} [{matches[0].get('note', '')}]")
            else:
                tally.stored_unannotated += 1
                unannotated.append(line)

    total = QuoteTally()
    for tally in tallies.values():
        for name in vars(total):
            setattr(total, name, getattr(total, name) + getattr(tally, name))
    columns = [("web", tallies["web"]), ("bbc", tallies["bbc"]), ("all", total)]
    rows = [
        ("speech annotations", lambda t: str(t.speech)),
        ("found as direct quote", lambda t: pct(t.found_direct, t.speech)),
        ("found as any quote", lambda t: pct(t.found_any, t.speech)),
        ("named speaker, matched", lambda t: f"{t.named_matched}/{t.named}"),
        ("speaker accuracy", lambda t: pct(t.speaker_right, t.named_matched)),
        ("stored direct quotes", lambda t: str(t.stored)),
        ("  non-speech (annotated)", lambda t: pct(t.stored_nonspeech, t.stored)),
        ("  matching no annotation", lambda t: pct(t.stored_unannotated, t.stored)),
        ("  not speech, both", lambda t: pct(t.stored_nonspeech + t.stored_unannotated, t.stored)),
    ]
    print(f"\n  {'':<28}" + "".join(f"{name:>10}" for name, _ in columns))
    for label, show in rows:
        print(f"  {label:<28}" + "".join(f"{show(t):>10}" for _, t in columns))
    print("  (targets on held-out pages: speaker accuracy >= 95%, non-speech stored <= 5%)")
    if show_failures:
        for title, lines in (
            ("wrong speakers", wrong),
            ("non-speech strings stored as direct quotes", nonspeech),
            ("stored direct quotes matching no annotation", unannotated),
            ("speech quotes not stored as direct quotes", missed),
        ):
            print(f"\n  {title} ({len(lines)}):")
            for line in lines:
                print(f"    {line}")
    return {name: vars(t) for name, t in columns}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-failures", action="store_true", help="list each miss and leak")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args()
    if not (WEB / "evaldata.json").is_file() or not (CORPORA / "bbc_news").is_dir():
        print(f"The corpora are not there: expected web_pages/ and bbc_news/ in {CORPORA}.")
        print("Put ../shared/corpora beside the repository to run this benchmark.")
        return
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="qabot-web-eval-") as work:
        figures = {
            "extraction": extraction(args.show_failures, Path(work)),
            "quotes": quotes(args.show_failures, Path(work)),
        }
    print(f"\n{time.perf_counter() - started:.1f} s")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
