"""Measure quote attribution (`qabot.attribution.extract_quotes`) against PolNeAR's annotations.

    python benchmarks/polnear_eval.py [--split train|dev|test] [--limit N] [--json FILE]

PolNeAR (Newell, Margolin & Ruths, LREC 2018) lives in ../shared/corpora/polnear relative to the
repository root: 1,008 US political news articles whose attributions were annotated by hand as
Source, Cue and Content spans (BRAT standoff). Develop on train and dev; the corpus authors ask
that test be run only to report final figures.

What is measured (printed with the table): - content spans, precision / recall / F1, three ways:
overlap (a span counts when it shares at least one character with a gold span, the lenient match of
Pareti and of Citron), partial (each span is credited with the fraction of its characters that the
best other span covers) and exact (equal after trimming spaces, quote marks, outer punctuation and
a leading "that"); - speaker accuracy on overlap-matched spans (against the best-overlapping gold
span with a Source that names someone: a few Sources are the cue itself, "said", and are left out):
correct when the predicted speaker's head word (surname) is a word of the gold Source, or the gold
Source's head word is a word of the prediction, case-insensitive; a gold description whose head is
a role or person noun ("the president", "the businessman", not "the campaign") also matches a
predicted name when the article puts that word, or its title abbreviation ("Sen." for senator),
within 40 characters of the surname ("President Barack Obama", "Obama, the president", "Sen.
Bernie Sanders"). A gold pronoun Source (he, she, they, who, ...) is replaced by a proxy for its
antecedent: the nearest earlier gold Source that names someone (head word capitalised: "Biden, who
served ..." yes, "the actor" no) and whose gender, when the article gives one (Mr/Ms or a first
name from the general lexicon in qabot.text.lexicon before the surname), agrees with he/she, and
which can be one person for he/she (not "The Associated Press", "some Republicans", "CNN" or a
plural like "Progressives"), or for which/it/its one the article gives no gender (a body or a
thing, never "Mr Obama"); accuracy is also printed without those spans; - apart, the spans
counted wrong whose gold Source is a bare description of a body ("the company", "the group")
and whose predicted speaker is a name the article writes before that Source ("Twitter ... the
company said"): the annotation keeps the description where the extractor names the body it
means, so the strict figure counts a resolution as an error; - separately for direct
speech (the span holds a double quote mark, '' included, or is wholly quoted) and reported speech
(everything else), split the same way for gold and predicted spans.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from qabot.attribution import extract_quotes
from qabot.records import Article, ArticleInfo
from qabot.text.lexicon import (
    GENDERED_NOUNS,
    OCCUPATIONS,
    ORGANISATION_ANAPHORS,
    ROLE_NOUNS,
    first_name_gender,
)

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "polnear"
PRONOUNS = frozenset(
    "he she they i we it him her them you his their its who which that whom".split()
)
DOUBLE_MARKS = re.compile(r"[\"“”]|''")
TRIM = " \t\n\"“”'‘’,.;:!?—–-()[]"
KINDS = ("direct", "reported")
TITLE_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
# pronouns for a thing or a body, never a person ("the report, which said ...", "its statement"):
# their proxy antecedent is the nearest earlier named source the article gives no gender
THING_PRONOUNS = frozenset({"which", "it", "its"})
# nouns for one person ("the senator", "the businessman"), and how titles abbreviate them
PERSON_NOUNS = ROLE_NOUNS | OCCUPATIONS | (frozenset(GENDERED_NOUNS) - {"his", "her"})
ROLE_ABBREVIATIONS = {
    "senator": ("sen",),
    "governor": ("gov",),
    "representative": ("rep",),
    "president": ("pres",),
    "general": ("gen",),
    "professor": ("prof",),
}
# the head nouns of a bare description of a body ("the company", "the group")
BODY_DESCRIPTIONS = ORGANISATION_ANAPHORS
CUE_AS_SOURCE = frozenset("said says say told tells".split())
GROUP_OPENERS = frozenset(
    """the a an some many most several both all few other others these
those its their his her our two three four""".split()
)


@dataclass
class Gold:
    """One annotated attribution: its content spans and its source text."""

    spans: list[tuple[int, int]]
    source: str | None
    kind: str
    source_at: int = 0  # where the Source span starts


@dataclass
class Predicted:
    start: int
    end: int
    speaker: str
    kind: str


@dataclass
class Tally:
    """Counts for one kind of speech."""

    predicted: int = 0
    gold: int = 0
    predicted_overlap: int = 0
    gold_overlap: int = 0
    predicted_exact: int = 0
    gold_exact: int = 0
    predicted_partial: float = 0.0
    gold_partial: float = 0.0
    speaker_checked: int = 0
    speaker_correct: int = 0
    named_checked: int = 0
    named_correct: int = 0
    # counted wrong: gold "the company", predicted a body the article named before it
    body_named: int = 0
    errors: list[str] = field(default_factory=list)


def read_ann(path: Path) -> list[Gold]:
    """Return the attributions of one BRAT .ann file."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events: list[list[tuple[str, str]]] = []
    last = None
    for line in path.read_text(encoding="utf-8").split("\n"):
        if re.match(r"^T\d+\t", line):
            ident, meta, surface = [*line.split("\t"), ""][:3]
            label, _, offsets = meta.partition(" ")
            parts = [tuple(map(int, p.split())) for p in offsets.split(";")]
            spans[ident] = (label, parts, surface)
            last = ident
        elif re.match(r"^E\d+\t", line):
            events.append(re.findall(r"([A-Za-z-]+?)\d*:(T\d+)", line.split("\t")[1]))
            last = None
        elif last is not None and not re.match(r"^[A-Z#]\d*\t", line):
            label, parts, surface = spans[last]
            spans[last] = (label, parts, surface + "\n" + line)
    gold = []
    for arguments in events:
        contents = [spans[t] for role, t in arguments if role == "Content" and t in spans]
        sources = [spans[t] for role, t in arguments if role == "Source" and t in spans]
        if not contents:
            continue
        parts = [part for _, p, _ in contents for part in p]
        text = " ".join(surface for *_, surface in contents)
        kind = "direct" if DOUBLE_MARKS.search(text) else "reported"
        gold.append(
            Gold(
                parts,
                sources[0][2] if sources else None,
                kind,
                sources[0][1][0][0] if sources else 0,
            )
        )
    return gold


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Return (start, end) without outer spaces, quote marks, punctuation or a leading "that"."""
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    if text[start : start + 5].casefold() == "that ":
        return trimmed(text, start + 5, end)
    return start, end


def overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def head(words: str) -> str:
    """Return the head word of a speaker phrase: the last word before "of"/","/"(" ."""
    phrase = re.split(r",|\(|\bof\b|\bwho\b", words)[0]
    tokens = re.findall(r"[\w'’-]+", phrase.casefold().replace("’s", "").replace("'s", ""))
    return tokens[-1] if tokens else ""


def speaker_matches(predicted: str, gold: str) -> bool:
    """Apply the documented speaker rule (head word of one is a word of the other)."""
    predicted, gold = predicted.replace("’", "'"), gold.replace("’", "'")
    gold_words = set(re.findall(r"[\w'’-]+", gold.casefold().replace("’s", "").replace("'s", "")))
    predicted_words = set(re.findall(r"[\w'’-]+", predicted.casefold()))
    return head(predicted) in gold_words or head(gold) in predicted_words


def evaluate_article(text: str, gold: list[Gold], name: str, tallies: dict[str, Tally]) -> None:
    """Add one article's counts to `tallies`."""
    article = Article(ArticleInfo(id=name, path=name, title=""), text)
    predicted = []
    for quote in extract_quotes(article):
        quoted = quote.start > 0 and (
            text[quote.start - 1] in '"“”' or text[quote.start - 2 : quote.start] == "''"
        )
        kind = "direct" if quoted or DOUBLE_MARKS.search(quote.text) else "reported"
        predicted.append(Predicted(quote.start, quote.end, quote.speaker, kind))
    # named gold sources in text order, with the gender the article gives them (if any): a
    # pronoun's proxy antecedent is the nearest earlier one of a compatible gender
    named = sorted(
        (g.source_at, g.source, _gender(text, g.source))
        for g in gold
        if g.source and g.source.casefold().strip() not in PRONOUNS and _named(g.source)
    )
    for item in gold:
        tally = tallies[item.kind]
        tally.gold += 1
        span_length = sum(e - s for s, e in item.spans) or 1
        best = max((overlap(item.spans, [(p.start, p.end)]) for p in predicted), default=0)
        tally.gold_overlap += best > 0
        tally.gold_partial += best / span_length
        exact = {trimmed(text, s, e) for s, e in item.spans}
        exact.add(_joined(text, item))
        tally.gold_exact += any(trimmed(text, p.start, p.end) in exact for p in predicted)
    for p in predicted:
        tally = tallies[p.kind]
        tally.predicted += 1
        scored = [(overlap(g.spans, [(p.start, p.end)]), i) for i, g in enumerate(gold)]
        best, index = max(scored, default=(0, -1))
        tally.predicted_overlap += best > 0
        tally.predicted_partial += best / max(1, p.end - p.start)
        if best > 0:
            match = gold[index]
            tally.predicted_exact += trimmed(text, p.start, p.end) in (
                {trimmed(text, s, e) for s, e in match.spans} | {_joined(text, match)}
            )
            if match.source is None or match.source.casefold().strip() in CUE_AS_SOURCE:
                continue  # no source, or the cue annotated as the source: names no one
            source = match.source
            pronoun = source.casefold().strip() in PRONOUNS
            if pronoun:
                said = source.casefold().strip()
                wanted = PRONOUN_GENDER.get(said)
                earlier = [
                    s
                    for at, s, gender in named
                    if at < match.source_at
                    and (said not in THING_PRONOUNS or gender is None)
                    and (wanted is None or (gender in {None, wanted} and _one_person(s, gender)))
                ]
                if not earlier:
                    continue
                source = earlier[-1]
            correct = speaker_matches(p.speaker, source) or (
                not _named(source) and _described_as(text, p.speaker, source)
            )
            tally.speaker_checked += 1
            tally.speaker_correct += correct
            if not pronoun:
                tally.named_checked += 1
                tally.named_correct += correct
            if not correct and _body_named_before(text, p.speaker, source, match.source_at):
                tally.body_named += 1
            if not correct and len(tally.errors) < 400:
                tally.errors.append(
                    f"{name}: predicted {p.speaker!r}, gold {match.source!r}"
                    f"{' -> ' + repr(source) if pronoun else ''}: "
                    f"{text[p.start : p.end][:80]!r}"
                )


def _body_named_before(text: str, speaker: str, source: str, at: int) -> bool:
    """Return True when a gold Source is a bare description of a body ("the company", "The
    group") and the predicted speaker a name the article writes before it ("Twitter")."""
    words = source.split()
    return (
        len(words) == 2
        and words[0].casefold() == "the"
        and words[1].casefold() in BODY_DESCRIPTIONS
        and speaker[:1].isupper()
        and re.search(rf"(?<!\w){re.escape(speaker)}(?!\w)", text[:at]) is not None
    )


def _one_person(source: str, gender: str | None) -> bool:
    """Return False for a source "he" or "she" cannot refer to: a group or an organisation.

    That is a phrase led by a determiner or quantifier ("The Associated Press", "some
    Republicans"), an acronym ("CNN"), or a plural head the article gives no first name or
    title ("Progressives", "Allies"; "Sanders" of "Bernie Sanders" stays a person).
    """
    words = source.split()
    if words[0].casefold() in GROUP_OPENERS or (len(source) > 1 and source.isupper()):
        return False
    return gender is not None or not head(source).endswith("s")


def _gender(text: str, source: str) -> str | None:
    """Return the gender an article gives a named source: a first name or title before its head.

    The source's own words come first ("Bill Clinton" is a man even where the article also
    names Hillary Clinton); then the first "Mr Clinton" / "Hillary Clinton" in the article.
    """
    own = _gender_in(source, source)
    return own or _gender_in(text, source)


def _gender_in(text: str, source: str) -> str | None:
    surname = re.escape(head(source).title())
    for match in re.finditer(
        r"\b(Mr|Mrs|Ms|Miss|[A-Z][a-z]+)\.?\s+(?:[A-Z]\.\s+)?" + surname + r"\b", text
    ):
        word = match.group(1).casefold()
        gender = TITLE_GENDER.get(word) or first_name_gender(word)
        if gender:
            return gender
    return None


def _described_as(text: str, speaker: str, description: str) -> bool:
    """Return True when the article puts the description's head next to the speaker's surname.

    "the president" and "Barack Obama" match when the text says "President Barack Obama" or
    "Obama, the president"; "the former president" and "Donald Trump" do not match on
    "presidential candidate Donald Trump".
    """
    surname, role = head(speaker), head(description)
    if not surname or role not in PERSON_NOUNS or not speaker[:1].isupper():
        return (
            False  # only a person's role ("the senator", "the businessman"), never "the campaign"
        )
    # "Sen. Bernie Sanders" is a senator
    written = [re.escape(role), *(re.escape(a) + r"\." for a in ROLE_ABBREVIATIONS.get(role, ()))]
    near = re.compile(r"\b(?:" + "|".join(written) + r")(?!\w)", re.IGNORECASE)
    for match in re.finditer(r"\b" + re.escape(surname) + r"\b", text, re.IGNORECASE):
        if near.search(text, max(0, match.start() - 40), match.end() + 40):
            return True
    return False


def _named(source: str) -> bool:
    """Return True when a gold Source names someone (its head word is capitalised)."""
    phrase = re.split(r",|\(|\bof\b|\bwho\b", source)[0]
    words = re.findall(r"[\w'’-]+", phrase)
    return bool(words) and words[-1][:1].isupper()


def _joined(text: str, item: Gold) -> tuple[int, int]:
    """Return the trimmed hull of a (possibly discontinuous) gold span."""
    return trimmed(text, min(s for s, _ in item.spans), max(e for _, e in item.spans))


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def summarize(tally: Tally) -> dict[str, float | int]:
    """Return the figures of one kind."""
    figures: dict[str, float | int] = {"predicted": tally.predicted, "gold": tally.gold}
    for way in ("overlap", "partial", "exact"):
        p = getattr(tally, f"predicted_{way}") / tally.predicted if tally.predicted else 0.0
        r = getattr(tally, f"gold_{way}") / tally.gold if tally.gold else 0.0
        figures |= {f"{way}_precision": p, f"{way}_recall": r, f"{way}_f1": f1(p, r)}
    figures["speaker_accuracy"] = (
        tally.speaker_correct / tally.speaker_checked if tally.speaker_checked else 0.0
    )
    figures["speaker_checked"] = tally.speaker_checked
    figures["speaker_body_named"] = tally.body_named
    figures["speaker_accuracy_named_sources"] = (
        tally.named_correct / tally.named_checked if tally.named_checked else 0.0
    )
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=["train", "dev", "test"], default="dev")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--errors", type=int, default=0, help="print N speaker errors per kind")
    args = parser.parse_args(argv)
    folder = args.corpus / args.split
    if not (folder / "text").is_dir():
        print(
            f"PolNeAR not found in {folder}: expected ../shared/corpora/polnear/{args.split}"
            "/text and /attributions next to the repository.",
            file=sys.stderr,
        )
        return 1
    texts = sorted((folder / "text").glob("*.txt"))[: args.limit or None]
    tallies = {kind: Tally() for kind in KINDS}
    seconds = 0.0
    for path in texts:
        annotations = sorted((folder / "attributions").glob(f"{path.stem}_*.ann"))
        if not annotations:
            continue
        text = path.read_text(encoding="utf-8")
        gold = read_ann(annotations[0])
        started = time.perf_counter()
        evaluate_article(text, gold, path.stem, tallies)
        seconds += time.perf_counter() - started
    results = {kind: summarize(tallies[kind]) for kind in KINDS}
    results["articles"] = len(texts)
    results["split"] = args.split
    print(f"PolNeAR {args.split}: {len(texts)} articles, evaluated in {seconds:.1f} s")
    print(
        f"{'':10}{'pred':>6}{'gold':>6}  {'overlap P/R/F1':>20}  {'partial P/R/F1':>20}  "
        f"{'exact P/R/F1':>20}  {'speaker acc (n)':>16}"
    )
    for kind in KINDS:
        r = results[kind]
        cells = "  ".join(
            f"{r[f'{w}_precision']:.3f}/{r[f'{w}_recall']:.3f}/{r[f'{w}_f1']:.3f}"
            for w in ("overlap", "partial", "exact")
        )
        print(
            f"{kind:10}{r['predicted']:>6}{r['gold']:>6}  {cells}  "
            f"{r['speaker_accuracy']:.3f} ({r['speaker_checked']})"
        )
    print(
        "speaker rule: head word (surname) of one is a word of the other, case-insensitive; "
        "gold descriptions match a name the article gives that role; "
        "gold pronoun sources -> nearest earlier named gold source of compatible gender "
        "(one person for he/she; no gender known for which/it/its). "
        "Without pronoun sources: "
        + ", ".join(f"{k} {results[k]['speaker_accuracy_named_sources']:.3f}" for k in KINDS)
    )
    with_them = {
        k: (tallies[k].speaker_correct + tallies[k].body_named)
        / max(1, tallies[k].speaker_checked)
        for k in KINDS
    }
    print(
        'counted wrong above: gold source a bare body description ("the company"), predicted '
        "the body named before it: "
        + ", ".join(
            f"{k} {results[k]['speaker_body_named']} (accuracy with them {with_them[k]:.3f})"
            for k in KINDS
        )
    )
    for kind in KINDS:
        for line in tallies[kind].errors[: args.errors]:
            print(f"  [{kind}] {line}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
