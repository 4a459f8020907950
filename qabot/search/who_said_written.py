"""How a who-said candidate is written: its speaker as a body, its words as the question has them.

`who_said_ranking` weighs a quote down when the sentence attributing it writes its speaker as a
body ("the US Federal Reserve said", "it also warned": `written_as_body`), and up when the
quote holds the question's words as written, little words and all (`written_whole`); the
question's "will" and "can" are looked for as a report writes them (`reported_modals`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from qabot.attribution import is_group
from qabot.records import Quote
from qabot.search.quote_groups import QuoteHit
from qabot.text.lexicon import ORGANISATION_ANAPHORS
from qabot.text.patterns import lazy


def written_as_body(quote: Quote) -> bool:
    """Return whether the sentence attributing `quote` writes its speaker as a body or a
    description, not a named person: after "the" ("the US Federal Reserve said", "said the
    Irishman") or as "it" ("it also warned"), which the name alone does not show ("Federal
    Reserve", "Deloitte" read as people's names)."""
    return _as_body(quote.speaker, quote.cue, quote.sentence)


# "it said", "It has warned", "it also believes" just before the cue: a body's words
_IT_BEFORE = lazy(r"(?:^|[^\w])[Ii]t\s+(?:(?:has|had|also|then)\s+)?$")
_THE = lazy(r"\b[Tt]he\s+(?:[A-Z]{2,}\s+)?$")  # "the ", "the US " before a name
# "the company said", "the firm has warned" just before the cue: a body's words, whatever name
# the quote was given ("Acme ... the firm said": Acme)
_BODY_BEFORE = lazy(
    rf"\b[Tt]he\s+(?:{'|'.join(sorted(ORGANISATION_ANAPHORS))})\s+"
    r"(?:(?:has|had|also|then)\s+)?$"
)
_BODY_AFTER = lazy(rf"\s+the\s+(?:{'|'.join(sorted(ORGANISATION_ANAPHORS))})\b")


@lru_cache(maxsize=1 << 14)
def _as_body(name: str, cue: str, sentence: str) -> bool:
    """`written_as_body` of one speaker, cue and sentence; quotes come back question after
    question, so the answer is kept. Only the few characters before each place of the name and
    of the cue verb (and after the verb) are read."""
    verb = cue.split()[-1] if cue else ""
    for word, before in ((name, _THE), (verb, _IT_BEFORE), (verb, _BODY_BEFORE)):
        at = sentence.find(word) if word else -1
        while at >= 0:
            end = at + len(word)
            whole = end == len(sentence) or not sentence[end].isalnum()
            if whole and before.search(sentence, max(0, at - 30), at):
                return True
            if whole and before is _BODY_BEFORE and _BODY_AFTER.match(sentence, end):
                return True  # "said the company"
            at = sentence.find(word, end)
    return False


# a quote holding the question's words as written, in order, when they are this many at least
VERBATIM_WORDS = 4
VERBATIM = 2.0
_NOT_WORD = lazy(r"[^\w]+")


def written_whole(
    quotes: Sequence[Quote],
    verbatim: str,
    own: Sequence[float],
    who: Callable[[Quote], str],
    role_of: Callable[[Quote], float] | None,
) -> frozenset[int]:
    """Return the quotes holding the question's words as written (`verbatim`) that are the
    ones asked about: of someone holding the role asked, if one is; and not a group's when a
    named person of the same article says as much in words of their own ("the lifts are
    broken again", caretaker X said, beside "the Residents Union said the lifts were broken
    again")."""
    # the longest word first, a substring test (a quote holding the words holds it): the
    # words of every quote are not made for the few that may hold them
    longest = max(verbatim.split(), key=len)
    found = [
        i
        for i, quote in enumerate(quotes)
        if longest in quote.text.casefold() and verbatim in plain_words(quote.text)
    ]
    if role_of is not None:
        found = [i for i in found if role_of(quotes[i]) > 0]

    def a_body(quote: Quote) -> bool:
        return is_group(who(quote)) or written_as_body(quote)

    bodies = [i for i in found if a_body(quotes[i])]
    if not bodies:
        return frozenset(found)
    articles = {quotes[i].article_id for i in bodies}
    people = [
        (quote.article_id, own[j])
        for j, quote in enumerate(quotes)
        if quote.article_id in articles and not a_body(quote)
    ]
    return frozenset(found) - {
        i
        for i in bodies
        if any(article == quotes[i].article_id and held >= own[i] for article, held in people)
    }


def plain_words(text: str) -> str:
    """Return `text` as lower-case words parted by single spaces, for a verbatim match."""
    return " " + _NOT_WORD.sub(" ", text.casefold()).strip() + " "


# a report of words said backshifts their modal ("it will fail", he said: "he said it would
# fail"); "will" and "can" are stop words, "would" and "could" are terms
_BACKSHIFT = {
    "will": "would",
    "won't": "would",
    "can": "could",
    "can't": "could",
    "cannot": "could",
}
_WORD = lazy(r"[\w']+")
# "the will to win", "a can of worms": the noun, no modal
_BEFORE_NOUN = frozenset("the a an his her their its our your my own free good ill".split())


def reported_modals(topic: str, terms: Sequence[str]) -> tuple[str, ...]:
    """Return the modal terms a report of `topic` would write that `terms` lack: "would" for
    "will" ("who said the plan will fail?" of "said the plan would fail"), "could" for "can".
    The narration a reader borrows from is mostly such a report."""
    words = _WORD.findall(topic.casefold().replace("\u2019", "'"))
    found = set()
    for at, word in enumerate(words):
        before = words[at - 1] if at else ""
        after = words[at + 1] if at + 1 < len(words) else ""
        if word.endswith("'ll"):
            found.add("would")
        elif word in _BACKSHIFT and before not in _BEFORE_NOUN and after != "to":
            found.add(_BACKSHIFT[word])
    return tuple(sorted(t for t in found if t not in terms))


def beside_verbatim(found: list[QuoteHit], wording: str | None) -> list[QuoteHit]:
    """Return `found` without the quotes of others that lack the question's words as written
    when the first holds them, little words and all ("who said it wasn't that she supported
    it?"): a poll's "support for a ban" beside those very words is filler, however few the
    question's other words are; the speaker's own words around them stay."""
    verbatim = plain_words(wording or "") if len((wording or "").split()) >= VERBATIM_WORDS else ""
    if not found or not verbatim or verbatim not in plain_words(found[0].quote.text):
        return found
    first = found[0].speaker
    return [
        hit for hit in found if hit.speaker == first or verbatim in plain_words(hit.quote.text)
    ]
