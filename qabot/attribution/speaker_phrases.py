"""Speaker phrases: the words before a cue that name its speaker (inside
`qabot.attribution.quotes`).

`speaker_before` finds the phrase that ends before a cue word ("Britain's top diplomat, Liz
Truss," before "said"), past asides between dashes or commas, relative clauses and the lists in
them ("Voters who backed X said": the voters); the head of a long phrase after a cue is
`qabot.attribution.phrase_heads`. Reading the phrase as a person is
`qabot.attribution.speaker_reading`; whether a run of words is a name or a role is
`qabot.attribution.phrase_shapes`; the noun phrase ending some words is
`qabot.attribution.noun_phrases`; a name in apposition between commas is
`qabot.attribution.speaker_appositions`. The word lists are general (`qabot.text.lexicon`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from qabot.attribution.apposition_shapes import (
    joined_tie,
    name_before_role,
    titled_after_name,
    two_roles,
)
from qabot.attribution.cues import SPEECH_VERBS
from qabot.attribution.ending_names import name_ending, subject_after_adverbial
from qabot.attribution.noun_phrases import before_participle, noun_phrase, phrase_opens
from qabot.attribution.phrase_shapes import (
    is_name_run,
    is_role,
    is_role_at,
)
from qabot.attribution.quote_marks import MASK, QUOTE_MARKS
from qabot.attribution.relative_bodies import body_before_which
from qabot.attribution.speaker_appositions import apposed_speaker
from qabot.attribution.tied_names import named_before_tie
from qabot.text.lexicon import (
    NOUNS_IN_LY,
    ROLE_NOUNS,
)
from qabot.text.patterns import lazy

# compiled once: these run for every word of every article
_PARENTHESES = lazy(r"\([^()]*\)")
# "- who was wrongly convicted -", and "-- the company that owns it --" as some archives write it
_DASH_ASIDE = lazy(r"\s(?:--|[-–—])\s[^-–—·\"“”]{3,120}?\s(?:--|[-–—])\s*$")
_TRAILING_WHO = lazy(r",?\s+who$")
# a relative clause with no comma between its noun and the cue: "Voters who backed X said"
# ("who" after a noun, the clause opening with its verb, no dash, comma, "that" or "but" in it;
# not "who U.S. officials say", "grew heated over who supported which bill that X said", "can
# see who gives how much but the report says")
_RESTRICTIVE_WHO = lazy(
    r"(?<=[\w'’])(?<!\bover)(?<!\babout)(?<!\bon)(?<!\bof)(?<!\bto)(?<!\bfor)(?<!\bknow)"
    r"(?<!\bask)(?<!\basked)(?<!\bsee)(?<!\bsaw)(?<!\bshow)(?<!\btell)(?<!\bdecide)"
    r"\s+who\s+(?!(?:the|a|an|he|she|they|we|i|you|it|his|her|their|its|our"
    r"|my|your|some|many|most|that|this|these|those)\b)[a-z]"
    r"(?:(?!\s(?:--|[-–—]|that|but|so|while|because|although|whereas)\s)"
    r"[^,;:·\"“”()]){0,100}$"
)
# a character of words running to the cue with no break nor word that opens a clause of its
# own ("but", "which", "he"): the rest of a relative clause before the cue
_CLAUSE_FREE_RUN = (
    r"(?:(?!\s(?:--|[-–—]|that|but|so|while|because|although|whereas|what|which|who|whom|he|she"
    r"|they|we|i|you|it)(?:\s|$))[^,;:·\"“”()])"
)
# a relative clause of "that" or "whose" between a plural noun and the cue: "Groups that have
# endorsed him say", "The officials whose laws were struck down say" (the noun speaks, not a
# word inside the clause); after "that" an auxiliary and a verb ("the plan that officials say":
# the officials; "the hall of mirrors that is Trump World told": no verb of the clause), after
# "whose" an auxiliary somewhere ("the man whose son said": the son), and no subject of its own
# inside ("regulations that would end what she said": she)
_RESTRICTIVE_THAT = lazy(
    r"(?<=[a-z][a-rt-z]s)\s+(?:that\s+(?:has|have|had|is|are|was|were|will|would|could|can"
    r"|may|might|should|must|did|do|does)(?:\s+not)?\s+[a-z]|whose\s+[a-z](?=[^,;:]*\s(?:has"
    r"|have|had|is|are|was|were|will|would|could|can|may|might|should|must|did|do|does)\s))"
    + _CLAUSE_FREE_RUN
    + r"{0,100}$"
)
# a relative clause whose "that" or "which" is its subject, then a verb and its object, between
# a noun and the cue: "Officials in the state that borders Mexico said", "denizens of the hall
# of mirrors that is Trump World told" (the noun speaks, not the object); the verb is a word in
# -s or -ed or a form of "be", the object opens with a determiner or a capital (not "the plan
# that officials say", "the document which the Foreign Office says": the clause's own subject)
_SUBJECT_RELATIVE = lazy(
    r"(?<=[a-z])\s+(?:that|which)\s+(?:is|are|was|were|[a-z]{2,}(?:s|ed))\s+"
    r"(?:the|a|an|his|her|its|their|our|[A-Z])" + _CLAUSE_FREE_RUN + r"{0,80}$"
)
# a word before "that" that takes a clause, not a noun ("said that is ...", "so sure that")
_CLAUSE_TAKERS = frozenset("is was are were be so such now said says say".split())
# a determiner and one word ending the words before a cue word: the cue is a noun there
_NOUN_BEFORE_CUE = lazy(r"\b(?:his|her|their|its|our|my|your)\s+[a-z]\S*$")
_ACRONYM = lazy(r"[A-Z]{2,3}")
# Words between a speaker and the cue: "NATO has repeatedly warned", "Heappey also accused".
_MODIFIERS = lazy(
    r"(?:\s+(?:has|have|had|would|will|did|does|do|could|may|might|also|even|himself|herself|"
    r"themselves|itself|too|then|later|afterwards?|again|once|"
    r"further|since|now|meanwhile|previously|earlier|recently|repeatedly|separately|publicly|"
    r"privately|reportedly|initially|subsequently|often|always|never|not|first|still|long|"
    r"(?:this|last|next)\s+(?:week|month|year|weekend|summer|spring|fall|winter)|yesterday|"
    r"today|tonight|(?:on\s+)?(?:(?:late|early)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?:\s+(?:morning|afternoon|evening|night))?|"  # "X on Thursday evening said"
    r"(?!(?:" + "|".join(sorted(NOUNS_IN_LY)) + r")\b)[a-z]+ly))*\s*$"
)
_PASSIVE = frozenset("was were been being be is are".split())
SPEAKER_READINGS = 256  # the last readings kept: a cue's checks come one after another


def speaker_before(left: str) -> tuple[int, list[str], str | None] | None:
    """Return (offset, words, role) of the speaker phrase ending `left`, or None.

    Offset -1 means "the subject of the sentence" (a coordinated verb: "... and says").
    A cue's words before it are read by several of its checks (a relative clause, the
    speaker, a question asked, a document's verb): about half the calls of an article repeat
    one, so the reading is kept (`_speaker_before`), and each caller gets its own word list.
    """
    found = _speaker_before(left)
    return None if found is None else (found[0], [*found[1]], found[2])


@lru_cache(maxsize=SPEAKER_READINGS)
def _speaker_before(left: str) -> tuple[int, list[str], str | None] | None:
    """`speaker_before`, read afresh (a function of `left` alone)."""
    modifier = _MODIFIERS.search(left)
    chunk = left[: modifier.start()] if modifier else left
    words = chunk.split()
    if not words or words[-1].casefold() in _PASSIVE:
        return None
    if words[-1].casefold() in {"and", "but"} or (
        words[-1].endswith(",") and left[len(chunk) :].split()[:1] == ["then"]
    ):
        return -1, [], None  # "... and says", "... Secretary of Defense, then says"
    chunk = _PARENTHESES.sub(lambda m: " " * len(m.group()), chunk).rstrip()
    # "Gerry Conlon - who was wrongly convicted - said": an aside between dashes
    aside = _DASH_ASIDE.search(chunk)
    if aside is not None:
        chunk = chunk[: aside.start()].rstrip()
        named_part, closing, apposed = chunk.rpartition(",")
        if (
            closing
            and is_name_run(named_part.split(",")[-1].split())
            # ... or "X, CEO of Acme -- which ... -- said"
            and (apposed.split() or [""])[0].rstrip(".").casefold()
            in {"the", "a", "an", *ROLE_NOUNS}
        ):  # "X, the chief of Acme -- which owns Y -- told": the aside closes the apposition
            chunk += ","
    trailing = _TRAILING_WHO.search(chunk)
    if trailing is None and (body := body_before_which(chunk)) is not None:
        return body  # "the Acme Trust, which said": the trust
    chunk = chunk[: trailing.start()] if trailing else chunk
    if not chunk.endswith(","):
        # "Voters who backed Sanders said", "The host who presents Stars In Their Eyes said":
        # the subject is the noun before the clause, not a name inside it (not when the
        # phrase is a "who" of its own: "a man who wrote ..., who shouted")
        restrictive = (
            None if trailing else _RESTRICTIVE_WHO.search(chunk) or _RESTRICTIVE_THAT.search(chunk)
        )
        if restrictive and _NOUN_BEFORE_CUE.search(restrictive.group()):
            restrictive = None  # "children who have failed in their asylum claims": a noun
        if restrictive is None and not trailing:
            restrictive = _subject_relative(chunk)
        found = titled_after_name(chunk) or noun_phrase(
            chunk[: restrictive.start()] if restrictive else chunk
        )
        if found is None and trailing:
            # "with help from Labor Secretary Thomas Perez, who said": the name the clause
            # follows, though the words before it are too many for one phrase
            found = name_ending(chunk)
        elif found is None and restrictive is None:
            # "Responding to the claims made on Sunday Tory co-chairman Jo Fox said"
            found = subject_after_adverbial(chunk)
        found = joined_tie(chunk, found)
        tied = named_before_tie(chunk, found)
        if tied is not None:
            return tied
        if found and is_role(found[1]):
            found = two_roles(chunk, found)  # "X, PTC president and conservative activist"
        if (
            found
            and len(found[1]) == 1
            and _ACRONYM.fullmatch(found[1][0])
            and chunk[: found[0]].rstrip().endswith(",")
        ):  # "Richard Mawrey, QC told" (but "Sales rose, BMW said": the body)
            postnominal = noun_phrase(chunk[: found[0]].rstrip()[:-1])
            found = postnominal if postnominal and is_name_run(postnominal[1]) else found
        elif (
            found
            and (is_role(found[1]) or is_role_at(found[1]))
            and chunk[: found[0]].rstrip().endswith(",")
        ):
            # '“...,” Mr Prettejohn, Lloyd's chief executive said': the name, then its role
            before = chunk[: found[0]].rstrip()[:-1]
            name = noun_phrase(before)
            if name and "by" in name[1][:-2] and phrase_opens(before, name[0]):
                # "A book published by X, a member of Y says": the subject is the work, and
                # its author speaks (not "In a video uncovered by X, a diplomat said")
                at = before.rfind(" by ") + len(" by ")
                name = (at, name[1][len(name[1]) - name[1][::-1].index("by") :])
                opens = True
            else:
                opens = name is not None and before[: name[0]].rstrip()[-1:] in (
                    ("", ",", MASK, *QUOTE_MARKS)
                )
            if name and is_name_run(name[1]) and len(name[1]) >= 2 and opens:
                return name[0], name[1], " ".join(found[1])
        role_after = None if found and is_name_run(found[1]) else name_before_role(chunk)
        if role_after is not None:  # '“...,” Jo Ruiz, founder of the Acme Trust said'
            return role_after
        return (found[0], before_participle(found[1]), None) if found else None
    return apposed_speaker(chunk)


def _subject_relative(chunk: str) -> re.Match[str] | None:
    """Return the relative clause of a subject "that" or "which" ending `chunk` after a noun
    ("the state that borders Mexico"), or None: not after a verb or an adjective that takes a
    clause ("officials said that is the case", "were so sure that ...")."""
    found = _SUBJECT_RELATIVE.search(chunk)
    if found is None:
        return None
    before = chunk[: found.start()].split()
    word = before[-1].casefold() if before else ""
    if (
        not word
        or word.endswith("ed")
        or word in _CLAUSE_TAKERS
        or word in SPEECH_VERBS
        or (len(before) > 1 and before[-2].casefold() in _CLAUSE_TAKERS)  # "so slow that"
    ):
        return None
    return found
