"""A speaker's words right after a sentence naming what tells the topic are about it, though
the archive's best passages on the whole topic are all in other stories. Through answer(), on
invented articles."""

from __future__ import annotations

from pathlib import Path

from qabot.search import answer
from tests.support.indexes import index_of

# more stories on the Asian flood than the passages a speaker's quotes are weighed by
REPORTS = {
    f"report{n:03}.txt": (
        f"Flood report {n}\n\n"
        f"Aid for the Asian flood reached village {n} on Monday. The Asian flood left "
        f"families in district {n} without homes, and the Asian flood relief goes on.\n"
    )
    for n in range(120)
}
DONOR = {
    "donor.txt": (
        "Donor attacks council\n\n"
        "The businessman Dale Rook has attacked the council over parking charges in the town "
        "centre, which he said were driving shoppers away.\n\n"
        'He also said the response to the flood was slow. "The people there need boats, not '
        'promises," he added.\n\n'
        '"Parking should be free on Saturdays," Mr Rook added.\n'
    )
}


def test_words_after_a_sentence_naming_the_topic_are_shown_under_it(tmp_path: Path) -> None:
    index = index_of(tmp_path, {**REPORTS, **DONOR})
    result = answer(index, "what did dale rook say about the asian flood", top=5)
    said = [hit.quote.text for hit in result.quotes]
    assert any("need boats, not promises" in text for text in said)
    assert not any("free on Saturdays" in text for text in said)


LEADER = {
    "tour.txt": (
        "Rook begins tour\n\n"
        'Harbour Party leader Tom Rook said: "We are the real opposition in this town."\n\n'
        'Harbour Party leader Tom Rook added: "The ferry fares are a scandal."\n'
    ),
    "rates.txt": (
        "Rook on rates\n\n"
        'Harbour Party leader Tom Rook said: "Business rates are driving shops away."\n'
    ),
    "profile.txt": (
        "Rook looks ahead\n\n"
        "The campaign has been long for Tom Rook. As to his own future, he is clear. "
        '"I want to be steering the party through the next two elections," he said.\n'
    ),
}


# more passages on the future than a speaker's quotes are weighed by: "future" is an
# everyday word, and "leader" the rare one of "his future as leader"
OUTLOOKS = {
    f"outlook{n:03}.txt": (
        f"Outlook {n}\n\nThe future of the harbour market {n} is bright. The future of its "
        "stalls and the future of its boats look good.\n"
    )
    for n in range(120)
}


def test_words_after_a_sentence_naming_the_topic_come_first_when_none_name_it(
    tmp_path: Path,
) -> None:
    index = index_of(tmp_path, {**OUTLOOKS, **LEADER})
    result = answer(index, "what did tom rook say about his future", top=5)
    assert result.lead.startswith("No words of Tom Rook name his future in the articles;")
    assert result.lead.endswith("first where the articles mention it:")
    assert "steering the party" in result.quotes[0].quote.text


def test_the_speakers_own_role_noun_in_the_topic_ranks_nothing(tmp_path: Path) -> None:
    # "Harbour Party leader Tom Rook said" opens every report of his words: "leader" in the
    # topic is no sign that they are about his future as leader
    index = index_of(tmp_path, {**OUTLOOKS, **LEADER})
    result = answer(index, "what did tom rook say about his own future as leader", top=5)
    assert "steering the party" in result.quotes[0].quote.text
