"""De-duplication of hits: the fast path keeps exactly what the plain pairwise rule keeps."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.records import Passage
from qabot.search import answer
from qabot.search.duplicates import (
    DUPLICATE_JACCARD,
    EAGER_ORDER,
    Distinct,
    beside,
    distinct_passages,
    held_terms,
    repeats_shown,
    shared_terms,
    term_set,
)
from qabot.search.signed_duplicates import SignedDistinct
from qabot.text import sentence_spans, term_signature, tokenize
from qabot.text.signatures import article_key
from tests.support.indexes import index_of

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


@pytest.mark.parametrize("switch_at", [1, 10, 24, 60])
@pytest.mark.parametrize("seed", range(3))
def test_distinct_keeps_the_same_when_shared_terms_become_known_midway(
    switch_at: int, seed: int
) -> None:
    candidates = _candidates(120, seed)
    sets = [term_set(passage) for passage, _ in candidates]
    distinct = Distinct(frozenset(tokenize("harbour strike")))
    for n, ((passage, score), words) in enumerate(zip(candidates, sets, strict=True)):
        if n == switch_at:
            distinct.share(shared_terms(sets))
        distinct.add(passage, score, words)
    kept = [passage.id for passage, _, _ in distinct.kept]
    assert kept == _reference(candidates, len(candidates))


def _signed(candidates: list[tuple[Passage, float]], stored: bool) -> list[str]:
    distinct = SignedDistinct()
    kept: list[str] = []
    for passage, _ in candidates:
        if stored:  # as answers read them: sentence terms stored at index time
            passage = replace(passage, sentence_ends=(len(passage.text),),
                              sentence_terms=(" ".join(tokenize(passage.text)),))  # fmt: skip
        signature, size = term_signature(term_set(passage))
        if distinct.add(lambda passage=passage: passage, passage.article_id, signature, size):
            kept.append(passage.id)
    return kept


@pytest.mark.parametrize("count", [40, 120])
@pytest.mark.parametrize("seed", range(5))
def test_signed_distinct_keeps_what_the_pairwise_rule_keeps(count: int, seed: int) -> None:
    candidates = _candidates(count, seed)
    assert _signed(candidates, stored=False) == _reference(candidates, count)
    assert _signed(candidates, stored=True) == _reference(candidates, count)


@pytest.mark.parametrize("seed", range(3))
def test_signed_distinct_tells_apart_passages_of_many_words(seed: int) -> None:
    # long passages over a large vocabulary: most pairs differ in more bits than a near
    # duplicate can, and are told apart without comparing their terms
    rng = random.Random(seed)
    vocabulary = [f"w{n}x" for n in range(3000)]
    stories = [rng.sample(vocabulary, rng.randint(40, 90)) for _ in range(30)]
    candidates = []
    for n in range(90):
        words = list(rng.choice(stories))
        for _ in range(rng.choice([0, 2, 8, 20])):
            words[rng.randrange(len(words))] = rng.choice(vocabulary)
        text = " ".join(words)
        candidates.append((Passage(f"a{n}:0", f"a{n}", 0, 0, len(text), text), 90.0 - n))
    assert _signed(candidates, stored=False) == _reference(candidates, len(candidates))


@pytest.mark.parametrize("seed", range(4))
def test_signed_distinct_by_article_key_keeps_the_same_reading_only_what_it_must(
    seed: int,
) -> None:
    # as answers use it with stored article keys: a passage is read only when a kept one
    # shares its key (spans compared) or its signature is close enough (terms compared)
    candidates = _candidates(120, seed)
    distinct = SignedDistinct()
    kept: list[str] = []
    read: list[str] = []
    for passage, _ in candidates:
        signature, size = term_signature(term_set(passage))

        def reading(passage: Passage = passage) -> Passage:
            read.append(passage.id)
            return passage

        if distinct.add(reading, article_key(passage.article_id), signature, size):
            kept.append(passage.id)
    assert kept == _reference(candidates, len(candidates))
    assert read  # these stories repeat: some must be compared


@pytest.mark.parametrize("seed", range(5))
def test_signed_distinct_deferred_passages_settle_as_if_added(seed: int) -> None:
    # a caller that shows no count of weak candidates defers them: settled in any order of
    # asking, every passage is kept or dropped as adding them all in rank order would
    candidates = _candidates(120, seed)
    rng = random.Random(seed)
    distinct = SignedDistinct()
    kept_at_once: list[str] = []
    deferred: set[str] = set()
    for passage, _ in candidates:
        signature, size = term_signature(term_set(passage))
        key = article_key(passage.article_id)
        if rng.random() < 0.6:
            distinct.defer(lambda passage=passage: passage, key, signature, size)
            deferred.add(passage.id)
        elif distinct.add(lambda passage=passage: passage, key, signature, size):
            kept_at_once.append(passage.id)
        if rng.random() < 0.1:
            distinct.settle_next()
    while distinct.unsettled:
        distinct.settle_next()
    reference = _reference(candidates, len(candidates))
    assert kept_at_once == [number for number in reference if number not in deferred]
    assert distinct.deferred_kept == len([number for number in reference if number in deferred])
    assert len(distinct) == len(reference)


def test_passages_of_other_articles_and_other_words_are_kept_unread() -> None:
    distinct = SignedDistinct()
    for n, words in enumerate(("harbour pilots strike", "orchard frost blossom", "tariff shares")):
        text = f"{words} " * 3
        passage = Passage(f"a{n}:0", f"a{n}", 0, 0, len(text), text)

        def unread() -> Passage:
            raise AssertionError("read")

        assert distinct.add(
            unread, article_key(passage.article_id), *term_signature(words.split())
        )
    assert len(distinct) == 3


def test_held_terms_are_the_terms_of_the_passage_among_those_asked() -> None:
    text = "Harbour pilots strike at night. The council meets."
    plain = Passage("a:0", "a", 0, 0, len(text), text)
    sentences = tuple(" ".join(tokenize(s)) for s in text.split(". "))
    stored = replace(plain, sentence_ends=(31, len(text)), sentence_terms=sentences)
    asked = [*tokenize("harbour strike council"), "pilot s", "harbourx", "rike"]
    for passage in (plain, stored):
        assert held_terms(passage, asked) == term_set(passage).intersection(asked)


def _span(text: str, first: str, last: str) -> Passage:
    """A passage of `text` from the sentence opening with `first` to the one ending `last`."""
    start, end = text.index(first), text.index(last) + len(last)
    return Passage(id=f"a:{start}", article_id="a", position=0, start=start, end=end,
                   text=text[start:end])  # fmt: skip


def test_beside_cuts_a_neighbour_to_the_sentences_it_adds() -> None:
    text = "Ferries made £4m. Crews were praised. Fares rose. Boats were bought."
    kept = _span(text, "Crews", "bought.")
    neighbour = _span(text, "Ferries", "praised.")
    assert beside(neighbour, [kept]).text == "Ferries made £4m."  # type: ignore[union-attr]
    assert beside(neighbour, [replace(kept, article_id="b")]) is None  # another article
    assert beside(_span(text, "Fares", "rose."), [kept]) is None  # nothing it adds


_FILLER = " ".join(
    ["The harbour town has a long history of boat building and fishing along its quiet coast."] * 3
)
# consecutive passages of one article share a paragraph: the answer is in the first paragraph,
# the passage ranked first is made of the second and third
FERRY = {
    "ferry.txt": "Island ferry firm reports results\n\n"
    f"Islay Sound Ferries made a profit of £4.2m last year, helped by a busy summer. {_FILLER}"
    f"\n\nRival operators struggled. {_FILLER}\n\nIslay Sound Ferries said its profit would "
    "fund new boats. The profit of Islay Sound Ferries pleased the owners of Islay Sound "
    f"Ferries, who take a profit from every sailing. {_FILLER}\n",
    "rail.txt": "Rail works\n\nThe railway bridge will close in June for repairs to its arches.\n",
    "school.txt": "School\n\nThe school choir won a regional prize for its carol concert.\n",
    "farm.txt": "Farm\n\nThe farm shop sells apples from the orchard all winter.\n",
}


@pytest.fixture(scope="module")
def ferry_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("ferry")), FERRY)


def test_a_neighbouring_passage_shows_what_it_adds_beside_the_one_ranked_first(
    ferry_index: Index,
) -> None:
    result = answer(ferry_index, "how much was the islay sound ferries profit")
    assert result.found
    first = result.passages[0].passage
    assert first.text.startswith("Islay Sound Ferries made a profit of £4.2m")
    assert "Rival operators" not in first.text  # the part the passage ranked first holds


def _passage(article: str, text: str) -> Passage:
    return Passage(
        id=f"{article}:0", article_id=article, position=0, start=0, end=len(text), text=text
    )


def test_a_copys_passage_joining_two_shown_paragraphs_repeats_them() -> None:
    shown = [
        _passage("a", "The ferry was late. Its pilots were on strike."),
        _passage("a", "The council met at night.\n\nIt set the budget."),
    ]
    copy = _passage(
        "b", "Its pilots were on strike.\n\nThe council  met at night. It set the budget."
    )
    assert repeats_shown(copy, shown)


@pytest.mark.parametrize(
    ("article", "text"),
    [
        ("b", "Its pilots were on strike. The nurses joined them."),  # a sentence of its own
        ("a", "Its pilots were on strike."),  # its own article's overlap: `beside` cuts those
    ],
)
def test_a_passage_adding_a_sentence_or_of_the_same_article_is_no_copy(
    article: str, text: str
) -> None:
    shown = [_passage("a", "The ferry was late. Its pilots were on strike.")]
    assert not repeats_shown(_passage(article, text), shown)


def _first_written_repeats(passage: Passage, shown: list[Passage]) -> bool:
    """`repeats_shown` as first written: every shown text and every sentence made one line."""
    others = [other.text for other in shown if other.article_id != passage.article_id]
    if not others:
        return False
    written = " ".join(" ".join(text.split()) for text in others)
    spans = passage.sentence_spans() if passage.sentence_ends else sentence_spans(passage.text)
    sentences = [" ".join(passage.text[a:b].split()) for a, b in spans]
    return bool(sentences) and all(sentence in written for sentence in sentences)


def _with_stored_ends(passage: Passage) -> Passage:
    return replace(passage, sentence_ends=tuple(end for _, end in sentence_spans(passage.text)))


@pytest.mark.parametrize("stored", [False, True])
@pytest.mark.parametrize("seed", range(40))
def test_repeats_shown_tells_what_comparing_every_sentence_with_every_shown_text_tells(
    seed: int, stored: bool
) -> None:
    rng = random.Random(seed)
    sentences = [
        " ".join(rng.choices(WORDS[:6], k=rng.randint(1, 3))).capitalize() + "." for _ in range(6)
    ]

    def text() -> str:
        return rng.choice([" ", "\n\n", "  "]).join(rng.sample(sentences, rng.randint(1, 4)))

    shown = [_passage(rng.choice("ab"), text()) for _ in range(rng.randint(1, 3))]
    passage = _passage(rng.choice("bc"), text())
    if stored:
        passage = _with_stored_ends(passage)
    assert repeats_shown(passage, shown) == _first_written_repeats(passage, shown)
