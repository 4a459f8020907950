"""The probes of `archive_alias_probe.py`: every (person, alias shape) the archive gives, the
topic a quote of theirs is asked about, and the seeded sample asked."""

from __future__ import annotations

import random
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from archive_alias_described import described_role, holder_described, role_described
from archive_alias_forms import (
    POSSESSIVE,
    as_asked,
    body_short,
    office_of,
    owned_forms,
    role_after,
    role_before,
    title_form,
    titled,
    wide_forms,
)
from archive_alias_named import quoted_by_surname, shared_surname, title_before

from qabot.attribution import is_description
from qabot.attribution.speaker_genders import cue_gender
from qabot.indexing import Index
from qabot.records import ArticleInfo, Quote
from qabot.text.lexicon import first_name_gender

# the topic word's band of quotes holding it: a rare word finds the quote by itself, and the
# probe would not test the speaker's lookup; a common one is no topic
COMMON = (8, 80)
WORD = re.compile(r"[A-Za-z][A-Za-z'-]{4,}")


@dataclass(frozen=True, slots=True)
class Probe:
    """One question: who is meant, how they are named, about what, and from which article."""

    speaker: str
    kind: str
    alias: str
    topic: str
    folder: str
    article_id: str
    question: str


def article_text(index: Index, article_id: str) -> str:
    """The article's text as its passages hold it (gaps as spaces)."""
    parts: list[str] = []
    at = 0
    for passage in index.passages_of(article_id):
        parts.append(" " * max(0, passage.start - at) + passage.text)
        at = passage.end
    return "".join(parts)


def topic_of(text: str, name: str, rarity: Counter[str]) -> str | None:
    named = {w.casefold() for w in name.split()}
    words = {w.casefold() for w in WORD.findall(text)} - named
    kept = [w for w in words if COMMON[0] <= rarity[w] <= COMMON[1]]
    return min(kept, key=lambda w: (rarity[w], w)) if kept else None


def probe_of(
    quote: Quote, info: ArticleInfo, kind: str, alias: str, asked: str, topic: str
) -> Probe:
    """The probe asking what `asked` said about `topic`, of the quote's speaker and article."""
    folder = "/".join(info.path.split("/")[:2])
    question = f"what did {asked} say about {topic}?"
    return Probe(quote.speaker, kind, alias, topic, folder, quote.article_id, question)


def make_probes(index: Index, wide: bool = False) -> list[Probe]:
    """Every (person, alias kind) the archive gives, one article each; the wide shapes with
    `wide`."""
    quotes = index.quotes
    rarity: Counter[str] = Counter()
    gendered: set[str] = set()  # speakers a cue gives a pronoun: people, whatever their name
    for quote in quotes:
        rarity.update({w.casefold() for w in WORD.findall(quote.text)})
        if cue_gender(quote):
            gendered.add(quote.speaker)
    articles = index.articles
    # people quoted by a first name and surname, by surname: the owners of a described role
    named: dict[str, set[str]] = defaultdict(set)
    for quote in quotes:
        words = quote.speaker.split()
        if len(words) == 2 and first_name_gender(words[0]) and not is_description(quote.speaker):
            named[words[-1]].add(quote.speaker)
    seen: set[tuple[str, str]] = set()
    texts: dict[str, str] = {}
    probes = []
    offices: dict[str, str] = {}  # a person quoted -> the office an article writes before them
    if wide:
        for quote in quotes:
            full = quote.speaker
            if full in offices or is_description(full) or len(full.split()) != 2:
                continue
            if quote.article_id not in texts:
                texts[quote.article_id] = article_text(index, quote.article_id)
            office = office_of(texts[quote.article_id], full)
            if office is not None:
                offices[full] = office
    for quote in quotes:
        name = quote.speaker
        for kind, asked in (
            ("role's role, described", role_described(name, len(probes))),
            ("holder's role, described", holder_described(name, named, offices, len(probes))),
        ):
            if not wide or asked is None or (name, kind) in seen:
                continue
            seen.add((name, kind))
            topic = topic_of(quote.text, name, rarity)
            info = articles.get(quote.article_id)
            if topic is not None and info is not None:
                probes.append(probe_of(quote, info, kind, asked, asked, topic))
        if wide and (name, "described") not in seen and (owned := described_role(name, named)):
            seen.add((name, "described"))
            topic = topic_of(quote.text, name, rarity)
            info = articles.get(quote.article_id)
            if topic is not None and info is not None:
                kind = "person's role, described"
                probes.append(probe_of(quote, info, kind, owned, owned, topic))
        if is_description(name) or len(name.split()) < 2:
            continue
        info = articles.get(quote.article_id)
        if info is None:
            continue
        if quote.article_id not in texts:
            texts[quote.article_id] = article_text(index, quote.article_id)
        text = texts[quote.article_id]
        person = bool(first_name_gender(name.split()[0]))
        if wide and not person and (name in gendered or titled(text, name)):
            continue  # a person with a first name the lists lack: no body to ask by a word
        if wide:
            for kind, alias, asked in wide_forms(text, name, person):
                topic = topic_of(quote.text, name, rarity)
                if alias is None or topic is None or (name, kind) in seen:
                    continue
                seen.add((name, kind))
                probes.append(probe_of(quote, info, kind, alias, asked, topic))
            continue
        forms = [
            ("role before", role_before(text, name) if person else None),
            ("role after", role_after(text, name) if person else None),
            ("title", title_form(text, name) if person else None),
            ("body short", None if person else body_short(name)),
        ]
        for kind, alias in forms:
            topic = topic_of(quote.text, name, rarity)
            if alias is None or topic is None or (name, kind) in seen:
                continue
            seen.add((name, kind))
            asked = as_asked(kind, alias)
            if kind.startswith("role"):
                owned = any(w[:1].isupper() or POSSESSIVE.search(w) for w in asked.split())
                kind += ", owned" if owned else ", bare"
            probes.append(probe_of(quote, info, kind, alias, asked, topic))
    return probes


def make_owned_probes(index: Index) -> list[Probe]:
    """Every (person, owned shape) the archive gives, one article each."""
    quotes = index.quotes
    rarity: Counter[str] = Counter()
    for quote in quotes:
        rarity.update({w.casefold() for w in WORD.findall(quote.text)})
    articles = index.articles
    seen: set[tuple[str, str]] = set()
    texts: dict[str, str] = {}
    probes = []
    for quote in quotes:
        name = quote.speaker
        info = articles.get(quote.article_id)
        if is_description(name) or len(name.split()) < 2 or info is None:
            continue
        if quote.article_id not in texts:
            texts[quote.article_id] = article_text(index, quote.article_id)
        for kind, alias, asked in owned_forms(texts[quote.article_id], name):
            topic = topic_of(quote.text, name, rarity)
            if alias is None or topic is None or (name, kind) in seen:
                continue
            seen.add((name, kind))
            probes.append(probe_of(quote, info, kind, alias, asked, topic))
    return probes


def make_named_probes(index: Index) -> list[Probe]:
    """Every (person, named shape) the archive gives, one article each
    (`archive_alias_named`)."""
    quotes = index.quotes
    rarity: Counter[str] = Counter()
    for quote in quotes:
        rarity.update({w.casefold() for w in WORD.findall(quote.text)})
    people = quoted_by_surname({q.speaker for q in quotes if not is_description(q.speaker)})
    articles = index.articles
    seen: set[tuple[str, str]] = set()
    texts: dict[str, str] = {}
    probes: list[Probe] = []
    for quote in quotes:
        name = quote.speaker
        info = articles.get(quote.article_id)
        topic = topic_of(quote.text, name, rarity)
        if is_description(name) or len(name.split()) != 2 or info is None or topic is None:
            continue
        if not first_name_gender(name.split()[0]):
            continue
        if quote.article_id not in texts:
            texts[quote.article_id] = article_text(index, quote.article_id)
        title = title_before(role_before(texts[quote.article_id], name))
        surname = name.split()[-1]
        forms = [("shared surname", shared_surname(name, people), surname)]
        if title is not None:
            kind = "title surname" + (", lower case" if len(probes) % 2 else "")
            asked = f"{title} {surname}"
            forms.append((kind, title, asked.casefold() if len(probes) % 2 else asked))
        for kind, alias, asked in forms:
            key = (name, kind.split(",")[0])
            if alias is None or key in seen:
                continue
            seen.add(key)
            probes.append(probe_of(quote, info, kind, alias, asked, topic))
    return probes


def sample(probes: list[Probe], size: int, seed: int) -> list[Probe]:
    """`size` probes, one a person, folders taken in turn."""
    rng = random.Random(seed)
    by_folder: dict[str, list[Probe]] = defaultdict(list)
    for probe in probes:
        by_folder[probe.folder].append(probe)
    for group in by_folder.values():
        rng.shuffle(group)
    chosen: list[Probe] = []
    people: set[str] = set()
    while len(chosen) < size and any(by_folder.values()):
        for folder in sorted(by_folder):
            group = by_folder[folder]
            while group:
                probe = group.pop()
                if probe.speaker not in people:
                    people.add(probe.speaker)
                    chosen.append(probe)
                    break
    return chosen[:size]
