"""People: names, gender and roles; one canonical person across articles; speech questions.

Quotes (from `qabot.quotes`) carry the fullest name their article uses. `SpeakerDirectory` merges
those names across articles ("Stoltenberg" -> "Jens Stoltenberg" when only one Stoltenberg is
known), and `parse_speech_question` recognises "what did X say about Y?" and its relatives.
The name lexicons here are general (common first names, honorifics, role nouns), never tied to
particular articles.
"""

from __future__ import annotations

import difflib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from qabot.records import Quote
from qabot.text import tokenize

# Common first names; a name's gender is only evidence, used to keep "she said" off a man.
MALE_NAMES = frozenset("""
aaron abdul adam adrian ahmed alan albert alex alexander alexei alfred ali andre andrew andy angus
anthony antonio arnold arthur barack barry ben benjamin bernard bernie bill billy bob boris brad
brandon brian bruce bryan carl carlos charles charlie chris christopher chuck clarence colin craig
dan daniel danny dave david dean dennis derek dick dmitry don donald doug douglas duncan dylan ed
eddie edward emmanuel eric ernest evan frank franz fred frederick gareth gary gavin geoff geoffrey
george gerald gerhard gordon graham greg gregory harold harry henry hugh ian igor ivan jack jacob
jake james jamie jason jeb jeff jeffrey jens jeremy jerry jim jimmy joe joel john johnny jon
jonathan jose joseph josh joshua juan justin keir keith ken kenneth kevin kim_m kofi larry lee leo
leonard lewis liam lindsey_m lloyd louis luis luke malcolm marco marcus mario mark martin matt
matthew max michael mick mike mitch mitt mohammed muhammad neil nicholas nick nigel norman olaf
oliver owen patrick paul pete peter phil philip pierre rahm ralph ray raymond reince richard rick
rob robert robin_m rodion roger ron ronald rory roy rudy rupert russell ryan sam samuel scott
sean sergei sergey simon stephen steve steven stuart ted terry thomas tim timothy tom tommy tony
vince vincent viktor vladimir volodymyr walter wayne william xi yuri zach
""".split())
FEMALE_NAMES = frozenset("""
abigail alexandra alice alison amanda amy andrea angela angelina ann anna anne annie barbara
betty beverly brenda bridget carly carol caroline catherine charlotte cheryl chelsea christina
christine claire clare cynthia dana debbie deborah denise diana diane donna doris dorothy edith
eileen elaine eleanor elizabeth ellen emily emma erin eva evelyn fiona frances gabrielle gillian
gina gloria grace hannah harriet heather heidi helen hillary huma ivanka jacqueline jane janet
janice jean jennifer jessica jill joan joanna jo josephine joy judith judy julia julie karen
kate katherine kathleen kathy kayleigh kellyanne kelly kimberly kirsten kristen laura lauren
leslie linda lisa liz lois loretta lorraine louise lucy lynn madeleine margaret maria marie
marine marsha martha mary maxine megan melania melissa michelle mildred nancy natalie nicola
nicole nikki olivia pamela patricia paula penny priti rachel rebecca rose ruth sally samantha
sandra sarah sharon shirley sophie stephanie susan suzanne tammy teresa theresa tina tracy
ursula valerie victoria virginia wendy yvette yvonne zoe
""".split())
HONORIFICS: dict[str, str | None] = {
    "mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "lord": "m", "lady": "f",
    "dame": "f", "king": "m", "queen": "f", "prince": "m", "princess": "f", "dr": None,
    "prof": None, "professor": None, "rev": None, "mister": "m", "madam": "f",
}
# Nouns that describe a position; "the NATO chief" names a role, not a person.
ROLE_NOUNS = frozenset("""
adviser advisor aide ambassador analyst attorney boss candidate ceo chair chairman chairwoman
chancellor chief commander commissioner congressman congresswoman coach councillor councilman
deputy diplomat director economist envoy executive founder general governor head judge lawmaker
lawyer leader manager mayor minister negotiator nominee official premier president prosecutor
professor representative rep sen senator secretary secretary-general speaker spokesman
spokeswoman spokesperson strategist treasurer chairperson gov
""".split())
GENDERED_NOUNS: dict[str, str] = {
    "spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f",
    "congressman": "m", "congresswoman": "f", "councilman": "m", "councilwoman": "f",
    "businessman": "m", "businesswoman": "f", "father": "m", "mother": "f",
    "husband": "m", "wife": "f", "son": "m", "daughter": "f", "his": "m", "her": "f",
}
_TITLE_PREFIX = re.compile(
    r"^(?:(?:mr|mrs|ms|miss|dr|sir|lord|lady|dame|prof|professor|rev|mister)\.?\s+)+",
    re.IGNORECASE,
)
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def first_name_gender(word: str) -> str | None:
    """Return "m"/"f" when `word` is a common first name of that gender, else None."""
    key = word.casefold().rstrip(".")
    if key in MALE_NAMES or f"{key}_m" in MALE_NAMES:
        return "m"
    return "f" if key in FEMALE_NAMES else None


def strip_title(name: str) -> str:
    """Return `name` without leading honorifics ("Mr Stoltenberg" -> "Stoltenberg")."""
    return _TITLE_PREFIX.sub("", name.strip()) or name.strip()


def name_key(name: str) -> tuple[str, str]:
    """Return (first, last) of a name, case-folded; first is "" for a lone surname."""
    parts = strip_title(name).casefold().replace("’", "'").split()
    parts = [p for p in parts if p not in {"jr", "jr.", "sr", "sr.", "ii", "iii"}]
    if not parts:
        return "", ""
    return (parts[0] if len(parts) > 1 else ""), parts[-1].removesuffix("'s")


def is_anonymous(speaker: str) -> bool:
    """Return True for descriptions ("a source", "officials") rather than names."""
    return not speaker[:1].isupper()


@dataclass(frozen=True, slots=True)
class SpeechQuestion:
    """A question about who said what: "what did X say about Y?" or "who said Y?"."""

    kind: Literal["what_said", "who_said"]
    speaker: str | None  # None: "he"/"she" or no one named (a follow-up)
    topic: str | None
    followup: bool


_PRONOUNS = frozenset("he she they him her them it".split())
_SPEECH_VERBS = (r"(?:say|said|saying|tell|told|think|thought|claim|claimed|mean|meant|"
                 r"argue|argued|warn|warned|write|wrote)")
_TOPIC = (r"(?:\s+(?:anything\s+|something\s+)?(?:about|on|regarding|concerning|over|of)\s+"
          r"(?P<topic>.+))?")
_QUESTION_FORMS = [
    ("what_said", re.compile(
        r"^(?:and\s+|so\s+)?what\s+(?P<else>else\s+)?(?:did|does|do|has|have|had|was|is|were)\s+"
        rf"(?P<who>.+?)\s+(?:just\s+|really\s+|actually\s+|been\s+)?{_SPEECH_VERBS}"
        rf"(?:\s+(?!about\b|on\b)[\w'’-]+){{0,2}}?{_TOPIC}$")),
    ("what_said", re.compile(
        r"^(?:did|has|have|does)\s+(?P<who>.+?)\s+(?:say|said|comment|commented|speak|spoken|"
        r"talk|talked|mention|mentioned)(?:\s+(?:anything|something|much))?"
        r"(?:\s+(?:about|on|regarding|concerning|over)\s+|\s+)(?P<topic>.+)$")),
    ("what_said", re.compile(
        r"^(?:what\s+are\s+|show\s+(?:me\s+)?)?(?P<who>.+?)['’]s?\s+(?:comments?|remarks?|words|"
        r"statements?|quotes?|views?)" + _TOPIC + "$")),
    ("what_said", re.compile(
        r"^(?:all\s+)?(?:quotes|statements|comments)\s+(?:from|by|of)\s+(?P<who>.+?)" + _TOPIC
        + "$")),
    ("what_said", re.compile(r"^what\s+(?P<who>.+?)\s+(?:said|says|has\s+said)" + _TOPIC + "$")),
    ("who_said", re.compile(
        r"^who\s+(?:said|says|has\s+said|claimed|stated|warned|argued|told\s+[\w'’-]+)"
        r"\s+(?:that\s+|about\s+)?(?P<topic>.+)$")),
    ("followup", re.compile(r"^(?:and|what|anything|something)(?:\s+else)?\s+(?:about|on)\s+"
                            r"(?P<topic>.+)$")),
    ("followup", re.compile(r"^(?:and\s+)?(?:what|anything)\s+else$")),
]


def parse_speech_question(question: str) -> SpeechQuestion | None:
    """Return what a speech question asks, or None for an ordinary question."""
    text = " ".join(question.strip().split()).rstrip("?!. ").strip()
    text = re.sub(r"^(?:(?:and|so|ok|okay|but|please)[,\s]+)?(?:(?:can|could)\s+you\s+)?"
                  r"(?:tell|show)\s+me\s+(?=what|who)", "", text, flags=re.I)
    text = re.sub(r"^(?:and|so|ok|okay|but)[,\s]+(?=what|did|who)", "", text, flags=re.I)
    for kind, pattern in _QUESTION_FORMS:
        match = pattern.match(text.casefold())
        if match is None:
            continue
        groups = match.groupdict()
        topic = _original(text, match, "topic")
        if kind == "followup":
            return SpeechQuestion("what_said", None, topic, True)
        if kind == "who_said":
            return SpeechQuestion("who_said", None, topic, False)
        who = _original(text, match, "who") or ""
        if not who or len(who.split()) > 6:
            continue
        pronoun = who.casefold() in _PRONOUNS
        return SpeechQuestion("what_said", None if pronoun else who, topic,
                              pronoun or bool(groups.get("else")))
    return None


def _original(text: str, match: re.Match[str], group: str) -> str | None:
    """Return a matched group in its original case (matching ran on the case-folded text)."""
    if match.groupdict().get(group) is None:
        return None
    value = text[match.start(group):match.end(group)].strip(" ,\"“”'")
    return value or None


_ROLE_WORDS_BEFORE = re.compile(r"(?:[\w'’.-]+\s){1,5}$")
_SENTENCE_WORDS = re.compile(r"[a-z][a-z-]*")


def roles_near(sentence: str, name: str) -> list[str]:
    """Return role phrases attached to `name` in `sentence` ("Name, role," / "role Name")."""
    parts = strip_title(name).split()
    if not parts or not ROLE_NOUNS.intersection(_SENTENCE_WORDS.findall(sentence.casefold())):
        return []
    target = " ".join(parts) if " ".join(parts) in sentence else parts[-1]
    roles, at = [], sentence.find(target)
    while at >= 0:
        after = sentence[at + len(target):]
        if after.startswith(", ") and "," in after[2:72]:
            roles.append(after[2:after.index(",", 2)])
        before = sentence[:at]
        if before.endswith(", ") and "," not in before[-62:-2]:
            roles.append(before[:-2][-60:].split(", ")[-1])
        elif before.endswith(" "):
            words = _ROLE_WORDS_BEFORE.search(before)
            roles.append(words.group() if words else "")
        at = sentence.find(target, at + len(target))
    found = []
    for role in roles:
        role = _DETERMINER.sub("", role.strip(" \"“”"))
        if ROLE_NOUNS.intersection(_SENTENCE_WORDS.findall(role.casefold())):
            found.append(role)
    return found


def role_words(phrase: str) -> set[str]:
    """Return the content words of a role phrase, case-folded, possessives dropped."""
    words = re.findall(r"[\w-]+", phrase.casefold().replace("’s", "").replace("'s", ""))
    return {w for w in words if w not in {"the", "a", "an", "of", "for", "s"}}


class SpeakerDirectory:
    """Everyone quoted in an index, with names merged across articles.

    Built from per-article summaries of who speaks (`qabot.quote_store.summarize`), not from the
    quotes themselves, so it stays small on large archives; a person's quotes are read through
    `loader` (article ids -> their quotes) only when asked for.
    """

    def __init__(self, canonical: dict[str, str], counts: dict[str, int],
                 articles: dict[str, list[str]], roles: dict[str, Counter[str]],
                 loader: Callable[[list[str]], list[Quote]]) -> None:
        self._canonical = canonical  # speaker as written -> canonical name
        self._counts = counts  # canonical name -> number of quotes, first quoted first
        self._articles = articles  # canonical name -> ids of the articles quoting them
        self._roles = roles  # canonical name -> role words seen in its attributions
        self._loader = loader
        self._by_surname: dict[str, list[str]] = defaultdict(list)
        for person in counts:
            if not is_anonymous(person):  # "the chancellor" is a role, not a surname
                self._by_surname[name_key(person)[1]].append(person)

    @classmethod
    def build(cls, quotes: Sequence[Quote]) -> SpeakerDirectory:
        """Return the directory of quotes held in memory (tests, small collections)."""
        from qabot.quote_store import summarize

        by_article: dict[str, list[Quote]] = defaultdict(list)
        for quote in quotes:
            by_article[quote.article_id].append(quote)
        summaries = [(article_id, summarize(group)) for article_id, group in by_article.items()]
        def loader(ids: list[str]) -> list[Quote]:
            return [q for article_id in ids for q in by_article.get(article_id, [])]

        return cls.from_summaries(summaries, loader)

    @classmethod
    def from_summaries(
        cls, summaries: Iterable[tuple[str, dict[str, list[Any]]]],
        loader: Callable[[list[str]], list[Quote]],
    ) -> SpeakerDirectory:
        """Return the directory of articles summarised as (article id, who speaks there)."""
        written: Counter[str] = Counter()
        seen_in: dict[str, list[str]] = defaultdict(list)
        role_counts: dict[str, Counter[str]] = defaultdict(Counter)
        for article_id, summary in summaries:
            for speaker, (count, roles) in summary.items():
                written[speaker] += count
                seen_in[speaker].append(article_id)
                role_counts[speaker].update(roles)
        full: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
        for speaker, n in written.items():
            first, last = name_key(speaker)
            if first and not is_anonymous(speaker):
                full[last][first][speaker] += n
        canonical: dict[str, str] = {}
        counts: dict[str, int] = defaultdict(int)
        articles: dict[str, dict[str, None]] = defaultdict(dict)
        roles: dict[str, Counter[str]] = defaultdict(Counter)
        for speaker in written:
            first, last = name_key(speaker)
            variants = full.get(last, {}) if not is_anonymous(speaker) else {}
            if first and first in variants:
                person = max(variants[first].items(), key=_fullest)[0]
            elif not first and len(variants) == 1:  # a lone surname, one known full name
                person = max(next(iter(variants.values())).items(), key=_fullest)[0]
            else:
                person = strip_title(speaker)
            canonical[speaker] = person
            counts[person] += written[speaker]
            articles[person].update(dict.fromkeys(seen_in[speaker]))
            roles[person].update(role_counts[speaker])
        return cls(canonical, dict(counts), {p: list(ids) for p, ids in articles.items()},
                   dict(roles), loader)

    def canonical(self, quote: Quote) -> str:
        """Return the canonical name of `quote`'s speaker."""
        return self._canonical.get(quote.speaker) or strip_title(quote.speaker)

    def resolve(self, name: str) -> list[str]:
        """Return canonical names matching `name` (a name, surname or role), best first."""
        query = _DETERMINER.sub("", strip_title(" ".join(name.split()))).strip(" ?.,")
        if not query:
            return []
        folded = query.casefold().replace("’", "'").removesuffix("'s")
        first, last = name_key(query)
        exact = [p for p in self._counts if p.casefold() == folded]
        if exact and (first or len(self._by_surname.get(last, [])) < 2):
            return exact
        people = [p for p in self._by_surname.get(last, [])
                  if not first or name_key(p)[0] in {"", first}]
        if people:  # full names before a bare surname, then the most quoted
            return sorted(people, key=lambda p: (not name_key(p)[0], -self._counts[p]))
        words = role_words(query)
        scored = []
        for person, seen in self._roles.items():
            shared = words & set(seen)
            specific = shared - ROLE_NOUNS  # "NATO" in "NATO chief" is what identifies someone
            if specific or (shared and shared == words):
                scored.append((len(specific) * 2 + len(shared), self._counts[person], person))
        return [p for *_, p in sorted(scored, reverse=True)]

    def suggest(self, name: str) -> str | None:
        """Return a known name close to `name` ("Stoltenburg" -> "Jens Stoltenberg"), if any."""
        query = strip_title(name).casefold()
        if not query:
            return None
        options: dict[str, str] = {}
        for person in self._counts:
            if is_anonymous(person):
                continue
            options.setdefault(person.casefold(), person)
            options.setdefault(name_key(person)[1], person)
        close = difflib.get_close_matches(query, list(options), n=1, cutoff=0.75)
        if close:
            return options[close[0]]
        prefixed = [p for key, p in options.items() if len(query) >= 3 and key.startswith(query)]
        return prefixed[0] if len(set(prefixed)) == 1 else None

    def counts(self) -> list[tuple[str, int]]:
        """Return named speakers with their quote counts, most quoted first."""
        pairs = [(p, n) for p, n in self._counts.items() if not is_anonymous(p)]
        return sorted(pairs, key=lambda pair: (-pair[1], pair[0]))

    def quotes_of(self, speaker: str) -> list[Quote]:
        """Return every quote of a canonical speaker, in index order."""
        ids = self._articles.get(speaker)
        if not ids:
            return []
        return [q for q in self._loader(ids) if self.canonical(q) == speaker]


def _fullest(item: tuple[str, int]) -> tuple[int, int]:
    """Order name variants: the longest, then the most used."""
    return len(strip_title(item[0]).split()), item[1]


def _bm25(documents: list[list[str]], query: list[str]) -> list[float]:
    """Return Okapi BM25 scores (k1=1.2, b=0.75, Lucene idf) of `documents` for `query`."""
    if not documents or not query:
        return [0.0] * len(documents)
    average = sum(map(len, documents)) / len(documents) or 1.0
    frequency = Counter(t for doc in documents for t in set(doc) if t in query)
    idf = {t: math.log(1 + (len(documents) - n + 0.5) / (n + 0.5)) for t, n in frequency.items()}
    scores = []
    for doc in documents:
        counts = Counter(doc)
        norm = 1.2 * (0.25 + 0.75 * len(doc) / average)
        scores.append(sum(idf[t] * counts[t] * 2.2 / (counts[t] + norm)
                          for t in set(query) if t in counts))
    return scores


def rank_quotes(quotes: Sequence[Quote], topic: str | None) -> list[Quote]:
    """Return `quotes` ordered by relevance to `topic` (in their order when there is none)."""
    terms = tokenize(topic) if topic else []
    if not terms:
        return list(quotes)
    scores = _bm25([tokenize(q.text + " " + q.sentence) for q in quotes], terms)
    order = sorted(range(len(quotes)), key=lambda i: -scores[i])  # stable: ties keep order
    return [quotes[i] for i in order]


_TOKENS_CACHE: dict[int, tuple[Sequence[Quote], list[list[str]]]] = {}


def _quote_tokens(quotes: Sequence[Quote]) -> list[list[str]]:
    """Return the analyzed text of each quote, cached for the last few quote lists."""
    cached = _TOKENS_CACHE.get(id(quotes))
    if cached is not None and cached[0] is quotes and len(cached[1]) == len(quotes):
        return cached[1]
    tokens = [tokenize(q.text) for q in quotes]
    if len(_TOKENS_CACHE) >= 4:
        _TOKENS_CACHE.clear()
    _TOKENS_CACHE[id(quotes)] = (quotes, tokens)  # holding `quotes` keeps its id unique
    return tokens


def find_speakers(quotes: Sequence[Quote], words: str, k: int = 3) -> list[Quote]:
    """Return the quotes that best match `words` ("who said ..."), best first."""
    terms = tokenize(words)
    if not terms or k <= 0:
        return []
    scores = _bm25(_quote_tokens(quotes), terms)
    phrase = " ".join(words.casefold().split())
    ranked = sorted(
        ((score + (3.0 if phrase in q.text.casefold() else 0.0)
          - (0.5 if is_anonymous(q.speaker) else 0.0), i)
         for i, (q, score) in enumerate(zip(quotes, scores, strict=True)) if score > 0),
        key=lambda pair: (-pair[0], pair[1]),
    )
    return [quotes[i] for _, i in ranked[:k]]
