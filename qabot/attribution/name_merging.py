"""Name merging: one canonical name per person across articles, worked out once per directory.

Runs when a `SpeakerDirectory` is built (`qabot.attribution.directory`), over every article's
summary of who speaks: "Cueto" is "Josenrique Cueto" where the article says so, "Architect Lena
Okafor" is the "Lena Okafor" quoted elsewhere, and "Stoltenberg" is "Jens Stoltenberg" when only
one Stoltenberg is known (unless its article says the surname is someone else:
`qabot.attribution.lone_surnames`). What one article alone says of its speakers is worked out
first (`qabot.attribution.name_parts`, stored per article by `qabot index`), then merged.
`qabot index` runs it and stores the maps it returns (`qabot.attribution.merged_names`: a
change to what it returns bumps MERGING_VERSION there); questions read them, and run it only
over an index that stores none of this version.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from qabot.attribution.lone_surnames import (
    Seen,
    another_person,
    described_words,
    full_name_gender,
    not_its_surname,
    other_gender,
    peer_name,
    peer_title,
    role_holder,
)
from qabot.attribution.merged_names import MergedNames, canonical_name
from qabot.attribution.name_keys import cached_name_key
from qabot.attribution.name_parts import ArticleNames, article_names
from qabot.attribution.quoted_role_holders import quoted_role_holders
from qabot.attribution.short_first_names import roles_of, short_forms_merged
from qabot.attribution.speaker_genders import at_odds
from qabot.attribution.speaker_words import is_group
from qabot.attribution.summaries import Summary
from qabot.text.lexicon import (
    ROLE_NOUNS,
    first_name_gender,
    is_anonymous,
    role_words,
    strip_title,
    without_post_nominals,
)


def merge_names(summaries: Iterable[tuple[str, Summary]]) -> MergedNames:
    """Return the people of articles summarised as (article id, who speaks there)."""
    return merge_parts((article_id, article_names(summary)) for article_id, summary in summaries)


def merge_parts(parts: Iterable[tuple[str, ArticleNames]]) -> MergedNames:
    """Return the people of articles whose speakers are named each from its own article
    (`article_names`), merged across them in the order given."""
    phrased: list[tuple[str, str, dict[str, int]]] = []  # (article, speaker, its phrases)
    merged = _merged(parts, phrased)
    # each article's role phrases go to whom its speaker was merged into, once it is known
    phrases: dict[str, Counter[str]] = defaultdict(Counter)
    for article_id, speaker, held in phrased:
        phrases[canonical_name(merged.canonical, merged.local, article_id, speaker)].update(held)
    return replace(merged, phrases=dict(phrases))


def _merged(
    parts: Iterable[tuple[str, ArticleNames]], phrased: list[tuple[str, str, dict[str, int]]]
) -> MergedNames:
    """Return the people of `parts`, adding each speaker's role phrases to `phrased`."""
    written: Counter[str] = Counter()
    seen_in: dict[str, list[str]] = defaultdict(list)
    role_counts: dict[str, Counter[str]] = defaultdict(Counter)
    named: dict[tuple[str, str], str] = {}  # (article, speaker) -> name, where it differs
    alias_of: dict[str, set[str]] = defaultdict(set)
    genders: dict[str, set[str]] = defaultdict(set)  # name -> genders its articles give it
    long_names: dict[str, list[tuple[str, str]]] = defaultdict(list)
    # per article, for a lone surname that may be another person than the full name it matches
    in_article: dict[str, dict[str, Seen]] = defaultdict(dict)
    # article -> its speakers and the role words it gives each, where one is a description
    described: dict[str, dict[str, dict[str, int]]] = {}
    for article_id, part in parts:
        if part.described:
            described[article_id] = {s.speaker: s.entry.roles for s in part.speakers}
        # every map below is read by lookups only: an empty set or Counter is never made
        # (tens of thousands of names at a million passages, most with no role or alias)
        for each in part.speakers:
            speaker, name, role, entry = each.speaker, each.name, each.role, each.entry
            if entry.phrases:
                phrased.append((article_id, speaker, entry.phrases))
            if entry.aliases:
                alias_of[name].update(entry.aliases)  # "Fatboy Slim" for "Norman Cook"
            if name != speaker:
                named[(article_id, speaker)] = name
                if not is_anonymous(speaker):
                    alias_of[name].add(strip_title(speaker))
            written[name] += entry.count
            seen_in[name].append(article_id)
            size = len(name.split())
            if size >= 3:
                long_names[name].append((article_id, speaker))
            if entry.roles:
                role_counts[name].update(entry.roles)
            if role:
                role_counts[name].update(role)
            if entry.gender:
                genders[name].add(entry.gender)
            if size == 1:
                seen = in_article[name].setdefault(article_id, Seen())
                seen.count += entry.count
                seen.roles.update(entry.roles)
                seen.roles.update(role)
                seen.written.add(speaker)
                seen.genders.add(entry.gender)
    # "Architect Lena Okafor" in one article is "Lena Okafor" quoted in others
    known = {name for name in written if len(name.split()) >= 2 and not is_anonymous(name)}
    shortened: dict[str, str] = {}
    # ... but "Jose Manuel Barroso" keeps his first name: "Manuel Barroso" is a shorter form
    given: dict[str, set[str]] = defaultdict(set)
    # ... and "Cormac Murphy O'Connor" the "Cormac Murphy-O'Connor" of others: a hyphen of the
    # name written as a space; "Ken Macdonald QC" the "Ken Macdonald" of others
    hyphened = {name.replace("-", " "): name for name in known if "-" in name}
    for name in [n for n in written if len(n.split()) >= 3 and not is_anonymous(n)]:
        words = name.split()
        bare = without_post_nominals(name)
        shorter = next(
            (" ".join(words[k:]) for k in range(1, len(words) - 1)
             if " ".join(words[k:]) in known),
            hyphened.get(name) or (bare if bare != name and bare in known else None),
        )  # fmt: skip
        if shorter is not None:
            if shorter == " ".join(words[1:]) and _given_name(words[0]):
                given[shorter].add(name)
            shortened[name] = shorter
            written[shorter] += written.pop(name)
            seen_in[shorter].extend(seen_in.pop(name))
            role_counts[shorter].update(role_counts.pop(name, Counter()))
            role_counts[shorter].update(sorted(role_words(name.removesuffix(shorter))))
            alias_of[shorter].update(alias_of.pop(name, set()))
    if shortened:
        named = {key: shortened.get(value, value) for key, value in named.items()}
        for name, shorter in shortened.items():
            for key in long_names[name]:
                named[key] = shorter
    full: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for speaker, n in written.items():
        first, last = cached_name_key(speaker)
        if first and not is_group(speaker):  # "British Medical Association" is no person
            full[last][first][speaker] += n
    given_as = short_forms_merged(full, role_counts)  # "Vince Cable" is "Vincent Cable"
    canonical: dict[str, str] = {}
    counts: dict[str, int] = defaultdict(int)
    articles: dict[str, dict[str, None]] = defaultdict(dict)
    roles: dict[str, Counter[str]] = defaultdict(Counter)
    aliases: dict[str, set[str]] = defaultdict(set)
    apart: dict[tuple[str, str], str] = {}  # (article, speaker as written) -> a person apart

    def set_apart(speaker: str, article_id: str, seen: Seen, person: str) -> None:
        """Count one article's quotes of a lone surname as `person`'s, not the surname's."""
        written[speaker] -= seen.count
        seen_in[speaker] = [a for a in seen_in[speaker] if a != article_id]
        counts[person] += seen.count
        articles[person][article_id] = None
        roles[person].update(seen.roles)
        role_counts[speaker].subtract(seen.roles)
        for as_written in seen.written:
            apart[(article_id, as_written)] = person

    for speaker in written:
        first, last = cached_name_key(speaker)
        first = given_as.get((last, first), first)
        variants = full.get(last, {}) if not is_group(speaker) and not _possessive(speaker) else {}
        if first and first in variants:
            person = max(variants[first].items(), key=_fullest)[0]
        elif not first and len(variants) == 1:  # a lone surname, one known full name
            person = max(next(iter(variants.values())).items(), key=_fullest)[0]
            # ... unless an article gives the surname a role the full name never has
            # ("BP chief executive Lord Browne" is not the immigration minister Des Browne), or
            # a peer's title and no role the full name shares ("Lord Faulkner of Worcester" is
            # not the Rob Faulkner quoted elsewhere; the attorney general Lord Goldsmith is the
            # attorney general Peter Goldsmith)
            for article_id, seen in in_article.get(speaker, {}).items():
                own = peer_name(speaker, seen.roles)
                if (
                    at_odds(seen.gender, full_name_gender(person, genders))
                    or another_person(seen.roles, role_counts[person])
                    or not_its_surname(speaker, seen, person, role_counts[person])
                ) or (
                    own != strip_title(speaker)
                    and not peer_title(role_counts[person])
                    and described_words(seen.roles).isdisjoint(
                        described_words(role_counts[person])
                    )
                ):
                    set_apart(speaker, article_id, seen, own)
        else:
            # a surname every article quoting it titles a peer is known so: "Lord Browne"
            titled = {
                peer_name(speaker, seen.roles) for seen in in_article.get(speaker, {}).values()
            }
            person = titled.pop() if len(titled) == 1 else strip_title(speaker)
            if not first and len(variants) > 1:  # "Howard": Michael, John, Andrew
                held = {
                    max(names.items(), key=_fullest)[0]: roles_of(names, role_counts)
                    for names in variants.values()
                }
                for article_id, seen in in_article.get(speaker, {}).items():
                    holder = role_holder(seen, held)
                    # ... never one of the other gender ("Mrs Howard" is no Michael Howard)
                    if holder is not None and not at_odds(
                        seen.gender, full_name_gender(holder, genders)
                    ):
                        set_apart(speaker, article_id, seen, holder)
            if not first:
                for article_id, seen, other in other_gender(speaker, in_article, apart):
                    set_apart(speaker, article_id, seen, other)
        canonical[speaker] = person
        counts[person] += written[speaker]
        articles[person].update(dict.fromkeys(seen_in[speaker]))
        its_roles = roles[person]  # made even when empty: the first made, the first quoted
        if role_counts.get(speaker):
            its_roles.update(+role_counts[speaker])
        aliases[person].update(alias_of.get(speaker, ()))
        if speaker != person and not is_anonymous(speaker):
            aliases[person].add(strip_title(speaker))
    local = {key: canonical.get(name, name) for key, name in named.items()} | apart
    # "France's finance minister has said ... Herve Gaymard said he would": its holder
    local.update(quoted_role_holders(described, local, canonical, roles))
    merged = MergedNames(
        canonical=canonical,
        counts=dict(counts),
        articles={p: list(ids) for p, ids in articles.items()},
        roles=dict(roles),
        local=local,
        aliases=dict(aliases),
    )
    fuller = {short: names.pop() for short, names in given.items() if len(names) == 1}
    return _named_in_full(merged, fuller) if fuller else merged


def _possessive(speaker: str) -> bool:
    """Return whether `speaker` ends in a possessive ("McDonald's", "Sainsbury's"): a shop or
    firm named after its founder, never a person quoted by the surname alone, so it is no
    one of that surname ("Ben McDonald")."""
    return speaker.rstrip().endswith(("'s", "’s"))


def _given_name(word: str) -> bool:
    """Return whether `word` is a first name, not a role ("Jose", not "Architect")."""
    return bool(first_name_gender(word)) and word.casefold() not in ROLE_NOUNS


def _named_in_full(merged: MergedNames, fuller: dict[str, str]) -> MergedNames:
    """Return `merged` with each person in `fuller` (name -> the one name the articles also
    write with a first name before it) named so: "Jose Manuel Barroso" merged with "Manuel
    Barroso" is shown by his full name, the shorter kept as an alias."""

    def full(person: str) -> str:
        return fuller.get(person, person)

    counts: dict[str, int] = defaultdict(int)
    articles: dict[str, dict[str, None]] = defaultdict(dict)  # ordered, without repeats
    roles: dict[str, Counter[str]] = defaultdict(Counter)
    aliases: dict[str, set[str]] = defaultdict(set)
    for person, n in merged.counts.items():
        counts[full(person)] += n
    for person, ids in merged.articles.items():
        articles[full(person)].update(dict.fromkeys(ids))
    for person, words in merged.roles.items():
        roles[full(person)].update(words)
    for person, names in merged.aliases.items():
        aliases[full(person)].update(names)
    for short, name in fuller.items():
        aliases[name].add(short)
        aliases[name].discard(name)
    return MergedNames(
        canonical={speaker: full(person) for speaker, person in merged.canonical.items()},
        counts=dict(counts),
        articles={person: list(ids) for person, ids in articles.items()},
        roles=dict(roles),
        local={key: full(person) for key, person in merged.local.items()},
        aliases=dict(aliases),
    )


def _fullest(item: tuple[str, int]) -> tuple[int, int]:
    """Order name variants: the longest, then the most used."""
    return len(strip_title(item[0]).split()), item[1]
