"""Terminal escapes and control characters are removed from untrusted text, whole."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from qabot.text import (
    CONTROL,
    kept_positions,
    parted_controls,
    strip_controls,
    without_markup_controls,
)


def test_an_escape_sequence_leaves_nothing_glued_to_a_word() -> None:
    assert strip_controls("what did \x1b[31mTruss\x1b[0m\x07 say?") == "what did Truss say?"
    assert strip_controls("\x1b]0;title\x07Ruiz") == "Ruiz"


def test_plain_text_is_kept() -> None:
    assert (
        strip_controls("Stoltenberg said “tanks”\tand\nmore")
        == "Stoltenberg said “tanks”\tand\nmore"
    )


@given(st.text())
def test_nothing_that_drives_a_terminal_is_left(text: str) -> None:
    cleaned = strip_controls(text)
    assert "\x1b" not in cleaned
    assert CONTROL.search(cleaned) is None


def test_kept_positions_point_at_what_stripping_keeps() -> None:
    text = "a\x1b[31mb\x07c"
    assert kept_positions(text) == [0, 6, 8]


@given(st.text(alphabet=st.sampled_from("ab[31m;]\x1b\x07\x9b\u202e \n")))
def test_kept_positions_spell_the_stripped_text(text: str) -> None:
    assert "".join(text[i] for i in kept_positions(text)) == strip_controls(text)


def test_an_unterminated_title_escape_ends_with_its_line() -> None:
    assert strip_controls("Ruiz \x1b]0;title said\nthe ferry sails") == "Ruiz \nthe ferry sails"


def test_parting_controls_leaves_an_escape_whole_for_stripping() -> None:
    parted = parted_controls("frost\x01\x1b]0;pwned\x07damage\x07now")
    assert strip_controls(parted) == "frost damage now"


def test_an_escape_in_markup_never_takes_a_tag_with_it() -> None:
    # to a terminal "<" is a parameter byte: "ESC [</s" was one sequence, and the "</script>"
    # it cut let the script run over the whole page
    source = '<script>{"a": "\x1b[</script><p>Ferries every forty minutes.</p>'
    assert (
        without_markup_controls(source)
        == '<script>{"a": "</script><p>Ferries every forty minutes.</p>'
    )
    assert without_markup_controls("<b>\x1b]0;title</b>x") == "<b></b>x"
    assert without_markup_controls("<b>\x1b[31mred\x1b[0m</b>") == "<b>red</b>"


@given(st.lists(st.sampled_from(["\x1b", "[", "]", "0", ";", "<", ">", "/", "p", "\x07", "x"])))
def test_markup_keeps_every_angle_bracket(parts: list[str]) -> None:
    source = "".join(parts)
    kept = without_markup_controls(source)
    assert kept.count("<") == source.count("<") and kept.count(">") == source.count(">")
    assert "\x1b" not in kept
