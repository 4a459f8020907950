"""Who speaks in one article: per-article speaker summaries, written at index time.

Enters: an article's quotes (from `qabot.attribution.quotes`). Leaves: a `Summary`, name as
written -> `SpeakerSummary` (quote count, role words the attributions give them), stored per
article in the quote index so the query-time speaker directory never reads quotes to know who
speaks.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from qabot.records import Quote
from qabot.text.lexicon import ROLE_NOUNS, role_words, strip_title

_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_ROLE_WORDS_BEFORE = re.compile(r"(?:[\w'’.-]+\s){1,5}$")
_SENTENCE_WORDS = re.compile(r"[a-z][a-z-]*")


@dataclass(slots=True)
class SpeakerSummary:
    """One speaker in one article: how many quotes, and the role words seen with the name."""

    count: int = 0
    roles: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> list[Any]:
        """Return the stored form, `[count, {role word: count}]`."""
        return [self.count, self.roles]

    @classmethod
    def from_json(cls, data: Any) -> SpeakerSummary:
        """Return the summary stored by `to_json` (ValueError when it is not one)."""
        if not (
            isinstance(data, list)
            and len(data) == 2
            and isinstance(data[0], int)
            and isinstance(data[1], dict)
        ):
            raise ValueError(f"not a speaker summary: {data!r}")
        return cls(data[0], {str(k): int(v) for k, v in data[1].items()})


# who speaks in one article: name as written -> summary
Summary = dict[str, SpeakerSummary]


def roles_near(sentence: str, name: str) -> list[str]:
    """Return role phrases attached to `name` in `sentence` ("Name, role," / "role Name")."""
    parts = strip_title(name).split()
    if not parts or not ROLE_NOUNS.intersection(_SENTENCE_WORDS.findall(sentence.casefold())):
        return []
    target = " ".join(parts) if " ".join(parts) in sentence else parts[-1]
    roles, at = [], sentence.find(target)
    while at >= 0:
        after = sentence[at + len(target) :]
        if after.startswith(", ") and "," in after[2:72]:
            roles.append(after[2 : after.index(",", 2)])
        before = sentence[:at]
        if before.endswith(", ") and "," not in before[-62:-2]:
            roles.append(before[:-2][-60:].split(", ")[-1])
        elif before.endswith(" "):
            words = _ROLE_WORDS_BEFORE.search(before)
            roles.append(words.group() if words else "")
        at = sentence.find(target, at + len(target))
    found = []
    for role in roles:
        role = _DETERMINER.sub("", role.strip(' "“”'))
        if ROLE_NOUNS.intersection(_SENTENCE_WORDS.findall(role.casefold())):
            found.append(role)
    return found


def summarize(quotes: Iterable[Quote]) -> Summary:
    """Return who speaks in an article's quotes, and the role words attributions give them."""
    counts: Counter[str] = Counter()
    roles: dict[str, Counter[str]] = {}
    seen: set[tuple[str, str]] = set()
    for quote in quotes:
        counts[quote.speaker] += 1
        speaker_roles = roles.setdefault(quote.speaker, Counter())
        if (quote.speaker, quote.sentence) not in seen:  # "NATO chief Jens Stoltenberg said"
            seen.add((quote.speaker, quote.sentence))
            for role in roles_near(quote.sentence, quote.speaker):
                speaker_roles.update(role_words(role))
    return {speaker: SpeakerSummary(n, dict(roles[speaker])) for speaker, n in counts.items()}
