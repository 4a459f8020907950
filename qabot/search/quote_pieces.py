"""How a quote stands among its speaker's words in its article, for ranking them: a few words
inside the writer's sentence (a fragment), words running on from the ones just before, fuller
words that a fragment quotes a part of. `quote_ranking`, `lead_ins`, `speaker_quotes` and
`speech_answers` ask it.
"""

from __future__ import annotations

from itertools import pairwise

from qabot.records import Quote
from qabot.text.patterns import lazy

# words of the speaker that follow their last ones within this many characters run on from them
# (a continuation paragraph, the quote after "X said that ..."): a speech goes on about its
# subject without naming it again
RUN_GAP = 100
MIN_FRAGMENT = (
    3  # words a quoted fragment needs for its fuller words to count as it (`quoted_again`)
)
_WORDS = lazy(r"\w+")
FRAGMENT_WORDS = 3  # quoted words inside the writer's sentence, at most this many, are a fragment


def quoted_fragment(quote: Quote) -> bool:
    """Return True when `quote` is a few words quoted inside the writer's own sentence ("Mr
    Blair said the US was 'fractured, divided and uncertain'"); words that open their sentence
    ("'That's just Kelly,' he said") are a remark of the speaker's own."""
    if len(quote.text.split()) > FRAGMENT_WORDS:
        return False
    return not quote.sentence.lstrip(" \"'“‘«").startswith(quote.text)


def runs_on(first: Quote, then: Quote) -> bool:
    """Return True when `then` is the same speaker's words right after `first` in its article
    (at most RUN_GAP characters on): words that go on with the same thought."""
    return (
        first.article_id == then.article_id
        and first.speaker == then.speaker
        and 0 <= then.start - first.end <= RUN_GAP
    )


def quoted_again(fragment: Quote, quote: Quote) -> bool:
    """Return True when `quote` is the same speaker's fuller words, in the same article, that
    `fragment` (of MIN_FRAGMENT words or more) quotes a part of: a report's opening quotes a
    few words ("told of his joy ... when he was "out of control""), the story gives them whole
    further on ("I was pretty much out of control. I was 18 ...")."""
    if fragment is quote or fragment.article_id != quote.article_id:
        return False
    if fragment.speaker != quote.speaker or len(fragment.text.split()) < MIN_FRAGMENT:
        return False
    part, whole = _WORDS.findall(fragment.text.casefold()), _WORDS.findall(quote.text.casefold())
    return len(whole) > len(part) and any(
        whole[at : at + len(part)] == part for at in range(len(whole) - len(part) + 1)
    )


def with_run_ons(following: list[Quote], quotes: list[Quote]) -> list[Quote]:
    """Return `following` (words right after a sentence naming the topic), each followed by
    the speaker's words that run on from it (`RUN_GAP`) under its attribution: the paragraph
    after "He pledged to clamp down on the compensation culture. 'I was shocked ...,' he said."
    goes on with the same thought ("We have got to look at a way of getting people protection
    on that."), while words given a cue of their own ("'Parking should be free,' Mr Rook
    added.") may turn to another subject."""
    if not following:
        return following
    by_place = sorted(quotes, key=lambda q: (q.article_id, q.start))
    run_on = {
        id(first): then
        for first, then in pairwise(by_place)
        if runs_on(first, then) and then.sentence == first.sentence  # one attribution
    }
    seen = {id(q) for q in following}
    chained: list[Quote] = []
    for quote in following:
        chained.append(quote)
        while (then := run_on.get(id(chained[-1]))) is not None and id(then) not in seen:
            seen.add(id(then))
            chained.append(then)
    return chained
