"""The speaker directory: one canonical person across articles, built at question time.

Quotes carry the fullest name their article uses. `SpeakerDirectory` merges those names across
articles ("Stoltenberg" -> "Jens Stoltenberg" when only one Stoltenberg is known) from the
per-article summaries written at index time (`qabot.attribution.summaries`), and reads a person's
quotes only when asked for.
"""

from __future__ import annotations

import bisect
import difflib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from qabot.attribution.speaker_words import (
    fold_name,
    head_noun,
    is_description,
    is_group,
    name_tokens,
    person_name,
    role_forms,
    role_word,
    same_person,
    singular,
)
from qabot.attribution.summaries import Summary, summarize
from qabot.records import Quote
from qabot.text import STOP_WORDS
from qabot.text.lexicon import (
    ROLE_NOUNS,
    TITLE_WORDS,
    VOICE_ROLES,
    first_name_gender,
    is_anonymous,
    role_words,
    strip_title,
)
from qabot.text.lexicon import name_key as _name_key_uncached


@lru_cache(maxsize=1 << 18)
def _name_key(name: str) -> tuple[str, str]:
    """`name_key`, kept: building the directory asks it of every name several times."""
    return _name_key_uncached(name)


SUGGEST_CUTOFF = 0.75  # difflib's similarity a known name needs to be suggested
_PLACE_WORDS = frozenset("of for in at from with on to by".split())
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Match:
    """The people a name, surname, alias or role in a question may mean, best first."""

    people: list[str]
    how: str = "none"  # "name", "surname" (several share it), "alias", "role", or "none"
    scores: list[float] = field(default_factory=list)  # role matches: how specific, per person
    # role matches holding none of the words that say whose role it is ("Bolger" of "Bolger's
    # lawyer"): they fit only when their articles hold those words (`owner_words`)
    unowned: frozenset[str] = frozenset()
    owner_words: tuple[str, ...] = ()

    @property
    def ambiguous(self) -> bool:
        return self.how in {"surname", "role"} and len(self.people) > 1


class SpeakerDirectory:
    """Everyone quoted in an index, with names merged across articles.

    Built from per-article summaries of who speaks (`summarize`), not from the
    quotes themselves, so it stays small on large archives; a person's quotes are read through
    `loader` (article ids -> their quotes) only when asked for.
    """

    def __init__(
        self,
        canonical: dict[str, str],
        counts: dict[str, int],
        articles: dict[str, list[str]],
        roles: dict[str, Counter[str]],
        loader: Callable[[list[str]], list[Quote]],
        local: dict[tuple[str, str], str] | None = None,
        aliases: dict[str, set[str]] | None = None,
    ) -> None:
        self._canonical = canonical  # speaker as written -> canonical name
        self._local = local or {}  # (article, speaker as written) -> canonical, where it differs
        self._counts = counts  # canonical name -> number of quotes, first quoted first
        self._articles = articles  # canonical name -> ids of the articles quoting them
        self._roles = roles  # canonical name -> role words seen in its attributions
        self._loader = loader
        self._voices: dict[str, list[str]] = {}
        self._by_surname: dict[str, list[str]] = defaultdict(list)
        self._by_alias: dict[str, list[str]] = defaultdict(list)
        self._by_folded: dict[str, list[str]] = defaultdict(list)
        for person in counts:
            self._by_folded[fold_name(person)].append(person)
        self._by_initial: dict[str, list[str]] = defaultdict(list)  # surname's first letter
        self._options: dict[str, tuple[dict[str, str], dict[int, list[str]]]] = {}  # suggest()
        for person in counts:
            if not is_anonymous(person):  # "the chancellor" is a role, not a surname
                self._by_surname[fold_name(_name_key(person)[1])].append(person)
                self._by_initial[_name_key(person)[1][:1]].append(person)
        for person, names in (aliases or {}).items():
            for alias in names:
                self._by_alias[fold_name(alias)].append(person)
        # role words in one spelling, per person, and who holds each word
        self._held: dict[str, Counter[str]] = {}
        self._holders: dict[str, list[str]] = defaultdict(list)
        for person, seen in roles.items():
            held: Counter[str] = Counter()
            for word, n in seen.items():
                held[role_word(word)] += n
            self._held[person] = held
            for word in held:
                self._holders[word].append(person)
        total = len(roles) or 1
        self._role_idf = {w: math.log(1 + total / len(p)) for w, p in self._holders.items()}
        self._role_vocabulary = sorted(self._holders)

    @classmethod
    def build(
        cls, quotes: Sequence[Quote], texts: dict[str, str] | None = None
    ) -> SpeakerDirectory:
        """Return the directory of quotes held in memory (tests, small collections); `texts`
        (article id -> text) adds the roles and fuller names the articles give their speakers."""
        by_article: dict[str, list[Quote]] = defaultdict(list)
        for quote in quotes:
            by_article[quote.article_id].append(quote)
        summaries = [
            (article_id, summarize(group, (texts or {}).get(article_id, "")))
            for article_id, group in by_article.items()
        ]

        def loader(ids: list[str]) -> list[Quote]:
            return [q for article_id in ids for q in by_article.get(article_id, [])]

        return cls.from_summaries(summaries, loader)

    @classmethod
    def from_summaries(
        cls,
        summaries: Iterable[tuple[str, Summary]],
        loader: Callable[[list[str]], list[Quote]],
    ) -> SpeakerDirectory:
        """Return the directory of articles summarised as (article id, who speaks there)."""
        written: Counter[str] = Counter()
        seen_in: dict[str, list[str]] = defaultdict(list)
        role_counts: dict[str, Counter[str]] = defaultdict(Counter)
        named: dict[tuple[str, str], str] = {}  # (article, speaker) -> name, where it differs
        alias_of: dict[str, set[str]] = defaultdict(set)
        long_names: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for article_id, summary in summaries:
            for speaker, entry in summary.items():
                name, role = person_name(speaker)
                if entry.names and len(strip_title(name).split()) == 1:
                    name = entry.names[0]  # "Cueto" is "Josenrique Cueto" in this article
                if name != speaker:
                    named[(article_id, speaker)] = name
                    if not is_anonymous(speaker):
                        alias_of[name].add(strip_title(speaker))
                written[name] += entry.count
                seen_in[name].append(article_id)
                if len(name.split()) >= 3:
                    long_names[name].append((article_id, speaker))
                role_counts[name].update(entry.roles)
                role_counts[name].update(role)
        # "Architect Lena Okafor" in one article is "Lena Okafor" quoted in others
        known = {name for name in written if len(name.split()) >= 2 and not is_anonymous(name)}
        shortened: dict[str, str] = {}
        for name in [n for n in written if len(n.split()) >= 3 and not is_anonymous(n)]:
            words = name.split()
            shorter = next(
                (" ".join(words[k:]) for k in range(1, len(words) - 1)
                 if " ".join(words[k:]) in known),
                None,
            )  # fmt: skip
            if shorter is not None:
                shortened[name] = shorter
                written[shorter] += written.pop(name)
                seen_in[shorter].extend(seen_in.pop(name))
                role_counts[shorter].update(role_counts.pop(name, Counter()))
                role_counts[shorter].update(role_words(name.removesuffix(shorter)))
                alias_of[shorter].update(alias_of.pop(name, set()))
        if shortened:
            named = {key: shortened.get(value, value) for key, value in named.items()}
            for name, shorter in shortened.items():
                for key in long_names[name]:
                    named[key] = shorter
        full: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
        for speaker, n in written.items():
            first, last = _name_key(speaker)
            if first and not is_group(speaker):  # "British Medical Association" is no person
                full[last][first][speaker] += n
        canonical: dict[str, str] = {}
        counts: dict[str, int] = defaultdict(int)
        articles: dict[str, dict[str, None]] = defaultdict(dict)
        roles: dict[str, Counter[str]] = defaultdict(Counter)
        aliases: dict[str, set[str]] = defaultdict(set)
        for speaker in written:
            first, last = _name_key(speaker)
            variants = full.get(last, {}) if not is_group(speaker) else {}
            if first and first in variants:
                person = max(variants[first].items(), key=_fullest)[0]
            elif not first and len(variants) == 1:  # a lone surname, one known full name
                person = max(next(iter(variants.values())).items(), key=_fullest)[0]
            else:
                person = strip_title(speaker)
            canonical[speaker] = person
            counts[person] += written[speaker]
            articles[person].update(dict.fromkeys(seen_in[speaker]))
            roles[person].update(role_counts[speaker])
            aliases[person].update(alias_of.get(speaker, ()))
            if speaker != person and not is_anonymous(speaker):
                aliases[person].add(strip_title(speaker))
        local = {key: canonical.get(name, name) for key, name in named.items()}
        return cls(
            canonical,
            dict(counts),
            {p: list(ids) for p, ids in articles.items()},
            dict(roles),
            loader,
            local,
            dict(aliases),
        )

    def canonical(self, quote: Quote) -> str:
        """Return the canonical name of `quote`'s speaker."""
        local = self._local.get((quote.article_id, quote.speaker))
        if local is not None:
            return local
        return self._canonical.get(quote.speaker) or strip_title(quote.speaker)

    def articles_of(self, person: str) -> list[str]:
        """Return the ids of the articles quoting `person` (a canonical name)."""
        return self._articles.get(person, [])

    def count(self, person: str) -> int:
        """Return how many quotes `person` (a canonical name) has."""
        return self._counts.get(person, 0)

    def roles_of(self, person: str) -> set[str]:
        """Return the role words the articles give `person`."""
        return set(self._roles.get(person, ()))

    def role_share(self, person: str, role: str, written: str = "") -> float:
        """Return the share of `role`'s words ("trust chairman") that the articles give
        `person`, or that are in their name as `written` ("Police Detective X"), synonyms and
        plurals folded; the head noun counts double."""
        words = {role_word(w) for w in role_words(role) if w not in STOP_WORDS}
        if not words:
            return 0.0
        held = set(self._held.get(person, ())) | {role_word(w) for w in role_words(written)}
        head = head_noun(role)
        weight = len(words) + (1 if head in words else 0)
        shared = len(words & held) + (1 if head in held and head in words else 0)
        return shared / weight

    def resolve(self, name: str) -> list[str]:
        """Return canonical names matching `name` (a name, surname, alias or role), best first."""
        return self.match(name).people

    def match(self, name: str) -> Match:
        """Return who `name` may mean: a name or one of its variants ("Mani Shankar Aiyar" and
        "Shankar Aiyar"), a surname several people share, an alias, or a role ("the new Welsh
        health minister", most specific first)."""
        name = strip_title(" ".join(name.split())).strip(" ?.,")
        query = _DETERMINER.sub("", name)
        if not query:
            return Match([])
        folded = fold_name(query)
        exact = self._by_folded.get(folded, [])
        first, last = _name_key(query)
        last = fold_name(last)  # "Muller" is "Müller"
        if exact and (first or len(self._by_surname.get(last, [])) < 2):
            return Match(exact, "name")  # "the Lib Dems" are quoted as "Lib Dems"
        if not is_description(name):
            tokens = name_tokens(query)
            people = [p for p in self._by_surname.get(last, []) if same_person(tokens, p)]
            if people:
                named = [p for p in people if _name_key(p)[0]]
                people = sorted(people, key=lambda p: (not _name_key(p)[0], -self._counts[p]))
                if first:  # a full name never means a bare surname quoted elsewhere
                    people = [p for p in people if _name_key(p)[0]] or []
                    if people:
                        return Match(people, "name" if len(people) == 1 else "surname")
                elif len(named) <= 1:
                    return Match(people, "name")
                else:
                    return Match(people, "surname")
            aliased = list(dict.fromkeys(self._by_alias.get(folded, [])))
            if aliased:
                aliased.sort(key=lambda p: -self._counts[p])
                return Match(aliased, "alias" if len(aliased) == 1 else "surname")
            return Match([])
        within = self._named_within(query)
        return within if within is not None else self._by_role(query)

    def _named_within(self, query: str) -> Match | None:
        """Return who a description that ends with a known name means: the name ("Microsoft
        boss Bill Gates", "Apple's Steve Jobs", "Chancellor Gordon Brown"), longest first."""
        words = query.split()
        for start in range(1, len(words)):
            tail = words[start:]
            if not _PLACE_WORDS.isdisjoint(w.casefold() for w in words[:start]):
                break  # "the mayor of London", "the chairman of the Bar Council": no name
            if not all(w[:1].isupper() for w in tail) or all(
                role_word(w) in ROLE_NOUNS or w.casefold() in TITLE_WORDS for w in tail
            ):
                continue  # "Home Secretary" is a role, not a name
            found = self.match(" ".join(tail))
            if found.people and found.how != "role" and not is_group(found.people[0]):
                return found
        return None

    def _by_role(self, query: str) -> Match:
        """People whose roles share the query's words, the rarer and the more typical of the
        person the better ("home secretary" fits the person mostly called that before one who
        once was), the role's head noun ("director" of "director of the hospital") counting
        double."""
        words = {self._held_form(role_word(w)) for w in role_words(query) if w not in STOP_WORDS}
        head = head_noun(query)
        # each word of the question, in the spellings the articles may give it
        forms = {w: [f for f in role_forms(w) if f in self._holders] for w in words}
        # the words that say whose or which role it is ("Bolger", "Welsh"), beyond its nouns
        identifying = {w for w in words - ROLE_NOUNS - _LOOSE if w.isalpha() and len(w) > 2}
        unowned: set[str] = set()
        scored = []
        people = {person for word in words for f in forms[word] for person in self._holders[f]}
        for person in people:
            held = self._held[person]
            top = max(held.values())
            weight: dict[str, float] = {}
            for word in words:
                seen = [f for f in forms[word] if f in held]
                if seen:
                    weight[word] = max(
                        self._role_idf.get(f, 1.0) * (0.5 + 0.5 * held[f] / top) for f in seen
                    )
            shared = set(weight)
            if not shared:
                continue
            specific = shared - ROLE_NOUNS  # "NATO" in "NATO chief" is what identifies someone
            if not (specific or shared == words or head in shared):
                continue
            if identifying and not specific:
                unowned.add(person)  # "Bolger's lawyer" is not any lawyer
            score = sum(weight.values())
            if head in shared:
                score += max(self._role_idf.get(f, 1.0) for f in forms[head] if f in held)
            asked = {f for word in words for f in forms[word]}
            if any(
                held[w] >= 0.3 * top and w not in asked and _qualifies(w) for w in held
            ):  # mostly the "shadow" or "former" one: not who "the foreign secretary" means
                score *= 0.5
            scored.append((score, self._counts[person], person))
        scored.sort(reverse=True)
        # a role is held by a person: bodies ("Radio Wales") only when no person fits
        persons = [item for item in scored if not is_group(item[-1])] or scored
        return Match(
            [p for *_, p in persons],
            "role",
            [score for score, *_ in persons],
            frozenset(unowned),
            tuple(sorted(identifying)),
        )

    def _held_form(self, word: str) -> str:
        """Return `word` as the articles' roles spell it when only a longer form is held: the
        country for its people ("Pakistan's president" is the "Pakistani president")."""
        if word in self._holders or len(word) < 4:
            return word
        vocabulary = self._role_vocabulary
        at = bisect.bisect_right(vocabulary, word)
        while at < len(vocabulary) and vocabulary[at].startswith(word):
            if len(vocabulary[at]) - len(word) <= 2:
                return vocabulary[at]
            at += 1
        return word

    def voices(self, body: str) -> list[str]:
        """Return who speaks for `body` (a party, company, alliance), most quoted first.

        A voice is anyone whose attributions give them a speaking role together with every
        word of the body's name ("Lib Dem home affairs spokesman Mark Oaten" for "Lib Dems").
        A person's name has no voices: their own words are theirs alone.
        """
        if body in self._voices:  # one pass over every speaker's roles, once per body
            return self._voices[body]
        words = {singular(w) for w in role_words(body)}
        found = []
        if words and not is_anonymous(body) and not first_name_gender(body.split()[0]):
            for person, seen in self._roles.items():
                held = {singular(w) for w in seen}
                if person != body and words <= held and not VOICE_ROLES.isdisjoint(held):
                    found.append(
                        (
                            -min(seen.get(w, 0) + seen.get(w + "s", 0) for w in words),
                            -self._counts[person],
                            person,
                        )
                    )
        self._voices[body] = [person for *_, person in sorted(found)]
        return self._voices[body]

    def suggest(self, name: str) -> str | None:
        """Return a known name close to `name` ("Stoltenburg" -> "Jens Stoltenberg"), if any.

        Only names sharing the first letter of the surname asked about are compared: a typo
        seldom changes it, and the archive may know hundreds of thousands of names. Of those,
        only names of a length difflib could find close enough are given to it."""
        query = strip_title(name).casefold()
        if not query:
            return None
        last = query.split()[-1]
        options, by_length = self._suggestion_options(last[:1])
        size = len(query)
        keys = [
            key
            for length, group in by_length.items()
            # difflib's first test (real_quick_ratio), which needs only the two lengths
            if 2.0 * min(length, size) / (length + size) >= SUGGEST_CUTOFF
            for key in group
        ]
        close = difflib.get_close_matches(query, keys, n=1, cutoff=SUGGEST_CUTOFF)
        if close:
            return options[close[0]]
        prefixed = [p for key, p in options.items() if len(query) >= 3 and key.startswith(query)]
        return prefixed[0] if len(set(prefixed)) == 1 else None

    def _suggestion_options(self, initial: str) -> tuple[dict[str, str], dict[int, list[str]]]:
        """Return the names and surnames (folded) of the people whose surname starts with
        `initial`, each with its person, and those names by length (made once per letter)."""
        made = self._options.get(initial)
        if made is None:
            options: dict[str, str] = {}
            for person in self._by_initial.get(initial, ()):
                options.setdefault(person.casefold(), person)
                options.setdefault(_name_key(person)[1], person)
            by_length: dict[int, list[str]] = defaultdict(list)
            for key in options:
                by_length[len(key)].append(key)
            made = self._options[initial] = (options, dict(by_length))
        return made

    def counts(self) -> list[tuple[str, int]]:
        """Return named speakers with their quote counts, most quoted first."""
        pairs = [(p, n) for p, n in self._counts.items() if not is_anonymous(p)]
        return sorted(pairs, key=lambda pair: (-pair[1], pair[0]))

    def quotes_of(self, *speakers: str) -> list[Quote]:
        """Return every quote of these canonical speakers: the first one's, then the next
        one's, each in index order. Articles they share are read once."""
        rank = {speaker: n for n, speaker in reversed(list(enumerate(speakers)))}
        ids = list(dict.fromkeys(a for speaker in rank for a in self._articles.get(speaker, ())))
        if not ids:
            return []
        quotes = [q for q in self._loader(ids) if self.canonical(q) in rank]
        return sorted(quotes, key=lambda q: rank[self.canonical(q)])  # stable: index order


# words that make a role someone else's ("shadow chancellor", "former home secretary")
# words of a role question that narrow nobody down ("the new health minister", "top aide")
_LOOSE = frozenset("new old top senior current then now present outgoing incoming".split())
_QUALIFIERS = frozenset("shadow former ex deputy assistant vice junior acting interim".split())


def _qualifies(word: str) -> bool:
    return word in _QUALIFIERS or word.startswith(("ex-", "former-", "vice-"))


def _fullest(item: tuple[str, int]) -> tuple[int, int]:
    """Order name variants: the longest, then the most used."""
    return len(strip_title(item[0]).split()), item[1]
