"""Who speaks in one article: per-article speaker summaries, written at index time.

Enters: an article's quotes (from `qabot.attribution.quotes`) and its text. Leaves: a `Summary`,
name as written -> `SpeakerSummary` (quote count, the role words the article gives them wherever
it names them, fuller names it uses for a surname), stored per article in the quote index so the
query-time speaker directory never reads quotes or articles to know who speaks and as what.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from qabot.records import Quote
from qabot.text import STOP_WORDS, name_starts, sentence_spans
from qabot.text.lexicon import (
    NOT_NAME,
    OCCUPATIONS,
    ORGANISATION_WORDS,
    ROLE_NOUNS,
    VERB_LIKE,
    is_anonymous,
    role_words,
    strip_title,
)

# The version of what a summary records: with the quote rules' version it decides when `qabot
# index` must read every article again (2: roles from every sentence naming the speaker, and
# fuller names; 3-4: descriptions beyond role nouns, lower-cased names; 5: stage names and
# nicknames; 6: a role phrase before "Name," that ends in a place; 7: "role of field Name",
# "Name of Place"; 8: no role after "Name," that opens with a preposition ("on his first day");
# 9: a lede's role ("The new health minister for Wales says") for the person named next;
# 10: "Name at Place", "Name from Place" as "Name of Place").
SUMMARY_VERSION = 10
_PERSON_NOUNS = ROLE_NOUNS | OCCUPATIONS

_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_ROLE_WORDS_BEFORE = re.compile(r"(?:[\w'’.-]+\s){1,5}$")
_SENTENCE_WORDS = re.compile(r"[a-z][a-z-]*")


@dataclass(slots=True)
class SpeakerSummary:
    """One speaker in one article: how many quotes, the role words seen with the name, and the
    fuller names the article uses for it ("Josenrique Cueto" for a speaker quoted as "Cueto")."""

    count: int = 0
    roles: dict[str, int] = field(default_factory=dict)
    names: list[str] = field(default_factory=list)

    def to_json(self) -> list[Any]:
        """Return the stored form, `[count, {role word: count}, [fuller name, ...]]`."""
        return [self.count, self.roles, self.names]

    @classmethod
    def from_json(cls, data: Any) -> SpeakerSummary:
        """Return the summary stored by `to_json` (ValueError when it is not one)."""
        if not (
            isinstance(data, list)
            and len(data) in (2, 3)
            and isinstance(data[0], int)
            and isinstance(data[1], dict)
            and (len(data) == 2 or isinstance(data[2], list))
        ):
            raise ValueError(f"not a speaker summary: {data!r}")
        names = [str(name) for name in data[2]] if len(data) == 3 else []
        return cls(data[0], {str(k): int(v) for k, v in data[1].items()}, names)


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


def summarize(
    quotes: Iterable[Quote], text: str = "", sentences: list[tuple[int, int]] | None = None
) -> Summary:
    """Return who speaks in an article's quotes, the role words the article gives them (in
    attributions and, given its `text`, in every sentence naming them) and fuller names;
    `sentences` are the text's `sentence_spans`, when the caller has them already."""
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
    names: dict[str, list[str]] = {}
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
            fuller, held = _mentions(texts, written)
            names[speaker] = fuller
            described: set[str] = set()
            for sentence in held:
                for name in (*fuller[:1], written):
                    described.update(_described(sentence, name))
            for role in described:
                roles[speaker].update(w for w in role_words(role) if w not in STOP_WORDS)
        lede = _lede_role(texts, [s for s in counts if not is_anonymous(s)])
        if lede is not None:
            speaker, role = lede
            roles[speaker].update(w for w in role_words(role) if w not in STOP_WORDS)
    return {
        # role words sorted: they come from sets, whose order changes with the hash seed, and
        # the stored index must be the same from one build to the next
        speaker: SpeakerSummary(n, dict(sorted(roles[speaker].items())), names.get(speaker, []))
        for speaker, n in counts.items()
    }


_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]*\s+){1,3})$")


def _mentions(sentences: list[str], speaker: str) -> tuple[list[str], list[str]]:
    """Return the fuller names an article gives a speaker's surname ("Josenrique Cueto" for
    "Cueto"), and the sentences that name the speaker."""
    parts = strip_title(speaker).split()
    if not parts:
        return [], []
    surname = parts[-1]
    fuller: Counter[str] = Counter()
    held = []
    for sentence in sentences:
        if surname not in sentence:
            continue  # every mention, alias and nickname below holds the surname as written
        found = False
        for start in name_starts(sentence, surname):
            found = True
            before = _NAME_BEFORE.search(sentence[:start])
            if before is None:
                continue
            words: list[str] = []
            for word in reversed(before.group(1).split()):
                key = word.casefold().rstrip(".,")
                if key in _TITLES or key in _PERSON_NOUNS or key in NOT_NAME or word[-1] in ",;:":
                    break
                words.insert(0, word)
            name = " ".join([*words, surname])
            if words and len(name.split()) > len(parts) and name.endswith(" ".join(parts)):
                fuller[name] += 1
        if len(parts) == 1:  # a stage name or nickname: "Marcus Dale, better known as K-Dot"
            for alias in _ALIAS_OF.finditer(sentence):
                if alias.group("alias") == surname:
                    fuller[alias.group("name")] += 2
                    found = True
            for nick in _NICKNAME.finditer(sentence):  # "Ahmed 'Mido' Hossam"
                if nick.group("nick") == surname:
                    fuller[f"{nick.group('first')} {nick.group('last')}"] += 2
                    found = True
        if found:
            held.append(sentence)
    return [name for name, _ in fuller.most_common(3)], held


_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}"
_ALIAS_OF = re.compile(
    rf"(?P<name>{_NAME}),?\s+(?:(?:better|also|widely|popularly|more commonly)\s+)?known\s+"
    r"(?:as\s+)?(?:simply\s+)?[\"“'‘]?(?P<alias>[A-Z][\w'’.-]*)"
)
_NICKNAME = re.compile(
    r"(?P<first>[A-Z][\w.-]+)\s+[\"“'‘](?P<nick>[A-Z][\w.-]+)[\"”'’]\s+(?P<last>[A-Z][\w'’-]+)"
)

# what a role phrase after a name must not open with: a clause, not a description
_NOT_ROLE_START = frozenset(
    """who whom whose which where when while and but or said says told tells added
    according as if that because although though after before on in at with during
    from since until by into""".split()
)
_ROLE_SUFFIX = re.compile(r"[a-z]+(?:er|or|ist|ent|ant|ian|man|woman|person|ee|ary|ief|ive)")
_APPOSITIVE = re.compile(r",\s+(?P<role>[^,;:()\"“”]{2,160}?)\s*(?=[,;:)]|\s[-–—]\s|[.!?]?\s*$)")


def _described(sentence: str, name: str) -> list[str]:
    """Return what `sentence` says `name` is: "Name, (a|the) role ...," after it, "role, Name,"
    or role words and capitalised titles just before it ("Miami-Dade Police Detective Name",
    "neonatologist Name", "IBM's Name")."""
    found = []
    for start in name_starts(sentence, name):
        end = start + len(name)
        after = _APPOSITIVE.match(sentence, end)
        if after is not None and _is_role_phrase(after.group("role").split()):
            found.append(after.group("role"))
        head = sentence[:start]
        if head.endswith(", "):  # "Bolger's lawyer, Jeremy Robinson, had ..."
            phrase = re.split(r"[,;:(\"“”]", head[:-2])[-1].split()
            folded = [w.casefold().rstrip(".") for w in phrase]
            opener = folded[0] if folded else ""
            if (
                0 < len(phrase) <= 8
                and (opener in {"the", "a", "an"} or opener not in STOP_WORDS | NOT_NAME)
                and any(
                    w in _PERSON_NOUNS or (_ROLE_SUFFIX.fullmatch(w) and w not in STOP_WORDS)
                    for w in folded
                )
            ):  # "The BBC's correspondent in Jakarta, Rachel Harvey, told ..."
                found.append(" ".join(phrase))
        of_place = _OF_PLACE.match(sentence, end)
        if (
            of_place is not None and name.split()[-1].casefold() not in ORGANISATION_WORDS
        ):  # "President Musharraf of Pakistan", "Gaydos of Variety", "Ida Kron at Hypobank"
            found.append(of_place.group("place"))
        words_before = head.split()
        before = words_before[-10:]
        run: list[str] = []
        role_of = _role_of_before(before)  # "Sale Sharks director of rugby Philippe ..."
        if role_of:
            run, before = before[-role_of:], before[:-role_of]
        kept = len(run) + 99  # run words after its first lower-case modifier ("pensions minister")
        stop: str | None = None
        for word in reversed(before):
            key = word.casefold().rstrip(".,")
            modifier = (
                word[:1].islower()
                and _is_modifier(key)
                and any(w.casefold() in _PERSON_NOUNS for w in run)
                and len(run) - kept < 4
            )
            if not modifier and (
                word[-1] in ',;:"“”'
                or key in NOT_NAME
                or key in _SPEECH_WORDS
                or not (word[:1].isupper() or key in _PERSON_NOUNS or _ROLE_SUFFIX.fullmatch(key))
            ):
                stop = word
                break
            if modifier:
                kept = len(run)  # the run words after the leftmost modifier
            run.insert(0, word)
        if kept < len(run) and not (
            (stop is None and len(words_before) == len(before))
            or (stop is not None and stop.casefold() in {"the", "a", "an"})
            or (stop is not None and stop[-1] in ",;:")
        ):  # lower-case words only where a phrase starts: "the work and pensions minister"
            run = run[len(run) - kept :]
        if run and (
            any(w.casefold().rstrip(".") in _PERSON_NOUNS for w in run)
            or _ROLE_SUFFIX.fullmatch(run[-1].casefold())
            or run[-1].endswith(("'s", "’s"))
        ):
            found.append(" ".join(run))
    return found


_OF_PLACE = re.compile(
    r"\s+(?:of|at|from)\s+(?P<place>(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})"
)


_LEDE = re.compile(
    r"^(?:The|A|An)\s+(?P<role>[^,;:\"“”]{3,80}?)\s+(?:has\s+|have\s+)?"
    r"(?:says|said|warned|warns|told|tells|insisted|insists|admitted|admits|claimed|claims)\b"
)


def _lede_role(texts: list[str], speakers: list[str]) -> tuple[str, str] | None:
    """Return (speaker, role) when the article opens with a role and names its holder next:
    "The new health minister for Wales says ... . Brian Gibbons, on his first day, ..." (a
    news lede names the person only in its second sentence)."""
    if len(texts) < 2:
        return None
    opening = _LEDE.match(texts[0].strip())
    if opening is None:
        return None
    role = opening.group("role")
    if not _PERSON_NOUNS.intersection(_SENTENCE_WORDS.findall(role.casefold())):
        return None
    following = texts[1]
    named = [
        (at, speaker)
        for speaker in speakers
        if (at := following.find(strip_title(speaker).split()[-1])) >= 0
    ]
    if not named:
        return None
    first, speaker = min(named)
    head = following[:first].split()
    # the holder opens the next sentence ("Brian Gibbons, ...", "Dr Gibbons said ...")
    if len(head) > 3 or any(w[:1].islower() for w in head):
        return None
    return speaker, role


def _is_modifier(key: str) -> bool:
    """Return True for a lower-case word that may qualify a role before a name ("broadband",
    "pensions", "and"), not a verb or a function word."""
    return key == "and" or (
        key.isalpha()
        and len(key) > 2
        and key not in STOP_WORDS
        and key not in VERB_LIKE
        and key not in _SPEECH_WORDS
        and not key.endswith(("ed", "ing", "ly"))
    )


def _role_of_before(words: list[str]) -> int:
    """Return how many of the last `words` before a name are a role and its field, "director of
    rugby" or "minister for work and pensions" (0 when they are not one)."""
    for at in range(len(words) - 2, max(0, len(words) - 6) - 1, -1):
        if words[at].casefold() not in {"of", "for"} or at == 0:
            continue
        if words[at - 1].casefold() not in _PERSON_NOUNS:
            return 0
        field = [w.casefold() for w in words[at + 1 :]]
        if set(field) - {"the", "and"} and all(
            w.isalpha()
            and w not in _SPEECH_WORDS
            and w not in NOT_NAME - {"and", "the"}
            and w not in VERB_LIKE
            for w in field
        ):
            return len(words) - at + 1
        return 0
    return 0


def _is_role_phrase(words: list[str]) -> bool:
    """Return True for words after "Name, " that describe the person ("a former editor of the
    Daily News", "Governor of the Reserve Bank"), not a clause ("who ...", "had ...")."""
    if not words or len(words) > 18:
        return False
    first = words[0].casefold()
    if first in _NOT_ROLE_START or first in VERB_LIKE or first.endswith("ed"):
        return False
    if any(w.casefold() in _SPEECH_WORDS for w in words):
        return False
    return (
        first in {"a", "an", "the", "former"}
        or first in _PERSON_NOUNS
        or not words[0][:1].isupper()
        or words[0].endswith(("'s", "’s"))
    )


_SPEECH_WORDS = frozenset(
    "said says told tells added stated claimed warned insisted explained argued".split()
)
_TITLES = frozenset("mr mrs ms miss dr sir lord lady dame prof professor rev the a an".split())
