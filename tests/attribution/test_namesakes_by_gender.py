"""Two people of one article sharing a surname: a wife's words reached through "she" are
never given her husband's full name, by the summary or by name merging, nor answered as his;
a father and a son named in full stay apart (invented texts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.attribution import extract_quotes, summarize
from qabot.attribution.speaker_genders import cue_gender
from qabot.indexing import Index
from qabot.records import Quote
from qabot.search import answer
from tests.attribution.test_quotes import make_article
from tests.support.directories import directory_of
from tests.support.indexes import index_of

COUPLE = (
    "Hale's wife joins campaign\n\n"
    "Peter Hale's wife, Ann, is to take a leading role in the party's campaign. Mrs Hale will"
    " visit marginal seats on her own. Mr Hale will hold a news conference every morning, his"
    " agent said. Mrs Hale has also appeared beside her husband on chat shows. During one"
    " interview she said she often teased her husband about his shyness."
)
HUSBAND = (
    "Peter Hale opens campaign\n\n"
    'Opposition leader Peter Hale said: "We will cut taxes for every family."'
)
FATHER_AND_SON = (
    "Reeds win again\n\n"
    "Trainer Tom Reed and his son Jack Reed, a jockey, won the big race. Jack Reed said the"
    ' horse had run well. "He is the best horse I have ridden," Reed said. Tom Reed said the'
    " yard would rest the horse."
)
ARTICLES = {"couple": COUPLE, "husband": HUSBAND, "father": FATHER_AND_SON}


def _texts(quotes: list[Quote]) -> set[str]:
    return {quote.text for quote in quotes}


def test_a_wifes_words_keep_no_fuller_name_of_her_husband() -> None:
    summary = summarize(extract_quotes(make_article(COUPLE)), COUPLE)
    quoted = [s for s in summary if s.endswith("Hale")]
    assert quoted == ["Hale"]
    assert summary["Hale"].names == []
    assert summary["Hale"].gender == "f"


@pytest.mark.parametrize(("words", "gender"), [("We will fight", "m"), ("No, we will not.", "f")])
def test_each_quote_reads_the_gender_at_its_own_cue(words: str, gender: str) -> None:
    text = (
        "Hales split\n\nMr Hale and Mrs Hale disagree about the war. \u201cWe will fight,"
        "\u201d he said, and Mrs Hale said: \u201cNo, we will not.\u201d"
    )
    quotes = {quote.text: quote for quote in extract_quotes(make_article(text))}
    assert cue_gender(quotes[words]) == gender


def test_one_honorific_against_a_first_name_keeps_the_fuller_name() -> None:
    # the lexicon may take a man's first name for a woman's: "Mr" alone tells one person
    text = (
        "Wine aid agreed\n\nFarm minister Dominique Marel announced the aid. The package will"
        ' help growers, Mr Marel said. "It is a fair deal," he said.'
    )
    summary = summarize(extract_quotes(make_article(text)), text)
    assert summary["Marel"].names == ["Dominique Marel"]


def test_a_wifes_words_are_not_merged_into_her_husband() -> None:
    directory = directory_of(ARTICLES)
    assert "couple" not in {q.article_id for q in directory.quotes_of("Peter Hale")}
    assert "husband" in {q.article_id for q in directory.quotes_of("Peter Hale")}


def test_a_wife_given_her_husbands_role_words_is_not_merged_into_him() -> None:
    # two Hales elsewhere: the lone "Hale" would go to the one sharing its role words
    wife = (
        "Hale's wife speaks\n\nMr Hale, the opposition leader, was away. Mrs Hale, the"
        " opposition leader's wife, said she often teased her husband about his shyness."
    )
    coach = 'Rovers win\n\nCoach Rob Hale said: "We were superb tonight."'
    directory = directory_of({"wife": wife, "husband": HUSBAND, "coach": coach})
    assert "wife" not in {q.article_id for q in directory.quotes_of("Peter Hale")}
    assert "wife" in {q.article_id for q in directory.quotes_of("Hale")}


def test_a_father_and_a_son_named_in_full_stay_apart() -> None:
    directory = directory_of(ARTICLES)
    assert _texts(directory.quotes_of("Jack Reed")) == {
        "the horse had run well",
        "He is the best horse I have ridden",
    }
    assert _texts(directory.quotes_of("Tom Reed")) == {"the yard would rest the horse"}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    folder: Path = tmp_path_factory.mktemp("namesakes")
    return index_of(folder, {f"{name}.txt": text for name, text in ARTICLES.items()})


def test_what_the_husband_said_holds_none_of_his_wifes_words(index: Index) -> None:
    result = answer(index, "what did peter hale say")
    assert result.speaker == "Peter Hale"
    said = {hit.quote.text for hit in result.quotes}
    assert "We will cut taxes for every family." in said
    assert not any("teased her husband" in text for text in said)


def test_who_said_the_wifes_words_is_not_her_husband(index: Index) -> None:
    result = answer(index, "who said she teased her husband about his shyness")
    assert result.speaker != "Peter Hale"


def test_the_father_and_the_son_are_answered_apart(index: Index) -> None:
    son = {hit.quote.text for hit in answer(index, "what did jack reed say").quotes}
    father = {hit.quote.text for hit in answer(index, "what did tom reed say").quotes}
    assert "the horse had run well" in son and "the horse had run well" not in father
    assert father == {"the yard would rest the horse"}
