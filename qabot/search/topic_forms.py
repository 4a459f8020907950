"""A quote's words with the topic words it writes in another form: "what did X say about
losing" is answered by "we lost to a better side", "about China" by "the Chinese", as quote
ranking counts them (`word_forms.kin_forms`).

The choice of X's words about it reads them so, and the check of whether X said anything on
the topic reads the verb's forms so: "X said nothing about losing" above "we lost" contradicted
itself (a word with a prefix off, "form" of "reform", is no word of the topic there). It also
reads a long word with a short ending on or off ("advertisers" of "adverts", "economic" of
"economy"): one word family, where the stemmer keeps the derived noun or adjective apart; not
a short word ("press" is no word of "pressure", "still" of "Stiller"), a person's name
("Christian" of "Christie") nor the speaker's role ("economist" is no word on "the economy"
in "said X, chief economist"). Another form of an irregular verb stands for the topic word only in
a story that is about the word itself: "the deal, struck on Monday" is no strike.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from qabot.search.word_forms import kin_forms, verb_forms

# the shortest term (as analyzed) whose forms with an ending on or off are one word family:
# below it an ending makes another word ("press"/"pressur", "still"/"stiller", "weigh"/"weight")
ENDING_FAMILY = 6


def as_asked(
    topic: Collection[str],
    said: Sequence[tuple[str, set[str]]],
    in_story: Callable[[str], bool],
    *,
    inflected: bool = False,
    apart: Collection[str] = (),
    named: Callable[[str], bool] = lambda term: False,
) -> list[set[str]]:
    """Return the terms of each of `said` (article id, terms) with the topic terms it writes
    in another form; an irregular verb's form counts only where `in_story` (article id) says
    its story is about the topic word. `inflected`: only the verb's forms ("lost" of "lose")
    and a long word's ending on or off (`same_family`), not a word with a prefix ("form" of
    "reform"); `apart`: terms that have no word family here (a person's name in the topic,
    the role the articles give the speaker, named beside their every quote); `named`: whether
    the archive writes a term as a name ("Churchill" is no form of "church")."""
    asked = set(topic)
    every = {term for _, terms in said for term in terms}
    kin = kin_forms(asked, every - asked)
    verbal = {form for form in kin if any(form in verb_forms(term) for term in asked)}
    if inflected:
        kin = {
            form: kept
            for form, terms in kin.items()
            if (
                kept := [
                    term
                    for term in terms
                    if form in verbal
                    or (
                        term not in apart
                        and form not in apart
                        and same_family(term, form)
                        and not named(form)
                    )
                ]
            )
        }
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


def same_family(term: str, form: str) -> bool:
    """Return whether `form` is `term` with an ending on or off and both are long enough
    (ENDING_FAMILY) to be one word family: "advertis" of "advert", "econom" of "economi"."""
    shorter, longer = sorted((term, form), key=len)
    return len(shorter) >= ENDING_FAMILY and longer != shorter and longer.startswith(shorter)
