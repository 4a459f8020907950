"""A paragraph of narration about the last speaker carries their words with no cue; a time
adverb between a speaker and the cue is no part of the name (invented texts)."""

from __future__ import annotations

import pytest

from qabot.attribution import extract_quotes
from qabot.records import Article, ArticleInfo


def attributed(*paragraphs: str) -> list[tuple[str, str]]:
    """Return (speaker, text) of every quote extracted from `paragraphs`."""
    article = Article(ArticleInfo(id="a1", path="a1.txt", title="Test"), "\n\n".join(paragraphs))
    return [(q.speaker, q.text) for q in extract_quotes(article)]


_OPENING = (
    "Rosa Linden broke her leg in a fall on the mountain in June.",
    '"I knew at once that my season was over," says Linden.',
)


def test_a_first_person_quote_set_in_narration_about_the_last_speaker_is_theirs() -> None:
    quotes = attributed(
        *_OPENING,
        'She then spent six weeks on crutches. "Walking again felt like real progress for me."',
    )
    assert quotes[-1] == ("Rosa Linden", "Walking again felt like real progress for me.")


def test_narration_naming_someone_else_leaves_the_quote_unattributed() -> None:
    quotes = attributed(
        *_OPENING,
        'Paul Sorensen was sacked on Monday. "I will appeal against the decision of my club."',
    )
    assert [text for _, text in quotes] == ["I knew at once that my season was over"]


def test_narration_about_another_person_unnamed_leaves_the_quote_unattributed() -> None:
    for narration in (
        "Then the doctor arrived.",  # a person, by a noun
        "Her coach was furious.",
        "He then spent six weeks on crutches.",  # a man, after a woman's words
        "His reply came a day later.",
    ):
        quotes = attributed(*_OPENING, f'{narration} "I have seen worse breaks than this."')
        assert [text for _, text in quotes] == ["I knew at once that my season was over"]


def test_words_in_the_third_person_are_nobody_s() -> None:
    quotes = attributed(
        *_OPENING, 'Her next race is in May. "The Linden Cup returns to the valley in spring."'
    )
    assert [text for _, text in quotes] == ["I knew at once that my season was over"]


def test_words_quoted_inside_a_sentence_of_narration_are_nobody_s() -> None:
    quotes = attributed(
        *_OPENING, 'Her team has "we can all race again together" printed on its shirts.'
    )
    assert [text for _, text in quotes] == ["I knew at once that my season was over"]


def test_a_paragraph_away_from_the_last_speaker_keeps_the_quote_unattributed() -> None:
    quotes = attributed(
        *_OPENING,
        "The mountain has seen three such falls this year.",
        'She then spent six weeks on crutches. "Walking again felt like real progress for me."',
    )
    assert [text for _, text in quotes] == ["I knew at once that my season was over"]


def test_afterwards_before_the_cue_is_no_part_of_the_speaker() -> None:
    quotes = attributed(
        "Rosa Linden, who left the race in June with a broken leg, afterwards said: "
        '"I am so glad to be walking again."'
    )
    assert quotes == [("Rosa Linden", "I am so glad to be walking again.")]


def test_a_quote_paragraph_after_one_paragraph_narrating_the_last_speaker_is_theirs() -> None:
    # journalism's convention: one paragraph about the speaker by pronoun, then their words
    quotes = attributed(
        *_OPENING,
        "She spent six weeks on crutches and then months in a gym.",
        '"Walking again felt like real progress for me."',
    )
    assert quotes[-1] == ("Rosa Linden", "Walking again felt like real progress for me.")


@pytest.mark.parametrize(
    "narration",
    [
        "He spent six weeks on crutches and then months in a gym.",
        "She spent six weeks with coach Ian Moss in a gym.",
        "The mountain has seen three such falls this year.",
    ],
)
def test_a_quote_paragraph_after_narration_of_someone_else_stays_unattributed(
    narration: str,
) -> None:
    quotes = attributed(*_OPENING, narration, '"Walking again felt like real progress for me."')
    assert [text for _, text in quotes] == ["I knew at once that my season was over"]
