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
