"""A body quoted under its initials and under its full name is one speaker ("the FA" and "the
Football Association"), when an article writes both forms; initials standing for nothing
written beside them stay apart, and initials another body quoted in full shares are the name a
story quoting them writes beside them ("BA said", "British Airways"); a body quoted only in
full is found by the initials an article gives it."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "inquiry.txt": """Ferry board opens inquiry

The Lakes Ferry Board (LFB) will look into the collision at the north pier.

The Lakes Ferry Board said it would publish its findings within a month.
""",
    "timetable.txt": """Winter timetable cut

The LFB said the winter timetable would lose two sailings a day.
""",
    "clubs.txt": """Rowing clubs merge

The RCA said the two rowing clubs would share one boathouse from April.
""",
    "canoes.txt": """Canoe club stays apart

The Riverside Canoe Association said its members had voted to stay apart.
""",
    "break-in.txt": """Deputies called to a break-in

Staff asked the Dunmore County Fire Office for advice after the break-in.

DCFO said the alarm should have been checked every month.
""",
    "orchard.txt": """Orchard fire put out

The Pell Valley Rescue Unit was called to the orchard at dawn.

PVRS said the fire had started in a shed.
""",
    "fuel.txt": """Fuel stocks to fall

Stocks of heating oil will fall this winter, the Tidewater Energy Council (TEC) warned.

The Tidewater Energy Council said tankers had been delayed by storms at sea.

TEC economist Mara Quell said prices at the pump would follow within weeks.
""",
    "harbour.txt": """Harbour dredging approved

The Marsh Harbour Trust said dredging of the channel would start in June.
""",
    "flights.txt": """Island flights suspended

Kestrel Bay Airways is to suspend its flights to the islands over the winter.

KBA said the runway lights there needed repairs that would take three months.
""",
    "bowls.txt": """Bowls club wins cup

The Kingsmere Bowling Association said the cup would be shown at the clubhouse.
""",
}


@pytest.fixture(scope="module")
def forms_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("forms"), ARTICLES)


@pytest.mark.parametrize("asked", ["the LFB", "the Lakes Ferry Board"])
def test_either_form_hears_the_words_of_both(forms_index: Index, asked: str) -> None:
    reply = answer(forms_index, f"what did {asked} say?")
    texts = " ".join(hit.quote.text for hit in reply.quotes)
    assert "lose two sailings" in texts
    assert "publish its findings" in texts
    assert "people speaking for them" not in reply.lead  # one body, not its spokespeople


def test_initials_no_article_writes_beside_the_full_name_stay_apart(forms_index: Index) -> None:
    # "RCA" may stand for the Riverside Canoe Association, but no article says so
    reply = answer(forms_index, "what did the RCA say?")
    texts = " ".join(hit.quote.text for hit in reply.quotes)
    assert "share one boathouse" in texts
    assert "voted to stay apart" not in texts


@pytest.mark.parametrize(
    "asked", ["the Dunmore County Fire Office", "the dunmore county fire office"]
)
def test_a_body_quoted_only_under_its_initials_is_found_by_its_full_name(
    forms_index: Index, asked: str
) -> None:
    reply = answer(forms_index, f"what did {asked} say?")
    assert reply.found and reply.speaker == "DCFO"
    assert "checked every month" in reply.quotes[0].quote.text


def test_a_full_name_whose_initials_nobody_is_quoted_under_stays_unknown(
    forms_index: Index,
) -> None:
    # the Pell Valley Rescue Unit would be "PVRU"; "PVRS" stands for something else
    reply = answer(forms_index, "what did the Pell Valley Rescue Unit say?")
    assert not reply.quotes


@pytest.mark.parametrize("asked", ["the TEC", "the tec"])
def test_a_body_quoted_only_in_full_is_found_by_the_initials_an_article_gives_it(
    forms_index: Index, asked: str
) -> None:
    # the body itself, not its economist given the initials as her role's owner
    reply = answer(forms_index, f"what did {asked} say about tankers?")
    assert reply.speaker == "Tidewater Energy Council"
    assert "delayed by storms" in reply.quotes[0].quote.text


def test_initials_no_article_writes_for_a_body_quoted_in_full_stay_unknown(
    forms_index: Index,
) -> None:
    reply = answer(forms_index, "what did the MHT say about dredging?")
    assert not reply.quotes


SPELT = {
    "lights.txt": """Lighthouses to stay lit

The Arctic Lighthouse League (ALL) said every lighthouse on the coast would stay lit.
""",
    "reservoirs.txt": """Reservoirs full after rain

The Tri-Valley Water Board (TVWB) said the reservoirs were full after the spring rain.
""",
    "keepers.txt": """Keepers retire

All the keepers said the lighthouse had been their home for years.
""",
    "rain.txt": """Spring rain floods fields

Farmers said the spring rain had flooded fields beside the rivers.
""",
}


@pytest.fixture(scope="module")
def spelt_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("spelt"), SPELT)


@pytest.mark.parametrize(
    ("asked", "body"),
    [
        # initials that are a common word, given in brackets after the name
        ("the ALL", "Arctic Lighthouse League"),
        # a hyphenated word gives each part's initial
        ("the TVWB", "Tri-Valley Water Board"),
    ],
)
def test_initials_given_in_brackets_find_the_body_quoted_in_full(
    spelt_index: Index, asked: str, body: str
) -> None:
    reply = answer(spelt_index, f"what did {asked} say?")
    assert reply.speaker == body
    assert [hit.speaker for hit in reply.quotes] == [body]


@pytest.mark.parametrize("asked", ["Kestrel Bay Airways", "kestrel bay airways"])
def test_initials_another_body_shares_are_the_name_their_story_writes(
    forms_index: Index, asked: str
) -> None:
    # the Kingsmere Bowling Association, quoted in full, has "KBA" too: the story quoting
    # "KBA" writes Kestrel Bay Airways ("what did british airways say" found no one)
    reply = answer(forms_index, f"what did {asked} say?")
    assert reply.speaker == "KBA", reply.lead
    assert "runway lights" in reply.quotes[0].quote.text
