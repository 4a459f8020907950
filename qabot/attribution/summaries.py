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
from qabot.records import Quote
from qabot.text import STOP_WORDS, sentence_spans
from qabot.text.lexicon import (
    VOICE_ROLES,
    first_name_gender,
    is_anonymous,
    role_words,
    strip_title,
)
from qabot.text.patterns import lazy

# The version of what a summary records: with the quote rules' version it decides when `qabot
# index` must read every article again (2: roles from every sentence naming the speaker, and
# fuller names; 3-4: descriptions beyond role nouns, lower-cased names; 5: stage names and
# nicknames; 6: a role phrase before "Name," that ends in a place; 7: "role of field Name",
# "Name of Place"; 8: no role after "Name," that opens with a preposition ("on his first day");
# 9: a lede's role ("The new health minister for Wales says") for the person named next;
# 10: "Name at Place", "Name from Place" as "Name of Place"; 11: no participle after "Name,"
# as a role; 12: the description at a cue that names nobody ("the Two Ronnies star said"),
# "Name, role told ..." without a second comma, another person's role inside a description
# left out; 13: stage names of several words: "Norman Cook - aka Fatboy Slim -"); 14: a rank
# before a role noun stays with it where the phrase's other lower-case words are dropped
# ("Bank of England deputy governor X" is a deputy governor, not a governor); 15: "the
# organisation's president" also holds the body named before and its acronym ("adss"); 16: an
# apposition opening with a body's name ("Bill Gates, Microsoft chairman and chief software
# architect,") is a role; 17: no fuller name opens with a clause's first word or a compound
# adjective ("While Serena", "Oscar-nominated Owen"); 18: a phrase giving another name ("known
# as Queen of the Sky", "nicknamed", "dubbed") is no role; 19: a one-word speaker ("Charles")
# is not given the roles of a sentence naming the word only inside another name ("Liberal
# Democrat leader Charles Kennedy"), and a lede's role goes to no name after "The" ("The
# Conservatives' campaign director has denied a report ... The Times on Monday said"); 20: a
# peer's title before a speaker known by a surname alone ("Lord Faulkner of Worcester") is among
# its role words, so the directory names the peer "Lord Faulkner" and keeps them apart from a
# full name of another article no title or role of theirs goes with ("Rob Faulkner"); 21: a
# word tying a name to another before it ("Rival Sony", "fellow Tory Ann Ward") is no part of a
# fuller name; 22: a cue's description ending in a hyphenated noun of a person ("The Amnesty
# secretary-general said") is a role of the person named before, as "the Amnesty chief" was;
# 23: any noun of a person joined to another by a hyphen ("director-general") as well; 24: no
# fuller name opens with an adverb that opens a sentence ("Afterwards Penny tells"); 25: a
# speaker's gender where the article gives it ("Ms Abbott", a body: "publication Forbes"); 26:
# a sentence naming a one-word speaker only inside a possessive longer name ("Sacked MP Howard
# Flight's party" for a "Mr Howard") is not theirs either; 27: no fuller name opens with an
# owner ("Arsenal's Edu", "February's Ifo"), a people's noun ("Irishmen JP McManus", "Olympian
# Tomlinson") or a nationality before words the article never writes in lower case ("American
# Robby Ginepri"; "English National Ballet" stays); 28: where an article names a man and a
# woman by one surname ("Mr and Mrs Hale", "Peter Hale" and "Ann Hale"), the gender a lone
# surname's cues give ("she said", "Mrs Hale, his wife, said") is its gender, and no fuller name
# of the other gender is its ("Peter Hale's wife ... Mrs Hale ... she said" is not Peter Hale);
# 29: the cue read for 28 is the quote's own, not the sentence's first ('"We will fight," he
# said, and Mrs Hale said: "No."': "No." is hers); 30: each role phrase holding a speaking role
# kept whole (`SpeakerSummary.phrases`): a body's words and a speaking role from one phrase; no
# function words among role words ("who", "and", "at"; "WHO" stays); no clause with a subject
# of its own before "Name," as a role ("... his second term as US President, Tony Blair said").
SUMMARY_VERSION = 30


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
        for speaker in counts:
            if is_anonymous(speaker) and not speaker.isalpha():
                continue
            written = speaker
            if is_anonymous(speaker) and speaker.isalpha():  # "gervais": a name lower-cased
                written = speaker.capitalize()
            fuller, held = fuller_names(texts, written, speaker in speaks_as_i)
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
_FIRST_PERSON = lazy(r"(?<![\w'’])(?:I|I['’](?:m|ve|d|ll)|me|my)(?![\w'’])")
