"""Rows of a generation's JSON Lines files found by their keys and decoded per row."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.fileio import Lines, write_jsonl
from qabot.indexing.quote_store import QuotePlace, QuoteRow, StoredRows, quote_count, quote_total
from qabot.indexing.stored_lines import StoredArticles, keyed_lines
from qabot.records import ArticleInfo, flat_dict

_R = TypeVar("_R")


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


class _DecodedMeanwhile(dict[str, ArticleInfo]):
    """Decoded records whose first look-up misses while another thread decodes that very
    record (two chats asking for one article at once): the other thread's look-up runs to its
    end between this one's miss and its reading of the line."""

    def __init__(self, articles: StoredArticles) -> None:
        super().__init__()
        self.articles, self.missed = articles, False

    def get(self, key: str, default: Any = None) -> Any:
        if self.missed:
            return super().get(key, default)
        self.missed = True
        other = threading.Thread(target=self.articles.__getitem__, args=(key,))
        other.start()
        other.join()
        return default


def test_a_record_another_thread_decodes_meanwhile_is_no_damage() -> None:
    articles = StoredArticles('{"id": "a", "path": "a.txt", "title": "Harbour"}\n', garbled)
    articles._decoded = _DecodedMeanwhile(articles)
    assert articles["a"] == ArticleInfo(id="a", path="a.txt", title="Harbour")
    assert articles._decoded.missed and articles.title("a") == "Harbour"


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
    # every line decoded (and let go): the mapping still holds, finds and counts each record
    assert dict(articles.items()) == expected
    assert len(articles) == len(expected) and all(key in articles for key in expected)
    assert all(articles.title(key) == info.title for key, info in expected.items())


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


segment_names = st.integers(min_value=1, max_value=999_999).map(lambda n: f"quotes-{n:06d}.jsonl")
places = st.builds(
    QuoteRow,
    article_id=texts,
    segment=segment_names,
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


def decoded_or_damage(line: str, decode: Callable[[Any], _R]) -> _R | None:
    """What decoding a whole line gives, None when it cannot (damage)."""
    try:
        return decode(json.loads(line))
    except (ValueError, KeyError, TypeError):
        return None


# a line's text as a damaged or hand-made file may hold it: quote marks, backslashes, control
# characters and line breaks raw, other scripts' letters and digits
raw_texts = st.text(alphabet=st.sampled_from('ab"\\\t\r\x00\u00e9\u0663{}:, 0'), max_size=6)


@given(
    st.lists(raw_texts, min_size=7, max_size=7),
    st.lists(st.booleans(), min_size=4, max_size=4),
)
def test_a_raw_record_is_read_as_decoding_it_would_or_is_damage(
    fields: list[str], nulls: list[bool]
) -> None:
    values = [f'"{text}"' for text in fields[:3]]
    values += [
        "null" if null else f'"{text}"' for text, null in zip(fields[3:], nulls, strict=True)
    ]
    names = ["id", "path", "title", "source", "date", "url", "author"]
    line = "{" + ", ".join(f'"{n}": {v}' for n, v in zip(names, values, strict=True)) + "}"
    expected = decoded_or_damage(line, lambda row: ArticleInfo(**row))
    try:
        articles = StoredArticles(line + "\n", garbled)
    except Garbled:
        assert expected is None
        return
    for article_id in articles:
        if expected is not None:
            assert articles.title(article_id) == expected.title
            assert articles.get(article_id) == expected
        else:
            with pytest.raises(Garbled):
                articles.get(article_id)


numbers = st.text(alphabet=st.sampled_from("0123\u0663\uff11-.e "), min_size=1, max_size=4)


@given(raw_texts | segment_names, numbers, numbers)
def test_a_rows_garbled_place_is_never_read_otherwise_than_decoding_it(
    segment: str, offset: str, length: str
) -> None:
    line = f'{{"article_id": "a", "segment": "{segment}", "offset": {offset}, '
    line += f'"length": {length}, "count": 1, "speakers": {{}}}}'
    expected = decoded_or_damage(line, QuoteRow.from_json)
    stored = StoredRows(line + "\n", garbled)
    if expected is not None:
        assert stored.place("a") == QuotePlace(expected.segment, expected.offset, expected.length)
    else:
        with pytest.raises(Garbled):
            stored.place("a")


@given(numbers)
def test_a_rows_garbled_count_is_never_read_otherwise_than_decoding_it(count: str) -> None:
    line = '{"article_id": "a", "segment": "quotes-000001.jsonl", "offset": 0, "length": 0, '
    line += f'"count": {count}, "speakers": {{}}}}'
    expected = decoded_or_damage(line, QuoteRow.from_json)
    if expected is not None:
        assert quote_count(line) == expected.count
        assert quote_total(Lines((line.encode() + b"\n",), 1)) == expected.count
    else:
        with pytest.raises(json.JSONDecodeError):
            quote_count(line)


def test_a_place_in_other_digits_or_another_file_is_damage() -> None:
    opening = '{"article_id": "a", "segment": "quotes-000001.jsonl", "offset": '
    for garbled_line in (
        opening + '\u0661\u0662, "length": 4, "count": 1, "speakers": {}}',  # Arabic-Indic
        opening + '012, "length": 4, "count": 1, "speakers": {}}',  # not JSON
        opening + '-1, "length": 4, "count": 1, "speakers": {}}',
        opening + '1.5, "length": 4, "count": 1, "speakers": {}}',
        opening.replace("quotes-000001.jsonl", "../../notes.txt")
        + '0, "length": 4, "count": 1, "speakers": {}}',
    ):
        with pytest.raises(Garbled):
            StoredRows(garbled_line + "\n", garbled).place("a")


def test_a_record_holding_a_raw_control_character_is_damage_never_shown() -> None:
    line = '{"id": "a", "path": "p", "title": "Tab\there", "source": null, "date": null, '
    line += '"url": null, "author": null}'
    articles = StoredArticles(line + "\n", garbled)
    with pytest.raises(Garbled):
        articles.title("a")
    with pytest.raises(Garbled):
        articles.get("a")
