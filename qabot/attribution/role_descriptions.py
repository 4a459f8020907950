"""Role descriptions: what a sentence says a named person is (a step inside
`qabot.attribution.summaries`, at index time).

"Name, role," and "role Name" beside a cue (`roles_near`); in any sentence naming the person
(`roles_described`), an apposition ("Name, a former editor of the Daily News,"), a role before a
comma ("The BBC's correspondent in Jakarta, Rachel Harvey,"), titles and role words just before
the name ("Sale Sharks director of rugby Philippe ..."), "Name of Place". Roles given without
the name are read in `qabot.attribution.unnamed_roles`.
"""

from __future__ import annotations

import re

from qabot.text import STOP_WORDS, name_starts
from qabot.text.lexicon import (
    NOT_NAME,
    OCCUPATIONS,
    ORGANISATION_WORDS,
    ROLE_NOUNS,
    VERB_LIKE,
    first_name_gender,
    role_words,
    strip_title,
)
from qabot.text.patterns import lazy

PERSON_NOUNS = ROLE_NOUNS | OCCUPATIONS
SPEECH_WORDS = frozenset(
    "said says told tells added stated claimed warned insisted explained argued".split()
)

_DETERMINER = lazy(r"^(?:the|a|an)\s+", re.IGNORECASE)
# a phrase giving another name, not a role: "Ellen Simonetti, known as Queen of the Sky," is no
# queen (the name is an alias, read by `speaker_mentions.stage_names`)
_ANOTHER_NAME = lazy(
    r"\b(?:known|billed|styled)\s+as\b|\b(?:aka|a\.k\.a|nicknamed|dubbed)\b", re.I
)
_ROLE_WORDS_BEFORE = lazy(r"(?:[\w'’.-]+\s){1,5}$")
_SENTENCE_WORDS = lazy(r"[a-z][a-z-]*")


_WHOSE = lazy(r"whose\b", re.IGNORECASE)


def roles_near(sentence: str, name: str) -> list[str]:
    """Return role phrases attached to `name` in `sentence` ("Name, role," / "role Name")."""
    parts = strip_title(name).split()
    if not parts or not ROLE_NOUNS.intersection(_SENTENCE_WORDS.findall(sentence.casefold())):
        return []
    target = " ".join(parts) if " ".join(parts) in sentence else parts[-1]
    roles, at = [], sentence.find(target)
    while at >= 0:
        after = sentence[at + len(target) :]
        # "X, whose father served as lord chancellor,": what is the person's, not a role
        if after.startswith(", ") and "," in after[2:72] and not _WHOSE.match(after, 2):
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
    # "... as he begins his second term as US President, Tony Blair has said": a clause with
    # a subject of its own before the name, not what he is
    return [role for role in found if not _ANOTHER_NAME.search(role) and not _SUBJECT.search(role)]


_SUBJECT = lazy(r"\b(?:he|she|they|we)\b")


def own_role_words(role: str) -> set[str]:
    """Return the role words of `role` that are the person's own: "a friend of the Tory
    leader" is a friend (of the Tory), not a leader; "a spokesman for the prime minister" is
    no minister. Another person's role noun after "of", "for" or "to" is left out."""
    words = role.split()
    for at, word in enumerate(words[1:], start=1):
        if word.casefold() not in _NESTING:
            continue
        if not words[at - 1].rstrip(",").isalpha() or not words[at - 1][:1].islower():
            break
        kept = [
            w for w in words[at + 1 :] if not (w[:1].islower() and w.casefold() in PERSON_NOUNS)
        ]
        return role_words(" ".join([*words[: at + 1], *kept]))
    return role_words(role)


_NESTING = frozenset("of for to".split())


# what a role phrase after a name must not open with: a clause, not a description
_NOT_ROLE_START = frozenset(
    """who whom whose which where when while and but or said says told tells added
    according as if that because although though after before on in at with during
    from since until by into""".split()
)
_ROLE_SUFFIX = lazy(r"[a-z]+(?:er|or|ist|ent|ant|ian|man|woman|person|ee|ary|ief|ive)")
# the apposition ends at a comma, a dash, the sentence's end, or a cue verb written without its
# comma ("Eric Abensur, Wanadoo's chief executive told the BBC")
_APPOSITIVE = lazy(
    r",\s+(?P<role>[^,;:()\"“”]{2,160}?)\s*(?=[,;:)]|\s[-–—]\s|[.!?]?\s*$|(?:has\s+)?(?:"
    + "|".join(sorted(SPEECH_WORDS))
    + r")\b)"
)


def roles_described(sentence: str, name: str) -> list[str]:
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
                    w in PERSON_NOUNS or (_ROLE_SUFFIX.fullmatch(w) and w not in STOP_WORDS)
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
                and any(w.casefold() in PERSON_NOUNS for w in run)
                and len(run) - kept < 4
            )
            if not modifier and (
                word[-1] in ',;:"“”'
                or key in NOT_NAME
                or key in SPEECH_WORDS
                or not (word[:1].isupper() or _is_role_noun(key))
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
            cut = len(run) - kept
            while cut > 0 and run[cut - 1].casefold() in _RANKS:
                cut -= 1  # "Bank of England deputy governor X": a deputy, not the governor
            run = run[cut:]
        if run and (
            any(w.casefold().rstrip(".") in PERSON_NOUNS for w in run)
            or _is_role_noun(run[-1].casefold())
            or run[-1].endswith(("'s", "’s"))
        ):
            found.append(" ".join(run))
    return [role for role in found if not _ANOTHER_NAME.search(role)]


def _is_role_noun(key: str) -> bool:
    """Return whether a lower-case word before a name is a role's noun, by its last part when
    hyphened ("co-chairman", "vice-president", "director-general")."""
    last = key.rsplit("-", 1)[-1]
    return key in PERSON_NOUNS or last in PERSON_NOUNS or bool(_ROLE_SUFFIX.fullmatch(last))


# words that make a role another one than its noun's ("deputy governor", "acting director")
_RANKS = frozenset("deputy vice assistant acting interim shadow former junior associate".split())
_OF_PLACE = lazy(
    r"\s+(?:of|at|from)\s+(?P<place>(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})"
)


def _is_modifier(key: str) -> bool:
    """Return True for a lower-case word that may qualify a role before a name ("broadband",
    "pensions", "and"), not a verb or a function word."""
    return key == "and" or (
        key.isalpha()
        and len(key) > 2
        and key not in STOP_WORDS
        and key not in VERB_LIKE
        and key not in SPEECH_WORDS
        and not key.endswith(("ed", "ing", "ly"))
    )


def _role_of_before(words: list[str]) -> int:
    """Return how many of the last `words` before a name are a role and its field, "director of
    rugby" or "minister for work and pensions" (0 when they are not one)."""
    for at in range(len(words) - 2, max(0, len(words) - 6) - 1, -1):
        if words[at].casefold() not in {"of", "for"} or at == 0:
            continue
        if words[at - 1].casefold() not in PERSON_NOUNS:
            return 0
        field = [w.casefold() for w in words[at + 1 :]]
        if set(field) - {"the", "and"} and all(
            w.isalpha()
            and w not in SPEECH_WORDS
            and w not in NOT_NAME - {"and", "the"}
            and w not in VERB_LIKE
            for w in field
        ):
            return len(words) - at + 1
        return 0
    return 0


def _is_role_next(words: list[str]) -> bool:
    """Return whether the word after an "-ing" opener makes it part of a role ("managing
    director", "acting chief executive")."""
    return bool(words) and words[0].casefold().rstrip(".,") in PERSON_NOUNS


def _is_role_phrase(words: list[str]) -> bool:
    """Return True for words after "Name, " that describe the person ("a former editor of the
    Daily News", "Governor of the Reserve Bank"), not a clause ("who ...", "had ...")."""
    if not words or len(words) > 18:
        return False
    first = words[0].casefold()
    if first in _NOT_ROLE_START or first in VERB_LIKE or first.endswith("ed"):
        return False
    if first.endswith("ing") and len(first) > 4 and not _is_role_next(words[1:2]):
        return False  # "speaking exclusively to BBC Sport", "writing in the Times": a clause
    if any(w.casefold() in SPEECH_WORDS for w in words):
        return False
    return (
        first in {"a", "an", "the", "former"}
        or first in PERSON_NOUNS
        or not words[0][:1].isupper()
        or words[0].endswith(("'s", "’s"))
        # "Bill Gates, Microsoft chairman,": a body, its role (no name: "X, Jo Lee and ...")
        or (len(words) <= 8 and _role_of_body(words))
    )


def _role_of_body(words: list[str]) -> bool:
    """Return True for a body's name and a role in it ("Microsoft chairman and chief software
    architect"), with no first name (a list of people)."""
    return not ROLE_NOUNS.isdisjoint(w.casefold() for w in words[1:]) and not any(
        first_name_gender(w) for w in words
    )
