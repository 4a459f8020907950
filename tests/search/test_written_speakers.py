"""A "who said ...?" answer names its speaker as the quote's own story writes them: a body's
spokesperson by the article's phrase, a person by the story's full form of the name. Through
answer() on short invented articles, and `written_speaker` on quotes made by hand."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.records import ArticleInfo, Quote
from qabot.search import answer
from qabot.search.quote_groups import QuoteHit
from qabot.search.written_speakers import written_speaker
from tests.support.indexes import index_of

ARTICLES = {
    "bins.txt": "Bin rounds late\n\nBin rounds in Velm were late all week after the depot "
    'flooded. A spokesman for Velm Council said: "The bins will be emptied on Friday."\n',
    "ferry.txt": "Ferry fares\n\nThe Skarn ferry raised its fares in March.\n",
    "rain.txt": "Rain ahead\n\nForecasters expect rain across the valley on Sunday.\n",
}
STORY = ArticleInfo(id="a1", path="a1.txt", title="A story")


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("written_speakers"), ARTICLES)


def test_a_body_s_spokesman_is_named_by_the_article_s_phrase(index: Index) -> None:
    result = answer(index, "who said the bins would be emptied on friday?")
    assert result.lead == "A spokesman for Velm Council said it:"
    assert result.quotes[0].speaker == "A spokesman for Velm Council"


def hit(speaker: str, written: str, sentence: str, article: str = "a1") -> QuoteHit:
    quote = Quote(article, written, "We will win.", "direct", "said", 0, 12, sentence)
    return QuoteHit(quote=quote, speaker=speaker, article=STORY)


def test_a_person_is_named_by_the_story_s_own_full_form() -> None:
    [named] = written_speaker([hit("Christopher Dale", "Chris Dale", "Chris Dale said so.")])
    assert named.speaker == "Chris Dale"


def test_a_lone_surname_takes_the_given_name_its_sentence_writes() -> None:
    sentence = 'Antonia "Toni" Quell, head of the label, said: "We will win."'
    [named] = written_speaker([hit("Quell", "Quell", sentence)])
    assert named.speaker == 'Antonia "Toni" Quell'


def test_a_shorter_or_role_only_form_keeps_the_canonical_name() -> None:
    # the story's "Manuel Varo" is no fuller than "Jose Manuel Varo"; "Label boss Quell" has
    # no first name before the surname
    shorter = hit("Jose Manuel Varo", "Manuel Varo", "Manuel Varo said so.")
    boss = hit("Quell", "Quell", 'Label boss Quell said: "We will win."')
    assert [h.speaker for h in written_speaker([shorter])] == ["Jose Manuel Varo"]
    assert [h.speaker for h in written_speaker([boss])] == ["Quell"]


def test_a_spokesman_s_phrase_names_only_the_words_of_that_story() -> None:
    said = 'A spokeswoman for Orrin Rail said: "We will win."'
    hits = [hit("Orrin Rail", "Orrin Rail", said), hit("Orrin Rail", "Orrin Rail", "", "a2")]
    assert [h.speaker for h in written_speaker(hits)] == [
        "A spokeswoman for Orrin Rail",
        "Orrin Rail",
    ]


def test_a_lone_surname_s_given_name_names_only_the_words_of_that_story() -> None:
    # the directory keeps "Quell" alone where namesakes share it: another story's Quell may be
    # another person
    sentence = 'Antonia "Toni" Quell, head of the label, said: "We will win."'
    hits = [hit("Quell", "Quell", sentence), hit("Quell", "Quell", "Quell said so.", "a2")]
    assert [h.speaker for h in written_speaker(hits)] == ['Antonia "Toni" Quell', "Quell"]


@pytest.mark.parametrize(
    "sentence",
    [
        'Mrs Quell, whose husband Peter Quell leads the party, said: "We will win."',
        '"We will win," she said beside her husband Peter Quell.',
    ],
)
def test_a_lone_surname_takes_no_given_name_of_the_other_gender(sentence: str) -> None:
    [named] = written_speaker([hit("Quell", "Quell", sentence)])
    assert named.speaker == "Quell"


def test_a_lone_surname_takes_a_given_name_of_its_own_gender() -> None:
    sentence = 'Mrs Quell, whose husband Peter works abroad, thanked Anna Quell: "We will win."'
    [named] = written_speaker([hit("Quell", "Quell", sentence)])
    assert named.speaker == "Anna Quell"
