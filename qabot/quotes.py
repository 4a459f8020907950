"""Quotes: Article -> list[Quote], every attribution with its speaker and verbatim offsets.

Rules, not models: quote marks are paired per paragraph (a quote left open at the end of a
paragraph runs on into the next one); each sentence is searched for speech cues ("said",
"told Euronews", "according to", ", adding that") with the speaker on either side; the speaker
phrase is read as a name, a pronoun or a role, and linked to the fullest name of that person in
the article (`qabot.names`; the name, gender and role lexicons are in `qabot.lexicon`). Quotes
with no cue continue the previous speaker only where the paragraph opens with a quote mark.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from qabot.names import (
    MASK,
    PRONOUNS,
    PROSE_END,
    QUOTE_MARKS,
    VERB_LIKE,
    People,
    Person,
    head_words,
    interpret,
    is_capitalised,
    speaker_before,
)
from qabot.records import Article, Quote

# The version of the attribution rules: `qabot index` re-reads every article when an index was
# built under other rules, so stored quotes follow the rules of the running version.
ATTRIBUTION_VERSION = 2

# compiled once: these run for every word of every article
_PAST = re.compile(r"[a-z]+ed")
_ADVERB = re.compile(r"[a-z]+ly")
_LINE = re.compile(r"[^\n]+")
_QUOTED = re.compile(r"[\"“]([^\"“”]+)[\"”]")
_FIRST_WORD = re.compile(r"\s*(\S+)")

# Verbs whose complement may be a bare clause: "X said Russia could ...".
_BARE_VERBS = """said says say told tells tell added adds stressed stresses warned warns claimed
claims insisted insists argued argues explained explains noted notes acknowledged acknowledges
admitted admits conceded concedes declared declares suggested suggests predicted predicts
asserted asserts contended contends maintained maintains wrote writes tweeted believes
believed thinks thought emphasised emphasized emphasises emphasizes reckons stated states
remembered surmised recounted opined""".split()
# Verbs that need "that", a colon or a quote before their content: "X replied: ...".
_THAT_VERBS = """replied replies responded responds continued continues recalled recalls
complained complains cautioned reiterated reiterates countered counters agreed agrees announced
announces posted observed reported reports revealed concluded concludes hoped hopes feared fears
estimated estimates asked asks testified vowed vows promised promises pledged pledges boasted
quipped joked lamented wondered alleged alleges charged confirmed confirms insisting cried
shouted yelled chanted retorted read reads beamed pressed boomed fumed riffed""".split()
# Verbs whose object is the content: "X accused Moscow of ...", "X denied any ...".
_OBJECT_VERBS = """accused accuses denied denies described describes urged urges called
calls""".split()
# Verbs that attribute words only when quoted words follow: "Reid called Trump a “spoiled brat”".
_QUOTING_VERBS = """referred labeled labelled dubbed branded characterized characterised likened
slammed blasted praised condemned criticized criticised attacked mocked lauded hailed decried
dismissed""".split()
_PARTICIPLES = """adding saying noting warning arguing insisting stressing claiming describing
calling accusing telling explaining suggesting urging denying writing asking""".split()
_TELL = frozenset("told tells tell telling asked asks".split())
_CUE = re.compile(
    r"(?<![\w'’-])(?P<cue>[Aa]ccording to|pointed out|went on|put it|"
    + "|".join(sorted(set(_BARE_VERBS + _THAT_VERBS + _OBJECT_VERBS + _PARTICIPLES
                          + _QUOTING_VERBS),
                      key=len, reverse=True))
    + r")(?![\w'’-])"
)
_BARE, _OBJECT = frozenset(_BARE_VERBS), frozenset(_OBJECT_VERBS + _QUOTING_VERBS)
_QUOTING = frozenset(_QUOTING_VERBS)
_CUE_WORDS = frozenset(_BARE_VERBS + _THAT_VERBS + _OBJECT_VERBS + _PARTICIPLES)
_PARTICIPLE = frozenset(_PARTICIPLES)
_ABBREVIATIONS = frozenset("""mr mrs ms dr st sen rep gov gen lt col sgt capt adm prof rev jr sr
no jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n inc corp co ltd vs etc ft mt
d.c""".split())
_SENTENCE_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+(?:[\"“‘'(\[]|[A-Z0-9]))")
_ADJUNCT_START = frozenset("""in on at during after before last this earlier later yesterday
today tonight monday tuesday wednesday thursday friday saturday sunday to by with from for
about over via recently""".split())


@dataclass(slots=True)
class _Attribution:
    """A speaker found for a cue, before the content spans are cut."""

    speaker: Person
    cue: str
    sentence: tuple[int, int]  # absolute offsets
    verbatim: bool = False  # a transcript line: direct speech with no quote marks


def _quote_spans(paragraph: str) -> list[tuple[int, int, bool]]:
    """Return (open, close+1, closed) of each double-quoted span; an open one runs to the end."""
    spans: list[tuple[int, int, bool]] = []
    opened: int | None = None
    for index, mark in enumerate(paragraph):
        if mark not in QUOTE_MARKS:
            continue
        before = paragraph[index - 1] if index else " "
        after = paragraph[index + 1] if index + 1 < len(paragraph) else " "
        if opened is None:
            # a closing mark that opens a paragraph or a word is a typo for an opening one
            if mark != "”" or (before.isspace() and not after.isspace()):
                opened = index
        elif mark == "“" and (before.isspace() or not after.isspace()):
            opened = index  # a second opening mark: the first was stray
        elif mark == '"' and before.isspace() and after.isalnum() \
                and paragraph[opened:index].rstrip()[-1:] in ".!?":
            # '"... derbies. "Derby matches ..."': the next quoted sentence opens without the
            # last one being closed (a house style of some archives)
            spans.append((opened, index - 1, False))
            opened = index
        else:
            spans.append((opened, index + 1, True))
            opened = None
    if opened is not None:
        spans.append((opened, len(paragraph), False))
    return spans


def _mask(paragraph: str, spans: list[tuple[int, int, bool]]) -> str:
    """Return `paragraph` with quoted words hidden: cues and sentence ends in them are ignored."""
    chars = list(paragraph)
    for start, end, closed in spans:
        inner_end = end - 1 if closed else end
        chars[start + 1:inner_end] = MASK * (inner_end - start - 1)
    return "".join(chars)


def _sentences(masked: str) -> list[tuple[int, int]]:
    """Return sentence spans of a masked paragraph (never splitting inside a quote)."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(masked):
        before = masked[start:match.start()].rsplit(None, 1)
        word = before[-1].casefold().lstrip("(\"“") if before else ""
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue
        spans.append((start, match.end()))
        start = match.end() + len(masked[match.end():]) - len(masked[match.end():].lstrip())
    if start < len(masked):
        spans.append((start, len(masked.rstrip())))
    return spans


# Words that open an adverbial phrase set off by a comma before a sentence's subject ("Hours
# later, Trump ...", "In South Carolina, he ...", "However, Edu ..."): sentence adverbs,
# prepositions and time words of general English.
_INTRO_OPENERS = frozenset("""however meanwhile still instead indeed yet but and so then also
in on at after before during since back earlier later last this
next that hours days weeks months years moments minutes speaking asked a an one two three by
from for with within without under over about across amid among despite following throughout
while when once yesterday today tonight tomorrow monday tuesday wednesday thursday friday
saturday sunday""".split())


def _subject_words(masked: str, s0: int, s1: int) -> tuple[list[str], str | None]:
    """Return the words a sentence's subject is made of, up to its verb, and that verb.

    An opening phrase that starts like an adverbial and ends at a comma is passed over when a
    subject and its verb follow ("Back in 1999, Mr. Trump expressed ..."; not "Jens
    Stoltenberg, the NATO chief, said", whose opening is a name).
    """
    words, verb = _opening_words(masked, s0, s1)
    if verb is not None or not words or words[0].casefold() not in _INTRO_OPENERS:
        return words, verb
    start = s0
    for _ in range(2):  # "Speaking in Salem, New Hampshire, Trump went after ..."
        comma = masked.find(",", start, s1)
        if comma < 0 or MASK in masked[start:comma]:
            break
        start = comma + 1
        after, after_verb = _opening_words(masked, start, s1)
        if not after:
            break
        if after_verb is None:  # "Trump went after Bush": a name, then a lower-case word
            names = list(itertools.takewhile(is_capitalised, after))
            if names and len(names) < len(after) and after[len(names)].isalpha() \
                    and after[len(names)] not in {"and", "or", "of"}:
                after, after_verb = names, after[len(names)]
        if after_verb is not None:
            opener = after[0]
            if is_capitalised(opener) or opener.casefold() in PRONOUNS:
                return after, after_verb
            break
    return words, verb


def _opening_words(masked: str, s0: int, s1: int) -> tuple[list[str], str | None]:
    """Return the words a sentence opens with up to its first verb-like word, and that word."""
    words: list[str] = []
    for word in masked[s0:s1].split()[:9]:
        bare = word.rstrip(",;:")
        if words and words[0].casefold() in PRONOUNS:  # "She then urges ...": the pronoun
            return words, bare if bare[:1].islower() else None
        if MASK in word:
            break
        if bare[:1].islower() and (
                bare in VERB_LIKE or bare in _CUE_WORDS or _PAST.fullmatch(bare)
                or (bare.endswith("s") and not bare.endswith("ss") and words)):
            return words, bare
        if words and _ADVERB.fullmatch(bare):  # "Donald Trump quickly took ..."
            return words, None
        words.append(bare)
        if word != bare:
            break
    return (words, None) if len(words) <= 8 else ([], None)


_TOLD_OBJECT = re.compile(
    r"(?:\s+(?!that\b)[\w'’.&-]+){1,4}?(?=\s+that\b|\s*[,:;.!?]|\s+[\"“]|\s*$)")
_CUT = re.compile(r",\s+(?:" + "|".join(_PARTICIPLES)
                  + r"|while|whereas|although|though)\b|;\s|\s[-–—]\s")
_INTRO = re.compile(
    r"(?:\s+(?!that\b)[^\s·\"“”]+){0,6}?(?:\s+that,?(?=\s)|\s*[,:]?\s*(?=[\"“]))\s*")
_TRANSCRIPT = re.compile(r"[\"“]?(?P<name>[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){0,2}):\s+")
_DASH_SOURCE = re.compile(r"(?<=[”\"])\s*(?P<dash>[―—–]|--)\s*(?P<name>[A-Z][\w'’.-]*"
                          r"(?:\s+[A-Z][\w'’.-]*){0,4})\s*$")
_COLON_SOURCE = re.compile(r"(?:^|[-–—]\s+|\.\s+|\bto\s+)(?P<name>(?:[A-Z][\w.'’-]*\s+){0,3}"
                           r"[A-Z][\w.'’-]*)(?:\s+and\s+[A-Z][\w.'’ -]*)?:\s*$")
_ACCORDING = re.compile(r"\s+((?:[\w'’.&-]+\s+){0,14}?[\w'’.&-]+)(?=\s*[,.;:!?(]|\s*$)")
_INVERTED = re.compile(r"\s+([^,;:!?()·\"“”]{1,90}?)\.?(?=\s*[,;:!?()]|\s*$)")


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

    def run(self) -> list[Quote]:
        paragraphs = [m for m in _LINE.finditer(self.text) if m.group().strip()]
        for number, match in enumerate(paragraphs):
            self.paragraph(number, match.start(), match.end())
        quotes = []
        for attribution, c0, c1 in sorted(self.found, key=lambda f: f[1]):
            text = self.text[c0:c1]
            direct = attribution.verbatim or self._wholly_quoted(c0, c1) or any(
                len(q.split()) >= 3 for q in _QUOTED.findall(text))
            s0, s1 = attribution.sentence
            quotes.append(Quote(self.article.id, attribution.speaker.name, text,
                                "direct" if direct else "reported", attribution.cue, c0, c1,
                                self.text[s0:s1]))
        return quotes

    def _wholly_quoted(self, start: int, end: int) -> bool:
        return start > 0 and (self.text[start - 1] in QUOTE_MARKS
                              or self.text[start - 2:start] == "''")

    def paragraph(self, number: int, start: int, end: int) -> None:
        para = self.text[start:end]
        label = _TRANSCRIPT.match(para)
        if label:  # "PENCE: Well, look, ..." in an interview transcript
            person = self.people.link(label.group("name").title())
            attribution = _Attribution(person, label.group("name") + ":", (start, end), True)
            self.emit(attribution, start + label.end(), end)
            self.previous, self.previous_paragraph = attribution, number
            self.open_run = False
            return
        dash = _DASH_SOURCE.search(para)
        signed = interpret(self.people, dash.group("name").split(), start + dash.start()) \
            if dash else None
        if dash and signed:  # "“...” ― Esther Tapia"
            para = para[:dash.start()]
        elif len(para.split()) < 4 or para.rstrip()[-1] not in PROSE_END:
            self.open_run = False  # captions, bylines and related headlines: not prose
            return
        # two apostrophes are a double quote mark in some archives: ''like this''
        marked = para.replace("''", '" ') if "''" in para else para
        spans = _quote_spans(marked)
        masked = _mask(marked, spans)
        covered: list[tuple[int, int]] = []
        here: list[tuple[int, _Attribution]] = []
        sentences = _sentences(masked)
        for s0, s1 in sentences:
            self.sentence(para, masked, start, (s0, s1), spans, covered, here)
        for q0, q1, closed in spans:
            inner = para[q0 + 1:q1 - 1 if closed else q1]
            if any(c0 < q1 and q0 < c1 for c0, c1 in covered) or not inner.split():
                continue
            s0, s1 = next(((a, b) for a, b in sentences if a <= q0 < b), (0, len(para)))
            words, verb = _subject_words(masked, s0, s1) if q0 > s0 else ([], None)
            person = interpret(self.people, words, start + s0) if words and verb else None
            colon = _COLON_SOURCE.search(masked, max(s0, q0 - 80), q0)
            named = interpret(self.people, colon.group("name").split(), start + s0) \
                if colon else None
            if dash and signed and person is None:
                attribution = _Attribution(signed, dash.group("dash"), (start + s0, start + s1))
            elif named:  # "Pew Research: “All the samples ...”"
                attribution = _Attribution(named, ":", (start + s0, start + s1))
            elif len(inner.split()) < 2:
                continue  # a scare quote
            elif person is not None and person.gender and verb:
                # "Trump attacked “the hateful ideology of ...”": the subject's words
                attribution = _Attribution(person, verb, (start + s0, start + s1))
            elif len(inner.split()) < 4:
                continue  # a quoted title or phrase with no speaker
            elif here:
                before = [a for at, a in here if at <= q0]
                attribution = before[-1] if before else here[0][1]
            elif (q0 == 0 and self.previous is not None and not _CUE.search(masked, q1, q1 + 30)
                  and (self.open_run or self.previous_paragraph == number - 1)):
                attribution = self.previous  # a paragraph continuing the previous speaker
            else:
                continue
            self.emit(attribution, start + q0 + 1, start + q0 + 1 + len(inner))
            here.append((q0, attribution))
        if here:
            self.previous, self.previous_paragraph = here[-1][1], number
        self.open_run = bool(spans) and not spans[-1][2]

    def emit(self, attribution: _Attribution, c0: int, c1: int) -> None:
        """Record content text[c0:c1], trimmed of spaces and closing punctuation."""
        content = self.text[c0:c1]
        if self.text[c0 - 1:c0 + 1] == "''":
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
        self.found.append((attribution, c0, c0 + len(trimmed)))

    def sentence(self, para: str, masked: str, base: int, bounds: tuple[int, int],
                 spans: list[tuple[int, int, bool]], covered: list[tuple[int, int]],
                 here: list[tuple[int, _Attribution]]) -> None:
        """Find the attributions of one sentence: speaker, cue and content spans."""
        s0, s1 = bounds
        cursor, speaker = s0, None
        for cue in _CUE.finditer(masked, s0, s1):
            if cue.start() < cursor:
                continue
            verb = cue.group("cue")
            left = masked[cursor:cue.start()]
            if verb in _QUOTING and not any(m in masked[cue.end():s1] for m in QUOTE_MARKS):
                continue
            if verb in _PARTICIPLE:
                np_start = cue.start()
                if left.rstrip().endswith((",", "”", '"')):
                    person = speaker or self._subject(masked, s0, s1, base)
                else:  # "footage of Hillary Clinton asking, ..."
                    found = speaker_before(left)
                    if not found or found[0] < 0 or not is_capitalised(found[1][-1]):
                        continue
                    person = interpret(self.people, found[1], base + cursor + found[0])
            elif verb.casefold() == "according to":
                phrase = _ACCORDING.match(masked, cue.end(), s1)
                if phrase is None:
                    continue
                words = phrase.group(1).split()
                person = interpret(self.people, head_words(words), base + cue.start())
                if person is None:
                    continue
                attribution = _Attribution(person, para[cue.start():cue.end()],
                                           (base + s0, base + s1))
                rest = masked[phrase.end():s1]
                if rest.lstrip().startswith(",") and len(rest.split()) > 2:
                    c0 = phrase.end() + rest.index(",") + 1
                    c1 = self._cut(masked, c0, s1)
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
                elif found is not None:
                    np_offset, words, role = found
                    np_start = cursor + np_offset
                    person = interpret(self.people, words, base + np_start, role)
                else:
                    person, np_start = None, cue.start()
                    phrase = _INVERTED.match(masked, cue.end(), s1)
                    stripped = left.rstrip()
                    if phrase and stripped.endswith((",", "”", '"')) and stripped.strip(' ,"”'):
                        person = interpret(self.people, head_words(phrase.group(1).split()),
                                            base + cue.start())
                        if person is not None:
                            attribution = _Attribution(person, verb, (base + s0, base + s1))
                            self._left(para, masked, base, attribution, cursor, cue.start(),
                                       spans, covered, here)
                            cursor, speaker = phrase.end(), person
                            self.people.add_speaker(base + cue.start(), person)
                    continue
            if person is None:
                continue
            self.people.add_speaker(base + np_start, person)
            cue_end, cue_text = cue.end(), verb
            if verb in _TELL:
                obj = _TOLD_OBJECT.match(masked, cue_end, s1)
                if obj:
                    cue_end, cue_text = obj.end(), para[cue.start():obj.end()].rstrip(".")
            attribution = _Attribution(person, cue_text, (base + s0, base + s1))
            speaker = person
            c0 = self._right_start(masked, verb, cue_end, s1)
            if c0 is None:
                self._left(para, masked, base, attribution, cursor, np_start, spans, covered,
                           here)
                cursor = cue_end
                continue
            self._left(para, masked, base, attribution, cursor, np_start, spans, covered, here,
                       quotes_only=True)
            quote = next((q for q in spans if q[0] == c0), None)
            c1 = quote[1] if quote else self._cut(masked, c0, s1)
            self._content(para, base, attribution, c0, c1, spans, covered, here)
            cursor = c1

    def _subject(self, masked: str, s0: int, s1: int, base: int) -> Person | None:
        """Return the person a sentence opens with ("Ukraine disputed the claim, ...")."""
        words, _ = _subject_words(masked, s0, s1)
        return interpret(self.people, words, base + s0) if words else None

    def _right_start(self, masked: str, verb: str, position: int, end: int) -> int | None:
        """Return where the content after a cue starts, or None when it has none."""
        rest = masked[position:end]
        first = _FIRST_WORD.match(rest)
        if first is None or not rest.strip(" .!?;)"):
            return None
        word = first.group(1).casefold()
        if word.rstrip(",") == "that":
            after = rest[first.end():]
            return position + first.end() + len(after) - len(after.lstrip(" ,"))
        if word[0] in QUOTE_MARKS:
            return position + first.start(1)
        if rest.lstrip()[:1] in ",:" and rest.lstrip()[1:].lstrip()[:1] in QUOTE_MARKS:
            return position + rest.index(rest.lstrip()[1:].lstrip()[:1])
        if (verb in _BARE or verb in _PARTICIPLE) and word.rstrip(",") not in _ADJUNCT_START \
                and word[-1] not in ",.;:" and rest[:1].isspace():
            return position + first.start(1)
        if verb in _OBJECT and rest[:1].isspace():
            return position + first.start(1)
        intro = _INTRO.match(masked, position, end)
        return intro.end() if intro else None

    def _cut(self, masked: str, start: int, end: int) -> int:
        """Return where reported content starting at `start` ends within the sentence."""
        cut = _CUT.search(masked, start, end)
        return cut.start() if cut else end

    def _left(self, para: str, masked: str, base: int, attribution: _Attribution, start: int,
              end: int, spans: list[tuple[int, int, bool]], covered: list[tuple[int, int]],
              here: list[tuple[int, _Attribution]], quotes_only: bool = False) -> None:
        """Attribute the content before a speaker ("..., X said"; "\"...,\" he said, \"...\"")."""
        chunk = masked[start:end].rstrip(" ,—–-")
        if not chunk.strip():
            return
        last = next((q for q in spans if start <= q[0] and q[1] >= len(chunk.rstrip()) + start
                     and q[1] <= end), None)
        first = start + len(chunk) - len(chunk.lstrip())
        opening = next((q for q in spans if q[0] == first and q[1] <= end), None)
        if last is not None and quotes_only and para[:last[1]].rstrip("\"”' ").endswith("."):
            pass  # '"... sure." Later the council said it would ...': a finished sentence
        elif last is not None:
            self._content(para, base, attribution, last[0], last[1], spans, covered, here)
        elif opening is not None and not quotes_only:  # "“...” the nominee, Donald Trump, said"
            self._content(para, base, attribution, opening[0], opening[1], spans, covered, here)
        elif not quotes_only and not chunk.lstrip().startswith(tuple(QUOTE_MARKS)):
            self._content(para, base, attribution, start, start + len(chunk), spans, covered,
                          here)

    def _content(self, para: str, base: int, attribution: _Attribution, c0: int, c1: int,
                 spans: list[tuple[int, int, bool]], covered: list[tuple[int, int]],
                 here: list[tuple[int, _Attribution]]) -> None:
        """Emit content para[c0:c1]: a quote's inside when it is exactly one quote."""
        quote = next((q for q in spans if q[0] == c0 and c1 <= q[1]), None)
        if quote is not None:
            c0, c1 = quote[0] + 1, quote[1] - 1 if quote[2] else quote[1]
        if c1 <= c0:
            return
        self.emit(attribution, base + c0, base + c1)
        covered.append((c0, c1))
        here.append((c0, attribution))


def extract_quotes(article: Article) -> list[Quote]:
    """Return every attribution in `article`, in text order, with verbatim offsets."""
    return _Extractor(article).run()
