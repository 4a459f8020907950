"""Parted clauses: the clause a cue set apart by commas parts from its verb ("The economy, he
said, is strong"), recorded whole with the cue inside it (inside `qabot.attribution.cue_reading`
and `qabot.attribution.cue_words_before`)."""

from __future__ import annotations

from qabot.attribution.bare_clauses import finite_verbs
from qabot.attribution.content_cuts import content_end
from qabot.attribution.quote_marks import MASK
from qabot.attribution.sentence_subjects import IRREGULAR_PAST
from qabot.text.lexicon import ADVERBS_IN_S, PERSON_NOUNS
from qabot.text.patterns import lazy

_CLAUSE_JOINS = (", and ", " and ", ", but ", " but ")
# a role in apposition after the name a cue gives, up to its comma ("X, historian at Y,"; a
# person noun among its first words)
_APPOSED_ROLE = lazy(r"\s*,\s*(?P<role>(?:a|an|the)?\s*[a-z][\w'’-]*(?:\s+[\w'’&.-]+){0,7}?)(?=,)")


def parted_clause(
    masked: str, start: int, np_start: int, cue_end: int, s1: int
) -> tuple[int, int] | None:
    """Return the span of a clause a parenthetical cue parts from its verb, cue included ("The
    economy, he said, is strong"), or None when the cue parts no clause. A clause of the
    narration joined before the subject is left out ("This was the message, and voters, he
    believes, will warm to it": from "voters")."""
    left, rest = masked[start:np_start], masked[cue_end:s1]
    after = rest.lstrip()[1:].split() if rest.lstrip().startswith(",") else []
    aside = _APPOSED_ROLE.match(rest) if after and not _verb_first(after) else None
    if aside is not None and _apposed_role(aside["role"].split()):
        # "The paradox, says X, historian at the library, is that ...": X's role in apposition,
        # then the verb
        cue_end, rest = cue_end + aside.end(), rest[aside.end() :]
        after = rest.lstrip()[1:].split()
    if not left.rstrip().endswith(",") or not after or not _verb_first(after):
        return None
    head = left.rstrip()[:-1]
    if not head.split() or MASK in head:
        return None
    cut = max(
        (
            at + len(join)
            for join in _CLAUSE_JOINS
            if (at := head.rfind(join)) >= 0 and finite_verbs(head[:at].split())
        ),
        default=0,
    )
    subject = head[cut:]
    c0 = start + cut + len(subject) - len(subject.lstrip())
    return c0, content_end(masked, cue_end + rest.index(",") + 1, s1)


def _apposed_role(words: list[str]) -> bool:
    """Return True for a person's role in apposition ("historian at the library", "an analyst
    at Acme"): a person noun among its first words, no verb."""
    return (
        not _verb_first(words)
        and not finite_verbs(words)
        and any(w.casefold() in PERSON_NOUNS for w in words[:4])
    )


def _verb_first(words: list[str]) -> bool:
    """Return True when `words` open with a finite verb: an auxiliary ("is strong") or a verb
    in the present or past tense followed by no verb of its own ("Survival, X says, depends on
    giving readers ...", "Syria, X says, remains a priority"; not "prices rose")."""
    if finite_verbs(words[:1]):
        return True
    first = words[0].rstrip(",;:")
    return (
        first.isalpha()
        and first.islower()
        and len(first) > 3
        and (
            first.endswith("ed")
            # not "this", "thus", "perhaps" nor an adjective ("various")
            or (
                first.endswith("s")
                and not first.endswith(("ss", "ous"))
                and first not in ADVERBS_IN_S | {"this", "plus"}
            )
            or first in IRREGULAR_PAST  # "Greensboro, Sexton said, made him question ..."
        )
        and not finite_verbs(words[1:2])
        and not (words[1:2] and words[1].rstrip(",;:").endswith("ed"))
    )
