"""How far apart two words of a question stand in a quote: a claim resting on two words is
told by them together ("prices never rise"), not by one at a quote's start and the other at its
end ("never" in one clause of a long quote, "rise" in another)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence

from qabot.text import terms_of


def word_gap(
    words: Sequence[str],
    texts: Sequence[str],
    kin_of: Mapping[str, Sequence[str]],
    begins: Callable[[str, Collection[str]], bool],
) -> int:
    """Return the fewest terms (stop words apart) between a form of each of the two `words` in
    one of `texts` plus one (1: side by side), or 0 when no text holds both: then nothing is
    told of how they stand. A form is the word, one `kin_of` maps to it, or one `begins`
    finds."""
    first, second = words[0], words[-1]
    best = 0
    for text in texts:
        terms = terms_of(text)
        at = [
            [i for i, term in enumerate(terms) if _form(word, term, kin_of, begins)]
            for word in (first, second)
        ]
        if at[0] and at[1]:
            gap = min((abs(i - j) for i in at[0] for j in at[1] if i != j), default=0)
            best = min(best, gap) if best and gap else best or gap
    return best


def _form(
    word: str,
    term: str,
    kin_of: Mapping[str, Sequence[str]],
    begins: Callable[[str, Collection[str]], bool],
) -> bool:
    return term == word or word in kin_of.get(term, ()) or begins(word, (term,))
