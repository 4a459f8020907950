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


def test_an_attribution_that_ends_a_sentence_is_shown_as_its_end() -> None:
    cue = " the warden will ask."  # after an earlier quote: '"Why not?" the warden will ask.'
    words = "How is it that the gate is still shut?"
    quote = Quote("a1", "Ada Marsh", words, "direct", "ask", 200, 200 + len(words), cue)
    [group] = group_quotes([QuoteHit(quote=quote, speaker="Ada Marsh", article=ARTICLE)])
    assert [entry.text for entry in group.entries] == [f"…the warden will ask.\n{words}"]
