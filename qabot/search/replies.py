"""Replies within a chat, read before a question is: a "yes" to the name offered, "more", "and
Truss?", or filter words alone ("and in 2005?"), each meaning the last question goes on.

`question.read_question` asks these of the words first; what they mean depends on what the
chat remembers (`conversation`).
"""

from __future__ import annotations

import re

from qabot.attribution.speaker_words import fold_name
from qabot.indexing import Index
from qabot.text import normalize, tokenize
from qabot.text.patterns import lazy

_YES = frozenset("yes yeah yep yup y sure ok okay right correct exactly indeed aye".split())
# what a "yes" to "Did you mean Stephen Pound?" may come with: "yes please", "yes, that's him",
# "yeah I did", "yes I meant him" (the name offered may be repeated too: "yes, Stephen Pound")
_WITH_YES = frozenset(
    "please thanks thank you him her them that that's thats it is was the one i did do mean "
    "meant he she who person".split()
)
NAME_PASSAGES = 10  # passages holding a name's words read for the name written whole
# "more", "show me more", "next page", "anything else?": the next page of what was asked last
_MORE = lazy(
    r"^(?:(?:and|ok|okay|so|please)\s+)*(?:(?:show|give|tell)\s+(?:me\s+|us\s+)?)?"
    r"(?:(?:some|any|a\s+few)\s+)?(?:more|next|(?:anything|something|what)\s+else)"
    r"(?:\s+(?:please|results?|passages?|articles?|stories|page|of\s+(?:that|this|those|them)))*"
    r"[\s?!.]*$",
    re.IGNORECASE,
)
# what is left of "and in 2005?", "what about in the Guardian?" once dates and outlets are read
_ONLY_LINKS = lazy(
    r"^(?:(?:and|but|ok|okay|so|then|now|what|how|about|only|just|same|again|also|please|more|"
    r"the|ones?|articles?|stories|news|passages|results)\b[\s,]*)*[\s?!.,]*$",
    re.IGNORECASE,
)
_NEWS = lazy(r"\b(?:news|headlines?)\b", re.IGNORECASE)
_AND_NAME = lazy(r"^(?:and|what about|how about|and what about)\s+(?P<who>.+?)[\s?!.]*$",
                       re.I)  # fmt: skip


def accepts_suggestion(words: str, suggestion: str) -> bool:
    """Return whether a reply to "Did you mean `suggestion`?" says yes: it opens with a yes
    and says nothing else but words that go with one, or the name offered."""
    said = [word.casefold() for word in re.findall(r"[\w'’]+", words.replace("’", "'"))]
    if not said or said[0] not in _YES:
        return False
    name = set(suggestion.casefold().split())
    return all(word in _YES or word in _WITH_YES or word in name for word in said[1:])


def asks_for_more(words: str) -> bool:
    """Return whether the words ask for the next page of what was asked last ("show me more")."""
    return _MORE.match(words) is not None


def only_links(words: str) -> bool:
    """Return whether the words left once dates and outlets are read only link them to the last
    question ("and", "what about", "the articles"): "and in 2005?" asks it again."""
    return _ONLY_LINKS.match(words) is not None


def names_news(words: str) -> bool:
    """Return whether the words ask for the news ("latest news", "the headlines"): a question
    of its own, not the last one asked again within dates ("and the latest?")."""
    return _NEWS.search(words) is not None


def next_name(words: str) -> str | None:
    """Return what follows "and" or "what about" in a reply ("Truss" of "and Truss?"): someone
    or somewhere the last question is now asked of; None for any other words."""
    named = _AND_NAME.match(words)
    return named.group("who") if named else None


def yes_to_a_reading(words: str, read_as: str | None) -> str | None:
    """Return the reply to a "yes" after an answer that read a misspelt name as `read_as`
    ("No one called Petra Lynd ...; read as Petra Lind."): nothing was offered to accept, the
    answer above is already for that person (a "yes" there got "Ask a question ...")."""
    if read_as is None or not accepts_suggestion(words, read_as):
        return None
    return f"The answer above is already for {read_as}."


def named_nowhere(index: Index, name: str) -> bool:
    """Return whether `name` of "and Truss?" is typed as a name (each word capitalised) and
    some word of it is in no article: asked of the last person's topic, the answer says no one
    so called is named. Searched as words, a close word the archive holds was shown in its
    place ("Best matching passages for “Trust?”", a company's name)."""
    words = name.split()
    if not words or not all(word[:1].isupper() for word in words):
        return False
    terms = tokenize(name)
    weights = index.engine.idf(terms) if terms else {}
    if not terms:
        return False
    if not all(weights.get(term) for term in terms):
        return True
    # its stems may be other words' ("Truss" of "roof trusses"): named nowhere unless a passage
    # holding them writes the name whole (case and accents folded: "Velazquez" is "Velázquez")
    # (a passage folded as a name is: `fold_name` would keep every passage in its cache)
    folded = re.compile(rf"(?<![\w-]){re.escape(fold_name(name))}(?![\w-])")
    found = index.engine.search_scored(terms, NAME_PASSAGES)
    texts = (normalize(found.text(at)).replace("-", " ") for at in range(len(found)))
    return not any(folded.search(" ".join(text.split())) for text in texts)
