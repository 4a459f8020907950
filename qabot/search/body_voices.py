"""Body voices: whether the people the speaker directory gives as a body's voices speak for that
body, for "what did the FA say?" (`speech_answers`, `unsure_roles`).

The directory finds a body's voices by role words, a bag: "Alberto Flores, president of the
Spanish FA's disciplinary committee" and "Egypt FA spokesman Methat Shalaby" hold every word of
"FA". A body asked by its name is that body: where the articles name a voice beside the body's
name only inside a longer name ("the Spanish FA", "the Football Association of Wales"), the
voice speaks for another body. A voice never named beside the body's name in order is kept: the
directory's reading (a party's other name, a role given in another sentence) stands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qabot.indexing import Index
from qabot.search.kinds_of_people import body_by_kind
from qabot.text import sentence_spans, tokenize
from qabot.text.lexicon import first_name_gender
from qabot.text.patterns import lazy

_WORD = lazy(r"\w")
# the word right before a name, nothing but spaces between ("Egypt FA", not "Smith, FA chief")
_BEFORE = lazy(r"([\w'’.-]+)\s+$")
# "the Football Association of Wales", "the FA of Ireland": the name goes on
_GOES_ON = lazy(r"\s+of\s+(?:the\s+)?[A-Z]")


def voices_of(index: Index, body: str, forms: Sequence[str], most: int) -> list[str]:
    """Return up to `most` of the directory's voices of `body`, most quoted first, without
    those the articles name beside `body` (or one of its other `forms`, "Football
    Association" for "FA") only where it is part of a longer name."""
    directory = index.speakers
    voices = directory.voices(body)
    if not body[:1].isupper() or body_by_kind(body):
        # a body of a kind ("Police", "the government") is any of that kind: "Harwick Police"
        return voices[:most]
    names: list[re.Pattern[str]] | None = None  # made for the first voice weighed
    kept = unnamed_voices(index, body, forms)[:most]
    for voice in voices:
        if len(kept) == most:
            break
        if names is None:
            names = [_name_pattern(form) for form in (body, *forms) if form[:1].isupper()]
        if _speaks_for(index, voice, directory.articles_of(voice), names) is not False:
            kept.append(voice)
    return kept


def unnamed_voices(index: Index, body: str, forms: Sequence[str]) -> list[str]:
    """Return the spokespeople and statements the articles quote under the body's name and
    no name of their own ("a Five spokesman", "a spokeswoman for the FA", "an IAAF
    statement"), most quoted first: their words are the body's, as a named voice's are. Not
    a person's ("a spokesman for Michael Howard" gives his own account, in words not his)."""
    if first_name_gender(body.split()[0]):
        return []
    directory = index.speakers
    found: list[str] = []
    for form in (body, *forms):
        terms = frozenset(tokenize(form))
        if not terms:
            continue
        # only a description naming a spokesperson or statement can match: the pattern below
        # is made for a body that has one (compiling it costs most of a short answer)
        described = [p for p in directory.described(terms) if _SPOKEN_WORD.search(p)]
        if not described:
            continue
        name = r"\s+".join(re.escape(w) for w in form.split())
        spoken = re.compile(
            rf"(?:a|an|the)\s+(?:{name}(?:['’]s|\s+party)?\s+(?:official\s+)?(?:{_SPOKEN})"
            rf"|(?:{_SPOKEN})\s+(?:for|of)\s+(?:the\s+)?{name})",
            0 if form.isupper() else re.IGNORECASE,
        )
        found += [p for p in described if spoken.fullmatch(p)]
    return list(dict.fromkeys(found))


_SPOKEN = r"spokes(?:man|woman|person|people|men|women)|representative|statement"
_SPOKEN_WORD = lazy(_SPOKEN, re.IGNORECASE)


def _name_pattern(name: str) -> re.Pattern[str]:
    """Return a pattern of a body's name as written, in either number ("Lib Dem" for "Lib
    Dems"); an acronym in capitals only."""
    words = [
        re.escape(w[:-1] if w.endswith("s") and len(w) > 3 else w) + "s?" for w in name.split()
    ]
    flags = 0 if name.isupper() else re.IGNORECASE
    return re.compile(r"(?<![\w-])" + r"\s+".join(words) + r"(?![\w-])", flags)


def _speaks_for(
    index: Index, voice: str, articles: list[str], names: list[re.Pattern[str]]
) -> bool | None:
    """Return True when a sentence naming `voice` names the body on its own, False when those
    naming both name it only inside a longer name, None when none names both."""
    surname = voice.split()[-1] if voice.split() else ""
    if not surname or not names:
        return None
    person = re.compile(rf"(?<![\w-]){re.escape(surname)}(?![\w-])")
    verdict: bool | None = None
    for article in articles:
        for passage in index.passages_of(article):
            text = passage.text
            found = [m for name in names for m in name.finditer(text)]
            if not found:  # most passages never name the body: no sentence is read
                continue
            spans = sentence_spans(text) or [(0, len(text))]
            for match in found:
                start, end = next(
                    ((a, b) for a, b in spans if a <= match.start() < b), (0, len(text))
                )
                sentence = text[start:end]
                if not person.search(sentence):
                    continue
                if not _inside_longer(sentence, match.start() - start, match.end() - start):
                    return True
                verdict = False
    return verdict


def _inside_longer(sentence: str, start: int, end: int) -> bool:
    """Return whether the name at sentence[start:end] is part of a longer name: a capitalised
    word before it that does not open the sentence ("the Spanish FA", "Egypt FA"), or "of" and
    a capitalised word after it ("the Football Association of Wales")."""
    before = _BEFORE.search(sentence, 0, start)
    if (
        before is not None
        and before.group(1)[:1].isupper()
        and _WORD.search(sentence, 0, before.start(1))
    ):
        return True
    return bool(_GOES_ON.match(sentence, end))
