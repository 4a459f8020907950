"""Per-article analysis: passages carry their sentence terms, computed once at index time."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from qabot.indexing import chunk_article
from qabot.indexing.analysis import analyze_article, analyze_articles, quotes_of
from qabot.records import Article, ArticleInfo, Quote
from qabot.search import best_sentence
from qabot.text import analyze, figure_kinds, sentence_spans, term_signature

VOCABULARY = (
    "NATO's troops said “Ukraine” 150,000 U.S. Mr. Stoltenberg don't O'Brien well-known Kyiv "
    "tanks. border! ceasefire? Zürich café 3.5 and the it's".split()
)
WORDS = st.sampled_from(VOCABULARY)
# a sentence's words drawn as one block of bytes, as in test_chunking: as varied as a list of
# sampled words, and many times quicker for hypothesis to make (they took half this file's time)
SENTENCE = st.binary(min_size=1, max_size=25).map(
    lambda picks: " ".join(VOCABULARY[pick % len(VOCABULARY)] for pick in picks)
)
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=6).map(" ".join)
ARTICLE_TEXT = st.lists(PARAGRAPH, min_size=1, max_size=8).map("\n\n".join)


def _article(text: str) -> Article:
    return Article(info=ArticleInfo(id="a1", path="a.txt", title="Title words"), text=text)


# both properties of one analysis on one draw (each drew and analysed its own articles before)
@settings(deadline=None)
@given(ARTICLE_TEXT)
def test_stored_sentence_terms_are_the_passage_analysis_of_the_passages_chunking_cuts(
    text: str,
) -> None:
    article = _article(text)
    whole = analyze_article(article)
    assert whole.problem is None  # the attribution rules read any text without failing
    analysed = whole.passages
    for item in analysed:
        passage = item.passage
        assert item.terms.split() == analyze(passage.text).split()
        assert passage.stored_terms() == analyze(passage.text).split()
        assert item.figures == figure_kinds(passage.text)
        assert (item.signature, item.distinct) == term_signature(analyze(passage.text).split())
        spans = passage.sentence_spans()
        assert len(spans) == len(passage.sentence_terms)
        assert [passage.sentence_span(i) for i in range(len(spans))] == spans
        for (start, end), terms in zip(spans, passage.sentence_terms, strict=True):
            assert terms == analyze(passage.text[start:end])
    # index time builds each passage from its sentence numbers, with their terms in it
    indexed = [item.passage for item in analysed]
    assert [replace(p, sentence_terms=(), title_terms=None) for p in indexed] == chunk_article(
        article
    )


@settings(deadline=None)
@given(ARTICLE_TEXT, st.lists(WORDS, max_size=6).map(" ".join))
def test_passages_store_their_title_terms(text: str, title: str) -> None:
    # answers read a candidate's title terms from it instead of analysing the title each time
    info = ArticleInfo(id="a1", path="a.txt", title=title)
    for item in analyze_article(Article(info=info, text=text)).passages:
        assert item.passage.title_terms == tuple(analyze(title).split())
        assert item.title_terms == analyze(title)


@settings(deadline=None)
@given(ARTICLE_TEXT, st.lists(WORDS, min_size=1, max_size=4).map(" ".join))
def test_best_sentence_from_stored_terms_is_the_one_from_text(text: str, question: str) -> None:
    terms = set(analyze(question).split())
    analysed = analyze_article(_article(text)).passages
    for item in analysed:
        stored = best_sentence(item.passage, terms, question)
        assert stored == best_sentence(item.passage.text, terms, question)
    # idf weights, one of them 0 (a term in every passage)
    weights = {term: 0.0 if n == 0 else 1.0 + n / 3 for n, term in enumerate(sorted(terms))}
    for item in analysed:
        stored = best_sentence(item.passage, weights, question)
        assert stored == best_sentence(item.passage.text, weights, question)


@settings(deadline=None)
@given(ARTICLE_TEXT, st.data())
def test_a_cut_passage_never_keeps_sentences_past_its_text(text: str, data: st.DataObject) -> None:
    for item in analyze_article(_article(text)).passages:
        passage = item.passage
        start = data.draw(st.integers(0, len(passage.text)))
        end = data.draw(st.integers(start, len(passage.text)))
        part = passage.cut(start, end)
        assert part.text == passage.text[start:end]
        assert all(0 < e <= len(part.text) for e in part.sentence_ends)
        if part.sentence_terms:
            assert part.stored_terms() == analyze(part.text).split()


# a paragraph with a quote and its speaker, so that attribution has work in every article
QUOTED = '"The new bridge opens in spring," said Mayor Ana Ruiz. Ruiz said the cost had doubled.'


@settings(deadline=None)
@given(st.lists(ARTICLE_TEXT, min_size=1, max_size=4))
def test_articles_analysed_together_are_each_analysed_alone(texts: list[str]) -> None:
    # a batch runs each step over all its articles in turn (faster: each step's memory stays
    # in the processor's caches); what it makes of each article is what one alone gives
    articles = [
        Article(info=ArticleInfo(id=f"a{n}", path=f"{n}.txt", title=text[:30]), text=text)
        for n, text in enumerate(f"{QUOTED}\n\n{text}" for text in texts)
    ]
    together = analyze_articles(articles)
    assert together == [analyze_article(article) for article in articles]
    assert any(analysis.quotes for analysis in together)


def test_an_article_the_quote_rules_fail_on_keeps_its_passages_and_is_named() -> None:
    article = _article('"We are ready," Jo Ray said.')
    spans = sentence_spans(article.text)

    def failing(article: Article) -> list[Quote]:  # a rule's bug, as the test's own reader
        raise StopIteration

    read = quotes_of(article, spans, failing)

    assert read.quotes == [] and read.speakers == quotes_of(_article("No one."), []).speakers
    assert read.problem == (
        "a.txt: its quotes could not be read (StopIteration), so it is indexed without them; "
        "please report this with the file"
    )
    kept = quotes_of(article, spans)
    assert kept.problem is None and [q.speaker for q in kept.quotes] == ["Jo Ray"]
