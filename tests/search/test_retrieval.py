"""Retrieval: the sentence each hit emphasises."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.records import ArticleInfo, Passage
from qabot.search import Hit, best_sentence
from qabot.search.article_hits import hits_in_articles
from qabot.search.emphasis import answer_kinds
from qabot.search.relevance import relevance_terms
from qabot.search.retrieval import search
from qabot.search.selection import select
from qabot.text import tokenize
from tests.support.indexes import index_of


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


def test_a_count_of_the_thing_asked_outweighs_rarer_words_without_it() -> None:
    text = (
        "The rezoning was the issue in the Eastfield race, lost by 700 votes on Wednesday. "
        "The plan allows for 350 new flats to be built along the canal."
    )
    weights = {"flat": 2.0, "eastfield": 6.0, "rezon": 5.0, "allow": 1.0}
    question = "how many flats will the eastfield rezoning allow"
    assert "350 new flats" in best_sentence(text, weights, question)


def test_count_question_marks_the_figure_next_to_its_subject() -> None:
    text = (
        "Moscow has 30 warships and troops in the region. "
        "Moscow has stationed 150,000 troops in the region."
    )
    question = "How many troops has Moscow in the region?"
    assert "150,000" in best_sentence(text, set(tokenize(question)), question)


BANKRUPT = (
    "The brand was launched in 1982 and sold well. "
    "The brand filed for bankruptcy in 1994 and was sold to a rival."
)


def test_highlight_counts_another_form_of_a_question_word_the_passage_lacks() -> None:
    # "bankrupt" asked, "bankruptcy" written: that sentence answers, not the first date's
    question = "When did the brand go bankrupt?"
    assert best_sentence(BANKRUPT, set(tokenize(question)), question).startswith("The brand filed")


def test_highlight_other_form_counts_for_stored_sentences_too(tmp_path: Path) -> None:
    index = index_of(tmp_path, {"brand.txt": f"Brand\n\n{BANKRUPT}\n"})
    question = "When did the brand go bankrupt?"
    terms = tokenize(question)
    (passage, _), *_ = index.engine.search(terms, 1)
    assert passage.sentence_terms  # the stored path, not the text's
    assert best_sentence(passage, set(terms), question).startswith("The brand filed")


def test_highlight_prefers_the_word_as_asked_over_its_other_form() -> None:
    text = "The firm faced bankruptcy talks. The firm went bankrupt in May."
    question = "When did the firm go bankrupt?"
    assert best_sentence(text, set(tokenize(question)), question).startswith("The firm went")


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


def test_hits_in_articles_are_the_archives_best_hits_of_those_articles(tmp_path: Path) -> None:
    # twelve articles tie on one sentence, so the k-th hit ties with those cut after it
    names = "Ann Bea Cal Dee Eve Fay Gus Hal Ivy Jon Kit Lou".split()
    articles = {
        f"{name.lower()}.txt": f"News {name}\n\nThe harbour strike goes on, {name} wrote.\n"
        for name in names
    }
    articles |= {
        "best.txt": "Harbour\n\nThe harbour strike over pay goes on, the harbour union said.\n",
        "other.txt": "Farms\n\nFarmers met the minister about pay.\n",
    }
    index = index_of(tmp_path, articles)
    terms = tokenize("harbour strike pay")
    for k in (3, 5, 40):
        everything = index.engine.search(terms, k)
        ids = sorted({passage.article_id for passage, _ in index.engine.search(terms, 50)})
        for chosen in (ids[:1], ids[::2], ids[1::3], ids[-4:], ids, []):
            hits, best = hits_in_articles(index, terms, k, chosen)
            expected = [(p, s) for p, s in everything if p.article_id in chosen]
            assert [(p.id, s) for p, s in hits] == [(p.id, s) for p, s in expected]
            assert best == everything[0][1]
    assert hits_in_articles(index, tokenize("nothing matches"), 5, ids) == ([], 0.0)


def test_hits_in_articles_tell_articles_whose_ids_open_alike(tmp_path: Path) -> None:
    # the order key stored with a passage is the first 8 bytes of its article's id: articles
    # sharing them are told apart by the id read from the passage
    articles = {
        f"newsroom-{n}.txt": f"Desk {n}\n\nThe harbour strike went on{' harbour' * n} for days.\n"
        for n in range(6)
    }
    index = index_of(tmp_path, articles)
    terms = tokenize("harbour strike days")
    everything = index.engine.search(terms, 4)
    ids = [passage.article_id for passage, _ in everything]
    assert len({score for _, score in everything}) == 4  # no tie at the 4th: keys are read
    for chosen in ([ids[0]], ids[1:3], [ids[3], "newsroom-none"]):
        hits, best = hits_in_articles(index, terms, 4, chosen)
        assert [p.id for p, _ in hits] == [p.id for p, _ in everything if p.article_id in chosen]
        assert best == everything[0][1]


def test_stored_figures_flag_what_the_kinds_find_in_each_passage(tmp_path: Path) -> None:
    # a "when" question asked with another test (a name's mentions) keeps the passages holding
    # a date: the kinds of figures stored with each candidate say which, without its text
    endings = ["in March 2008", "after talks failed", "on 12 May", "at the docks", "last year"]
    articles = {
        f"port{n}.txt": f"Port {n}\n\nThe harbour strike began {ending}, the union said.\n"
        for n, ending in enumerate(endings)
    }
    index = index_of(tmp_path, articles)
    question = "when did the harbour strike begin"
    kinds, terms = answer_kinds(question), tokenize(question)
    weights = index.engine.idf(relevance_terms(question))
    candidates = index.engine.search_scored(terms, 20)
    chosen = select(
        index, candidates, terms, weights, (), 20, test=bool, enough=20, page=20, flagged=kinds
    )
    found = [any(kind.search(passage.text) for kind in kinds) for passage, _ in chosen.relevant]
    assert len(chosen.relevant) == len(endings)
    assert chosen.flags == found
    assert True in found and False in found


PLACES = (
    "by the ferry terminal near the old mill",
    "where grain ships wait for the tide",
    "beside container cranes idle since spring",
    "past oil tankers anchored off the point",
    "under floodlights at the fish market",
    "near the lifeboat station and its crew",
)


def test_hits_are_the_same_when_weak_candidates_are_not_counted(tmp_path: Path) -> None:
    # weak candidates repeating one another are compared only when asked; the hits, and
    # whether more follow, are those of the counted search
    articles = {
        f"strike{n}.txt": f"Strike {n}\n\nThe harbour pilots strike went on through the night "
        f"at dock {n}, {PLACES[n]}, the union said.\n"
        for n in range(6)
    }
    weak = "The night bus from the depot ran late again and riders waited in the rain"
    for n in range(12):
        words = weak.split()
        words[n % len(words)] = f"stop{n}"  # near-copies of one weak story
        articles[f"bus{n}.txt"] = f"Buses {n}\n\n{' '.join(words)}.\n"
    index = index_of(tmp_path, articles)
    question = "harbour pilots strike night"
    counted = search(index, question, 8)
    assert 0 < counted.omitted < 12  # the weak copies repeat one another: few are counted
    for k, only in ((3, None), (8, lambda passage: "dock 4" not in passage.text)):
        expected = search(index, question, k, only=only, enough=k + 1)
        found = search(index, question, k, only=only, enough=k + 1, counted=False)
        assert [hit.passage.id for hit in found.hits] == [hit.passage.id for hit in expected.hits]
        assert found.more == expected.more


def test_hits_in_articles_keep_passages_below_the_kth_scoring_a_share_of_the_best(
    tmp_path: Path,
) -> None:
    # many stories on the harbour strike fill the k best: a story just below the k-th is still
    # about it (half the best score or more), one that only names the harbour in passing is not
    articles = {
        f"strike-{n}.txt": f"Strike {n}\n\nThe harbour strike went on, the harbour union said.\n"
        for n in range(6)
    }
    articles |= {
        "below.txt": "Pay\n\nThe harbour strike over pay went on for a long while this week.\n",
        "aside.txt": "Ferries\n\nFerries ran late all week and a harbour crane was mended.\n",
    }
    index = index_of(tmp_path, articles)
    terms = tokenize("harbour strike")
    ids = {index.articles[a].path: a for a in index.articles}
    below, aside = ids["below.txt"], ids["aside.txt"]
    hits, best = hits_in_articles(index, terms, 3, [below, aside])
    assert hits == []  # neither is among the three best
    hits, best = hits_in_articles(index, terms, 3, [below, aside], share=0.5)
    scores = {p.article_id: s for p, s in index.engine.search(terms, 20)}
    assert scores[below] >= 0.5 * best > scores[aside]
    assert [p.article_id for p, _ in hits] == [below]
    # with fewer hits than k every passage holding a word is one of them already
    assert [
        p.article_id for p, _ in hits_in_articles(index, terms, 20, [aside], share=0.5)[0]
    ] == [aside]
