"""Who a description means in the story a question is about, when the directory records no
one under it: "what did the northern ireland runner say after his 800m win in erfurt?" is the
person quoted in that story whom its article calls "The Northern Ireland runner", written beside
their name or in the sentence after it.

Descriptions like these (a nationality and a sport, a team and a position) are how articles
refer back to someone already named, so the index keeps them as no one's role; the question's
topic finds the story, the description's words as written find the place, and the quoted person
named nearest before it is who it describes.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

from qabot.attribution import is_group
from qabot.attribution.cues import SPEECH_VERBS
from qabot.attribution.role_kinds import PAST, RANKS
from qabot.engines import PassageFilter
from qabot.indexing import Index
from qabot.text import tokenize
from qabot.text.lexicon import BODY_NOUNS, PERSON_NOUNS, PLAYER_NOUNS, first_name_gender
from qabot.text.patterns import KEPT_PATTERNS, POSSESSIVE_END, lazy

STORY_PASSAGES = 10  # passages searched for the story the topic and description find
STORIES = 3  # the best articles among them read for the description as written
NEAR = 400  # characters between a name and the description written after it (two sentences)
_LEADING = frozenset("the a an".split())
_PERSONAL = PERSON_NOUNS | PLAYER_NOUNS
# ... and before a description quoted as itself, which refers back to someone the story named
# (a review's "the Vox founder suggests", its author named in the paragraph before)
NEAR_QUOTED = 1000
AFTER = 4  # times a name after the description weighs its distance (a person's: "Wasps flanker
# Johnny O'Connor" is right after; a body's is named in the sentence after its lede)
# a name and surname right after a description: it is theirs ("Prime Minister Tony Blair")
_NAME_AFTER = lazy(r"^\s+[A-Z][\w'’-]+\s+(?P<surname>[A-Z][\w'’-]+)\b")
# a verb of saying alone between a name and a description ("Ada Vale said the Prime Minister")
# the word right before a description, a space or hyphen between ("vice-president")
_WORD_BEFORE = lazy(r"\b(?P<word>\w+)[\s-]+$")
_SAID_OF = lazy(r"^\W*(?:[a-z]+\s+)?(?P<verb>[A-Za-z]+)\s+(?:that\s+)?(?:the\s+)?$")


@dataclass(frozen=True, slots=True)
class StoryDescription:
    """Whom a story calls by a description, in which article, the stories read for it, and
    which of them is the one about the topic alone (the description's words may find
    another first)."""

    person: str
    article_id: str
    stories: tuple[str, ...]
    on_topic: str | None


def described_in_story(
    index: Index, phrase: str, topic: str | None, holders: Collection[str] = ()
) -> StoryDescription | None:
    """Return the person quoted in the story `topic` finds whom its article calls `phrase`
    ("the wasps flanker"), named within two sentences before it (or right after it:
    "Wasps flanker Johnny O'Connor"); None when no story writes it, or two people fit.
    `holders`, those the directory gives the phrase as a role, are weighed too though the story
    does not quote them: "Bath prop Duncan Bell" in a squad story quoting only the coach calls
    Bell so, not the coach."""
    words = _description_words(phrase)
    if not topic or not words or (len(words) < 2 and words[0] not in _PERSONAL | BODY_NOUNS):
        return None  # "the group" alone is no one's description; "the firm" its story's body
    if any(first_name_gender(word) for word in words):
        return None  # "margaret moran mp": a name typed in lower case, not a description
    written = _written(words)
    stories: list[str] = []
    for passage, _ in index.engine.search(tokenize(f"{phrase} {topic}"), STORY_PASSAGES):
        if passage.article_id not in stories:
            stories.append(passage.article_id)
    # "turkey's biggest private mobile firm": a body's noun, the body named before it
    bodies = _of_body(words)
    for article_id in stories[:STORIES]:
        found = _described_in(index, article_id, written, holders, bodies=bodies)
        if found is not None:
            read = tuple(stories[:STORIES])
            return StoryDescription(found, article_id, read, _on_topic(index, topic, read))
    return None


def told(index: Index, phrase: str, topic: str | None) -> str | None:
    """Return whom the story about `topic` calls `phrase`, a role several hold that the answer
    would ask about ("the coach ... about facing Ireland at Lansdowne Road": "England coach
    Andy Robinson" there): in the best story for the role and topic across the archive, the
    person it quotes named nearest the role (`_described_in`), no other about as near."""
    words = _description_words(phrase)
    if not topic or not words or any(first_name_gender(word) for word in words):
        return None
    best = index.engine.search(tokenize(f"{phrase} {topic}"), 1)
    if not best:
        return None
    return _described_in(index, best[0][0].article_id, _written(words), ())


def named_beside(index: Index, description: str) -> str | None:
    """Return who a description quoted as itself is ("the Toon boss vowed ...", "The world's
    second biggest insurer said ..."): in the articles quoting it, the one person (or body)
    quoted by name whose name stands nearest before where it is written, or right after it,
    as `described_in_story` reads a story; None when no article names one or two fit."""
    words = _description_words(description)
    if not words or words[-1] not in _PERSONAL | BODY_NOUNS:
        return None  # "the Tarvik border command" speaks as itself
    written = _written(words)
    bodies = _of_body(words)
    directory = index.speakers
    found = set()
    for article_id in directory.articles_of(description):
        named = _described_in(index, article_id, written, (), bodies=bodies, near=NEAR_QUOTED)
        if named is not None:
            quotes = index.quotes_of_articles([article_id])
            found |= {directory.canonical(q) for q in quotes if q.speaker == named}
    found.discard(description)
    return found.pop() if len(found) == 1 else None


def _description_words(phrase: str) -> list[str]:
    """Return a description's words, case-folded, without "the", "a" or "an"."""
    return [w for w in re.findall(r"[\w'’-]+", phrase.casefold()) if w not in _LEADING]


def _of_body(words: list[str]) -> bool:
    """Return whether a description's words end in a body's noun, no person's ("firm")."""
    return words[-1] in BODY_NOUNS and words[-1] not in _PERSONAL


def _written(words: list[str]) -> re.Pattern[str]:
    """Return where a description's words stand as written, side by side; an owner's
    possessive as the article may leave it out ("South Africa biggest retail bank")."""
    return _written_pattern(tuple(words))


@lru_cache(maxsize=KEPT_PATTERNS)
def _written_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """Return `_written`'s pattern, kept per description: made anew (~0.4 ms), a description
    asked again found none of it in `re`'s own cache of 512, which the patterns of every
    question share."""
    owned = [re.escape(POSSESSIVE_END.sub("", w)) + r"(?:['’]s?)?" for w in words]
    return re.compile(r"\b" + r"\W+".join(owned) + r"(?!\w)", re.IGNORECASE)


def goes_over(index: Index, story: StoryDescription, holders: tuple[str, ...]) -> bool:
    """Return whether whom the story calls so goes over the holders the directory found: there
    are none, or the story quotes none of them and neither does any other story read, unless
    the story is the one about the topic ("the police chief" on fights in Nottingham is the
    holder quoted in the Nottingham story, not the one another force's story calls so)."""
    if not holders:
        return True
    if story.person in holders:
        return False
    directory = index.speakers

    def quotes_holder(article_id: str) -> bool:
        quoted = index.quotes_of_articles([article_id])
        return any(directory.canonical(quote) in holders for quote in quoted)

    if quotes_holder(story.article_id):
        return False
    return story.on_topic == story.article_id or not any(map(quotes_holder, story.stories))


def _on_topic(index: Index, topic: str, stories: tuple[str, ...]) -> str | None:
    """Return which of `stories` holds the passage best matching the topic alone."""
    where = PassageFilter(articles=frozenset(stories))
    best = index.engine.search(tokenize(topic), 1, where)
    return best[0][0].article_id if best else None


def _described_in(
    index: Index,
    article_id: str,
    written: re.Pattern[str],
    holders: Collection[str],
    *,
    bodies: bool = False,
    near: int = NEAR,
) -> str | None:
    """Return the one person quoted in an article (or among `holders`) whose name stands
    nearest before a place where it writes the description (or just after it), if exactly one
    does; with `bodies`, the one body quoted by its name ("Turkcell")."""
    passages = index.passages_of(article_id)
    # not where a qualifier makes it another's role ("Deputy Prime Minister John Prescott" is
    # no place calling Prescott "the prime minister")
    found = [
        (p, m)
        for p in passages
        for m in written.finditer(p.text)
        if not _qualified(p.text[max(0, m.start() - 40) : m.start()])
    ]
    spans = [(p.start + m.start(), p.start + m.end()) for p, m in found]
    quotes = index.quotes_of_articles([article_id])
    speakers = {q.speaker for q in quotes}
    surnames = {s.split()[-1] for s in speakers | set(holders) if s.split()}
    # not a place in someone's quoted words ("The prime minister is with us," Ms Vale said):
    # a story's narration refers back to whom it named, the words quoted speak of others; nor
    # one naming someone not quoted right after it ("Prime Minister Tony Blair visited ...")
    places = [
        start
        for (start, _), (p, m) in zip(spans, found, strict=True)
        if not any(q.start <= start < q.end for q in quotes)
        and not _names_another(p.text[m.end() :], surnames)
    ]
    if not places:
        return None
    if bodies:
        quoted = {s for s in speakers if s[:1].isupper() and not first_name_gender(s.split()[0])}
    else:
        quoted = {s for s in speakers | set(holders) if not is_group(s)}
    named: dict[str, int] = {}  # person -> their name's nearest distance to a place
    for person in quoted:
        names = person.split()
        surname = person if bodies else names[-1]
        if not bodies and (len(names) < 2 or len(surname) < 3 or not person[:1].isupper()):
            continue  # "a senior official", "Volkswagen": no person's name to find
        mark = re.compile(rf"\b{re.escape(surname)}\b")
        for passage in passages:
            for m in mark.finditer(passage.text):
                at = passage.start + m.start()
                if _right_after(passage.text, passage.start, m.end(), person, spans):
                    named[person] = 0  # "England coach Andy Robinson": the role is his own
                for place in places:
                    if at <= place and _said_of(passage.text[m.end() : place - passage.start]):
                        continue  # "Ada Vale said the Prime Minister ...": not Ada Vale
                    # the name before the description ("McIlroy ... The Northern Ireland
                    # runner"), or right after it ("Wasps flanker Johnny O'Connor")
                    gap = place - at if at <= place else (at - place) * (1 if bodies else AFTER)
                    if gap <= near:
                        named[person] = min(gap, named.get(person, near + 1))
    if not named:
        return None
    ranked = sorted(named, key=named.__getitem__)
    if len(ranked) > 1 and named[ranked[1]] <= 2 * named[ranked[0]]:
        return None  # two names about as near: either may be the one described
    return ranked[0]


def _qualified(before: str) -> bool:
    """Return whether the text right before a description ends in a word that makes the role
    someone else's, written with it: a rank under it ("deputy", "shadow") or a past ("former");
    not "acting" or "interim", whose holder holds the role now."""
    found = _WORD_BEFORE.search(before)
    return found is not None and found.group("word").casefold() in RANKS | PAST


def _names_another(after: str, surnames: set[str]) -> bool:
    """Return whether the text right after a description names someone by first name and
    surname, none of those weighed ("... Tony Blair visited"): the description is theirs."""
    found = _NAME_AFTER.match(after)
    return found is not None and found.group("surname") not in surnames


def _said_of(between: str) -> bool:
    """Return whether the words between a name and a description are a verb of saying and no
    more ("Ada Vale said the Prime Minister ...", "Vale told the minister"): the description
    is whom they spoke of or to, not them."""
    found = _SAID_OF.match(between)
    return found is not None and found.group("verb").casefold() in SPEECH_VERBS


def _right_after(
    text: str, start: int, end: int, person: str, spans: list[tuple[int, int]]
) -> bool:
    """Return whether the person's name, ending at `end` of a passage starting at `start`,
    stands right after a place the description is written ("Wasps flanker Johnny O'Connor")."""
    before = text[:end]
    if not before.endswith(person):
        return False
    name_at = start + end - len(person)
    return any(
        not text[stop - start : name_at - start].strip()
        for _, stop in spans
        if start <= stop <= name_at
    )
