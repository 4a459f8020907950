"""Rows of a generation's JSON Lines files found by their keys and decoded per row."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.fileio import write_jsonl
from qabot.indexing.quote_store import QuotePlace, QuoteRow, StoredRows
from qabot.indexing.stored_lines import StoredArticles, keyed_lines
from qabot.records import ArticleInfo, flat_dict


class Garbled(Exception):
    pass


def garbled(error: Exception) -> Exception:
    return Garbled(str(error))


def test_records_are_found_by_id_whatever_their_id_holds() -> None:
    rows = [
        {"id": "plain", "path": "a.txt", "title": "Harbour"},
        {"id": 'with "quotes"', "path": "b.txt", "title": "Quay"},
        {"path": "c.txt", "id": "opens later", "title": "Pier"},
        {"id": "caf\u00e9", "path": "d.txt", "title": "Dock", "date": "2024-01-02"},
    ]
    text = "".join(json.dumps(row) + "\n" for row in rows) + "\n"
    articles = StoredArticles(text, garbled)
    assert list(articles) == ["plain", 'with "quotes"', "opens later", "caf\u00e9"]
    assert len(articles) == 4
    assert articles["caf\u00e9"] == ArticleInfo(
        id="caf\u00e9", path="d.txt", title="Dock", date="2024-01-02"
    )
    assert articles.get("missing") is None
    assert "opens later" in articles
    assert "missing" not in articles


def test_a_garbled_record_is_damage_when_asked_for_never_an_absent_article() -> None:
    text = '{"id": "fine", "path": "a", "title": "A"}\n{"id": "bad", "path": "b", "tit\n'
    articles = StoredArticles(text, garbled)
    assert articles["fine"].title == "A"
    with pytest.raises(Garbled):
        articles.get("bad")


def test_a_line_without_an_id_is_damage_at_once() -> None:
    with pytest.raises(Garbled):
        StoredArticles('{"path": "a", "title": "A"}\n', garbled)


texts = st.text(max_size=12)
infos = st.lists(
    st.builds(
        ArticleInfo,
        id=texts,
        path=texts,
        title=texts,
        source=st.none() | texts,
        date=st.none() | texts,
        url=st.none() | texts,
        author=st.none() | texts,
    ),
    max_size=8,
)


@given(infos)
def test_stored_records_read_back_as_decoding_every_line_would(
    tmp_path_factory: pytest.TempPathFactory, written: list[ArticleInfo]
) -> None:
    path = Path(tmp_path_factory.mktemp("articles")) / "articles.jsonl"
    write_jsonl(path, (flat_dict(info) for info in written))
    text = path.read_text(encoding="utf-8")
    expected = {info.id: info for info in written}
    articles = StoredArticles(text, garbled)
    assert dict(articles.items()) == expected
    assert list(articles) == list(expected)


@given(st.lists(st.tuples(texts, st.integers()), max_size=8))
def test_lines_are_found_by_any_key_as_decoding_every_line_would(
    rows: list[tuple[str, int]],
) -> None:
    text = "".join(json.dumps({"article_id": key, "count": n}) + "\n" for key, n in rows)
    expected = {key: json.dumps({"article_id": key, "count": n}) for key, n in rows}
    found = keyed_lines(text, "article_id", garbled)
    assert found == expected
    assert list(found) == list(expected)


@given(infos)
def test_titles_and_get_read_back_as_decoding_every_line_would(
    tmp_path_factory: pytest.TempPathFactory, written: list[ArticleInfo]
) -> None:
    path = Path(tmp_path_factory.mktemp("titles")) / "articles.jsonl"
    write_jsonl(path, (flat_dict(info) for info in written))
    expected = {info.id: info for info in written}
    articles = StoredArticles(path.read_text(encoding="utf-8"), garbled)
    for article_id, info in expected.items():
        assert articles.title(article_id) == info.title  # read from the line, or decoded
        assert articles.get(article_id) == info
        assert articles.title(article_id) == info.title  # from the decoded record
    absent = "".join(expected) + "?"
    assert articles.title(absent) is None
    assert articles.get(absent) is None
    assert articles.get(absent, written[0] if written else None) == (
        written[0] if written else None
    )


def test_a_title_is_read_from_its_line_without_decoding_the_record() -> None:
    text = '{"id": "a", "path": "p", "title": "Caf\u00e9 \\"Rex\\""}\n'
    text += '{"id": "b", "path": "q", "title": "Harbour", "date": garbled}\n'
    articles = StoredArticles(text, garbled)
    assert articles.title("b") == "Harbour"  # its opening read alone
    assert articles.title("a") == 'Caf\u00e9 "Rex"'  # an escape: the record decoded
    with pytest.raises(Garbled):
        articles.get("b")


places = st.builds(
    QuoteRow,
    article_id=texts,
    segment=texts,
    offset=st.integers(min_value=0, max_value=2**40),
    length=st.integers(min_value=0, max_value=2**40),
    count=st.integers(min_value=0, max_value=99),
    speakers=st.just({}),
)


@given(st.lists(places, max_size=8))
def test_a_quote_rows_place_is_the_decoded_rows(rows: list[QuoteRow]) -> None:
    text = "".join(json.dumps(row.to_json(), ensure_ascii=False) + "\n" for row in rows)
    stored = StoredRows(text, garbled)
    expected = {row.article_id: row for row in rows}
    for article_id, row in expected.items():
        assert stored.place(article_id) == QuotePlace(row.segment, row.offset, row.length)
        assert stored[article_id] == row
        assert stored.place(article_id) == QuotePlace(row.segment, row.offset, row.length)
    assert stored.place("".join(expected) + "?") is None


def test_a_quote_rows_place_leaves_its_speakers_undecoded() -> None:
    opening = '{"article_id": "a", "segment": "quotes-000001.jsonl", "offset": 12, "length": 40'
    stored = StoredRows(opening + ', "count": 1, "speakers": garbled}\n', garbled)
    assert stored.place("a") == QuotePlace("quotes-000001.jsonl", 12, 40)
    with pytest.raises(Garbled):
        stored["a"]


def test_a_plain_record_is_read_by_its_fields_and_any_other_decoded() -> None:
    plain = '{"id": "a", "path": "p", "title": "T", "source": "", "date": null, '
    plain += '"url": "u", "author": null}'
    escaped = '{"id": "b", "path": "q", "title": "\\u00e9", "source": null, "date": null, '
    escaped += '"url": null, "author": "A"}'
    reordered = '{"path": "r", "id": "c", "title": "T"}'
    articles = StoredArticles("\n".join([plain, escaped, reordered]) + "\n", garbled)
    assert articles["a"] == ArticleInfo(id="a", path="p", title="T", source="", url="u")
    assert articles["b"] == ArticleInfo(id="b", path="q", title="\u00e9", author="A")
    assert articles["c"] == ArticleInfo(id="c", path="r", title="T")
