"""Other forms of a word than stemming joins, found at question time: "overcrowded" for
"crowded", "Chinese" for "China", "shot" for "shooting", "invasion" for "invade".

A question in other words than an article's often uses another form of the same word; quote
ranking, who-said evidence and "what X said about Y" all count such a form as the word asked.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from qabot.search.asked_synonyms import table_synonyms
from qabot.text import tokenize
from qabot.text.lexicon import (
    DEMONYMS,
    IRREGULAR_FORMS,
    PEOPLE_ADJECTIVES,
    VERB_NOUNS,
)

# prefixes that make a word of a word ("overcrowded" of "crowded", "unreasonable" of
# "reasonable"): a question in other words often uses the other one
_PREFIXES = frozenset("over under out un non re mis dis counter anti pre post co self".split())
# stem endings British and American spelling part on (organise/organize, analyse/analyze,
# defence/defense), as the stemmer leaves them
_ENDINGS = (("is", "iz"), ("ys", "yz"), ("enc", "ens"))
# "-re" words (centre, theatre, fibre, meagre) stem to these endings; "-er" is the other side
_RE_ENDINGS = frozenset(("tr", "br", "gr"))
_ER_ENDINGS = frozenset(("ter", "ber", "ger"))
_VOWELS = frozenset("aeiouy")  # the stemmer's vowels: "y" among them


@cache
def _demonyms() -> dict[str, set[str]]:
    """Return a country and its adjective as stems, each way ("china" <-> "chines"), and a
    people's noun and its adjective ("briton" <-> "british")."""
    forms: dict[str, set[str]] = {}
    for country, adjective in (*DEMONYMS.items(), *PEOPLE_ADJECTIVES.items()):
        a, b = tokenize(country), tokenize(adjective)
        if len(a) == 1 and len(b) == 1 and a != b:
            forms.setdefault(a[0], set()).add(b[0])
            forms.setdefault(b[0], set()).add(a[0])
    return forms


def _derived(term: str) -> set[str]:
    """Return the stems a Latin-derived noun and its verb share beyond stemming: "invad" and
    "invas" (invade, invasion), "decid" and "decis", "admit" and "admiss"."""
    if len(term) < 5:
        return set()
    if term.endswith("d"):
        return {term[:-1] + "s"}
    if term.endswith("ss"):
        return {term[:-2] + "t"}
    if term.endswith("s") and term[-2] in "aeiou":
        return {term[:-1] + "d"}
    if term.endswith("t") and term[-2] in "aeiou":
        return {term[:-1] + "ss"}
    return set()


def _spellings(term: str) -> set[str]:
    """Return the stems of the other side's spelling of a word, British or American, that
    stemming keeps apart: "neighbourhood" and "neighborhood", "organis" and "organiz"
    (organise, organize), "centr" and "center", "defenc" and "defens". The BBC writes one,
    many saved web pages the other."""
    if len(term) < 5:
        return set()
    forms = set()
    # "-our" after a consonant or "i", not in the first syllable ("fourth", "mourn" are words)
    at = term.find("our", 2)
    if at > 0 and term[at - 1] not in "aeou":
        forms.add(term[:at] + "or" + term[at + 3 :])  # colour, labour, behaviour
    at = term.find("or", 2)
    if at > 0 and term[at - 1] not in "aeou":
        forms.add(term[:at] + "our" + term[at + 2 :])  # and back
    for british, american in _ENDINGS:
        if term.endswith(british):
            forms.add(term[: -len(british)] + american)
        elif term.endswith(american):
            forms.add(term[: -len(american)] + british)
    if term[-2:] in _RE_ENDINGS:
        forms.add(term[:-1] + "er")  # centre, theatre, litre (stemmed "centr")
    elif term[-3:] in _ER_ENDINGS and len(term) > 5:
        forms.add(term[:-2] + "r")
    return forms


@cache
def _irregular() -> tuple[dict[str, str], dict[str, set[str]]]:
    """Return the analysed irregular verb forms: form -> base ("shot" -> "shoot") and base ->
    forms, as stems."""
    base_of: dict[str, str] = {}
    forms_of: dict[str, set[str]] = {}
    for form, base in IRREGULAR_FORMS.items():
        stems, bases = tokenize(form), tokenize(base)
        if len(stems) == 1 and len(bases) == 1 and stems != bases:
            base_of[stems[0]] = bases[0]
            forms_of.setdefault(bases[0], set()).add(stems[0])
    return base_of, forms_of


@lru_cache(maxsize=1024)
def verb_forms(term: str) -> frozenset[str]:
    """Return the other forms of an irregular verb's form (stems): its base and the base's
    other forms, "see" and "seen" for "saw" ("saw no evidence" asked, "have seen no sign"
    written), "took" and "taken" for "take"; none for any other term. They are the verb's,
    never the noun's: "struck" for "strike" ("a deal struck" of "the strike")."""
    base_of, forms_of = _irregular()
    base = base_of.get(term, term)
    return frozenset({base, *forms_of.get(base, ())} - {term}) if base in forms_of else frozenset()


@cache
def _nouns_of_verbs() -> dict[str, set[str]]:
    """Return an action noun and its verb's forms as stems, each way ("sale" <-> "sell",
    "sold"): stemming keeps them apart, as it does a verb's irregular forms."""
    forms: dict[str, set[str]] = {}
    for noun, verb in VERB_NOUNS.items():
        nouns, verbs = tokenize(noun), tokenize(verb)
        if len(nouns) != 1 or len(verbs) != 1 or nouns == verbs:
            continue
        for form in {verbs[0], *verb_forms(verbs[0])}:
            forms.setdefault(nouns[0], set()).add(form)
            forms.setdefault(form, set()).add(nouns[0])
    return forms


def _affixed(term: str) -> set[str]:
    """Return the forms of a term (of five letters or more) that `kin_forms` makes by its
    affixes: with a prefix or without it, one or two letters off its end, its place adjective
    in "-ean" or back."""
    forms = {prefix + term for prefix in _PREFIXES}  # "crowd" -> "overcrowd"
    forms |= {term[len(p) :] for p in _PREFIXES if term.startswith(p)}  # and back
    forms |= {term[:-1], term[:-2]}  # "australian" -> "australia"
    # a place's adjective in "-ean" after the stem's dropped "e" ("europ", "european")
    forms.add(term[:-3] if term.endswith("ean") else term + "ean")
    return forms


def _unstemmed_plural(term: str) -> set[str]:
    """Return the plural or singular of a term with no vowel but at its end, which the stemmer
    keeps apart ("mps" and "mp": MPs' salaries asked of an "MP"; "tvs", "dvds", "pcs"): the
    Porter stemmer drops a plural "s" only after a vowel that is not just before it."""
    if not term.isalpha() or len(term) < 2:
        return set()
    if term.endswith("s") and len(term) >= 3 and not _VOWELS.intersection(term[:-2]):
        return {term[:-1]}
    return set() if _VOWELS.intersection(term[:-1]) else {term + "s"}


@lru_cache(maxsize=1024)
def _looked_up(term: str) -> frozenset[str]:
    """Return every form `kin_forms` may find for `term` by a lookup (all but the longer words
    of the vocabulary it opens): a term's forms are asked of every passage shown."""
    forms = set(verb_forms(term))
    forms |= _demonyms().get(term, set()) | _derived(term) | _spellings(term)
    forms |= _unstemmed_plural(term) | _nouns_of_verbs().get(term, set())
    if len(term) >= 5:
        forms |= _affixed(term)
    return frozenset(forms)


def _may_have_kin(terms: list[str], vocabulary: set[str], opening: list[str]) -> bool:
    """Return False only when `kin_forms` finds nothing: no two adjacent terms written as one,
    no form of a term looked up, no longer word opening with a term of five letters or more
    (`opening`: the words of the vocabulary opening with one, sorted). A few set lookups, where
    finding the forms costs ~10 us a term."""
    for first, second in itertools.pairwise(terms):
        if first + second in vocabulary:
            return True
    for term in terms:
        if not _looked_up(term).isdisjoint(vocabulary):
            return True
        if len(term) >= 5:
            at = bisect.bisect_right(opening, term)
            if at < len(opening) and opening[at].startswith(term):
                return True
    return False


def kin_forms(query: Iterable[str], vocabulary: set[str]) -> dict[str, list[str]]:
    """Return the words of `vocabulary` that are forms of a query term beyond what stemming
    joins, each with the terms it stands for: the term with a prefix ("overcrowd" for "crowd")
    or a short ending ("australian" for "australia"), or the other way round; an irregular
    form of the same verb ("shot" for "shooting", "sell" for "sold"); a verb's action noun
    ("sale" for "sold", "death" for "died"); a country's adjective
    ("Chinese" for "China"); a Latin noun of a verb ("invasion" for "invade"); two query words
    written as one ("dotcom" for "dot-com"). Found by lookups from the few query terms, never by
    comparing every pair."""
    terms = list(query)
    long = tuple({term for term in terms if len(term) >= 5})
    # only the few words opening with a long term are sorted, not the whole vocabulary (which
    # cost more than the rest of a call): one pass in C finds them
    opening = sorted(word for word in vocabulary if word.startswith(long)) if long else []
    if not _may_have_kin(terms, vocabulary, opening):
        return {}  # most calls: a passage holds no other form of the words it lacks
    return _found_kin(terms, vocabulary, opening)


def _found_kin(terms: list[str], vocabulary: set[str], opening: list[str]) -> dict[str, list[str]]:
    """Return `kin_forms` of `terms`, found form by form (`opening`: the words of the vocabulary
    opening with a term of five letters or more, sorted)."""
    kin: dict[str, list[str]] = {}
    for first, second in itertools.pairwise(terms):
        if first + second in vocabulary:  # "dot-com" asked, "dotcom" written
            kin.setdefault(first + second, []).extend([first, second])
    for term in dict.fromkeys(terms):
        for form in verb_forms(term) & vocabulary:
            kin.setdefault(form, []).append(term)
        for form in (_demonyms().get(term, set()) | _derived(term)) & vocabulary:
            kin.setdefault(form, []).append(term)  # "chines" for "china", "invas" for "invad"
        for form in _spellings(term) & vocabulary:
            kin.setdefault(form, []).append(term)  # "neighborhood" for "neighbourhood"
        for form in _unstemmed_plural(term) & vocabulary:
            kin.setdefault(form, []).append(term)  # "mps" for "mp"
        for form in _nouns_of_verbs().get(term, set()) & vocabulary:
            kin.setdefault(form, []).append(term)  # "sold" for "sale"
        if len(term) < 5:
            continue
        forms = _affixed(term)
        at = bisect.bisect_right(opening, term)  # "australia" -> "australian"
        while at < len(opening) and opening[at].startswith(term):
            if len(opening[at]) - len(term) <= 2:
                forms.add(opening[at])
            at += 1
        for form in forms:
            if len(form) >= 5 and form != term and form in vocabulary:
                kin.setdefault(form, []).append(term)
    return kin


def synonym_forms(query: Iterable[str], vocabulary: set[str]) -> dict[str, list[str]]:
    """Return the words of `vocabulary` that are synonyms of a query term ("error" for
    "mistake", "comment" for "remark"), each with the terms it stands for, as `kin_forms`
    does: a reader's question seldom repeats the quote's words (a stem's synonyms are what
    `SYNONYM_GROUPS` stemmed whole gives, `asked_synonyms.table_synonyms`)."""
    kin: dict[str, list[str]] = {}
    for term in dict.fromkeys(query):
        for other in table_synonyms(term) & vocabulary:
            kin.setdefault(other, []).append(term)
    return kin


def spelling_variants(terms: Iterable[str]) -> list[str]:
    """Return the other side's spellings of `terms` (British or American, `_spellings`), new
    ones only, for a search to find an article written the other way."""
    asked = set(terms)
    return sorted({form for term in asked for form in _spellings(term)} - asked)


def with_kin(documents: Sequence[Sequence[str]], kin: dict[str, list[str]]) -> list[Sequence[str]]:
    """Return `documents` holding a query term wherever they hold a form of it (`kin_forms`);
    a document gaining one is a new list, the others are returned as they are (tuples too)."""
    if not kin:
        return list(documents)
    # most documents hold no form at all: told by one pass in C before any is rebuilt
    return [
        [*doc, *(q for t in doc if t in kin for q in kin[t])]
        if not kin.keys().isdisjoint(doc)
        else doc
        for doc in documents
    ]
