"""The shapes of a sentence around "according to X", for `according_cues`: where a clause's
subject starts after X's name, whether X only tells of another's cued words, whether the words
after X say what X is, and whether the words before X are X's (read on the masked sentence,
quotes hidden).
"""

from __future__ import annotations

from qabot.attribution.bare_clauses import finite_verbs
from qabot.attribution.cue_search import sentence_cues
from qabot.attribution.quote_marks import MASK
from qabot.attribution.speaker_phrases import speaker_before
from qabot.text.lexicon import NUMBER_WORDS, PERSON_NOUNS, ROLE_NOUNS, is_capitalised
from qabot.text.patterns import lazy

_APPOSITION_OPENERS = frozenset("a an the another".split())
_TOKEN = lazy(r"\S+")
# what opens a clause's subject after a source named with no comma
DETERMINED_SUBJECTS = frozenset("the a an his her their its".split())
_PRONOUN_SUBJECTS = frozenset("he she they it there we".split())
_COUNT = lazy(r"\d[\d,.]*%?")
# words a subject never follows inside a source's name ("figures from the ONS")
_NOT_BEFORE_SUBJECT = frozenset(
    "of by from at in for on with to and or the a an his her their its this that".split()
)
# words that open a subject after a source with no comma ("According to Mr X the minister")
_SUBJECT_OPENERS = frozenset("the a an his her their its he she they".split())
# verbs that report words whoever the subject is (not "firms added jobs", "X dismissed a move")
SAYING = frozenset(
    """said says told tells admitted warned insisted claimed declared vowed argued explained
stated wrote writes replied added""".split()
)
# a quote and nothing after it but the sentence's stop
_QUOTE_ENDING = rf"[\"“]{MASK}+[.!?,]?[\"”]?[.!?]?\s*$"
# words quoted whole right after the cue: a colon, or a quote that ends the sentence (not
# 'X said “there is love” in Orlando', a phrase of X's in the source's account)
_QUOTE_NEXT = lazy(rf"\s*(?::|,?\s*{_QUOTE_ENDING})")
# one quote and nothing after it but the sentence's stop
_QUOTE_ALONE = lazy(rf"\s*{_QUOTE_ENDING}")
_APPOSED_WORDS = 8  # the most words of what a source is, said between commas before a quote


def subject_after_source(masked: str, start: int, s1: int) -> int | None:
    """Return where the clause starts when a sentence opens "According to X" and no comma
    ends X: the first subject after a noun of X ("According to Jupiter Research 40% of
    homes ...", "According to the Acme report the trend ..."; not the "the" of "figures from
    the ONS", nor "the Radicati Group" named in apposition), else None."""
    tokens = list(_TOKEN.finditer(masked, start, s1))
    for index in range(1, min(len(tokens) - 2, 8)):
        word, before = tokens[index].group(), tokens[index - 1].group()
        if any(mark in before for mark in ",;:") or MASK in before:
            return None
        following = tokens[index + 1].group()
        if before.casefold() in _NOT_BEFORE_SUBJECT:
            continue
        if (
            (word in DETERMINED_SUBJECTS and following.islower() and following.isalpha())
            or word in _PRONOUN_SUBJECTS
            or (_COUNT.fullmatch(word) and not is_capitalised(following))
        ):
            return tokens[index].start()
    return None


def reported_through(masked: str, start: int, end: int, s1: int) -> int | None:
    """Return where the subject of a speech cue starts when "according to X" only says who
    tells of the words that cue quotes ("According to Mr X the minister said: “...”",
    "According to the book, the minister told them: “...”"), else None. `start` and `end`
    bound the words after "according to"."""
    after = masked[end:s1]
    if after.lstrip().startswith(","):
        subject = end + after.index(",") + 1
    else:
        # no comma: the subject opens with a determiner or a pronoun after X's name
        tokens = list(_TOKEN.finditer(masked, start, end))
        subject = next(
            (t.start() for t in tokens[1:] if t.group().casefold() in _SUBJECT_OPENERS), -1
        )
        if subject < 0:
            return None
    cues = [
        c
        for c in sentence_cues(masked, subject, s1)
        if c.group("cue").casefold() != "according to"
    ]
    if not cues:
        return None
    cue = min(cues, key=lambda c: c.start())
    verb = cue.group("cue").casefold().split()[0]  # "told delegates": told
    if verb not in SAYING or not _QUOTE_NEXT.match(masked[cue.end() : s1]):
        # "According to Y, X said that ...": X's words as Y tells them, so Y's (as PolNeAR
        # reads them too); "According to the figures, firms added 146,000 jobs": no speech
        return None
    left = masked[subject : cue.start()]
    if not 1 <= len(left.split()) <= 6 or any(m in left for m in ",;:") or " and " in left:
        return None
    found = speaker_before(left)
    if found is None or found[0] < 0 or not found[1]:
        return None
    last = found[1][-1]
    # a person only: not what research suggests, nor a poll's share ("29% of those asked")
    person = is_capitalised(last) or last in PERSON_NOUNS or last in {"he", "she"}
    return subject if person else None


def apposed_before_quote(masked: str, start: int, s1: int) -> bool:
    """Return True when the words from `start` (after the comma closing "according to X") are
    a short phrase and a comma, then one quote ending the sentence ("the club chairman, “...”"):
    a subject and a comma are never followed by a quote alone, so the phrase says what X is
    (not "he said, “...”", a clause of its own)."""
    after = masked[start:s1]
    if "," not in after:
        return False
    apposed = after[: after.index(",")]
    words = apposed.split()
    return (
        1 <= len(words) <= _APPOSED_WORDS
        and MASK not in apposed
        and words[0].casefold() not in _PRONOUN_SUBJECTS
        and not finite_verbs(words)
        and not sentence_cues(masked, start, start + len(apposed))
        and _QUOTE_ALONE.match(after, len(apposed) + 1) is not None
    )


def said_before(before: str, rest: str) -> bool:
    """Return True when the words before "according to X" are what X says, though a comma
    follows X: the sentence goes on with a new clause ("X has won, according to a CNN tally,
    but ...") or with what X is ("..., according to the Harbour Institute, a research group
    that tracks prices", "..., which insures the boats")."""
    words = before.split()
    after = rest.split(",", 1)[1] if "," in rest else ""
    first = after.split()[0].casefold() if after.split() else ""
    if len(words) > 3 and first in {"but", "and", "yet", "while"}:
        return True
    if not words:
        return False
    if first in {"which", "who", "whose"}:
        return True
    described = after.split(",", 1)[0].split()
    # "..., according to the Judicial Conference, the policy-making arm of ...", "..., according
    # to X, director of the Office of ...": what the source is, no clause of its own
    apposed = (
        first in _APPOSITION_OPENERS
        or (first in ROLE_NOUNS and len(words) > 3 and not is_capitalised(described[0]))
        # "..., according to the chairs of X and Y, two of the five largest counties"
        or (len(words) > 3 and described[1:2] == ["of"] and first in NUMBER_WORDS)
    )
    return apposed and not finite_verbs(described)


def people_noun(*words: str) -> bool:
    """Return True when one of `words` (a phrase's head, its last word) means people ("people",
    "officials"), not a thing ("benchmarking", "intention")."""
    nouns = {word.casefold() for word in words}
    return any(
        n == "people" or n in PERSON_NOUNS or n.removesuffix("s") in PERSON_NOUNS for n in nouns
    )
