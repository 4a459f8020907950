"""Outlet names in questions and options: "the BBC", "Guardian", "bbc.co.uk" -> index outlets.

Only outlets some article of the index carries are ever matched, by their folded name
(`qabot.records.outlet_key`) or that name without generic trailing words ("BBC News" is also
"the BBC", "reuters.com" also "Reuters"), or the call sign or acronym it opens with ("WSVN
7News" is also "WSVN", "KXAN Austin" "KXAN"), or a newspaper's words before its masthead noun
as initials ("Los Angeles Times" is also "LA Times"). `qabot.search.filter_reading` reads them in
questions; `--source` goes through `resolve`.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Sequence

from qabot.errors import UnknownSourceError
from qabot.indexing import Outlet
from qabot.records import outlet_key
from qabot.search.date_phrases import MONTH_FOLLOWERS, Word, split_words
from qabot.text import STOP_WORDS
from qabot.text.lexicon import MASTHEAD_NOUNS
from qabot.text.patterns import lazy

# trailing words an outlet is often named without: "BBC News" is "the BBC", "bbc.co.uk" "BBC"
GENERIC_TAIL = frozenset("news online com co uk org net digital media live www wiki blog".split())
# verbs after an outlet that make it the subject: "did the BBC report ..."
OUTLET_VERBS = frozenset(
    "report reported reporting say said write wrote cover covered publish published tell told "
    "run ran".split()
)
# words opening the question asked of an outlet named first ("according to the los angeles
# times what happened"): they set the name apart from what follows, as a verb does
_QUESTION_WORDS = frozenset("what who whom whose which when where why how".split())
MAX_OUTLET_WORDS = 6
KNOWN_SHOWN = 8  # outlets an error for an unknown `--source` lists
# after a phrase that can only introduce a source, an outlet's opening words name it when they
# are at least this many and no other outlet's name opens with them ("according to tom &
# jerry" is "Tom & Jerry Daily"; one word, "according to the new", names nothing)
MIN_HEAD_WORDS = 2
MIN_SIGN = 3  # a call sign or acronym has at least this many characters ("WSVN", "ABC13")
_NAME_WORDS = lazy(r"[^\W_]+")
# a part of a name set in brackets, which readers leave out: "(UK)", "<Daily>", "[Live]"
_BRACKETED = lazy(r"\([^()]*\)|<[^<>]*>|\[[^\[\]]*\]")
# marks that may stand between the words of an outlet's name ("Tom & Jerry", "Rock + Roll")
_JOINERS = frozenset("& + < > ( ) [ ] / -".split())


def _initialled(parts: list[str]) -> str | None:
    """Return a newspaper's name with the words before its masthead noun as their initials, as
    readers write it ("LA Times" of "Los Angeles Times"): two or more capitalised words before
    the noun; None for any other name."""
    if parts and parts[0].casefold() == "the":
        parts = parts[1:]
    head, noun = parts[:-1], parts[-1:]
    if len(head) < 2 or not noun or noun[0].casefold() not in MASTHEAD_NOUNS:
        return None
    if not all(word[:1].isupper() and word[1:].islower() for word in head):
        return None
    return "".join(word[0] for word in head) + " " + noun[0]


class OutletNames:
    """The names by which a question or option may mean each outlet of an index."""

    def __init__(self, outlets: Sequence[Outlet]) -> None:
        self.outlets = outlets
        self._aliases: dict[str, set[str]] = {}  # folded name -> outlet keys
        self._spellings: set[str] = set()  # the same names as the outlets write them
        self._caseless: set[str] = set()  # keys of names written in lower case ("axios.com")
        self._short: dict[str, set[str]] = {}  # "gleaner" -> "Jamaica Gleaner"'s key
        self._short_spellings: set[str] = set()  # "Gleaner"
        self._heads: dict[str, set[str]] = {}  # "tom jerry" -> "Tom & Jerry Daily"'s key
        for outlet in outlets:
            if outlet.name == outlet.name.casefold():
                self._caseless.add(outlet.key)
            self._add(outlet.key, outlet.name)
            if sign := _call_sign(outlet.name):  # "WSVN 7News" is "WSVN" to its readers
                self._aliases.setdefault(outlet_key(sign), set()).add(outlet.key)
                self._spellings.add(sign)
            if (bare := " ".join(_BRACKETED.sub(" ", outlet.name).split())) != outlet.name:
                self._add(outlet.key, bare)  # "Tom & Jerry" of "Tom & Jerry <Daily>"
        self._names = {outlet.key: outlet.name for outlet in outlets}

    def _add(self, key: str, name: str) -> None:
        """Add the names by which `name` (the outlet's of `key`, or it without a bracketed
        part) is meant."""
        parts = _NAME_WORDS.findall(name)
        if len(parts) > 1 and parts[0].casefold() == "the":
            parts = parts[1:]
        for start in range(1, len(parts)):
            if parts[-1].casefold() in MASTHEAD_NOUNS:  # "Gleaner" of "Jamaica Gleaner"
                self._short.setdefault(outlet_key(" ".join(parts[start:])), set()).add(key)
                self._short_spellings.add(" ".join(parts[start:]))
        for end in range(MIN_HEAD_WORDS, len(parts)):  # "Tom & Jerry" of "Tom & Jerry Daily"
            self._heads.setdefault(outlet_key(" ".join(parts[:end])), set()).add(key)
        while parts:
            self._aliases.setdefault(outlet_key(" ".join(parts)), set()).add(key)
            self._spellings.add(" ".join(parts))
            if parts[-1].casefold() not in GENERIC_TAIL:
                break
            parts = parts[:-1]
        written = " ".join(name.split())  # "Phys.org" as it is written
        self._spellings |= {written, written.removeprefix("The ")}
        if short := _initialled(_NAME_WORDS.findall(name)):  # "LA Times", "NY Post"
            self._aliases.setdefault(outlet_key(short), set()).add(key)
            self._spellings.add(short)

    def names(self, keys: set[str]) -> tuple[str, ...]:
        """Return the outlets' names as the index spells them, sorted."""
        return tuple(sorted(self._names[key] for key in keys))

    def at(
        self, words: list[Word], at: int, *, strong: bool = False, openings: bool = True
    ) -> tuple[int, set[str]] | None:
        """Return (end, outlet keys) for the longest outlet name starting at word `at`.

        A name counts when it is written as the outlet writes itself ("in the Guardian",
        "from BBC"). After a phrase that can only introduce a source (`strong`: "according
        to", "did ... report") it may be written in any case when it is set apart from what
        follows (end, punctuation, a verb, a small word): "hangs in the balance" and "according
        to the independent inquiry" keep their words; and then also by the opening words of
        one outlet's name ("according to tom & jerry": "Tom & Jerry Daily") unless `openings`
        is false ("anything from music to games" is no "Music Week").
        """
        if not self._aliases:
            return None  # an archive naming no outlet: most questions' "did" and "in" land here
        for end, keys, written in self._named_at(words, at, self._aliases):
            if (
                written in self._spellings
                or keys <= self._caseless
                or (strong and set_apart(words, end))
            ):
                return end, keys
        if strong and openings:  # "according to tom & jerry": the opening words of one name
            for end, keys, _ in self._named_at(words, at, self._heads):
                if len(keys) == 1 and set_apart(words, end):
                    return end, keys
        return self._short_at(words, at, strong=strong)

    def _short_at(
        self, words: list[Word], at: int, *, strong: bool
    ) -> tuple[int, set[str]] | None:
        """Return (end, outlet keys) for a newspaper's short name at word `at`: "the Gleaner",
        after "the", set apart from what follows, written capitalised or after a phrase that
        can only introduce a source."""
        if at == 0 or words[at - 1].text != "the":
            return None
        for end, keys, written in self._named_at(words, at, self._short):
            if set_apart(words, end) and (strong or written in self._short_spellings):
                return end, keys
        return None

    def bare_at(self, words: list[Word], at: int) -> tuple[int, set[str]] | None:
        """Return (end, outlet keys) for the longest outlet name, in any case, starting at word
        `at` with no phrase before it ("salon emissions"): maybe a word of the question, so
        `qabot.search.bare_outlets` only tries it."""
        return next(
            ((end, keys) for end, keys, _ in self._named_at(words, at, self._aliases)), None
        )

    @staticmethod
    def _named_at(
        words: list[Word], at: int, names: dict[str, set[str]]
    ) -> Iterator[tuple[int, set[str], str]]:
        """Yield (end, outlet keys, the words as written) for each name of `names` the words from
        `at` fold to, the longest first."""
        for size in range(min(MAX_OUTLET_WORDS, len(words) - at), 0, -1):
            chunk = words[at : at + size]
            if all(
                word.raw[0].isalnum() or (0 < at_ < size - 1 and word.raw in _JOINERS)
                for at_, word in enumerate(chunk)
            ) and (keys := names.get(outlet_key(" ".join(word.text for word in chunk)))):
                yield at + size, keys, " ".join(w.raw for w in chunk if w.raw not in _JOINERS)

    def resolve(self, names: Sequence[str]) -> tuple[str, ...]:
        """Return the outlets `--source` names (as the index spells them), else raise
        UnknownSourceError."""
        found: list[str] = []
        for name in names:
            keys = self._aliases.get(outlet_key(name)) or self._short.get(outlet_key(name))
            if not keys:
                known, suggested = self._known(name)
                raise UnknownSourceError(
                    f"No articles from {name!r} in the index. {known}See `qabot sources`.",
                    suggested=suggested,
                )
            found.extend(self.names(keys))
        return tuple(dict.fromkeys(found))

    def _known(self, name: str) -> tuple[str, bool]:
        """Return the outlets to offer instead of `name`, and whether they are spelt close to
        it ("Guardain"), else the first KNOWN_SHOWN, with how many more there are (the list
        was cut silently)."""
        spelt = {outlet.name.casefold(): outlet.name for outlet in self.outlets}
        close = difflib.get_close_matches(name.casefold(), list(spelt), n=3, cutoff=0.75)
        if close:
            return f"Did you mean {' or '.join(spelt[key] for key in close)}? ", True
        if not self.outlets:
            return "No article names its outlet. ", False
        known = ", ".join(outlet.name for outlet in self.outlets[:KNOWN_SHOWN])
        more = len(self.outlets) - KNOWN_SHOWN
        return f"Known outlets: {known}{f' and {more} more' if more > 0 else ''}. ", False


def _call_sign(name: str) -> str | None:
    """Return the call sign or acronym a name of several words opens with ("WSVN" of "WSVN
    7News", "ABC13" of "ABC13 Houston"): capitals (digits may follow), not a common word
    ("NOW Grenada" is not "now")."""
    words = name.split()
    first = words[0] if len(words) > 1 else ""
    if (
        len(first) >= MIN_SIGN
        and first.isalnum()
        and first[0].isupper()
        and first.isupper()
        and first.casefold() not in STOP_WORDS
    ):
        return first
    return None


def set_apart(words: list[Word], end: int) -> bool:
    """Tell whether a name ending before word `end` is set apart from what follows it."""
    return end == len(words) or _ends_phrase(words[end])


def _ends_phrase(word: Word) -> bool:
    return (
        word.text in MONTH_FOLLOWERS
        or word.text in OUTLET_VERBS
        or word.text in _QUESTION_WORDS
        or not word.raw[0].isalnum()
    )


_last: tuple[Sequence[Outlet], OutletNames] | None = None


def outlet_names(outlets: Sequence[Outlet]) -> OutletNames:
    """Return the OutletNames of `outlets`, kept while the same list (one live index) is asked."""
    global _last
    last = _last
    if last is None or last[0] is not outlets:
        last = _last = (outlets, OutletNames(outlets))
    return last[1]


def outlet_spans(outlets: Sequence[Outlet], text: str) -> list[tuple[int, int]]:
    """Return the (start, end) offsets in `text` of each outlet name typed in it, in any case
    ("jamaica gleaner"): a name as its outlet is called, which no spelling check corrects."""
    if not outlets:
        return []
    names = outlet_names(outlets)
    words = split_words(text)
    spans: list[tuple[int, int]] = []
    at = 0
    while at < len(words):
        found = names.bare_at(words, at)
        if found is None:
            at += 1
            continue
        spans.append((words[at].start, words[found[0] - 1].end))
        at = found[0]
    return spans


def resolve_sources(names: Sequence[str], outlets: Sequence[Outlet]) -> tuple[str, ...]:
    """Return the outlets `--source` names (as the index spells them), else raise
    UnknownSourceError."""
    return outlet_names(outlets).resolve(names)
