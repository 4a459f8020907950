"""De-duplication of hits: the fast path keeps exactly what the plain pairwise rule keeps."""

from __future__ import annotations

import random

import pytest

from qabot.records import ArticleInfo, Passage
from qabot.search import Hit, best_sentence
from qabot.search.retrieval import DUPLICATE_JACCARD, EAGER_ORDER, distinct_passages
from qabot.text import tokenize

WORDS = (
    "harbour pilots strike night shift council budget orchard frost blossom minister troops "
    "border talks rain flood bridge school teachers nurses hospital ferry tariff market shares"
).split()


def _reference(candidates: list[tuple[Passage, float]], wanted: int) -> list[str]:
    """The rule as first written: compare each candidate with every passage kept so far."""
    kept: list[tuple[Passage, set[str]]] = []
    for passage, _ in candidates:
        words = set(tokenize(passage.text))
        if any(
            (
                passage.article_id == other.article_id
                and passage.start < other.end
                and other.start < passage.end
            )
            or len(words & other_words) >= DUPLICATE_JACCARD * len(words | other_words)
            for other, other_words in kept
        ):
            continue
        kept.append((passage, words))
        if len(kept) >= wanted:
            break
    return [passage.id for passage, _ in kept]


def _candidates(count: int, seed: int) -> list[tuple[Passage, float]]:
    rng = random.Random(seed)
    stories = [" ".join(rng.choices(WORDS, k=rng.randint(8, 30))) for _ in range(count // 3)]
    out = []
    for n in range(count):
        text = rng.choice(stories)
        if rng.random() < 0.5:  # a copy with a word or two changed: still the same story?
            words = text.split()
            words[rng.randrange(len(words))] = rng.choice(WORDS)
            text = " ".join(words)
        article = f"a{rng.randrange(count // 4)}"
        start = rng.randrange(0, 500, 50)
        out.append((Passage(f"{article}:{n}", article, n, start, start + 120, text), 100.0 - n))
    return out


# 120: more are kept than PAIRWISE_MAX, so the lazy path moves from pairwise to prefixes
@pytest.mark.parametrize("count", [40, 120, EAGER_ORDER + 100])
@pytest.mark.parametrize("seed", range(5))
def test_distinct_hits_match_the_pairwise_rule(count: int, seed: int) -> None:
    candidates = _candidates(count, seed)
    for wanted in (5, count):
        kept = distinct_passages(candidates, set(tokenize("harbour strike")), wanted)
        assert [passage.id for passage, _ in kept] == _reference(candidates, wanted)


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        # tied on question terms: the sentence with a date answers "when", a number "how many"
        (
            "ID cards were debated for weeks. ID cards will come in 2008.",
            "When are ID cards?",
            "ID cards will come in 2008.",
        ),
        (
            "ID cards were debated for weeks. ID cards went to 5,000 staff.",
            "How many ID cards?",
            "ID cards went to 5,000 staff.",
        ),
        # no kind asked for: the first of the tied sentences
        (
            "ID cards were debated for weeks. ID cards will come in 2008.",
            "ID cards?",
            "ID cards were debated for weeks.",
        ),
    ],
)
def test_highlight_prefers_the_kind_of_words_a_question_asks_for(
    text: str, question: str, expected: str
) -> None:
    assert best_sentence(text, set(tokenize(question)), question) == expected


def test_highlight_kind_never_outweighs_a_question_term() -> None:
    text = "Issued in 2008, it was late. The ID cards were issued to every adult."
    question = "When were ID cards issued?"
    assert best_sentence(text, set(tokenize(question)), question).startswith("The ID cards")


def test_amount_question_marks_the_price_not_another_figure() -> None:
    text = (
        "The Mac mini has 256MB of memory and a 40GB drive. "
        "The Mac mini will cost £339 in the UK. It weighs 1.3kg."
    )
    question = "How much does the Mac mini cost?"
    assert best_sentence(text, set(tokenize(question)), question).startswith("The Mac mini will")


def test_count_question_marks_the_figure_next_to_its_subject() -> None:
    text = (
        "Moscow has 30 warships and troops in the region. "
        "Moscow has stationed 150,000 troops in the region."
    )
    question = "How many troops has Moscow in the region?"
    assert "150,000" in best_sentence(text, set(tokenize(question)), question)


def test_hit_emphasis_is_one_sentence_never_the_whole_passage() -> None:
    passage = Passage(
        id="a:0", article_id="a", position=0, start=0, end=20, text="One long sentence."
    )
    info = ArticleInfo(id="a", path="a.txt", title="A")
    assert Hit(1, 1.0, passage, info, passage.text).emphasis is None
    two = Passage(
        id="a:0", article_id="a", position=0, start=0, end=25, text="First one. Second one."
    )
    assert Hit(1, 1.0, two, info, "Second one.").emphasis == (11, 22)
