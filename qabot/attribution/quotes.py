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
`qabot.attribution.quote_content`; the quotes no cue gave a speaker are read in
`qabot.attribution.uncued_quotes` (after narration about someone: `qabot.attribution.narration`);
this module holds the pass over paragraphs. The version of these
rules is `qabot.attribution.rule_versions.ATTRIBUTION_VERSION`.
"""

from __future__ import annotations

from qabot.attribution.asked_questions import put_question
from qabot.attribution.cue_search import cue_cut, cue_words, holds_any_cue
from qabot.attribution.cue_sources import DASH_SOURCE, TRANSCRIPT
from qabot.attribution.cues import ASKED, DOCUMENT_VERBS
from qabot.attribution.narrated_subjects import ParagraphPlace
from qabot.attribution.quote_content import Attribution
from qabot.attribution.quote_marks import (
    QUOTE_MARKS,
    apostrophes_as_marks,
    is_title,
    mask_quotes,
    quote_spans,
)
from qabot.attribution.sentence_roles import PROSE_END
from qabot.attribution.sentence_subjects import sentence_spans
from qabot.attribution.signature_lines import a_signer, signature_line
from qabot.attribution.speaker_reading import interpret
from qabot.attribution.team_sheets import sheet_start
from qabot.attribution.uncued_quotes import UncuedQuotes
from qabot.records import Article, Quote
from qabot.text.lexicon import is_anonymous
from qabot.text.patterns import lazy

# compiled once: these run for every word of every article
_LINE = lazy(r"[^\n]+")
_BULLET = lazy(r"[-•*]\s+(?=[\"“])")
# "- Bolton boss Sam Allardyce: “...": a bulleted line giving whose words follow
_BULLET_LABEL = lazy(
    r"[-•*]\s+(?P<who>(?:[\w'’.-]+\s+){0,6}[A-Z][\w'’.-]+):?\s+(?P<mark>[\"“])[A-Z]"
)
# the last quote of a run: a closing mark after which the paragraph holds no quote mark
_RUN_END = lazy(r"[.!?][\"”](?=[^\"“”]*$)")
_QUOTED = lazy(r"[\"“]([^\"“”]+)[\"”]")
_SENTENCE_BREAK = lazy(r"[.!?][\"”’']?\s+[\"“]?[A-Z]")
_CUT_PROSE_WORDS = 20


class _Extractor(UncuedQuotes):
    """One pass over one article; see the module docstring for the rules."""

    def __init__(self, article: Article) -> None:
        super().__init__(article)
        # the article cut into cue words once (ASCII text), each paragraph's words a slice
        self.cue_cut = cue_cut(self.text)

    def run(self) -> list[Quote]:
        paragraphs = [m for m in _LINE.finditer(self.text) if m.group().strip()]
        for number, match in enumerate(paragraphs):
            self.paragraph(number, match.start(), match.end())
        quotes = []
        for attribution, c0, c1 in sorted(self.found, key=lambda f: f[1]):
            s0, s1 = attribution.sentence
            # '... a fabulous player." Everton: Martyn, Hibbert, ...': the line-up ends both
            sheet = sheet_start(self.text, c0 + 1, max(c1, s1))
            if sheet is not None:
                c1, s1 = min(c1, sheet), min(s1, sheet)
            text = self.text[c0:c1]
            direct = (
                attribution.verbatim
                or self._wholly_quoted(c0, c1)
                # a quoted name or term ("Free, Prior and Informed Consent") is no quotation
                or any(len(q.split()) >= 3 and not is_title(q) for q in _QUOTED.findall(text))
            )
            # "X and Y said": the words are each one's, recorded under each name
            for speaker in (*attribution.also, attribution.speaker):
                quotes.append(
                    Quote(
                        self.article.id,
                        speaker.name,
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
        self.last_paragraph, self.this_paragraph = (
            self.this_paragraph,
            ParagraphPlace(number, start, end),
        )
        if self._labelled(start, end):
            return
        label = TRANSCRIPT.match(para)
        said = para[label.end() :].split() if label else []
        if label and len(said) >= 3 and not said[0].startswith(("@", "http")):
            # "PENCE: Well, look, ..." in an interview transcript; not "IG: @handle"
            speaker = self.people.names.link(label.group("name").title())
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
        at = start + dash.start() if dash else 0
        if (
            dash is None
            and para[:1] in QUOTE_MARKS
            and para.rstrip()[-1:] in '"”'
            and len(quote_spans(apostrophes_as_marks(para))) == 1
        ):
            # a paragraph that is one quote, signed on the next line: "- Bernie Sanders." (not
            # a paragraph of two quotes and a cue between them, whose cue tells whose they are)
            dash = signature_line(self.text, end)
            if dash is not None and not a_signer(self.people, dash.group("name")):
                dash = None  # "- Read More": a page's link, no one's name
            at = dash.start("name") if dash else 0
        signed = (
            interpret(self.people, dash.group("name").rstrip(".").split(), at) if dash else None
        )
        if signed is not None and signed.organisation and at >= end:
            signed = None  # a line naming a body after a quote: a source, not a signature
        if dash and signed and at < end:  # "“...” ― Esther Tapia"
            para = para[: dash.start()]
        elif (
            _fewer_words(para, 4) or (para.rstrip()[-1] not in PROSE_END and not _cut_prose(para))
        ) and (_fewer_words(para, 2) or not para.rstrip().endswith(":")):
            self.open_run = False  # captions, bylines and related headlines: not prose
            return
        self.introduced = None
        self.silent = []
        # two apostrophes are a double quote mark in some archives: ''like this''
        marked = apostrophes_as_marks(para)
        spans = quote_spans(marked)
        masked = mask_quotes(marked, spans)
        covered: list[tuple[int, int]] = []
        here: list[tuple[int, Attribution]] = []
        sentences = sentence_spans(masked)
        self.masked_cut = cue_cut(masked)
        for s0, s1 in sentences:
            self.sentence(para, masked, start, (s0, s1), spans, covered, here)
        signing = (signed, dash.group("dash")) if dash and signed else None
        self._uncued(para, masked, start, number, spans, sentences, covered, here, signing)
        last = spans[-1] if spans else None
        spoken = [(at, a) for at, a in here if last is None or at >= last[0]]
        if not spoken and last is not None:
            # 'X said it was of "importance to the future".': the last quote is inside X's
            # reported words, and a quote opening the next paragraph goes on with X
            spoken = [(c0, a) for a, c0, c1 in self.found if c0 <= start + last[0] < c1]
        if spoken:  # the speaker of the paragraph's last quote (or last words) goes on
            self.previous, self.previous_paragraph = max(spoken, key=lambda s: s[0])[1], number
            if self.previous.cue in DOCUMENT_VERBS:
                self.previous = None  # "a survey found that ...": no one to speak on after it
            elif self.previous.cue in ASKED and self._asked(self.previous):
                self.previous = None  # "X asks if you saw them. “I did.”": the answer's
        elif last is not None and len(para[last[0] : last[1]].split()) >= 4:
            # its last quote has no speaker we know: a quote in the next paragraph cannot
            # be given to whoever spoke before it ("VFI chief, X, said: “...” went unread)
            self.previous = None
        self.open_run = bool(spans) and not spans[-1][2]
        if self.introduced is not None and para.rstrip().endswith(":"):
            self.previous, self.previous_paragraph = self.introduced, number
            self.open_run = False

    def _asked(self, attribution: Attribution) -> bool:
        """Return True when the last words recorded for `attribution` are a question it put
        ("asked whether ..."), not its own quote."""
        starts = [c0 for a, c0, _ in self.found if a is attribution]
        return bool(starts) and put_question(self.text, starts[-1])

    def _labelled(self, start: int, end: int) -> bool:
        """Read a bulleted line that names whose words its quotes are ("- Manchester City boss
        Kevin Keegan: “...”", a list of managers' comments): True when it was one."""
        label = _BULLET_LABEL.match(self.text, start, end)
        close = _RUN_END.search(self.text, label.end(), end) if label else None
        if label is None or close is None:
            return False
        speaker = interpret(self.people, label.group("who").split(), label.start("who"))
        if speaker is None or speaker.organisation or is_anonymous(speaker.name):
            return False
        attribution = Attribution(speaker, label.group("who") + ":", (start, end), True)
        self.emit(attribution, label.end("mark"), close.start() + 1)
        self.people.names.add_speaker(label.start("who"), speaker)
        self.previous, self.open_run = None, False
        return True

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


def _fewer_words(text: str, count: int) -> bool:
    """Return `len(text.split()) < count`, splitting off no more words than that."""
    return len(text.split(None, count - 1)) < count


def _cut_prose(para: str) -> bool:
    """Return True for prose whose paragraph was cut mid-sentence (a line break inside a
    sentence in some archives): several sentences, the last one unfinished. A caption, byline
    or related headline is one short run of words."""
    return not _fewer_words(para, _CUT_PROSE_WORDS) and _SENTENCE_BREAK.search(para) is not None


def extract_quotes(article: Article) -> list[Quote]:
    """Return every attribution in `article`, in text order, with verbatim offsets."""
    return _Extractor(article).run()
