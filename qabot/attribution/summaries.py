"""Who speaks in one article: per-article speaker summaries, written at index time.

Enters: an article's quotes (from `qabot.attribution.quotes`) and its text. Leaves: a `Summary`,
name as written -> `SpeakerSummary` (quote count, the role words the article gives them wherever
it names them, fuller names it uses for a surname), stored per article in the quote index so the
query-time speaker directory never reads quotes or articles to know who speaks and as what.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from qabot.attribution.body_owners import body_role_words
from qabot.attribution.copula_roles import copula_roles, name_ends
from qabot.attribution.role_descriptions import (
    own_role_words,
    roles_described,
    roles_near,
)
from qabot.attribution.speaker_genders import (
    GENDERS,
    at_odds,
    cue_gender,
    namesakes,
    speaker_gender,
)
from qabot.attribution.speaker_mentions import fuller_names, peer_titles, stage_names
from qabot.attribution.speaker_words import singular
from qabot.attribution.unnamed_roles import cue_description, lede_role
from qabot.attribution.verb_roles import verb_roles
from qabot.records import Quote
from qabot.text import STOP_WORDS, SentenceWords, sentence_spans
from qabot.text.lexicon import (
    FIRST_PERSON_SINGULAR,
    VOICE_ROLES,
    first_name_gender,
    is_anonymous,
    role_words,
    strip_title,
)
from qabot.text.patterns import lazy

# a change to what a summary records bumps SUMMARY_VERSION (`qabot.attribution.summary_version`,
# kept apart so that checking an index's version imports none of this)


@dataclass(slots=True)
class SpeakerSummary:
    """One speaker in one article: how many quotes, the role words seen with the name, and the
    fuller names the article uses for it ("Josenrique Cueto" for a speaker quoted as "Cueto")."""

    count: int = 0
    roles: dict[str, int] = field(default_factory=dict)
    names: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)  # "Fatboy Slim" for "Norman Cook"
    gender: str = ""  # "m", "f" or "n" (a body) where the article says so: `speaker_genders`
    # each role phrase holding a speaking role ("lib dem home affairs spokesman"), its words
    # sorted and joined by spaces -> how often: who speaks for a body (`body_speakers`) needs
    # the body's words and the speaking role in one phrase, not anywhere in `roles`
    phrases: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> list[Any]:
        """Return the stored form, `[count, {role word: count}, [fuller name, ...]]`, then
        `[alias, ...]` when the article gives the speaker a stage name, then the gender when
        it gives one (after `[]` for no aliases), then `{phrase: count}` when it gives a
        speaking role (after `""` for no gender)."""
        stored: list[Any] = [self.count, self.roles, self.names]
        if self.phrases:
            return [*stored, self.aliases, self.gender, self.phrases]
        if self.gender:
            return [*stored, self.aliases, self.gender]
        return [*stored, self.aliases] if self.aliases else stored

    @classmethod
    def from_json(cls, data: Any) -> SpeakerSummary:
        """Return the summary stored by `to_json` (ValueError when it is not one)."""
        if not (
            isinstance(data, list)
            and len(data) in (2, 3, 4, 5, 6)
            and isinstance(data[0], int)
            and isinstance(data[1], dict)
            and all(isinstance(part, list) for part in data[2:4])
            and (len(data) < 5 or data[4] in GENDERS or (len(data) == 6 and data[4] == ""))
            and (len(data) < 6 or isinstance(data[5], dict))
        ):
            raise ValueError(f"not a speaker summary: {data!r}")
        names = [str(name) for name in data[2]] if len(data) >= 3 else []
        aliases = [str(name) for name in data[3]] if len(data) >= 4 else []
        gender = str(data[4]) if len(data) >= 5 else ""
        phrases = {str(k): int(v) for k, v in data[5].items()} if len(data) == 6 else {}
        return cls(
            data[0],
            {str(k): int(v) for k, v in data[1].items()},
            names,
            aliases,
            gender,
            phrases,
        )


# who speaks in one article: name as written -> summary
Summary = dict[str, SpeakerSummary]


def summarize(
    quotes: Iterable[Quote], text: str = "", sentences: list[tuple[int, int]] | None = None
) -> Summary:
    """Return who speaks in an article's quotes, the role words the article gives them (in
    attributions and, given its `text`, in every sentence naming them) and fuller names;
    `sentences` are the text's `sentence_spans`, when the caller has them already."""
    counts: Counter[str] = Counter()
    roles: dict[str, Counter[str]] = {}
    phrases: dict[str, Counter[str]] = defaultdict(Counter)  # see `SpeakerSummary.phrases`
    seen: set[tuple[str, str]] = set()
    speaks_as_i: set[str] = set()  # "I'm tired ...": a person, not a body ("we")
    spoken: dict[str, list[Quote]] = {}
    for quote in quotes:
        counts[quote.speaker] += 1
        spoken.setdefault(quote.speaker, []).append(quote)
        if quote.kind == "direct" and _FIRST_PERSON.search(quote.text):
            speaks_as_i.add(quote.speaker)
        speaker_roles = roles.setdefault(quote.speaker, Counter())
        if (quote.speaker, quote.sentence) not in seen:  # "NATO chief Jens Stoltenberg said"
            seen.add((quote.speaker, quote.sentence))
            for role in roles_near(quote.sentence, quote.speaker):
                words = _content(role)
                # "the organisation's president": the body named before, and its acronym
                owner = body_role_words(text, role, text.find(quote.sentence))
                speaker_roles.update(words)
                speaker_roles.update(owner)
                phrases[quote.speaker].update(_speaking(words | owner))
            surname = strip_title(quote.speaker).split()[-1:]
            if surname and surname[0] not in quote.sentence and not is_anonymous(quote.speaker):
                # "..., the Two Ronnies star said": a role for the person named earlier
                description = cue_description(quote.sentence, quote.cue)
                if description:
                    words = _content(description)
                    speaker_roles.update(words)
                    phrases[quote.speaker].update(_speaking(words))
    names: dict[str, list[str]] = {}
    aliases: dict[str, list[str]] = {}
    genders: dict[str, str] = {}
    if text and counts:  # splitting the text costs as much as the rest: only when quoted
        if sentences is None:
            sentences = sentence_spans(text)
        texts = [text[a:b] for a, b in sentences]
        lookup = SentenceWords(texts)  # each speaker's sentences looked up, not scanned
        # the words of the people quoted here: a verb whose object is one tells no office
        persons = {w for s in counts if not is_anonymous(s) for w in strip_title(s).split()}
        for speaker in counts:
            if is_anonymous(speaker) and not speaker.isalpha():
                continue
            written = speaker
            if is_anonymous(speaker) and speaker.isalpha():  # "gervais": a name lower-cased
                written = speaker.capitalize()
            mentions = fuller_names(lookup, written, speaker in speaks_as_i)
            fuller, held = mentions.names, mentions.sentences
            genders[speaker] = speaker_gender(held, written, fuller)
            if not genders[speaker] and namesakes(held, written.split()[-1], fuller):
                # "Peter Hale's wife ... Mr Hale ... Mrs Hale ... she said": a woman, and not
                # him, when her cues say one gender
                said = {cue_gender(quote) for quote in spoken[speaker]} - {""}
                if len(said) == 1:
                    genders[speaker] = gender = next(iter(said))
                    fuller = [n for n in fuller if not at_odds(gender, _given(n))]
            names[speaker] = fuller
            aliases[speaker] = stage_names(held, [*fuller[:1], written])
            described: set[str] = set()
            for sentence in held:
                for name in (*fuller[:1], written):
                    described.update(roles_described(sentence, name))
                    ends = name_ends(sentence, name)  # where a role after the name starts
                    described.update(copula_roles(sentence, ends))
                    described.update(verb_roles(sentence, ends, persons, name.split()))
            owners: dict[str, set[str]] = defaultdict(set)  # role -> its body's words
            for sentence in held:
                for role in (r for r in described if r in sentence):
                    owner = body_role_words(text, role, text.find(sentence))
                    roles[speaker].update(owner)
                    owners[role] |= owner
            for role in described:
                words = _content(role)
                roles[speaker].update(words)
                phrases[speaker].update(_speaking(words | owners[role]))
            roles[speaker].update(peer_titles(held, speaker))
        lede = lede_role(texts, [s for s in counts if not is_anonymous(s)])
        if lede is not None:
            speaker, role = lede
            words = {w for w in role_words(role) if w not in STOP_WORDS}
            roles[speaker].update(words)
            phrases[speaker].update(_speaking(words))
    return {
        # role words sorted: they come from sets, whose order changes with the hash seed, and
        # the stored index must be the same from one build to the next
        speaker: SpeakerSummary(
            n,
            dict(sorted(roles[speaker].items())),
            names.get(speaker, []),
            aliases.get(speaker, []),
            genders.get(speaker, ""),
            dict(sorted(phrases[speaker].items())) if speaker in phrases else {},
        )
        for speaker, n in counts.items()
    }


def _content(role: str) -> set[str]:
    """Return a role phrase's own words without function words ("who", "and", "at": never a
    role, though a phrase may hold them), except one written in capitals: "WHO head"."""
    capitals = {w.casefold() for w in _CAPITALS.findall(role)}
    return {w for w in own_role_words(role) if w not in STOP_WORDS or w in capitals}


def _speaking(words: set[str]) -> list[str]:
    """Return a role phrase's words as one `SpeakerSummary.phrases` key, when they hold a
    speaking role and more ("lib dem spokesman"), else nothing."""
    if len(words) < 2 or VOICE_ROLES.isdisjoint(singular(w) for w in words):
        return []
    return [" ".join(sorted(words))]


def _given(name: str) -> str:
    """Return the gender the first name of a fuller name gives, "" when none."""
    return first_name_gender(name.split()[0]) or ""


_CAPITALS = lazy(r"\b[A-Z]{2,}\b")
_FIRST_PERSON = lazy(rf"(?<![\w'’])(?:{FIRST_PERSON_SINGULAR})(?![\w'’])")
