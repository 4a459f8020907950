"""'Who spoke out over Corvale stalling on a new contract?': a quote whose story never names
Corvale is from another story, however many of the question's other words it holds."""

from __future__ import annotations

from dataclasses import replace

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.named_stories import (
    _initials_patterns,
    asked_names,
    story_names,
    unnamed_share,
)
from qabot.search.quote_ranking import term_coverage
from tests.support.indexes import index_of

ARTICLES = {
    "corvale.txt": "Midfielder unhappy at Corvale\n\n"
    "The Corvale midfielder Jonas Pell has criticised the club for stalling on his future. "
    '"If they really wanted me to stay they should have come to me months ago," Pell said. '
    "The board of Corvale have yet to make him an offer.\n",
    "rugby.txt": "Harbour rugby coach plans ahead\n\n"
    "Harbour coach Ivo Brandt is ready to keep his captain. "
    '"We have not yet offered him a new contract but we will," Brandt said.\n',
    "corvale2.txt": "Win for Corvale\n\nOn Saturday Corvale beat Westby 2-0 at home, "
    "and Corvale stay top of the table.\n",
    "market.txt": "Market reopens\n\nThe fish market reopened after the floods.\n",
    "choir.txt": "Choir sings\n\nThe choir sang the loudest hymn of the evening.\n",
}


@pytest.fixture(scope="module")
def stories_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("stories"), ARTICLES)


def test_a_quote_whose_story_lacks_the_name_asked_comes_after(stories_index: Index) -> None:
    result = answer(stories_index, "who spoke out over Corvale stalling on a new contract offer?")
    assert [hit.speaker for hit in result.quotes][:1] == ["Jonas Pell"]


def test_names_asked_are_those_the_archive_writes_with_a_capital(stories_index: Index) -> None:
    assert asked_names(stories_index, "corvale's new contract offer") == ["corval"]
    assert asked_names(stories_index, "the British contract offer") == []


# "who admitted Westby weren't at their best?": the match story is about Westby, the farewell
# story names no Westby
MATCH = {
    "match.txt": "Corvale edge past Westby\n\n"
    "Corvale beat Westby 1-0 on Saturday in a scrappy game.\n\n"
    '"It was not the best display but the result is all that counts," striker Omar Pell '
    "said after the game.\n",
    "farewell.txt": "Dunn quits as manager\n\n"
    "Lars Dunn has left his post after three seasons at the helm.\n\n"
    '"My time at Corvale has been the best of my life," Dunn said.\n',
    "derby.txt": "Cup draw made\n\nThe draw for the cup was made on Monday night.\n\n"
    "Westby face a trip north. Westby have not won there in years. "
    "Fans of Westby may stay away.\n",
    "market.txt": "Market reopens\n\nThe fish market reopened after the floods.\n",
    "choir.txt": "Choir sings\n\nThe choir sang the loudest hymn of the evening.\n",
}


@pytest.fixture(scope="module")
def match_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("story-names"), MATCH)


def test_a_story_is_about_a_name_in_its_title_lead_or_several_sentences(
    match_index: Index,
) -> None:
    quotes = {q.speaker: q for q in match_index.quotes}
    match, farewell = quotes["Omar Pell"], quotes["Lars Dunn"]
    hits = {a: [(p, 1.0) for p in match_index.passages_of(a)] for a in match_index.articles}
    names = asked_names(match_index, "the game against Westby")
    about = story_names(names, lambda a: hits.get(a, []))
    assert about is not None
    assert about(match) == {"westbi"}  # in the title and the lead
    assert about(farewell) == set()
    derby = next(a for a, p in hits.items() if "draw" in p[0][0].text)
    assert about(replace(farewell, article_id=derby)) == {"westbi"}  # in three sentences
    assert story_names(asked_names(match_index, "the best display"), lambda a: []) is None


def test_a_term_credited_to_a_document_weighs_as_among_the_documents_own() -> None:
    documents = [["best"], ["westbi"], []]
    plain = term_coverage(documents, ["best", "westbi"])
    credited = term_coverage(documents, ["best", "westbi"], instead=[[], [], ["westbi"]])
    assert credited == [0.0, 0.0, plain[1]]
    # held, not credited, the term would weigh less in every document holding it
    held = term_coverage([["best"], ["westbi"], ["westbi"]], ["best", "westbi"])
    assert held[2] < credited[2]


# "who said during the DRU row ...?": a story writing "Danish rugby" names the Danish Rugby
# Union, short of its last word; a "Dry run" opens with no nation
UNIONS = {
    "union.txt": "Union row\n\nThe DRU board met on Monday to settle the row.\n",
    "coach.txt": "Coach stays\n\n"
    '"Claims that Danish rugby flounders are untrue," coach Ivo Brandt said.\n',
    "harbour.txt": "Harbour plans\n\n"
    '"The Dutch harbour will reopen when the claims are settled," Mia Holt said.\n',
    "drill.txt": "Drill held\n\n"
    '"A Dry run of the plan proved the claims untrue," Ada Cole said.\n',
    "choir.txt": "Choir sings\n\nThe choir sang the loudest hymn of the evening.\n",
}


@pytest.fixture(scope="module")
def unions_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("unions"), UNIONS)


def test_a_national_bodys_initials_are_held_by_its_nation_and_field(unions_index: Index) -> None:
    hits = {a: [(p, 1.0) for p in unions_index.passages_of(a)] for a in unions_index.articles}
    share = unnamed_share(unions_index, ["dru"], lambda a: hits.get(a, []))
    assert share is not None
    lacked = {q.speaker: share(q) for q in unions_index.quotes}
    assert lacked["Ivo Brandt"] == 0.0  # "Danish rugby"
    assert lacked["Mia Holt"] == 1.0  # neither
    assert lacked["Ada Cole"] == 1.0  # "Dry run": no nation


def test_a_names_initials_patterns_are_made_once_across_questions() -> None:
    made = _initials_patterns("hru")
    assert _initials_patterns("hru") is made  # kept: the same names come back
    assert made[0].search("the Harbour Rugby Union said") is not None
    assert _initials_patterns("harbour") == ()  # too long for initials
