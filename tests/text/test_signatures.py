"""Term signatures: one bit per distinct term, the same bit in every process and run."""

from __future__ import annotations

import functools
import operator

from hypothesis import given
from hypothesis import strategies as st

from qabot.text import analyze
from qabot.text.signatures import joined_signature, term_bit, term_signature


@given(st.lists(st.text(min_size=1, max_size=6), max_size=40))
def test_a_signature_is_the_bits_of_its_distinct_terms(terms: list[str]) -> None:
    # stored in every index: computed in bulk, it must be the bits term_bit gives one by one
    bits = functools.reduce(operator.or_, map(term_bit, terms), 0)
    assert term_signature(terms) == (bits, len(set(terms)))


def test_a_term_sets_the_same_bit_in_every_run() -> None:
    # CRC-32, not Python's salted hash: indexes built by other processes stay readable
    assert term_signature(["ferri", "harbour", "ferri"]) == (1 << 119 | 1 << 26, 2)


@given(st.text(max_size=80))
def test_the_signature_of_joined_terms_is_that_of_the_terms(text: str) -> None:
    # index time signs each passage's terms as analysis joins them (any script, any spaces)
    terms = analyze(text)
    assert joined_signature(terms) == term_signature(terms.split())
    assert joined_signature("ferri harbour ferri") == term_signature(["ferri", "harbour"])


def test_the_signature_of_many_joined_terms_sets_every_bit_they_choose() -> None:
    terms = [f"term{n}" for n in range(1500)]  # more terms than bytes in a translation table
    signature, distinct = joined_signature(" ".join(terms + terms[:10]))
    assert (signature, distinct) == term_signature(terms)
    assert signature == (1 << 128) - 1
