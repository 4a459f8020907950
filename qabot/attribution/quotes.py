"""Quotes: Article -> list[Quote], every attribution with its speaker and verbatim offsets.

Rules, not models: quote marks are paired per paragraph (a quote left open at the end of a
paragraph runs on into the next one); each sentence is searched for speech cues ("said", "told
Euronews", "according to", ", adding that") with the speaker on either side; the speaker phrase is
read as a name, a pronoun or a role, and linked to the fullest name of that person in the article
(`qabot.attribution.speaker_phrases`, `qabot.attribution.names`; the lexicons are in
`qabot.text.lexicon`). Quotes with no cue continue the previous speaker only where the paragraph
opens with a quote mark. Quote marks are read in `qabot.attribution.quote_marks`; sentences, speech
verbs and cue patterns in `qabot.attribution.cues`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qabot.attribution.cues import (
    ACCORDING,
    COLON_SOURCE,
    CUE,
    DASH_SOURCE,
    INVERTED,
    PARTICIPLE,
    QUOTING,
    SPEECH_VERBS,
    TELL,
    TOLD_OBJECT,
    TRANSCRIPT,
    content_end,
    content_start,
    is_adverbial,
    sentence_spans,
    subject_words,
)
from qabot.attribution.names import People, Person
from qabot.attribution.quote_marks import (
    MASK,
    QUOTE_MARKS,
    is_title,
    mask_quotes,
    names_a_work,
    quote_spans,
)
from qabot.attribution.sentence_roles import PROSE_END
from qabot.attribution.speaker_phrases import head_words, speaker_before
from qabot.attribution.speaker_reading import interpret
from qabot.records import Article, Quote
from qabot.text.lexicon import PRONOUNS, VERB_LIKE, is_capitalised, name_key

# The version of the attribution rules: `qabot index` re-reads every article when an index was
# built under other rules, so stored quotes follow the rules of the running version.
# 9: "President X of Place said", "envoy to Place said"; 10: more cue verbs, colon introductions;
# 11: what "X points out" reports follows it, and the quote before it is not X's;
# 12: "the author, US playwright X, says", a quote later in a cue's sentence; 13: "she
# replied" to "a reporter asked X", "In X's case, she ..."; 14: "(Broward County says"
# 15: "the minister for Wales said" is the minister's, "Ambassador to the UN Ana Ruiz said" hers
# 16: an aside between double hyphens ("X, the chief of Acme -- which owns Y -- told")
ATTRIBUTION_VERSION = 16

# compiled once: these run for every word of every article
_LINE = re.compile(r"[^\n]+")
_IMAGINED = re.compile(r"\bas\s+(?:if|though)\s+to\s*$")
_BULLET = re.compile(r"[-•*]\s+(?=[\"“])")
_IMAGINED_QUOTE = re.compile(r"\bas\s+(?:if|though)\s+to\s+\w+\s*[,:]?\s*$")
_REPLIES = frozenset("replied replies answered answers responded responds retorted".split())
_QUOTED = re.compile(r"[\"“]([^\"“”]+)[\"”]")


@dataclass(slots=True)
class _Attribution:
    """A speaker found for a cue, before the content spans are cut."""

    speaker: Person
    cue: str
    sentence: tuple[int, int]  # absolute offsets
    verbatim: bool = False  # a transcript line: direct speech with no quote marks


class _Extractor:
    """One pass over one article; see the module docstring for the rules."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.people = People(self.text)
        self.found: list[tuple[_Attribution, int, int]] = []
        self.previous: _Attribution | None = None
        self.previous_paragraph = -2
        self.open_run = False
        # the speaker of a cue that ends its paragraph with a colon ("Dr. Ward stated:"): the
        # quote that opens the next paragraph is theirs
        self.introduced: _Attribution | None = None
        # cues of this paragraph whose words we did not find ("Lynch announced the suit on
        # Monday."), with where a quote with no cue of its own is theirs: later in the cue's
        # sentence, or opening the next one
        self.silent: list[tuple[int, int, _Attribution]] = []

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
            attribution = _Attribution(speaker, label.group("name") + ":", (start, end), True)
            self.emit(attribution, start + label.end(), end)
            self.previous, self.previous_paragraph = attribution, number
            self.open_run = False
            return
        dash = DASH_SOURCE.search(para)
        signed = (
            interpret(self.people, dash.group("name").split(), start + dash.start())
            if dash
            else None
        )
        if dash and signed:  # "“...” ― Esther Tapia"
            para = para[: dash.start()]
        elif (len(para.split()) < 4 or para.rstrip()[-1] not in PROSE_END) and not (
            len(para.split()) >= 2 and para.rstrip().endswith(":")
        ):
            self.open_run = False  # captions, bylines and related headlines: not prose
            return
        self.introduced = None
        self.silent = []
        # two apostrophes are a double quote mark in some archives: ''like this''
        marked = para.replace("''", '" ') if "''" in para else para
        spans = quote_spans(marked)
        masked = mask_quotes(marked, spans)
        covered: list[tuple[int, int]] = []
        here: list[tuple[int, _Attribution]] = []
        sentences = sentence_spans(masked)
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
            colon = COLON_SOURCE.search(masked, max(s0, q0 - 80), q0)
            named = (
                interpret(self.people, colon.group("name").split(), start + s0) if colon else None
            )
            if dash and signed and person is None:
                attribution = _Attribution(signed, dash.group("dash"), (start + s0, start + s1))
            elif named:  # "Pew Research: “All the samples ...”"
                attribution = _Attribution(named, ":", (start + s0, start + s1))
            elif len(inner.split()) < 2:
                continue  # a scare quote
            elif (
                person is not None
                and verb
                and (
                    person.gender
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
                attribution = _Attribution(person, verb, (start + s0, start + s1))
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
                attribution = (
                    max(before, key=lambda item: item[0])[1]
                    if before
                    else min(here, key=lambda item: item[0])[1]
                )
            elif (
                q0 == 0
                and self.previous is not None
                and not CUE.search(masked, q1, max(s1, q1 + 30))
                # '“...,” remembers X': a quote ending in a comma is someone's, named next
                and not inner.rstrip().endswith(",")
                and (self.open_run or self.previous_paragraph == number - 1)
            ):
                attribution = self.previous  # a paragraph continuing the previous speaker
            else:
                continue
            self.emit(attribution, start + q0 + 1, start + q0 + 1 + len(inner))
            here.append((q0, attribution))
        last = spans[-1] if spans else None
        spoken = [(at, a) for at, a in here if last is None or at >= last[0]]
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

    def emit(self, attribution: _Attribution, c0: int, c1: int) -> None:
        """Record content text[c0:c1], trimmed of spaces and closing punctuation."""
        content = self.text[c0:c1]
        if self.text[c0 - 1 : c0 + 1] == "''":
            content = content[1:]
            c0 += 1
        c0 += len(content) - len(content.lstrip())
        content = content.strip().removesuffix("''")
        direct = attribution.verbatim or (c0 > 0 and self.text[c0 - 1] in QUOTE_MARKS + "'")
        trimmed = content.rstrip(" ,;:—–-" if direct else " ,;:.—–-")
        if direct and trimmed.endswith(tuple(QUOTE_MARKS)) and trimmed.count('"') % 2:
            trimmed = trimmed[:-1].rstrip(" ,")
        if len(trimmed.split()) < (1 if direct else 2):
            return
        if direct and names_a_work(self.text, c0, c0 + len(trimmed)):
            return  # the song “Alone”, a seller called “E-Life”: a name, not words said
        self.found.append((attribution, c0, c0 + len(trimmed)))

    def sentence(
        self,
        para: str,
        masked: str,
        base: int,
        bounds: tuple[int, int],
        spans: list[tuple[int, int, bool]],
        covered: list[tuple[int, int]],
        here: list[tuple[int, _Attribution]],
    ) -> None:
        """Find the attributions of one sentence: speaker, cue and content spans."""
        s0, s1 = bounds
        cursor, speaker = s0, None
        for cue in CUE.finditer(masked, s0, s1):
            if cue.start() < cursor:
                continue
            verb = cue.group("cue")
            cursor_before = cursor
            left = masked[cursor : cue.start()]
            if verb in QUOTING and not any(m in masked[cue.end() : s1] for m in QUOTE_MARKS):
                continue
            if _IMAGINED.search(left):
                continue  # "looking at each other as if to say, “...”": words no one said
            if verb in PARTICIPLE:
                np_start = cue.start()
                if left.rstrip().endswith((",", "”", '"')):
                    person = speaker or self._subject(masked, s0, s1, base)
                else:  # "footage of Hillary Clinton asking, ..."
                    found = speaker_before(left)
                    if not found or found[0] < 0 or not is_capitalised(found[1][-1]):
                        continue
                    person = interpret(self.people, found[1], base + cursor + found[0])
            elif verb.casefold() == "according to":
                phrase = ACCORDING.match(masked, cue.end(), s1)
                if phrase is None:
                    continue
                words = phrase.group(1).split()
                person = interpret(self.people, head_words(words), base + cue.start())
                if person is None:
                    continue
                attribution = _Attribution(
                    person, para[cue.start() : cue.end()], (base + s0, base + s1)
                )
                rest = masked[phrase.end() : s1]
                if rest.lstrip().startswith(",") and len(rest.split()) > 2:
                    c0 = phrase.end() + rest.index(",") + 1
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
                    person, np_start = self._subject(masked, s0, s1, base), cue.start()
                elif (
                    found is not None
                    and _clause_tail(left, found[0], found[1])
                    and self._inverted(masked, base, cue, cursor, s1, strict=True) is not None
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
                    person = interpret(self.people, words, base + at, role)
                    if verb in _REPLIES and len(words) == 1 and words[0].casefold() in PRONOUNS:
                        person = self._asked(here, person)
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
                        _Attribution(speaker, verb, (base + s0, base + s1)),
                        cursor_before,
                        cue.start(),
                        spans,
                        covered,
                        here,
                    )
                continue
            self.people.add_speaker(base + np_start, person)
            cue_end, cue_length, content_at = self._content_after(masked, verb, cue.end(), s1)
            cue_text = para[cue.start() : cue.start() + cue_length].rstrip(".")
            attribution = _Attribution(person, cue_text, (base + s0, base + s1))
            speaker = person
            if content_at is None and not masked[s0:np_start].strip():
                # '"We will win." Trump said.': the quote just before this sentence is its content
                before = next(
                    (q for q in spans if q[2] and q[1] <= s0 and not masked[q[1] : s0].strip()),
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
                self._left(para, masked, base, attribution, cursor, np_start, spans, covered, here)
                if len(here) == found_before and _is_named_person(self.people, person):
                    after = masked[s1:]  # where the next sentence starts
                    following = s1 + len(after) - len(after.lstrip())
                    self.silent.append((cue_end, s1, attribution))
                    self.silent.append((following, following + 1, attribution))
                cursor = cue_end
                continue
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
            c1 = quote[1] if quote else content_end(masked, content_at, s1)
            self._content(para, base, attribution, content_at, c1, spans, covered, here)
            cursor = c1

    def _asked(self, here: list[tuple[int, _Attribution]], person: Person | None) -> Person | None:
        """Return who "she replied" means after "a reporter asked Ruiz, “...?”": Ruiz, the
        person asked, when the pronoun would give the reply to the one who asked."""
        asking = max(here, key=lambda item: item[0])[1] if here else self.previous
        if asking is None or asking.speaker is not person:
            return person
        asked = asking.cue.split(maxsplit=1)
        if len(asked) < 2 or asked[0] not in {"asked", "asks"} or not is_capitalised(asked[1]):
            return person
        named = self.people.link(asked[1])
        wanted = person.gender if person is not None else None
        return named if named.gender in {None, wanted} and not named.organisation else person

    def _inverted(
        self,
        masked: str,
        base: int,
        cue: re.Match[str],
        cursor: int,
        s1: int,
        strict: bool = False,
    ) -> tuple[int, Person] | None:
        """Return (where the speaker phrase ends, the speaker) of an inverted cue ('“...,”
        said X'), or None when there is none; `strict`: only a name or "a/the <noun>" phrase."""
        phrase = INVERTED.match(masked, cue.end(), s1)
        stripped = masked[cursor : cue.start()].rstrip()
        if not (phrase and stripped.endswith((",", "”", '"')) and stripped.strip(' ,"”')):
            return None
        first = phrase.group(1).split()[0]
        if strict and not (is_capitalised(first) or first in {"a", "an", "the"}):
            return None  # "..., asked about the deaths", "..., said of Cruz": no speaker
        person = interpret(self.people, head_words(phrase.group(1).split()), base + cue.start())
        return None if person is None else (phrase.end(), person)

    def _content_after(
        self, masked: str, verb: str, end: int, s1: int
    ) -> tuple[int, int, int | None]:
        """Return where a cue ends (with the object of "told the BBC"), its length, and where
        the words it reports start after it (None: they come before it, or there are none)."""
        cue_end = end
        if verb in TELL and (obj := TOLD_OBJECT.match(masked, end, s1)):
            cue_end = obj.end()
        return cue_end, cue_end - end + len(verb), content_start(masked, verb, cue_end, s1)

    def _subject(self, masked: str, s0: int, s1: int, base: int) -> Person | None:
        """Return the person a sentence opens with ("Ukraine disputed the claim, ...")."""
        words, _ = subject_words(masked, s0, s1)
        return interpret(self.people, words, base + s0) if words else None

    def _left(
        self,
        para: str,
        masked: str,
        base: int,
        attribution: _Attribution,
        start: int,
        end: int,
        spans: list[tuple[int, int, bool]],
        covered: list[tuple[int, int]],
        here: list[tuple[int, _Attribution]],
        quotes_only: bool = False,
    ) -> None:
        """Attribute the content before a speaker ("..., X said"; "\"...,\" he said, \"...\"")."""
        chunk = masked[start:end].rstrip(" ,—–-")
        if not chunk.strip():
            return
        last = next(
            (
                q
                for q in spans
                if start <= q[0] and q[1] >= len(chunk.rstrip()) + start and q[1] <= end
            ),
            None,
        )
        first = start + len(chunk) - len(chunk.lstrip())
        opening = next((q for q in spans if q[0] == first and q[1] <= end), None)
        if last is not None:
            self._content(para, base, attribution, last[0], last[1], spans, covered, here)
        elif opening is not None and not quotes_only:  # "“...” the nominee, Donald Trump, said"
            self._content(para, base, attribution, opening[0], opening[1], spans, covered, here)
        elif (
            not quotes_only
            and not chunk.lstrip().startswith(tuple(QUOTE_MARKS))
            and masked[start:end].rstrip()[-1:] in ',—–-"”'
            and not is_adverbial(chunk)
        ):
            # "Sales will fall, X predicted": reported words end at a comma or dash before
            # the speaker ("... more than X predicted" is narration; so is "On Friday, X ...")
            self._content(para, base, attribution, start, start + len(chunk), spans, covered, here)

    def _content(
        self,
        para: str,
        base: int,
        attribution: _Attribution,
        c0: int,
        c1: int,
        spans: list[tuple[int, int, bool]],
        covered: list[tuple[int, int]],
        here: list[tuple[int, _Attribution]],
    ) -> None:
        """Emit content para[c0:c1]: a quote's inside when it is exactly one quote."""
        quote = next((q for q in spans if q[0] == c0 and c1 <= q[1]), None)
        if quote is not None:
            c0, c1 = quote[0] + 1, quote[1] - 1 if quote[2] else quote[1]
        if c1 <= c0:
            return
        self.emit(attribution, base + c0, base + c1)
        covered.append((c0, c1))
        here.append((c0, attribution))


def _speech_verb(word: str) -> bool:
    """Return True for a speech cue verb in any of its simple forms ("reveals", "mused")."""
    stem = word.removesuffix("s")
    return word in SPEECH_VERBS or f"{stem}ed" in SPEECH_VERBS or f"{stem}d" in SPEECH_VERBS


def _is_named_person(people: People, person: Person) -> bool:
    """Return True for a person the article names (not a body, a description or a pronoun)."""
    return (
        not person.organisation
        and person.name[:1].isupper()
        and person in people.by_surname.get(name_key(person.name)[1], [])
    )


def _clause_tail(left: str, offset: int, words: list[str]) -> bool:
    """Return True when the phrase found before a cue ends a clause that a comma closes right
    before the cue: "The treaty signals the end for the EU, said X" (X speaks, not the EU)."""
    if not left.rstrip().endswith(","):
        return False
    before = left[:offset]
    if "," in left[offset:].rstrip()[:-1]:
        return False  # "Tom Ridge, a former secretary, said": an apposition, then the cue
    return (
        bool(before.rsplit(",", 1)[-1].strip())
        and not before.rstrip().endswith(tuple(QUOTE_MARKS + MASK))
    ) or any(word in VERB_LIKE for word in words)


def extract_quotes(article: Article) -> list[Quote]:
    """Return every attribution in `article`, in text order, with verbatim offsets."""
    return _Extractor(article).run()
