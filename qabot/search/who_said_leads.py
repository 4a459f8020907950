"""The lead of a "who said ...?" answer once its quotes are chosen: the passages under a
heading that says they are no quote, or nothing to show; the quotes a verb of taking sides or a
word alone asks; else the first speaker, said to have said it or only the closest.

`who_said_answer` ranks the quotes, weighs their evidence and finds the passages to fall back
on; this module only says what they are, so the ranking and the wording are read apart.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from qabot.indexing import Index
from qabot.records import Quote
from qabot.search.answer_record import Answer
from qabot.search.closest_subject import claim_subject
from qabot.search.framed_claims import framed_only
from qabot.search.passage_claims import told_apart
from qabot.search.question_fit import asked_word, mention_heading, word_heading, word_quotes
from qabot.search.question_record import Question
from qabot.search.questions import SpeechQuestion
from qabot.search.quote_evidence import MODALS, Evidence
from qabot.search.quote_groups import QuoteHit
from qabot.search.quote_hits import quote_hits
from qabot.search.said_negation import denial_added, denial_dropped, denial_lost
from qabot.search.side_acts import side_heading, side_quotes, takes_side
from qabot.search.speech_verbs import past_tense
from qabot.search.who_said_roles import role_unheard
from qabot.search.wording import whose
from qabot.search.written_speakers import written_speaker

if TYPE_CHECKING:
    from qabot.attribution import SpeakerDirectory

PASSAGES_INSTEAD = "Passages with some of its words:"
# ... and when no passage holds its words together either
NOTHING_MATCHES = "No quote or passage in the articles matches that."


def who_said_lead(
    index: Index,
    read: Question,
    speech: SpeechQuestion,
    top: int,
    *,
    directory: SpeakerDirectory,
    found: list[QuoteHit],
    fallback: Answer,
    ranked: Sequence[Quote],
    quotes: Sequence[Quote],
    evidence: Evidence | None,
    idf: Mapping[str, float],
    role_of: Callable[[Quote], float] | None = None,
) -> Answer:
    """Return the answer to "who said ...?" from the quotes `found` (none when no quote is
    evidence enough), the passages to fall back on, the quotes `ranked` in context and those of
    the articles searched, the first quote's `evidence` and the topic terms' `idf`; speakers
    are told apart by the `directory` they were ranked by, and weighed for the role asked by
    `role_of` (`who_said_roles.role_weight`)."""
    if not found and not fallback.passages:
        # nothing to show: one line, not "no quote matches" followed by "nothing matches"
        lead = nothing_matches(speech.topic or "") if fallback.found else fallback.lead
        return Answer(read.text, False, lead, omitted=fallback.omitted)
    if not found:
        # the passages hold the question's words, maybe in another sense ("a con artist" in
        # "a big budget film"): no heading may call them matches of what was said; of one word
        heading = mention_heading(speech.topic or "", read.topic_terms, idf) or PASSAGES_INSTEAD
        lead = heading if fallback.passages else fallback.lead
        return Answer(
            read.text,
            fallback.found,
            "No quote in the articles matches that. " + lead,
            fallback.passages,
            more=fallback.more,
            omitted=fallback.omitted,
        )
    # the quote must hold the question's weighty words, and deny what it asks denied, no more
    topic, quote = speech.topic or "", found[0].quote
    word = None if speech.role else asked_word(topic, read.topic_terms, idf)
    if word and takes_side(speech.verb):
        # "who criticised the budget?": who did that to it, as their story reports, not who
        # used the word; with none reported, the quotes using it under their honest heading
        term = next(iter(set(read.topic_terms) - MODALS))
        acts = side_quotes(index, ranked, speech.verb or "", term, read.filters.passage_filter())
        shown = quote_hits(index, directory, acts, top, read.filters) if acts else []
        if shown:
            names = list(dict.fromkeys(hit.speaker for hit in shown))
            lead = side_heading(past_tense(speech.verb or ""), topic, names)
            passages, more, omitted = fallback.passages, fallback.more, fallback.omitted
            speaker = shown[0].speaker
            return Answer(
                read.text, True, lead, passages, shown, more, speaker, omitted, more_from=speaker
            )
    if word and (said := word_quotes(found, read.topic_terms)):
        # "who said budget?": a word is no claim; the quotes using it are what was asked
        lead, speaker = word_heading(word, said), said[0].speaker
        passages, more, omitted = fallback.passages, fallback.more, fallback.omitted
        return Answer(
            read.text, True, lead, passages, said, more, speaker, omitted, more_from=speaker
        )
    sure = evidence is None or (
        evidence.sure
        and not denial_lost(topic, quote)
        and not denial_dropped(topic, quote)
        and not denial_added(topic, speech.verb or "", read.topic_terms, quote)
        and not framed_only(topic, quote)  # "never" and "money" apart: no claim of the two
    )
    # "which chancellor said ...?" of someone no article calls chancellor: the closest, and
    # the lead says the role is unmet (the story is read only for a speaker the directory
    # gives no word of the role)
    unmet = (
        speech.role
        if speech.role
        and role_of is not None
        and role_unheard(
            speech.role,
            role_of(quote),
            lambda: [
                index.articles.title(quote.article_id) or "",  # "DJ Pim Okoro draws a crowd"
                *(p.text for p in index.passages_of(quote.article_id)),
            ],
            directory.canonical(quote),
        )
        else ""
    )
    sure = sure and not unmet
    if sure and evidence is not None and claim_subject(topic):
        # "who said the election would be fought on the economy?": a passage's sentence tells
        # the claim, in words given to others than the quote's speaker; the quote is only the
        # closest. Asked of claims only: "who praised X's captaincy?" asks no words, and the
        # passages around a speech act name its object as a matter of course
        sure = not told_apart(
            quote,
            found[0].speaker,
            fallback.passages,
            read.topic_terms,
            idf,
        )
    # "A spokesman for X": the first speaker as their story names them
    story = found[0].quote.article_id
    told = [
        q.sentence
        for q in quotes
        if q.article_id == story and directory.canonical(q) == found[0].speaker
    ]
    # under "X said it:" only X's words: another speaker's quote below that heading would be
    # read as saying it too, and it was never weighed against the claim
    said = [hit for hit in found if hit.speaker == found[0].speaker] if sure else found
    shown = written_speaker(said, told)
    named = shown[0].speaker
    return Answer(
        read.text,
        True,
        f"{named[:1].upper()}{named[1:]} said it:"  # "A senior official"
        if sure
        else _closest_lead(named, unmet, evidence is not None and not evidence.sure),
        fallback.passages,
        shown,
        fallback.more,
        found[0].speaker,
        fallback.omitted,
        more_from=found[0].speaker,
    )


def _closest_lead(named: str, unmet: str, unsaid: bool) -> str:
    """Return the lead over the closest quote: not in those words (`unsaid`), and of someone
    the articles do not call the role asked (`unmet`), each said when so."""
    if not unmet:
        return f"No quote says that in those words; the closest is {whose(named)}:"
    words = "No quote says that in those words; the" if unsaid else "The"
    return f"{words} closest is {whose(named)}, whom the articles do not call {unmet}:"


def nothing_matches(topic: str) -> str:
    """Return the one line of a "who said ...?" answer with nothing to show, saying what was
    looked for ("No quote or passage in the articles says “the earth is flat”."): no
    speaker is named, not even the nearest."""
    return f"No quote or passage in the articles says “{topic}”." if topic else NOTHING_MATCHES
