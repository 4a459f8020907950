"""Bot helpers that need no Telegram server: uploads, stored searches, access, flood control."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from qabot.bot.access import is_allowed, question_from
from qabot.bot.admin import (
    add_article,
    folder_signature,
    index_age,
    report_text,
    safe_file_name,
)
from qabot.bot.limits import TokenBucket
from qabot.bot.searches import SearchStore
from qabot.config import Config, TelegramConfig
from qabot.indexing import IndexHolder, ensure_index, update_index
from qabot.search import Filters


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd.txt", "passwd.txt"),
        ("..\\..\\boot.ini.md", "boot.ini.md"),
        ("a b<c>.TXT", "a_b_c.txt"),
        ("\x1b[31mred\x07.txt", "red.txt"),  # an escape goes whole: it was "31mred.txt"
        ("..", "article"),
        (".hidden.json", "hidden.json"),
        ("Ünïcode news.html", "Ünïcode_news.html"),
    ],
)
def test_uploaded_file_names_cannot_leave_the_articles_folder(name: str, expected: str) -> None:
    assert safe_file_name(name) == expected


@pytest.fixture
def setup(articles_dir: Path, tmp_path: Path) -> tuple[Config, IndexHolder]:
    config = Config(articles_dir=articles_dir, index_dir=tmp_path / "index", engine="rank-bm25")
    index = ensure_index(config.articles_dir, config.index_dir, engine=config.engine).index
    return config, IndexHolder(config.index_dir, index)


def test_uploaded_article_is_saved_and_indexed(setup: tuple[Config, IndexHolder]) -> None:
    config, holder = setup
    data = b"Owl census\n\nVolunteers counted barn owls in the old mill on Sunday.\n"
    reply = add_article(config, holder, "owls.txt", data)
    assert reply.startswith("Added owls.txt: “Owl census”. The index now holds 4 articles")
    assert (config.articles_dir / "owls.txt").read_bytes() == data
    assert "Owl census" in {info.title for info in holder.get().articles.values()}
    assert add_article(config, holder, "owls.txt", data) == (
        "I already have owls.txt; nothing changed."
    )


def test_unreadable_upload_is_refused_and_not_saved(setup: tuple[Config, IndexHolder]) -> None:
    config, holder = setup
    reply = add_article(config, holder, "junk.txt", b"\x00\x01\x02\xff" * 100)
    assert reply.startswith("Nothing was added: ")
    assert not (config.articles_dir / "junk.txt").exists()


def test_folder_signature_changes_when_a_file_changes(articles_dir: Path) -> None:
    before = folder_signature(articles_dir)
    (articles_dir / "harbour.txt").write_text("Changed\n\nNew words entirely here.\n")
    assert folder_signature(articles_dir) != before


def test_stored_searches_survive_a_new_store_and_expire_when_old(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("qabot.bot.searches.SEARCHES_KEPT", 20)  # keep the test quick
    path = tmp_path / "searches.json"
    key = SearchStore(path).put("What did she say about the long question?", "Maria Keller")
    assert SearchStore(path).get(key) == {
        "question": "What did she say about the long question?",
        "speaker": "Maria Keller",
        "filters": None,
    }
    for n in range(20):
        SearchStore(path).put(f"question {n}", None)
    assert SearchStore(path).get(key) is None
    assert SearchStore(tmp_path / "missing.json").get(key) is None


@pytest.mark.parametrize(
    "entry",
    [
        {"question": "", "speaker": None},
        {"question": "x" * 5000, "speaker": None},
        {"question": 3, "speaker": None},
        {"question": "frost", "speaker": ["a"]},
        {"question": "frost", "speaker": "x" * 500},
        {"question": "frost", "speaker": None, "filters": {"since": "2023-13-40"}},
        {"question": "frost", "speaker": None, "filters": None},
        "frost",
    ],
)
def test_a_stored_search_out_of_bounds_has_expired(tmp_path: Path, entry: object) -> None:
    path = tmp_path / "searches.json"
    path.write_text(json.dumps({"0123456789abcdef": entry}), encoding="utf-8")
    assert SearchStore(path).get("0123456789abcdef") is None


def test_a_stored_search_keeps_the_filters_a_follow_up_added(tmp_path: Path) -> None:
    filters = Filters(since=date(2005, 1, 1), until=date(2005, 12, 31), sources=("BBC News",))
    key = SearchStore(tmp_path / "searches.json").put("ferry timetable", None, filters)
    stored = SearchStore(tmp_path / "searches.json").get(key)
    assert stored == {"question": "ferry timetable", "speaker": None, "filters": filters}
    assert key != SearchStore(tmp_path / "searches.json").put("ferry timetable", None)


def test_index_age_reads_like_a_person_would_say_it() -> None:
    now = datetime(2026, 1, 2, 12, 0, tzinfo=UTC)
    assert index_age("2026-01-02T11:55:00Z", now).startswith("5 min ago")
    assert index_age("2025-12-30T12:00:00Z", now).startswith("3 days ago")
    assert index_age("", now) == "at an unknown time"


def test_token_bucket_allows_the_rate_then_refuses() -> None:
    bucket = TokenBucket(3)
    assert [bucket.take() for _ in range(4)] == [True, True, True, False]


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("/ask@QABot_test_bot What did Keller say?", "What did Keller say?"),
        ("@qabot_test_bot, frost damage", "frost damage"),
        ("/ask", ""),
        ("what about @someone_else", "what about @someone_else"),
    ],
)
def test_question_drops_the_command_and_our_name(text: str, question: str) -> None:
    assert question_from(text, "qabot_test_bot") == question


@pytest.mark.parametrize(
    ("user_id", "chat_id", "group", "allowed"),
    [
        (1, 1, False, True),
        (2, 2, False, True),
        (3, -9, True, True),
        (4, 4, False, False),
        (4, -9, True, True),
        (1, -8, True, False),  # an allowed user in a group off the chat list
        (2, -8, True, False),  # an admin too
    ],
)
def test_access_lists_admit_users_admins_and_chats(
    user_id: int, chat_id: int, group: bool, allowed: bool
) -> None:
    telegram = TelegramConfig(allowed_user_ids=(1,), admin_user_ids=(2,), allowed_chat_ids=(-9,))
    config = Config(telegram=telegram)
    assert is_allowed(config, user_id, chat_id, group) is allowed
    assert is_allowed(Config(), user_id, chat_id, group) is True
    users_only = Config(telegram=TelegramConfig(allowed_user_ids=(1,), admin_user_ids=(2,)))
    assert is_allowed(users_only, user_id, chat_id, group) is (user_id in (1, 2))


def test_reindex_report_calls_a_repair_note_a_warning_not_a_skipped_file(tmp_path: Path) -> None:
    # /reindex after damage listed "the index ... was damaged ...; rebuilt it" under "Skipped:"
    articles, index = tmp_path / "articles", tmp_path / "index"
    articles.mkdir()
    (articles / "kites.txt").write_text(
        "Kite festival\n\nHundreds of kites filled the sky above the dunes.\n", encoding="utf-8"
    )
    update_index(articles, index)
    generation = index / (index / "CURRENT").read_text(encoding="utf-8").strip()
    (generation / "articles.jsonl").write_text("", encoding="utf-8")
    (articles / "noise.txt").write_bytes(b"\x00\x01\x02\x03")
    text = report_text(update_index(articles, index))
    assert "Skipped:" not in text
    assert "\nWarnings:\n- the index gen-000001 was damaged" in text
    assert "\n- skipped noise.txt: binary file" in text


def test_reindex_of_one_article_counts_it_in_the_singular(tmp_path: Path) -> None:
    articles, index = tmp_path / "articles", tmp_path / "index"
    articles.mkdir()
    (articles / "kites.txt").write_text(
        "Kite festival\n\nHundreds of kites filled the sky above the dunes.\n", encoding="utf-8"
    )
    text = report_text(update_index(articles, index))
    assert text.endswith("It holds 1 article, 1 passage and 0 quotes.")
