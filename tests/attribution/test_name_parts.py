"""One article's part of name merging: its speakers named from it alone, stored and read back
whole (or refused), and merged into what merging the summaries gives."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from qabot.attribution import (
    ArticleNames,
    SpeakerSummary,
    Summary,
    article_names,
    merge_names,
    merge_parts,
)

SUMMARIES: list[tuple[str, Summary]] = [
    (
        "a1",
        {
            "Architect Lena Okafor": SpeakerSummary(2, {"architect": 1}),
            "Okafor": SpeakerSummary(1, {}, ["Lena Okafor"], gender="f"),
        },
    ),
    (
        "b2",
        {
            "France's finance minister": SpeakerSummary(1, {"finance": 1, "minister": 1}),
            "Herve Gaymard": SpeakerSummary(1, {"finance": 2, "minister": 2}, [], ["Gaymard"]),
        },
    ),
    ("c3", {"Brian": SpeakerSummary(1), "Brian Gibbons": SpeakerSummary(2, gender="m")}),
]


def test_an_article_names_its_speakers_from_itself_alone() -> None:
    okafor = {s.speaker: s.name for s in article_names(SUMMARIES[0][1]).speakers}
    assert okafor == {"Architect Lena Okafor": "Lena Okafor", "Okafor": "Lena Okafor"}
    assert {s.speaker: s.name for s in article_names(SUMMARIES[2][1]).speakers} == {
        "Brian": "Brian Gibbons",
        "Brian Gibbons": "Brian Gibbons",
    }
    assert article_names(SUMMARIES[1][1]).described  # a role quoted as it stands


def test_stored_parts_merge_into_what_the_summaries_merge_into() -> None:
    stored = [
        (article_id, json.loads(json.dumps(article_names(summary).to_json())))
        for article_id, summary in SUMMARIES
    ]
    merged = merge_parts((a, ArticleNames.from_json(part)) for a, part in stored)
    assert merged.to_json() == merge_names(SUMMARIES).to_json()


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=4),
    lambda inner: st.lists(inner, max_size=7) | st.dictionaries(st.text(max_size=4), inner),
    max_leaves=20,
)


@given(_JSON)
def test_any_stored_value_is_a_part_read_whole_or_a_value_error(data: object) -> None:
    try:
        part = ArticleNames.from_json(data)
    except ValueError:
        return
    assert ArticleNames.from_json(json.loads(json.dumps(part.to_json()))) == part


@given(
    speaker=st.text(max_size=5),
    count=st.integers() | st.booleans() | st.text(max_size=2),
    roles=st.dictionaries(st.text(max_size=3), st.integers() | st.none(), max_size=2),
)
def test_a_stored_part_with_a_value_of_another_type_is_refused(
    speaker: str, count: object, roles: dict[str, object]
) -> None:
    data = [0, [[speaker, None, [], count, roles, [], "", {}]]]
    well_typed = type(count) is int and all(type(n) is int for n in roles.values())
    try:
        ArticleNames.from_json(data)
    except ValueError:
        assert not well_typed
    else:
        assert well_typed
