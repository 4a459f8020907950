"""Quotes: Article -> list[Quote], every attribution with its speaker and verbatim offsets.

Rules, not models: quote marks are paired per paragraph (a quote left open at the end of a
paragraph runs on into the next one); each sentence is searched for speech cues ("said", "told
Euronews", "according to", ", adding that") with the speaker on either side; the speaker phrase is
read as a name, a pronoun or a role, and linked to the fullest name of that person in the article
(`qabot.attribution.speaker_phrases`, `qabot.attribution.names`; the lexicons are in
`qabot.text.lexicon`). Quotes with no cue continue the previous speaker only where the paragraph
opens with a quote mark. Quote marks are read in `qabot.attribution.quote_marks`; sentences in
`qabot.attribution.sentence_subjects`; speech verbs and cue patterns in `qabot.attribution.cues`.
One sentence's cues are read in `qabot.attribution.cue_reading` (speakers other than the phrase
before a cue in `qabot.attribution.cue_speakers`), and the words found are cut and recorded in
`qabot.attribution.quote_content`; a quote after narration about someone is read in
`qabot.attribution.narration`; this module holds the pass over paragraphs. The version of these
rules is `qabot.attribution.rule_versions.ATTRIBUTION_VERSION`.
"""

from __future__ import annotations

import re

from qabot.attribution.cue_reading import CueReader
from qabot.attribution.cue_search import cue_cut, cue_words, holds_any_cue
from qabot.attribution.cue_spans import object_after
from qabot.attribution.cue_speakers import is_named_person
from qabot.attribution.cues import (
    COLON_SOURCE,
    CUE,
    DASH_SOURCE,
    SPEECH_VERBS,
    TRANSCRIPT,
)
from qabot.attribution.introductions import introducer_of
from qabot.attribution.narration import narrated
from qabot.attribution.passive_agents import passive_source
from qabot.attribution.quote_content import Attribution
from qabot.attribution.quote_marks import QUOTE_MARKS, is_title, mask_quotes, quote_spans
from qabot.attribution.sentence_roles import PROSE_END
from qabot.attribution.sentence_subjects import sentence_spans, subject_words
from qabot.attribution.speaker_reading import interpret
from qabot.records import Article, Quote
from qabot.text.lexicon import name_key

_MODALS = frozenset("will would should could can cannot may might must shall".split())
_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)

# compiled once: these run for every word of every article
_LINE = re.compile(r"[^\n]+")
_BULLET = re.compile(r"[-•*]\s+(?=[\"“])")
_IMAGINED_QUOTE = re.compile(r"\bas\s+(?:if|though)\s+to\s+\w+\s*[,:]?\s*$")
_QUOTED = re.compile(r"[\"“]([^\"“”]+)[\"”]")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+[\"“]?[A-Z]")
_CUT_PROSE_WORDS = 20


class _Extractor(CueReader):
    """One pass over one article; see the module docstring for the rules."""

    def __init__(self, article: Article) -> None:
        super().__init__(article)
        self.previous_paragraph = -2
        self.open_run = False
        # the article cut into cue words once (ASCII text), each paragraph's words a slice
        self.cue_cut = cue_cut(self.text)

    def run(self) -> list[Quote]:
        paragraphs = [m for m in _LINE.finditer(self.text) if m.group().strip()]
        for number, match in enumerate(paragraphs):
            self.paragraph(number, match.start(), match.end())
        quotes = []
        for attribution, c0, c1 in sorted(self.found, key=lambda f: f[1]):
            text = self.text[c0:c1]
            direct = (
                attribution.verbatim
                or self._wholly_quoted(c0, c1)
                # a quoted name or term ("Free, Prior and Informed Consent") is no quotation
                or any(len(q.split()) >= 3 and not is_title(q) for q in _QUOTED.findall(text))
            )
            s0, s1 = attribution.sentence
            quotes.append(
                Quote(
                    self.article.id,
                    attribution.speaker.name,
                    text,
                    "direct" if direct else "reported",
                    attribution.cue,
                    c0,
                    c1,
                    self.text[s0:s1],
                )
            )
        return quotes

    def _wholly_quoted(self, start: int, end: int) -> bool:
        return start > 0 and (
            self.text[start - 1] in QUOTE_MARKS or self.text[start - 2 : start] == "''"
        )

    def paragraph(self, number: int, start: int, end: int) -> None:
        bullet = _BULLET.match(self.text, start, end)
        if bullet:  # "- “We're like every other school,” says X": read past the bullet
            start = bullet.end()
        para = self.text[start:end]
        label = TRANSCRIPT.match(para)
        said = para[label.end() :].split() if label else []
        if label and len(said) >= 3 and not said[0].startswith(("@", "http")):
            # "PENCE: Well, look, ..." in an interview transcript; not "IG: @handle"
            speaker = self.people.link(label.group("name").title())
            attribution = Attribution(speaker, label.group("name") + ":", (start, end), True)
            self.emit(attribution, start + label.end(), end)
            self.previous, self.previous_paragraph = attribution, number
            self.open_run = False
            return
        if not self._may_attribute(para, start, end):
            self.open_run = False  # what the full reading below ends with for such a paragraph
            return
        # the pattern opens with a look-behind for a closing quote mark: tried at every
        # position of a paragraph, which holds none in most of those read here
        dash = DASH_SOURCE.search(para) if '"' in para or "”" in para else None
        signed = (
            interpret(self.people, dash.group("name").split(), start + dash.start())
            if dash
            else None
        )
        if dash and signed:  # "“...” ― Esther Tapia"
            para = para[: dash.start()]
        elif (
            _fewer_words(para, 4) or (para.rstrip()[-1] not in PROSE_END and not _cut_prose(para))
        ) and (_fewer_words(para, 2) or not para.rstrip().endswith(":")):
            self.open_run = False  # captions, bylines and related headlines: not prose
            return
        self.introduced = None
        self.silent = []
        # two apostrophes are a double quote mark in some archives: ''like this''
        marked = para.replace("''", '" ') if "''" in para else para
        spans = quote_spans(marked)
        masked = mask_quotes(marked, spans)
        covered: list[tuple[int, int]] = []
        here: list[tuple[int, Attribution]] = []
        sentences = sentence_spans(masked)
        self.masked_cut = cue_cut(masked)
        for s0, s1 in sentences:
            self.sentence(para, masked, start, (s0, s1), spans, covered, here)
        for q0, q1, closed in spans:
            inner = para[q0 + 1 : q1 - 1 if closed else q1]
            if any(c0 < q1 and q0 < c1 for c0, c1 in covered) or not inner.split():
                continue
            if _IMAGINED_QUOTE.search(masked, max(0, q0 - 40), q0):
                continue  # "as if to say, “...”": words no one said
            s0, s1 = next(((a, b) for a, b in sentences if a <= q0 < b), (0, len(para)))
            words, verb = subject_words(masked, s0, s1) if q0 > s0 else ([], None)
            person = interpret(self.people, words, start + s0) if words and verb else None
            passive = passive_source(masked, s0, q0, q1, s1)
            if passive is not None:
                # "plans described by one union as a “...”": the agent's words, or nobody's;
                # never those of whom they describe ("X was called “...” by the judge")
                agent = interpret(self.people, passive.words, start + passive.at)
                described = interpret(self.people, words, start + s0) if words else None
                if agent is not None and passive.words and agent is not described:
                    attribution = Attribution(agent, passive.cue, (start + s0, start + s1))
                    self.emit(attribution, start + q0 + 1, start + q0 + 1 + len(inner))
                    here.append((q0, attribution))
                continue
            colon = COLON_SOURCE.search(masked, max(s0, q0 - 80), q0)
            named = (
                interpret(self.people, colon.group("name").split(), start + s0) if colon else None
            )
            unsaid = _NAME_ALONE.match(masked, q1) if inner.rstrip().endswith(",") else None
            alone = interpret(self.people, unsaid.group(1).split(), start + q1) if unsaid else None
            if alone is not None and is_named_person(self.people, alone):
                # '“...,” Mr Bootle.': a named person alone after the quote, the verb left out
                attribution = Attribution(alone, "", (start + s0, start + s1))
            elif dash and signed and person is None:
                attribution = Attribution(signed, dash.group("dash"), (start + s0, start + s1))
            elif named:  # "Pew Research: “All the samples ...”"
                attribution = Attribution(named, ":", (start + s0, start + s1))
            elif len(inner.split()) < 2:
                continue  # a scare quote
            elif (
                person is not None
                and verb
                # '..., but Parry explained: “...” “...”': a quote after a cue of its sentence
                # goes on with that cue's speaker, not with the sentence's subject
                and not any(s0 <= at < q0 and a.speaker is not person for at, a in here)
                # "Brown will meet his rule “with a margin to spare”, according to his adviser":
                # the sentence names another source, even one we cannot name
                and not _ACCORDING.search(masked, q1, s1)
                and (
                    # "Prince Harry should see “...”, Rabbi X said": a modal is no act of speech
                    (
                        person.gender
                        and verb.casefold() not in _MODALS
                        # 'X headlined a “Sky High” reception': a name, not his words
                        and not _names_a_thing(masked, q0, q1, inner)
                    )
                    # "Alley mused, “...”": a named subject whose verb introduces the quote
                    or (
                        masked[s0:q0].rstrip().endswith((",", ":"))
                        # a verb of speech: not "His message was:", "With Democratic
                        # leaders worried, Obama has a message:"
                        and _speech_verb(verb)
                        and person in self.people.by_surname.get(name_key(person.name)[1], [])
                        and not is_title(inner)
                    )
                )
            ):
                # "Trump attacked “the hateful ideology of ...”": the subject's words
                attribution = Attribution(person, verb, (start + s0, start + s1))
            elif len(inner.split()) < 4:
                continue  # a quoted title or phrase with no speaker
            elif here or any(lo <= q0 < hi for lo, hi, _ in self.silent):
                # the nearest attribution before the quote (here is in the order found, not
                # in text order: quotes left over are appended after every sentence's); a cue
                # whose words we did not find counts when the quote opens the next sentence
                before = [(at, a) for at, a in here if at <= q0] or [
                    (lo, a) for lo, hi, a in self.silent if lo <= q0 < hi
                ]
                if not before and q0 > 0:
                    continue  # '... namely, “Why ...?” Later, Klein notes': not Klein's words
                if (
                    before
                    and max(at for at, _ in before) < s0
                    and inner.rstrip().endswith(",")
                    and (after := _PRONOUN_AFTER.match(masked, q1)) is not None
                    and CUE.match(masked, after.end())
                ):
                    # '“It is over,” she said' where we cannot tell who "she" is: the cue
                    # after the quote names its speaker, never whoever spoke before
                    continue
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
                attribution = introducer  # "X had a short statement. “...”": X's words
            elif self.previous is not None and self._continues(masked, number, q0, q1, s1, inner):
                attribution = self.previous  # a paragraph continuing the previous speaker
            else:
                continue
            self.emit(attribution, start + q0 + 1, start + q0 + 1 + len(inner))
            here.append((q0, attribution))
        last = spans[-1] if spans else None
        spoken = [(at, a) for at, a in here if last is None or at >= last[0]]
        if not spoken and last is not None:
            # 'X said it was of "importance to the future".': the last quote is inside X's
            # reported words, and a quote opening the next paragraph goes on with X
            spoken = [(c0, a) for a, c0, c1 in self.found if c0 <= start + last[0] < c1]
        if spoken:  # the speaker of the paragraph's last quote (or last words) goes on
            self.previous, self.previous_paragraph = max(spoken, key=lambda s: s[0])[1], number
        elif last is not None and len(para[last[0] : last[1]].split()) >= 4:
            # its last quote has no speaker we know: a quote in the next paragraph cannot
            # be given to whoever spoke before it ("VFI chief, X, said: “...” went unread)
            self.previous = None
        self.open_run = bool(spans) and not spans[-1][2]
        if self.introduced is not None and para.rstrip().endswith(":"):
            self.previous, self.previous_paragraph = self.introduced, number
            self.open_run = False

    def _may_attribute(self, para: str, start: int, end: int) -> bool:
        """Return False for a paragraph (text[start:end]) with neither a quote mark nor a
        speech cue: the reading below finds nothing in it and only ends a quote run (most
        paragraphs of most articles).

        Without quote marks the masked paragraph is the paragraph itself, and every sentence's
        cues are cues of the whole paragraph: no cue can span a sentence end.
        """
        if '"' in para or "“" in para or "”" in para or "''" in para:
            return True
        words = cue_words(para) if self.cue_cut is None else self.cue_cut[start:end].split()
        return holds_any_cue(para, words)

    def _continues(self, masked: str, number: int, q0: int, q1: int, s1: int, inner: str) -> bool:
        """Return True when a quote opening paragraph `number` goes on with the previous
        speaker: no cue right after it, and the last paragraph's words were theirs."""
        cue = CUE.search(masked, q1, max(s1, q1 + 30))
        return (
            q0 == 0
            and self.previous is not None
            # '“...” X has recalled the veteran Y': a verb with an object reports nothing
            and (
                cue is None
                or object_after(cue.group("cue"), masked[cue.end() : cue.end() + 40])
                # '“... Betty'.” X told researchers: “...”': a cue with a quote of its own
                or (inner.rstrip()[-1:] in ".!?" and bool(_OWN_QUOTE.match(masked, cue.end())))
            )
            # '“...,” remembers X': a quote ending in a comma is someone's, named next
            and not inner.rstrip().endswith(",")
            and (self.open_run or self.previous_paragraph == number - 1)
        )


# a cue's own quote after a colon ("told researchers of the hostility: “...”")
_OWN_QUOTE = re.compile(r"[^:\"“”\n]{0,120}:\s*[\"“]")

# '“...,” Mr Bootle.': a titled name or a full name alone between a quote and a full stop
_NAME_ALONE = re.compile(
    r"[^\S\n]+((?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Prof)\.?[^\S\n]+)?[A-Z][\w'’-]+"
    r"(?:[^\S\n]+[A-Z][\w'’-]+)?)\.(?:\s|$)"
)

# '“...,” she said': a pronoun right after a quote, the subject of the cue that follows it
_PRONOUN_AFTER = re.compile(r"[\s'’]*(?:he|she|they)\s+")


def _fewer_words(text: str, count: int) -> bool:
    """Return `len(text.split()) < count`, splitting off no more words than that."""
    return len(text.split(None, count - 1)) < count


def _cut_prose(para: str) -> bool:
    """Return True for prose whose paragraph was cut mid-sentence (a line break inside a
    sentence in some archives): several sentences, the last one unfinished. A caption, byline
    or related headline is one short run of words."""
    return not _fewer_words(para, _CUT_PROSE_WORDS) and _SENTENCE_BREAK.search(para) is not None


def _names_a_thing(masked: str, q0: int, q1: int, inner: str) -> bool:
    """Return True for a quoted title between a determiner and a noun ('a “Sky High”
    reception', 'the “Gang of Eight” bill'): it names a thing, no one says it."""
    before = masked[max(0, q0 - 8) : q0].split()[-1:]
    after = masked[q1 : q1 + 20].split()[:1]
    return (
        is_title(inner)
        and before[:1] in (["a"], ["an"], ["the"], ["his"], ["her"], ["their"])
        and bool(after)
        and after[0][:1].islower()
    )


def _speech_verb(word: str) -> bool:
    """Return True for a speech cue verb in any of its simple forms ("reveals", "mused")."""
    stem = word.removesuffix("s")
    return word in SPEECH_VERBS or f"{stem}ed" in SPEECH_VERBS or f"{stem}d" in SPEECH_VERBS


def extract_quotes(article: Article) -> list[Quote]:
    """Return every attribution in `article`, in text order, with verbatim offsets."""
    return _Extractor(article).run()
