"""Cue reading: the speakers and reported words of one sentence's speech cues.

Part of quote attribution (`qabot.attribution.quotes`), which runs it on every sentence of every
paragraph: each cue ("said", "told Euronews", "according to", ", adding that") is read with its
speaker on either side (a name, a pronoun or a role: `qabot.attribution.speaker_phrases`,
`qabot.attribution.speaker_reading`), and the words it reports are found before or after it
(whether they are words said or when and where they were said: `qabot.attribution.cue_context`).
What spans sentences and paragraphs (a quote with no cue, a speaker going on into the next
paragraph) stays in `qabot.attribution.quotes`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from qabot.attribution.called_uses import CALLED
from qabot.attribution.cue_context import (
    REPLIES,
    believer,
    circumstance,
    gapped,
    no_speech_before,
    no_words_after,
    parted_clause,
    quoted_as,
    relative_at,
    replier,
    that_before,
)
from qabot.attribution.cue_search import sentence_cues
from qabot.attribution.cue_spans import (
    before_inner_quote,
    content_end,
    finite_verbs,
    object_after,
    subject_clause_end,
    subordinate_end,
)
from qabot.attribution.cue_speakers import CueSpeakers, is_named_person
from qabot.attribution.cues import (
    ACCORDING,
    ADDED,
    ADDRESSED,
    AFTER_QUOTE,
    BELIEF,
    NOUN_CUES,
    PARTICIPLE,
    QUOTING,
    SCORED,
    TELL,
)
from qabot.attribution.documents import document_source
from qabot.attribution.quote_content import Attribution, opening_phrase
from qabot.attribution.quote_marks import MASK, QUOTE_MARKS
from qabot.attribution.speaker_phrases import head_words, speaker_before
from qabot.attribution.speaker_reading import interpret
from qabot.records import Article
from qabot.text.lexicon import PERSON_NOUNS, PRONOUNS, is_capitalised

# a sentence opening with a clause set against the main one: a cue in it reports no further
# than that clause ("While X assured members that ..., Y acknowledged that ...")
_SUBORDINATORS = (["While"], ["Although"], ["Though"], ["Whereas"])


# words after which "states" is the plural noun, not a cue: a number, a quantifier, a region, a
# preposition or "the" ("in three other states", "Rust Belt states", "to states with ...")
_STATES_NOUN = re.compile(
    r"(?:\b(?:the|other|member|several|many|all|both|these|those|some|most|remaining|key|swing"
    r"|battleground|border|early|bigger|smaller|larger|large|small|numerous|dozen|gulf|island"
    r"|red|blue|purple|primary|caucus|first|last|next|united|to|in|of|for|from|with|among"
    r"|across|and|or|then|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|\w+ern|belt|arab|baltic|nordic|african|european|asian)\s*$)",
    re.IGNORECASE,
)


class CueReader(CueSpeakers):
    """The speech cues of one article's sentences, and the speakers they leave to later quotes."""

    def __init__(self, article: Article) -> None:
        super().__init__(article)
        self.previous: Attribution | None = None
        # the speaker of a cue that ends its paragraph with a colon ("Dr. Ward stated:"): the
        # quote that opens the next paragraph is theirs
        self.introduced: Attribution | None = None
        # the paragraph being read, masked, cut into cue words once for all its sentences
        # (`cue_search.cue_cut`; None: not ASCII, each sentence is cut alone)
        self.masked_cut: str | None = None

    def sentence(
        self,
        para: str,
        masked: str,
        base: int,
        bounds: tuple[int, int],
        spans: list[tuple[int, int, bool]],
        covered: list[tuple[int, int]],
        here: list[tuple[int, Attribution]],
    ) -> None:
        """Find the attributions of one sentence: speaker, cue and content spans."""
        s0, s1 = bounds
        cursor, speaker = s0, None
        cues = sentence_cues(masked, s0, s1, self.masked_cut)
        for cue in sorted(cues, key=lambda match: match.start()):
            if cue.start() < cursor:
                continue
            verb = cue.group("cue")
            cursor_before = cursor
            left = masked[cursor : cue.start()]
            if verb in ADDED and SCORED.match(masked, cue.end()):
                continue  # "before the Czech added a third": a goal, no words
            if verb == "states" and _STATES_NOUN.search(left):
                continue  # "the 35 states that vote", "Western states", "member states": places
            if verb in AFTER_QUOTE and left.rstrip()[-1:] not in QUOTE_MARKS:
                continue  # "the data underlined the problems": only '“...,” underlined X'
            if verb in QUOTING and not any(m in masked[cue.end() : s1] for m in QUOTE_MARKS):
                self._introduces_next(masked, base, verb, left, cursor, (s0, s1))
                continue
            if (verb not in NOUN_CUES and no_speech_before(left)) or (
                verb in BELIEF and not believer(left, masked[cue.end() : s1])
            ):
                continue
            relative = None
            if verb.casefold() != "according to":
                # "the mill, which the union says was sold off": the clause from "which"
                relative = relative_at(verb, left, masked, cue.end(), s1)
                if relative is None and gapped(masked, cue.end(), s1):
                    continue  # "the number of missed calls is rising": a noun, no cue
            quoted = quoted_as(left, masked[cue.end() : s1]) if verb == "saying" else None
            if quoted is not None:
                np_start = cue.start()  # '“...,” AP quoted prosecutor Ann Lee as saying'
                person = interpret(self.people, quoted[1], base + cursor + quoted[0])
                if person is None:
                    continue
            elif verb in PARTICIPLE:
                np_start = cue.start()
                read = self.participle_speaker(verb, left, masked, (s0, s1), base, cursor, speaker)
                if read is None:
                    continue
                person = read[0]
            elif verb in NOUN_CUES:  # "his claim that", "Ruiz's insistence that"
                np_start, person = self.noun_owner(left, cursor, base)
                if person is None:
                    continue
            elif verb.casefold() == "according to":
                phrase = ACCORDING.match(masked, cue.end(), s1)
                if phrase is None:
                    continue
                words = phrase.group(1).split()
                person = document_source(self.people, words, base + cue.start()) or interpret(
                    self.people, head_words(words), base + cue.start()
                )
                if person is None:
                    continue
                attribution = Attribution(
                    person, para[cue.start() : cue.end()], (base + s0, base + s1)
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
                    ):
                        c0 += after.index(",") + 1  # "According to Acme, a toy maker, ..."
                    c1 = content_end(masked, c0, s1)
                else:
                    c0, c1 = cursor, cue.start()
                self._content(para, base, attribution, c0, c1, spans, covered, here)
                cursor, speaker = max(c1, phrase.end()), person
                self.people.add_speaker(base + cue.start(), person)
                continue
            else:
                found = speaker_before(left)
                if found is not None and found[0] < 0:
                    # "... but his lawyer told X it was a lie and added": the last cue's speaker
                    person = speaker or self._subject(masked, s0, s1, base)
                    np_start = cue.start()
                elif found is not None and self.ends_inverted(
                    masked, base, cue, cursor, s1, found
                ):
                    person, np_start = None, cue.start()  # read as '..., said X' below
                elif found is not None:
                    np_offset, words, role = found
                    np_start, at = cursor + np_offset, cursor + np_offset
                    if (
                        len(words) == 1
                        and words[0].islower()
                        and words[0] not in PRONOUNS
                        and left[:np_offset].rstrip()[-1:] in QUOTE_MARKS + MASK
                    ):
                        continue  # '“Alone” earns added pathos': a verb, not a speaker
                    if (
                        len(words) == 1
                        and words[0].casefold() in PRONOUNS
                        and self._content_after(masked, verb, cue.end(), s1)[2] is None
                    ):
                        at = cursor  # "Mr Blair was hurt, he added": not Blair, who came before
                    if verb.casefold() in _READS and not _reader(words):
                        continue  # "the message's subject line reads ...": a document's text
                    person = interpret(self.people, words, base + at, role)
                    if verb in REPLIES and len(words) == 1 and words[0].casefold() in PRONOUNS:
                        asking = max(here, key=lambda item: item[0])[1] if here else self.previous
                        person = replier(self.people, asking, person)
                else:
                    person, np_start = None, cue.start()
            if person is None:
                # '“...” trying to keep them safe, says X': the speaker follows the cue
                inverted = self._inverted(masked, base, cue, cursor, s1)
                if inverted is not None:
                    cursor, speaker = inverted
                    self.people.add_speaker(base + cue.start(), speaker)
                    self._left(
                        para,
                        masked,
                        base,
                        Attribution(speaker, verb, (base + s0, base + s1)),
                        cursor_before,
                        cue.start(),
                        spans,
                        covered,
                        here,
                    )
                continue
            self.people.add_speaker(base + np_start, person)
            cue_end, cue_length, content_at = self._content_after(masked, verb, cue.end(), s1)
            if content_at is not None and no_words_after(verb, left, masked, content_at, s1):
                if verb in CALLED:
                    continue  # "a group called X", "called the police": nobody spoke here
                content_at = None  # "said pleasantly into the phone": the words came before
            cue_text = para[cue.start() : cue.start() + cue_length].rstrip(".")
            attribution = Attribution(person, cue_text, (base + s0, base + s1))
            speaker = person
            if (
                content_at is None
                and not masked[s0:np_start].strip()
                and not object_after(verb, masked[cue_end:s1])
            ):
                # '"We will win." Trump said.': the quote just before this sentence is its content
                # not a quote its own sentence's cue gave a speaker ('X said: “...” Y recalled
                # the day.': X's words only)
                before = next(
                    (
                        q
                        for q in spans
                        if q[2]
                        and q[1] <= s0
                        and not masked[q[1] : s0].strip()
                        and not any(c0 < q[1] and q[0] < c1 for c0, c1 in covered)
                    ),
                    None,
                )
                if before is not None:
                    self._content(
                        para, base, attribution, before[0], before[1], spans, covered, here
                    )
            if content_at is None:
                if masked[cue_end:s1].strip() == ":":
                    self.introduced = attribution  # "Dr. Ward stated:" before a quote
                found_before = len(here)
                parted = parted_clause(masked, cursor, np_start, cue_end, s1)
                if parted is not None:  # "The economy, he said, is strong": the whole clause
                    aside = (base + np_start, base + cue_end)
                    attribution = replace(attribution, aside=aside)
                    self._content(para, base, attribution, *parted, spans, covered, here)
                else:
                    self._left(
                        para, masked, base, attribution, cursor, np_start, spans, covered, here
                    )
                rest = masked[cue_end:s1]
                if (
                    len(here) == found_before
                    and rest.lstrip().startswith(",")
                    and opening_phrase(masked[cursor:np_start].rstrip(" ,"))
                ):
                    # "Back in Virginia, Mr. Clarke said, he decided to ...": the words are the
                    # main clause after the cue, not the opening phrase before it
                    c0 = cue_end + rest.index(",") + 1
                    c0 += len(masked[c0:s1]) - len(masked[c0:s1].lstrip())
                    c1 = content_end(masked, c0, s1)
                    if len(masked[c0:c1].split()) >= 3 and MASK not in masked[c0:c1]:
                        self._content(para, base, attribution, c0, c1, spans, covered, here)
                if len(here) == found_before and is_named_person(self.people, person):
                    after = masked[s1:]  # where the next sentence starts
                    following = s1 + len(after) - len(after.lstrip())
                    self.silent.append((cue_end, s1, attribution))
                    self.silent.append((following, following + 1, attribution))
                cursor = cue_end
                continue
            found_before = len(here)
            self._left(
                para,
                masked,
                base,
                attribution,
                cursor,
                np_start,
                spans,
                covered,
                here,
                quotes_only=True,
            )
            quote = next((q for q in spans if q[0] == content_at), None)
            if (
                quote is None
                and len(here) > found_before
                and not that_before(masked, content_at)
                and (verb in TELL or verb in ADDRESSED or circumstance(masked, content_at))
            ):
                # '“...,” Trump told a crowd in Green Bay': the quote before is what was said;
                # the words after the cue are whom and where, not more of it
                cursor = cue_end
                continue
            c1 = quote[1] if quote else content_end(masked, content_at, s1)
            if quote is None and masked[s0:np_start].split()[:1] in _SUBORDINATORS:
                c1 = subordinate_end(masked, content_at, c1)
            if verb in NOUN_CUES:  # "X's claim that A would B", "... his claim that A, Y said"
                c1 = subject_clause_end(
                    masked, content_at, subordinate_end(masked, content_at, c1)
                )
            if quote is None:  # "The paper reports that X told a magazine: “...”": X's
                c1 = before_inner_quote(masked, content_at, c1)
            if relative is not None and quote is None:
                attribution = replace(attribution, aside=(base + np_start, base + cue_end))
                content_at = cursor_before + relative
            self._content(para, base, attribution, content_at, c1, spans, covered, here)
            # "X's claim that A was wrong, analysts said": the noun's words are in the others'
            cursor = cursor_before if verb in NOUN_CUES else c1


# "X read(s): ..." quotes a person reading out or writing only when X is someone: a name, a
# pronoun or a person noun ("the spokesman read"); "the sign reads", "a statement read" quote
# a document, which is nobody's own words
_READS = frozenset({"read", "reads"})


def _reader(words: list[str]) -> bool:
    last = words[-1].casefold().rstrip(".,")
    return is_capitalised(words[-1]) or last in PRONOUNS or last in PERSON_NOUNS


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
    return first in {"a", "an"} and not finite_verbs(described)
