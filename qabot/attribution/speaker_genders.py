"""What an article says a speaker is: a man, a woman or a body, as summaries record it.

Runs at index time beside `qabot.attribution.summaries`. A lone surname quoted in one story is
merged across stories into the one full name known with it (`qabot.attribution.name_merging`),
which cannot tell "Ms Abbott" from a man called Abbott, nor the magazine Forbes from a judge
called Forbes, unless the summary keeps what the story wrote before the name: an honorific
("Mr", "Ms") or the noun of a body ("publication Forbes", "supplier Ericsson").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from qabot.records import Quote
from qabot.text import name_starts
from qabot.text.lexicon import BODY_NOUNS, first_name_gender, strip_title

MAN, WOMAN, BODY = "m", "f", "n"  # "n": neuter, what "it" stands for
GENDERS = frozenset({MAN, WOMAN, BODY})

# honorifics that say a person's sex; "Lord"/"Lady" among them, "Dr" not
_HONORIFIC_GENDER = {
    **dict.fromkeys("mr mister sir lord".split(), MAN),
    **dict.fromkeys("mrs ms miss madam dame lady baroness".split(), WOMAN),
}


def speaker_gender(sentences: Iterable[str], speaker: str, fuller: list[str]) -> str:
    """Return "m", "f" or "n" (a body) when everything an article writes says so: the first
    name of the speaker's fullest name, the honorific before the surname ("Ms Abbott"), a body's
    noun before it ("publication Forbes"); "" when it says nothing or says two things (two
    people with one surname: "Mr and Mrs Blair")."""
    name = fuller[0] if fuller else strip_title(speaker)
    words = name.split()
    if not words or not speaker[:1].isupper():
        return ""
    seen: set[str] = set()
    given = first_name_gender(words[0]) if len(words) >= 2 else None
    if given is not None:
        seen.add(given)
    surname = words[-1]
    for sentence in sentences:
        for start in name_starts(sentence, surname):
            word = _word_before(sentence, start)
            key = word.casefold().rstrip(".")
            if word[:1].isupper() and key in _HONORIFIC_GENDER:
                seen.add(_HONORIFIC_GENDER[key])
            elif len(words) == 1 and word.islower() and key in BODY_NOUNS:
                seen.add(BODY)
        if len(words) >= 2:  # "newspaper Daily Variety"
            for start in name_starts(sentence, name):
                if _word_before(sentence, start) in BODY_NOUNS:
                    seen.add(BODY)
    return seen.pop() if len(seen) == 1 else ""


def cue_gender(quote: Quote) -> str:
    """Return the gender the words at a quote's cue give its speaker ("she said", "said he.",
    "Mrs Hale, his wife, said"; not "said he would", whose "he" opens the words reported), ""
    when they give none: the extractor may have reached the speaker through the pronoun, and a
    surname two people of the article share ("Mr and Mrs Hale") then tells which of them
    speaks. The cue read is the quote's own, the one nearest its words: a sentence may carry
    two ('"We will fight," he said, and Mrs Hale said: "No."')."""
    if not quote.cue or not quote.sentence:
        return ""
    at = _own_cue(quote)
    if at < 0:
        return ""
    end = at + len(quote.cue)
    before = re.search(r"\b(she|he)\s+(?:\w+ly\s+)?$", quote.sentence[:at], re.I)
    after = re.match(r"\s+(she|he)[.,;:!?]", quote.sentence[end:], re.I)
    said = before or after
    if said is not None:
        return WOMAN if said.group(1).casefold() == "she" else MAN
    surname = strip_title(quote.speaker).split()[-1:]
    if surname and at > 0:  # the honorific nearest before the cue
        word = last_word_before(quote.sentence[:at], surname[0])
        if word is not None:
            return _HONORIFIC_GENDER.get(word.casefold(), "")
    return ""


def last_word_before(text: str, name: str) -> str | None:
    """Return the word written right before the last `name` of `text` ("Mrs" of "Mrs Hale",
    "Dr" of "Dr. Hale"; not a possessive's "Hale's"), None when no word stands before one.

    The word of the last match of `\\b(\\w+)\\.? NAME\\b(?!['’]s)` found left to right, found
    without compiling that pattern: a pattern made for each speaker's name cost ~0.35 ms at
    about one question in eight (one new name after another fills `re`'s cache)."""
    found, start, end = None, 0, len(name)
    at = text.find(name, 1)
    while at > 0 and name:
        after = at + end
        ends = at - 2 if at >= 2 and text[at - 2] == "." else at - 1
        begins = ends
        while begins > 0 and _is_word(text[begins - 1]):
            begins -= 1
        if (
            text[at - 1] == " "
            and start <= begins < ends
            and _is_word(text[after - 1]) != (after < len(text) and _is_word(text[after]))
            and not text.startswith(("'s", "’s"), after)
        ):
            found, start = text[begins:ends], after
            at = text.find(name, after)
        else:
            at = text.find(name, at + 1)
    return found


def _is_word(char: str) -> bool:
    """Return whether `re` takes `char` for a word character (`\\w`)."""
    return char.isalnum() or char == "_"


def _own_cue(quote: Quote) -> int:
    """Return where in its sentence a quote's cue stands: the place of the cue nearest the
    quote's words (the first when the words are not in the sentence), -1 when none."""
    places = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(quote.cue)}\b", quote.sentence)]
    if not places:
        return -1
    words = quote.sentence.find(quote.text) if quote.text else -1
    if words < 0:
        return places[0]
    ends = words + len(quote.text)
    return min(places, key=lambda at: max(words - at - len(quote.cue), at - ends, 0))


def namesakes(sentences: Iterable[str], surname: str, fuller: list[str]) -> bool:
    """Return whether an article names a man and a woman by one surname: honorifics of both
    ("Mr Hale", "Mrs Hale") or fuller names whose first names say both ("Peter Hale", "Ann
    Hale"); one honorific against one first name is not enough ("Mr Marel" and "Dominique
    Marel", a first name the lexicon takes for a woman's, are one man)."""
    titled: set[str] = set()
    for sentence in sentences:
        for start in name_starts(sentence, surname):
            word = _word_before(sentence, start)
            if word[:1].isupper() and (
                gender := _HONORIFIC_GENDER.get(word.casefold().rstrip("."))
            ):
                titled.add(gender)
    given = {first_name_gender(n.split()[0]) for n in fuller if len(n.split()) >= 2}
    return {MAN, WOMAN} <= titled or {MAN, WOMAN} <= given


def _word_before(sentence: str, start: int) -> str:
    """Return the word just before `start` in a sentence, "" when none."""
    before = sentence[:start].split()
    return before[-1] if before else ""


def at_odds(alone: str, person: str) -> bool:
    """Return whether a lone name's gender in its story (`alone`) and that of the full name it
    would be merged into (`person`) say two people: a woman and a man, or a body and anything
    not known to be a body ("Ericsson", a firm, is no "Sony Ericsson" of another story, and the
    magazine Forbes no judge called Forbes); an unknown person's gender ("") is at odds with no
    person's."""
    if alone == BODY:
        return person != BODY
    return bool(alone) and bool(person) and alone != person
