""" "According to X": whose words a sentence gives with that phrase, and which (inside
`qabot.attribution.cue_reading`).

X is a document's source ("according to court papers filed by X") or a speaker phrase; the
words are the sentence before the phrase, or the clause after it when it opens the sentence
("According to Acme, a toy maker, prices will rise").
"""

from __future__ import annotations

import re

from qabot.attribution.bare_clauses import finite_verbs
from qabot.attribution.content_cuts import content_end
from qabot.attribution.cue_search import sentence_cues
from qabot.attribution.cue_sentence import CueSentence
from qabot.attribution.cue_sources import ACCORDING
from qabot.attribution.cue_words import CueWords
from qabot.attribution.documents import document_source
from qabot.attribution.phrase_heads import head_words
from qabot.attribution.quote_content import Attribution
from qabot.attribution.quote_marks import MASK
from qabot.attribution.speaker_phrases import speaker_before
from qabot.attribution.speaker_reading import interpret
from qabot.text.lexicon import (
    NUMBER_WORDS,
    PERSON_NOUNS,
    POSSESSIVES,
    ROLE_NOUNS,
    is_capitalised,
)
from qabot.text.patterns import lazy

_APPOSITION_OPENERS = frozenset("a an the another".split())
_TOKEN = lazy(r"\S+")
# what opens a clause's subject after a source named with no comma
_DETERMINED_SUBJECTS = frozenset("the a an his her their its".split())
_PRONOUN_SUBJECTS = frozenset("he she they it there we".split())
_COUNT = lazy(r"\d[\d,.]*%?")
# words a subject never follows inside a source's name ("figures from the ONS")
_NOT_BEFORE_SUBJECT = frozenset(
    "of by from at in for on with to and or the a an his her their its this that".split()
)
# words that open a subject after a source with no comma ("According to Mr X the minister")
_SUBJECT_OPENERS = frozenset("the a an his her their its he she they".split())
# verbs that report words whoever the subject is (not "firms added jobs", "X dismissed a move")
_SAYING = frozenset(
    """said says told tells admitted warned insisted claimed declared vowed argued explained
stated wrote writes replied added""".split()
)
# a quote and nothing after it but the sentence's stop
_QUOTE_ENDING = rf"[\"“]{MASK}+[.!?,]?[\"”]?[.!?]?\s*$"
# words quoted whole right after the cue: a colon, or a quote that ends the sentence (not
# 'X said “there is love” in Orlando', a phrase of X's in the source's account)
_QUOTE_NEXT = lazy(rf"\s*(?::|,?\s*{_QUOTE_ENDING})")
# one quote and nothing after it but the sentence's stop
_QUOTE_ALONE = lazy(rf"\s*{_QUOTE_ENDING}")
_APPOSED_WORDS = 8  # the most words of what a source is, said between commas before a quote


class AccordingCues(CueWords):
    """The words "according to X" gives X."""

    def according(self, st: CueSentence, cue: re.Match[str]) -> None:
        """Give the speaker after "according to" the words it reports, if someone is named."""
        masked, s1, cursor = st.masked, st.s1, st.cursor
        phrase = ACCORDING.match(masked, cue.end(), s1)
        opening = not masked[cursor : cue.start()].strip()
        if opening and phrase is not None:
            inner = _reported_through(masked, cue.end(), phrase.end(), s1)
            if inner is not None:
                # "According to Mr X(,) the prime minister said: “...”": the prime minister's
                # words, which X reports; the cue after reads them
                st.cursor = inner
                return
        subject = _subject_after_source(masked, cue.end(), s1) if opening else None
        if (
            subject is not None
            and (
                phrase is None
                or (
                    phrase.end() > subject
                    # "According to Il Sole 24 Ore, Italy's ...": a comma closes a short source
                    and (
                        masked[phrase.end() : s1][:1] != ","
                        or len(masked[subject : phrase.end()].split()) >= 4
                    )
                )
            )
        ):
            # "According to Jupiter Research 40% of homes ...": no comma after the source
            self._source_then_words(st, cue, subject)
            return
        if phrase is None:
            return
        words = phrase.group(1).split()
        person = document_source(self.people, words, st.base + cue.start()) or interpret(
            self.people, head_words(words), st.base + cue.start()
        )
        if (
            person is None
            and words[-1].endswith(".")
            and "." not in words[-1][:-1]
            and phrase.end() == s1
            # "according to his tax filings.", "... his former adviser.": whose, it does not say
            and words[0].casefold() not in POSSESSIVES
        ):
            # "..., according to a Treasury official.": the sentence's full stop, no part of
            # the source (not "the F.A.A.", whose stop is its own)
            words = [*words[:-1], words[-1][:-1]]
            person = interpret(self.people, head_words(words), st.base + cue.start())
        head = head_words(words)[-1:]
        if person is None and words[0].islower() and _people_noun(*head, words[-1]):
            # "according to people familiar with the talks", "the UK's leading critics": the
            # description whole, as a speaker before a cue is read ("people" names no one)
            person = interpret(self.people, words, st.base + cue.start())
        if person is None:
            return
        attribution = Attribution(
            person, st.para[cue.start() : cue.end()], (st.base + st.s0, st.base + s1)
        )
        rest = masked[phrase.end() : s1]
        if (
            rest.lstrip().startswith(",")
            and len(rest.split()) > 2
            # "X has won, according to a CNN tally, but ...": the words came before
            and not _said_before(masked[cursor : cue.start()], rest)
        ):
            c0 = phrase.end() + rest.index(",") + 1
            after = masked[c0:s1]
            if (
                after.split()[0] in {"a", "an"}
                and "," in after
                and not finite_verbs(after[: after.index(",")].split())
            ) or (
                after.split()[0] in {"which", "who", "whose"}
                and "," in after
                and len(after[after.index(",") + 1 :].split()) > 2
            ):
                # "According to Acme, a toy maker, ...", "According to Acme, which makes
                # toys, ...": what the source is, then its words
                c0 += after.index(",") + 1
            elif _apposed_before_quote(masked, c0, s1):
                # "According to Jo Ray, the club chairman, “...”": what the source is, then
                # the quote (its words are the words inside the marks)
                c0 += after.index(",") + 1
            c1 = content_end(masked, c0, s1)
            self._told_of(st, c0, c1)
        else:
            c0, c1 = cursor, cue.start()
        self.emit_words(st, attribution, c0, c1)
        st.cursor, st.speaker = max(c1, phrase.end()), person
        self.people.names.add_speaker(st.base + cue.start(), person)

    def _told_of(self, st: CueSentence, c0: int, c1: int) -> None:
        """Give the person whose cue opens the words a source tells of ("According to the FT,
        chief operating officer Jo Ray said that Acme is ...") the words that cue reports: the
        source's account (as PolNeAR reads it) holds them, and they are Ray's too."""
        masked = st.masked
        cues = [c for c in sentence_cues(masked, c0, c1) if c.group("cue").casefold() in _SAYING]
        if not cues:
            return
        cue = min(cues, key=lambda c: c.start())
        left = masked[c0 : cue.start()]
        found = speaker_before(left)
        if (
            found is None
            or left[: max(found[0], 0)].strip()  # the cue's subject opens the words
            or not 1 <= len(left.split()) <= 6
            or any(m in left for m in ",;:")
            or not found[1]
            or not (is_capitalised(found[1][-1]) or found[1][-1] in PERSON_NOUNS)
        ):
            return
        person = interpret(self.people, found[1], st.base + c0 + found[0])
        at = self._content_after(masked, cue.group("cue"), cue.end(), c1)[2]  # "warned X that"
        if person is None or at is None or at >= c1:
            return
        told = Attribution(
            person, st.para[cue.start() : cue.end()], (st.base + st.s0, st.base + st.s1)
        )
        self.emit_words(st, told, at, c1)
        self.people.names.add_speaker(st.base + c0 + found[0], person)

    def _source_then_words(self, st: CueSentence, cue: re.Match[str], subject: int) -> None:
        """Give the source between "according to" and `subject` the clause from `subject`."""
        words = st.masked[cue.end() : subject].split()
        if (
            words[0].islower()
            and words[0] not in _DETERMINED_SUBJECTS | {"this", "that"}
            and not any(is_capitalised(w) for w in words)
        ):
            return  # "According to statistics 50% of ...": no one named
        position = st.base + cue.start()
        person = document_source(self.people, words, position) or interpret(
            self.people, head_words(words), position
        )
        if person is None:
            return
        attribution = Attribution(
            person, st.para[cue.start() : cue.end()], (st.base + st.s0, st.base + st.s1)
        )
        end = content_end(st.masked, subject, st.s1)
        self.emit_words(st, attribution, subject, end)
        st.cursor, st.speaker = end, person
        self.people.names.add_speaker(position, person)


def _subject_after_source(masked: str, start: int, s1: int) -> int | None:
    """Return where the clause starts when a sentence opens "According to X" and no comma
    ends X: the first subject after a noun of X ("According to Jupiter Research 40% of
    homes ...", "According to the Acme report the trend ..."; not the "the" of "figures from
    the ONS", nor "the Radicati Group" named in apposition), else None."""
    tokens = list(_TOKEN.finditer(masked, start, s1))
    for index in range(1, min(len(tokens) - 2, 8)):
        word, before = tokens[index].group(), tokens[index - 1].group()
        if any(mark in before for mark in ",;:") or MASK in before:
            return None
        following = tokens[index + 1].group()
        if before.casefold() in _NOT_BEFORE_SUBJECT:
            continue
        if (
            (word in _DETERMINED_SUBJECTS and following.islower() and following.isalpha())
            or word in _PRONOUN_SUBJECTS
            or (_COUNT.fullmatch(word) and not is_capitalised(following))
        ):
            return tokens[index].start()
    return None


def _reported_through(masked: str, start: int, end: int, s1: int) -> int | None:
    """Return where the subject of a speech cue starts when "according to X" only says who
    tells of the words that cue quotes ("According to Mr X the minister said: “...”",
    "According to the book, the minister told them: “...”"), else None. `start` and `end`
    bound the words after "according to"."""
    after = masked[end:s1]
    if after.lstrip().startswith(","):
        subject = end + after.index(",") + 1
    else:
        # no comma: the subject opens with a determiner or a pronoun after X's name
        tokens = list(_TOKEN.finditer(masked, start, end))
        subject = next(
            (t.start() for t in tokens[1:] if t.group().casefold() in _SUBJECT_OPENERS), -1
        )
        if subject < 0:
            return None
    cues = [
        c
        for c in sentence_cues(masked, subject, s1)
        if c.group("cue").casefold() != "according to"
    ]
    if not cues:
        return None
    cue = min(cues, key=lambda c: c.start())
    verb = cue.group("cue").casefold().split()[0]  # "told delegates": told
    if verb not in _SAYING or not _QUOTE_NEXT.match(masked[cue.end() : s1]):
        # "According to Y, X said that ...": X's words as Y tells them, so Y's (as PolNeAR
        # reads them too); "According to the figures, firms added 146,000 jobs": no speech
        return None
    left = masked[subject : cue.start()]
    if not 1 <= len(left.split()) <= 6 or any(m in left for m in ",;:") or " and " in left:
        return None
    found = speaker_before(left)
    if found is None or found[0] < 0 or not found[1]:
        return None
    last = found[1][-1]
    # a person only: not what research suggests, nor a poll's share ("29% of those asked")
    person = is_capitalised(last) or last in PERSON_NOUNS or last in {"he", "she"}
    return subject if person else None


def _apposed_before_quote(masked: str, start: int, s1: int) -> bool:
    """Return True when the words from `start` (after the comma closing "according to X") are
    a short phrase and a comma, then one quote ending the sentence ("the club chairman, “...”"):
    a subject and a comma are never followed by a quote alone, so the phrase says what X is
    (not "he said, “...”", a clause of its own)."""
    after = masked[start:s1]
    if "," not in after:
        return False
    apposed = after[: after.index(",")]
    words = apposed.split()
    return (
        1 <= len(words) <= _APPOSED_WORDS
        and MASK not in apposed
        and words[0].casefold() not in _PRONOUN_SUBJECTS
        and not finite_verbs(words)
        and not sentence_cues(masked, start, start + len(apposed))
        and _QUOTE_ALONE.match(after, len(apposed) + 1) is not None
    )


def _said_before(before: str, rest: str) -> bool:
    """Return True when the words before "according to X" are what X says, though a comma
    follows X: the sentence goes on with a new clause ("X has won, according to a CNN tally,
    but ...") or with what X is ("..., according to the Harbour Institute, a research group
    that tracks prices", "..., which insures the boats")."""
    words = before.split()
    after = rest.split(",", 1)[1] if "," in rest else ""
    first = after.split()[0].casefold() if after.split() else ""
    if len(words) > 3 and first in {"but", "and", "yet", "while"}:
        return True
    if not words:
        return False
    if first in {"which", "who", "whose"}:
        return True
    described = after.split(",", 1)[0].split()
    # "..., according to the Judicial Conference, the policy-making arm of ...", "..., according
    # to X, director of the Office of ...": what the source is, no clause of its own
    apposed = (
        first in _APPOSITION_OPENERS
        or (first in ROLE_NOUNS and len(words) > 3 and not is_capitalised(described[0]))
        # "..., according to the chairs of X and Y, two of the five largest counties"
        or (len(words) > 3 and described[1:2] == ["of"] and first in NUMBER_WORDS)
    )
    return apposed and not finite_verbs(described)


def _people_noun(*words: str) -> bool:
    """Return True when one of `words` (a phrase's head, its last word) means people ("people",
    "officials"), not a thing ("benchmarking", "intention")."""
    nouns = {word.casefold() for word in words}
    return any(
        n == "people" or n in PERSON_NOUNS or n.removesuffix("s") in PERSON_NOUNS for n in nouns
    )
