""" "Who said ...?" offers no quote as the closest when the archive never writes two of the
question's words together (`joined_words`), and keeps it when it does, or when it knows one of
them only."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.joined_words import unjoined_share, unsaid_share
from qabot.text import tokenize
from tests.support.indexes import index_of

CLOSEST = "No quote says that in those words; the closest is"
ARTICLES = {
    "bakery.txt": "Pumpkin loaves sell out\n\n"
    "Baker Lena Moss opened her shop in Elmford in March.\n\n"
    '"Our pumpkin loaves sold out by noon," Lena Moss said.\n',
    "harbour.txt": "Tanker loses power off the coast\n\n"
    "Captain Ola Berg steered the tanker into the bay after the engines failed.\n\n"
    '"The tanker lost power in the gale," Ola Berg said.\n',
    "council.txt": "Council delays the ferry timetable\n\n"
    "The council will publish the new ferry timetable in June, a spokesman said.\n",
    "school.txt": "School choir wins a prize\n\n"
    "The choir of Elmford school won the regional prize for the second year.\n",
}


@pytest.fixture(scope="module")
def joined(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("joined")), ARTICLES)


def test_words_no_passage_holds_together_are_unjoined(joined: Index) -> None:
    terms = tokenize("pumpkin tanker")
    hits = joined.engine.search_scored(terms, 50)
    assert unjoined_share(terms, hits, joined.engine.idf(terms)) == 1.0
    together = tokenize("pumpkin loaves")
    hits = joined.engine.search_scored(together, 50)
    assert unjoined_share(together, hits, joined.engine.idf(together)) == 0.0


def test_a_word_the_archive_never_uses_is_neither_joined_nor_unjoined(joined: Index) -> None:
    terms = tokenize("pumpkin loaves zeppelin")
    hits = joined.engine.search_scored(terms, 50)
    assert unjoined_share(terms, hits, joined.engine.idf(terms)) == 0.0
    alone = tokenize("pumpkin zeppelin")  # one word the archive knows: nothing to tell
    hits = joined.engine.search_scored(alone, 50)
    assert unjoined_share(alone, hits, joined.engine.idf(alone)) == 0.0


def test_one_word_asked_with_a_verb_keeps_its_closest(joined: Index) -> None:
    # "pumpkin" is the question's one word the articles use: too few to tell a nonsense claim
    result = answer(joined, "who praised the pumpkin?")
    assert [hit.speaker for hit in result.quotes][:1] == ["Lena Moss"]


def test_a_question_whose_words_the_archive_joins_keeps_its_closest(joined: Index) -> None:
    # "pumpkin loaves sold" are hers; "at dawn" nobody said
    result = answer(joined, "who said the pumpkin loaves were sold at dawn?")
    assert result.lead == f"{CLOSEST} Lena Moss's:"


# a quote saying none of the question's words, offered on the narration before it
NARRATED = {
    "dairy.txt": "Dairy fights for the name of its cheese\n\n"
    "A court will rule on its name in May. "
    "Blue cheese has been made in the Elmford valley for a century. "
    '"A new name would cost us dearly," said Ida Lund, who speaks for the dairy.\n',
    "rocket.txt": "Students build a probe\n\n"
    "The probe was made by students in Elmford and is meant to photograph the moon.\n",
    "ferry.txt": "Ferry fares rise\n\n"
    '"Fares will rise in June," said Per Holm of the ferry company.\n',
}


@pytest.fixture(scope="module")
def narrated(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("narrated")), NARRATED)


def test_a_quote_saying_none_of_it_beside_half_a_claim_is_no_closest(narrated: Index) -> None:
    # "cheese" and "made" are beside her words, "moon" is written with "made" only elsewhere:
    # her words are no closest to the moon being made of cheese
    result = answer(narrated, "who said the moon is made of cheese?")
    assert not result.found
    assert result.lead == "No quote or passage in the articles says “the moon is made of cheese”."
    assert not result.quotes


def test_a_quote_saying_none_of_it_beside_the_whole_claim_is_the_closest(narrated: Index) -> None:
    result = answer(narrated, "who said blue cheese is made in the valley?")
    assert result.lead == f"{CLOSEST} Ida Lund's:"


def test_a_quote_saying_a_word_of_it_is_judged_by_its_words_joined(narrated: Index) -> None:
    terms = tokenize("moon fares")
    hits = narrated.engine.search_scored(terms, 50)
    quote = answer(narrated, "who said fares will rise in June?").quotes[0].quote
    assert unsaid_share(quote, terms, hits, [], narrated.engine.idf(terms)) == 0.0


def test_one_word_asked_shows_the_passages_mentioning_it_under_a_heading_saying_so(
    narrated: Index,
) -> None:
    # a word is no claim; no quote holds "probe", the students' story does
    result = answer(narrated, "who said probe?")
    assert result.found and not result.quotes
    assert result.lead == "No quote in the articles matches that. Passages that mention “probe”:"
    assert all("probe" in hit.passage.text for hit in result.passages)
    # of more words the heading says no more than that they hold some of them
    two = answer(narrated, "who said the probe photographs the valley?")
    assert two.lead.endswith("Passages with some of its words:") or not two.passages
    assert not answer(narrated, "who said walruses?").found


def test_one_word_beside_a_quote_not_saying_it_gives_no_closest(tmp_path: Path) -> None:
    storm = {
        "storm.txt": "Storm hits the coast\n\nHarbour master Jonas Vik spoke at the quay. "
        'The gale tore boats from their moorings. "We did what we could," Vik said.\n',
        "ferry.txt": 'Ferry fares rise\n\n"Fares rise in June," said Per Holm of the ferry.\n',
    }
    index = index_of(tmp_path, storm)
    # "gale" is in the narration before his words, not in them: a word is no claim of his
    result = answer(index, "who said gale?")
    assert not result.quotes
    assert result.lead == "No quote in the articles matches that. Passages that mention “gale”:"
    # the narration telling the whole claim still offers his words as the closest
    told = answer(index, "who said the gale tore boats?")
    assert told.lead == f"{CLOSEST} Jonas Vik's:"


def test_one_word_a_quote_holds_lists_the_quotes_using_it(tmp_path: Path) -> None:
    ferries = {
        "ferry.txt": "Ferry crews sail on\n\nCaptain Ola Briggs spoke at the quay. "
        '"Our ferries sail in any weather," Ola Briggs said. "The crews are the best," he said.\n',
        "pier.txt": "Old pier to reopen\n\n"
        '"Two ferries will call at the new pier," said Ivo Sand, the harbour master.\n',
        "fares.txt": 'Fares to fall\n\n"Ticket prices will fall in spring," said Lena Dorn.\n',
    }
    index = index_of(tmp_path, ferries)
    # a word is no claim: the quotes using it are listed as such, never as the closest
    result = answer(index, "who said ferries?")
    assert (
        result.found
        and result.lead == "Quotes that use the word “ferries”, by Ola Briggs and Ivo Sand:"
    )
    assert {hit.speaker for hit in result.quotes} == {"Ola Briggs", "Ivo Sand"}
    assert all("ferries" in hit.quote.text for hit in result.quotes)
    # another form of it is said to be one
    sailing = answer(index, "who said sailing?")
    assert sailing.lead == "Quotes that use the word “sailing” or a form of it, by Ola Briggs:"
    assert [hit.speaker for hit in sailing.quotes] == ["Ola Briggs"]
    # of more words, the claim is still weighed as before
    assert not answer(index, "who said ferries sail to the moon?").lead.startswith("Quotes")
