import re

from hypothesis import given
from hypothesis import strategies as st

from qabot.text import SentenceWords, name_starts

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


def test_sentence_words_name_the_sentences_holding_a_name_in_order() -> None:
    sentences = ["Kim said no.", "O'Kim left.", "Then Kim-Lee spoke.", "Lee and Kim agreed."]
    words = SentenceWords(sentences)
    assert words.naming("Kim") == [
        "Kim said no.",
        "O'Kim left.",
        "Then Kim-Lee spoke.",
        sentences[3],
    ]
    assert words.naming("Kim Lee") == words.naming("Kim")
    assert words.naming("Park") == []
    assert words.naming("'Kim") == sentences  # no word to look up: every sentence


@given(
    st.lists(st.lists(_PIECES, max_size=12).map("".join), max_size=5),
    st.lists(_PIECES, min_size=1, max_size=4).map("".join),
)
def test_sentence_words_miss_no_sentence_where_a_name_stands(
    sentences: list[str], name: str
) -> None:
    naming = SentenceWords(sentences).naming(name)
    assert [s for s in sentences if name_starts(s, name)] == [
        s for s in naming if name_starts(s, name)
    ]


@given(
    st.lists(st.lists(_PIECES, max_size=12).map("".join), max_size=5),
    st.lists(_PIECES, min_size=1, max_size=4).map("".join),
)
def test_sentence_words_name_exactly_the_sentences_holding_the_first_word_run(
    sentences: list[str], name: str
) -> None:
    # searched in the sentences joined, a run is found as each sentence's own runs find it
    first = re.match(r"\w+", name)
    words = SentenceWords(sentences)
    expected = (
        [s for s in sentences if first.group() in re.findall(r"\w+", s)] if first else sentences
    )
    assert words.naming(name) == expected
    assert words.naming(name) == expected  # asked again: the same
