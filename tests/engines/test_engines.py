"""Both engines pass the same retrieval tests: same life cycle, same ranking contract."""

from __future__ import annotations

import pickle
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import zstandard

from qabot.engines import IndexedPassage, PassageFilter, ScoredPassages, engine_class
from qabot.engines.tantivy_engine import TantivyEngine
from qabot.engines.tantivy_ranking import PARAMS_FILE, padding
from qabot.engines.tantivy_ties import TIE_SPARE
from qabot.engines.text_packs import (
    DICTIONARY_FILE,
    DICTIONARY_MIN_SAMPLES,
    ZSTD_LEVEL,
    PassageCodec,
)
from qabot.errors import IndexFormatError
from qabot.records import Passage
from qabot.text import (
    analyze,
    capitalised_terms,
    figure_kinds,
    may_hold,
    term_signature,
    tokenize,
)
from qabot.text.figures import DATE

ENGINES = ["rank-bm25", "tantivy"]

# article id -> (title, passages); distinct words per passage so each question has one answer
ARTICLES: dict[str, tuple[str, list[str]]] = {
    "nato": (
        "Alliance summit in Brussels",
        [
            "Jens Stoltenberg said Russia had massed troops near the border.",
            "The secretary-general warned that tanks and artillery were moving west.",
            "Diplomats met in Vienna to discuss a ceasefire over coffee.",
        ],
    ),
    "weather": (
        "Storm forecast",
        [
            "Heavy rain and strong winds are expected along the coast on Friday.",
            "Farmers fear the flooding will ruin the wheat harvest.",
        ],
    ),
    "markets": (
        "Shares tumble",
        [
            "Stock markets fell sharply as investors sold technology shares.",
            "The central bank kept interest rates unchanged at four percent.",
        ],
    ),
}


def _passages(article_id: str, title: str, texts: list[str]) -> list[IndexedPassage]:
    """Return the article's passages with their terms, title terms included (the protocol)."""
    rows, offset = [], 0
    for position, text in enumerate(texts):
        passage = Passage(
            id=f"{article_id}:{position}",
            article_id=article_id,
            position=position,
            start=offset,
            end=offset + len(text),
            text=text,
        )
        rows.append(IndexedPassage(passage, f"{analyze(text)} {analyze(title)}"))
        offset += len(text) + 2
    return rows


def _build(name: str, directory: Path, articles: dict[str, tuple[str, list[str]]]):
    writer = engine_class(name).create(directory)
    for article_id, (title, texts) in articles.items():
        writer.add(_passages(article_id, title, texts))
    writer.commit()
    return engine_class(name).open(directory)


def _tantivy_of(directory: Path, texts: list[str]):
    """Return a tantivy engine over `texts`, one passage an article."""
    writer = engine_class("tantivy").create(directory)
    passages = [Passage(f"a{n}:0", f"a{n}", 0, 0, len(text), text) for n, text in enumerate(texts)]
    writer.add(IndexedPassage(passage, analyze(passage.text)) for passage in passages)
    writer.commit()
    return engine_class("tantivy").open(directory)


def _ids(hits: list[tuple[Passage, float]]) -> list[str]:
    return [passage.id for passage, _ in hits]


@pytest.mark.parametrize("name", ENGINES)
def test_committed_passages_come_back_unchanged_after_open(name: str, tmp_path: Path) -> None:
    engine = _build(name, tmp_path / "gen", ARTICLES)
    expected = {item.passage.id: item.passage for item in _passages("nato", *ARTICLES["nato"])}
    hits = engine.search(tokenize("Stoltenberg troops tanks ceasefire Vienna"), k=10)
    assert {p.id: p for p, _ in hits} == expected
    assert len(engine) == 7


@pytest.mark.parametrize("name", ENGINES)
def test_scored_search_gives_the_same_hits_reading_only_those_asked_for(
    name: str, tmp_path: Path
) -> None:
    engine = _build(name, tmp_path / "gen", ARTICLES)
    tokens = tokenize("Stoltenberg troops tanks ceasefire Vienna")
    expected = engine.search(tokens, k=10)
    scored = engine.search_scored(tokens, k=10)
    assert scored.scores == [score for _, score in expected]
    assert scored.passage(len(scored) - 1) == expected[-1][0]
    assert list(scored) == expected
    assert len(engine.search_scored(tokenize("zebra"), k=10)) == 0


@pytest.mark.parametrize("name", ENGINES)
def test_spans_of_hits_are_those_of_their_passages_read_or_not(name: str, tmp_path: Path) -> None:
    # "who said" tells which articles and spans its hits cover without making their passages
    engine = _build(name, tmp_path / "gen", ARTICLES)
    tokens = tokenize("Stoltenberg troops tanks ceasefire Vienna markets")
    unread = engine.search_scored(tokens, k=10)
    spans = [unread.span(i) for i in range(len(unread))]
    read = list(unread)  # the passages, made after their spans were read
    assert spans == [(p.article_id, p.start, p.end) for p, _ in read]
    assert read == engine.search(tokens, k=10)
    assert [unread.span(i) for i in range(len(unread))] == spans  # once read: the same
    assert len({article for article, _, _ in spans}) == 2


@pytest.mark.parametrize("name", ENGINES)
def test_texts_of_hits_are_those_of_their_passages_read_or_not(name: str, tmp_path: Path) -> None:
    # a question's names are looked for in its first candidates' texts, most never shown
    engine = _build(name, tmp_path / "gen", ARTICLES)
    tokens = tokenize("Stoltenberg troops tanks ceasefire Vienna markets")
    unread = engine.search_scored(tokens, k=10)
    texts = [unread.text(i) for i in range(len(unread))]
    read = list(unread)  # the passages, made after their texts were read
    assert texts == [p.text for p, _ in read]
    assert read == engine.search(tokens, k=10)
    assert [unread.first(3).text(i) for i in range(3)] == texts[:3]
    assert unread.picked([2, 0]).text(0) == texts[2]


def test_tantivy_gives_the_stored_figure_kinds_with_the_scores(tmp_path: Path) -> None:
    writer = engine_class("tantivy").create(tmp_path / "gen")
    texts = ["Troops massed at the border in 2022.", "Troops massed at the border again."]
    passages = [Passage(f"a:{n}", "a", n, 0, len(text), text) for n, text in enumerate(texts)]
    writer.add(
        IndexedPassage(passage, analyze(passage.text), figures=figure_kinds(passage.text))
        for passage in passages
    )
    writer.commit()
    scored = engine_class("tantivy").open(tmp_path / "gen").search_scored(["troop"], k=5)
    assert scored.figures is not None
    kinds = {scored.passage(i).text: scored.figures[i] for i in range(len(scored))}
    assert kinds == {text: figure_kinds(text) for text in texts}
    assert may_hold(kinds[texts[0]], [DATE])
    assert not may_hold(kinds[texts[1]], [DATE])


def test_tantivy_gives_the_stored_term_signatures_with_the_scores(tmp_path: Path) -> None:
    writer = engine_class("tantivy").create(tmp_path / "gen")
    texts = ["Troops massed at the border in 2022.", "Troops crossed the border at dawn."]
    passages = [Passage(f"a:{n}", "a", n, 0, len(text), text) for n, text in enumerate(texts)]
    # a signature of the terms, and one setting the highest and lowest bits of its 128
    signed = {texts[0]: term_signature(tokenize(texts[0])), texts[1]: (1 << 127 | 1, 5)}
    writer.add(
        IndexedPassage(passage, analyze(passage.text), None, 0, "", 0, *signed[passage.text])
        for passage in passages
    )
    writer.commit()
    scored = engine_class("tantivy").open(tmp_path / "gen").search_scored(["troop"], k=5)
    assert scored.signatures is not None
    assert {scored.passage(i).text: scored.signatures[i] for i in range(2)} == signed


def test_tantivy_marks_the_hits_holding_every_term_asked_about(tmp_path: Path) -> None:
    texts = [
        "Harbour pilots strike at dawn in Port Elms.",
        "Harbour pilots meet Ada Vale before the strike.",
        "Ada Vale says the harbour strike must end.",
        "Harbour strike enters its second week.",
    ]
    engine = _tantivy_of(tmp_path / "gen", texts)
    question = tokenize("Ada Vale harbour strike")
    every = engine.search_scored(question, k=10, holding=tokenize("Ada Vale"))
    assert every.holding is not None
    held = {every.passage(i).text for i in range(len(every)) if every.holding[i]}
    assert held == {texts[1], texts[2]}
    assert not every.held_beyond
    # with fewer hits than hold the terms, the one left out is said to rank below them
    first = engine.search_scored(question, k=1, holding=tokenize("Ada Vale"))
    assert first.holding == [True]
    assert first.held_beyond
    assert engine.search_scored(question, k=10).holding is None


def test_tantivy_counts_a_passage_tied_with_the_last_hit_as_held_beyond_it(
    tmp_path: Path,
) -> None:
    # the marks are read from the restricted search's head only (scores down to the last
    # hit's): one holding the terms that ties the hit is beyond it, one scoring lower too
    texts = [
        "Ada Vale says the harbour strike must end.",
        "Ada Vale says the harbour strike must end.",
        "The harbour strike goes on.",
    ]
    engine = _tantivy_of(tmp_path / "gen", texts)
    question = tokenize("Ada Vale harbour strike")
    first = engine.search_scored(question, k=1, holding=["ada"])
    assert first.holding == [True]
    assert first.held_beyond
    both = engine.search_scored(question, k=2, holding=["ada"])
    assert both.holding == [True, True]
    assert not both.held_beyond
    every = engine.search_scored(tokenize("harbour strike"), k=3, holding=["ada"])
    assert every.holding is not None
    assert [every.passage(i).text == texts[2] for i in range(3)] == [not h for h in every.holding]
    assert not every.held_beyond


def test_tantivy_marks_the_hits_when_more_hold_the_terms_than_it_looks_among(
    tmp_path: Path,
) -> None:
    # seven passages hold the name, more than the four looked among for one hit: the marks
    # stay exact while the fifth holding one scores below the hit, not when it ties
    places = ("Elms", "Brook", "Fenn", "Moor", "Hale")
    texts = [
        "Ada Vale says the harbour strike must end.",
        *(f"Ada Vale visits {place} today." for place in places),
        "Ada Vale opens a school in Port Elms near the old mill by the river.",
    ]
    engine = _tantivy_of(tmp_path / "gen", texts)
    first = engine.search_scored(tokenize("Ada Vale harbour strike"), k=1, holding=["ada"])
    assert first.passage(0).text == texts[0]
    assert first.holding == [True]
    assert first.held_beyond
    # the five visits score alike: the fifth holding one ties the hit, so no marks
    tied = engine.search_scored(tokenize("Ada Vale visits"), k=1, holding=["ada"])
    assert tied.holding is None


def test_scored_passages_read_each_passage_once_and_only_when_asked_for() -> None:
    passages = [Passage(f"a:{n}", "a", n, 0, 4, "text") for n in range(3)]
    read: list[int] = []

    def reader(i: int) -> Passage:
        read.append(i)
        return passages[i]

    scored = ScoredPassages([3.0, 2.0, 1.0], reader)
    assert read == []
    assert scored.passage(1) == passages[1]
    assert scored.passage(1) == passages[1]
    assert read == [1]
    assert list(scored) == list(zip(passages, [3.0, 2.0, 1.0], strict=True))
    assert read == [1, 0, 2]


@pytest.mark.parametrize("name", ENGINES)
def test_engines_count_the_passages_writing_a_term_with_a_capital(
    name: str, tmp_path: Path
) -> None:
    # a name is told from a word by these counts (qabot.search.question_names), none read
    texts = [
        "The iPod sold out. Critics said the iPod was dear.",
        "Ipod sales rose. An ipod fan waited.",
        "Brown shoes and brown bags.",
        "Talks with Gordon Brown ended.",
    ]
    writer = engine_class(name).create(tmp_path / "gen")
    passages = [Passage(f"a:{n}", "a", n, 0, len(text), text) for n, text in enumerate(texts)]
    writer.add(
        IndexedPassage(p, analyze(p.text), capitals=capitalised_terms(p.text)) for p in passages
    )
    writer.commit()
    engine = engine_class(name).open(tmp_path / "gen")
    assert engine.capitalised("ipod") == (1, 2)  # "Ipod" opens its text: no name there
    assert engine.capitalised("brown") == (1, 2)
    assert engine.capitalised("critic") == (0, 1)  # a capital opening a sentence
    assert engine.capitalised("zebra") == (0, 0)
    assert engine.capitalised("") == (0, 0)


@pytest.mark.parametrize("name", ENGINES)
def test_engines_find_the_passages_holding_a_term_that_opens_with_letters_typed(
    name: str, tmp_path: Path
) -> None:
    # a short form no passage holds ("secret" of "secretary-general") is read as the word
    # these passages write out (qabot.search.spelling), found without a term of its own
    engine = _build(name, tmp_path / "gen", ARTICLES)
    assert [passage.text for passage in engine.opening_with("secret", 5)] == [
        "The secretary-general warned that tanks and artillery were moving west."
    ]
    assert {passage.id for passage in engine.opening_with("s", 50)} >= {"nato:0", "markets:0"}
    assert len(engine.opening_with("s", 1)) == 1
    assert engine.opening_with("storm", 5) == []  # the word itself, no longer one
    assert engine.opening_with("zebr", 5) == []
    assert engine.opening_with("", 5) == engine.opening_with("se.", 5) == []


@pytest.mark.parametrize("name", ENGINES)
def test_passages_of_gives_one_articles_passages_in_order(name: str, tmp_path: Path) -> None:
    engine = _build(name, tmp_path / "gen", ARTICLES)
    expected = [item.passage for item in _passages("nato", *ARTICLES["nato"])]
    assert engine.passages_of("nato") == expected
    assert engine.passages_of("missing") == []


@pytest.mark.parametrize("name", ENGINES)
def test_openings_give_each_articles_first_passage(name: str, tmp_path: Path) -> None:
    engine = _build(name, tmp_path / "gen", ARTICLES)
    found = engine.openings(["nato", "markets", "missing"])
    assert found == {
        article_id: _passages(article_id, *ARTICLES[article_id])[0].passage
        for article_id in ("nato", "markets")
    }
    assert engine.openings([]) == engine.openings(["missing"]) == {}


@pytest.mark.parametrize("name", ENGINES)
def test_passages_of_gives_every_passage_of_a_long_article(name: str, tmp_path: Path) -> None:
    texts = [f"Paragraph number {n} of the long report." for n in range(300)]
    engine = _build(name, tmp_path / "gen", {"long": ("Long report", texts), **ARTICLES})
    assert [p.text for p in engine.passages_of("long")] == texts


@pytest.mark.parametrize("name", ENGINES)
def test_search_ranks_the_passage_with_the_question_words_first(name: str, tmp_path: Path) -> None:
    engine = _build(name, tmp_path / "gen", ARTICLES)
    hits = engine.search(tokenize("What did the central bank do with interest rates?"), k=3)
    assert _ids(hits)[0] == "markets:1"


@pytest.mark.parametrize("name", ENGINES)
def test_search_returns_only_matching_passages_with_positive_scores(
    name: str, tmp_path: Path
) -> None:
    engine = _build(name, tmp_path / "gen", ARTICLES)
    hits = engine.search(tokenize("flooding harvest"), k=10)
    assert _ids(hits) == ["weather:1"]
    assert all(score > 0 for _, score in hits)


@pytest.mark.parametrize("name", ENGINES)
def test_term_in_half_of_one_articles_passages_still_gets_positive_weight(
    name: str, tmp_path: Path
) -> None:
    texts = [
        "Stoltenberg said the alliance stands united.",
        "Stoltenberg added that more troops were coming.",
        "Officials in Kyiv counted the damage after shelling.",
        "The ministers will meet again in the spring.",
    ]
    engine = _build(name, tmp_path / "gen", {"seed": ("Summit", texts)})
    hits = engine.search(tokenize("What did Stoltenberg say?"), k=10)
    assert sorted(_ids(hits)) == ["seed:0", "seed:1"]
    assert all(score > 0 for _, score in hits)


@pytest.mark.parametrize("name", ENGINES)
def test_title_words_find_every_passage_of_the_article(name: str, tmp_path: Path) -> None:
    engine = _build(name, tmp_path / "gen", ARTICLES)
    assert sorted(_ids(engine.search(tokenize("storm"), k=10))) == ["weather:0", "weather:1"]


@pytest.mark.parametrize("name", ENGINES)
def test_search_returns_at_most_k_passages(name: str, tmp_path: Path) -> None:
    engine = _build(name, tmp_path / "gen", ARTICLES)
    assert len(engine.search(tokenize("alliance summit Brussels"), k=2)) == 2
    assert engine.search(tokenize("alliance summit Brussels"), k=0) == []


@pytest.mark.parametrize("name", ENGINES)
@pytest.mark.parametrize("k", [-(10**18), 10**9, 10**18, 2**63, 10**30])
def test_search_with_any_k_neither_aborts_nor_raises(name: str, k: int, tmp_path: Path) -> None:
    engine = _build(name, tmp_path / "gen", ARTICLES)
    hits = engine.search(tokenize("alliance summit Brussels"), k=k)
    assert len(hits) == (3 if k > 0 else 0)


@pytest.mark.parametrize("name", ENGINES)
@pytest.mark.parametrize("question", ["", "what did they say?", "zyzzyva quokka"])
def test_questions_without_known_terms_find_nothing(
    name: str, question: str, tmp_path: Path
) -> None:
    engine = _build(name, tmp_path / "gen", ARTICLES)
    assert engine.search(tokenize(question), k=5) == []


@pytest.mark.parametrize("name", ENGINES)
def test_empty_index_finds_nothing(name: str, tmp_path: Path) -> None:
    engine = _build(name, tmp_path / "gen", {})
    assert len(engine) == 0
    assert engine.search(["stoltenberg"], k=5) == []


@pytest.mark.parametrize("name", ENGINES)
def test_new_generation_applies_removals_and_additions_and_keeps_the_old_one_intact(
    name: str, tmp_path: Path
) -> None:
    _build(name, tmp_path / "gen1", ARTICLES)
    writer = engine_class(name).create(tmp_path / "gen2", previous=tmp_path / "gen1")
    writer.remove({"weather"})
    writer.add(_passages("sport", "Cup final", ["The striker scored twice in the final."]))
    writer.commit()
    new, old = (
        engine_class(name).open(tmp_path / "gen2"),
        engine_class(name).open(tmp_path / "gen1"),
    )
    assert new.search(tokenize("flooding"), k=5) == []
    assert _ids(new.search(tokenize("striker"), k=5)) == ["sport:0"]
    assert _ids(old.search(tokenize("flooding"), k=5)) == ["weather:1"]
    assert old.search(tokenize("striker"), k=5) == []
    assert (len(new), len(old)) == (6, 7)


def test_tantivy_title_field_ranks_title_matches_without_title_words_in_tokens(
    tmp_path: Path,
) -> None:
    writer = TantivyEngine.create(tmp_path / "gen")
    for article_id, (title, texts) in ARTICLES.items():
        writer.add(
            IndexedPassage(p, analyze(p.text), analyze(title))
            for p, *_ in _passages(article_id, title, texts)
        )
    writer.commit()
    engine = TantivyEngine.open(tmp_path / "gen")
    assert sorted(_ids(engine.search(tokenize("storm"), k=10))) == ["weather:0", "weather:1"]
    assert _ids(engine.search(tokenize("storm flooding"), k=10))[0] == "weather:1"


def test_tantivy_generation_shares_segment_files_with_the_previous_one(tmp_path: Path) -> None:
    _build("tantivy", tmp_path / "gen1", ARTICLES)
    TantivyEngine.create(tmp_path / "gen2", previous=tmp_path / "gen1").commit()
    segments = [p for p in (tmp_path / "gen1").iterdir() if p.suffix in {".store", ".pack"}]
    assert {p.suffix for p in segments} == {".store", ".pack"}
    assert all(p.samefile(tmp_path / "gen2" / p.name) for p in segments)


def test_tantivy_each_writer_session_adds_a_pack_and_never_changes_an_old_one(
    tmp_path: Path,
) -> None:
    _build("tantivy", tmp_path / "gen1", ARTICLES)
    first = (tmp_path / "gen1" / "text-000001.pack").read_bytes()
    writer = TantivyEngine.create(tmp_path / "gen2", previous=tmp_path / "gen1")
    writer.remove({"nato"})
    writer.add(_passages("nato", "Alliance", ["Stoltenberg said the alliance stands united."]))
    writer.commit()
    assert (tmp_path / "gen2" / "text-000001.pack").read_bytes() == first
    assert (tmp_path / "gen2" / "text-000002.pack").exists()
    new, old = TantivyEngine.open(tmp_path / "gen2"), TantivyEngine.open(tmp_path / "gen1")
    assert [p.text for p, _ in new.search(tokenize("Stoltenberg"), k=5)] == [
        "Stoltenberg said the alliance stands united."
    ]
    assert [p.text for p, _ in old.search(tokenize("Stoltenberg"), k=5)] == [
        ARTICLES["nato"][1][0]
    ]


def test_tantivy_missing_passage_text_says_to_rebuild(tmp_path: Path) -> None:
    engine = _build("tantivy", tmp_path / "gen", ARTICLES)
    (tmp_path / "gen" / "text-000001.pack").unlink()
    with pytest.raises(IndexFormatError, match="qabot index --rebuild"):
        engine.search(tokenize("Stoltenberg"), k=5)


def test_tantivy_open_of_a_damaged_generation_says_to_rebuild(tmp_path: Path) -> None:
    _build("tantivy", tmp_path / "gen", ARTICLES)
    (tmp_path / "gen" / PARAMS_FILE).write_text("{not json", encoding="utf-8")
    with pytest.raises(IndexFormatError, match="qabot index --rebuild"):
        TantivyEngine.open(tmp_path / "gen")


@pytest.mark.parametrize(("b", "length"), [(0.75, 64), (0.4, 64), (0.3, 100), (0.6, 8)])
def test_padding_turns_tantivys_length_normalisation_into_the_chosen_b(
    b: float, length: int
) -> None:
    pad = padding(b, length)
    for dl in (1, length // 2, length, 3 * length):
        emulated = 0.25 + 0.75 * (dl + pad) / (length + pad)
        assert emulated == pytest.approx(1 - b + b * dl / length, abs=0.01)


def test_tantivy_large_index_stores_text_with_a_dictionary_shared_by_later_generations(
    tmp_path: Path,
) -> None:
    words = "alpha beta gamma delta report minister troops border said market rain".split()
    texts = [
        f"Passage {n}: " + " ".join(words[(n * 7 + i) % len(words)] for i in range(30)) + "."
        for n in range(DICTIONARY_MIN_SAMPLES + 50)
    ]
    # one article per add() call, as qabot.indexing.generation feeds it
    first = TantivyEngine.create(tmp_path / "gen1")
    for n, text in enumerate(texts):
        first.add(_passages(f"a{n}", "Many", [text]))
    first.commit()
    # the writer itself reads back what it compressed with the dictionary it trained
    assert first.search(tokenize("Passage 17"), k=1)[0][0].text == texts[17]
    assert (tmp_path / "gen1" / DICTIONARY_FILE).exists()
    writer = TantivyEngine.create(tmp_path / "gen2", previous=tmp_path / "gen1")
    writer.add(_passages("extra", "Extra", ["A zebra crossed the road in Nairobi."]))
    writer.commit()
    assert writer.search(tokenize("Passage 17"), k=1)[0][0].text == texts[17]
    engine = TantivyEngine.open(tmp_path / "gen2")
    (found, _), *_ = engine.search(tokenize("Passage 17"), k=1)
    assert found.text == texts[17]
    assert (
        engine.search(tokenize("zebra"), k=1)[0][0].text == "A zebra crossed the road in Nairobi."
    )


def test_passage_codec_compresses_as_a_plain_dictionary_compressor_does(tmp_path: Path) -> None:
    # the dictionary is digested once for its level (a speed change): the bytes stay those a
    # compressor given the raw dictionary writes, so indexes built before read the same
    records = [
        f"{n}\x000\x0040\x00story-{n}\x0040\x00match won\x00\x00Team {n} won the match.".encode()
        for n in range(DICTIONARY_MIN_SAMPLES + 50)
    ]
    codec = PassageCodec(tmp_path)
    codec.train(records)
    raw = zstandard.ZstdCompressionDict((tmp_path / DICTIONARY_FILE).read_bytes())
    plain = zstandard.ZstdCompressor(
        level=ZSTD_LEVEL, dict_data=raw, write_checksum=False, write_dict_id=False
    ).compress
    compress = codec.compressor()
    assert [compress(r) for r in records[:20]] == [plain(r) for r in records[:20]]


def test_tantivy_remove_after_add_in_a_new_index_removes_the_added_passages(
    tmp_path: Path,
) -> None:
    writer = TantivyEngine.create(tmp_path / "gen")
    writer.add(_passages("nato", *ARTICLES["nato"]))
    writer.remove({"nato"})
    writer.add(_passages("weather", *ARTICLES["weather"]))
    writer.commit()
    engine = TantivyEngine.open(tmp_path / "gen")
    assert len(engine) == 2
    assert engine.search(tokenize("Stoltenberg"), k=5) == []


@pytest.mark.parametrize("name", ENGINES)
def test_passages_with_equal_scores_come_back_in_passage_order(name: str, tmp_path: Path) -> None:
    same = {f"story{n:02d}": ("Harbour", ["The harbour master counted boats."]) for n in range(30)}
    engine = _build(name, tmp_path / "gen", same)
    hits = engine.search(tokenize("boats"), k=5)
    assert _ids(hits) == [f"story{n:02d}:0" for n in range(5)]


def test_a_tie_running_past_the_first_search_still_follows_passage_order(tmp_path: Path) -> None:
    # the first search fetches k hits and TIE_SPARE more: a longer group tied at the k-th,
    # written in the reverse of passage order, is fetched whole by a second one
    k = 30
    count = k + TIE_SPARE + 20
    same = {
        f"story{n:03d}": ("Harbour", ["The harbour master counted boats."])
        for n in reversed(range(count))
    }
    engine = _build("tantivy", tmp_path / "gen", same)
    hits = engine.search(tokenize("boats"), k=k)
    assert _ids(hits) == [f"story{n:03d}:0" for n in range(k)]


def test_a_search_for_fewer_after_one_for_more_orders_its_tie_as_its_own_search(
    tmp_path: Path,
) -> None:
    # a search for 12 keeps its hits; one for 5 of the same words, tied at the 5th, takes them
    # from it, its tie in passage order as a search of its own orders it (and those above it)
    line = "The harbour master counted boats."
    articles = {f"story{n:02d}": ("Harbour", [line]) for n in reversed(range(12))}
    articles |= {f"lead{n}": ("Harbour", ["Boats, boats and more boats."]) for n in range(3)}
    articles |= {
        f"tail{n}": ("Harbour", [line + " " + "Rain fell all day. " * 9]) for n in range(9)
    }
    _build("tantivy", tmp_path / "gen", articles)
    engine = engine_class("tantivy").open(tmp_path / "gen")
    wide = engine.search_scored(tokenize("boats"), k=30)
    assert wide.scores[4] == wide.scores[5] and wide.scores[14] > wide.scores[15]
    taken = engine.search(tokenize("boats"), k=5)
    alone = engine_class("tantivy").open(tmp_path / "gen").search(tokenize("boats"), k=5)
    assert _ids(taken) == _ids(alone) == [*_ids(alone)[:3], "story00:0", "story01:0"]
    assert [score for _, score in taken] == [score for _, score in alone]
    shown = engine.search_scored(tokenize("boats"), k=5)
    assert [shown.span(i)[0] for i in range(5)] == [p.article_id for p, _ in alone]
    assert shown.orders is not None and len(shown.orders) == 5


@pytest.mark.parametrize("name", ENGINES)
def test_ties_between_ids_sharing_a_long_prefix_still_follow_passage_order(
    name: str, tmp_path: Path
) -> None:
    same = {
        f"newsroom-archive-{n:02d}": ("Harbour", ["The harbour master counted boats."])
        for n in reversed(range(30))
    }
    engine = _build(name, tmp_path / "gen", same)
    hits = engine.search(tokenize("boats"), k=5)
    assert _ids(hits) == [f"newsroom-archive-{n:02d}:0" for n in range(5)]


@pytest.mark.parametrize("name", ENGINES)
def test_ties_among_passages_of_one_article_follow_passage_order(
    name: str, tmp_path: Path
) -> None:
    # tied passages of one article (one `order`) among tied passages of others: ordered by
    # article, then by position in it, whichever ids tie
    line = "The harbour master counted boats."
    same = {f"story{n:02d}": ("Harbour", [line] * (3 if n % 2 else 1)) for n in reversed(range(8))}
    engine = _build(name, tmp_path / "gen", same)
    hits = engine.search(tokenize("boats"), k=6)
    assert _ids(hits) == [
        "story00:0",
        "story01:0",
        "story01:1",
        "story01:2",
        "story02:0",
        "story03:0",
    ]
    unique = {f"story{n:02d}": ("Harbour", [line]) for n in reversed(range(8))}
    engine = _build(name, tmp_path / "unique", unique)
    assert _ids(engine.search(tokenize("boats"), k=3)) == ["story00:0", "story01:0", "story02:0"]


@pytest.mark.parametrize("name", ENGINES)
def test_stored_sentence_ends_and_terms_come_back_with_the_passage(
    name: str, tmp_path: Path
) -> None:
    text = "Stoltenberg warned of tanks. The alliance met in Vienna."
    passage = Passage(
        id="nato:0",
        article_id="nato",
        position=0,
        start=0,
        end=len(text),
        text=text,
        sentence_ends=(28, len(text)),
        sentence_terms=(analyze(text[:28]), analyze(text[29:])),
    )
    writer = engine_class(name).create(tmp_path / "gen")
    writer.add([IndexedPassage(passage, analyze(text))])
    writer.commit()
    hits = engine_class(name).open(tmp_path / "gen").search(tokenize("tanks Vienna"), k=5)
    assert [hit for hit, _ in hits] == [passage]


@pytest.mark.parametrize("name", ENGINES)
@pytest.mark.parametrize("title_terms", [("harbour", "ferri"), (), None])
def test_stored_title_terms_come_back_with_the_passage(
    name: str, title_terms: tuple[str, ...] | None, tmp_path: Path
) -> None:
    # a title of stop words alone has no terms (), which is not "not stored" (None)
    text = "The ferry left the harbour at dawn."
    passage = Passage("port:0", "port", 0, 0, len(text), text, title_terms=title_terms)
    writer = engine_class(name).create(tmp_path / "gen")
    writer.add([IndexedPassage(passage, analyze(text))])
    writer.commit()
    hits = engine_class(name).open(tmp_path / "gen").search(tokenize("ferry"), k=5)
    assert [hit.title_terms for hit, _ in hits] == [title_terms]


@pytest.mark.parametrize("title_terms", [("harbour", "ferri"), None])
def test_stored_terms_of_a_hit_are_those_of_its_passage_read_or_not(
    title_terms: tuple[str, ...] | None, tmp_path: Path
) -> None:
    # selection reads only a candidate's terms to tell it too weak to show: they must be the
    # terms its passage carries, before it is read and after
    text = "Stoltenberg warned of tanks. The alliance met in Vienna."
    sentences = (analyze(text[:28]), analyze(text[29:]))
    passage = Passage(
        "nato:0", "nato", 0, 0, len(text), text, (28, len(text)), sentences, title_terms
    )
    plain = Passage("plain:0", "plain", 0, 0, 14, "Tanks in Riga.")  # no terms stored
    writer = engine_class("tantivy").create(tmp_path / "gen")
    writer.add(
        [IndexedPassage(passage, analyze(text)), IndexedPassage(plain, analyze(plain.text))]
    )
    writer.commit()
    unread = engine_class("tantivy").open(tmp_path / "gen").search_scored(tokenize("tanks"), k=5)
    terms = [unread.terms(i) for i in range(len(unread))]
    ids = [unread.passage(i).id for i in range(len(unread))]
    assert sorted(zip(ids, terms, strict=True)) == [
        ("nato:0", (" ".join(sentences), title_terms)),
        ("plain:0", None),
    ]
    assert [unread.terms(i) for i in range(len(unread))] == terms  # once read: the same


def test_tantivy_search_after_a_longer_one_of_the_same_words_gives_the_same_hits(
    tmp_path: Path,
) -> None:
    # a group of tied passages written in the reverse of passage order, between better and
    # worse ones: a search whose k-th hit falls inside the group orders it by passage
    articles = {
        f"story{n:02d}": ("Harbour", ["The harbour master counted boats."])
        for n in reversed(range(30))
    }
    articles["best"] = ("Boats", ["Harbour boats, harbour boats and more harbour boats."])
    for n in range(20):
        articles[f"weak{n:02d}"] = (
            "Ferry",
            [f"Boats left at dawn, {n} of them, and ferries too."],
        )
    _build("tantivy", tmp_path / "gen", articles)
    tokens = tokenize("harbour boats")
    fresh = {}
    for k in (1, 3, 7, 10, 11, 20, 41, 60):  # each from a new engine: nothing remembered
        fresh[k] = _ids(engine_class("tantivy").open(tmp_path / "gen").search(tokens, k))
    engine = engine_class("tantivy").open(tmp_path / "gen")
    for k in (60, 20, 41, 1, 10, 3, 11, 7, 60):  # longer first, then shorter ones
        assert _ids(engine.search(tokens, k)) == fresh[k]
        scored = engine.search_scored(tokens, k)
        assert [scored.passage(i).id for i in range(len(scored))] == fresh[k]


@pytest.mark.parametrize("name", ENGINES)
def test_idf_follows_the_passages_committed_since_it_was_last_asked(
    name: str, tmp_path: Path
) -> None:
    """Weights kept between questions belong to one generation: a commit makes them anew."""
    writer = engine_class(name).create(tmp_path / "gen")
    writer.add(_passages("nato", *ARTICLES["nato"]))
    writer.commit()
    before = writer.idf(["stoltenberg", "rain"])
    assert before["stoltenberg"] > 0 and before["rain"] == 0
    writer.add(_passages("weather", *ARTICLES["weather"]))
    writer.commit()
    after = writer.idf(["stoltenberg", "rain"])
    assert after["rain"] > 0
    assert after["stoltenberg"] > before["stoltenberg"]  # rarer among more passages
    assert engine_class(name).open(tmp_path / "gen").idf(["stoltenberg", "rain"]) == after


@pytest.mark.parametrize("name", ENGINES)
def test_passages_prepared_apart_are_added_as_the_passages_themselves(
    name: str, tmp_path: Path
) -> None:
    # analysis workers prepare an article's passages and pickle them to the indexing process
    words = "alpha beta gamma delta report minister troops border said market rain".split()
    articles = {
        f"a{n}": (f"Title {words[n % 11]}", [" ".join(words[(n + i) % 11] for i in range(12))])
        for n in range(DICTIONARY_MIN_SAMPLES + 20)
    } | ARTICLES
    engine_type = engine_class(name)
    direct, apart = engine_type.create(tmp_path / "direct"), engine_type.create(tmp_path / "apart")
    for article_id, (title, texts) in articles.items():
        passages = _passages(article_id, title, texts)
        direct.add(passages)
        apart.add_prepared(pickle.loads(pickle.dumps(engine_type.prepare(passages))))
    direct.commit()
    apart.commit()
    tokens = tokenize("Stoltenberg troops market rain Brussels")
    direct, apart = engine_type.open(tmp_path / "direct"), engine_type.open(tmp_path / "apart")
    assert apart.search(tokens, k=50) == direct.search(tokens, k=50)
    assert len(apart) == len(direct) == DICTIONARY_MIN_SAMPLES + 27
    written = {path.name: path.read_bytes() for path in (tmp_path / "direct").glob("text*")}
    assert {path.name: path.read_bytes() for path in (tmp_path / "apart").glob("text*")} == written


def test_passage_records_decoded_by_several_threads_at_once_come_back_whole(
    tmp_path: Path,
) -> None:
    # the bot answers two chats in two worker threads: one zstd decompressor shared by both
    # garbled records ("Destination buffer is too small") and both chats were told the search
    # failed
    records = [
        f"{n}\x000\x0040\x00story-{n}\x0040\x00match won\x00\x00"
        f"Team {n} won the match {'by a wide margin ' * (n % 7)}at home.".encode()
        for n in range(DICTIONARY_MIN_SAMPLES + 50)
    ]
    codec = PassageCodec(tmp_path)
    codec.train(records)
    compress = codec.compressor()
    packed = [compress(r) for r in records]
    expected = [codec.fields(p) for p in packed]
    start = threading.Barrier(4)

    def decode_all() -> list[list[str]]:
        start.wait()
        return [codec.fields(p) for _ in range(20) for p in packed]

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: decode_all(), range(4)))
    assert results == [expected * 20] * 4


@pytest.mark.parametrize("name", ENGINES)
def test_engines_tell_whether_a_passage_holds_every_term_of_a_group(
    name: str, tmp_path: Path
) -> None:
    # a passage below the page need not be read when none holds the terms together
    # (qabot.search.weight_groups): each term in the passage or in its article's title
    texts = {
        "kites": ("Gulls at the dunes", "Red kites flew over the dunes.", "bbc news"),
        "lamps": ("Lamp fair", "Brass lamps were polished for the fair.", "daily post"),
    }
    writer = engine_class(name).create(tmp_path / "gen")
    for article_id, (title, text, outlet) in texts.items():
        passage = Passage(f"{article_id}:0", article_id, 0, 0, len(text), text)
        writer.add([IndexedPassage(passage, analyze(text), analyze(title), outlet=outlet)])
    writer.commit()
    engine = engine_class(name).open(tmp_path / "gen")
    kite, gull, lamp, dune = (analyze(word) for word in ("kites", "gulls", "lamps", "dunes"))
    assert engine.may_hold_together([(kite, gull)])  # the gulls are in its title
    assert engine.may_hold_together([(kite, lamp), (lamp, analyze("fair"))])
    assert not engine.may_hold_together([(kite, lamp)])  # in two passages, never in one
    assert not engine.may_hold_together([])
    post = PassageFilter(outlets=frozenset({"daily post"}))
    assert not engine.may_hold_together([(kite, dune)], post)
    assert engine.may_hold_together([(kite, dune)], PassageFilter(outlets=frozenset({"bbc news"})))
