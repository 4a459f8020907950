"""Relayed voices: whether a sentence of narration brings in someone else's words (inside
`qabot.attribution.narrated_subjects` and the cues that hand the next quote to their subject).

"Ian Vance quoted the prime minister." / "I will not resign." and "He read out a letter from
his son." / "I miss you." set words after the sentence that are not its subject's: the
prime minister's, the son's. A quote in the first person after such a sentence may be the
other voice's, so the subject is not sure to be its speaker. Two tells, both read from the
words after the subject's verb: a verb that names whose words it repeats ("quoted", "cited",
"recited") with a voice for its object (a person, a name, something said; not "cited safety
concerns", the subject's own case); or words and writings tied to another person ("a letter
from his son", "his father's words", "a poem by Yeats"). Not "read out a statement" (his own,
as far as the sentence tells) nor "told his wife" (whom he spoke to).
"""

from __future__ import annotations

from qabot.attribution.noun_phrases import DETERMINERS
from qabot.attribution.quote_marks import MASK
from qabot.attribution.speaker_words import singular
from qabot.text.lexicon import ISSUED_DOCUMENTS, PERSON_NOUNS, ROLE_NOUNS, is_capitalised
from qabot.text.patterns import lazy

# verbs whose object is whose words they repeat ("quoted the minister", "cited Lincoln")
_QUOTING = lazy(r"(?:quot|cit|recit)(?:e|es|ed|ing)")
# what is said or written besides a document: someone's words, lines, a poem, a speech
_SAID_THINGS = ISSUED_DOCUMENTS | frozenset("words lines poem poems verse speech remarks".split())
# the prepositions that tie words to whoever said or wrote them
_AUTHORED = frozenset("from by of".split())
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
# verbs of reading out, and what is read out that someone else most often wrote
_READING = lazy(r"(?:read|reads|reading|recit(?:e|es|ed|ing))")
_RECITED = frozenset("poem verse lines lyrics psalm prayer hymn passage extract excerpt".split())
_OWNERS = frozenset("his her their my our own".split())
_OWN = frozenset("himself herself themselves itself myself own".split())
_CLAUSE_END = lazy(r"[,;:.!?]|\s(?:and|but|who|which|that|as|because|while)\s")
_OBJECT_WORDS = 10  # a verb's object is a short phrase: read no further
_POSSESSIVE = lazy(r"(?P<owner>[\w-]+)['’]s?$")
# a quoting verb, its object and the colon that introduces the quote ("quoted the minister:")
_QUOTED_BEFORE_COLON = lazy(
    r"\b(?P<verb>" + _QUOTING.pattern + r")\s+(?P<object>[^,;:.!?]{1,80}?):\s*$"
)


def quoted_voice(masked: str, s0: int, q0: int) -> tuple[int, list[str]] | None:
    """Return where in `masked` and in which words the sentence from `s0` names the voice a
    quoting verb repeats, right before the colon that introduces the quote at `q0` ("Ann Lee
    quoted the prime minister: “...”": the prime minister's words, not Ann Lee's), or None."""
    found = _QUOTED_BEFORE_COLON.search(masked, s0, q0)
    if found is None or MASK in found.group("object"):
        return None
    words = found.group("object").split()
    if len(words) == 1 and words[0].casefold() in _OBJECT_PRONOUNS:
        return s0, [_OBJECT_PRONOUNS[words[0].casefold()]]  # whom "he" means before it
    if not relays_another(found.group("verb"), found.group("object")):
        return None  # "X cited safety concerns: “...”": X's own case
    if words[0].casefold() in _AUTHORED:  # "quoted from the Bible:"
        return found.start("object") + len(words[0]) + 1, words[1:]
    return found.start("object"), words


def relays_another(verb: str, after: str) -> bool:
    """Return True when `after`, the words after a narrating subject's `verb` in its
    sentence, bring in another person's words ("quoted the prime minister", "read out a
    letter from his son", "recalled his father's words")."""
    end = _CLAUSE_END.search(after)
    words = (after[: end.start()] if end else after).split()[:_OBJECT_WORDS]
    keys = [w.casefold() for w in words]
    if not keys or _OWN & set(keys):
        return False  # "quoted himself", "read his own letter": his words still
    if _QUOTING.fullmatch(verb.casefold()) and _a_voice(words, keys):
        return True
    for index, key in enumerate(keys):
        if key not in _SAID_THINGS and singular(key) not in _SAID_THINGS:
            continue
        owner = _POSSESSIVE.fullmatch(keys[index - 1]) if index else None
        if (
            owner
            and owner.group("owner") not in DETERMINERS
            and _a_person(words[index - 1], owner.group("owner"))
        ):
            return True  # "his father's words", "Lee's letter"
        tie = words[index + 1 : index + 2]
        if tie and tie[0] in _AUTHORED and _person_after(words[index + 2 :]):
            return True  # "a letter from his son", "a poem by Yeats"
    # "Jo Lee read the poem.": a work read out is its author's words, unless the sentence
    # makes it the reader's ("read her poem", "a passage from his book")
    return (
        _READING.fullmatch(verb.casefold()) is not None
        and not _OWNERS & set(keys)
        and any(k in _RECITED or singular(k) in _RECITED for k in keys)
    )


def _a_voice(words: list[str], keys: list[str]) -> bool:
    """Return True when a quoting verb's object may be whose words it repeats: one the story
    knows, a person or a name ("the harbour master", "a lawyer", "Lincoln", "from the
    Bible") or something said or written ("a statement"); not bare figures or reasons, nor
    a thing no voice ("cited safety concerns", "quoted a price of £5": the subject's own
    case, so a quote after it may still be theirs)."""
    rest = words[1:] if keys[0] in _AUTHORED else words
    if not rest:
        return False
    if rest[0].casefold() in DETERMINERS - {"a", "an"}:
        return True  # one the story knows ("the harbour master", "his predecessor")
    if _person_after(rest) or any(is_capitalised(w) for w in rest[:3]):
        return True
    return any(k in _SAID_THINGS or singular(k) in _SAID_THINGS for k in keys)


def _person_after(words: list[str]) -> bool:
    """Return True when `words` open with a person: a person noun after at most a
    determiner and a word ("his son", "the late president") or a name ("Yeats")."""
    if words and words[0].casefold() in DETERMINERS:
        return any(_a_person_noun(w.casefold()) for w in words[1:3])
    return bool(words) and is_capitalised(words[0])


def _a_person(word: str, key: str) -> bool:
    """Return True when a possessive's owner (`word` as written, `key` without its "'s") is a
    person noun or a name."""
    return _a_person_noun(key) or is_capitalised(word)


def _a_person_noun(key: str) -> bool:
    key = key.strip(".,;:!?'’")
    return key in PERSON_NOUNS | ROLE_NOUNS or singular(key) in PERSON_NOUNS | ROLE_NOUNS


def reads_out(verb: str, after: str) -> bool:
    """Return True when a verb of reading out or quoting, with `after` the words after it in
    its sentence, sets another voice's words ("read the poem:", "quoted the minister:"), so
    the quote it introduces is not its subject's."""
    key = verb.casefold()
    reading = _READING.fullmatch(key) or _QUOTING.fullmatch(key)
    return reading is not None and relays_another(verb, after)
