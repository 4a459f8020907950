"""Matching new articles against subscriptions: relevant passages, a speaker's new quotes."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.alerts import Subscription, find_alerts
from qabot.indexing import Index, load_index, update_index

NEW = {
    "ferry.txt": (
        "Ferry crews join the harbour strike\n\nFerry crews in Port Elms joined the harbour "
        "pilots' strike on Wednesday, halting crossings to the islands.\n\n"
        '"The strike will go on until the night shifts are safe," union leader Maria Keller '
        "said.\n\nThe island council asked for talks before the weekend.\n"
    ),
    "bakery.txt": (
        "Bakery wins the regional bread prize\n\nA small bakery on Mill Street won the "
        "regional bread prize for its rye loaf.\n\nThe owner said the recipe came from "
        "her grandmother.\n"
    ),
}


def _sub(n: int, kind: str, query: str, chat: int = 1) -> Subscription:
    return Subscription(id=n, chat_id=chat, user_id=chat, kind=kind, query=query)  # type: ignore[arg-type]


@pytest.fixture
def grown(articles_dir: Path, tmp_path: Path) -> tuple[Index, list[str]]:
    """Return an index that gained the NEW articles, and their ids."""
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir, engine="rank-bm25")
    before = set(load_index(index_dir).articles)
    for name, text in NEW.items():
        (articles_dir / name).write_text(text, encoding="utf-8")
    update_index(articles_dir, index_dir, engine="rank-bm25")
    index = load_index(index_dir)
    return index, [a for a in index.articles if a not in before]


def test_words_match_a_new_passage_that_holds_them(
    grown: tuple[Index, list[str]], articles_dir: Path
) -> None:
    index, new = grown
    alerts = find_alerts(index, articles_dir, new, [_sub(1, "words", "harbour strike")])
    assert len(alerts) == 1
    hit = alerts[0].passage
    assert hit is not None and alerts[0].article.title == "Ferry crews join the harbour strike"
    assert "harbour" in hit.highlight


def test_words_a_new_article_lacks_give_nothing(
    grown: tuple[Index, list[str]], articles_dir: Path
) -> None:
    index, new = grown
    subs = [_sub(1, "words", "frost orchards"), _sub(2, "words", "harbour tanker regatta")]
    assert find_alerts(index, articles_dir, new, subs) == []


def test_a_speakers_new_quote_is_an_alert(
    grown: tuple[Index, list[str]], articles_dir: Path
) -> None:
    index, new = grown
    alerts = find_alerts(
        index, articles_dir, new, [_sub(1, "speaker", "Keller"), _sub(2, "speaker", "Briggs")]
    )
    assert [(a.subscription.id, a.quotes[0].speaker) for a in alerts] == [(1, "Maria Keller")]
    assert "night shifts are safe" in alerts[0].quotes[0].quote.text


def test_one_alert_per_chat_and_article(
    grown: tuple[Index, list[str]], articles_dir: Path
) -> None:
    index, new = grown
    subs = [
        _sub(1, "words", "ferry crews"),
        _sub(2, "speaker", "Maria Keller"),
        _sub(3, "words", "strike", chat=2),
    ]
    alerts = find_alerts(index, articles_dir, new, subs)
    assert sorted((a.subscription.chat_id, a.subscription.id) for a in alerts) == [(1, 1), (2, 3)]


def test_old_articles_are_never_matched(
    grown: tuple[Index, list[str]], articles_dir: Path
) -> None:
    index, _ = grown
    assert find_alerts(index, articles_dir, [], [_sub(1, "words", "harbour")]) == []
