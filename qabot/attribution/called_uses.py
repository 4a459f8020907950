"""Called: whether "called" after a speaker reports words or does something else (inside
`qabot.attribution.cue_context`).

"Ruiz called the plan a disaster" reports what Ruiz said; "a group called Black Votes Matter"
names something, "Lee called the police after the break-in" and "calls via the net" are
telephone calls, and none of those may become a quote of anyone.
"""

from __future__ import annotations

from qabot.attribution.bare_clauses import finite_verbs
from qabot.attribution.quote_marks import MASK, QUOTE_MARKS
from qabot.text.lexicon import MONTHS, ORGANISATION_WORDS, PERSON_NOUNS, WEEKDAYS
from qabot.text.patterns import lazy

CALLED = frozenset(["called", "calls"])
_PHRASAL_PARTICLES = frozenset("into in back off up out".split())
# a call's route or destination: "calls via the net", "called to the scene", "calls to landlines"
_ROUTES = frozenset("to via into through between from".split())
# what may follow the person or body telephoned: the clause goes on with when or why
_AFTER_CALLEE = frozenset(
    "while when after before as and but on at in from about because until".split()
)
_OBJECT_PRONOUNS = frozenset("him her them me us it".split())
# after the person telephoned and a comma: the sentence goes on ("called the police, who came")
_AFTER_COMMA = frozenset("who which and but then said says".split())
# a destination after "to": "calls to landlines", "called to the scene"; not "calls to ban"
_DESTINATION_WORDS = frozenset("the a an his her their its our my other ordinary".split())
_RELATIVE = frozenset("which what that whom".split())
_TIME_WORDS = frozenset([*WEEKDAYS, *MONTHS, "today", "yesterday"])
_CALLEE_DETERMINERS = frozenset("the a an his her their its our my".split())
_INDEFINITE = frozenset("a an one another".split())
# the head of a callee of several words: a body ("brigade", "service") or a person ("doctor")
_CALLEE_NOUNS = ORGANISATION_WORDS | PERSON_NOUNS | frozenset(["brigade", "brigades"])
# adverbs before a name given to a thing in apposition ("the firm, formerly called Acme,")
_NAMING_ADVERBS = frozenset(
    "now also formerly later since once originally often sometimes".split()
)
_NAMED_APPOSITION = lazy(
    r"(?:(?:" + "|".join(sorted(_NAMING_ADVERBS)) + r")\s+)?(?:called|known\s+as|renamed)"
    r"(?:\s+[A-Z0-9][\w'’.&-]*)+"
)


def named_apposition(part: str) -> bool:
    """Return True for a name given in apposition to what comes before it, no words said ("now
    called Trump National Doral" of "at the resort, now called Trump National Doral, ...")."""
    return _NAMED_APPOSITION.fullmatch(part.strip()) is not None


def naming(left: str, masked: str, content_at: int, end: int) -> bool:
    """Return True when "called" names something or is a telephone call instead of reporting
    words: "a group called Black Votes Matter", "party leaders, called superdelegates", "Obama
    called Naghmeh Abedini", "called the police while on his way", "called into the show";
    not "called the plan a disaster"."""
    words = masked[content_at:end].split()
    head = masked[content_at:end].split(",", 1)[0].split()
    before = left.split()
    if (
        (
            before[-1:] in (["so-"], ["so"])
            # "the resort, now called Trump National Doral,": a thing's name after an apposed
            # adverb, after a comma; not "X has also called the plan ..."
            or (before[-2:-1] and before[-2].endswith(",") and before[-1] in _NAMING_ADVERBS)
        )
        or (
            # ", called superdelegates,": an apposition naming what came before, not "X,
            # speaking on the radio, called Trump a “blowhard”"
            left.rstrip().endswith(",")
            and len(head) <= 2
            and "," in masked[content_at:end]
            and not any(MASK in w or w[:1] in QUOTE_MARKS for w in head)
        )
    ):
        return True
    if not words or words[0].casefold() in _PHRASAL_PARTICLES:
        return True
    if masked[:content_at].rstrip().endswith(("called for", "called on", "calls for", "calls on")):
        return False  # "called for a new ferry": a demand, its words follow
    quoted = any(MASK in w or w[:1] in QUOTE_MARKS for w in words)
    if _route(words) or (
        words[0] in {"a", "an"} and not quoted and _RELATIVE.isdisjoint(left.split()[-6:])
    ):
        # "calls via the net", "called a press conference"; not 'what he called a "farce"'
        return True
    named = 0
    while named < len(words) and (words[named][:1].isupper() or words[named][:1].isdigit()):
        named += 1
    rest = words[named:]
    if (
        not quoted
        and _indefinite_before(left)
        and (
            named  # "a woman called Sacheen Littlefeather", "an EP called Lifeblood"
            # "one form of spyware called adware has ...": one word, then its verb
            or (len(words) > 1 and (words[0].endswith(",") or finite_verbs(words[1:2]) > 0))
        )
    ):
        return True
    # only a name follows, to the clause's end or to its verb ("a group called Black Votes
    # Matter is trying ..."): no complement ("a liar", "“a disgrace”")
    if named > 0 and (
        not rest or rest[0].casefold() in {"which", "who", "that"} or finite_verbs(rest[:1]) > 0
    ):
        return True
    return not quoted and _telephoned(words)


def telephone_clause(words: list[str]) -> bool:
    """Return True when a phrase read before a cue is a clause of a telephone call ("A man
    called the police, said a neighbour": the neighbour speaks), not a name ("a man called
    John")."""
    for at in range(1, len(words) - 1):
        if words[at] in CALLED and words[at + 1].casefold() in _CALLEE_DETERMINERS:
            return _telephoned(words[at + 1 :])
    return False


def _telephoned(words: list[str]) -> bool:
    """Return True when the words after "called" are someone telephoned and no complement:
    "called the police, who came", "called the Harris County Sheriff's Office asking
    questions", "called him on Monday"; not "called the change pragmatic", "called it a
    sham", "called the new targets “impressive”" (`naming` has ruled out a quote among
    them: 'called the dip in March "a very mild decline"')."""
    if words[-1].endswith(":"):
        return False  # "called them on it: “...”": the words follow
    at = 0
    if words[0].casefold() in _OBJECT_PRONOUNS:
        at = 1
    else:
        if words[0].casefold() in _CALLEE_DETERMINERS:
            at = 1
        start = at
        while at < len(words) and words[at][:1].isupper() and MASK not in words[at]:
            at += 1
            if words[at - 1].endswith((",", ".", ";")):
                break
        if at == start:
            if start == 0 or at >= len(words) or MASK in words[at]:
                return False  # "called anything ...": no callee read
            at += 1  # "the police", "an ambulance": one word only
            at = _callee_end(words, at)  # "the fire brigade", "her family doctor"
    if any(w.strip(",.;:").casefold() in _TIME_WORDS for w in words[:at]):
        return False  # "called Wednesday for ...": when, not whom
    callee = words[at - 1]
    if at >= len(words):
        return True  # a period inside the words is a title's ("Mr."), not the sentence's end
    if callee.endswith((";", ":")):
        return True
    if callee.endswith(","):
        return words[at].casefold() in _AFTER_COMMA  # not "called the angry, divisive ..."
    following = words[at].casefold()
    if following in _AFTER_CALLEE:
        return True
    # "asking questions", not the complement "disappointing." or "disappointing and rash"
    return (
        (callee[:1].isupper() or callee.casefold() in _OBJECT_PRONOUNS)
        and following.endswith("ing")
        and len(following) > 5
        and not following.endswith("thing")
        and following[-1].isalpha()
        and at + 1 < len(words)
        and words[at + 1].casefold() not in {"and", "but", "or"}
    )


def _callee_end(words: list[str], at: int) -> int:
    """Return where a callee of lower-case words ends when one or two more words after its
    first end it with a body or a person ("the fire brigade", "the fire service", "her family
    doctor"), else `at` (the first word alone: "the police"). Never a complement: "called the
    plan pragmatic" ends with no such noun."""
    for extra in range(at, min(at + 2, len(words))):
        word = words[extra]
        if not word.rstrip(",.;:").isalpha() or not word[:1].islower():
            return at
        if word.rstrip(",.;:") in _CALLEE_NOUNS:
            return extra + 1
        if word[-1] in ",.;:":
            return at
    return at


def _route(words: list[str]) -> bool:
    """Return True when the words after "called" or "calls" say where the call went: "via the
    net", "to landlines", "to the scene"; not "to ban imports" (a demand)."""
    first = words[0].casefold()
    if first != "to":
        return first in _ROUTES
    after = words[1] if len(words) > 1 else ""
    return (
        after.casefold() in _DESTINATION_WORDS
        or after[:1].isupper()
        or after[:1].isdigit()
        or (after.endswith("s") and not after.endswith("ss"))
    )


def _indefinite_before(left: str) -> bool:
    """Return True when the words right before "called" are an indefinite noun phrase with no
    comma: "a woman", "an umbrella organisation", "one form of spyware" (something named next),
    not "A spokesman, asked about it," nor "Lee"."""
    tail = left.rstrip()
    if not tail or tail[-1] in ",;:":
        return False
    words = tail.split()[-5:]
    for back in range(len(words) - 1, -1, -1):
        word = words[back].casefold()
        if word in _INDEFINITE:
            between = words[back + 1 :]
            return bool(between) and all(w.isalpha() for w in between)
        if not words[back].isalpha():
            return False
    return False
