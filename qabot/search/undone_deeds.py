"""Deeds written but not told done: a sentence may write the verb a question asks of
(`why_deeds`) as going on ("the host was \"recovering\""), as what may be ("the airline could
also win"), as a condition ("happy if Ofcom accepts them") or as denied ("the FBI does not
engage in the practice of sending e-mails", "Baros denied suggestions he wanted to leave").

The first three tell no outcome: "did X win?" is not answered by them. A denial tells "did X
...?" that X did not, but contradicts "why did X ...?", which takes the deed as done (unless the
question is itself negated: "why didn't X ...?"). Each verb form of the sentence is read with
the BEFORE letters before it; a sentence writing none of the verb's forms (a synonym may tell
it) is none of these.

A deed may also be told of another: "May's chairman Gene Kahn resigned" for "why did
Federated's chairman Terry Lundgren resign", "a debate between Mr Blair and John Major was also
cancelled" for "why did Blair call off his news conference": a name the question does not hold
stands right before each form of the verb (auxiliaries between), away from where the sentence
opens, or reported of it right before ("Everasia is reported by Reuters to have won a
contract" for "why did Petrel win the contract": `done_by_another`). A verb joined by "and" to
the predicate before it ("Velmor launched its kettle in May and has already raised prices")
shares that predicate's subject: the name the sentence opens with, when a verb follows it
(a word ending in "-ed" or "-s", or an auxiliary: "Last year Velmor ..." opens with no name).

A past participle between an article and the noun it describes ("tested positive for a
banned substance") names a kind of thing, not a deed anyone did: `only_attributive`.
"""

from __future__ import annotations

import re

from qabot.search.said_negation import DENIAL
from qabot.text import tokenize
from qabot.text.patterns import LazyPattern, lazy

BEFORE = 60  # letters before a verb read for what makes it not done
_WORD = lazy(r"[\w'’&-]+")
_GOING_ON = lazy(r"\b(?:is|was|are|were|been|be|am)\s+(?:still\s+)?[\"“'‘]?$", re.I)
_UNDONE = lazy(
    r"(?:\b(?:would|could|may|might|will|can|should|shall|must)"
    r"(?:\s+(?:also|still|yet|now|soon|then|not|be|have|been|eventually|finally))*"
    r"|\b(?:if|whether|unless)(?:\s+[\w'’-]+){1,3})\s+$",
    re.IGNORECASE,
)
_DENIED = lazy(
    r"(?:\bnot|n['’]t|\bnever|\bdenie[sd]|\bdeny|\brefused?\s+to|\bfail(?:s|ed)?\s+to)"
    r"(?:\s+[\w'’-]+){0,5}\s+$",
    re.IGNORECASE,
)
# the word right before a verb, past auxiliaries and adverbs ("John Major was also cancelled"),
# or a report of it ("Everasia is reported by Reuters to have won", "named IOG, is reported to
# have won")
_DOER = lazy(
    r"([A-Z][\w'’.-]*)"
    r"(?:,?\s+(?:is|was|are|were)\s+(?:reported|said|believed|thought|understood|known)"
    r"(?:\s+by\s+(?:the\s+)?[A-Z][\w'’.-]*)?\s+to)?"
    r"(?:\s+(?:was|were|is|are|has|had|have|been|also|then|later|finally))*\s+$"
)

# a verb joined to the predicate before it: "... in May and has already raised"
_JOINED = lazy(
    r"\b[\w'’%-]+,?\s+and(?:\s+(?:was|were|is|are|has|had|have|been|also|then|later"
    r"|finally|already|now|since|even))*\s+$"
)
# the name a sentence opens with, its subject, before its verb: "Velmor launched", "The Velmor
# Group has" ("The" apart)
_OPENING_NAME = lazy(
    r"\s*(?:The\s+)?((?:[A-Z][\w'’.&-]*)(?:\s+[A-Z][\w'’.&-]*)*)"
    r"\s+(?:[a-z]+(?:ed|s)|had|was|were|is|are|will|would)\b"
)
# an article right before a past participle that describes the noun after it ("the banned
# substance", "a raised platform")
_ARTICLE = lazy(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
_PARTICIPLE = lazy(r"[\w'’-]+(?:ed|en)\s+[a-z]")


def negated(question: str) -> bool:
    """Return whether `question` is itself negated ("why didn't X ...?", "why did no one
    ..."): the words that deny are said_negation's, one list for every question reader."""
    return DENIAL.search(question) is not None


def not_done(sentence: str, verb: frozenset[str]) -> bool:
    """Return whether `sentence` writes the verb of terms `verb` only as going on, as what may
    be or as a condition (see the module docstring)."""
    forms = _forms(sentence, verb)
    return bool(forms) and all(_undone(sentence, found) for found in forms)


def denied(sentence: str, verb: frozenset[str]) -> bool:
    """Return whether `sentence` writes the verb of terms `verb` only after a denial ("does not
    engage in sending", "denied he wanted to leave")."""
    forms = _forms(sentence, verb)
    return bool(forms) and all(_DENIED.search(_before(sentence, found)) for found in forms)


def done_by_another(
    sentence: str, verb: frozenset[str], asked: frozenset[str], written: LazyPattern | None = None
) -> bool:
    """Return whether each form of the verb of terms `verb` in `sentence` has right before it a
    name none of whose terms the question holds (`asked`: its terms), as its doer; `written`:
    the forms as a pattern instead ("won", which the analyzer keeps no term of)."""
    forms = _forms(sentence, verb) if written is None else list(written.finditer(sentence))
    return bool(forms) and all(_other_doer(sentence, found, asked) for found in forms)


def _other_doer(sentence: str, form: re.Match[str], asked: frozenset[str]) -> bool:
    """Return whether a name the question does not hold stands right before the verb `form`."""
    before = _before(sentence, form)
    doer = _DOER.search(before)
    if doer is None or not sentence[: form.start() - len(before) + doer.start(1)].strip():
        return _joined_to_another(sentence, form, asked)
    return asked.isdisjoint(tokenize(doer.group(1)))


def _joined_to_another(sentence: str, form: re.Match[str], asked: frozenset[str]) -> bool:
    """Return whether the verb `form` is joined by "and" to a predicate before it in a sentence
    opening with a name none of whose terms the question holds (its subject, and the verb's)."""
    if _JOINED.search(sentence, 0, form.start()) is None:
        return False
    opening = _OPENING_NAME.match(sentence)
    if opening is None or opening.end(1) >= form.start():
        return False
    terms = tokenize(opening.group(1))
    return bool(terms) and asked.isdisjoint(terms)


def only_attributive(sentence: str, verb: frozenset[str]) -> bool:
    """Return whether `sentence` writes the verb of terms `verb` only as a past participle
    between an article and the noun it describes ("the banned substance"): a kind of thing
    named, no deed told."""
    forms = _forms(sentence, verb)
    return bool(forms) and all(
        _ARTICLE.search(_before(sentence, found)) is not None
        and _PARTICIPLE.match(sentence, found.start()) is not None
        for found in forms
    )


def _forms(sentence: str, verb: frozenset[str]) -> list[re.Match[str]]:
    """Return the words of `sentence` that are forms of the verb of terms `verb`."""
    return [found for found in _WORD.finditer(sentence) if verb & set(tokenize(found.group()))]


def _before(sentence: str, form: re.Match[str]) -> str:
    """Return the BEFORE letters of `sentence` before the word `form`."""
    return sentence[max(0, form.start() - BEFORE) : form.start()]


def _undone(sentence: str, form: re.Match[str]) -> bool:
    """Return whether the verb `form` of `sentence` stands after words that tell it not done."""
    before = _before(sentence, form)
    going = form.group().casefold().endswith("ing") and _GOING_ON.search(before) is not None
    return going or _UNDONE.search(before) is not None
