"""Speaker summaries: stored in the quote index, so the same articles must give the same bytes."""

from __future__ import annotations

import pytest

from qabot.attribution import SpeakerDirectory, SpeakerSummary, extract_quotes
from qabot.attribution.speaker_mentions import (
    MOST_SENTENCES,
    SpeakerMentions,
    fuller_names,
    stage_names,
)
from qabot.attribution.summaries import summarize
from qabot.records import Article, ArticleInfo
from qabot.text import SentenceWords


@pytest.mark.parametrize(
    ("sentence", "alias"),
    [
        ("DJ Rena Holt - aka Quiet Storm - has said dance is not dead.", "Quiet Storm"),
        ("Rena Holt, better known as K-Dot, said so.", "K-Dot"),
        ("Quiet Storm, real name Rena Holt, said so.", "Quiet Storm"),
    ],
)
def test_a_stage_name_the_article_gives_is_recorded(sentence: str, alias: str) -> None:
    assert stage_names([sentence], ["Rena Holt", "Holt"]) == [alias]


def test_a_summary_with_aliases_is_stored_and_read_back() -> None:
    entry = SpeakerSummary(2, {"dj": 1}, ["Rena Holt"], ["Quiet Storm"])
    assert SpeakerSummary.from_json(entry.to_json()) == entry
    assert SpeakerSummary.from_json([1, {}, []]) == SpeakerSummary(1)  # stored before aliases


def test_a_summary_with_speaking_role_phrases_is_stored_and_read_back() -> None:
    entry = SpeakerSummary(2, {"guild": 1, "spokesman": 1}, phrases={"guild spokesman": 1})
    assert entry.to_json()[4:] == ["", {"guild spokesman": 1}]  # no gender: ""
    assert SpeakerSummary.from_json(entry.to_json()) == entry


def test_a_summary_keeps_each_speaking_role_phrase_whole() -> None:
    text = (
        "Harbour Guild treasurer Ann Lee said the fees were fair.\n\n"
        "Party leader Ann Lee said the vote was close."
    )
    article = Article(ArticleInfo(id="a", path="a.txt", title="T"), text)
    summary = summarize(extract_quotes(article), text)
    assert summary["Ann Lee"].phrases == {"leader party": 2}  # "treasurer" speaks for no one


def test_a_stage_name_finds_the_person() -> None:
    text = 'DJ Rena Holt - aka Quiet Storm - has spoken. "Dance is not dead," Holt said.'
    article = Article(ArticleInfo(id="a", path="a.txt", title="Dance"), text)
    directory = SpeakerDirectory.build(extract_quotes(article), {"a": text})
    assert directory.resolve("Quiet Storm") == ["Rena Holt"]
    assert directory.resolve("the DJ") == ["Rena Holt"]


def test_a_one_word_speaker_takes_no_role_of_a_longer_name() -> None:
    # "Charles said ..." is the prince; "Liberal leader Charles Moss" is someone else
    text = (
        "On Friday, Prince Charles and his bride hosted a dinner. Charles said they were "
        '"absolutely delighted". Liberal Democrat leader Charles Moss also offered his '
        "congratulations."
    )
    article = Article(ArticleInfo(id="a", path="a.txt", title="Wedding"), text)
    summary = summarize(extract_quotes(article), text)
    assert "leader" not in summary["Charles"].roles


@pytest.mark.parametrize(
    ("text", "name", "not_a_name"),
    [
        # "Rival Quellmark": the word ties the firm to another, it is not in its name
        (
            "Tarrow has cut the price of its console. Rival Quellmark has said it will launch "
            "its own handheld in March. Quellmark said the machines are aimed at different "
            "buyers.",
            "Quellmark",
            "Rival Quellmark",
        ),
        # "Its KLR index rose": the word owns the index, it is not in the body's name
        (
            "Sales will slow this year, KLR said. Its KLR index of output fell in January. "
            "KLR said firms were holding back.",
            "KLR",
            "Its KLR",
        ),
    ],
)
def test_a_tie_or_possessive_before_a_name_is_no_part_of_a_fuller_name(
    text: str, name: str, not_a_name: str
) -> None:
    article = Article(ArticleInfo(id="a", path="a.txt", title="Firms"), text)
    summary = summarize(extract_quotes(article), text)
    assert not_a_name not in summary[name].names


def test_an_opening_adverb_is_no_part_of_a_fuller_name() -> None:
    # a wiki page's narration: "Afterwards Tamsin tells ..." is when, not a name "Afterwards
    # Tamsin" the directory would show for every quote of hers
    text = (
        "Tamsin is on a trip with the children.\n\n"
        'Afterwards Tamsin tells the children to run along. She says, "I love this place."'
    )
    article = Article(ArticleInfo(id="a", path="a.txt", title="Trip"), text)
    summary = summarize(extract_quotes(article), text)
    assert summary["Tamsin"].names == []


@pytest.mark.parametrize(
    ("text", "speaker", "gender"),
    [
        ('Ms Varga said the plan had failed. "It is over," Varga said.', "Varga", "f"),
        ('"It is over," said Mr Varga. Varga added that he would stay.', "Varga", "m"),
        ('"It was a good year," retailer Brontel said in a statement.', "Brontel", "n"),
        ('Nadia Varga said the plan had failed. "It is over," Varga said.', "Nadia Varga", "f"),
        ('"It is over," Varga said.', "Varga", ""),
        # two people with one surname: no gender for it
        ('Mr Varga and Mrs Varga spoke. "We are glad," Varga said.', "Varga", ""),
    ],
)
def test_a_speaker_s_gender_is_what_the_article_writes_before_the_name(
    text: str, speaker: str, gender: str
) -> None:
    article = Article(ArticleInfo(id="a", path="a.txt", title="Plan"), text)
    summary = summarize(extract_quotes(article), text)
    assert summary[speaker].gender == gender


def test_a_summary_with_a_gender_is_stored_and_read_back() -> None:
    entry = SpeakerSummary(2, {"mp": 1}, [], [], "f")
    assert entry.to_json() == [2, {"mp": 1}, [], [], "f"]
    assert SpeakerSummary.from_json(entry.to_json()) == entry
    with pytest.raises(ValueError, match="not a speaker summary"):
        SpeakerSummary.from_json([2, {}, [], [], "x"])


def test_a_body_s_noun_before_a_name_of_two_words_makes_it_a_body() -> None:
    text = 'The film was praised by trade magazine Weekly Marquee. "It is a gem," it said.'
    text += ' "A gem," Weekly Marquee said.'
    article = Article(ArticleInfo(id="a", path="a.txt", title="Film"), text)
    assert summarize(extract_quotes(article), text)["Weekly Marquee"].gender == "n"


def test_fuller_names_come_with_the_sentences_naming_the_speaker() -> None:
    sentences = [
        "Harbour master Jo Lind said the ferry would sail.",
        "Lind, who chairs the board, said so.",
        "Mr Lind added that Lindsay Park was wrong.",
        "Nobody else spoke.",
    ]
    assert fuller_names(SentenceWords(sentences), "Lind") == SpeakerMentions(
        names=["Jo Lind"], sentences=sentences[:3]
    )


def test_a_speaker_named_in_very_many_sentences_is_summarised_from_the_first_ones() -> None:
    # no article of the corpora names a speaker in as many sentences: theirs are summarised
    # from every sentence naming the speaker
    sentences = [f"Jo Lind spoke of item {n}." for n in range(MOST_SENTENCES + 20)]
    mentions = fuller_names(SentenceWords(sentences), "Lind")
    assert mentions.names == ["Jo Lind"]
    assert mentions.sentences == sentences[:MOST_SENTENCES]
