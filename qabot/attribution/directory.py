"""The speaker directory: one canonical person across articles, asked at question time.

Quotes carry the fullest name their article uses. `SpeakerDirectory` merges those names across
articles ("Stoltenberg" -> "Jens Stoltenberg" when only one Stoltenberg is known) from the
per-article summaries written at index time (`qabot.attribution.summaries`), and reads a person's
quotes only when asked for. It answers who a name, surname, alias or role means; the work it does
once, when built, is in `qabot.attribution.name_merging` (canonical names) and
`qabot.attribution.role_matching` (role words), names inside descriptions ("judge sentelle")
in `qabot.attribution.described_names`, and typo suggestions in
`qabot.attribution.name_suggestions`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from qabot.attribution.described_names import named_before, named_within
from qabot.attribution.name_merging import cached_name_key as _name_key
from qabot.attribution.name_merging import merge_names
from qabot.attribution.name_suggestions import NameSuggestions
from qabot.attribution.role_matching import RoleHolders
from qabot.attribution.speaker_match import Match
from qabot.attribution.speaker_words import (
    fold_name,
    is_description,
    is_group,
    name_tokens,
    same_person,
    singular,
)
from qabot.attribution.summaries import Summary, summarize
from qabot.records import Quote
from qabot.text.lexicon import (
    PERSON_NOUNS,
    VOICE_ROLES,
    first_name_gender,
    is_anonymous,
    role_words,
    strip_title,
)

MATCHES_KEPT = 4096  # names whose match the directory keeps (see SpeakerDirectory.match)
# roles readers abbreviate that the articles mostly write out
_WRITTEN_OUT = {"pm": "prime minister"}
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
# "Alan Jones at Bluewater", "Stefan Johannesson of Iceland": a full name, then where they are
_NAME_AT_PLACE = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+)\s+(?:at|of|from|with)\s+[A-Z].*"
)


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
        self._matches: dict[str, Match] = {}  # see match()
        self._by_surname: dict[str, list[str]] = defaultdict(list)
        self._by_alias: dict[str, list[str]] = defaultdict(list)
        self._by_folded: dict[str, list[str]] = defaultdict(list)
        self._by_given: dict[str, list[str]] = defaultdict(list)  # first name -> people
        for person in counts:
            self._by_folded[fold_name(person)].append(person)
        for person in counts:
            if not is_anonymous(person):  # "the chancellor" is a role, not a surname
                self._by_surname[fold_name(_name_key(person)[1])].append(person)
                given = _name_key(person)[0]
                if given and not is_group(person):
                    self._by_given[fold_name(given)].append(person)
        self._suggestions = NameSuggestions(counts)  # typos: grouped by surname's first letter
        for person, names in (aliases or {}).items():
            for alias in names:
                self._by_alias[fold_name(alias)].append(person)
        self._role_holders = RoleHolders(roles)  # role words, in one spelling each

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
        merged = merge_names(summaries)
        return cls(
            merged.canonical,
            merged.counts,
            merged.articles,
            merged.roles,
            loader,
            merged.local,
            merged.aliases,
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
        return self._role_holders.share(person, role, written)

    def role_count(self, person: str, role: str) -> int:
        """Return how many times the articles give `person` the one-word role `role`."""
        return self._role_holders.count(person, role)

    def resolve(self, name: str) -> list[str]:
        """Return canonical names matching `name` (a name, surname, alias or role), best first."""
        return self.match(name).people

    def match(self, name: str) -> Match:
        """Return who `name` may mean: a name or one of its variants ("Mani Shankar Aiyar" and
        "Shankar Aiyar"), a surname several people share, an alias, or a role ("the new Welsh
        health minister", most specific first).

        The same names come back question after question (a surname thirty people share took
        ~60 us to match at a million passages): the last MATCHES_KEPT are kept, each caller
        given its own lists."""
        found = self._matches.get(name)
        if found is None:
            found = self._match(name)
            if len(self._matches) >= MATCHES_KEPT:
                self._matches.clear()
            self._matches[name] = found
        return replace(found, people=list(found.people), scores=list(found.scores))

    def _match(self, name: str) -> Match:
        name = strip_title(" ".join(name.split())).strip(" ?.,")
        query = _DETERMINER.sub("", name)
        if not query:
            return Match([])
        if query.casefold() in _WRITTEN_OUT:  # "the PM" is the prime minister, not "PM"
            name = query = _WRITTEN_OUT[query.casefold()]
        folded = fold_name(query)
        exact = self._by_folded.get(folded, [])
        first, last = _name_key(query)
        last = fold_name(last)  # "Muller" is "Müller"
        bare_role = len(query.split()) == 1 and is_description(name) and query in PERSON_NOUNS
        if bare_role:
            # "the minister": any of the ministers the articles name, told apart by the topic
            # (`qabot.search.resolution`), not the anonymous "minister" of some article nor
            # the minister its article names
            holders = self._role_holders.match(query, self._counts)
            if holders.people:
                return holders
        if exact and is_description(name) and query.split()[-1] in PERSON_NOUNS:
            # "Scotland's first minister told pupils ...": a lede's description quoted as it
            # stands is the person its article names with that role, when one does (not a
            # body: "the Lib Dems" speak as themselves)
            holder = self._named_holder(query, exact[0])
            if holder is not None:
                return holder
        if exact and (first or len(self._by_surname.get(last, [])) < 2):
            return Match(exact, "name")  # "the Lib Dems" are quoted as "Lib Dems"
        placed = _NAME_AT_PLACE.fullmatch(query)
        if placed is not None:  # "Alan Jones at Bluewater": the person, where they work
            found = self.match(placed.group("name"))
            if found.people and found.how != "role":
                return found
        if not is_description(name):
            tokens = name_tokens(query)
            known = self._by_surname.get(last, [])
            if len(tokens) > 1:  # "aynsley green": a double surname typed without its hyphen
                known = list(
                    dict.fromkeys([*known, *self._by_surname.get(" ".join(tokens[-2:]), [])])
                )
            people = [p for p in known if same_person(tokens, p)]
            if not people and len(tokens) > 1 and all(map(_initials, tokens[:-1])):
                # "gw bush": initials run together, the first letters of the other names
                letters = "".join(tokens[:-1])
                people = [p for p in known if _first_letters(p).startswith(letters)]
            if people:
                named = [p for p in people if _name_key(p)[0]]
                people = sorted(people, key=lambda p: (not _name_key(p)[0], -self._counts[p]))
                given = self._given_too(tokens, people) if not first else []
                if given:
                    # "what did michael say about immigration": a first name alone may mean
                    # Michael Howard as well as George Michael; the topic tells them apart
                    return Match(people + given, "surname")
                if first:  # a full name never means a bare surname quoted elsewhere
                    people = [p for p in people if _name_key(p)[0]] or []
                    if people:
                        return Match(people, "name" if len(people) == 1 else "surname")
                elif len(named) <= 1 and (
                    len(people) < 2 or not any(self.roles_of(p) for p in people if p not in named)
                ):
                    return Match(people, "name")
                else:
                    return Match(people, "surname")
            aliased = list(dict.fromkeys(self._by_alias.get(folded, [])))
            if aliased:
                aliased.sort(key=lambda p: -self._counts[p])
                return Match(aliased, "alias" if len(aliased) == 1 else "surname")
            if len(tokens) == 1 and first_name_gender(tokens[0]):
                # "what did serena say": a first name alone, as readers name the famous; the
                # topic tells its holders apart (`qabot.search.resolution`)
                given = sorted(self._by_given.get(tokens[0], []), key=lambda p: -self._counts[p])
                return Match(given, "given") if given else Match([])
            return Match([])
        within = named_within(self, query) or named_before(self, query)
        return within if within is not None else self._role_holders.match(query, self._counts)

    def _given_too(self, tokens: list[str], people: list[str]) -> list[str]:
        """Return the people whose first name is the one word asked, besides the `people`
        holding it as their surname, most quoted first: none for a word no first name is."""
        if len(tokens) != 1 or not first_name_gender(tokens[0]):
            return []
        given = [p for p in self._by_given.get(tokens[0], []) if p not in people]
        return sorted(given, key=lambda p: -self._counts[p])

    def _named_holder(self, query: str, described: str) -> Match | None:
        """Return the named people holding the role `query` in the articles that quote the
        description `described`, or None when those articles name no one with it."""
        articles = set(self.articles_of(described))
        holders = self._role_holders.match(query, self._counts)
        named = [
            person
            for person in holders.people
            if person != described
            and not is_description(person)
            and articles.intersection(self.articles_of(person))
        ]
        return Match(named, "role") if named else None

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
        """Return a known name close to `name` ("Stoltenburg" -> "Jens Stoltenberg"), if any."""
        return self._suggestions.suggest(name)

    def near(self, name: str) -> list[str]:
        """Return the known people whose names are close to `name`, closest first."""
        return self._suggestions.near(name)

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


def _initials(word: str) -> bool:
    """Return whether a word of a name is initials run together ("gw", "jfk"): no vowel."""
    return 2 <= len(word) <= 3 and word.isalpha() and not set(word) & set("aeiouy")


def _first_letters(person: str) -> str:
    """Return the first letters of a person's names before the surname ("George W Bush": gw)."""
    return "".join(word[0] for word in fold_name(person).split()[:-1])
