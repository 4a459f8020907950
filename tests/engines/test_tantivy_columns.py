"""Passage numbers stored spread over 64 bits: every value comes back exactly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.engines import IndexedPassage, engine_class
from qabot.engines.tantivy_columns import (
    DISTINCT_BITS,
    FIGURE_BITS,
    LENGTH_BITS,
    Numbers,
    distinct_terms,
    figure_kinds,
    gather,
    pack_numbers,
    pack_title,
    record_length,
    spread,
    unpack_numbers,
    unpack_titles,
)
from qabot.engines.tantivy_engine import TantivyEngine
from qabot.engines.tantivy_ranking import PARAMS_FILE
from qabot.errors import IndexFormatError
from qabot.records import Passage
from qabot.text import analyze, tokenize
from qabot.text.signatures import ARTICLE_KEY_BITS, TITLE_BITS, article_key, title_signature

U64 = st.integers(min_value=0, max_value=(1 << 64) - 1)
LENGTHS = st.integers(min_value=0, max_value=(1 << LENGTH_BITS) - 1)
DISTINCTS = st.integers(min_value=0, max_value=(1 << DISTINCT_BITS) - 1)
FIGURES = st.integers(min_value=0, max_value=(1 << FIGURE_BITS) - 1)


@given(U64)
def test_a_spread_value_is_gathered_back_and_stays_in_64_bits(value: int) -> None:
    stored = spread(value)
    assert 0 <= stored < 1 << 64
    assert gather(stored) == value


@given(LENGTHS, DISTINCTS, FIGURES)
def test_packed_numbers_come_back_exactly_by_every_reader(
    length: int, distinct: int, figures: int
) -> None:
    stored = pack_numbers(length, distinct, figures)
    assert 0 <= stored < 1 << 64
    assert unpack_numbers(stored) == Numbers(length, distinct, figures)
    assert record_length(stored) == length
    assert figure_kinds([stored, None]) == [figures, 0]
    assert distinct_terms([stored, None]) == [distinct, 0]


@given(st.lists(st.integers(min_value=1, max_value=4000), min_size=16, max_size=64))
def test_rising_values_are_spread_over_the_whole_range(lengths: list[int]) -> None:
    """What makes tantivy bit-pack them: consecutive records (rising places in a pack) are
    stored as values that do not rise with them."""
    places = [1 << 40]
    for length in lengths:
        places.append(places[-1] + length)
    stored = [spread(place) for place in places]
    assert len(set(stored)) == len(stored)
    assert stored != sorted(stored)
    assert max(stored) - min(stored) > 1 << 48


def test_a_number_of_distinct_terms_out_of_range_is_stored_as_unknown() -> None:
    assert unpack_numbers(pack_numbers(300, 1 << DISTINCT_BITS, 9)) == Numbers(300, 0, 9)


@pytest.mark.parametrize(("length", "figures"), [(1 << LENGTH_BITS, 0), (-1, 0), (5, 256)])
def test_a_length_or_figures_out_of_range_is_refused(length: int, figures: int) -> None:
    with pytest.raises(ValueError, match="out of range"):
        pack_numbers(length, 3, figures)


@given(
    st.integers(min_value=0, max_value=(1 << ARTICLE_KEY_BITS) - 1),
    st.none() | st.integers(min_value=0, max_value=(1 << TITLE_BITS) - 1),
)
def test_a_packed_article_key_and_title_signature_come_back_exactly(
    key: int, signature: int | None
) -> None:
    stored = pack_title(key, signature)
    assert 0 <= stored < 1 << 64
    assert unpack_titles([stored, None]) == [(key, signature), None]


@pytest.mark.parametrize(("key", "signature"), [(1 << ARTICLE_KEY_BITS, 0), (0, 1 << TITLE_BITS)])
def test_an_article_key_or_title_signature_out_of_range_is_refused(
    key: int, signature: int
) -> None:
    with pytest.raises(ValueError, match="out of range"):
        pack_title(key, signature)


def test_tantivy_reads_back_each_passages_article_key_and_title_signature(tmp_path: Path) -> None:
    # a title of stop words alone has no terms (signature 0), which is not "not stored" (None)
    titles = [("harbour", "ferri"), (), None]
    writer = engine_class("tantivy").create(tmp_path / "gen")
    for n, title in enumerate(titles):
        text = f"Pilots strike at dawn in port {n}."
        passage = Passage(f"p{n}:0", f"p{n}", 0, 0, len(text), text, title_terms=title)
        writer.add([IndexedPassage(passage, analyze(text))])
    writer.commit()
    scored = engine_class("tantivy").open(tmp_path / "gen").search_scored(["pilot"], k=5)
    assert scored.titles is not None
    found = {scored.passage(i).article_id: scored.titles[i] for i in range(len(scored))}
    assert found == {
        f"p{n}": (article_key(f"p{n}"), None if title is None else title_signature(title))
        for n, title in enumerate(titles)
    }


def _passage(n: int, text: str) -> Passage:
    return Passage(f"a:{n}", "a", n, 0, len(text), text)


def test_tantivy_reads_back_passages_with_their_numbers(tmp_path: Path) -> None:
    texts = [f"Harbour pilots strike {'again ' * n}at dawn." for n in range(40)]
    writer = engine_class("tantivy").create(tmp_path / "gen")
    writer.add(
        IndexedPassage(
            _passage(n, text), analyze(text), figures=8 + n % 2, signature=n, distinct=n + 1
        )
        for n, text in enumerate(texts)
    )
    writer.commit()
    scored = engine_class("tantivy").open(tmp_path / "gen").search_scored(["pilot"], k=40)
    by_text = {scored.passage(i).text: i for i in range(len(scored))}
    assert sorted(by_text) == sorted(texts)
    assert scored.figures is not None and scored.signatures is not None
    for n, text in enumerate(texts):
        assert scored.figures[by_text[text]] == 8 + n % 2
        assert scored.signatures[by_text[text]] == (n, n + 1)


def test_tantivy_refuses_a_generation_of_the_previous_format(tmp_path: Path) -> None:
    """A generation written before the spread columns (plain `record` and `length`) would read
    passages from the wrong places: it is refused with the way out."""
    writer = engine_class("tantivy").create(tmp_path / "gen")
    writer.add([IndexedPassage(_passage(0, "Pilots strike."), analyze("Pilots strike."))])
    writer.commit()
    assert TantivyEngine.open(tmp_path / "gen").search(tokenize("pilots"), k=1)
    params = json.loads((tmp_path / "gen" / PARAMS_FILE).read_text(encoding="utf-8"))
    params["format_version"] = 4
    (tmp_path / "gen" / PARAMS_FILE).write_text(json.dumps(params), encoding="utf-8")
    with pytest.raises(IndexFormatError, match="qabot index --rebuild"):
        TantivyEngine.open(tmp_path / "gen")
