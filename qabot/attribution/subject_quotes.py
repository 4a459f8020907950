"""Whether a sentence's subject speaks a quote no cue of its own gave a speaker.

Part of uncued quotes (`qabot.attribution.uncued_quotes`): "Trump attacked “the hateful
ideology of ...”" gives the subject's words, and so does "Alley mused, “...”"; but not a quote
after another cue of its sentence, one the sentence credits to someone else ("according to his
adviser"), a name the subject gives a thing ("which critics call a “...”"), a question put to
the subject, what a modal or a copula puts after it, or a work's title. This module holds that
one test, apart from the order of readings `uncued_quotes` tries.
"""

from __future__ import annotations

import re

from qabot.attribution.cues import NAMING_RELATIVE
from qabot.attribution.names import People
from qabot.attribution.participle_speakers import is_named_person
from qabot.attribution.persons import Person
from qabot.attribution.quote_content import Attribution
from qabot.attribution.quote_marks import QUOTE_MARKS, is_title
from qabot.attribution.relayed_voices import relays_another
from qabot.attribution.uncued_signs import names_a_thing, speech_verb
from qabot.text.lexicon import name_key
from qabot.text.patterns import lazy

# verbs whose subject passes on someone else's words ("quoted the plan as saying: “...”")
_CITING = frozenset("quoted quotes cited cites read reads".split())
_MODALS = frozenset("will would should could can cannot may might must shall".split())
# a quote right after a copula is what someone is, not what they said ('he was “the ultimate
# hack”'; but 'Mr Dean is confident: “...”')
_COPULAS = frozenset("is are was were became becomes remains remained".split())
_ACCORDING = lazy(r"\baccording to\b", re.IGNORECASE)
# the subject was asked: a quote after is the question put or the words asked about
_ASKED_SUBJECT = lazy(r"\b(?:is|are|was|were|been|being)\s+asked\b")


def subject_speaks(
    people: People,
    masked: str,
    sentence: tuple[int, int],
    quote: tuple[int, int],
    inner: str,
    person: Person,
    verb: str,
    words: list[str],
    here: list[tuple[int, Attribution]],
) -> bool:
    """Return whether `person`, the subject (its `words`, up to `verb`) of the sentence at
    `sentence` (offsets in the paragraph, `masked`), speaks the quote at `quote` (its words
    `inner`), given the attributions made `here` in the paragraph so far."""
    s0, s1 = sentence
    q0, q1 = quote
    return (
        # '..., but Parry explained: “...” “...”': a quote after a cue of its sentence
        # goes on with that cue's speaker, not with the sentence's subject
        not any(s0 <= at < q0 and a.speaker is not person for at, a in here)
        # "Brown will meet his rule “with a margin to spare”, according to his adviser":
        # the sentence names another source, even one we cannot name
        and not _ACCORDING.search(masked, q1, s1)
        # "X defended the tax, which critics call a “...”": the critics' name for it
        and not NAMING_RELATIVE.search(masked, s0, q0)
        and not _ASKED_SUBJECT.search(masked, s0, q0)  # 'X was asked, “Why ...?”'
        # "X read the poem: “...”", "X read a letter from his son: “...”": another voice
        and not relays_another(verb, masked[masked.find(verb, s0, q0) + len(verb) : q0])
        and (
            # "Prince Harry should see “...”, Rabbi X said": a modal is no act of speech
            (
                (
                    person.gender
                    # "Johansson was more restrained in his assessment: “...”": a
                    # person the article names in full, the quote after a colon
                    or (
                        masked[s0:q0].rstrip().endswith(":")
                        # "X quoted the plan as saying:": the plan's words
                        and verb.casefold() not in _CITING
                        and " " in person.name
                        and not set(words).isdisjoint(person.name.split())
                        and is_named_person(people, person)
                    )
                )
                and verb.casefold() not in _MODALS
                and not (
                    verb.casefold() in _COPULAS
                    and masked[s0:q0].rstrip(QUOTE_MARKS + " ").split()[-1:] == [verb]
                )
                # 'X headlined a “Sky High” reception': a name, not his words
                and not names_a_thing(masked, q0, q1, inner)
            )
            # "Alley mused, “...”": a named subject whose verb introduces the quote
            or (
                masked[s0:q0].rstrip().endswith((",", ":"))
                # a verb of speech: not "His message was:", "With Democratic
                # leaders worried, Obama has a message:"
                and speech_verb(verb)
                and person in people.names.by_surname.get(name_key(person.name)[1], [])
                and not is_title(inner)
            )
        )
    )
