"""'Who said others would follow on patents?' of a story headlined "Acme frees its patents": a
quote saying the headline's word is about the story, as each of its quotes is; the one saying
the rest of the question is the one asked about."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.records import Quote
from qabot.search import answer
from qabot.search.article_titles import headline_terms
from qabot.search.quote_surroundings import HEADLINE_SHARE, other_speakers
from tests.support.indexes import index_of

ARTICLES = {
    "acme.txt": "Acme frees its patents\n\n"
    "Acme has given away 500 of its patents to open source developers. "
    '"Our patents are a gift to every developer who builds on them," said Ann Kelly of Acme. '
    '"I think other companies will follow suit soon," said Sam Cohen, who runs a trade group.\n',
    "market.txt": "Market reopens\n\nThe fish market reopened after the floods.\n",
    "choir.txt": "Choir sings\n\nThe choir sang the loudest hymn of the evening.\n",
    "farm.txt": "Farm sold\n\nThe old farm was sold at auction for a record sum.\n",
}


@pytest.fixture(scope="module")
def patents_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("headlines"), ARTICLES)


def test_a_headline_word_said_tells_the_speaker_apart_less(patents_index: Index) -> None:
    result = answer(patents_index, "who said others would follow on patents")
    assert [hit.speaker for hit in result.quotes][:1] == ["Sam Cohen"]


def test_a_title_holding_a_term_counts_as_part_of_another_speaker(patents_index: Index) -> None:
    acme = next(a for a, info in patents_index.articles.items() if info.title.startswith("Acme"))
    assert "patent" in headline_terms(patents_index.articles.title)(acme)
    assert headline_terms(patents_index.articles.title)("no such article") == ()
    quotes = [
        Quote(acme, "Ann Kelly", "Our patents", "direct", "said", 0, 11, ""),
        Quote(acme, "Sam Cohen", "We follow", "direct", "said", 20, 29, ""),
        Quote("other", "Bo Lin", "Patents again", "direct", "said", 0, 13, ""),
    ]
    documents = [{"patent"}, {"follow"}, {"patent"}]
    people = ["Ann Kelly", "Sam Cohen", "Bo Lin"]
    terms = {"patent", "follow"}
    plain = other_speakers(quotes, documents, terms, people)
    titled = other_speakers(
        quotes, documents, terms, people, headline_terms(patents_index.articles.title)
    )
    assert plain(0, "patent") == 0 and titled(0, "patent") == HEADLINE_SHARE
    assert titled(1, "follow") == 0  # not in the title
    assert titled(2, "patent") == 0  # another story, untitled here
