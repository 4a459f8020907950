"""Quotes: Article -> list[Quote], every attribution with its speaker and verbatim offsets.

Rules, not models: quote marks are paired per paragraph (a quote left open at the end of a
paragraph runs on into the next one); each sentence is searched for speech cues ("said",
"told Euronews", "according to", ", adding that") with the speaker on either side; the speaker
phrase is read as a name, a pronoun or a role, and linked to the fullest name of that person in
the article (`qabot.speakers` holds the name, gender and role lexicons). Quotes with no cue
continue the previous speaker only where the paragraph opens with a quote mark.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from qabot.records import Article, Quote
from qabot.speakers import (
    GENDERED_NOUNS,
    HONORIFICS,
    ROLE_NOUNS,
    first_name_gender,
    name_key,
)

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
shouted yelled chanted retorted read reads beamed""".split()
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
# Words between a speaker and the cue: "NATO has repeatedly warned", "Heappey also accused".
_MODIFIERS = re.compile(
    r"(?:\s+(?:has|have|had|would|will|did|does|do|could|may|might|also|then|later|again|once|"
    r"further|since|now|meanwhile|previously|earlier|recently|repeatedly|separately|publicly|"
    r"privately|reportedly|initially|subsequently|often|always|never|not|first|still|long|"
    r"(?:this|last|next)\s+(?:week|month|year|weekend|summer|spring|fall|winter)|yesterday|"
    r"today|tonight|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"[a-z]+ly))*\s*$"
)
_PASSIVE = frozenset("was were been being be is are".split())
_BOUNDARY_WORDS = frozenset("""and but or while as because when whereas after before if though
although since until that which who whom where so than said says told""".split())
_PRONOUNS = {"he": "m", "she": "f", "they": None, "it": None, "i": None, "we": None}
_PREPOSITIONS = frozenset("in of from at for with on".split())
_POSSESSIVES = frozenset("his her their its our my your him them".split())
_PARTICLES = frozenset("de van von der bin al da di del la le du dos ibn".split())
_TITLE_WORDS = ROLE_NOUNS | frozenset(HONORIFICS) | frozenset(
    "sen rep gov gen lt col sgt capt adm amb atty cmdr supt insp det maj pres".split())
_QUOTE_MARKS = "\"“”"
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w-])")
_SENTENCE_OPEN = frozenset(["", ".", "!", "?", '"', "“", "”", ":"])
_PROSE_END = ".!?\"”’')]"
_MASK = "·"
_ABBREVIATIONS = frozenset("""mr mrs ms dr st sen rep gov gen lt col sgt capt adm prof rev jr sr
no jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n inc corp co ltd vs etc ft mt
d.c""".split())
_SENTENCE_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+(?:[\"“‘'(\[]|[A-Z0-9]))")
_WORD = re.compile(r"\S+")
_ADJUNCT_START = frozenset("""in on at during after before last this earlier later yesterday
today tonight monday tuesday wednesday thursday friday saturday sunday to by with from for
about over via recently""".split())


@dataclass(slots=True)
class _Person:
    """One person or organisation named in the article, as the extractor knows them."""

    name: str  # the fullest form seen
    gender: str | None = None
    organisation: bool = False


@dataclass(slots=True)
class _Attribution:
    """A speaker found for a cue, before the content spans are cut."""

    speaker: _Person
    cue: str
    sentence: tuple[int, int]  # absolute offsets
    verbatim: bool = False  # a transcript line: direct speech with no quote marks


class _People:
    """The people of one article: names linked by surname, with gender evidence."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.by_surname: dict[str, list[_Person]] = {}
        self.mentions: list[tuple[int, _Person]] = []  # in text order
        self.speakers: list[tuple[int, _Person]] = []  # speakers so far, in text order
        self.roles: list[tuple[set[str], _Person]] = []  # role words -> person, in text order
        # a capitalised word that also stands alone ("Sebastian Gorka ... Gorka said") is a surname
        runs = list(_NAME_RUN.finditer(text))
        alone = Counter(_CAPITALISED.findall(text))
        alone.subtract(m.group().split()[-1] for m in runs if " " in m.group())
        for match in runs:
            line_end = text.find("\n", match.end())
            line = text[text.rfind("\n", 0, match.start()) + 1:line_end if line_end >= 0 else None]
            if line.rstrip()[-1:] not in _PROSE_END:
                continue  # a title-case headline would make "Clinton Goes After" a name
            words = match.group().split()
            words[-1] = re.sub(r"['’]s?$", "", words[-1])
            gender, titled = None, False
            while len(words) > 1:  # "Then Sen. Tom Briggs": sentence words and titles go
                key = words[0].rstrip(".").casefold()
                if key in HONORIFICS:
                    gender, titled = HONORIFICS[key], True
                elif key in _TITLE_WORDS:
                    titled = True
                elif key not in _NOT_NAME and key not in _BOUNDARY_WORDS:
                    break
                words = words[1:]
            gender = gender or first_name_gender(words[0])
            before = _words_before(text, match.start())
            role_before = bool(before) and _has_role_noun(before[-1])
            surname = len(words) in {2, 3} and alone[words[-1]] > 0
            if (len(words) > 1 and (gender or titled or role_before or surname)) or (
                    gender and titled):
                person = self.link(" ".join(words), gender)
                self.mentions.append((match.start(), person))
                after = _ROLE_AFTER.match(text, match.end(), match.end() + 70)
                if after:
                    _note_role(self, after.group("role"), person)
                if role_before:
                    _note_role(self, " ".join(before), person)
        for last, people in self.by_surname.items():  # "Gorka also made the point ..."
            if len(people) == 1 and last and " " in people[0].name:
                surname = people[0].name.split()[-1]
                at = text.find(surname)
                while at >= 0:
                    end = at + len(surname)
                    if not (text[at - 1:at].isalnum() or text[end:end + 1].isalnum()):
                        self.mentions.append((at, people[0]))
                    at = text.find(surname, end)
        self.mentions.sort(key=lambda mention: mention[0])
        self.subjects = [(at, p) for at, p in self.mentions  # mentions that open a sentence
                         if text[max(0, at - 3):at].rstrip()[-1:] in _SENTENCE_OPEN | {"\n"}]

    def link(self, name: str, gender: str | None = None, organisation: bool = False) -> _Person:
        """Return the person called `name` here, creating or enriching their record."""
        first, last = name_key(name)
        candidates = self.by_surname.setdefault(last, [])
        if first:
            for person in candidates:
                known_first = name_key(person.name)[0]
                if known_first in {"", first}:
                    if len(name.split()) > len(person.name.split()) or not known_first:
                        person.name = name
                    person.gender = person.gender or gender
                    return person
        else:
            fitting = [p for p in candidates if not gender or p.gender in {None, gender}]
            if fitting:  # "Clinton" in a story about two Clintons: the most recently named one
                recent = {id(p): i for i, (_, p) in enumerate(self.mentions + self.speakers)}
                return max(fitting, key=lambda p: recent.get(id(p), -1))
        person = _Person(name, gender or first_name_gender(name.split()[0]) if first else gender,
                         organisation)
        candidates.append(person)
        return person

    def pronoun(self, word: str, position: int) -> _Person | None:
        """Return who `word` (he/she/they/it) most likely refers to, at `position`."""
        gender = _PRONOUNS[word]
        speakers = [p for at, p in self.speakers if at < position]
        if word in {"they", "it", "we"}:
            groups = [p for p in speakers if p.organisation]
            return groups[-1] if groups else (speakers[-1] if speakers else None)
        people = [p for at, p in sorted(self.mentions + self.speakers, key=lambda m: m[0])
                  if at < position and not p.organisation]
        # the latest speaker or sentence subject ("Gorka also made the point ... he noted")
        topics = [p for at, p in sorted(self.speakers + self.subjects, key=lambda m: m[0])
                  if at < position]
        # never give "she said" to a known man: skip the other gender and organisations
        for person in [*reversed(topics[-4:]), *reversed(people)]:
            if not person.organisation and person.gender in {gender, None}:
                return person
        return None


_NAME_RUN = re.compile(
    r"(?<![\w'’])(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Dame|Prof)\.?\s+)?[A-Z][a-z'’-]+"
    r"(?:\s+(?!(?:On|How|In|Of|The|And|To|For|With|Is|Are|Was|Why|What|Who|At|By|From|As|But|"
    r"Or|If|When|After|Says|Said|Goes|Has|Will)\b)"
    r"(?:[A-Z]\.|[A-Z][a-z'’-]+|(?:de|van|von|bin|al|da|di|del|der|la|le|du)(?=\s+[A-Z]))"
    r"){0,3}(?![\w'’])"
)


def _quote_spans(paragraph: str) -> list[tuple[int, int, bool]]:
    """Return (open, close+1, closed) of each double-quoted span; an open one runs to the end."""
    spans: list[tuple[int, int, bool]] = []
    opened: int | None = None
    for index, mark in enumerate(paragraph):
        if mark not in _QUOTE_MARKS:
            continue
        before = paragraph[index - 1] if index else " "
        after = paragraph[index + 1] if index + 1 < len(paragraph) else " "
        if opened is None:
            # a closing mark that opens a paragraph or a word is a typo for an opening one
            if mark != "”" or (before.isspace() and not after.isspace()):
                opened = index
        elif mark == "“" and (before.isspace() or not after.isspace()):
            opened = index  # a second opening mark: the first was stray
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
        chars[start + 1:inner_end] = _MASK * (inner_end - start - 1)
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


_NOT_NAME = frozenset("""the a an on in at but and then now still also meanwhile however monday
tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december last this earlier later speaking asked""".split())
_ORGANISATION_WORDS = frozenset("""house department ministry party post times news office
university college school institute chamber church
council committee campaign commission agency bank union court government police administration
service army forces military kremlin board group company firm institute association foundation
center centre journal network team club league federation organisation organization""".split())
_GENTILIC = re.compile(r"^(?:[A-Z]{2,}|[A-Z][a-z]+(?:ian|ean|ish|ese|ican|can|i|ic))$")
_ROLE_AFTER = re.compile(r",\s(?:the\s|a\s|an\s)?(?P<role>[^,.;:\"“”·]{3,60}?)(?=,)")


def _words_before(text: str, position: int) -> list[str]:
    """Return up to four words right before `position`, back to any punctuation."""
    words = text[max(0, position - 50):position].split()[-4:]
    while words and not re.fullmatch(r"[\w'’.-]+", words[0]):
        words = words[1:]
    for index in range(len(words) - 1, -1, -1):
        if not re.fullmatch(r"[\w'’.-]+", words[index]):
            return words[index + 1:]
    return words
_DESCRIPTION_END = re.compile(r"[a-z0-9-]+s?$")


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or not word.isupper() or len(word) <= 5)


def _role_words(phrase: str) -> set[str]:
    words = re.findall(r"[\w-]+", phrase.casefold().replace("’s", "").replace("'s", ""))
    return {w for w in words if w not in {"the", "a", "an", "of", "for", "s", "his", "her"}}


def _has_role_noun(phrase: str) -> bool:
    return any(w in _TITLE_WORDS for w in _role_words(phrase))


def _note_role(people: _People, role: str, person: _Person) -> None:
    """Remember that `role` describes `person`, with any gender it implies."""
    if _has_role_noun(role):
        people.roles.append((_role_words(role), person))
        for word in _role_words(role):
            person.gender = person.gender or GENDERED_NOUNS.get(word)


def _interpret(people: _People, words: list[str], position: int,
               role: str | None = None) -> _Person | None:
    """Return the person a speaker phrase names: a name, a pronoun, a role or a description."""
    words = [w for w in words if not w.startswith(("(", "[")) and not w.endswith((")", "]"))]
    if not words:
        return None
    while words and (words[0].casefold() in _BOUNDARY_WORDS | _NOT_NAME - {"the", "a", "an"}
                     or (len(words) > 1 and re.fullmatch(r"[A-Z][a-z]+ing", words[0])
                         and words[0].casefold() not in people.by_surname)):
        words = words[1:]  # "When Trump ...", "Speaking later ..."
    if not words or (len(words) == 1 and words[0].casefold() in _POSSESSIVES):
        return None
    last = re.sub(r"['’](?:s|d|ll)$", "", words[-1].casefold())
    if last in _PRONOUNS:
        return people.pronoun(last, position) if len(words) == 1 or words[-2].endswith(",") \
            else None
    run: list[str] = []
    for index in range(len(words) - 1, -1, -1):
        word, key = words[index], words[index].rstrip(".").casefold()
        institution = key == "of" and run and index and words[index - 1].casefold() in (
            _ORGANISATION_WORDS)  # "the Bank of England"
        if not institution and (key in _NOT_NAME or not (
                _is_capitalised(word) or (run and key in _PARTICLES)
                or (run and re.fullmatch(r"[A-Z]\.", word)))):
            break
        run.append(word)
    run.reverse()
    cut, gender = 0, None
    for index, word in enumerate(run):
        key = word.rstrip(".").casefold()
        if key in _TITLE_WORDS or key.endswith(("'s", "’s")):
            cut, gender = index + 1, HONORIFICS.get(key, gender)
    name_words = run[cut:] or run[-1:] if len(run) > 1 else run[cut:]  # "Mr. Prince"
    while len(name_words) > 2 and _GENTILIC.match(name_words[0]) and not first_name_gender(
            name_words[0]):
        name_words = name_words[1:]
    if len(name_words) > 1 and len(words) > len(run) and words[-len(run) - 1] == "of":
        name_words = name_words[1:]  # "Secretary of State John Kerry"
    described = words[: len(words) - len(name_words)]
    role = role or (" ".join(described) if described else None)
    if name_words and len(name_words) <= 5:
        if name_words[-1].endswith(("'s", "’s", "s'", "s’")):
            return None  # "Donald Trump's campaign": the possessor is not the speaker
        name = " ".join(name_words).rstrip(".")
        definite = bool(described) and described[-1].casefold() == "the"
        organisation = (definite or name.isupper() or name_words[-1].casefold()
                        in _ORGANISATION_WORDS) and gender is None and cut == 0
        known = name_key(name)[1] in people.by_surname
        if len(name_words) == 1 and not (known or described or first_name_gender(name)) and \
                name.endswith("s") and people.text[:position].rstrip()[-1:] in _SENTENCE_OPEN:
            return _Person(name.lower(), organisation=True)  # "Analysts said": a description
        if len(name_words) == 1 and not organisation and not known:
            organisation = first_name_gender(name) is None and gender is None and not role
        person = people.link(name, gender, organisation)
        person.organisation = person.organisation and organisation
        if role:
            _note_role(people, role, person)
        return person
    phrase = " ".join(words)
    if words[0].casefold() == "the" and _has_role_noun(phrase):
        wanted = _role_words(phrase)
        best = max(((len(wanted & seen), i) for i, (seen, _) in enumerate(people.roles)),
                   default=(0, -1))
        if best[0] and (wanted & people.roles[best[1]][0]) - {"former"}:
            return people.roles[best[1]][1]
    if not _is_description(words):
        return None
    description = (phrase[0].lower() + phrase[1:]) if words[0] in {"The", "A", "An"} else phrase
    return _Person(description, organisation=True)


_VERB_LIKE = frozenset("""was is are were be been being has have had do does did will would can
could should may might must not""".split())
_CLAUSE_OPENERS = frozenset("""after before during while when as because if although though
since but and or so than until""".split())
_NOT_AGENTS = frozenset("""ago week weeks day days year years month months time times show
primary primaries conference election debate interview speech event meeting night morning
evening afternoon same few many some all both""".split())
_QUANTIFIERS = frozenset("""the a an his her their its our this that these those some many most
several few two three four five one other another both all more senior top""".split())


def _subject_words(masked: str, s0: int, s1: int) -> tuple[list[str], str | None]:
    """Return the words a sentence opens with up to its first verb-like word, and that word."""
    words: list[str] = []
    for word in masked[s0:s1].split()[:9]:
        bare = word.rstrip(",;:")
        if words and words[0].casefold() in _PRONOUNS:  # "She then urges ...": the pronoun
            return words, bare if bare[:1].islower() else None
        if _MASK in word:
            break
        if bare[:1].islower() and (
                bare in _VERB_LIKE or bare in _CUE_WORDS or re.fullmatch(r"[a-z]+ed", bare)
                or (bare.endswith("s") and not bare.endswith("ss") and words)):
            return words, bare
        words.append(bare)
        if word != bare:
            break
    return (words, None) if len(words) <= 8 else ([], None)


def _head(words: list[str]) -> list[str]:
    """Return the head of a long speaker phrase ("a strategist for one of ...", "Sanders as")."""
    for index, word in enumerate(words[1:], 1):
        key = word.casefold()
        if key in _HEAD_END or key in {"as", "while", "when", "after"} or (
                key.endswith("ing") and word[:1].islower() and key not in ROLE_NOUNS):
            return words[:index]
    return words


def _is_description(words: list[str]) -> bool:
    """Return True for a speaker description ("a senior official", "critics"), not a clause."""
    head = words[-1].casefold()
    if len(words) > 6 or not _DESCRIPTION_END.fullmatch(words[-1]) or head in _PREPOSITIONS \
            or head in _NOT_AGENTS:
        return False
    if any(w.casefold() in _VERB_LIKE or re.fullmatch(r"[a-z]+ly", w) for w in words):
        return False
    opener = words[0].casefold()
    if len(words) == 1:
        return words[0].endswith("s") or opener in ROLE_NOUNS
    if opener not in _QUANTIFIERS and not _is_capitalised(words[0]) and not (
            words[-1] in ROLE_NOUNS or words[-1].endswith("s")):
        return False
    return not any(re.fullmatch(r"[a-z]+(?:ed|ing)", w) and w not in ROLE_NOUNS
                   for w in words[1:])


_TOLD_OBJECT = re.compile(
    r"(?:\s+(?!that\b)[\w'’.&-]+){1,4}?(?=\s+that\b|\s*[,:;.!?]|\s+[\"“]|\s*$)")
_CUT = re.compile(r",\s+(?:" + "|".join(_PARTICIPLES)
                  + r"|while|whereas|although|though)\b|;\s|\s[-–—]\s")
_INTRO = re.compile(
    r"(?:\s+(?!that\b)[^\s·\"“”]+){0,6}?(?:\s+that,?(?=\s)|\s*[,:]?\s*(?=[\"“]))\s*")
_TRANSCRIPT = re.compile(r"[\"“]?(?P<name>[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){0,2}):\s+")
_DASH_SOURCE = re.compile(r"(?<=[”\"])\s*(?P<dash>[―—–]|--)\s*(?P<name>[A-Z][\w'’.-]*"
                          r"(?:\s+[A-Z][\w'’.-]*){0,4})\s*$")
_ACCORDING = re.compile(r"\s+((?:[\w'’.&-]+\s+){0,14}?[\w'’.&-]+)(?=\s*[,.;:!?(]|\s*$)")
_HEAD_END = frozenset("of in at for from with on to by filed released published who which that "
                      "based".split())
_INVERTED = re.compile(r"\s+([^,;:!?()·\"“”]{1,90}?)\.?(?=\s*[,;:!?(]|\s*$)")


class _Extractor:
    """One pass over one article; see the module docstring for the rules."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.people = _People(self.text)
        self.found: list[tuple[_Attribution, int, int]] = []
        self.previous: _Attribution | None = None
        self.previous_paragraph = -2
        self.open_run = False

    def run(self) -> list[Quote]:
        paragraphs = [m for m in re.finditer(r"[^\n]+", self.text) if m.group().strip()]
        for number, match in enumerate(paragraphs):
            self.paragraph(number, match.start(), match.end())
        quotes = []
        for attribution, c0, c1 in sorted(self.found, key=lambda f: f[1]):
            text = self.text[c0:c1]
            direct = attribution.verbatim or self._wholly_quoted(c0, c1) or any(
                len(q.split()) >= 3 for q in re.findall(r"[\"“]([^\"“”]+)[\"”]", text))
            s0, s1 = attribution.sentence
            quotes.append(Quote(self.article.id, attribution.speaker.name, text,
                                "direct" if direct else "reported", attribution.cue, c0, c1,
                                self.text[s0:s1]))
        return quotes

    def _wholly_quoted(self, start: int, end: int) -> bool:
        return start > 0 and (self.text[start - 1] in _QUOTE_MARKS
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
        signed = _interpret(self.people, dash.group("name").split(), start + dash.start()) \
            if dash else None
        if dash and signed:  # "“...” ― Esther Tapia"
            para = para[:dash.start()]
        elif len(para.split()) < 4 or para.rstrip()[-1] not in _PROSE_END:
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
            person = _interpret(self.people, words, start + s0) if words and verb else None
            if dash and signed and person is None:
                attribution = _Attribution(signed, dash.group("dash"), (start + s0, start + s1))
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
        direct = attribution.verbatim or (c0 > 0 and self.text[c0 - 1] in _QUOTE_MARKS + "'")
        trimmed = content.rstrip(" ,;:—–-" if direct else " ,;:.—–-")
        if direct and trimmed.endswith(tuple(_QUOTE_MARKS)) and trimmed.count('"') % 2:
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
            if verb in _QUOTING and not any(m in masked[cue.end():s1] for m in _QUOTE_MARKS):
                continue
            if verb in _PARTICIPLE:
                np_start = cue.start()
                if left.rstrip().endswith((",", "”", '"')):
                    person = speaker or self._subject(masked, s0, s1, base)
                else:  # "footage of Hillary Clinton asking, ..."
                    found = _speaker_before(left)
                    if not found or found[0] < 0 or not _is_capitalised(found[1][-1]):
                        continue
                    person = _interpret(self.people, found[1], base + cursor + found[0])
            elif verb.casefold() == "according to":
                phrase = _ACCORDING.match(masked, cue.end(), s1)
                if phrase is None:
                    continue
                words = phrase.group(1).split()
                person = _interpret(self.people, _head(words), base + cue.start())
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
                continue
            else:
                found = _speaker_before(left)
                if found is not None and found[0] < 0:
                    person, np_start = self._subject(masked, s0, s1, base), cue.start()
                elif found is not None:
                    np_offset, words, role = found
                    np_start = cursor + np_offset
                    person = _interpret(self.people, words, base + np_start, role)
                else:
                    person, np_start = None, cue.start()
                    phrase = _INVERTED.match(masked, cue.end(), s1)
                    stripped = left.rstrip()
                    if phrase and stripped.endswith((",", "”", '"')) and stripped.strip(' ,"”'):
                        person = _interpret(self.people, _head(phrase.group(1).split()),
                                            base + cue.start())
                        if person is not None:
                            attribution = _Attribution(person, verb, (base + s0, base + s1))
                            self._left(para, masked, base, attribution, cursor, cue.start(),
                                       spans, covered, here)
                            cursor, speaker = phrase.end(), person
                    continue
            if person is None:
                continue
            self.people.speakers.append((base + np_start, person))
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

    def _subject(self, masked: str, s0: int, s1: int, base: int) -> _Person | None:
        """Return the person a sentence opens with ("Ukraine disputed the claim, ...")."""
        words, _ = _subject_words(masked, s0, s1)
        return _interpret(self.people, words, base + s0) if words else None

    def _right_start(self, masked: str, verb: str, position: int, end: int) -> int | None:
        """Return where the content after a cue starts, or None when it has none."""
        rest = masked[position:end]
        first = re.match(r"\s*(\S+)", rest)
        if first is None or not rest.strip(" .!?;)"):
            return None
        word = first.group(1).casefold()
        if word.rstrip(",") == "that":
            after = rest[first.end():]
            return position + first.end() + len(after) - len(after.lstrip(" ,"))
        if word[0] in _QUOTE_MARKS:
            return position + first.start(1)
        if rest.lstrip()[:1] in ",:" and rest.lstrip()[1:].lstrip()[:1] in _QUOTE_MARKS:
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
        if last is not None:
            self._content(para, base, attribution, last[0], last[1], spans, covered, here)
        elif opening is not None and not quotes_only:  # "“...” the nominee, Donald Trump, said"
            self._content(para, base, attribution, opening[0], opening[1], spans, covered, here)
        elif not quotes_only and not chunk.lstrip().startswith(tuple(_QUOTE_MARKS)):
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


def _speaker_before(left: str) -> tuple[int, list[str], str | None] | None:
    """Return (offset, words, role) of the speaker phrase ending `left`, or None.

    Offset -1 means "the subject of the sentence" (a coordinated verb: "... and says").
    """
    chunk = left[: _MODIFIERS.search(left).start()]
    words = chunk.split()
    if not words or words[-1].casefold() in _PASSIVE:
        return None
    if words[-1].casefold() in {"and", "but"}:
        return -1, [], None
    chunk = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), chunk).rstrip()
    chunk = re.sub(r",?\s+who$", "", chunk)
    if not chunk.endswith(","):
        found = _noun_phrase(chunk)
        if found and len(found[1]) == 1 and re.fullmatch(r"[A-Z]{2,3}", found[1][0]) and \
                chunk[:found[0]].rstrip().endswith(","):  # "Richard Mawrey, QC told"
            found = _noun_phrase(chunk[:found[0]].rstrip()[:-1])
        return (found[0], found[1], None) if found else None
    # "Britain's top diplomat, Liz Truss," / "Jens Stoltenberg, secretary-general of NATO,"
    segments: list[tuple[int, list[str]]] = []
    end = len(chunk) - 1
    while end > 0:
        comma = chunk.rfind(",", 0, end)
        segment = chunk[comma + 1:end]
        words = segment.split()
        if words and (words[0] in _CLAUSE_OPENERS or words[0] in _PREPOSITIONS or (
                words[0].endswith("ing") and words[0] != "including")):
            found = _noun_phrase(segment)  # "Or, as Tom Ridge, a former secretary, put it"
            if found:
                segments.append((comma + 1 + found[0], found[1]))
            break  # "in Berea, OH, after winning Ohio, Gov. John Kasich said": not appositions
        if not words or len(words) > 14 or _MASK in segment or any(
                m in segment for m in _QUOTE_MARKS) or comma < 0:
            found = _noun_phrase(segment)
            if found:
                segments.append((comma + 1 + found[0], found[1]))
            break
        segments.append((comma + 1 + len(segment) - len(segment.lstrip()), words))
        end = comma
    segments.reverse()
    for index, (offset, words) in enumerate(segments):
        if _is_name_run(words):
            roles = [" ".join(w) for i, (_, w) in enumerate(segments) if i != index]
            return offset, words, ", ".join(roles) or None
    if not segments:
        return None
    offset, words = segments[0]
    return offset, words, ", ".join(" ".join(w) for _, w in segments[1:]) or None


def _is_name_run(words: list[str]) -> bool:
    """Return True for a bare name ("Sen. Tim Kaine", "Ban Ki-moon"), not a description."""
    if not 1 <= len(words) <= 6 or words[0].casefold() in _NOT_NAME:
        return False
    return all(_is_capitalised(w) or w in _PARTICLES for w in words)


def _noun_phrase(chunk: str) -> tuple[int, list[str]] | None:
    """Return (offset, words) of the noun phrase that ends `chunk` (at most 8 words)."""
    taken: list[re.Match[str]] = []
    for token in reversed(list(_WORD.finditer(chunk))):
        word = token.group()
        if (taken and word[-1] in ",;:") or _MASK in word or any(m in word for m in _QUOTE_MARKS):
            break
        if word.strip("()").casefold() in _BOUNDARY_WORDS or word in {"—", "–", "-"}:
            break
        taken.append(token)
        if len(taken) >= 12 or word[-1] in ",;:":
            break
    if not taken or taken[0].group()[-1] in ",;:":
        return None
    taken.reverse()
    words = [t.group() for t in taken]
    if words[-1].casefold() in _PRONOUNS:  # "what it calls", "she pointed to ... saying"
        return taken[-1].start(), words[-1:]
    while words and words[0].casefold() in _PREPOSITIONS | {"to", "by"}:
        taken, words = taken[1:], words[1:]
    if not words:
        return None
    # "Rodion Miroshnik in the Luhansk region said": the head comes before the preposition
    for index, word in enumerate(words[1:], 1):
        following = words[index + 1] if index + 1 < len(words) else ""
        if word in _PREPOSITIONS and _is_capitalised(words[index - 1]) and not _is_capitalised(
                following):  # but "the Bank of England said" is one name
            return taken[0].start(), words[:index]
    return (taken[0].start(), words) if len(words) <= 8 else None


def extract_quotes(article: Article) -> list[Quote]:
    """Return every attribution in `article`, in text order, with verbatim offsets."""
    return _Extractor(article).run()
