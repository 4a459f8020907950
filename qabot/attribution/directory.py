"""The speaker directory: one canonical person across articles, built at question time.

Quotes carry the fullest name their article uses. `SpeakerDirectory` merges those names across
articles ("Stoltenberg" -> "Jens Stoltenberg" when only one Stoltenberg is known) from the
per-article summaries written at index time (`qabot.attribution.summaries`), and reads a person's
quotes only when asked for.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence

from qabot.attribution.summaries import Summary, summarize
from qabot.records import Quote
from qabot.text.lexicon import (
    ROLE_NOUNS,
    VOICE_ROLES,
    first_name_gender,
    is_anonymous,
    name_key,
    role_words,
    strip_title,
)

_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


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
    ) -> None:
        self._canonical = canonical  # speaker as written -> canonical name
        self._counts = counts  # canonical name -> number of quotes, first quoted first
        self._articles = articles  # canonical name -> ids of the articles quoting them
        self._roles = roles  # canonical name -> role words seen in its attributions
        self._loader = loader
        self._voices: dict[str, list[str]] = {}
        self._by_surname: dict[str, list[str]] = defaultdict(list)
        for person in counts:
            if not is_anonymous(person):  # "the chancellor" is a role, not a surname
                self._by_surname[name_key(person)[1]].append(person)

    @classmethod
    def build(cls, quotes: Sequence[Quote]) -> SpeakerDirectory:
        """Return the directory of quotes held in memory (tests, small collections)."""
        by_article: dict[str, list[Quote]] = defaultdict(list)
        for quote in quotes:
            by_article[quote.article_id].append(quote)
        summaries = [(article_id, summarize(group)) for article_id, group in by_article.items()]

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
        for article_id, summary in summaries:
            for speaker, entry in summary.items():
                written[speaker] += entry.count
                seen_in[speaker].append(article_id)
                role_counts[speaker].update(entry.roles)
        full: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
        for speaker, n in written.items():
            first, last = name_key(speaker)
            if first and not is_anonymous(speaker):
                full[last][first][speaker] += n
        canonical: dict[str, str] = {}
        counts: dict[str, int] = defaultdict(int)
        articles: dict[str, dict[str, None]] = defaultdict(dict)
        roles: dict[str, Counter[str]] = defaultdict(Counter)
        for speaker in written:
            first, last = name_key(speaker)
            variants = full.get(last, {}) if not is_anonymous(speaker) else {}
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
        return cls(
            canonical,
            dict(counts),
            {p: list(ids) for p, ids in articles.items()},
            dict(roles),
            loader,
        )

    def canonical(self, quote: Quote) -> str:
        """Return the canonical name of `quote`'s speaker."""
        return self._canonical.get(quote.speaker) or strip_title(quote.speaker)

    def resolve(self, name: str) -> list[str]:
        """Return canonical names matching `name` (a name, surname or role), best first."""
        query = _DETERMINER.sub("", strip_title(" ".join(name.split()))).strip(" ?.,")
        if not query:
            return []
        folded = query.casefold().replace("’", "'").removesuffix("'s")
        first, last = name_key(query)
        exact = [p for p in self._counts if p.casefold() == folded]
        if exact and (first or len(self._by_surname.get(last, [])) < 2):
            return exact
        people = [
            p for p in self._by_surname.get(last, []) if not first or name_key(p)[0] in {"", first}
        ]
        if people:  # full names before a bare surname, then the most quoted
            return sorted(people, key=lambda p: (not name_key(p)[0], -self._counts[p]))
        words = role_words(query)
        scored = []
        for person, seen in self._roles.items():
            shared = words & set(seen)
            specific = shared - ROLE_NOUNS  # "NATO" in "NATO chief" is what identifies someone
            if specific or (shared and shared == words):
                scored.append((len(specific) * 2 + len(shared), self._counts[person], person))
        return [p for *_, p in sorted(scored, reverse=True)]

    def voices(self, body: str) -> list[str]:
        """Return who speaks for `body` (a party, company, alliance), most quoted first.

        A voice is anyone whose attributions give them a speaking role together with every
        word of the body's name ("Lib Dem home affairs spokesman Mark Oaten" for "Lib Dems").
        A person's name has no voices: their own words are theirs alone.
        """
        if body in self._voices:  # one pass over every speaker's roles, once per body
            return self._voices[body]
        words = {_singular(w) for w in role_words(body)}
        found = []
        if words and not is_anonymous(body) and not first_name_gender(body.split()[0]):
            for person, seen in self._roles.items():
                held = {_singular(w) for w in seen}
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
        query = strip_title(name).casefold()
        if not query:
            return None
        options: dict[str, str] = {}
        for person in self._counts:
            if is_anonymous(person):
                continue
            options.setdefault(person.casefold(), person)
            options.setdefault(name_key(person)[1], person)
        close = difflib.get_close_matches(query, list(options), n=1, cutoff=0.75)
        if close:
            return options[close[0]]
        prefixed = [p for key, p in options.items() if len(query) >= 3 and key.startswith(query)]
        return prefixed[0] if len(set(prefixed)) == 1 else None

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


def _singular(word: str) -> str:
    """Return a role word without a plural s ("Dems" and "Dem" name the same party)."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _fullest(item: tuple[str, int]) -> tuple[int, int]:
    """Order name variants: the longest, then the most used."""
    return len(strip_title(item[0]).split()), item[1]
