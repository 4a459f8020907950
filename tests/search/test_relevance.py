"""Relevance: passages shown only when about the question, quotes never repeated below them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.engines import ScoredPassages
from qabot.indexing import Index
from qabot.records import Passage, Quote
from qabot.search import answer
from qabot.search.relevance import CoverageBound, Floor, coverage, new_part, relevance_terms
from qabot.search.selection import select
from qabot.search.selection_record import Selection
from qabot.text import sentence_spans, term_signature, tokenize
from qabot.text.signatures import title_signature
from tests.support.indexes import index_of

# One article about a ferry strike, and several that share only a frequent word ("week").
ARTICLES = {
    "strike.txt": (
        "Ferry crews strike at Port Elms\n\n"
        "Ferry crews at Port Elms walked out this week over unpaid overtime and rota changes.\n\n"
        '"We will not sail another week without our overtime," union leader Maria Keller said.\n'
    ),
    "turnips.txt": "Turnip prices\n\nTurnip prices rose again this week at the county market.\n",
    "choir.txt": "Choir tour\n\nThe cathedral choir begins its summer tour of Norway next week.\n",
    "roads.txt": "Road works\n\nThe bypass will close for resurfacing for a week in June.\n",
    "museum.txt": "Museum\n\nThe museum drew record crowds last week to its dinosaur hall.\n",
    "chess.txt": "Chess\n\nA schoolgirl won the regional chess title this week in Leeds.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("relevance"), ARTICLES)


def test_passages_sharing_only_a_frequent_word_are_omitted_not_shown(index: Index) -> None:
    result = answer(index, "Why did the ferry crews strike for a week?", top=5)
    assert result.found
    assert {hit.article.path for hit in result.passages} == {"strike.txt"}
    assert result.omitted >= 3
    assert result.to_json()["omitted"] == result.omitted


# six more reports about the strike, each in words of its own (so none repeats another)
FERRY_REPORTS = [
    "Ferry crews strike again as talks with the operator collapse in Dover.",
    "Striking ferry crews picket the terminal while lorries queue for miles.",
    "Ferry crews on strike say managers ignored safety complaints for months.",
    "The ferry strike strands tourists and crews vow to stay out until Friday.",
    "Ferry crews end their strike after a pay offer from the harbour board.",
    "Island families run short of bread as the ferry crews strike continues.",
]
FERRY_PAGES = {
    **ARTICLES,
    **{f"ferry{n}.txt": f"Report {n}\n\n{text}\n" for n, text in enumerate(FERRY_REPORTS)},
}


@pytest.fixture(scope="module")
def ferry_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("ferries"), FERRY_PAGES)


def test_omitted_counts_only_weak_passages_read_before_the_page_filled(ferry_index: Index) -> None:
    # the weak passages (sharing only "week") rank below seven about the ferry strike: a page
    # of two is full (and another known to follow) before any of them is read
    short = answer(ferry_index, "ferry crews strike week", top=2)
    assert len(short.passages) == 2
    assert short.more
    assert short.omitted == 0
    # a page wanting more than the relevant passages reads on, past the weak ones
    whole = answer(ferry_index, "ferry crews strike week", top=20)
    assert len(whole.passages) == 7
    assert whole.omitted >= 3


@pytest.mark.parametrize("question", ["ferry crews strike week", "crews this week"])
def test_weak_candidates_are_counted_unread_as_if_they_were_read(
    ferry_index: Index, question: str
) -> None:
    # the stored article keys and title signatures let selection count a candidate as weak
    # without reading it; what it selects and counts is the same as when it reads them all
    engine, terms = ferry_index.engine, tokenize(question)
    weights = engine.idf(relevance_terms(question))

    def selected(titles: bool, light: bool = False) -> tuple[Selection, list[int]]:
        found = engine.search_scored(terms, 40)
        reads: list[int] = []

        def read(i: int) -> Passage:
            reads.append(i)
            return found.passage(i)

        candidates = ScoredPassages(found.scores, read, terms=found.terms if light else None)
        candidates.read_later(
            lambda: found.figures,
            lambda: found.signatures,
            lambda: found.titles if titles else None,
        )
        return select(ferry_index, candidates, terms, weights, (), 21, page=21), reads

    (read, every), (unread, fewer) = selected(False), selected(True)
    light, fewest = selected(True, light=True)  # ... and the terms of others read alone
    for other in (unread, light):
        assert [(p.id, score) for p, score in other.relevant] == [
            (p.id, score) for p, score in read.relevant
        ]
        assert (other.omitted, other.below_floor) == (read.omitted, read.below_floor)
    assert read.omitted >= 3
    assert len(fewest) <= len(fewer) < len(every)


def test_a_passage_whose_quote_was_shown_is_not_shown_again(index: Index) -> None:
    result = answer(index, "What did Maria Keller say?")
    assert result.quotes
    shown = " ".join(hit.quote.sentence for hit in result.quotes)
    for hit in result.passages:
        assert hit.passage.text not in shown


def test_question_frame_words_do_not_count_towards_relevance() -> None:
    assert relevance_terms("How much does the Mac mini cost?") == ["mac", "mini", "cost"]
    assert relevance_terms("by how much did exports grow") == ["export", "grow"]
    assert "much" in relevance_terms("much ado about nothing")
    first = relevance_terms("tanks at the border")
    first.append("changed")  # each caller gets a list of its own, though the terms are kept
    assert relevance_terms("tanks at the border") == ["tank", "border"]


def test_coverage_counts_title_words_at_half_weight() -> None:
    weights = {"ferri": 2.0, "strike": 2.0}
    assert coverage(weights, {"ferri", "strike"}) == 1.0
    assert coverage(weights, {"ferri"}, {"strike"}) == pytest.approx(0.75)
    assert coverage({}, {"ferri"}) == 0.0


def test_floor_admits_by_score_and_coverage_relative_to_the_best() -> None:
    floor = Floor(best_score=10.0, best_coverage=1.0)
    assert floor.admits(9.0, 1.0)
    assert not floor.admits(9.0, 0.5)  # strong score, but half the question's weight
    assert not floor.admits(1.0, 1.0)  # every word, but far weaker


TERMS = st.sampled_from(
    [f"{word}{n}" for word in ("ferri", "strike", "port", "crew") for n in range(9)]
)


@given(
    st.dictionaries(TERMS, st.floats(min_value=0.0, max_value=12.0), max_size=7),
    st.sets(TERMS, min_size=1, max_size=30),
    st.sets(TERMS, max_size=6),
    st.floats(min_value=0.0, max_value=1.0),
)
def test_coverage_bound_from_signatures_is_never_below_the_coverage(
    weights: dict[str, float], text: set[str], title: set[str], best: float
) -> None:
    # a passage left unread because of its bound must be one the floor would not admit
    signature, _ = term_signature(text)
    bound = CoverageBound(weights)
    share = coverage(weights, text, title)
    assert bound(signature, title_signature(title)) >= share
    assert bound(signature, -1) >= bound(signature, title_signature(title))  # title not known
    floor = Floor(best_score=10.0, best_coverage=best)
    if floor.rules_out(bound(signature, title_signature(title))):
        assert not floor.admits(10.0, share)


def test_coverage_bound_tells_a_passage_lacking_the_weighty_word() -> None:
    weights = {"ferri": 6.0, "week": 1.0}
    floor = Floor(best_score=10.0, best_coverage=0.7)  # the best hit has "ferri" in its title
    bound = CoverageBound(weights)
    week, _ = term_signature({"week", "turnip", "price"})
    both, _ = term_signature({"week", "ferri", "crew"})
    assert floor.rules_out(bound(week, title_signature({"turnip"})))
    assert not floor.rules_out(bound(week, title_signature({"ferri"})))  # it may be in the title
    assert not floor.rules_out(bound(both, 0))


def _passage(text: str, start: int = 100) -> Passage:
    return Passage(
        id="a:0", article_id="a", position=0, start=start, end=start + len(text), text=text
    )


def _quote(passage: Passage, sentence_number: int) -> Quote:
    start, end = sentence_spans(passage.text)[sentence_number]
    sentence = passage.text[start:end]
    return Quote(
        article_id="a",
        speaker="Maria Keller",
        text=sentence,
        kind="direct",
        cue="said",
        start=passage.start + start,
        end=passage.start + end,
        sentence=sentence,
    )


def test_new_part_keeps_the_sentences_a_passage_adds_verbatim() -> None:
    passage = _passage("Crews struck. Keller spoke first. Ferries stopped. Talks resume today.")
    part = new_part(passage, [_quote(passage, 1)], {"ferri": 1.0, "talk": 1.0})
    assert part is not None
    assert part.text == "Ferries stopped. Talks resume today."
    assert part.start == passage.start + passage.text.index("Ferries")
    assert part.end - part.start == len(part.text)


def test_new_part_is_none_when_every_sentence_was_shown() -> None:
    passage = _passage("Keller spoke first. Then she spoke again.")
    assert new_part(passage, [_quote(passage, 0), _quote(passage, 1)], {"keller": 1.0}) is None
    assert new_part(passage, [], {"keller": 1.0}) is passage


def test_new_part_keeps_only_its_own_stored_sentences() -> None:
    text = "Crews struck. Keller spoke first. Ferries stopped. Talks resume today."
    ends = tuple(end for _, end in sentence_spans(text))
    passage = replace(
        _passage(text), sentence_ends=ends, sentence_terms=("crew struck", "keller spoke first",
                                                            "ferri stop", "talk resum today")
    )  # fmt: skip
    part = new_part(passage, [_quote(passage, 1)], {"ferri": 1.0, "talk": 1.0})
    assert part is not None
    assert [part.text[a:b] for a, b in part.sentence_spans()] == [
        "Ferries stopped.",
        "Talks resume today.",
    ]
    assert part.sentence_terms == ("ferri stop", "talk resum today")


def test_amount_question_shows_passages_holding_an_amount_first(tmp_path: Path) -> None:
    articles = {
        "review.txt": "Widget review\n\nThe widget is small. The widget cost debate goes on: "
        "is the widget worth its cost? Widget fans say the widget cost is fair.\n",
        "launch.txt": "Widget launch\n\nThe widget will cost $299 in shops from May.\n",
        "other.txt": "Garden news\n\nTomatoes ripened early this year in the valley.\n",
    }
    result = answer(index_of(tmp_path, articles), "How much does the widget cost?")
    assert [hit.article.path for hit in result.passages] == ["launch.txt"]
    assert result.omitted == 1  # the review matches the words but holds no amount
    assert "$299" in result.passages[0].highlight


def test_a_question_no_passage_holds_most_of_is_not_answered_with_the_nearest(
    index: Index,
) -> None:
    # each of the three words is in another article: no passage is about the question
    result = answer(index, "turnip choir chess")
    assert not result.found and not result.passages
    assert result.lead.startswith(
        "Nothing in the articles matches “turnip choir chess”: no passage holds most of it "
        "(the nearest have “"
    )
    assert result.omitted >= 3


def test_a_passage_holding_most_of_the_question_is_still_shown(index: Index) -> None:
    result = answer(index, "chess title in leeds choir")  # the chess report holds most of it
    assert result.found
    assert [hit.article.path for hit in result.passages] == ["chess.txt"]


# a person the articles write about, never with the one thing a reader asks of her
CAPTAIN = {
    "ferry.txt": "Storm at Port Elms\n\nCaptain Ines Varga steered the ferry Lindqvist through "
    "the storm off Port Elms.\n\nThe harbour board thanked Ines Varga for her calm.\n\n"
    + "\n\n".join(
        " ".join(
            f"On day {day} of the storm the {thing} at the harbour stayed shut, and the "
            "pilots waited on the quay for the wind to drop before the boats could leave."
            for thing in ["market", "school", "bank", "ferry office", "pier", "museum"]
        )
        for day in range(3)
    )
    + "\n\nThe waves off the point were as tall as a house, the coastguard said.\n",
    "award.txt": "Harbour award\n\nInes Varga received the harbour medal on Friday from the "
    "board, which praised her twenty years at sea.\n",
    "height.txt": "Lighthouse\n\nThe new lighthouse at Port Elms is tall enough to be seen "
    "from the island.\n",
}


def test_passages_about_the_subject_without_what_is_asked_of_it_are_not_shown(
    tmp_path: Path,
) -> None:
    index = index_of(tmp_path, CAPTAIN)
    result = answer(index, "how tall is Ines Varga")
    assert not result.found and not result.passages
    assert result.lead == (
        "None of the passages that best match “how tall is Ines Varga” gives a height."
    )
    # "tall" is in her article, but only where it says nothing of her, with no height
    # what is asked of her is in her articles: her passages answer it
    assert answer(index, "which medal did Ines Varga receive").found
    # a question asking for news of her asks nothing the passages must hold
    assert answer(index, "what happened to Ines Varga").found
    # a topic asks nothing in particular: its words may be met in others ("tall" for "height")
    assert answer(index, "Ines Varga height").found


def test_a_word_asked_far_from_the_subject_does_not_answer(tmp_path: Path) -> None:
    articles = {
        "tour.txt": "Choir tour\n\nThe cathedral choir sang in the capital of Norway last "
        "spring. Its next tour goes to Portugal, where it will sing in three small towns.\n",
    }
    index = index_of(tmp_path, articles)
    result = answer(index, "what is the capital of portugal")
    assert not result.found and not result.passages
    assert result.lead.endswith("no sentence about “capital” has “portugal”.")
    assert answer(index, "what is the capital of norway").found


def test_a_sentence_opening_he_after_one_naming_the_subject_is_about_it(tmp_path: Path) -> None:
    articles = {
        "radio.txt": "Radio news\n\nThe singer Mara Lune will play a concert for the station "
        "next month. The station also said that Tomas Reyd will host a show on New Year's "
        "Eve. He presented the breakfast programme for nine years.\n",
        "ferry.txt": "Ferry\n\nThe island ferry will sail twice a day from April.\n",
        "museum.txt": "Museum\n\nThe harbour museum reopened after two years of repairs.\n",
    }
    index = index_of(tmp_path, articles)
    result = answer(index, "how long did Tomas Reyd present the breakfast programme")
    assert result.found and "for nine years" in result.passages[0].passage.text


def test_a_page_holding_little_of_the_question_answers_when_a_passage_below_holds_most(
    tmp_path: Path,
) -> None:
    # the short story repeating "pilots" and "fog" ranks first, holding two of five words
    # asked; the harbour story below it holds three ("night", "tugs"): the question is matched
    articles = {
        "fog.txt": "Fog again\n\nPilots hate fog. Pilots say fog is worse this year, and pilots "
        "want fog lamps.\n",
        "tugs.txt": "Harbour rules\n\nThe harbour board met on Monday to talk about the new "
        "rules for the port, which has grown fast since the spring, with more ships arriving "
        "each week from the south. Pilots told the board they would not work with the old "
        "tugs at night, which they say are too slow to turn a large ship in the narrow "
        "channel near the lighthouse.\n",
        "ferry.txt": "Ferry\n\nThe island ferry will sail twice a day from April.\n",
        "museum.txt": "Museum\n\nThe town museum reopened after two years of repairs.\n",
        "bakery.txt": "Bakery\n\nA new bakery opened on the high street on Saturday.\n",
    }
    index = index_of(tmp_path, articles)
    result = answer(index, "why do pilots refuse night tugs in fog", top=1)
    assert result.found and result.passages
    assert result.lead.startswith("The best passages have “pilots” and “fog”")


# our own: she resigned, written in one word; a phrasal verb asks it in two
RESIGNED = {
    "board.txt": "Board chair quits\n\nAda Vale resigned as chair of the ferry board on "
    "Monday after a row over fares.\n",
    "bridge.txt": "Bridge reopens\n\nTom Dunmore opened the new bridge on Friday. He will "
    "step down from the council next year.\n",
    "stairs.txt": "Stairs mended\n\nThe station stairs were mended; one step was loose and "
    "the lift was down for a week.\n",
    "wall.txt": "Harbour wall painted\n\nLena Holt painted the harbour wall blue.\n",
    "platform.txt": "Platform opens\n\nNia Marsh took one step onto the new platform and waved.\n",
}


def test_a_phrasal_verb_is_held_by_the_word_news_writes_for_it(tmp_path: Path) -> None:
    index = index_of(tmp_path, RESIGNED)
    result = answer(index, "why did Ada Vale step down")
    assert result.found, result.lead
    assert [hit.article.title for hit in result.passages][:1] == ["Board chair quits"]


def test_a_phrasal_verb_no_sentence_holds_is_named_whole(tmp_path: Path) -> None:
    index = index_of(tmp_path, RESIGNED)
    result = answer(index, "did Lena Holt step down")
    assert not result.found and not result.passages
    # it said: ... has “step” (the verb alone, as if "step" were asked)
    assert result.lead.endswith("no sentence about “Lena Holt” has “step down”."), result.lead


def test_a_phrasal_verbs_own_verb_alone_does_not_hold_it(tmp_path: Path) -> None:
    # "one step onto the platform" held "step" of "step down": her passage was shown
    index = index_of(tmp_path, RESIGNED)
    result = answer(index, "why did Nia Marsh step down")
    assert not result.found and not result.passages
    assert result.lead.endswith("no sentence about “Nia Marsh” has “step down”."), result.lead


def test_a_phrasal_verb_written_whole_holds_it(tmp_path: Path) -> None:
    index = index_of(tmp_path, RESIGNED)
    result = answer(index, "why will Tom Dunmore step down")
    assert result.found, result.lead
    assert [hit.article.title for hit in result.passages][:1] == ["Bridge reopens"]


# our own: a ferry firm near collapse, told in one word; the question asks it as "going bust"
BUST = {
    "ferry.txt": "Orvane in trouble\n\nOrvane Lines has been driven to the brink of "
    "collapse by a fall in fares, Orvane's lenders said on Monday.\n",
    "roads.txt": "Road works\n\nThe bypass will close for resurfacing for a week in June.\n",
    "choir.txt": "Choir tour\n\nThe cathedral choir begins its summer tour of Norway next week.\n",
    "museum.txt": "Museum\n\nThe museum drew record crowds last week to its dinosaur hall.\n",
    "statue.txt": "Statue\n\nA bronze bust of the mayor was unveiled at the town hall.\n",
}


def test_a_passage_telling_a_phrasal_verb_in_one_word_holds_it(tmp_path: Path) -> None:
    # "collapse" holds "going bust": the passage holds most of the question, not a scatter
    index = index_of(tmp_path, BUST)
    result = answer(index, "why is orvane close to going bust")
    assert result.found, result.lead
    assert "brink of collapse" in result.passages[0].passage.text
