"""'Why did X do Y?' and 'which post did X turn down?' take the deed as told: passages that
never tell it (in its verb, a form, a synonym or a phrasal verb of its sense) answer neither.
Through answer(), on short invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.why_deeds import why_deed
from tests.support.indexes import index_of

ARTICLES = {
    "lineup.txt": "Lowmoor festival line-up\n\nThe Tallow Birds will headline this summer's "
    "Lowmoor festival. The Tallow Birds last played the Lowmoor festival in 1999.\n",
    "tour.txt": "Singer's knee\n\nNela Varro has withdrawn from the Kestel tour with a knee "
    "injury. Varro said the Kestel tour would go on without her.\n",
    "island.txt": "Virtual island\n\nA gamer paid 30,000 crowns for a virtual island on the "
    "Drayfield game site. The Drayfield island sale was the largest yet.\n",
    "gala.txt": "Gala night\n\nOrla Penn stayed away from the Kestel gala because of her fear "
    "of flying. The Kestel gala raised money for the harbour.\n",
    "harbour.txt": "Harbour post\n\nLast spring, Tova Lind took the post of harbour master in "
    "Kestel. Lind said the Kestel harbour needed new cranes.\n",
    "search.txt": "Search deal\n\nOrvane has bought Lumo, a maker of desktop search software, "
    "for two million crowns.\n",
    "weather.txt": "Rain ahead\n\nForecasters expect rain across the valley on Sunday.\n",
    "prize.txt": "Painter honoured\n\nIda Marrow won the Kestel painting prize with a "
    "portrait of her mother.\n",
    "pier.txt": "Pier shut\n\nThe harbour board met on Monday. Its members closed the Kestel pier "
    "after storm damage, and the harbour board will meet again in May.\n",
    "rates.txt": "Rates held\n\nThe central bank held its rates on Tuesday. The central bank "
    "governor expects growth in the spring.\n",
    # deeds a reader types plainly ("pick", "send home"), which news tells in its own words
    "gadget.txt": "Best gadget\n\nThe Lumo Deskpad has been chosen as the greatest gadget of "
    "all time by Kestel Monthly magazine.\n",
    "training.txt": "Defender dropped\n\nCoach Ivo Pell ordered defender Tam Orrin home from "
    "training after he turned up late.\n",  # phrasal verbs no list holds: "split up", "walk away"
    "duo.txt": "Duo wed\n\nSinger Ansa Rell married drummer Per Osk in Kestel, and the couple "
    "had a son. Ansa Rell and Per Osk toured Brevia together.\n",
    "choir.txt": "Choir ends\n\nThe Marsh Larks split after a row over money. The Marsh Larks "
    "had sung together for ten years.\n",
    "deal.txt": "Deal off\n\nVessa Quill walked away from the Drayfield deal in March. Quill "
    "had led the Drayfield talks for a year.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("why_deeds"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "deed"),
    [
        ("why did the tallow birds pull out of the lowmoor festival", "pull out"),
        ("why did drayfield cancel the island sale", "cancel"),
        ("which post did tova lind turn down", "turn down"),  # she took it
    ],
)
def test_why_a_deed_no_passage_tells_is_not_answered(
    index: Index, question: str, deed: str
) -> None:
    result = answer(index, question)
    assert not result.found and not result.passages
    assert f"“{deed}”" in result.lead


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("why did nela varro pull out of the kestel tour", "has withdrawn"),  # one word for two
        ("why did orla penn miss the kestel gala", "stayed away"),  # two words for one
        ("why did the gamer pay so much for the drayfield island", "paid 30,000"),
        ("which firm did orvane buy for desktop search software", "has bought Lumo"),
        ("which gadget did kestel monthly magazine pick as the best", "has been chosen"),
        ("why did ivo pell send tam orrin home from training", "ordered defender"),
    ],
)
def test_why_a_deed_told_in_other_words_is_answered(
    index: Index, question: str, told: str
) -> None:
    result = answer(index, question)
    assert result.found and told in result.passages[0].passage.text


@pytest.mark.parametrize(
    ("question", "deed"),
    [
        # the archive writes "harbour board" side by side: the subject's words, not the deed
        ("why did the harbour board close the kestel pier", "close"),
        ("why was the kestel gala's opening night cancelled", "cancelled"),  # not "opening"
        ("what fine did the board finally impose", "impose"),  # an adverb before the verb
        ("why did orla penn make nela varro cancel the tour", "cancel"),  # the deed made done
        # after "has" the verb is a participle: "krona" is the subject's, not the deed
        ("why has the velmish krona fallen since the storm", "fallen"),
        # a possessive owns the word after it: "central" is the subject's, not the deed
        ("why did orvane's central bank block the lumo sale", "block"),
        # after "did" a word in "-ing" is the subject's, not a verb's base form
        ("did velmish shipping close the kestel pier", "close"),
        ("why did tarn v osk move to brevia", "move"),  # "v" joins one subject
    ],
)
def test_the_deed_is_read_past_the_subjects_words(index: Index, question: str, deed: str) -> None:
    asked = why_deed(index, question)
    assert asked is not None and asked.typed == deed


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("why did the marsh larks split up", "split after"),  # the verb carries the sense
        ("why did vessa quill walk away from the drayfield deal", "walked away"),
    ],
)
def test_a_phrasal_verb_no_list_holds_is_told_by_its_verb(
    index: Index, question: str, told: str
) -> None:
    result = answer(index, question)
    assert result.found and told in result.passages[0].passage.text


def test_a_phrasal_verb_no_list_holds_is_not_told_by_its_subject_alone(index: Index) -> None:
    # the couple married and toured: no sentence writes a split
    result = answer(index, "why did ansa rell and per osk split up")
    assert not result.found and "“split up”" in result.lead


def test_a_phrasal_verb_before_a_verb_in_ing_leaves_the_deed_to_it(index: Index) -> None:
    # "end up paying": the deed is the paying, which this reading does not reach
    assert why_deed(index, "why did vessa quill end up leaving the drayfield talks") is None


@pytest.mark.parametrize(
    "question",
    [
        "why does nela varro dislike the kestel tour",  # a habit, told in words of its own
        "why are the harbour board members meeting in may",  # an act going on
        "what share of piers should keep gates shut",  # the subject is the one asked
        "did the man who sued the harbour board win his case",  # the deed is past a clause
    ],
)
def test_no_deed_is_taken_as_told_outside_the_past(index: Index, question: str) -> None:
    assert why_deed(index, question) is None


@pytest.mark.parametrize(
    "question",
    [
        "why were the central bank's rates expected to stay on hold",
        "did the governor rate the spring growth among the best",
        "why was ida marrow considered the best painter",
    ],
)
def test_a_view_of_a_deed_is_no_deed_taken_as_told(index: Index, question: str) -> None:
    # expecting, rating and considering are thoughts, told in other words ("amid signs of a
    # slowdown", "in the top 20 in the world") as often as in these
    assert why_deed(index, question) is None


def test_a_question_s_deed_is_read_once_for_all_the_passages_weighed(index: Index) -> None:
    # reading it may search the archive ("harbour board" written side by side): an answer
    # asks again for each passage it weighs, and gets the deed read the first time
    question = "why did the harbour board close the kestel pier"
    first = why_deed(index, question)
    assert first is not None and why_deed(index, question) is first
    other = why_deed(index, "why did drayfield cancel the island sale")
    assert other is not None and other.typed == "cancel"


def test_a_deed_told_as_won_is_told(index: Index) -> None:
    # "won", a stop word of the analyzer, is in no sentence's terms: it is read in the text
    result = answer(index, "what prize did ida marrow win")
    assert result.found and "Kestel painting prize" in result.passages[0].passage.text


OUTCOMES = {
    "appeal.txt": "Appeal heard\n\nThe Velmish council appeal against the Tarn ferry ruling was "
    "heard on Monday. The council could also win its appeal, lawyers said. The Tarn ferry "
    "ruling awarded the ferry firm two million crowns.\n",
    "offer.txt": "Port offer\n\nThe Osk port firm made an offer to share its cranes. Its rivals "
    "will be happy if the Osk regulator accepts the offer.\n",
    "letters.txt": "Fake letters\n\nThe Osk tax office does not send letters asking for bank "
    "details, it said. The letters say people owe tax.\n",
    "gala.txt": "Gala news\n\nThe Kestel gala board met on Monday. Members issued calls for a "
    "review of the Kestel gala.\n",
    "fair.txt": "Fair off\n\nThe Brevia fair board called off the Brevia fair after the floods, "
    "to the dismay of traders.\n",
    "weather.txt": "Rain ahead\n\nForecasters expect rain across the valley on Sunday.\n",
    "mill.txt": "Mill merger\n\nThe Osk mill will merge with the Tarn mill. Talks sped up after "
    "the Tarn mill's chairman Ivo Brandt resigned in March, said Lena Moor, the Osk mill's "
    "chairman.\n",
    "quarry.txt": "Quarry boss\n\nThe Brevia quarry's chairwoman Ada Holt resigned on Friday "
    "after a row over pay.\n",
    "roads.txt": "Roads shut\n\nHeavy rain closed roads across Brevia on Monday.\n",
    "dock.txt": "Dock deal\n\nShares in Velm Marine fell on a report about the Osk dock "
    "contract. Rival firm Tarnco is reported by the Courier to have won the Osk dock "
    "contract.\n",
    "bridge.txt": "Bridge deal\n\nThe Brevia bridge contract was a long race. Ferrant won the "
    "Brevia bridge contract on Monday.\n",
}


@pytest.fixture(scope="module")
def outcome_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("why_deeds_outcomes"), OUTCOMES)


@pytest.mark.parametrize(
    ("question", "deed"),
    [
        # what may be or what would be if: no outcome told
        ("did the velmish council win its appeal against the tarn ferry ruling", "win"),
        # a deed denied is not the one a "why" question takes as done
        ("why did the osk tax office send letters asking for bank details", "send"),
        # "calls for a review" is no deed of "call off"
        ("why did the kestel gala board call off the gala", "call off"),
        # told of another, whose name stands before the verb
        ("why did the osk mill's chairman lena moor resign", "resign"),
        # ... or is reported to have done it ("won", which no sentence's terms hold)
        ("why did velm marine win the osk dock contract", "win"),
    ],
)
def test_a_deed_told_only_as_may_be_or_denied_is_not_told(
    outcome_index: Index, question: str, deed: str
) -> None:
    result = answer(outcome_index, question)
    assert not result.found and not result.passages
    assert f"“{deed}”" in result.lead


def test_a_deed_told_only_under_a_condition_is_told_as_a_prospect(outcome_index: Index) -> None:
    result = answer(outcome_index, "did the osk regulator accept the port firm's offer")
    assert not result.found and not result.passages
    assert "only as a prospect" in result.lead and "if the Osk regulator accepts" in result.lead


def test_a_phrasal_verb_of_a_light_verb_is_told_as_written(outcome_index: Index) -> None:
    result = answer(outcome_index, "why did the brevia fair board call off the fair")
    assert result.found and "called off" in result.passages[0].passage.text


def test_a_deed_told_of_the_one_asked_is_told(outcome_index: Index) -> None:
    result = answer(outcome_index, "why did the brevia quarry's chairwoman ada holt resign")
    assert result.found and "Ada Holt resigned" in result.passages[0].passage.text
    result = answer(outcome_index, "why did ferrant win the brevia bridge contract")
    assert result.found and "Ferrant won" in result.passages[0].passage.text


@pytest.mark.parametrize(
    "question",
    [
        "why doesn't the osk tax office send letters asking for bank details",
        # "no", "nobody", "without": the denial words said_negation reads in every question
        "why did the osk tax office send no letters asking for bank details",
    ],
)
def test_a_denied_deed_answers_a_question_that_denies_it(
    outcome_index: Index, question: str
) -> None:
    result = answer(outcome_index, question)
    assert result.found and "does not send" in result.passages[0].passage.text


DENIALS = {
    "quarry.txt": "Quarry jobs\n\nThe Velmo quarry has not laid off a worker since 1990, its "
    "owners said. The quarry employs 300 workers.\n",
    "tender.txt": "Tender lost\n\nShares in the Velmo dredging firm fell after it failed to win "
    "a harbour contract in Osk.\n",
    "weather.txt": "Rain ahead\n\nForecasters expect rain across the valley on Sunday.\n",
    "award.txt": "Gadget award\n\nThe Velmo magazine has not chosen the Osk phone as its gadget "
    "of the year, its editor said. The phone sold well.\n",
}


@pytest.fixture(scope="module")
def denial_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("why_deeds_denials"), DENIALS)


@pytest.mark.parametrize(
    ("question", "deed"),
    [
        # a form of the verb ("laid" of "lay off") is read for its denial as the verb is
        ("why did the velmo quarry lay off its workers", "lay off"),
        ("why did the velmo dredging firm win the osk harbour contract", "win"),  # "failed to"
        # a word news writes for the deed ("chosen" of "pick") is read for its denial too
        ("why did the velmo magazine pick the osk phone", "pick"),
    ],
)
def test_a_why_deed_the_passages_deny_is_not_told(
    denial_index: Index, question: str, deed: str
) -> None:
    result = answer(denial_index, question)
    assert not result.found and not result.passages
    assert f"“{deed}”" in result.lead


def test_did_a_deed_denied_is_answered_by_the_denial(denial_index: Index) -> None:
    result = answer(denial_index, "did the velmo dredging firm win the osk harbour contract")
    assert result.found and "failed to win" in result.passages[0].passage.text
