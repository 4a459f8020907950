"""Name runs: the fast scan finds exactly what the plain patterns find."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from qabot.attribution import name_runs

_NAME_PIECES = st.sampled_from(
    [
        *(
            "Mr. ",
            "Jo",
            "Ann",
            "Smith",
            "O'",
            "Mac",
            "Mc",
            "Di",
            "Le",
            "van ",
            "de ",
            "-",
            "'",
            "’",
        ),
        *(" ", "\n", "x", "É"),
    ]
)


@given(st.lists(_NAME_PIECES, max_size=16).map("".join))
def test_name_runs_and_capitalised_words_match_the_plain_patterns(text: str) -> None:
    up, low = name_runs._UP, name_runs._LOW
    plain = re.compile(
        rf"(?<![\w'’-])(?:Ma?c|O['’]|D[ei]|L[ae])?[{up}][{low}]+(?:-[{up}][{low}]+)?(?![\w-])"
    )
    assert name_runs.CAPITALISED.findall(text) == plain.findall(text)
    runs = [m.span() for m in name_runs._NAME_RUN.finditer(text)]
    assert [m.span() for m in name_runs.name_runs(text)] == runs


_PREFIX_PIECES = st.sampled_from(["di", "de", "la", "van", "von", "Caprio", "x", " ", "-", "'"])


@given(st.lists(_PREFIX_PIECES, max_size=12).map("".join))
def test_lower_case_prefixed_surnames_match_the_plain_pattern(text: str) -> None:
    up, low = name_runs._UP, name_runs._LOW
    particle = name_runs.LOW_PARTICLE  # the one spelling of the particles: LOW_PREFIXED's too
    plain = re.compile(rf"(?<![\w'’-]){particle}[{up}][{low}]+(?![\w-])")
    assert name_runs.LOW_PREFIXED.findall(text) == plain.findall(text)
