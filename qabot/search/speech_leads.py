"""The lead line of an answer to "what did X say (about Y)?" (`qabot.search.speech_answers`):
who is quoted (X, or X and the people speaking for them), what they said and on what, or that
they said nothing on it; a misspelt or shared name read as one person said first.
"""

from __future__ import annotations

from collections.abc import Sequence

from qabot.attribution import is_description, is_group
from qabot.attribution.speaker_genders import MAN, cue_gender
from qabot.records import Quote
from qabot.search.question_record import Question
from qabot.search.questions import SpeechQuestion
from qabot.search.quote_groups import QuoteHit
from qabot.search.replies import asks_for_more
from qabot.search.speech_acts import act_unreported, unreported_lead
from qabot.search.wording import (
    OCCASION_WORDS,
    TAIL_WORDS,
    as_named,
    echo,
    shared_surname,
    shouted,
    whose,
)
from qabot.text import listed, tokenize
from qabot.text.lexicon import name_key

# titles that, before a surname alone, name no one in full ("Lord Howard" is a peer's name)
COURTESY_TITLES = frozenset("mr mrs ms miss mister madam dr prof professor".split())


def what_said_lead(
    read: Question,
    speech: SpeechQuestion,
    *,
    person: str,
    same: list[str],
    found: list[QuoteHit],
    quotes: list[Quote],
    on_topic: bool,
    near_topic: bool,
    aside: bool,
    own: list[Quote],
) -> tuple[str, bool]:
    """Return the lead over `found`, the words of `person` (or of `same`, another form of the
    name) shown, of `quotes`, all theirs ranked (`own`: those of `person` and `same`, not of
    people speaking for them); and whether it says the act asked is not reported ("The
    articles do not report that X apologised")."""
    heard = list(dict.fromkeys(h.speaker for h in found if h.speaker not in (person, *same)))
    # "the White House", as the reader wrote it: a body named like a thing takes "the"
    shown_as = _with_article(person, speech.speaker or "")
    who = shown_as
    if heard:
        names = ", ".join(heard[:3]) + (", ..." if len(heard) > 3 else "")
        who = (
            f"{shown_as} ({names})"
            if read.kind
            else (f"{shown_as} and people speaking for them ({names})")
        )
    asked = echo(speech.asked or "said")  # a lead line, not the whole of a pasted essay
    if shouted(read.text):  # "said ABOUT TANKS" of a question typed all in capitals
        asked = asked.lower()
    unreported = (
        bool(found) and on_topic and not read.shown and act_unreported(speech, found, quotes)
    )
    # a topic this question names itself, not one "what else did he say?" goes on with
    asked_topic = bool(speech.topic) and set(tokenize(speech.topic or "")) <= set(
        tokenize(read.text)
    )
    if unreported:  # "what did X apologise for?" over words of no apology
        lead = unreported_lead(shown_as, who, speech)
    elif read.shown and not found and asked_topic:  # "what else did he say about tanks?"
        lead = f"Nothing more from {shown_as}{_on(speech.topic)} in the articles."
    elif read.shown and not found:
        lead = f"Nothing more from {shown_as} in the articles."
    elif not found and read.filters:
        lead = f"No quotes from {shown_as} in these articles."
    elif not found:
        lead = f"No quotes from {shown_as} in the articles."
    elif on_topic and read.shown and asks_for_more(read.text):
        # "more", and "more" again: each heading says which of the words these are, as
        # "More passages for ... (4-6)" does; "What else X said:" each time read as the same
        lead = f"More of what {who} said{_on(speech.topic)}{_numbered(read, found)}:"
    elif on_topic:
        # "how did X react to Y?": "How X reacted to Y:", never "What X reacted to Y:"
        how = read.text.lstrip(" \"'“(").casefold().startswith("how ") and not read.shown
        lead = (
            f"What else {who} {asked}:"
            if read.shown
            else f"{'How' if how else 'What'} {who} {asked}:"
        )
    elif read.shown:  # "more" after their words on the topic: none left on it
        # "what else did he say about X?" names its topic: "on that" would point at nothing
        on_what = _on(speech.topic) if asked_topic else " on that"
        lead = (
            f"Nothing more from {shown_as}{on_what}; everything else {who} said"
            f"{_numbered(read, found)}:"
        )
    else:
        # "about tanks" reads as it stands; "after losing" is a tail, not a subject
        opening = (speech.topic or "").casefold().split()[:1]
        joined = "" if set(opening) & TAIL_WORDS else "about "
        shown_topic = echo(speech.topic or "")
        rest = (
            f"{_possessive(shown_as, own)} words on other things"
            if aside
            else f"everything {who} said"
        )
        lead = (
            f"{shown_as[:1].upper()}{shown_as[1:]} said nothing {joined}{shown_topic} in the "
            f"articles; {rest}:"
        )
        if opening and opening[0] in OCCASION_WORDS:
            # "after losing" names an occasion, and no quote is dated by it: that none names
            # it says not that they were silent then (the best shown may be of that very day)
            occasion = echo(" ".join((speech.topic or "").split()[1:]))
            lead = (
                f"Everything {who} said, first where the articles mention {occasion}:"
                if near_topic and occasion
                else f"The articles do not tell what {shown_as} said {shown_topic}; {rest}:"
            )
        elif near_topic and joined:
            # words said where the article speaks of the topic may well be about it ("Mutu was
            # sacked by Chelsea. But he said: ...") though they never name it
            lead = (
                f"No words of {shown_as} name {shown_topic} in the articles; everything {who} "
                f"said, first where the articles mention it:"
            )
    others = [c for c in read.choices if c != person]
    if read.misspelt and read.misspelt_written:
        lead = f"Read {read.misspelt} as {person}, whose article writes both spellings. " + lead
    elif read.misspelt and _possessive_of(read.misspelt, person):
        # "sainsbury's" for David Sainsbury: a headline may write it ("Sainsbury's Labour
        # election gift"), so it is no name the articles never write
        lead = f"No one called {read.misspelt} is quoted; read as {person}. " + lead
    elif read.misspelt:
        lead = f"No one called {read.misspelt} is named in the articles; read as {person}. " + lead
    elif others and read.unsure and _unnamed(person):
        # the role's holder a story leaves unnamed ("the captain said ..."): no full name to
        # ask by, and the named holders are not the one quoted
        also = [c for c in read.choices if c != person]
        lead = (
            f"Quoted unnamed as “{person}” ({listed(also, 'and')} "
            f"{'is' if len(also) == 1 else 'are'} also "
            "called so). " + lead
        )
    elif others and read.unsure:
        # "Jay Stanley, David Stanley or Peter Stanley", not "Jay Stanley or David Stanley, ..."
        each = [person, *(c for c in read.choices if c != person)]
        lead = (
            f"“{as_named(speech.speaker or '', each)}” may mean {listed(each)}; ask by full name. "
            + lead
        )
    elif others:
        named = [person, *read.choices]
        typed = shared_surname(speech.speaker or "", named) or as_named(
            speech.speaker or "", named
        )
        lead = namesakes_note(others, typed) + lead
    return lead, unreported


def namesakes_note(others: Sequence[str], typed: str) -> str:
    """Return the note on the others a name typed may mean: full names listed, the rest
    counted ("(Others called Howard: Andrew Howard, John Howard and 1 more.) "). A courtesy
    title and a surname alone ("Ms Howard") may be a person listed, or one no article names
    in full: no name to offer."""
    named = [other for other in others if not titled_surname(other)]
    rest = len(others) - len(named)
    if not named and rest == 1:
        return f"(Another called {typed} is quoted.) "
    if not named:
        return f"({rest} others called {typed} are quoted.) "
    more = f" and {rest} more" if rest else ""
    return f"(Others called {typed}: {', '.join(named)}{more}.) "


def titled_surname(name: str) -> bool:
    """Return whether `name` is a courtesy title and one word ("Ms Howard", "Dr Reid")."""
    words = name.split()
    return len(words) == 2 and words[0].casefold().rstrip(".") in COURTESY_TITLES


def _on(topic: str | None) -> str:
    """Return " about <topic>" (" <topic>" for a tail: "after losing"), or "" for none."""
    if not topic:
        return ""
    opening = topic.casefold().split()[:1]
    return f"{' ' if set(opening) & TAIL_WORDS else ' about '}{echo(topic)}"


def _numbered(read: Question, found: list[QuoteHit]) -> str:
    """Return " (quotes 7-12)" for the words a "more" shows after the `read.shown` ones, so a
    second "more" is told apart from the first; "" for any other follow-up."""
    if not (read.shown and found and asks_for_more(read.text)):
        return ""
    first = len(read.shown) + 1
    last = len(read.shown) + len(found)
    return f" (quote {first})" if first == last else f" (quotes {first}-{last})"


def _said_gender(quotes: list[Quote]) -> str:
    """Return MAN or WOMAN when the cues of a person's quotes give a pronoun ("she said", "Mrs
    Hale said") and none gives the other, else ""."""
    genders = {cue_gender(quote) for quote in quotes} - {""}
    return genders.pop() if len(genders) == 1 else ""


def _possessive(person: str, quotes: list[Quote]) -> str:
    """Return "his" or "her" as the person's quotes' cues give it, else the name's possessive
    ("Ada Vale's", "the Lib Dems'"): one person is no "their", nor is a body's pronoun known."""
    said = _said_gender(quotes)
    if said:
        return "his" if said == MAN else "her"
    return whose(person)


def _with_article(person: str, asked: str) -> str:
    """Return `person` as a lead names them: "the White House" where the reader wrote "the
    white house" for a body the articles name without its article."""
    if asked.casefold() == f"the {person.casefold()}" and is_group(person):
        return f"the {person}"
    return person


def _unnamed(person: str) -> bool:
    """Return whether `person` is a description quoted as it stands ("the captain"), not a
    name: a holder of a role whom the story never names."""
    return person[:1].islower() and is_description(person)


def _possessive_of(asked: str, person: str) -> bool:
    """Return whether `asked` is `person`'s surname in the possessive ("sainsbury's" of David
    Sainsbury): a shop or a gift of theirs, never a slip in spelling them."""
    folded = asked.casefold().replace("’", "'").strip()
    return folded.endswith("'s") and folded[:-2] == name_key(person)[1]
