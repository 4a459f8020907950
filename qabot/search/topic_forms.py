"""A quote's words with the topic words it writes in another form: "what did X say about
losing" is answered by "we lost to a better side", "about China" by "the Chinese", as quote
ranking counts them (`word_forms.kin_forms`).

The choice of X's words about it reads them so, and the check of whether X said anything on
the topic reads the verb's forms so: "X said nothing about losing" above "we lost" contradicted
itself (a word with a prefix or an ending off, "form" of "reform", is no word of the topic
there). Another form of an irregular verb stands for the topic word only in a story that is
about the word itself: "the deal, struck on Monday" is no strike.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from qabot.search.word_forms import kin_forms, verb_forms


def as_asked(
    topic: Collection[str],
    said: Sequence[tuple[str, set[str]]],
    in_story: Callable[[str], bool],
    *,
    inflected: bool = False,
) -> list[set[str]]:
    """Return the terms of each of `said` (article id, terms) with the topic terms it writes
    in another form; an irregular verb's form counts only where `in_story` (article id) says
    its story is about the topic word. `inflected`: only the verb's forms ("lost" of "lose"),
    not a word with a prefix or an ending off ("form" of "reform")."""
    asked = set(topic)
    every = {term for _, terms in said for term in terms}
    kin = kin_forms(asked, every - asked)
    verbal = {form for form in kin if any(form in verb_forms(term) for term in asked)}
    if inflected:
        kin = {form: terms for form, terms in kin.items() if form in verbal}
    if not kin:
        return [terms for _, terms in said]
    return [
        terms
        | {
            term
            for form in terms & kin.keys()
            if form not in verbal or in_story(article_id)
            for term in kin[form]
        }
        for article_id, terms in said
    ]
