"""Initialisms: the names articles write beside their initials, read once at index time.

A reader types "FSA" where a story writes "Financial Services Authority", or the full name where
it goes on with "the PBGC". Which initials stand for which name is read from the articles, where
one writes the two together: "Full Name Of Thing (FNOT)" or "FNOT (Full Name Of Thing)", the
initials those of the name's capitalised words ("of", "and", "for", "the" and "&" apart). Each
article's pairs are written to initialisms.jsonl when it is read, and kept with it across
updates, so a question only looks its words up (`qabot.search.initialism_forms`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from qabot.attribution import initials
from qabot.text.patterns import lazy

INITIALISMS_FILE = "initialisms.jsonl"
_SHORT = r"[A-Z]{2,6}"
# "... Guaranty Corporation (PBGC)": the words before the brackets are read back from there
_AFTER_NAME = lazy(rf"\((?P<short>{_SHORT})\)")
# "PBGC (Pension Benefit Guaranty Corporation)"
_BEFORE_NAME = lazy(rf"(?<![\w&-])(?P<short>{_SHORT})\s+\((?P<long>[^()\n]{{3,120}})\)")
_WORD = lazy(r"[\w'’.&-]+")


def written_pairs(text: str) -> list[tuple[str, str]]:
    """Return the (initials, full name) pairs `text` writes side by side: "Full Name (FN)"
    and "FN (Full Name)", the initials those of the name (`initials`), each pair once."""
    pairs: list[tuple[str, str]] = []
    if "(" not in text:
        return pairs
    for match in _AFTER_NAME.finditer(text):
        short = match.group("short")
        before = _WORD.findall(text[max(0, match.start() - 200) : match.start()])
        # the fewest words before the brackets whose initials are the short form's
        for size in range(len(short), min(len(before), 3 * len(short)) + 1):
            name = " ".join(before[-size:])
            if before[-size][:1].isupper() and initials(name) == short:
                pairs.append((short, name))
                break
    for match in _BEFORE_NAME.finditer(text):
        name = " ".join(match.group("long").split())
        if initials(name) == match.group("short"):
            pairs.append((match.group("short"), name))
    return list(dict.fromkeys(pairs))


def initialism_rows(article_id: str, texts: Iterable[str]) -> list[dict[str, str]]:
    """Return the initialisms.jsonl rows of one article (its title and text)."""
    pairs = dict.fromkeys(pair for text in texts for pair in written_pairs(text))
    return [{"article": article_id, "short": short, "name": name} for short, name in pairs]


@dataclass(frozen=True, slots=True)
class Initialisms:
    """Initials -> the one full name the articles give them, and the other way (case-folded
    full name -> initials). Initials given two names ("EC": the European or the Electoral
    Commission) stand for neither."""

    names: dict[str, str]
    shorts: dict[str, str]
    openings: frozenset[str]  # the first words of the full names, case-folded
    # case-folded full name without its apostrophes -> its initials ("lawyers christian
    # fellowship", as readers type it, -> the articles' "Lawyers' Christian Fellowship": LCF):
    # made from `shorts`, never given
    unmarked: dict[str, list[str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        unmarked: dict[str, list[str]] = {}
        for name, short in self.shorts.items():
            unmarked.setdefault(_without_apostrophes(name), []).append(short)
        object.__setattr__(self, "unmarked", unmarked)  # frozen: set once, here

    @classmethod
    def of_pairs(cls, pairs: Iterable[tuple[str, str]]) -> Initialisms:
        """Return Initialisms from (initials, full name) pairs as the articles write them."""
        spelled: dict[str, dict[str, str]] = {}
        for short, name in pairs:
            spelled.setdefault(short, {}).setdefault(name.casefold(), name)
        names = {short: min(forms.values()) for short, forms in spelled.items() if len(forms) == 1}
        shorts = {" ".join(name.split()).casefold(): short for short, name in names.items()}
        return cls(names, shorts, frozenset(name.split()[0] for name in shorts))

    def initials_of(self, name: str) -> list[str]:
        """Return the initials the articles give the full `name`, read with or without its
        apostrophes (one key lookup, not a scan of every initialism)."""
        return self.unmarked.get(_without_apostrophes(name.casefold()), [])


def _without_apostrophes(text: str) -> str:
    """Return `text` without its apostrophes, straight or curly (a reader may type none)."""
    return text.replace("'", "").replace("’", "")
