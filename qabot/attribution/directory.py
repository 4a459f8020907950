"""The speaker directory: one canonical person across articles, asked at question time.

Quotes carry the fullest name their article uses. `SpeakerDirectory` merges those names across
articles ("Stoltenberg" -> "Jens Stoltenberg" when only one Stoltenberg is known) from the
per-article summaries written at index time (`qabot.attribution.summaries`), and reads a person's
quotes only when asked for. Who a name, surname, alias or role means is answered by the lookups
it inherits (`qabot.attribution.name_lookup`); the work it does once, when built, is in
`qabot.attribution.name_merging` (canonical names) and `qabot.attribution.role_matching` (role
words), names inside descriptions ("judge sentelle") in `qabot.attribution.described_names`,
typo suggestions in `qabot.attribution.name_suggestions`, and who speaks for a body in
`qabot.attribution.body_speakers`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from qabot.attribution.body_speakers import BodySpeakers
from qabot.attribution.merged_names import MergedNames, canonical_name
from qabot.attribution.name_keys import cached_name_key as _name_key
from qabot.attribution.name_lookup import NameLookup
from qabot.attribution.name_merging import merge_names
from qabot.attribution.name_suggestions import NameSuggestions
from qabot.attribution.role_matching import RoleHolders
from qabot.attribution.speaker_match import Match
from qabot.attribution.speaker_words import fold_name, initials, is_group
from qabot.attribution.summaries import summarize
from qabot.records import Quote
from qabot.text import tokenize
from qabot.text.lexicon import (
    ORGANISATION_WORDS,
    first_name_gender,
    is_anonymous,
    without_post_nominals,
)


class SpeakerDirectory(NameLookup):
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
        phrases: dict[str, Counter[str]] | None = None,
    ) -> None:
        self._canonical = canonical  # speaker as written -> canonical name
        self._local = local or {}  # (article, speaker as written) -> canonical, where it differs
        self._counts = counts  # canonical name -> number of quotes, first quoted first
        self._articles = articles  # canonical name -> ids of the articles quoting them
        self._roles = roles  # canonical name -> role words seen in its attributions
        self._loader = loader
        self._branches: dict[str, list[str]] | None = None  # see branches()
        self._described: list[tuple[frozenset[str], str]] | None = None  # see described()
        self._described_with: dict[str, list[int]] = {}  # see described()
        self._initialled: dict[str, list[str]] | None = None  # see initialled()
        self._matches: dict[str, Match] = {}  # see match()
        self._employers: dict[str, bool] = {}  # see is_employer()
        self._by_surname: dict[str, list[str]] = defaultdict(list)
        self._by_alias: dict[str, list[str]] = defaultdict(list)
        self._by_folded: dict[str, list[str]] = defaultdict(list)
        self._by_given: dict[str, list[str]] = defaultdict(list)  # first name -> people
        for person in counts:
            self._by_folded[fold_name(person)].append(person)
        for written in self._by_folded.values():
            # "the conservatives" asks for the party quoted as "Conservatives" 23 times before
            # a sentence's "conservatives in parliament": a name first, then the most quoted
            written.sort(key=lambda p: (is_anonymous(p), -counts[p]))
        for person in counts:
            if not is_anonymous(person):  # "the chancellor" is a role, not a surname
                self._by_surname[fold_name(_name_key(person)[1])].append(person)
                bare = without_post_nominals(person)
                if bare != person:  # "Guy Mansfield QC" is Mansfield to readers
                    self._by_surname[fold_name(_name_key(bare)[1])].append(person)
                given = _name_key(person)[0]
                if given and not is_group(person):
                    self._by_given[fold_name(given)].append(person)
                    if "-" in given:  # "sven" for Sven-Goran Eriksson, as readers call him
                        self._by_given[fold_name(given.split("-")[0])].append(person)
        # typos, grouped by surname's first letter: built when a name is first not found
        # (~0.05 CPU-s of the first speech question at a million passages, 22,000 people)
        self._suggestions: NameSuggestions | None = None
        for person, names in (aliases or {}).items():
            for alias in names:
                self._by_alias[fold_name(alias)].append(person)
        self._role_holders = RoleHolders(roles)  # role words, in one spelling each
        # who speaks for a body: read from role phrases holding a speaking role
        self._body_speakers = BodySpeakers(roles, counts, phrases or {})

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

        return cls.from_merged(merge_names(summaries), loader)

    @classmethod
    def from_merged(
        cls, merged: MergedNames, loader: Callable[[list[str]], list[Quote]]
    ) -> SpeakerDirectory:
        """Return the directory of names merged already (`merge_names`, or as an index
        stores them)."""
        return cls(
            merged.canonical,
            merged.counts,
            merged.articles,
            merged.roles,
            loader,
            merged.local,
            merged.aliases,
            merged.phrases,
        )

    def canonical(self, quote: Quote) -> str:
        """Return the canonical name of `quote`'s speaker."""
        return canonical_name(self._canonical, self._local, quote.article_id, quote.speaker)

    def canonical_of(self, article_id: str, speaker: str) -> str:
        """Return the canonical name of `speaker` as written in article `article_id` (the
        directory counts people by it: "Organiser Mean Fiddler" is "Mean Fiddler")."""
        return canonical_name(self._canonical, self._local, article_id, speaker)

    def count(self, person: str) -> int:
        """Return how many quotes `person` (a canonical name) has."""
        return self._counts.get(person, 0)

    def role_count(self, person: str, role: str) -> int:
        """Return how many times the articles give `person` the one-word role `role`."""
        return self._role_holders.count(person, role)

    def voices(self, body: str) -> list[str]:
        """Return who speaks for `body` (a party, company, alliance), most quoted first
        (`BodySpeakers.voices`)."""
        return self._body_speakers.voices(body)

    def branches(self, body: str) -> list[str]:
        """Return the bodies a generic body stands for, most quoted first: "Miami-Dade
        Police" and "Strathclyde Police" for "Police". A body named by one word of a kind of
        organisation ("police", "council", "army") is whichever of them the articles name
        more fully: "what did police say about the crash?" asks what any police force said.
        A body with a name of its own ("Labour") has none: its voices speak for it."""
        word = fold_name(body)
        if word not in ORGANISATION_WORDS:
            return []
        if self._branches is None:  # one pass over every name, once
            self._branches = defaultdict(list)
            for person in sorted(self._counts, key=lambda p: (-self._counts[p], p)):
                *first, last = fold_name(person).split() or [""]
                if first and last in ORGANISATION_WORDS and is_group(person):
                    self._branches[last].append(person)
        return self._branches.get(word, [])

    def suggest(self, name: str) -> str | None:
        """Return a known name close to `name` ("Stoltenburg" -> "Jens Stoltenberg"), if any."""
        return self._suggested().suggest(name)

    def near(self, name: str) -> list[str]:
        """Return the known people whose names are close to `name`, closest first."""
        return self._suggested().near(name)

    def _suggested(self) -> NameSuggestions:
        if self._suggestions is None:
            # most quoted first: of the people a surname asked may mean ("hoard": several
            # Howards), the one offered is the one most often quoted, not the first quoted
            self._suggestions = NameSuggestions(
                sorted(self._counts, key=lambda p: (-self._counts[p], p))
            )
        return self._suggestions

    def described(self, terms: frozenset[str]) -> list[str]:
        """Return the speakers quoted under a description, not a name ("a senior prison
        official"), whose words hold every one of `terms` (analysed), most quoted first."""
        if self._described is None:  # built on the first call: few questions need it
            described = [(frozenset(tokenize(p)), p) for p in self._counts if p[:1].islower()]
            # each term -> the descriptions holding it, in order: a question's rarest term
            # picks the few to test (a pass over every description, thousands at a million
            # passages, was a millisecond of each "what did <a body> say")
            holding: dict[str, list[int]] = {}
            for at, (words, _) in enumerate(described):
                for word in words:
                    holding.setdefault(word, []).append(at)
            self._described_with, self._described = holding, described
        if not terms:
            found = [p for _, p in self._described]
        else:
            held = [self._described_with.get(term, []) for term in terms]
            found = [
                self._described[at][1]
                for at in min(held, key=len)
                if terms <= self._described[at][0]
            ]
        return sorted(found, key=lambda p: -self._counts[p])

    def initialled(self, letters: str) -> list[str]:
        """Return the bodies quoted under a name whose initials are `letters` ("Football
        Association" for "FA"), most quoted first: never a person with a first name."""
        if self._initialled is None:  # built on the first call: few questions need it
            self._initialled = {}
            for person in self._counts:
                if first_name_gender(person.split()[0]):
                    continue
                # a hyphenated word may give each part's initial: "National Hi-Tech Crime
                # Unit" is written "NHTCU" as well as "NHCU"
                spaced = person.replace("-", " ")
                for short in dict.fromkeys((initials(person), initials(spaced))):
                    if short:
                        self._initialled.setdefault(short, []).append(person)
        found = self._initialled.get(letters, [])
        return sorted(found, key=lambda p: -self._counts[p])

    def counts(self) -> list[tuple[str, int]]:
        """Return named speakers with their quote counts, most quoted first."""
        pairs = [(p, n) for p, n in self._counts.items() if not is_anonymous(p)]
        return sorted(pairs, key=lambda pair: (-pair[1], pair[0]))

    def written(self, name: str) -> bool:
        """Return whether some quote's speaker is written `name` ("Blair", "Mr Howard")."""
        return name in self._canonical

    def everyone(self) -> list[tuple[str, int]]:
        """Return everyone quoted, descriptions too ("a spokesman for Tony Blair"), with their
        quote counts, first quoted first."""
        return list(self._counts.items())

    def quotes_of(self, *speakers: str) -> list[Quote]:
        """Return every quote of these canonical speakers: the first one's, then the next
        one's, each in index order. Articles they share are read once."""
        rank = {speaker: n for n, speaker in reversed(list(enumerate(speakers)))}
        ids = list(dict.fromkeys(a for speaker in rank for a in self._articles.get(speaker, ())))
        if not ids:
            return []
        quotes = [q for q in self._loader(ids) if self.canonical(q) in rank]
        return sorted(quotes, key=lambda q: rank[self.canonical(q)])  # stable: index order
