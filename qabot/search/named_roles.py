"""A speaker phrase that names someone and says where they work or what they do beside the
name: "Ada Vale, the county spokeswoman", "the county spokeswoman, Ada Vale", "Ada Vale of the
CBI". The name says who is meant; the role only tells apart people who share the name, for a
name no article gives is nobody whom a role's holder may stand in for (`qabot.search.resolution`
and `qabot.search.names_in_phrases`)."""

from __future__ import annotations

from collections.abc import Callable

from qabot.attribution import is_description
from qabot.indexing import Index
from qabot.search.resolution_record import Resolution
from qabot.text import tokenize
from qabot.text.lexicon import BODY_TIES, ORGANISATION_WORDS, PERSON_NOUNS, TITLE_WORDS, role_words
from qabot.text.patterns import lazy

MAX_NAME_WORDS = 4  # "Maria de la Vega": a name longer than this is a phrase
_DETERMINERS = frozenset({"the", "a", "an"})
_APART = lazy(r"\s+[-–—](?:\s+|$)|\s*[()]\s*")


def _bare_word(word: str) -> bool:
    """Return whether `word` is letters alone, apart from hyphens, apostrophes and the full
    stop of an initial ("O'Neill", "Jean-Paul", "J.")."""
    return word.replace("-", "").replace("'", "").replace("’", "").replace(".", "").isalpha()


def _name_words(words: list[str]) -> bool:
    """Return whether `words` may be a person's name: no role, title or little word among
    them, each of letters (a title may open it: "Dr Ada Vale")."""
    if (
        len(words) > 1
        and words[0].casefold().rstrip(".") in TITLE_WORDS
        and not role_words(words[0]) & PERSON_NOUNS  # "Dr", "Sir"; not "adviser", a role
    ):
        words = words[1:]
    return 1 <= len(words) <= MAX_NAME_WORDS and not any(
        role_words(word) & PERSON_NOUNS
        or word.casefold() in TITLE_WORDS | _DETERMINERS | BODY_TIES
        or not _bare_word(word)
        for word in words
    )


def name_and_role(phrase: str) -> tuple[str, str] | None:
    """Return the name and the role of a phrase giving both apart by a comma ("Ada Vale, the
    county spokeswoman" and "the county spokeswoman, Ada Vale" are ("Ada Vale", "the county
    spokeswoman")), or None: the role a description ("the harbour master", "Labour leader"),
    the name words no role or title is, read as typed in any case."""
    # a dash or brackets set a role apart as a comma does ("Ada Vale - the county spokeswoman
    # -", "Ada Vale (county spokeswoman)")
    marked = _APART.sub(",", phrase)
    parts = [part.strip() for part in marked.strip(" ,").split(",")]
    if len(parts) != 2 or not all(parts):
        return None
    for name, role in (parts, parts[::-1]):
        if (
            _name_words(name.split())
            and not is_description(name)
            and (is_description(role) or any(role_words(w) & PERSON_NOUNS for w in role.split()))
        ):
            return name, role
    return None


def name_before_affiliation(phrase: str) -> str | None:
    """Return the two or three words a speaker phrase opens with before "of", "at", "from",
    "for" or "with" ("fiona quennell of the CBI", "Ada Vale at the council"), when none is a
    role, title or small word: a name and where the person works ("the mayor of York" and
    "chief economist of the CBI" are roles)."""
    words = phrase.split()
    at = next((i for i, word in enumerate(words) if word.casefold() in BODY_TIES), None)
    if at is None or not 2 <= at <= 3 or at == len(words) - 1:
        return None
    return " ".join(words[:at]) if _name_words(words[:at]) else None


def surname_at_body(index: Index, phrase: str) -> Resolution | None:
    """Return who "williams of the lawyers christian fellowship" means: of the people quoted
    under the one word before "of", "at", "from", "for" or "with" (a surname), the one the
    articles give the body after it as their role, by its words or its initials ("The LCF's
    Andrea Williams"), whatever the topic; None when not exactly one of them is given it. A
    lone word before "of" is more often a role or a body's word ("mayor of York", "bank of
    England"): it must be a name word, and people must be quoted under it as a surname. The
    body must be given whole: a body's head noun is the word bodies share ("Miller at the
    Department of Energy" is not the Miller of a police department, and "Bank of Japan
    official X" names no one called Bank)."""
    words = _word_before_tie(phrase)
    if words is None:
        return None
    body = words[3:] if words[2].casefold() in _DETERMINERS else words[2:]
    match = index.speakers.match(words[0])
    if not body or match.how != "surname":
        return None
    # the body's initials too: "lawyers christian fellowship", as readers type it, is the
    # articles' "Lawyers' Christian Fellowship (LCF)"
    for role in (" ".join(body), *index.initialisms.initials_of(" ".join(body))):
        shares = {person: index.speakers.role_share(person, role) for person in match.people}
        best = max(shares.values(), default=0.0)
        given = [person for person, share in shares.items() if share == best]
        if best >= 1 and len(given) == 1:
            return Resolution(person=given[0], how="surname")
    return None


def _word_before_tie(phrase: str) -> list[str] | None:
    """Return the words of a phrase of one name word, then "of", "at", "from", "for" or "with",
    then at least one word ("williams of the ..."): the shape both `surname_at_body` and
    `surname_before_body` read; None for any other."""
    words = phrase.split()
    if len(words) < 3 or words[1].casefold() not in BODY_TIES or not _name_words(words[:1]):
        return None
    return words


def surname_before_body(index: Index, phrase: str) -> str | None:
    """Return the surname a phrase opens with before "of", "at", "from", "for" or "with"
    ("Williams at the Association of Directors of Social Services" -> "Williams"): a name
    word people are quoted under as their surname. Such a phrase names someone so called, so
    a holder of a role of the body called otherwise is not who is meant."""
    words = _word_before_tie(phrase)
    # "Church of Scotland": a body's own word
    if words is None or words[0].casefold() in ORGANISATION_WORDS:
        return None
    match = index.speakers.match(words[0])
    if match.how not in {"surname", "name"} or not any(
        person.split()[-1].casefold() == words[0].casefold() and " " in person
        for person in match.people
    ):
        return None
    return words[0]


def name_after_owner(phrase: str) -> str | None:
    """Return the name after an owner's possessive ("the BBC's Ada Vale", "Rovers' Gus Penrose"
    -> the name): one to four words, no role among them, nor a kind of body ("the sheriff's
    office" is a body, not someone called Office)."""
    words = phrase.replace("’", "'").split()
    owner = max((i for i, word in enumerate(words) if word.endswith(("'s", "s'"))), default=None)
    if owner is None or owner == len(words) - 1:
        return None
    name = words[owner + 1 :]
    if any(word in ORGANISATION_WORDS for word in name):  # as typed: "Office" may be a name
        return None
    return " ".join(name) if _name_words(name) else None


def named_in_role(
    index: Index, name: str, role: str, resolve: Callable[[str], Resolution]
) -> Resolution:
    """Return who "Ada Vale, the county spokeswoman" means: whom the name means (`resolve`),
    the role telling apart those who share it (the one the articles give most of its words,
    when only one); nobody when no one quoted has the name, whoever holds the role."""
    found = resolve(name)
    if found.person is None or found.how == "role":
        return Resolution(person=None)
    if not (found.unsure or found.ask):
        return found
    people = [found.person, *(p for p in found.choices if p != found.person)]
    if found.ask:
        people += [p for p in index.speakers.match(name).people if p not in people]
    shares = {p: index.speakers.role_share(p, role) for p in people}
    best = max(shares.values(), default=0.0)
    fits = [p for p in people if shares[p] == best]
    if best > 0 and len(fits) == 1:
        return Resolution(person=fits[0], how=found.how)
    return found


def surname_at_workplace(index: Index, phrase: str) -> Resolution | None:
    """Return who "millan from latinohiphopradio" means when no one is given the body as a
    role (`surname_at_body`): the one person quoted under the surname, when an article quoting
    them writes the body's words together (where they work or what they run is told there,
    not as their role). None when several people share the surname or no article of theirs
    writes the body: a workplace the articles never tie to them names no one."""
    surname = surname_before_body(index, phrase)
    if surname is None:
        return None
    people = [
        person
        for person in index.speakers.match(surname).people
        if person.split()[-1].casefold() == surname.casefold()
    ]
    body = tokenize(" ".join(phrase.split()[2:]))
    if len(people) != 1 or not body:
        return None
    articles = dict.fromkeys(quote.article_id for quote in index.speakers.quotes_of(people[0]))
    for article_id in articles:
        for passage in index.passages_of(article_id):
            terms = tokenize(passage.text)
            if any(terms[at : at + len(body)] == body for at in range(len(terms))):
                return Resolution(person=people[0], how="surname")
    return None
