import re

from hypothesis import given
from hypothesis import strategies as st

from qabot.text import name_starts

_PIECES = st.sampled_from(["Kim", "Lee", "-", "'", "\u2019", "_", " ", "a", "1", "é", "K", "\n"])


def test_name_starts_finds_whole_words_only() -> None:
    text = "Kim said. O'Kim, Kim-Lee, Kims and Kim's view (Kim)"
    assert name_starts(text, "Kim") == [0, 35, 47]


@given(
    st.lists(_PIECES, max_size=20).map("".join),
    st.lists(_PIECES, min_size=1, max_size=4).map("".join),
)
def test_name_starts_agrees_with_the_regular_expression(text: str, name: str) -> None:
    pattern = re.compile(rf"(?<![\w'\u2019-]){re.escape(name)}(?![\w-])")
    assert name_starts(text, name) == [m.start() for m in pattern.finditer(text)]
