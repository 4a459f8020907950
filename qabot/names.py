"""Names: who a speaker phrase in one article refers to (a step inside `qabot.quotes`).

`People` reads an article once for names with gender evidence (common first names, Mr/Ms) and
roles ("NATO chief Jens Stoltenberg", "Liz Truss, Britain's top diplomat,"), so a speaker phrase
("Stoltenberg", "he", "the NATO chief", "Britain's top diplomat, Liz Truss,") can be linked to
the fullest name of one person. `speaker_before` finds the phrase in front of a cue word;
`interpret` turns it into a person. The lexicons are general (see `qabot.lexicon`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections import Counter
from dataclasses import dataclass

from qabot.lexicon import (
    FEMALE_NAMES,
    GENDERED_NOUNS,
    HONORIFICS,
    MALE_NAMES,
    ROLE_NOUNS,
    first_name_gender,
    name_key,
    role_words,
)

# compiled once: these run for every word of every article
_POSSESSIVE_END = re.compile(r"['’]s?$")
_WORDLIKE = re.compile(r"[\w'’.-]+")
_CAPITAL_ING = re.compile(r"[A-Z][a-z]+ing")
_CLITIC_END = re.compile(r"['’](?:s|d|ll)$")
_INITIAL = re.compile(r"[A-Z]\.")
_ADVERB = re.compile(r"[a-z]+ly")
_PARTICIPLE = re.compile(r"[a-z]+(?:ed|ing)")
_PARENTHESES = re.compile(r"\([^()]*\)")
_TRAILING_WHO = re.compile(r",?\s+who$")
_ACRONYM = re.compile(r"[A-Z]{2,3}")

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
PRONOUNS = {"he": "m", "she": "f", "they": None, "it": None, "i": None, "we": None}
_PREPOSITIONS = frozenset("in of from at for with on".split())
_RELATIVES = frozenset("where which whose whom".split())
_RANKS = frozenset("vice deputy assistant acting associate under lieutenant".split())
_POSSESSIVES = frozenset("his her their its our my your him them".split())
_PARTICLES = frozenset("de van von der bin al da di del la le du dos ibn".split())
_TITLE_WORDS = ROLE_NOUNS | frozenset(HONORIFICS) | frozenset(
    "sen rep gov gen lt col sgt capt adm amb atty cmdr supt insp det maj pres".split())
QUOTE_MARKS = "\"“”"
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w-])")
_SENTENCE_OPEN = frozenset(["", ".", "!", "?", '"', "“", "”", ":"])
PROSE_END = ".!?\"”’')]"
MASK = "·"  # stands for every character inside quote marks
_WORD = re.compile(r"\S+")
_NAME_RUN = re.compile(
    r"(?<![\w'’])(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Dame|Prof)\.?\s+)?[A-Z][a-z'’-]+"
    r"(?:\s+(?!(?:On|How|In|Of|The|And|To|For|With|Is|Are|Was|Why|What|Who|At|By|From|As|But|"
    r"Or|If|When|After|Says|Said|Goes|Has|Will)\b)"
    r"(?:[A-Z]\.|[A-Z][a-z'’-]+|(?:de|van|von|bin|al|da|di|del|der|la|le|du)(?=\s+[A-Z]))"
    r"){0,3}(?![\w'’])"
)
_NOT_NAME = frozenset("""the a an on in at but and then now still also meanwhile however monday
tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december last this earlier later speaking asked why what
how for from with of to by yet certainly several even only just perhaps maybe indeed instead
clearly obviously finally moreover ultimately already both many most some few other another each
every no all under over about against during between without within among despite unlike like
into upon across behind beyond near toward towards via""".split())
_ORGANISATION_WORDS = frozenset("""house department ministry party post times news office
university college school institute chamber church council committee campaign commission agency
bank union court government police administration service army forces military kremlin board
group company firm association foundation center centre journal network team club league
federation organisation organization""".split())
_GENTILIC = re.compile(r"^(?:[A-Z]{2,}|[A-Z][a-z]+(?:ian|ean|ish|ese|ican|can|i|ic))$")
# first words of place names and of numbered or group phrases, never of a person's name
_PLACE_OR_NUMBER = frozenset("""north south east west northern southern eastern western new
deep solid upper lower central greater great one two three four five first second third""".split())
_ROLE_AFTER = re.compile(r",\s(?:the\s|a\s|an\s)?(?P<role>[^,.;:\"“”·]{3,60}?)(?=,)")
_DESCRIPTION_END = re.compile(r"[a-z0-9-]+s?$")
VERB_LIKE = frozenset("""was is are were be been being has have had do does did will would can
could should may might must not""".split())
_CLAUSE_OPENERS = frozenset("""after before during while when as because if although though
since but and or so than until""".split())
_NOT_AGENTS = frozenset("""ago week weeks day days year years month months time times show
primary primaries conference election debate interview speech event meeting night morning
evening afternoon same few many some all both""".split())
_QUANTIFIERS = frozenset("""the a an his her their its our this that these those some many most
several few two three four five one other another both all more senior top""".split())
_HEAD_END = frozenset("of in at for from with on to by filed released published who which that "
                      "based".split())


_WINDOW = 300  # how many earlier names a pronoun looks back over


def _position(item: tuple[int, Person]) -> int:
    return item[0]


_QUOTED = re.compile(r"“[^“”\n]*”|\"[^\"\n]*\"|''(?:(?!'')[^\n])*''")


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of every quotation closed within its paragraph, in order."""
    return [match.span() for match in _QUOTED.finditer(text)]


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    index = bisect_left(spans, (position + 1,)) - 1
    return index >= 0 and spans[index][0] < position < spans[index][1]


def _opens_sentence(text: str, position: int) -> bool:
    """Return True when `position` starts a sentence (not "Mr. Cruz", "Sen. Cruz")."""
    window = text[max(0, position - 12):position]
    before = window.rstrip()
    if position == 0 or "\n" in window[len(before):]:
        return True  # a paragraph's first word
    if before[-1:] not in _SENTENCE_OPEN:
        return False
    last = before.split()[-1].rstrip(".") if before.split() else ""
    # "Sen. Cruz" continues a sentence; "... to be president. Christie" starts one
    abbreviation = len(last) == 1 or (last[:1].isupper() and last.casefold() in _TITLE_WORDS)
    return not (before.endswith(".") and abbreviation)


@dataclass(slots=True)
class Person:
    """One person or organisation named in the article, as the extractor knows them."""

    name: str  # the fullest form seen
    gender: str | None = None
    organisation: bool = False


class People:
    """The people of one article: names linked by surname, with gender evidence."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.by_surname: dict[str, list[Person]] = {}
        self.mentions: list[tuple[int, Person]] = []  # in text order
        self.speakers: list[tuple[int, Person]] = []  # speakers so far, in text order
        self.roles: list[tuple[set[str], Person, int]] = []  # role words -> person, where noted
        # a capitalised word that also stands alone ("Sebastian Gorka ... Gorka said") is a surname
        runs = list(_NAME_RUN.finditer(text))
        alone = Counter(_CAPITALISED.findall(text))
        alone.subtract(m.group().split()[-1] for m in runs if " " in m.group())
        for match in runs:
            line_end = text.find("\n", match.end())
            line = text[text.rfind("\n", 0, match.start()) + 1:line_end if line_end >= 0 else None]
            if line.rstrip()[-1:] not in PROSE_END:
                continue  # a title-case headline would make "Clinton Goes After" a name
            words = match.group().split()
            words[-1] = _POSSESSIVE_END.sub("", words[-1])
            gender, titled, titles, possessed = None, False, [], False
            while len(words) > 1:  # "Then Sen. Tom Briggs": sentence words and titles go
                key = words[0].rstrip(".").casefold()
                if _POSSESSIVE_END.search(key) and key[-1] == "s":
                    possessed = True  # "Florida's Rick Wilson": the place is not in the name
                elif key in HONORIFICS:
                    gender, titled = HONORIFICS[key], True
                elif key in _TITLE_WORDS:
                    titled = True
                    titles.append(words[0])  # "President Anna Berg": "the president" is her
                elif key not in _NOT_NAME and key not in _BOUNDARY_WORDS and not (
                        key.endswith("ing") and key not in MALE_NAMES | FEMALE_NAMES):
                    break
                words = words[1:]
            role = " ".join(titles)
            for index in range(len(words) - 2, -1, -1):  # "Prime Minister Tony Blair"
                key = words[index].rstrip(".").casefold()
                if key in _TITLE_WORDS:
                    gender, titled = gender or HONORIFICS.get(key), True
                    role, words = " ".join(words[:index + 1]), words[index + 1:]
                    break
            gender = gender or first_name_gender(words[0])
            before = _words_before(text, match.start())
            role_before = bool(before) and _has_role_noun(before[-1])
            surname = len(words) in {2, 3} and alone[words[-1]] > 0 and not (
                words[-1].casefold() in _ORGANISATION_WORDS  # "the Post": not a surname
                or _GENTILIC.match(words[0]) or _GENTILIC.match(words[-1])
                or words[0].casefold() in _PLACE_OR_NUMBER  # "South Carolina", "One Nation"
                or (words[-1].endswith("s") and not gender))  # "Latino Republicans"
            if words[-1].rstrip(".").casefold() in _TITLE_WORDS:
                continue  # "the Prime Minister": a role, not a name
            # "Arsenal's Edu": one word after a possessive, standing alone elsewhere too
            possessed_name = possessed and len(words) == 1 and alone[words[0]] > 0 and not (
                words[0].casefold() in _ORGANISATION_WORDS or _GENTILIC.match(words[0]))
            if (len(words) > 1 and (gender or titled or role_before or surname)) or (
                    gender and titled) or possessed_name:
                person = self.link(" ".join(words), gender)
                self.mentions.append((match.start(), person))
                after = _ROLE_AFTER.match(text, match.end(), match.end() + 70)
                if after:
                    _note_role(self, after.group("role"), person, match.start())
                if role_before:
                    _note_role(self, " ".join(before), person, match.start())
                if role:
                    _note_role(self, role, person, match.start())
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
        # a name inside quote marks is the speaker's word, not the narrator's: never the one a
        # "he said" after the quote points back to
        quoted = _quoted_spans(text)
        self.narrated = [(at, p) for at, p in self.mentions if not _inside(quoted, at)]
        self.subjects = [(at, p) for at, p in self.narrated if _opens_sentence(text, at)]

    def link(self, name: str, gender: str | None = None, organisation: bool = False) -> Person:
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
            if len(fitting) == 1:
                return fitting[0]
            if fitting:  # "Clinton" in a story about two Clintons: the most recently named one
                recent = {id(p): i for i, (_, p) in enumerate(self.mentions + self.speakers)}
                return max(fitting, key=lambda p: recent.get(id(p), -1))
        person = Person(name, gender or first_name_gender(name.split()[0]) if first else gender,
                         organisation)
        candidates.append(person)
        return person

    def add_speaker(self, position: int, person: Person) -> None:
        """Record that `person` speaks at `position` (kept in text order)."""
        insort(self.speakers, (position, person), key=_position)

    def pronoun(self, word: str, position: int) -> Person | None:
        """Return who `word` (he/she/they/it) most likely refers to, at `position`."""
        gender = PRONOUNS[word]
        # only the last few hundred names before the pronoun matter (and keep long texts fast)
        end = bisect_left(self.speakers, position, key=_position)
        speakers = [p for _, p in self.speakers[max(0, end - _WINDOW):end]]
        if word in {"they", "it", "we"}:
            groups = [p for p in speakers if p.organisation]
            return groups[-1] if groups else (speakers[-1] if speakers else None)
        mentions = bisect_left(self.narrated, position, key=_position)
        subjects = bisect_left(self.subjects, position, key=_position)
        people = [p for _, p in sorted(self.narrated[max(0, mentions - _WINDOW):mentions]
                                       + self.speakers[max(0, end - _WINDOW):end], key=_position)
                  if not p.organisation]
        # the latest speaker or sentence subject ("Gorka also made the point ... he noted")
        topics = [p for _, p in sorted(self.speakers[max(0, end - 4):end]
                                       + self.subjects[max(0, subjects - 4):subjects],
                                       key=_position)]
        # never give "she said" to a known man: skip the other gender and organisations
        for person in [*reversed(topics[-4:]), *reversed(people)]:
            if not person.organisation and person.gender in {gender, None}:
                return person
        return None


def _words_before(text: str, position: int) -> list[str]:
    """Return up to four words right before `position`, back to any punctuation."""
    words = text[max(0, position - 50):position].split()[-4:]
    while words and not _WORDLIKE.fullmatch(words[0]):
        words = words[1:]
    for index in range(len(words) - 1, -1, -1):
        if not _WORDLIKE.fullmatch(words[index]):
            return words[index + 1:]
    return words
def is_capitalised(word: str) -> bool:
    """Return True for a word that can be part of a name ("Stoltenberg", "NATO", not "NATOS")."""
    return word[:1].isupper() and (len(word) == 1 or not word.isupper() or len(word) <= 5)


def _has_role_noun(phrase: str) -> bool:
    return any(w in _TITLE_WORDS for w in role_words(phrase))


def _note_role(people: People, role: str, person: Person, position: int) -> None:
    """Remember that `role` describes `person` from `position` on, with any gender it implies."""
    if _has_role_noun(role):
        people.roles.append((role_words(role), person, position))
        for word in role_words(role):
            person.gender = person.gender or GENDERED_NOUNS.get(word)


def interpret(people: People, words: list[str], position: int,
               role: str | None = None) -> Person | None:
    """Return the person a speaker phrase names: a name, a pronoun, a role or a description."""
    words = [w for w in words if not w.startswith(("(", "[")) and not w.endswith((")", "]"))]
    if not words:
        return None
    while words and (words[0].casefold() in _BOUNDARY_WORDS | _NOT_NAME - {"the", "a", "an"}
                     or (len(words) > 1 and _CAPITAL_ING.fullmatch(words[0])
                         and words[0].casefold() not in people.by_surname)):
        words = words[1:]  # "When Trump ...", "Speaking later ..."
    if not words or (len(words) == 1 and words[0].casefold() in _POSSESSIVES):
        return None
    last = _CLITIC_END.sub("", words[-1].casefold())
    if last in PRONOUNS:
        return people.pronoun(last, position) if len(words) == 1 or words[-2].endswith(",") \
            else None
    run: list[str] = []
    for index in range(len(words) - 1, -1, -1):
        word, key = words[index], words[index].rstrip(".").casefold()
        institution = key == "of" and run and index and words[index - 1].casefold() in (
            _ORGANISATION_WORDS)  # "the Bank of England"
        if not institution and (key in _NOT_NAME or not (
                is_capitalised(word) or (run and key in _PARTICLES)
                or (run and _INITIAL.fullmatch(word)))):
            break
        run.append(word)
    run.reverse()
    cut, gender = 0, None
    for index, word in enumerate(run):
        key = word.rstrip(".").casefold()
        if key in _TITLE_WORDS or key.endswith(("'s", "’s")):
            cut, gender = index + 1, HONORIFICS.get(key, gender)
    name_words = run[cut:]
    if not name_words and len(run) > 1 and run[-2].rstrip(".").casefold() in HONORIFICS \
            and run[-1].casefold() not in ROLE_NOUNS:
        name_words = run[-1:]  # "Mr. Prince" is a man called Prince
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
                name.endswith("s") and _opens_sentence(people.text, position):
            return Person(name.lower(), organisation=True)  # "Analysts said": a description
        if len(name_words) == 1 and not organisation and not known:
            organisation = name.isupper()
        person = people.link(name, gender, organisation)
        person.organisation = person.organisation and organisation
        if role:
            _note_role(people, role, person, position)
        return person
    phrase = " ".join(words)
    if words[0].casefold() == "the" and _has_role_noun(phrase):
        wanted = role_words(phrase)
        # proper words must agree: "the Republican nominee" is not "Libertarian nominee X"
        proper = role_words(" ".join(w for w in words[1:] if is_capitalised(w)))
        # "the president" refers back to a role named earlier, and not to the "vice president"
        best = max(((len(wanted & seen), i) for i, (seen, _, at) in enumerate(people.roles)
                    if proper <= seen and at <= position and not (seen - wanted) & _RANKS),
                   default=(0, -1))
        if best[0] and (wanted & people.roles[best[1]][0]) - {"former"}:
            return people.roles[best[1]][1]
    if not _is_description(words):
        return None
    description = (phrase[0].lower() + phrase[1:]) if words[0] in {"The", "A", "An"} else phrase
    return Person(description, organisation=True)


def head_words(words: list[str]) -> list[str]:
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
            or head in _NOT_AGENTS or head in {"the", "a", "an", "over", "under", "about"}:
        return False
    if any(w.casefold() in VERB_LIKE or _ADVERB.fullmatch(w) for w in words):
        return False
    opener = words[0].casefold()
    if len(words) == 1:
        return words[0].endswith("s") or opener in ROLE_NOUNS
    if opener not in _QUANTIFIERS and not is_capitalised(words[0]) and not (
            words[-1] in ROLE_NOUNS or words[-1].endswith("s")):
        return False
    if opener in _QUANTIFIERS:  # "one unaligned strategist", "a retired general"
        return True
    return not any(_PARTICIPLE.fullmatch(w) and w not in ROLE_NOUNS
                   for w in words[1:])


def speaker_before(left: str) -> tuple[int, list[str], str | None] | None:
    """Return (offset, words, role) of the speaker phrase ending `left`, or None.

    Offset -1 means "the subject of the sentence" (a coordinated verb: "... and says").
    """
    chunk = left[: _MODIFIERS.search(left).start()]
    words = chunk.split()
    if not words or words[-1].casefold() in _PASSIVE:
        return None
    if words[-1].casefold() in {"and", "but"} or (
            words[-1].endswith(",") and left[len(chunk):].split()[:1] == ["then"]):
        return -1, [], None  # "... and says", "... Secretary of Defense, then says"
    chunk = _PARENTHESES.sub(lambda m: " " * len(m.group()), chunk).rstrip()
    chunk = _TRAILING_WHO.sub("", chunk)
    if not chunk.endswith(","):
        found = _noun_phrase(chunk)
        if found and len(found[1]) == 1 and _ACRONYM.fullmatch(found[1][0]) and \
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
        if words and words[0] in _PREPOSITIONS and not segments and comma >= 0:
            end = comma  # "Margaret Sullivan, in an attempt to ..., wrote": skip the aside
            continue
        if words and words[0].casefold() in _RELATIVES | {"who"} and comma >= 0:
            if segments:  # "At Boca West, where it costs ..., Jay DiPietro, ...": stop here
                break
            end = comma  # "Jay Smith, whose company makes tanks, said": skip the clause
            continue
        if words and words[0] in {"of", "from"} and comma >= 0 and all(
                len(w) <= 3 for _, w in segments):
            segments.clear()  # "Donna Rawlings, 59, of Ashton, Md., who ...": a home town
            end = comma
            continue
        if words and (words[0] in _CLAUSE_OPENERS or words[0] in _PREPOSITIONS or (
                words[0].endswith("ing") and words[0] != "including")):
            found = _noun_phrase(segment)  # "Or, as Tom Ridge, a former secretary, put it"
            if found and words[0] in _CLAUSE_OPENERS:  # but "“...” for Clinton, said Kunin"
                segments.append((comma + 1 + found[0], found[1]))
            break  # "in Berea, OH, after winning Ohio, Gov. John Kasich said": not appositions
        if not words or len(words) > 20 or MASK in segment or any(
                m in segment for m in QUOTE_MARKS) or comma < 0:
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
    return all(is_capitalised(w) or w in _PARTICLES for w in words)


def _noun_phrase(chunk: str) -> tuple[int, list[str]] | None:
    """Return (offset, words) of the noun phrase that ends `chunk` (at most 8 words)."""
    taken: list[re.Match[str]] = []
    for token in reversed(list(_WORD.finditer(chunk))):
        word = token.group()
        if (taken and word[-1] in ",;:") or MASK in word or any(m in word for m in QUOTE_MARKS):
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
    if words[-1].casefold() in PRONOUNS:  # "what it calls", "she pointed to ... saying"
        return taken[-1].start(), words[-1:]
    while words and words[0].casefold() in _PREPOSITIONS | {"to", "by"}:
        taken, words = taken[1:], words[1:]
    if not words:
        return None
    # "Rodion Miroshnik in the Luhansk region said": the head comes before the preposition
    for index, word in enumerate(words[1:], 1):
        following = words[index + 1] if index + 1 < len(words) else ""
        if word in _PREPOSITIONS and is_capitalised(words[index - 1]) and not is_capitalised(
                following):  # but "the Bank of England said" is one name
            return taken[0].start(), words[:index]
    return (taken[0].start(), words) if len(words) <= 8 else None

