"""The first "who said ...?" candidates weighed again by meaning: a reader's paraphrase seldom
repeats the quote's words ("little movies" for "small films", "choose which fights" for "pick
your battles"), and the words it does share are often the story's, which every speaker of it
says. How well the question's wording and each candidate's words match piece by piece
(`SentenceVectors.matched`: each word piece paired with the other's closest in meaning, over
word-piece vectors distilled from a sentence encoder) is added above a floor, and the first
candidates sorted again; below the floor nothing changes, so a quote the words already found
keeps its place unless another's meaning is much closer.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from qabot.records import Quote

# weight, floor and reach of the meaning added; fitted on the development who-said questions
# (761 -> 777, both halves by position gaining: 375 -> 389, 386 -> 388). The mean of each
# text's pieces (the cosine of two sentence vectors, weight 2 above 0.65 over the first five,
# 741 -> 746 last session) blurred a long quote into its story's words: paired pieces rank the
# quote holding the question's sense above one merely of its story, and so reach deeper. With
# the product-quantized table (a piece's row coded in 64 parts, 1.96 MB against 7.8 MB) the
# floor is 0.32: floors 0.28-0.41 gave 773, 774, 775, 772, 772, 768, 765 of 912 against the
# int8 table's 776 at 0.35, and 666 against 664 on the unseen who-said questions
MEANING_WEIGHT = 3.0
MEANING_FLOOR = 0.32
MEANING_CANDIDATES = 10
# how far below the best (words and meaning) a candidate may be and still read its story's
# opening: what an opening adds is above 0.48 for one candidate in ten (dev who-said), so one
# further below seldom overtakes, and most questions read no opening at all (0.99 articles a
# question against 4.3 for all ten candidates, the same 799 of 934 in a replay of the ranking)
STORY_REACH = 0.5


def by_meaning(
    ranked: list[int],
    total: Callable[[int], float],
    text: Callable[[int], str],
    wording: str,
    ruled_out: Callable[[int], bool] | None = None,
    stories: Callable[[list[int]], list[str]] | None = None,
) -> list[int]:
    """Return `ranked` with its first `MEANING_CANDIDATES` sorted again by `total` plus the
    meaning they share with `wording` above the floor (`meaning_gains`; ties keep their
    order)."""
    gained = meaning_gains(ranked, total, text, wording, ruled_out, stories)
    if not gained:
        return ranked
    first = ranked[:MEANING_CANDIDATES]
    order = sorted(range(len(first)), key=lambda n: (-(total(first[n]) + gained[first[n]]), n))
    return [first[n] for n in order] + ranked[MEANING_CANDIDATES:]


def meaning_gains(
    ranked: list[int],
    total: Callable[[int], float],
    text: Callable[[int], str],
    wording: str,
    ruled_out: Callable[[int], bool] | None = None,
    stories: Callable[[list[int]], list[str]] | None = None,
) -> dict[int, float]:
    """Return what meaning adds to each of the first `MEANING_CANDIDATES` of `ranked` (none
    for fewer than two, or no `wording`): the meaning each shares with `wording` above the
    floor. One the question rules out (`ruled_out`: "who said his ..." of a woman, "who
    answered the minister's remarks?" of the minister) gains nothing: words alike in sense are
    no evidence against what the question says of its speaker. With `stories` (the opening of
    each one's story), what the opening shares with `wording` above the floor is added too: a
    reader's paraphrase borrows the story's words as well as the speaker's, and a quote of
    another story that happens to share a few words of the question is no closer. Kept apart
    from the sorting so that a probe weighing other meanings adds to the same gains."""
    first = ranked[:MEANING_CANDIDATES]
    if len(first) < 2 or not wording.strip():
        return {}
    # read on first use: numpy and the table load only once a who-said question is asked
    from qabot.text.sentence_vectors import sentence_vectors

    vectors = sentence_vectors()
    above = [_above(share) for share in vectors.matched(wording, [text(i) for i in first])]
    gained = {
        i: 0.0 if ruled_out is not None and ruled_out(i) else MEANING_WEIGHT * share
        for i, share in zip(first, above, strict=True)
    }
    if stories is not None:
        # only the candidates within reach of the best read their story's opening
        best = max(total(i) + gained[i] for i in first)
        near = [
            i
            for i in first
            if total(i) + gained[i] >= best - STORY_REACH
            and not (ruled_out is not None and ruled_out(i))
        ]
        if len(near) > 1:
            openings = stories(near)
            # each story's opening weighed once, however many of its quotes are candidates
            told = list(dict.fromkeys(opening for opening in openings if opening))
            of_story = dict(zip(told, vectors.matched(wording, told), strict=True))
            for i, opening in zip(near, openings, strict=True):
                gained[i] += MEANING_WEIGHT * _above(of_story.get(opening, 0.0))
    return gained


def _above(share: float) -> float:
    """Return how far a share of meaning lies above the floor (0 below it)."""
    return max(0.0, share - MEANING_FLOOR)


def stories_of(
    quotes: Sequence[Quote], openings: Callable[[Collection[str]], dict[str, str]]
) -> Callable[[list[int]], list[str]]:
    """Return what gives the opening of each listed quote's story ("" when unknown), the
    openings of all their articles asked for at once."""

    def stories(listed: list[int]) -> list[str]:
        of = openings({quotes[i].article_id for i in listed})
        return [of.get(quotes[i].article_id, "") for i in listed]

    return stories
