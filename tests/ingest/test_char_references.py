"""Numeric character references written out in a text article are read as their characters."""

from __future__ import annotations

from qabot.ingest.files import parse_text_article
from qabot.text import decode_numeric_references


def test_decimal_and_hex_references_to_letters_and_signs_are_decoded() -> None:
    assert decode_numeric_references("a communiqu&#233; on &#xA3;5m") == "a communiqué on £5m"
    assert decode_numeric_references("&#X00E9;t&#233;") == "été"


def test_references_to_controls_and_non_characters_stay_as_written() -> None:
    for kept in ("&#0;", "&#9;", "&#10;", "&#x1B;", "&#127;", "&#x81;", "&#157;", "&#x202E;"):
        assert decode_numeric_references(f"a{kept}b") == f"a{kept}b"
    for kept in ("&#xD800;", "&#x110000;", "&#99999999;", "&#xE000;", "&#x2028;"):
        assert decode_numeric_references(kept) == kept


def test_references_to_128_to_159_are_the_windows_1252_marks_as_in_a_browser() -> None:
    assert decode_numeric_references("it&#146;s &#147;new&#148; &#150; &#x80;5&#x85;") == (
        "it’s “new” – €5…"
    )


def test_malformed_and_named_references_stay_as_written() -> None:
    for kept in ("&#233", "&# 233;", "&#xZZ;", "&#;", "&eacute;", "AT&T's &#"):
        assert decode_numeric_references(kept) == kept


def test_a_text_article_reads_its_references_in_title_and_body() -> None:
    article = parse_text_article(
        "Caf&#233; owners meet\n\nThe owners of the harbour caf&#233; met and issued a "
        "communiqu&#233; about the &#163;2 rise in rents.\n",
        "cafe.txt",
    )
    assert article is not None
    assert article.info.title == "Café owners meet"
    assert "issued a communiqué about the £2 rise" in article.text
    assert "&#" not in article.text
