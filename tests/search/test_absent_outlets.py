"""How the best-matching passages write a word: the one search-and-read behind the outlet
readings (a newspaper's words written together, an outlet's name in capitals, a tag's word
written in lower case)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.indexing import Index
from qabot.search.absent_outlets import _AS_OUTLET, passages_write, written_as_outlet
from qabot.text import unjoined_matches
from tests.support.indexes import dated_index_of

# our own short articles
ARTICLES = {
    "salon.md": ("2024-03-05", "Harbour Gazette", "Salon fire",
                 "A fire in the salon on Quay Street was put out by the crew."),
    "ferry.md": ("2024-03-06", "Harbour Gazette", "Ferry late",
                 "The ferry to the island ran two hours late on Monday."),
    "market.md": ("2024-03-07", "Harbour Gazette", "Market opens",
                  "The fish market opened early as the boats came in."),
}  # fmt: skip


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return dated_index_of(tmp_path_factory.mktemp("written"), ARTICLES)


def test_passages_write_a_pattern_found_in_the_best_matching_passages(index: Index) -> None:
    assert passages_write(index, ["fire"], re.compile(r"\bsalon\b"), 1)
    assert passages_write(index, ["fire"], re.compile(r"\bQuay Street\b"), 1)


def test_passages_write_reads_only_the_passages_the_words_find(index: Index) -> None:
    assert not passages_write(index, ["ferry"], re.compile(r"\bsalon\b"), 1)
    assert not passages_write(index, [], re.compile(r"\bsalon\b"), 5)


# what follows a name written as a news outlet's, read apart from the name's own pattern: the
# places it finds must be those the two patterns joined find (`unjoined_matches`), in any text
_PIECES = st.sampled_from(
    ["Harbour", "harbour", " ", "  ", "\n", "-", "x", "'s", "’s", ",", "News", "news",
     "correspondent", "news agency", "Radio", "Harbour Harbour", "Gazette", "gazette"]
)  # fmt: skip
_NAMES = st.sampled_from([["Harbour"], ["harbour", "gazette"], ["Harbour", "Harbour"]])


@given(st.lists(_PIECES, max_size=24), _NAMES)
def test_an_outlet_s_name_is_found_where_the_joined_pattern_finds_it(
    pieces: list[str], bare: list[str]
) -> None:
    text = "".join(pieces)
    joined = re.compile(r"(" + r"\s+".join(bare) + _AS_OUTLET, re.IGNORECASE)
    name = re.compile(r"\s+".join(bare), re.IGNORECASE)
    assert list(written_as_outlet(name, text)) == [m[1] for m in unjoined_matches(joined, text)]


def test_a_name_inside_what_follows_an_outlet_s_name_is_not_read_again() -> None:
    # "Radio Radio": the second "Radio" is what follows the first, no name of its own
    name = re.compile("radio", re.IGNORECASE)
    assert list(written_as_outlet(name, "Radio Radio TV, harbour radio's reporter")) == [
        "Radio",
        "radio",
    ]
