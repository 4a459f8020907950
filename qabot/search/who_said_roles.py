"""Roles in "which <role> said ...?": how well each who-said candidate fits the role asked.

`who_said_answer` weighs every candidate by the share of the role's words the articles give
its speaker (`role_weight`), and `who_said_ranking` adds that weight to the candidate's score.
Besides the roles the speaker directory recorded, the words where a speaker is quoted count:
those before their name ("fellow Tory X said"; none across a mark closing another clause,
"after becoming Foreign Secretary, X said"), a phrase set off after it ("X, of the Trust,",
"X from firm Arup") and, where the sentence does not name them, the description standing for
them ("said the American").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from qabot.attribution import initials
from qabot.indexing.kept import remembered
from qabot.records import Quote
from qabot.search.body_name_words import body_word_only, person_noun_head
from qabot.text import tokenize
from qabot.text.lexicon import HONORIFICS, by_other_party_name
from qabot.text.patterns import lazy

if TYPE_CHECKING:
    from qabot.attribution import SpeakerDirectory

# words before a speaker's name in the sentence attributing them that may describe them
BEFORE_NAME = 3
SET_OFF_WORDS = 12  # a longer phrase after a name's comma is no description of them
_SET_OFF_END = lazy(r"[,;:\"“”(]")
# where the words beside a name stop: a mark closing a clause or a sentence
_BESIDE_END = lazy(r"[,;:.!?\"“”()\[\]]")
_SET_OFF_START = lazy(r"\s*[,(]\s*")
# a possessive before the name: the words before it are another's ("the chancellor's aide X")
_POSSESSIVE = lazy(r"^.*\w['’]s?\s+", re.DOTALL)


def words_before_names(
    quotes: Sequence[Quote],
    speaker_of: Callable[[Quote], str],
    kept: dict[Quote, tuple[bool, tuple[str, ...]]] | None = None,
) -> dict[str, str]:
    """Return, for each person, the few words before their name in the sentences attributing
    their quotes: "fellow Tory X said", "Labour MP X said" describe X even where no role noun
    made the articles record one, so "which Tory said ...?" can find X; so does the description
    a sentence not naming them gives in its place (`_standing_for`). A quote's words are its
    own whatever the question: `kept` (an index generation's) keeps them."""
    kept = {} if kept is None else kept
    before: dict[str, list[str]] = {}
    for quote in quotes:
        found = kept.get(quote)
        if found is None:
            found = remembered(kept, quote, functools.partial(_before_name, quote))
        described, words = found
        if described:
            before.setdefault(speaker_of(quote), []).extend(words)
    return {person: " ".join(words) for person, words in before.items()}


def _before_name(quote: Quote) -> tuple[bool, tuple[str, ...]]:
    """Return whether the sentence attributing `quote` may describe its speaker and the words
    that may: those before the name and those set off by commas right after it (`_set_off`),
    or those standing for it where it is not written."""
    at = quote.sentence.find(quote.speaker) if quote.speaker else -1
    if at < 0:
        return True, tuple(_standing_for(quote))
    after = _set_off(quote, at + len(quote.speaker))
    if at > 0:
        return True, (*_attached(quote.sentence[:at], _name_set_off(quote, at)), *after)
    return bool(after), after


# a word ending so closes the clause before a name or cue; words before it describe no one
_CLAUSE_END = (",", ";", ":", ".", '"', "“", "”", ")", "(")
# the opening of a noun phrase set off by a comma before a name: "the Tory leader, X"
_DETERMINERS = frozenset("a an the its his her their our".split())


def _attached(before: str, set_off: bool = False) -> list[str]:
    """Return the words of `before` (the sentence up to a name, or up to the cue where no name
    is written) that may describe the speaker: the last `BEFORE_NAME` with no mark between them
    and the name ("fellow Tory X"), or a phrase set off by commas on both sides (`set_off`: a
    comma after the name too, "Kenteris's lawyer, X, said"), or a noun phrase a comma ends
    ("said its chief executive, X.", "Mr X, a former party director, told": a determiner
    opening it within `APPOSED_WORDS`). Words before a mark otherwise close another clause
    ("after becoming Foreign Secretary, X ...", '"...," X said', "on Sunday, X said")."""
    words = before.split()
    while len(words) > 1 and words[-1].casefold().rstrip(".") in HONORIFICS:
        if not words[-2].endswith(","):
            break
        words.pop()  # "its chairman, Sir X": the role is before the title
    last = words[-BEFORE_NAME:]
    if set_off:
        return last
    if last and last[-1].endswith(","):
        tail = words[-(APPOSED_WORDS + 1) :]
        opened = [
            n
            for n, word in enumerate(tail)
            if word.casefold() in _DETERMINERS
            and not any(w.endswith(_CLAUSE_END) for w in tail[n:-1])
        ]
        return tail[opened[-1] + 1 :][-BEFORE_NAME:] if opened else []
    cut = max((n + 1 for n, word in enumerate(last) if word.endswith(_CLAUSE_END)), default=0)
    return last[cut:]


def _name_set_off(quote: Quote, at: int) -> bool:
    """Return whether the speaker's name, at `at` in the sentence, is set off after it: by a
    comma, or by the sentence's end ("..., said its chairman, Sir Tom Vale.")."""
    rest = quote.sentence[at + len(quote.speaker) :]
    if quote.text and (cut := rest.find(quote.text)) >= 0:
        rest = rest[:cut]
    return rest.strip()[:1] in ("", ",", ".")


def _set_off(quote: Quote, end: int) -> tuple[str, ...]:
    """Return the words of a phrase set off by a comma right after the speaker's name, which
    ends at `end` in the sentence: "X, from the Institute for Fiscal Studies, told ..." and
    "said X, professor of economics at Harvard" describe X as "Institute economist X" would;
    so does a body phrase with no comma ("X of the Institute said": `_of_body`); none past the
    quote's own words, nor a phrase longer than `SET_OFF_WORDS`."""
    rest = quote.sentence[end:]
    if quote.text and (cut := rest.find(quote.text)) >= 0:
        rest = rest[:cut]
    rest = rest.lstrip()
    if rest.startswith(_OF_BODY):
        return _of_body(quote, rest)
    if not rest.startswith(","):
        return ()
    words = _SET_OFF_END.split(rest[1:], maxsplit=1)[0].split()
    return tuple(words) if len(words) <= SET_OFF_WORDS else ()


# a name followed by "of" or "from" and a body: "Ann Bell of the Harbour Trust said", "according
# to Tom Vale from engineering firm Arup"; the phrase tells whom they speak for as "Harbour
# Trust official Ann Bell" would
_OF_BODY = ("of ", "from ")
# a body's own apposition right after it describes it too: "of the Harbour Trust, a Leeds-based
# charity" (the charity asked for is the trust its speaker is of)
_APPOSED = lazy(r"^,\s+(?:an?|the)\s")
APPOSED_WORDS = 6
_BASED = lazy(r"-based\b", flags=re.IGNORECASE)


def _of_body(quote: Quote, rest: str) -> tuple[str, ...]:
    """Return the words of the body phrase opening `rest` (the sentence right after the name,
    the quote's words cut off), up to the cue verb or a punctuation mark, with an apposition
    set off after it when no longer than `APPOSED_WORDS` ("a Brussels-based group": its place
    "Brussels" a word of its own); none when longer than `SET_OFF_WORDS` in all."""
    verb = quote.cue.split()[0] if quote.cue else ""
    if verb and (at := rest.find(f" {verb}")) >= 0:
        rest = rest[:at]
    parts = _SET_OFF_END.split(rest, maxsplit=1)
    phrase = parts[0]
    if len(parts) > 1 and _APPOSED.match(rest[len(phrase) :]):
        apposed = _SET_OFF_END.split(rest[len(phrase) + 1 :], maxsplit=1)[0]
        if len(apposed.split()) <= APPOSED_WORDS:  # a noun phrase, not a clause of its own
            phrase += " " + apposed
    words = _BASED.sub(" based", phrase).split()
    return tuple(words) if len(words) <= SET_OFF_WORDS else ()


def _standing_for(quote: Quote) -> list[str]:
    """Return the words beside the cue of a sentence that does not name the speaker: the
    description standing for them there ("said the American", "the 21-year-old said"). The
    words after the verb stand for them only where it comes first in its clause ("..., said
    the American"): after a subject ("He urged the chancellor to ...") they are its object."""
    rest = quote.sentence.replace(quote.text, " ") if quote.text else quote.sentence
    verb = quote.cue.split()[0] if quote.cue else ""
    at = rest.find(verb) if verb else -1
    if at < 0:
        return []
    opening = rest[:at].rstrip()
    inverted = not opening or opening.endswith(_CLAUSE_END)
    return [
        *_attached(rest[:at]),
        *(rest[at + len(verb) :].split()[:BEFORE_NAME] if inverted else ()),
    ]


ROLE_WEIGHT = 0.8  # what a speaker holding every word of the role asked gains
ROLE_FIT = 0.5  # share of the role asked a speaker must hold to answer it by who they are


def role_weight(
    directory: SpeakerDirectory,
    role: str,
    quotes: Sequence[Quote],
    kept: dict[Quote, tuple[bool, tuple[str, ...]]] | None = None,
    passages: Callable[[str], Sequence[str]] | None = None,
) -> Callable[[Quote], float]:
    """Return how well each quote's speaker fits the role asked ("which Tory ..."): the share
    of its words the articles give them, or that precede their name where they are quoted
    (`kept`: as `words_before_names`); none where the role's head noun, a person's, is only a
    word of the name of a body they are of, as the passages of their quotes' articles
    (`passages`: article id -> texts) write it beside their name (`body_word_only`)."""
    before = words_before_names(quotes, directory.canonical, kept)
    # the role as asked and with a party's other name ("Tory" for "Conservative")
    other = by_other_party_name(role) or role
    roles = [role] if other.casefold() == role.casefold() else [role, other]

    # asked of every candidate, again as the answer is settled: the quotes of one speaker
    # written under one name share their weight (a "which minister" answer weighs ~70 quotes)
    weights: dict[tuple[str, str], float] = {}
    # "who spoke for China Aviation Oil ...?" of a body quoted under its initials, "CAO", or
    # "who spoke for the FTC ...?" of "Federal Trade Commission": the body asked, by its other
    # name
    short = initials(role)
    # ... or the role asked is itself a name's initials ("CAO"): only a run of two or more
    # capitals can be, so the names' initials are worked out only then (most roles asked are
    # words: "minister", and a "which minister" answer weighs some 70 speakers' names)
    lettered = may_be_initials(role)
    # "which Wales centre ...?" asks a person's role: a "Centre for the Study of ..." its
    # director speaks for is no centre (`body_word_only`)
    body_word = person_noun_head(role)
    articles: dict[str, set[str]] | None = None  # each person's, made when first asked

    def weight(quote: Quote) -> float:
        nonlocal articles
        person = directory.canonical(quote)
        found = weights.get((person, quote.speaker))
        if found is None:
            names = (person, quote.speaker)
            if (short and short in names) or (lettered and role in map(initials, names)):
                found = ROLE_WEIGHT
            else:
                written = f"{quote.speaker} {before.get(person, '')}"
                found = ROLE_WEIGHT * max(directory.role_share(person, r, written) for r in roles)
                if found > 0 and body_word is not None and passages is not None:
                    if articles is None:
                        articles = {}
                        for each in quotes:
                            articles.setdefault(directory.canonical(each), set()).add(
                                each.article_id
                            )
                    texts = [t for a in sorted(articles.get(person, ())) for t in passages(a)]
                    if body_word_only(body_word, person, texts):
                        found = 0.0
            weights[(person, quote.speaker)] = found
        return found

    return weight


def may_be_initials(text: str) -> bool:
    """Return whether `text` may be the initials of a name (`initials`): two or more
    characters, each a capital letter. A role asked that is not ("minister") equals no name's
    initials, so a role weight need not work out each speaker's."""
    return len(text) >= 2 and all(map(str.isupper, text))


def role_unheard(
    role: str, weight: float, story: Callable[[], Sequence[str]], person: str = ""
) -> bool:
    """Return whether nothing in the articles gives a quote's speaker the `role` asked: its
    `weight` (`role_weight`: the directory's roles, the words where they are quoted) is none,
    and their story's passages (`story()`, read only then) never write the role, nor a party's
    other name, as a run of words of `person`: among the few words right before their name
    ("Chancellor Gordon Brown", "shadow chancellor Brown") or set off after it ("Brown, the
    chancellor,"). "Which minister said ...?" answered by a striker no article calls minister:
    the words may be theirs, the role asked is not known to be, so they are at most the
    closest. The whole run, not any one of its words: "prime time" and "sports minister" in a
    story do not write "prime minister"; and of them, not of another named in their story
    ("Michael Howard urged the chancellor to admit ..." makes Howard no chancellor).
    """
    if weight > 0:
        return False
    forms = [form for form in (tokenize(role), tokenize(by_other_party_name(role) or "")) if form]
    if not forms:
        return False
    names = [part for part in (person, person.split()[-1] if person else "") if part]
    if not names:  # no one to write it of: the story writing it is all there is to go on
        written = tokenize(" ".join(story()))
        return not any(_holds_run(written, form) for form in forms)
    mention = re.compile(
        rf"(?<![\w-])(?:{'|'.join(re.escape(name) for name in dict.fromkeys(names))})(?![\w-])"
    )
    for text in story():
        for found in mention.finditer(text):
            before = _POSSESSIVE.sub("", _BESIDE_END.split(text[: found.start()])[-1])
            after = _set_off_after(text[found.end() :])
            for form in forms:
                if _holds_run(tokenize(before)[-(BEFORE_NAME + len(form) - 1) :], form) or (
                    after and _holds_run(tokenize(after)[:SET_OFF_WORDS], form)
                ):
                    return False
    return True


def _set_off_after(rest: str) -> str:
    """Return the phrase set off right after a name ("Brown, the chancellor, said"), or ""."""
    opened = _SET_OFF_START.match(rest)
    if opened is None:
        return ""
    return _BESIDE_END.split(rest[opened.end() :], maxsplit=1)[0]


def _holds_run(terms: list[str], run: list[str]) -> bool:
    """Return whether `run` stands in `terms` as consecutive terms."""
    width = len(run)
    return any(terms[at : at + width] == run for at in range(len(terms) - width + 1))
