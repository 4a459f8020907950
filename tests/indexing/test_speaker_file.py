"""The speaker directory stored with each generation: read, not merged again, by every process;
written by a build and by a run that reads no article (an update that reads some leaves it out:
it would cost the whole archive, and stores every article's part of it, which a process merges
when asked), the one a build of the same files stores; a damaged one is refused."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qabot.attribution import MERGING_VERSION, merge_names
from qabot.errors import IndexDamagedError, IndexFormatError
from qabot.indexing import Index, load_index, update_index
from qabot.indexing.layout import file_checksums, read_manifest
from qabot.indexing.speaker_file import (
    PARTS_FILE,
    SPEAKERS_FILE,
    merged_in_file_order,
    parts_of,
    speakers_of,
)
from qabot.search import answer
from tests.support.examples import share
from tests.support.indexes import index_of, write_articles

ARTICLES = {
    "a-budget.txt": (
        "Budget vote lost\n\n"
        "Finance minister Dana Whitlow spoke after the vote in the harbour town.\n\n"
        '"We were outnumbered," Whitlow said.\n'
    ),
    "b-ferry.txt": (
        "Ferry strike ends\n\n"
        '"The crossings resume on Monday," said Dana Whitlow, the finance minister.\n\n'
        '"Pilots will be paid," said union leader Omar Kessel.\n'
    ),
    "c-rugby.txt": (
        "Rugby squad named\n\n"
        '"The squad is ready," said coach Lena Okafor.\n\n'
        '"We will see," Okafor said of the injured centre.\n'
    ),
}


def _generation(index_dir: Path) -> Path:
    return index_dir / (index_dir / "CURRENT").read_text(encoding="utf-8").strip()


def _stored(index_dir: Path) -> bytes:
    return (_generation(index_dir) / SPEAKERS_FILE).read_bytes()


def _rewrite(generation: Path, meta_changes: dict[str, object] | None = None) -> None:
    """Record a generation's files as written now (as an older or a hostile writer would)."""
    meta = json.loads((generation / "meta.json").read_text(encoding="utf-8"))
    meta.update(meta_changes or {})
    meta["checksums"] = file_checksums(generation)
    (generation / "meta.json").write_text(json.dumps(meta), encoding="utf-8")


def _merged(index: Index) -> str:
    rows = index.quote_rows.values()
    return json.dumps(merge_names((row.article_id, row.speakers) for row in rows).to_json())


def test_a_build_stores_the_directory_merged_from_its_quote_index(tmp_path: Path) -> None:
    index = index_of(tmp_path, ARTICLES)
    stored = speakers_of(_stored(tmp_path / "index"))
    assert json.dumps(stored.to_json()) == _merged(index)
    assert index.meta["merging_version"] == MERGING_VERSION
    assert stored.counts["Dana Whitlow"] == 2


def test_the_directory_is_read_from_the_index_not_merged_again(tmp_path: Path) -> None:
    index_of(tmp_path, ARTICLES)
    generation = _generation(tmp_path / "index")
    data = json.loads((generation / SPEAKERS_FILE).read_text(encoding="utf-8"))
    data["counts"]["Dana Whitlow"] = 99  # what merging never gives: seen only if read
    (generation / SPEAKERS_FILE).write_text(json.dumps(data), encoding="utf-8")
    _rewrite(generation)
    assert load_index(tmp_path / "index").speakers.count("Dana Whitlow") == 99


@pytest.mark.parametrize(
    "older",
    [
        pytest.param({"merging_version": None}, id="no-file"),
        pytest.param({"merging_version": MERGING_VERSION + 1}, id="other-merging-rules"),
        pytest.param({"attribution_version": "1.1"}, id="other-quote-rules"),
    ],
)
def test_an_index_without_a_directory_of_this_version_merges_it_when_asked(
    tmp_path: Path, older: dict[str, object]
) -> None:
    index_of(tmp_path, ARTICLES)
    generation = _generation(tmp_path / "index")
    path = generation / SPEAKERS_FILE
    if "merging_version" in older and older["merging_version"] is None:  # before the file
        path.unlink()
    else:  # a count merging never gives: seen only if the file were read
        path.write_text(path.read_text(encoding="utf-8").replace(":2,", ":99,"), encoding="utf-8")
    _rewrite(generation, older)
    index = load_index(tmp_path / "index")
    assert index.speakers.count("Dana Whitlow") == 2
    result = answer(index, "what did Whitlow say about the vote?")
    assert result.speaker == "Dana Whitlow"
    assert any("outnumbered" in hit.quote.text for hit in result.quotes)


@pytest.mark.parametrize(
    ("garble", "error"),
    [
        pytest.param(lambda text: text[: len(text) // 2], IndexFormatError, id="cut"),
        pytest.param(
            lambda text: text.replace('"counts"', '"tallies"'), IndexFormatError, id="key"
        ),
        pytest.param(
            lambda text: text.replace(f'"version":{MERGING_VERSION}', '"version":0'),
            IndexFormatError,
            id="version-inside",
        ),
        pytest.param(lambda text: "[]", IndexFormatError, id="shape"),
    ],
)
def test_a_garbled_directory_written_as_such_is_one_clear_error(
    tmp_path: Path, garble: object, error: type[Exception]
) -> None:
    index_of(tmp_path, ARTICLES)
    generation = _generation(tmp_path / "index")
    path = generation / SPEAKERS_FILE
    path.write_text(garble(path.read_text(encoding="utf-8")), encoding="utf-8")  # type: ignore[operator]
    _rewrite(generation)  # its checksum matches: the reading itself must refuse it
    index = load_index(tmp_path / "index")
    with pytest.raises(
        error, match=r"damaged \(speakers\.json: .*\)\. Run `qabot index --rebuild`"
    ):
        answer(index, "what did Whitlow say about the vote?")


def test_a_directory_changed_after_it_was_written_is_damage_the_next_update_repairs(
    tmp_path: Path,
) -> None:
    index_of(tmp_path, ARTICLES)
    path = _generation(tmp_path / "index") / SPEAKERS_FILE
    stored = path.read_bytes()
    path.unlink()
    path.write_bytes(stored.replace(b"Dana Whitlow", b"Dana Whitlaw"))  # same size
    with pytest.raises(IndexDamagedError, match=r"speakers\.json differs from what was written"):
        load_index(tmp_path / "index")
    report = update_index(tmp_path / "articles", tmp_path / "index")
    assert "damaged" in report.warnings[0]
    assert _stored(tmp_path / "index") == stored


def _rebuilt(folder: Path, articles: dict[str, str]) -> bytes:
    write_articles(folder / "articles", articles)
    update_index(folder / "articles", folder / "index")
    return _stored(folder / "index")


def _parts(index_dir: Path) -> dict[str, object]:
    """Return the stored parts, article id -> part (an update writes its new rows last)."""
    lines = (_generation(index_dir) / PARTS_FILE).read_text(encoding="utf-8").splitlines()
    return {row["article_id"]: row["part"] for row in map(json.loads, lines)}


def _asked(index_dir: Path) -> bytes:
    """Return the directory a process works out from the stored parts, as a build stores it."""
    generation = _generation(index_dir)
    parts = parts_of((generation / PARTS_FILE).read_bytes())
    merged = merged_in_file_order(parts, read_manifest(generation))
    return (
        json.dumps(merged.to_json(), ensure_ascii=False, separators=(",", ":")) + "\n"
    ).encode()


def _updated(articles_dir: Path, index_dir: Path) -> bytes:
    """Update, then run `qabot index` again: an update that reads articles writes no
    directory (merging every article's part would make it cost the whole archive) but the
    parts, which a process merges into the directory a build stores; the next run that reads
    none writes the directory its generation lacks."""
    first = update_index(articles_dir, index_dir)
    if not (_generation(index_dir) / SPEAKERS_FILE).exists():
        assert first.updated
        asked = _asked(index_dir)
        assert load_index(index_dir).speakers.count("Nobody Known") == 0  # merged when asked
        report = update_index(articles_dir, index_dir)
        assert not report.updated and report.wrote_speakers and not report.warnings
        assert _stored(index_dir) == asked
    return _stored(index_dir)


def test_an_update_stores_the_directory_a_build_of_its_files_stores(tmp_path: Path) -> None:
    # the rows an update keeps come first in its quote index, the new ones last: the
    # directory is merged in the files' order, as a build reads them
    articles = dict(ARTICLES)
    index_of(tmp_path / "live", articles)
    live = tmp_path / "live" / "index"
    steps = [
        ("a-budget.txt", None),
        ("a-budget.txt", ARTICLES["a-budget.txt"]),
        ("c-rugby.txt", ARTICLES["c-rugby.txt"].replace("Lena", "Mia")),
        ("0-new.txt", 'Harbour news\n\n"Back to work," said Whitlow.\n'),
    ]
    for step, (name, text) in enumerate(steps):
        if text is None:
            (tmp_path / "live" / "articles" / name).unlink()
            del articles[name]
        else:
            articles[name] = text
            write_articles(tmp_path / "live" / "articles", {name: text})
        update_index(tmp_path / "live" / "articles", live)  # reads an article: no directory
        assert not (_generation(live) / SPEAKERS_FILE).exists(), name
        stored = _updated(tmp_path / "live" / "articles", live)
        assert stored == _rebuilt(tmp_path / f"built{step}", articles), name
        assert _parts(live) == _parts(tmp_path / f"built{step}" / "index"), name
    index = load_index(live)
    assert index.speakers.count("Dana Whitlow") == 3


_PEOPLE = ["Dana Whitlow", "Omar Kessel", "Lena Okafor", "Mia Okafor", "Tom Kessel"]
_ROLES = ["finance minister", "coach", "union leader", "spokeswoman"]


@st.composite
def _article(draw: st.DrawFn) -> str:
    """An invented article quoting one to three people, by full name, role or surname."""
    lines = [draw(st.sampled_from(["Harbour news", "Ferry strike", "Budget vote"]))]
    for _ in range(draw(st.integers(1, 3))):
        person = draw(st.sampled_from(_PEOPLE))
        role = draw(st.sampled_from(_ROLES))
        said = draw(st.sampled_from([person, f"{role} {person}", person.split()[-1]]))
        words = draw(st.sampled_from(["We will see", "The vote is lost", "Crossings resume"]))
        lines.append(f'"{words}," said {said}.')
    return "\n\n".join(lines) + "\n"


# a third of the profile's count (8 a run): each example builds an index and updates it up to
# four times, ~0.3 s an example
@settings(
    max_examples=share(1 / 3),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    first=st.dictionaries(st.sampled_from("abcde"), _article(), min_size=1, max_size=4),
    steps=st.lists(
        st.tuples(st.sampled_from("abcdef"), st.none() | _article()), min_size=1, max_size=4
    ),
)
def test_any_updates_in_any_order_give_the_directory_a_build_stores(
    tmp_path_factory: pytest.TempPathFactory,
    first: dict[str, str],
    steps: list[tuple[str, str | None]],
) -> None:
    # articles added, changed and removed an update at a time, in any order: the parts kept
    # and worked out merge into the directory a build of the last files stores
    folder = tmp_path_factory.mktemp("update")
    articles = {f"{name}.txt": text for name, text in first.items()}
    index_of(folder / "live", articles)
    for name, text in steps:
        if text is None:
            (folder / "live" / "articles" / f"{name}.txt").unlink(missing_ok=True)
            articles.pop(f"{name}.txt", None)
        else:
            articles[f"{name}.txt"] = text
            write_articles(folder / "live" / "articles", {f"{name}.txt": text})
        if not articles:
            return  # no index of nothing
        update_index(folder / "live" / "articles", folder / "live" / "index")
    assert _asked(folder / "live" / "index") == _rebuilt(folder / "built", articles)
    assert _parts(folder / "live" / "index") == _parts(folder / "built" / "index")
    assert _updated(folder / "live" / "articles", folder / "live" / "index") == _stored(
        folder / "built" / "index"
    )


_NEW = 'Harbour news\n\n"Back to work," said Lena Okafor.\n'


def test_an_update_copies_the_parts_it_keeps_which_are_merged_when_asked(
    tmp_path: Path,
) -> None:
    index_of(tmp_path, ARTICLES)
    generation = _generation(tmp_path / "index")
    path = generation / PARTS_FILE
    # what naming an article never gives: seen only if the stored part is merged
    path.write_text(
        path.read_text(encoding="utf-8").replace('"Omar Kessel"', '"Omar Kestrel"'),
        encoding="utf-8",
    )
    _rewrite(generation)
    write_articles(tmp_path / "articles", {"d-new.txt": _NEW})
    update_index(tmp_path / "articles", tmp_path / "index")
    speakers = load_index(tmp_path / "index").speakers
    assert speakers.count("Omar Kestrel") == 1 and speakers.count("Lena Okafor") == 3


def test_an_update_of_an_index_without_parts_stores_every_article_s(tmp_path: Path) -> None:
    articles = dict(ARTICLES)
    index_of(tmp_path / "live", articles)
    generation = _generation(tmp_path / "live" / "index")
    (generation / PARTS_FILE).unlink()  # as the last session's qabot wrote it
    _rewrite(generation)
    articles["d-new.txt"] = _NEW
    write_articles(tmp_path / "live" / "articles", {"d-new.txt": _NEW})
    stored = _updated(tmp_path / "live" / "articles", tmp_path / "live" / "index")
    assert stored == _rebuilt(tmp_path / "built", articles)
    assert _parts(tmp_path / "live" / "index") == _parts(tmp_path / "built" / "index")


@pytest.mark.parametrize(
    "garble",
    [
        pytest.param(lambda text: text[: len(text) // 2], id="cut"),
        pytest.param(lambda text: text.replace('"part"', '"parts"'), id="key"),
        pytest.param(lambda text: text.replace("[], 1, {", '[], "1", {'), id="count"),
    ],
)
def test_stored_parts_of_the_wrong_shape_are_one_clear_error(
    tmp_path: Path, garble: object
) -> None:
    index_of(tmp_path, ARTICLES)
    write_articles(tmp_path / "articles", {"d-new.txt": _NEW})
    update_index(tmp_path / "articles", tmp_path / "index")  # no directory: parts merged
    generation = _generation(tmp_path / "index")
    path = generation / PARTS_FILE
    text = path.read_text(encoding="utf-8")
    garbled = garble(text)  # type: ignore[operator]
    assert garbled != text
    path.write_text(garbled, encoding="utf-8")
    _rewrite(generation)  # its checksum matches: the reading itself must refuse it
    index = load_index(tmp_path / "index")
    with pytest.raises(
        IndexFormatError, match=r"damaged \(speaker_parts\.jsonl: .*\)\. Run `qabot index"
    ):
        answer(index, "what did Whitlow say about the vote?")


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)
_VALID = {
    "version": MERGING_VERSION,
    "canonical": {"Whitlow": "Dana Whitlow"},
    "counts": {"Dana Whitlow": 2},
    "articles": {"Dana Whitlow": ["a1", "b2"]},
    "roles": {"Dana Whitlow": {"minister": 2}},
    "local": [["a1", "Whitlow", "Dana Whitlow"]],
    "aliases": {"Dana Whitlow": ["Whitlow"]},
}


@given(key=st.sampled_from(sorted(_VALID)), value=_JSON)
def test_a_stored_directory_of_any_shape_is_read_whole_or_refused(key: str, value: object) -> None:
    data = json.dumps({**_VALID, key: value}).encode()
    try:
        merged = speakers_of(data)
    except ValueError:
        return
    # what is read is a directory of the right shape, whatever the file held
    assert speakers_of(json.dumps(merged.to_json()).encode()) == merged
    assert all(type(n) is int for n in merged.counts.values())


@given(st.binary(max_size=200))
def test_any_bytes_are_a_directory_or_a_value_error(data: bytes) -> None:
    with contextlib.suppress(ValueError):
        speakers_of(data)


def test_the_next_update_writes_the_directory_an_older_index_lacks(tmp_path: Path) -> None:
    index_of(tmp_path, ARTICLES)
    index_dir = tmp_path / "index"
    stored = _stored(index_dir)
    generation = _generation(index_dir)
    (generation / SPEAKERS_FILE).unlink()  # as qabot wrote it before the file
    _rewrite(generation, {"merging_version": None})
    report = update_index(tmp_path / "articles", index_dir)  # no article changed
    assert report.generation != generation.name and not report.updated
    assert report.wrote_speakers and not report.warnings
    assert _stored(index_dir) == stored
    again = update_index(tmp_path / "articles", index_dir)
    assert again.generation == report.generation and not again.warnings
    assert not again.wrote_speakers  # up to date
