"""A question asking whether something has happened is not answered by passages telling it only
as what may happen ("would eventually be abolished"). Through answer(), on short invented
articles."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.prospects import told_as_prospect, verb_in_the_end
from tests.support.indexes import index_of

ARTICLES = {
    "arts.txt": "Arts board future\n\nThe future of the Dunmere Arts Board has been in question "
    "since ministers said most boards would eventually be abolished.\n",
    "harbour.txt": "Harbour board scrapped\n\nThe Kelso Harbour Board was abolished on "
    "Monday, the council said.\n",
    "film.txt": "Velm film at festival\n\nThe festival screening will be the first time the "
    "Velm film has been shown in public.\n",
    "ferry.txt": "Ferry timetable\n\nThe island ferry timetable changes on Monday.\n",
    "port.txt": "Harbour trade\n\nGrowth in harbour trade lifted the port's takings.\n",
    "rovers.txt": "Rovers need a win\n\nVelm Rovers play Ashby on Tuesday. A win would put "
    "them through to the last eight of the cup.\n",
    "mill.txt": "Mill for sale\n\nA deal with either bidder would make the Orla mill the "
    "biggest in the valley.\n",
    "gig.txt": "Gig protest\n\nPriests urged fans to shun the Tallow Birds gig at Dunmere Hall "
    "in a bid to have it cancelled.\n",
    "court.txt": "Singer in court\n\nOn Monday Ivo Brant faced theft and fraud charges in "
    "court, which he denies. Dara Quill is awaiting a second trial for arson.\n",
    "pellow.txt": "Pellow trial opens\n\nFishmonger Tam Pellow could face a jail sentence of "
    "ten years if convicted of the stall fraud.\n",
    "kessel.txt": "Kessel fined\n\nGrocer Ada Kessel was given a fine of £200 over the stall "
    "fraud.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("prospects"), ARTICLES)


def test_an_outcome_told_only_as_a_prospect_is_no_answer(index: Index) -> None:
    result = answer(index, "has the dunmere arts board now been abolished")
    assert not result.found and not result.passages
    assert result.lead.endswith(
        "the best passages tell it only as a prospect (“The future of the Dunmere Arts Board "
        "has been in question since ministers said most boards would eventually be "
        "abolished.”)."
    )


@pytest.mark.parametrize(
    ("question", "given"),
    [
        ("has the kelso harbour board been abolished", "was abolished on Monday"),
        # "will be the first time" tells that it was never shown before
        ("was the velm film ever shown in public", "will be the first time"),
        ("will the dunmere arts board be abolished", "would eventually be abolished"),
    ],
)
def test_an_outcome_reported_or_a_question_of_the_future_is_answered(
    index: Index, question: str, given: str
) -> None:
    result = answer(index, question)
    assert result.found and given in result.passages[0].passage.text


def test_who_or_what_came_of_it_asked_over_a_prospect_is_no_answer(index: Index) -> None:
    result = answer(index, "which bidder ended up buying the orla mill")
    assert not result.found and not result.passages
    assert "only as a prospect" in result.lead


def test_why_something_might_end_up_so_asks_no_outcome(index: Index) -> None:
    result = answer(index, "why could the orla mill end up the biggest in the valley")
    assert result.found


def test_a_prospect_told_a_few_words_on_is_no_outcome(index: Index) -> None:
    result = answer(index, "did velm rovers make the last eight of the cup")
    assert not result.found and "only as a prospect" in result.lead


@pytest.mark.parametrize(
    "question",
    [
        # a phrasal verb asked, told in a word of its sense after a word of prospect
        "was the tallow birds gig at dunmere hall called off",
        # a case not yet tried: charged, denied, awaiting trial
        "was ivo brant found guilty of the theft and fraud charges",
        "what was the verdict at dara quill's second trial",
    ],
)
def test_an_outcome_still_pending_is_no_answer(index: Index, question: str) -> None:
    result = answer(index, question)
    assert not result.found and not result.passages
    assert "only as a prospect" in result.lead


def test_a_word_asked_is_no_word_of_prospect(index: Index) -> None:
    result = answer(index, "did ivo brant face theft charges")  # "faced theft charges"
    assert result.found and "faced theft" in result.passages[0].passage.text


def test_what_came_of_it_asked_by_its_noun_over_a_prospect_is_no_answer(index: Index) -> None:
    # "what sentence did X get" asks of an outcome, as "which bidder ended up ..." does
    result = answer(index, "what sentence did tam pellow get for the stall fraud")
    assert not result.found and "only as a prospect" in result.lead


def test_what_came_of_it_asked_by_its_noun_is_answered_when_told(index: Index) -> None:
    result = answer(index, "what fine did ada kessel get for the stall fraud")
    assert result.found and "£200" in result.passages[0].passage.text


# a case under way and a contest gone only as far as a stage; a case decided
STAGES = {
    "bakery.txt": "Bakery sued\n\nThe Velm bakery is being sued for £5,000 by a customer who "
    "says he found a stone in his loaf.\n",
    "rovers.txt": "Orla Rovers go on\n\nOrla Rovers reached the cup final with a late goal "
    "against Ashby.\n",
    "tannery.txt": "Tannery loses case\n\nA court ruled against the Kelso tannery, which must "
    "pay a neighbour £2,000 over the smell.\n",
    "ferry.txt": "Ferry timetable\n\nThe island ferry timetable changes on Monday.\n",
}


@pytest.fixture(scope="module")
def stages_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("stages"), STAGES)


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("did the customer who sued the velm bakery win his case", "is being sued"),
        ("did orla rovers win the cup final", "reached the cup final"),
    ],
)
def test_a_case_under_way_or_a_stage_reached_is_no_outcome(
    stages_index: Index, question: str, told: str
) -> None:
    result = answer(stages_index, question)
    assert not result.found and not result.passages
    assert "only as a prospect" in result.lead and told in result.lead


def test_a_case_decided_is_an_outcome(stages_index: Index) -> None:
    result = answer(stages_index, "did the kelso tannery lose its court case")
    assert result.found and "A court ruled against" in result.passages[0].passage.text


# a condition ("if found guilty"), two prospects one within the other's reach, and an "if"
# that puts a question ("asked X if")
CONDITIONS = {
    "sprinter.txt": "Sprinter faces inquiry\n\nOfficials say sprinter Lia Venn should be "
    "banned for two years if she is found guilty of doping.\n",
    "dunn.txt": "Fishmonger in court\n\nIf convicted, fishmonger Ivo Dunn could face a long "
    "jail sentence.\n",
    "witness.txt": "Ledger trial\n\nThe lawyer asked witness Ona Brek if she ever saw the "
    "forged ledger.\n",
    "ferry.txt": "Ferry timetable\n\nThe island ferry timetable changes on Monday.\n",
}


@pytest.fixture(scope="module")
def conditions_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("conditions"), CONDITIONS)


@pytest.mark.parametrize(
    "question",
    [
        "was lia venn found guilty of doping",
        "what sentence did ivo dunn get",  # "If convicted, ... could face a ... sentence"
    ],
)
def test_an_outcome_told_only_under_a_condition_is_no_answer(
    conditions_index: Index, question: str
) -> None:
    result = answer(conditions_index, question)
    assert not result.found and "only as a prospect" in result.lead


def test_an_if_that_puts_a_question_is_no_condition(conditions_index: Index) -> None:
    result = answer(conditions_index, "did ona brek see the forged ledger")
    assert result.found and "asked witness" in result.passages[0].passage.text


@pytest.mark.parametrize(
    ("sentence", "prospect"),
    [
        ("He would be banned if found guilty.", True),
        ("Unless found guilty, he will race.", True),
        ("If convicted, he could face a long sentence.", True),
        ("She asked him if he was found guilty.", False),
        ("He was found guilty on Monday.", False),
    ],
)
def test_a_word_asked_after_a_condition_is_a_prospect(sentence: str, prospect: bool) -> None:
    assert told_as_prospect(sentence, ["guilti", "sentenc"]) is prospect


# what `verb_in_the_end` finds, read on from each "did" (slow on long pasted text)
_READ_ON = re.compile(r"\bdid\s.*?([^\W\d_]+)\s+in\s+the\s+end\b", re.IGNORECASE)
_PIECES = st.sampled_from(
    ["did", "Did", "didn't", "in", "the", "end", "End", "ending", "raise", "x_", "3b", "é"]
)
_GAPS = st.sampled_from([" ", "", "  ", "\n", "\t", "-", " \n"])


@given(st.lists(st.tuples(_PIECES, _GAPS).map("".join), max_size=14).map("".join))
def test_the_verb_before_in_the_end_is_what_the_pattern_finds(words: str) -> None:
    found, expected = verb_in_the_end(words), _READ_ON.search(words)
    assert (found is None) == (expected is None)
    if found is not None and expected is not None:
        assert (found.start(1), found.group(1), found.end()) == (
            expected.start(1),
            expected.group(1),
            expected.end(),
        )


@pytest.mark.parametrize(
    ("words", "verb"),
    [
        ("how much did the concert raise in the end", "raise"),
        ("did it rain? the match went ahead in the end", "ahead"),
        ("did it rain?\nthe match went ahead in the end", None),  # another line: no "did"
        ("how much was raised in the end", None),
    ],
)
def test_the_verb_before_in_the_end_follows_a_did_on_its_line(
    words: str, verb: str | None
) -> None:
    found = verb_in_the_end(words)
    assert (found and found.group(1)) == verb
