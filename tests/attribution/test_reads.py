""" "X reads: ..." quotes someone only when X is someone: a document's text (a sign, a subject
line, a statement) is nobody's own words; each on a short invented text."""

from __future__ import annotations

import pytest

from qabot.attribution import extract_quotes
from tests.attribution.test_quotes import make_article


@pytest.mark.parametrize(
    "sentence",
    [
        'The e-mail\'s subject line reads "Urgent Flood Relief Appeal" and asks for money.',
        'The sign on the gate reads: "No entry after dark."',
        'A statement read: "We have looked into the matter and found nothing wrong."',
    ],
)
def test_a_documents_text_is_nobodys_words(sentence: str) -> None:
    assert extract_quotes(make_article(sentence)) == []


def test_a_person_reading_is_quoted() -> None:
    quotes = extract_quotes(
        make_article('Mayor Ida Brandt read: "We will rebuild the bridge by spring."')
    )
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Ida Brandt", "We will rebuild the bridge by spring.")
    ]
