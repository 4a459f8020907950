"""Uncued quotes: who speaks a quote that no cue of its own sentence gave a speaker.

Part of quote attribution (`qabot.attribution.quotes`, which reads the cues first): a passive
verb's agent ("described by X as “...”"), a name alone after the quote ('“...,” Mr Bootle.'), a
signature ("“...” ― X"), a source before a colon, the sentence's subject ("Trump attacked
“...”"), the nearest speaker before it in the paragraph (or the one narration since is about),
whoever introduced it, the last paragraph's speaker when the quote opens this one or opens a
sentence of narration about them (`qabot.attribution.narrated_paragraphs`). What
the words around such a quote tell is `qabot.attribution.uncued_signs`; whether the subject
speaks it, `qabot.attribution.subject_quotes`.
"""

from __future__ import annotations

from qabot.attribution.asked_questions import put_question
from qabot.attribution.colon_speakers import colon_speaker
from qabot.attribution.cues import ASKED
from qabot.attribution.introductions import introducer_of
from qabot.attribution.narrated_paragraphs import narrated_speaker
from qabot.attribution.narrated_subjects import Spot
from qabot.attribution.narration import narrated
from qabot.attribution.paragraphs_read import ParagraphsRead
from qabot.attribution.participle_speakers import is_named_person
from qabot.attribution.passive_agents import passive_source
from qabot.attribution.persons import Person
from qabot.attribution.quote_content import Attribution
from qabot.attribution.quote_runs import open_run, run_cue
from qabot.attribution.relayed_voices import quoted_voice
from qabot.attribution.sentence_subjects import subject_words
from qabot.attribution.speaker_reading import interpret
from qabot.attribution.subject_quotes import subject_speaks
from qabot.attribution.uncued_signs import (
    DESCRIBED_THEN_VERB,
    NAME_ALONE,
    NAME_THEN_VERB,
    after_a_cue,
    after_a_work,
    cue_after,
    introduced_by_cue,
    names_another,
    no_cue_after,
    no_ones_words,
    received_words,
    speaks_on,
    unread_pronoun,
)
from qabot.text.patterns import lazy

_IMAGINED_QUOTE = lazy(r"\bas\s+(?:if|though)\s+to\s+\w+\s*[,:]?\s*$")


class UncuedQuotes(ParagraphsRead):
    """The pass over a paragraph's quotes that its cues left without a speaker."""

    def _uncued(
        self,
        para: str,
        masked: str,
        start: int,
        number: int,
        spans: list[tuple[int, int, bool]],
        sentences: list[tuple[int, int]],
        covered: list[tuple[int, int]],
        here: list[tuple[int, Attribution]],
        signing: tuple[Person, str] | None,
    ) -> None:
        """Give each quote of paragraph `number` (text[start:], masked) that no cue covered
        its speaker, if one is sure; `signing` is a signature's person and dash."""
        unread = -1  # where the last quote whose own cue's speaker we could not read starts
        unsure: list[tuple[int, int]] = []  # (index in found, where in para) of guessed quotes
        carried: list[int] = []
        of_a_work = -1  # the sentence whose quotes are a work's words ('the lyrics “...”')
        if self.open_run and self.run_unsure and spans and spans[0][0] == 0:
            run = run_cue(para, masked, spans, -1, here)
            if run is not None:  # the run the last paragraph left open ends with a cue here
                for index in self.run_unsure:
                    self.found[index] = (run, *self.found[index][1:])
            else:
                carried = self.run_unsure
        for order, (q0, q1, closed) in enumerate(spans):
            guessed = False  # the speaker is the nearest one before, not read for this quote
            inner = para[q0 + 1 : q1 - 1 if closed else q1]
            if any(c0 < q1 and q0 < c1 for c0, c1 in covered) or not inner.split():
                continue
            if _IMAGINED_QUOTE.search(masked, max(0, q0 - 40), q0):
                continue  # "as if to say, “...”": words no one said
            s0, s1 = next(((a, b) for a, b in sentences if a <= q0 < b), (0, len(para)))
            spot = Spot(sentences, (s0, s1), (q0, q1))
            words, verb = subject_words(masked, s0, s1) if q0 > s0 else ([], None)
            person = interpret(self.people, words, start + s0) if words and verb else None
            if person is None and verb and unread_pronoun(words, verb):
                continue  # 'He told MPs: “...”', "he" unsure: never whoever spoke before
            passive = passive_source(masked, s0, q0, q1, s1)
            if passive is not None:
                # "plans described by one union as a “...”": the agent's words, or nobody's;
                # never those of whom they describe ("X was called “...” by the judge")
                described = interpret(self.people, words, start + s0) if words else None
                noted = len(self.people.names.roles)
                gender = described.gender if described else None
                agent = interpret(self.people, passive.words, start + passive.at)
                if agent is not None and agent is described:
                    # "X was called “...” by the sentencing judge": the judge is someone else
                    # than X, never a role of X's a later "the judge said" would point to
                    del self.people.names.roles[noted:]
                    agent.gender = gender
                if agent is not None and passive.words and agent is not described:
                    attribution = Attribution(agent, passive.cue, (start + s0, start + s1))
                    self.emit(attribution, start + q0 + 1, start + q0 + 1 + len(inner))
                    here.append((q0, attribution))
                continue
            if no_ones_words(masked, s0, q0, q1, inner):
                continue  # 'known as the “...”', a work's title
            voice = quoted_voice(masked, s0, q0)  # "X quoted the prime minister: “...”"
            named = (
                interpret(self.people, voice[1], start + voice[0])
                if voice
                else colon_speaker(self.people, masked, s0, q0, start + s0)
            )
            if voice and named is None:
                continue  # whom we cannot tell, never the one quoting
            held = received_words(masked, s0, q0)  # 'she received comments including “...”'
            if held is not None:  # the comments' words, never the receiver's
                named = interpret(self.people, [held], start + s0)
                if named is None:
                    continue
            opens = not masked[s0:q0].strip()  # the quote opens its sentence
            unsaid = (
                NAME_ALONE.match(masked, q1)
                or NAME_THEN_VERB.match(masked, q1)
                or (DESCRIBED_THEN_VERB.match(masked, q1) if opens else None)  # "the X asks"
                if inner.rstrip().endswith(",")
                else None
            )
            alone = interpret(self.people, unsaid.group(1).split(), start + q1) if unsaid else None
            # the cues before the quote, with a named person's whose words we did not find ('When
            # X shouted, “Cruz,” Beck joked, again ..., “Amen ...”': Beck's, not the subject's)
            cued = here + [(lo, a) for lo, _, a in self.silent if s0 <= lo < q0]
            if (
                alone is not None
                and after_a_cue(masked[s0:q0])
                and any(q1 < at < s1 for at, _, _ in spans)
            ):
                continue  # 'someone shouted, “Cruz,” Beck joked': the earlier cue's words
            if alone is not None and is_named_person(self.people, alone):
                # '“...,” Mr Bootle.': a named person alone after the quote, the verb left out
                attribution = Attribution(alone, "", (start + s0, start + s1))
            elif signing is not None and person is None:
                attribution = Attribution(*signing, (start + s0, start + s1))
            elif named:  # "Pew Research: “All the samples ...”"
                cue = ":" if held is None else "received"
                attribution = Attribution(named, cue, (start + s0, start + s1))
            elif len(inner.split()) < 2:
                continue  # a scare quote
            elif (
                person is not None
                and verb
                and subject_speaks(
                    self.people, masked, (s0, s1), (q0, q1), inner, person, verb, words, cued
                )
            ):
                # "Trump attacked “the hateful ideology of ...”": the subject's words
                attribution = Attribution(person, verb, (start + s0, start + s1))
            elif len(inner.split()) < 4 and not (
                masked[s0:q0].rstrip().endswith((",", ":"))
                and any(s0 <= lo <= q0 < hi and hi - lo > 1 for lo, hi, _ in self.silent)
            ):  # a quoted title or phrase with no speaker (not after a cue with no words
                continue  # of its own: 'X shouted, “No,” Beck joked, ..., “Amen to that.”')
            elif (run := run_cue(para, masked, spans, order, here)) is not None:
                # '“... house. “Some will ...,” said Mr X': a quote left open where the next one
                # opens goes on into it, and the cue ending the run names who speaks it all
                attribution = run
            elif (
                introduced_by_cue(masked, s0, q0)
                and not any(s0 <= at < q0 for at, _ in here)
                and names_another(masked[s0:q0], [a.speaker for at, a in here if at < q0])
            ):
                # 'Responding to the claims Tory co-chairman X said: “...”' where we could not
                # read X: the quote's own cue names someone else than the speakers before it
                # (but 'X, who insists ..., said: “...”': the speaker read in its sentence; 'And
                # the ex-Wallaby added: “...”': no other name, the last speaker goes on)
                unread = q0
                continue
            elif (
                q0 > 0
                and here
                and all(at > q0 for at, _ in here)
                and not any(lo <= q0 < hi for lo, hi, _ in self.silent)
                and (told := self._narrated(masked, start, number, spot, inner))
            ):
                # as below, the paragraph's only cues later than the quote ("... Mr Pearson
                # picks up the theme. “We ...” ... warns Baroness Greenfield.")
                attribution, guessed = Attribution(told, "", (start + s0, start + s1)), True
            elif here or any(lo <= q0 < hi for lo, hi, _ in self.silent):
                # the nearest attribution before the quote (here is in the order found, not
                # in text order: quotes left over are appended after every sentence's); a cue
                # whose words we did not find counts when the quote opens the next sentence
                # ('When X shouted, “Cruz,” Beck joked, again ..., “Amen ...”': a person's
                # cue with no words of its own earlier in the quote's sentence, nearer it than
                # another cue, gives its speaker, when the story names them in full, not a
                # word read as a name: "Cost estimates")
                silent = [(lo, hi, a) for lo, hi, a in self.silent if lo <= q0 < hi]
                before = [(at, a) for at, a in here if at <= q0]
                if before:
                    before += [
                        (lo, a) for lo, hi, a in silent if speaks_on(hi - lo, a.cue, a.speaker)
                    ]
                else:
                    before = [(lo, a) for lo, _, a in silent]
                if not before and q0 > 0:
                    continue  # '... namely, “Why ...?” Later, Klein notes': not Klein's words
                if before and any(
                    lo > max(at for at, _ in before) and any(s0 <= a0 < lo for a0, _, _ in spans)
                    for lo, hi, _ in silent
                    if hi - lo > 1
                ):
                    continue  # as above, "Beck" not named in full: Beck's maybe, never X's
                if after_a_work(masked, s0, q0) or s0 == of_a_work:
                    # 'The song contains the lyrics “...”, translated as “...”': nobody's words
                    of_a_work = s0
                    continue
                if before and max(at for at, _ in before) < unread:
                    continue  # 'In a statement, it said: “...” “...”': the unread speaker's
                if (
                    (not before or max(at for at, _ in before) < s0)
                    and inner.rstrip().endswith(",")
                    and cue_after(masked, q1, s1, opens=opens, none_before=not before)
                ):
                    # '“It is over,” she said' where we cannot tell who "she" is, '“...,” the
                    # world record holder told X' where we cannot tell who that is: the cue
                    # after the quote names its speaker, never whoever spoke before or after
                    continue
                last = max(before, key=lambda item: item[0]) if before else None
                if last is not None and last[1].cue in ASKED and put_question(masked, last[0]):
                    continue  # 'X asks if you saw them. “I did.”': the answer, not the asker's
                guessed = True
                attribution = (
                    max(before, key=lambda item: item[0])[1]
                    if before
                    else min(here, key=lambda item: item[0])[1]
                )
                if (
                    not before
                    and self.previous is not None
                    and self._continues(masked, number, q0, q1, s1, inner)
                ):
                    # a paragraph opening with a quote whose sentence has no cue goes on with
                    # the last paragraph's speaker, not with a cue later in this paragraph
                    attribution = self.previous
                if before:  # '... X told us. “...” Y, though, is keen to ... “...”': Y's
                    attribution = narrated(
                        self.people,
                        self.text,
                        masked,
                        start,
                        sentences,
                        spans,
                        max(at for at, _ in before),
                        (q0, q1),
                        attribution,
                    )
            elif (
                introducer := introducer_of(self.people, masked, start, sentences, q0, q1)
            ) is not None:
                attribution, guessed = introducer, True  # "X had a short statement. “...”"
            elif self.previous is not None and self._continues(masked, number, q0, q1, s1, inner):
                attribution, guessed = self.previous, True  # going on from the last paragraph
            elif (
                self.previous is not None
                and not self.open_run
                and self.previous_paragraph == number - 1
                and not masked[s0:q0].strip()  # the quote opens a sentence of its own
                and no_cue_after(masked, q1, s1, inner)
                and (
                    going_on := narrated_speaker(
                        self.people, masked, start, sentences, q0, inner, self.previous
                    )
                )
                is not None
            ):
                # "He then moved to crutches. “Walking ... for me.”": narration about the last
                # paragraph's speaker, their words set in it with no cue
                attribution, guessed = going_on, True
            elif told := self._narrated(masked, start, number, spot, inner):
                # "On this subject, Morris appears almost evangelical. “I was ...”": the words
                # of the person the narration before them is about
                attribution, guessed = Attribution(told, "", (start + s0, start + s1)), True
            else:
                continue
            emitted = len(self.found)
            self.emit(attribution, start + q0 + 1, start + q0 + 1 + len(inner))
            here.append((q0, attribution))
            if guessed and len(self.found) > emitted:
                unsure.append((emitted, q0))
        first = open_run(para, spans, here)
        self.run_unsure = (
            []
            if first is None
            else [
                *(carried if first == 0 else []),
                *(index for index, q0 in unsure if q0 >= spans[first][0]),
            ]
        )
