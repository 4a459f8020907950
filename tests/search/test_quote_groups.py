"""Quotes for display: each attributing sentence is shown once, before the words it introduces."""

from __future__ import annotations

from qabot.records import ArticleInfo, Quote, QuoteKind
from qabot.search import QuoteHit, group_quotes

ARTICLE = ArticleInfo(id="a1", path="a1.txt", title="Howard rallies party")
CUE = "And he stressed his party's commitment to raise the basic state pension."
TEXT = f'{CUE} He ended with an appeal. "One day you will tell your children you were there."'


def hit(words: str, kind: QuoteKind = "direct") -> QuoteHit:
    start = TEXT.index(words)
    quote = Quote("a1", "Michael Howard", words, kind, "stressed", start, start + len(words), CUE)
    return QuoteHit(quote=quote, speaker="Michael Howard", article=ARTICLE)


def test_a_sentence_is_shown_once_when_a_quote_it_introduces_ranks_first() -> None:
    run_on = hit("One day you will tell your children you were there.")
    inside = hit("his party's commitment to raise the basic state pension", "reported")
    [group] = group_quotes([run_on, inside])
    assert [entry.text for entry in group.entries] == [
        CUE,
        "One day you will tell your children you were there.",
    ]
    assert group.entries[0].emphasis == ((CUE.index("his party"), len(CUE) - 1),)
    # alone, a quote away from its attribution still shows the attribution first
    [alone] = group_quotes([run_on])
    assert [entry.text for entry in alone.entries] == [
        f"{CUE}\nOne day you will tell your children you were there."
    ]
