""" "According to X": whose words a sentence gives with that phrase, and which (inside
`qabot.attribution.cue_reading`).

X is a document's source ("according to court papers filed by X") or a speaker phrase; the
words are the sentence before the phrase, or the clause after it when it opens the sentence
("According to Acme, a toy maker, prices will rise").
"""

from __future__ import annotations

import re

from qabot.attribution.according_shapes import (
    DETERMINED_SUBJECTS,
    SAYING,
    apposed_before_quote,
    people_noun,
    reported_through,
    said_before,
    subject_after_source,
)
from qabot.attribution.bare_clauses import finite_verbs
from qabot.attribution.content_cuts import content_end
from qabot.attribution.cue_search import sentence_cues
from qabot.attribution.cue_sentence import CueSentence
from qabot.attribution.cue_sources import ACCORDING
from qabot.attribution.cue_words import CueWords
from qabot.attribution.documents import document_source
from qabot.attribution.phrase_heads import head_words
from qabot.attribution.quote_content import Attribution
from qabot.attribution.speaker_phrases import speaker_before
from qabot.attribution.speaker_reading import interpret
from qabot.text.lexicon import (
    PERSON_NOUNS,
    POSSESSIVES,
    is_capitalised,
)


class AccordingCues(CueWords):
    """The words "according to X" gives X."""

    def according(self, st: CueSentence, cue: re.Match[str]) -> None:
        """Give the speaker after "according to" the words it reports, if someone is named."""
        masked, s1, cursor = st.masked, st.s1, st.cursor
        phrase = ACCORDING.match(masked, cue.end(), s1)
        opening = not masked[cursor : cue.start()].strip()
        if opening and phrase is not None:
            inner = reported_through(masked, cue.end(), phrase.end(), s1)
            if inner is not None:
                # "According to Mr X(,) the prime minister said: “...”": the prime minister's
                # words, which X reports; the cue after reads them
                st.cursor = inner
                return
        subject = subject_after_source(masked, cue.end(), s1) if opening else None
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
        if person is None and words[0].islower() and people_noun(*head, words[-1]):
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
            and not said_before(masked[cursor : cue.start()], rest)
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
            elif apposed_before_quote(masked, c0, s1):
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
        cues = [c for c in sentence_cues(masked, c0, c1) if c.group("cue").casefold() in SAYING]
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
            and words[0] not in DETERMINED_SUBJECTS | {"this", "that"}
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
