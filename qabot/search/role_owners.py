"""Role owners: whether a role's holder is the owner's ("the NATO chief", "the Celtic boss"), for
`qabot.search.resolution`.

A role asked with an owner is held by someone only when a sentence ties the owner to their role:
a role phrase beside their name ("Celtic boss X", "X of Celtic") or beside the cue of one of
their quotes. An article that merely names the owner is not enough.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace

from qabot.attribution import Match, is_group, may_name, ties
from qabot.attribution.speaker_words import role_word
from qabot.indexing import Index
from qabot.records import Passage, Quote
from qabot.search.article_hits import hits_in_articles
from qabot.search.article_reads import ArticleReads
from qabot.search.counterparts import counterpart_of
from qabot.search.owner_phrases import bare_role, owner_by_its_noun
from qabot.search.owner_stories import OWNER_PASSAGES, about_owner, capitalised
from qabot.search.owning_people import owning_person
from qabot.search.quoted_words import names_in, unquoted
from qabot.search.role_announcements import announced
from qabot.text import tokenize
from qabot.text.lexicon import ROLE_NOUNS, by_other_party_name
from qabot.text.lexicon.places import DEMONYMS, NATIONALITIES, place_adjective
from qabot.text.patterns import lazy

OWN_ARTICLES = 3  # articles read per person when the owner is a common word ("WHO")
UNRECORDED_ARTICLES = 20  # articles read for a role's holder no recorded role shows


def unrecorded_holders(index: Index, match: Match) -> list[str]:
    """Return the named people quoted in the articles whose passages hold the owner's words and
    a form of the role asked ("KDB" and "governor"), with no such role recorded for them, most
    quoted first."""
    terms = list(dict.fromkeys(tokenize(" ".join(match.owner_words))))
    if not terms or not match.roles:
        return []
    role = re.compile(  # "general" is no word of "secretary-general"
        r"(?<![\w-])(?:" + "|".join(re.escape(r) for r in sorted(match.roles)) + r")s?\b",
        re.IGNORECASE,
    )
    articles = list(
        dict.fromkeys(
            passage.article_id
            for passage in _owner_passages(index, terms, match)
            if role.search(passage.text)
        )
    )[:UNRECORDED_ARTICLES]
    directory = index.speakers
    people = dict.fromkeys(
        directory.canonical(quote) for quote in index.quotes_of_articles(articles)
    )
    # someone whose recorded roles hold the role asked was weighed, and left out, by the role
    # match already ("Harbour Bank deputy governor X" is no "Harbour Bank governor")
    named = [
        p
        for p in people
        if len(p.split()) > 1
        and not is_group(p)
        and p[:1].isupper()
        and match.roles.isdisjoint(directory.roles_of(p))
    ]
    return sorted(named, key=lambda p: -directory.count(p))


def owned(
    index: Index, people: list[str], match: Match, *, max_people: int, strict: bool = False
) -> list[str]:
    """Return `people` without those whose role lacks the question's owner ("Bolger" of
    "Bolger's lawyer", "NATO" of "the NATO chief") unless a sentence ties it to them: a role
    phrase beside their name ("Celtic boss X", "X of Celtic") or beside the cue of one of their
    quotes ("..., the NATO chief said"). An article that merely names the owner is not enough:
    "the head of the Red Cross" went to a football manager, "the WHO head" to anyone at all.
    `strict`, for people given no such role by the articles: only a role phrase counts. Articles
    are read for no more than `max_people` when the owner is no search term. A party owning the
    role is its party by either of its names: "the Tory health spokesman" is whom a sentence
    calls "Conservative health spokesman" too."""
    kept = _owned(index, people, match, max_people=max_people, strict=strict)
    other = by_other_party_name(" ".join(match.owner_words))
    if other is None:
        return kept
    also = _owned(
        index, people, replace(match, owner_words=tuple(other.split())), max_people=max_people,
        strict=strict,
    )  # fmt: skip
    rank = {person: at for at, person in enumerate(people)}  # the role match's order
    either = list(dict.fromkeys([*kept, *also]))
    return sorted(either, key=lambda person: rank.get(person, len(people)))


def _owned(
    index: Index, people: list[str], match: Match, *, max_people: int, strict: bool
) -> list[str]:
    """Return `owned` for the owner as `match` words it."""
    owner_words, unowned = match.owner_words, match.unowned
    terms = list(dict.fromkeys(tokenize(" ".join(owner_words))))
    by_article: dict[str, list[Passage]] = {}
    # only the articles of those weighed are read: the others' passages would go unused
    theirs = {a for p in people if p in unowned for a in index.speakers.articles_of(p)}
    for passage in _owner_passages(index, terms, match, theirs) if terms else []:
        by_article.setdefault(passage.article_id, []).append(passage)
    kept = []
    reads = ArticleReads(index)  # each article read once for all those weighed
    owning = owning_person(index, " ".join(owner_words))  # the person owning the role, if any
    for person in people:
        if person not in unowned:
            kept.append(person)
            continue
        if not terms and len(kept) < max_people:  # "WHO" is no search term: read a few
            for article in index.speakers.articles_of(person)[:OWN_ARTICLES]:
                by_article.setdefault(article, reads.passages(article))
        shared = [a for a in index.speakers.articles_of(person) if a in by_article]
        if shared and (
            _tied(reads, person, shared, by_article, match, owning, strict=strict)
            or (strict and announced(index, person, shared, by_article, match))
            or counterpart_of(index, person, shared, match, reads)
        ):
            kept.append(person)
    return list(dict.fromkeys(_named_for(index, person, people, match) for person in kept))


def _owner_passages(
    index: Index, terms: list[str], match: Match, articles: Collection[str] | None = None
) -> list[Passage]:
    """Return the passages searched for the owner's words with the role's first, then for the
    owner's words alone, each once: an owner the archive writes everywhere ("BBC") fills the
    passages searched for its words alone, the one writing the role beside a name ("former
    Olympian and BBC pundit X") not among them. With `articles`, only those of them in these
    articles (the same passages, fewer read)."""
    with_role = list(dict.fromkeys([*terms, *tokenize(" ".join(sorted(match.roles)))]))
    searched = [with_role, terms] if with_role != terms else [terms]
    found = (
        passage
        for words in searched
        for passage, _ in (
            index.engine.search(words, OWNER_PASSAGES)
            if articles is None
            else hits_in_articles(index, words, OWNER_PASSAGES, articles)[0]
        )
    )
    return list({(p.article_id, p.start): p for p in found}.values())


def _named_for(index: Index, person: str, people: list[str], match: Match) -> str:
    """Return the named holder a bare role label stands for ("Bishop", of "according to the
    Bishop", is "the Bishop of Durham, the Rt Rev Dr Tom Wright" of the same article), or the
    person as given: a label ties to its owner by its own word, the name further off."""
    if " " in person or person.casefold() not in match.roles:
        return person
    articles = set(index.speakers.articles_of(person))
    for other in people:
        if (
            " " in other
            and person.casefold() in index.speakers.roles_of(other)
            and articles.intersection(index.speakers.articles_of(other))
        ):
            return other
    return person


def _tied(
    reads: ArticleReads,
    person: str,
    articles: list[str],
    by_article: dict[str, list[Passage]],
    match: Match,
    owning: str | None,
    *,
    strict: bool = False,
) -> bool:
    """Return whether a sentence of `articles` ties the owner to `person`'s role: at least
    half its words ("United's chief executive" for "Manchester United"), the others named in
    the same article ("the Reserve Bank" in a story about Australia). `owning`: the person the
    owner is, if one is (`owning_person`)."""
    owner, index = match.owner_words, reads.index
    name = [w for w in person.split() if w[:1].isupper()][-1:]  # the surname, as written
    # the owner before the name with no role ("Celtic's Neil Lennon") only for someone the
    # articles give the role asked, or when the role is none we know ("Empire's critic")
    bare = not (match.roles & ROLE_NOUNS) or bool(match.roles & index.speakers.roles_of(person))
    # a person owns a role only where a phrase says so ("Howard's spokesman X"): never by
    # being named in a sentence giving someone the role ("spokesman X said Michael Howard ...")
    if owning == person:
        return False  # "Howard's spokesman" is never Michael Howard
    person_owner = owning is not None
    loose = not strict and not person_owner
    found: dict[str, set[str]] = {}
    quoted: dict[str, list[Quote]] = {}  # what the articles quote anyone saying
    for quote in reads.quotes(articles):
        quoted.setdefault(quote.article_id, []).append(quote)
    spoken = {a: [(q.start, q.end) for q in them] for a, them in quoted.items()}
    for quote in (q for them in quoted.values() for q in them):
        if index.speakers.canonical(quote) == person:
            if not may_name(quote.sentence, owner):  # nor then with their words cut (`ties`)
                found.setdefault(quote.article_id, set())
                continue
            cue, said = quote.cue.split()[:1], quote.sentence
            for other in quoted[quote.article_id]:  # the words quoted in its sentence
                if other.text in said:
                    said = said.replace(other.text, names_in(other.text))
            said = _own_name_cut(said, person, name, person_owner)
            found.setdefault(quote.article_id, set()).update(
                ties(
                    said,
                    owner,
                    name,
                    match.roles,
                    cues=cue,
                    bare=bare,
                    loose=loose,
                    past=match.past,
                )
            )
    # a sentence ties the owner to the person only by naming them: the others are not read
    # (unless the surname is itself an owner word, which a spelt-out owner may stand for)
    spelt = bool(name) and name[0] in owner
    for article in articles:
        for passage in by_article[article]:
            found.setdefault(article, set())
            if not name or (not spelt and name[0] not in passage.text):
                continue
            if not may_name(passage.text, owner):
                continue  # no sentence of it ties the owner, quoted words cut or not
            for start, end in passage.sentence_spans() or [(0, len(passage.text))]:
                if not spelt and name[0] not in passage.text[start:end]:
                    continue
                if not may_name(passage.text[start:end], owner):
                    continue
                where = passage.start + start
                sentence = unquoted(passage.text[start:end], where, spoken.get(article, []))
                sentence = _own_name_cut(sentence, person, name, person_owner)
                found.setdefault(article, set()).update(
                    ties(
                        sentence, owner, name, match.roles, bare=bare, loose=loose, past=match.past
                    )
                )
    if not strict and any(
        about_owner(reads, article, owner, name, match.roles)
        or owner_by_its_noun(reads, article, owner, name, match.roles)
        for article in articles
    ):
        return True
    # most of the owner's words their recorded role holds with the role asked, read beside
    # their name where quoted ("Ada Vale, chair of the adult judging panel" of "the chair of
    # the X judging panel"; not "Rovers midfielder Tam Orr" of "the Rovers boss", nor a day
    # read as a role word, "Wednesday's hearing", of "the Sheffield Wednesday manager")
    held = index.speakers.roles_of(person)
    asked = not match.roles.isdisjoint(role_word(word) for word in held)
    recorded = {w for w in owner if asked and w.casefold() in held}
    for article in articles if 2 * len(recorded) > len(owner) else ():
        found.setdefault(article, set()).update(recorded)
    whole_name = person.split()
    for article, words in found.items():
        spans = spoken.get(article, [])
        passages = by_article.get(article, [])
        if 2 * len(words) < len(owner):
            if strict:
                continue
            # only a passage writing every word of the name may give them a bare role
            holding = [p for p in passages if all(w in p.text for w in whole_name)]
            bare_texts = [unquoted(p.text, p.start, spans) for p in holding]
            if not bare_role(bare_texts, person, owner, match.roles):
                continue
        texts = [unquoted(p.text, p.start, spans) for p in passages]
        # the rest named in the article as a name is, with a capital ("Australia"): a common
        # word somewhere in it ("communications" of "the communications chief") is no owner
        if all(w in words or any(_written(t, w) for t in texts) for w in owner):
            return True
    return False


def _own_name_cut(sentence: str, person: str, name: list[str], person_owner: bool) -> str:
    """Return `sentence` with `person`'s full name written as their surname, when a person
    owns the role asked: "Michael" of Michael Ancram's name is no "Michael" of "Michael
    Howard's spokesman"."""
    if not person_owner or not name or person == name[0]:
        return sentence
    return sentence.replace(person, name[0])


def _written(text: str, word: str) -> bool:
    """Return whether `text` writes an owner word with a capital, a nationality also as its
    country ("Korean" of "the South Korean central bank" as "South Korea")."""
    if capitalised(text, word):
        return True
    adjective = place_adjective(word)
    return (adjective in NATIONALITIES or adjective in DEMONYMS.values()) and any(
        place_adjective(found) == adjective for found in _CAPITALISED.findall(text)
    )


_CAPITALISED = lazy(r"\b[A-Z][a-z]+\b")
