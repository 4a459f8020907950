"""owner_case.as_written: an owner typed in lower case, in the form the passages write it most."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search.owner_case import as_written
from tests.support.indexes import filler_notes, index_of

ARTICLES = {
    "trust.txt": "Road safety\n\nThe Kestrel Motoring Trust said roads were safer. A Kestrel "
    'spokesman said: "Fewer cars crashed." The trust\'s motoring report came out in May.\n',
    "trust2.txt": "Trust report\n\nThe Kestrel Motoring Trust counted the crashes, and KESTREL "
    "drivers were pleased. The motoring costs rose.\n",
    "bank.txt": "Bank rates\n\nThe KDB kept its rates. The KDB governor said so; the kdb-linked "
    "funds fell.\n",
    **filler_notes(6),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("owners"), ARTICLES)


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        # "Kestrel" 3 of 4 uses, "Motoring" 2 of 4 (not more than half), "Trust" 2 of 2 ("trust's"
        # is another word)
        (("kestrel", "motoring", "trust"), ("Kestrel", "motoring", "Trust")),
        # "kdb-linked" is another word, not a use of "kdb"
        (("kdb",), ("KDB",)),
        (("Kestrel", "trust"), ("Kestrel", "trust")),  # a capital typed: the reader's own
        (("heron",), ("heron",)),  # written nowhere
    ],
)
def test_as_written(index: Index, typed: tuple[str, ...], written: tuple[str, ...]) -> None:
    assert as_written(index, typed) == written
