"""Probe "what did <role / title / short name> say" over the archive's own articles, no
question set involved.

    python benchmarks/archive_alias_probe.py --index-dir DIR [--sample N] [--seed S]
        [--shapes base|wide] [--only KIND] [--show KIND|all] [--json FILE]

`alias_probe.py` rewords the development questions by their gold aliases, a pool fitted over
many sessions. This one walks the index instead: for quoted people whose article also names
them by a role, it makes the question a reader would and asks it through `qabot.search.answer`
in this process. Alias kinds, read from the article's text (its passages joined):

- "role before": the role written before the name ("chief executive Richard Parsons",
  "Bank of England governor Mervyn King"), up to five words ending in a role noun;
- "role after": an apposition ("Mervyn King, the bank's governor, said"), up to eight words
  holding a role noun;
- "title": "Mr/Mrs/Ms/Dr <surname>" when the article writes it so;
- "body short": a quoted body's name without its legal suffix or leading place
  ("China Three Gorges Project Corp" -> "Three Gorges Project").

`--shapes wide` asks, instead, the shapes readers type that the article does not write as they
stand (the first sample is kept as it was, so its figures compare across sessions):

- "surname": the surname alone, when the article writes it so ("what did Varley say");
- "lower case": a "role before, owned" or "title" question typed in lower case ("what did the
  bank of england governor say", "what did mr varley say");
- "owner's role" / "role of owner": the owner of a role written before the name moved, as
  "Time Warner's chief executive" or "the chief executive of Time Warner" (owners that are
  a nationality or a party's word, "the US judge", "the Liberal leader", are left as written);
- "body initials": a quoted body by the initials its article gives it in brackets
  ("Confederation of British Industry (CBI)" -> "the CBI");
- "person's role": a role the article gives the person as another person's ("Bolger's
  lawyer, Jeremy Robinson", "X, Bolger's lawyer,"), asked so: the one described so, never
  the owner nor another's spokesman quoted in a story about the owner ("other" there is the
  worst);
- "person's role, described": a speaker quoted under a description holding a person's role
  ("Blair's official spokesman", "a spokesman for Tony Blair"), asked by the person's full
  name ("Tony Blair's spokesman"): right only when that description's words are shown;
- "body word": a quoted body of two or more words by its first word, when its article writes
  that word alone ("Amnesty International" -> "Amnesty"); not a person whose first name the
  name lists do not know ("Kostas Panagopoulos", "Howard Flight"): one a quote's cue gives a
  pronoun ("he said") or the article a title ("Mr Flight").

`--shapes owned` asks a person's role another quoted person owns, over role nouns beyond the
wide shapes' few (an agent, a publicist, kin: `OWNED_NOUNS`), each person in the shapes the
article allows (a sample of its own: the wide sample is kept as it was):

- "owned role": as written ("Bolger's lawyer", "Juninho's agent");
- "owned role, full owner": an owner written by surname asked by the full name the article
  gives them ("Jim Bolger's lawyer");
- "owned role, titled": by the title the article gives the owner, in lower case ("mr bolger's
  lawyer").

The topic is the quote's rarest word of five letters or more held by 8 to 80 quotes of the
archive (`COMMON`: a rarer word finds the quote without the speaker), not the speaker's name.
Sampling: one alias a person, seeded, folders taken in turn so each is represented. Outcomes:
"right" (a quote of the person among the first five), "asked" (no quotes, the person among the
choices offered: the honest path for an ambiguous role), "other" (someone else's quotes only:
the worst), "nothing" (no quotes, nobody asked).
A role without its owner may rightly be ambiguous; "other" there is the loss to read first.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path

from archive_alias_named import NAMED_KINDS, quoted_by_surname, shared_surname, title_before

from qabot.attribution import is_description
from qabot.attribution.speaker_genders import cue_gender
from qabot.indexing import Index, load_index
from qabot.records import ArticleInfo, Quote
from qabot.search import answer
from qabot.text.lexicon import (
    COUNTRY_INITIALS,
    ORGANISATION_WORDS,
    PARTY_WORDS,
    first_name_gender,
)
from qabot.text.lexicon.people import GENDERED_NOUNS, ROLE_NOUNS
from qabot.text.lexicon.places import NATIONALITIES, is_place

KINDS = (
    "role before, owned",
    "role before, bare",
    "role after, owned",
    "role after, bare",
    "title",
    "body short",
)
OWNED_KINDS = ("owned role", "owned role, full owner", "owned role, titled")
WIDE_KINDS = (
    "surname",
    "lower case",
    "owner's role",
    "role of owner",
    "body initials",
    "body word",
    "person's role",
    "person's role, described",
    "role's role, described",
    "holder's role, described",
)
POSSESSIVE = re.compile(r"(?:'s|’s|s'|s’)$")
TOP = 5
# the topic word's band of quotes holding it: a rare word finds the quote by itself, and the
# probe would not test the speaker's lookup; a common one is no topic
COMMON = (8, 80)
STOP_BEFORE = frozenset(
    """said says told to by according with from in on that as while when but if who which
    where after before for at of is was are were has had have be been also and or than
    then this these those its their his her our we they he she it not""".split()
)
PERSON_ROLES = frozenset("rapper singer author actor actress player star director".split())
OFFICE_WORDS = frozenset("prime deputy foreign home shadow chief general".split())
ROLE_WORDS = ROLE_NOUNS | frozenset(
    """spokesman spokeswoman manager analyst economist coach captain boss owner officer
    editor correspondent producer campaigner inspector chief-executive""".split()
)
SUFFIXES = frozenset("Corp Corp. Corporation Co Co. Inc Inc. Ltd Ltd. plc PLC Group".split())
WORD = re.compile(r"[A-Za-z][A-Za-z'-]{4,}")
APPOSITION_END = re.compile(r"[,.;:\"“”()]| said| says| told| added")


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


def is_role(words: list[str]) -> bool:
    return any(w.casefold().strip(",'’") in ROLE_WORDS for w in words)


def role_before(text: str, name: str) -> str | None:
    """The role written just before the name, ending in a role noun."""
    for found in re.finditer(re.escape(name), text):
        head = re.split(r"[.,;:\"“”()\n]", text[: found.start()])[-1].split()
        kept: list[str] = []
        for word in reversed(head[-5:]):
            if word.casefold() in STOP_BEFORE and word.casefold() not in {"of", "and"}:
                break
            if word[:1].isupper() and first_name_gender(word) and not kept:
                break
            kept.insert(0, word)
        while kept and kept[0].casefold() in {"of", "and", "the", "a", "an"}:
            kept.pop(0)
        if kept and kept[-1].casefold().strip("'’") in ROLE_WORDS:
            return " ".join(kept)
    return None


def role_after(text: str, name: str) -> str | None:
    """An apposition after the name ("X, the bank's governor,") holding a role noun."""
    for found in re.finditer(re.escape(name) + r", ", text):
        rest = text[found.end() : found.end() + 90]
        cut = APPOSITION_END.search(rest)
        phrase = rest[: cut.start()] if cut else ""
        words = phrase.split()
        if 1 <= len(words) <= 8 and is_role(words) and words[0][:1] != "w":
            return phrase
    return None


def title_form(text: str, name: str) -> str | None:
    surname = name.split()[-1]
    found = re.search(rf"\b(Mr|Mrs|Ms|Dr) {re.escape(surname)}\b", text)
    return found.group(0) if found else None


def body_short(name: str) -> str | None:
    words = name.split()
    if len(words) < 3 or words[-1] not in SUFFIXES:
        return None
    words = words[:-1]
    if len(words) >= 3:
        words = words[1:]  # a leading place ("China ...")
    return " ".join(words)


def surname_alone(text: str, name: str) -> str | None:
    """The surname, when the article writes it with no first name or title before it."""
    words = name.split()
    surname = words[-1]
    before = (words[-2], "Mr", "Mrs", "Ms", "Dr", "Miss", "Sir", "Lord", "Lady")
    for found in re.finditer(rf"\b{re.escape(surname)}\b", text):
        head = text[: found.start()].rstrip(" ").rsplit(None, 1)[-1:] or [""]
        if head[0] not in before and not head[0][:1].isupper():
            return surname
    return None


def owner_and_role(alias: str, text: str) -> tuple[str, str] | None:
    """A role written before a name split into its owner and its role ("Time Warner" and
    "chief executive"), when the owner is a name the article writes apart from the role, not
    a nationality or party adjective ("US judge", "Liberal leader")."""
    words = alias.split()
    if words[0].casefold() == "the":
        words = words[1:]
    cut = len(words)
    while cut > 0 and (words[cut - 1].islower() or words[cut - 1].casefold() in ROLE_WORDS):
        cut -= 1
    owner, role = words[:cut], words[cut:]
    if not owner or not role or not all(w[:1].isupper() for w in owner):
        return None
    plain = [POSSESSIVE.sub("", w) for w in owner]
    if any(
        is_place(w) or w.casefold() in NATIONALITIES | PARTY_WORDS or w in COUNTRY_INITIALS
        for w in plain
    ):
        return None
    written = " ".join(plain)
    if len(plain) == 1 and re.search(rf"\b{re.escape(written.casefold())}\b", text):
        return None  # "Health spokesman": a common word the article also writes in lower case
    rest = re.escape(" ".join(role))
    if not re.search(rf"\b{re.escape(written)}\b(?![’']?s? {rest})", text):
        return None
    return written, " ".join(role)


PERSON_ROLE_NOUNS = ROLE_WORDS | {"lawyer", "agent", "aide", "adviser", "mother"}
# the owned shapes' nouns: a person's agents, advisers and kin as well (a list of the probe's
# own, not the lexicon's, so it judges the lexicon rather than agree with it)
OWNED_NOUNS = (
    PERSON_ROLE_NOUNS
    | frozenset(
        """agent publicist solicitor barrister promoter trainer caddie bodyguard biographer friend
        girlfriend boyfriend fiancee uncle aunt nephew niece cousin grandson granddaughter
        grandfather grandmother co-star manager coach""".split()
    )
    | frozenset(GENDERED_NOUNS) - {"his", "her"}
)


def person_role(
    text: str, name: str, role_nouns: frozenset[str] = PERSON_ROLE_NOUNS
) -> str | None:
    """A role the article gives the person as someone else's, that someone a person (a first
    name, or a title before the surname): "Bolger's lawyer, Jeremy Robinson" -> "Bolger's
    lawyer", also "Jeremy Robinson, Bolger's lawyer,"."""
    nouns = "|".join(sorted(role_nouns))
    owned = (
        rf"(?P<owner>(?:[A-Z][a-z]+ )?[A-Z][a-z]+)['’]s (?P<role>(?:[a-z-]+ ){{0,2}}?(?:{nouns}))"
    )
    for pattern in (rf"{owned},? {re.escape(name)}\b", rf"\b{re.escape(name)}, {owned}\b"):
        for found in re.finditer(pattern, text):
            owner, role = found.group("owner"), found.group("role")
            words = owner.split()
            if set(words) & set(name.split()) or words[0] in {"The", "A", "An", "But", "And"}:
                continue
            if any(
                is_place(w) or w.casefold() in NATIONALITIES | ORGANISATION_WORDS | PARTY_WORDS
                for w in words
            ):
                continue
            title = re.search(rf"\b(?:Mr|Mrs|Ms|Dr|Sir|Lord) {re.escape(words[-1])}\b", text)
            if (len(words) == 2 and first_name_gender(words[0])) or title:
                return f"{owner}'s {role}"
            if role_nouns is not PERSON_ROLE_NOUNS and len(words) == 1 and full_name(text, owner):
                return f"{owner}'s {role}"  # the owned shapes: "Bellamy's" of a Craig Bellamy
    return None


DESCRIBED_ROLES = "spokesman|spokeswoman|spokesperson|lawyer|agent|aide|adviser|solicitor"
DESCRIBED = (
    re.compile(
        rf"^(?:(?:a|an|the|A|An|The) )?(?:[A-Z][a-z]+ ){{0,2}}?(?P<owner>[A-Z][a-z]+(?: [A-Z]"
        rf"[a-z]+)?)['’]s (?:[a-z]+ )?(?P<role>{DESCRIBED_ROLES})$"
    ),
    re.compile(
        rf"^(?:a|an|the|A|An|The) (?:[a-z]+ )?(?P<role>{DESCRIBED_ROLES}) for "
        rf"(?:(?:Mr|Mrs|Ms|Dr) )?(?P<owner>[A-Z][a-z]+(?: [A-Z][a-z]+)?)$"
    ),
)


def described_role(speaker: str, named: dict[str, set[str]]) -> str | None:
    """A described speaker holding a quoted person's role ("Blair's official spokesman", "a
    spokesman for Tony Blair"), asked by the person's full name: "Tony Blair's spokesman";
    the owner must be one person quoted by first name and surname."""
    owned = described_owner(speaker, named)
    return None if owned is None else f"{owned[0]}'s {owned[1]}"


def described_owner(speaker: str, named: dict[str, set[str]]) -> tuple[str, str] | None:
    """The quoted person (full name) and the role of a described speaker holding a person's
    role ("a spokesman for Tony Blair": Tony Blair, spokesman), the first DESCRIBED pattern
    whose owner is one person quoted by first name and surname; None without one."""
    for pattern in DESCRIBED:
        found = pattern.match(speaker)
        if found is None:
            continue
        owner = found.group("owner")
        people = named.get(owner.split()[-1], set())
        full = owner if owner in people else (next(iter(people)) if len(people) == 1 else None)
        if full is not None:
            return full, found.group("role")
    return None


ROLE_DESCRIBED = (
    re.compile(
        rf"^(?:the|a|an) (?P<owner>[a-z][a-z -]*?)['’]s (?:[a-z]+ )?(?P<role>{DESCRIBED_ROLES})$"
    ),
    re.compile(
        rf"^(?:a|an|the) (?:[a-z]+ )?(?P<role>{DESCRIBED_ROLES}) (?:for|to) the "
        rf"(?P<owner>[a-z][a-z -]*)$"
    ),
)


def role_described(speaker: str, turn: int) -> str | None:
    """A described speaker holding the role of a role ("the prime minister's official
    spokesman", "a spokesman for the author"), asked by its owner's role and role noun, in
    turn as "the prime minister's spokesman" and "the spokesman for the prime minister"."""
    for pattern in ROLE_DESCRIBED:
        found = pattern.match(speaker)
        if found is None or found.group("owner").split()[-1] not in ROLE_WORDS | PERSON_ROLES:
            continue
        owner, role = found.group("owner"), found.group("role")
        return f"the {owner}'s {role}" if turn % 2 == 0 else f"the {role} for the {owner}"
    return None


def holder_described(
    speaker: str, named: dict[str, set[str]], offices: dict[str, str], turn: int
) -> str | None:
    """A described speaker holding a quoted person's role ("a spokesman for John Prescott"),
    asked by the office an article writes before the person's name ("Deputy Prime Minister
    John Prescott" -> "the deputy prime minister's spokesman"), in turn with "for"."""
    owned = described_owner(speaker, named)  # the two DESCRIBED shapes never both match
    office = offices.get(owned[0]) if owned is not None else None
    if owned is None or office is None:
        return None
    role = owned[1]
    return f"the {office}'s {role}" if turn % 2 == 0 else f"the {role} for the {office}"


def office_of(text: str, name: str) -> str | None:
    """The office written before a person's name with no owner's name in it ("Deputy Prime
    Minister John Prescott" -> "deputy prime minister"), in lower case."""
    before = role_before(text, name)
    if before is None or POSSESSIVE.search(before.split()[0]) or len(before.split()) > 4:
        return None
    words = before.split()
    if not all(w.isalpha() for w in words) or any(
        w[:1].isupper() and w.casefold() not in ROLE_WORDS | OFFICE_WORDS for w in words
    ):
        return None  # "Labour leader", "US President": an owner of its own
    return before.casefold()


def right_voice(probe: Probe, speakers: list[str]) -> bool:
    """Whether a shown speaker is the described one, or another description of the same role
    holding every word of the office asked or the described owner's surname ("the prime
    minister's official spokesman" or "Blair's official spokesman" for "the prime minister's
    spokesman" when the one described is "a spokesman for Tony Blair")."""
    if probe.speaker in speakers:
        return True
    asked = probe.alias.removeprefix("the ")
    role, office = asked.split("'s ")[::-1] if "'s " in asked else asked.split(" for the ")
    surname = probe.speaker.split()[-1].casefold()
    owners = [set(office.split())] + ([{surname}] if probe.kind.startswith("holder") else [])
    for said in speakers:
        words = {w.casefold().removesuffix("'s").removesuffix("’s") for w in said.split()}
        if is_description(said) and role in words and any(o <= words for o in owners):
            return True
    return False


def body_initials(text: str, name: str) -> str | None:
    """The initials a body's article gives it in brackets after its name."""
    found = re.search(rf"{re.escape(name)} \(([A-Z][A-Za-z&]{{1,7}})\)", text)
    if found is None:
        return None
    letters = found.group(1)
    capitals = [w[0] for w in name.split() if w[:1].isupper()]
    return letters if letters[0] == capitals[0] else None


def body_word(text: str, name: str) -> str | None:
    """A body's first word, when the article writes it alone and it is no common word."""
    words = name.split()
    if len(words) < 2 or words[0].casefold() in STOP_BEFORE | {"the", "a", "an"}:
        return None
    first = words[0]
    if not first[:1].isupper() or words[-1].casefold() in ORGANISATION_WORDS:
        return None  # "Darlington Council": its first word is the place, not the body
    if len(first) < 4 or is_place(first) or first.casefold() in NATIONALITIES:
        return None
    if re.search(rf"\b{re.escape(first)}\b(?! {re.escape(words[1])})", text):
        return first
    return None


def as_asked(kind: str, alias: str) -> str:
    if kind == "title":
        return alias
    words = alias.split()
    if words[0].casefold() in {"the", "a", "an"}:
        words = words[1:]
    return "the " + " ".join(words)


def topic_of(text: str, name: str, rarity: Counter[str]) -> str | None:
    named = {w.casefold() for w in name.split()}
    words = {w.casefold() for w in WORD.findall(text)} - named
    kept = [w for w in words if COMMON[0] <= rarity[w] <= COMMON[1]]
    return min(kept, key=lambda w: (rarity[w], w)) if kept else None


def titled(text: str, name: str) -> bool:
    """Return whether the article gives the name's last word a person's title ("Mr Flight")."""
    return bool(re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir) {re.escape(name.split()[-1])}\b", text))


def wide_forms(text: str, name: str, person: bool) -> list[tuple[str, str | None, str]]:
    """The wide shapes of one speaker in one article: (kind, alias, the words asked)."""
    forms: list[tuple[str, str | None, str]] = []
    if person:
        alone = surname_alone(text, name)
        forms.append(("surname", alone, alone or ""))
        before = role_before(text, name)
        split = owner_and_role(before, text) if before else None
        if before and split:
            forms.append(("lower case", before, as_asked("role", before).casefold()))
            owner = split[0] + ("'" if split[0].endswith("s") else "'s")
            forms.append(("owner's role", before, f"{owner} {split[1]}"))
            forms.append(("role of owner", before, f"the {split[1]} of {split[0]}"))
        titled = title_form(text, name)
        if titled and not split:
            forms.append(("lower case", titled, titled.casefold()))
        owned = person_role(text, name)
        forms.append(("person's role", owned, owned or ""))
    else:
        initials = body_initials(text, name)
        forms.append(("body initials", initials, f"the {initials}"))
        word = body_word(text, name)
        forms.append(("body word", word, word or ""))
    return forms


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


def full_name(text: str, surname: str) -> str | None:
    """The first name and surname the article writes for a surname, the first name one the
    name lists know ("Craig Bellamy" for "Bellamy"), else None."""
    for found in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(surname)}\b(?!['’])", text):
        if first_name_gender(found.group(1)):
            return found.group(0)
    return None


def owned_forms(text: str, name: str) -> list[tuple[str, str | None, str]]:
    """The owned shapes of one speaker in one article: (kind, alias, the words asked)."""
    owned = person_role(text, name, OWNED_NOUNS)
    if owned is None:
        return []
    owner, role = owned.split("'s ", 1)
    forms: list[tuple[str, str | None, str]] = [("owned role", owned, owned)]
    if len(owner.split()) == 1 and (full := full_name(text, owner)) is not None:
        # "Bolger's lawyer": asked by the full name the story gives
        forms.append(("owned role, full owner", owned, f"{full}'s {role}"))
    title = re.search(rf"\b(Mr|Mrs|Ms|Dr) {re.escape(owner.split()[-1])}\b", text)
    if title:
        forms.append(("owned role, titled", owned, f"{title.group(0)}'s {role}".casefold()))
    return forms


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


def same_person(said: str, name: str) -> bool:
    said_words = said.casefold().replace("-", " ").split()
    name_words = name.casefold().replace("-", " ").split()
    return bool(said_words) and said_words[-1] == name_words[-1]


def outcome(probe: Probe, result: dict[str, object]) -> str:
    quotes = [str(q) for q in result["quote_speakers"]]  # type: ignore[attr-defined]
    if probe.kind == "person's role, described":  # "Blair's official spokesman" itself
        if probe.speaker in quotes[:TOP]:
            return "right"
    elif probe.kind in {"role's role, described", "holder's role, described"}:
        if right_voice(probe, quotes[:TOP]):
            return "right"
    elif probe.kind == "shared surname":  # another of the surname is another person
        if probe.speaker in quotes[:TOP]:
            return "right"
    elif any(same_person(q, probe.speaker) for q in quotes[:TOP]):
        return "right"
    if quotes:
        return "other"
    choices = [str(c) for c in result["choices"]]  # type: ignore[attr-defined]
    if probe.kind == "shared surname":
        return "asked" if probe.speaker in choices else "nothing"
    return "asked" if any(same_person(c, probe.speaker) for c in choices) else "nothing"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--sample", type=int, default=300)
    parser.add_argument("--seed", type=int, default=48)
    parser.add_argument(
        "--shapes",
        choices=("base", "wide", "owned", "named"),
        default="base",
        help="the shapes asked (docstring)",
    )
    parser.add_argument("--only", help="sample only the probes of this kind")
    parser.add_argument("--show", help="list the misses of one kind (or 'all')")
    parser.add_argument("--json", type=Path, help="write every probe and its outcome here")
    args = parser.parse_args()
    index = load_index(args.index_dir)
    wide = args.shapes == "wide"
    if args.shapes in {"owned", "named"}:
        every = (make_owned_probes if args.shapes == "owned" else make_named_probes)(index)
    else:
        every = make_probes(index, wide)
    made = [p for p in every if args.only in {None, p.kind}]
    probes = sample(made, args.sample, args.seed)
    rows = []
    for probe in probes:
        got = answer(index, probe.question, top=TOP)
        result: dict[str, object] = {
            "quote_speakers": [hit.speaker for hit in got.quotes][:TOP],
            "choices": list(got.choices),
            "speaker_resolved": got.speaker,
            "lead": got.lead[:160],
        }
        rows.append({**asdict(probe), **result, "outcome": outcome(probe, result)})
    outcomes = ("right", "asked", "other", "nothing")
    print(f"{'kind':<14}{'n':>5}" + "".join(f"{o:>9}" for o in outcomes))
    shaped = {"owned": OWNED_KINDS, "named": NAMED_KINDS, "wide": WIDE_KINDS}
    kinds = shaped.get(args.shapes, KINDS)
    for kind in (*kinds, "all"):
        group = [r for r in rows if kind in {"all", r["kind"]}]
        counts = Counter(r["outcome"] for r in group)
        print(f"{kind:<14}{len(group):>5}" + "".join(f"{counts[o]:>9}" for o in outcomes))
        if args.show in {kind, "all"} and kind != "all":
            for r in group:
                if r["outcome"] != "right":
                    print(f"    {r['outcome']}: {r['question']}  [{r['speaker']}; {r['alias']}]")
                    print(f"        -> {r['speaker_resolved']} {r['quote_speakers'][:3]}")
    if args.json:
        args.json.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
