"""A story on a match between two sides is no story about one of them: "skipper X" in
"Preview: Wexford v Carlow" may be either side's, so it ties X to neither. And a role after a
comma ("However, chief executive X cautioned") has no owner of its own: in a story about a
firm, it is the firm's. Short invented articles, asked through `answer()`."""

from __future__ import annotations

from pathlib import Path

from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "preview.txt": (
        "Preview: Wexford v Carlow\n\n"
        "Wexford are going for a first league title in ten years, and Carlow are their "
        "hardest test so far.\n\n"
        "The visitors have lost their last two games. But skipper Tom Byrne believes his "
        'side can spring a surprise. "We have nothing to lose on the day," said Byrne.\n'
    ),
    "win.txt": (
        "Wexford edge out Kilkenny\n\n"
        "Wexford captain Ned Hart scored the winning goal at the weekend.\n\n"
        '"The bounce of the ball went our way this time," said Hart.\n'
    ),
    "gas.txt": (
        "Acme Mining in new gas find\n\n"
        "Acme Mining said on Tuesday that its new well in the north held large gas volumes.\n\n"
        "However, chief executive Lena Park cautioned that more drilling was needed first. "
        '"We will know more by the spring," Ms Park said.\n'
    ),
}


def test_a_match_preview_ties_neither_sides_role_to_the_other_side(tmp_path: Path) -> None:
    index = index_of(tmp_path, ARTICLES)
    # Byrne's words hold "nothing to lose", Hart's do not: still only Hart is Wexford's
    result = answer(index, "what did the wexford captain say about having nothing to lose")
    assert all(hit.speaker != "Tom Byrne" for hit in result.quotes)
    assert "Byrne" not in result.lead


def test_a_role_after_a_comma_is_the_firm_the_story_is_about(tmp_path: Path) -> None:
    index = index_of(tmp_path, ARTICLES)
    result = answer(index, "what did acme mining's chief executive say about the gas find")
    assert result.speaker == "Lena Park"
