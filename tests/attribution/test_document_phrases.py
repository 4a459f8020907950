"""Document phrases as speakers: an owned document is its owner's, an unowned one no one's
(invented texts)."""

from __future__ import annotations

import pytest

from qabot.attribution import extract_quotes
from qabot.attribution.document_phrases import possessed_document, unowned_thing
from qabot.records import Article, ArticleInfo


def attributed(*paragraphs: str) -> list[tuple[str, str]]:
    """Return (speaker, text) of every quote extracted from `paragraphs`."""
    article = Article(ArticleInfo(id="a1", path="a1.txt", title="Test"), "\n\n".join(paragraphs))
    return [(q.speaker, q.text) for q in extract_quotes(article)]


def test_a_pronouns_source_document_is_its_owners() -> None:
    quotes = attributed(
        "Dana Whitlock sued the clinic in March.",
        "Her lawsuit, filed in the county court, said the clinic had lost her records.",
        "Her blog says that the clinic never replied.",
    )
    assert quotes == [
        ("Dana Whitlock", "the clinic had lost her records"),
        ("Dana Whitlock", "the clinic never replied"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Recent evidence has suggested that the market is slowing.",
        "Crude oil also rose in trading, adding $1.80 to $45.10 at the close.",
    ],
)
def test_a_thing_no_one_owns_is_no_ones(sentence: str) -> None:
    quotes = attributed("Kellan Marsh opened the meeting.", sentence)
    assert quotes == []


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("their November report", True),
        ("its latest accounts", True),
        ("her blog", True),
        ("His comments come in a documentary", False),  # a verb inside: no noun phrase
        ("His proposals were a new plan", False),
        ("the report", False),  # no owner's pronoun
    ],
)
def test_possessed_document_reads_a_plain_noun_phrase(words: str, expected: bool) -> None:
    assert possessed_document(words.split()) is expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Research", False),  # a document alone stays a source
        ("New figures", False),
        ("Recent evidence", True),
        ("Acme figures", False),  # a name inside: "Acme"
        ("Marca's headline", False),  # an owner: the paper
        ("Gazprom", False),  # one capitalised word, no document: maybe a name
        ("Analysts", False),  # people speak
        ("The report", False),  # a determiner: the document the story named
    ],
)
def test_unowned_thing_needs_a_bare_phrase_opening_the_sentence(
    subject: str, expected: bool
) -> None:
    text = f"Shops buy from Acme. {subject} said that they would fall."
    assert unowned_thing(text, subject.split(), text.index(subject)) is expected
    assert not unowned_thing(f"As {subject} said.", subject.split(), 3)  # mid-sentence
