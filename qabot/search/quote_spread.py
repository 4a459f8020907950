"""A speaker's ranked quotes spread over the stories they come from, for the first ones an
answer shows: one interview's words do not fill them while the speaker said more on the topic
elsewhere (`speaker_quotes` after `quote_ranking.rank_in_context`, and `speech_answers` for the
undated words of a person asked with no topic).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection
from typing import TypeVar

from qabot.records import Quote
from qabot.search.word_forms import kin_forms
from qabot.text import terms_of

PEOPLE_FIRST = 5  # a group's answer opens with the best words of this many of its people

_Item = TypeVar("_Item")


def spread(
    quotes: list[Quote],
    first: int = 5,
    most: int = 3,
    among: int = 15,
    naming: Collection[str] | None = None,
    topic: Collection[str] | None = None,
    near: Callable[[Quote], bool] | None = None,
) -> list[Quote]:
    """Return ranked quotes with at most `most` of one story among the `first`, when another
    story's quotes rank among the best `among`: one interview's words do not fill the answer
    while the speaker said more on the topic elsewhere. A story printed twice (two articles
    holding the same words) is one story, and its words once.

    With `naming` (the articles that name whatever the topic names: "Graz" of "the cup win
    over Graz"), another story counts only when it is one of them: the preview of the next
    match names the cup and a win, but it is not the story of that one. With `topic` (its
    terms), only by words whose quote or sentence hold one: a refereeing row naming "English"
    is no more said on "injuries in English rugby" where the words are on the referee."""
    story: dict[str, str] = {}  # a quote's words -> the first article holding them
    for quote in quotes[:among]:
        story.setdefault(quote.text, quote.article_id)
    same = {q.article_id: story[q.text] for q in quotes[:among]}
    if (naming is not None or topic is not None) and quotes:
        top = same[quotes[0].article_id]
        others = [q for q in quotes[:among] if same[q.article_id] != top]
        others = [q for q in others if naming is None or q.article_id in naming]
        if not (_holding(others, topic, near) if topic is not None else others):
            return quotes
    head: list[Quote] = []
    counts: Counter[str] = Counter()
    words: set[str] = set()
    for quote in quotes[:among]:
        key = same[quote.article_id]
        if len(head) < first and counts[key] < most and quote.text not in words:
            head.append(quote)
            counts[key] += 1
            words.add(quote.text)
    chosen = {id(q) for q in head}
    return head + [q for q in quotes if id(q) not in chosen]


def _holding(
    quotes: list[Quote], topic: Collection[str], near: Callable[[Quote], bool] | None = None
) -> list[Quote]:
    """Return the `quotes` whose words or sentence hold a term of `topic` or a form of one,
    or that are `near` it."""
    said = [{*terms_of(q.text), *terms_of(q.sentence)} for q in quotes]
    wanted = {*topic, *kin_forms(topic, {t for terms in said for t in terms} - set(topic))}
    return [
        q
        for q, terms in zip(quotes, said, strict=True)
        if not wanted.isdisjoint(terms) or (near is not None and near(q))
    ]


def one_each(items: list[_Item], person: Callable[[_Item], str], first: int) -> list[_Item]:
    """Return ranked `items` with the best of each of the first `first` people to appear
    first, in rank order, then the rest in theirs: "what did the players say?" opens with
    several players' words, not four blocks of the one quoted most ("more" shows the rest)."""
    head: list[_Item] = []
    people: set[str] = set()
    for item in items:
        if len(people) == first:
            break
        if person(item) not in people:
            people.add(person(item))
            head.append(item)
    chosen = {id(item) for item in head}
    return head + [item for item in items if id(item) not in chosen]
