"""A web address typed as the question: the article saved from it, or a plain word that none
was (it was searched as its numbers and path words)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import Conversation, answer
from tests.support.indexes import index_of

ARTICLES = {
    "strike.md": (
        "---\ntitle: Ferry crews strike over pay\nsource: Harbour Post\ndate: 2024-05-02\n"
        "url: https://news.example.org/2024/05/ferry-strike\n---\n\n"
        "Ferry crews walked out on Thursday in a dispute over pay, stranding 400 passengers. "
        "The union said talks would resume on Monday.\n\n"
        "The operator said it had offered a rise of 4% and called the strike premature."
    ),
    "library.txt": (
        "Library opens late on Fridays\n\n"
        "The town library will stay open until 9pm on Fridays from June, the council said."
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("links")), ARTICLES)


@pytest.mark.parametrize(
    "typed",
    [
        "https://news.example.org/2024/05/ferry-strike",
        "http://www.news.example.org/2024/05/ferry-strike/?utm_source=rss#top",
        "what does this say? https://news.example.org/2024/05/ferry-strike",
        # a bare host and path, as the address bar shows it (was searched as "2024" "05" ...)
        "news.example.org/2024/05/ferry-strike",
        "what does news.example.org/2024/05/ferry-strike say?",
    ],
)
def test_the_link_of_a_saved_article_shows_that_article(index: Index, typed: str) -> None:
    result = answer(index, typed)
    assert result.found
    assert "“Ferry crews strike over pay”" in result.lead
    assert result.passages and result.passages[0].article.title == "Ferry crews strike over pay"
    assert result.passages[0].highlight.startswith("Ferry crews walked out")


def test_the_link_of_a_page_not_saved_says_so_instead_of_searching_its_numbers(
    index: Index,
) -> None:
    result = answer(index, "https://elsewhere.example.com/2024/05/02/library-hours")
    assert not result.found and not result.passages
    assert result.lead.startswith("“https://elsewhere.example.com/2024/05/02/library-hours” is")
    assert "no article" in result.lead


def test_a_question_with_words_beside_a_link_is_still_searched(index: Index) -> None:
    result = answer(index, "library friday opening hours www.example.com")
    assert result.found and "library" in result.passages[0].highlight.lower()


def test_what_a_linked_article_says_about_something_is_its_passages_on_it(
    index: Index,
) -> None:
    # "what does <link> say about the offer?" read the link as a speaker: "https://... is not
    # named in the articles, so there is nothing they said"
    chat = Conversation()
    link = "https://news.example.org/2024/05/ferry-strike"
    result = answer(index, f"what does {link} say about the offer?", conversation=chat)
    assert result.found
    assert result.lead == (
        "From the article “Ferry crews strike over pay” (Harbour Post, 2024-05-02), about “offer”:"
    )
    assert [hit.highlight for hit in result.passages] == [
        "The operator said it had offered a rise of 4% and called the strike premature."
    ]
    assert not result.more
    more = answer(index, "more", conversation=chat)
    assert not more.found and more.lead.startswith("No more passages of the article")
    nothing = answer(index, f"{link} library hours")
    assert not nothing.found and not nothing.passages
    assert nothing.lead.startswith("Nothing in the article “Ferry crews strike over pay”")
    # ... and a link no article was saved from is said to be one, not a person never named
    elsewhere = answer(index, "what does https://elsewhere.example.com/x say about the offer?")
    assert not elsewhere.found
    assert elsewhere.lead.startswith("“https://elsewhere.example.com/x” is a web address, and no")
    subject = answer(index, "what did the union say about www.elsewhere.example.com?")
    assert "is a web address" not in subject.lead


def _long_story(tmp_path: Path) -> Index:
    """A saved page of several passages, beside a story the word "harbour" also finds."""
    paragraphs = [
        f"Part {n} of the harbour wall report: the {word} section was inspected on day {n}, "
        + "and the engineers wrote down every crack they found along the stones. " * 6
        for n, word in enumerate(["north", "south", "east", "west", "inner", "outer"], 1)
    ]
    return index_of(tmp_path, {
        "wall.md": "---\ntitle: Harbour wall report\nurl: https://news.example.org/wall\n---\n\n"
        + "\n\n".join(paragraphs),
        "boats.txt": "Harbour boats\n\nThe harbour boats sailed at dawn, the harbour master said.",
    })  # fmt: skip


def test_more_after_a_link_goes_on_through_its_article(tmp_path: Path) -> None:
    # "more" after a link paged the search asked before it ("harbour boats")
    index = _long_story(tmp_path)
    chat = Conversation()
    assert answer(index, "harbour boats", top=1, conversation=chat).found
    first = answer(index, "https://news.example.org/wall", top=1, conversation=chat)
    assert first.lead == "That link is the article “Harbour wall report”:" and first.more
    count = len(index.passages_of(first.passages[0].article.id))
    assert count >= 3
    seen = [first.passages[0].passage.id]
    for page in range(2, count + 1):
        more = answer(index, "more", top=1, conversation=chat)
        assert more.lead == f"More of the article “Harbour wall report” ({page}):", more.lead
        assert more.passages[0].article.title == "Harbour wall report"
        assert more.more == (page < count)
        seen.append(more.passages[0].passage.id)
    assert len(set(seen)) == count
    last = answer(index, "more", top=1, conversation=chat)
    assert not last.found and last.lead == "No more passages in the article “Harbour wall report”."


def test_the_more_button_of_a_link_answer_pages_its_article(tmp_path: Path) -> None:
    # the bot's button asks the link again from an offset: it was searched as words
    index = _long_story(tmp_path)
    page = answer(index, "https://news.example.org/wall", top=1, offset=1)
    assert page.found and page.lead == "More of the article “Harbour wall report” (2):"
    assert page.passages[0].rank == 2


@pytest.mark.parametrize("typed", ["who said 24/7 and/or U.S./Mexico?", "Amazon.com sales"])
def test_a_slash_or_a_bare_host_is_no_link(index: Index, typed: str) -> None:
    assert "web address" not in answer(index, typed).lead
