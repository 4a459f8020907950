"""What a "who said ...?" ranking weighs of a quote whatever the question is worked out once and
kept across questions (`who_said_facts`): the ranking with a kept dict is the ranking without."""

from __future__ import annotations

from qabot.records import Quote
from qabot.search.quote_ranking import Context
from qabot.search.who_said_facts import QuoteFacts, facts_of
from qabot.search.who_said_ranking import rank_who_said
from qabot.text import tokenize


def quote(speaker: str, cue: str, text: str, start: int) -> Quote:
    sentence = f"Harbour chief {speaker} {cue} {text}."
    return Quote("a", speaker, text, "reported", cue, start, start + len(text), sentence)


QUOTES = [
    quote("Ola Brandt", "said", "the ferry timetable was fair", 0),
    quote("Ivo Kersten", "denied", "the harbour fees would rise", 100),
    quote("harbour campaigners", "warned", "the ferry fees would rise", 200),
    quote("Sarah Moss", "said", "she would ask the harbour board", 300),
]


def described(q: Quote) -> frozenset[str]:
    return frozenset(tokenize(f"{q.speaker} harbour chief"))


def test_facts_leave_the_speakers_descriptions_out_of_the_words_around() -> None:
    facts = facts_of(QUOTES, None, described, None)
    assert facts[0].person == "Ola Brandt"
    assert not set(tokenize("harbour chief Ola Brandt")) & set(facts[0].sentence)
    assert set(tokenize("said")) <= set(facts[0].sentence)
    assert facts[1].cue_terms == frozenset(tokenize("denied"))
    assert facts[2].grouped and not facts[0].grouped
    assert facts[3].gender == "f"


def test_kept_facts_are_reused_and_rank_as_made_anew() -> None:
    kept: dict[Quote, QuoteFacts] = {}
    context = Context({"a": [(0, 400, 1.0)]}, 1.0)
    asked = [tokenize("the ferry fees would rise"), tokenize("who asked the harbour board")]
    for terms in asked:
        fresh = rank_who_said(QUOTES, terms, context, described_by=described, gender="f")
        reused = rank_who_said(
            QUOTES, terms, context, described_by=described, gender="f", kept=kept
        )
        assert reused == fresh
    assert set(kept) == set(QUOTES)
    made = kept[QUOTES[0]]
    facts_of(QUOTES, None, described, None, kept)
    assert kept[QUOTES[0]] is made  # not worked out again
