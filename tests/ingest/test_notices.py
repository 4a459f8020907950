"""Notices about the page (a date alone, reprint notices, bracketed captions, bare links) are
not the story; lines that look like them but tell it stay."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.ingest import parse_text_article
from qabot.ingest.notices import dated_list_lines, is_notice, is_split_byline

MORE = "The new timetable starts in May, and fares stay as they were for another year.\n"
BODY = (
    "The harbour authority approved a new ferry timetable on Tuesday after months of talks.\n\n"
    "Ferries will leave every forty minutes from May, the authority said in a statement.\n\n"
    "Council members welcomed the change but warned that the car deck would stay too small.\n"
)


def text_of(raw: str) -> str:
    article = parse_text_article(raw, "a.txt")
    assert article is not None
    return article.text


@pytest.mark.parametrize(
    "line",
    [
        "May 4, 2022",
        "Monday, 6 January 2020",
        "October 22, 2019 report",
        "Published: 4 May 2022 10:41 BST",
        "2022-05-04",
        "Posted on",
        "-",
        "|",
        "From the book The Harbour by A. Writer. Copyright © 2019 by A. Writer. Reprinted by "
        "permission of Island Books. All rights reserved.",
        "© 2020 Harbour Media Ltd",
        "[Above: the ferry leaving the north pier]",
        "Pictured: the new ferry at its berth",
        "https://www.example.org/posts/2800731780195723",
        "23 Comments",
        "5 min read",
        "Updated 3 hours ago",
        "#IslandNews",
        "Tags: ferries, harbour, island life",
        "We use cookies to improve your experience. By continuing you agree to our policy.",
        "Cookie settings",
        "Accept all cookies",
        "(c) 2021 Harbour Media",
        "Story continues below advertisement",
        "About the author",
        "Please enable JavaScript to view the comments.",
    ],
)
def test_notices_are_found(line: str) -> None:
    assert is_notice(line)


@pytest.mark.parametrize(
    "line",
    [
        "On May 4, 2022 the ferry ran aground.",
        "The ferry will leave on Monday.",
        "|---|---|",
        "Copyright law protects the work of writers, the court said in its ruling.",
        "[The minister] said the ferry would run.",
        "Above all, the board wants a reliable service.",
        "See https://www.example.org for the timetable.",
        "#1 seed loses in the first round",
        "Cookies are small files that websites store, the regulator said in its report.",
        "Topics for the meeting were set on Tuesday.",
        "The 23 comments were read out at the meeting.",
        "(c) The council must publish the timetable a month ahead.",
        "Below: the full statement from the harbour board.",
        "The story continues below the waterline, divers said.",
        "Users must accept cookies before the site loads, the new cookie policy says.",
    ],
)
def test_story_lines_are_not_notices(line: str) -> None:
    assert not is_notice(line)


def test_a_byline_split_over_two_lines() -> None:
    assert is_split_byline("By", "Jane Doe")
    assert not is_split_byline("By", "the end of the week, the ferry will run daily.")
    assert not is_split_byline("Buy", "Jane Doe")


def test_notices_leave_the_article_text() -> None:
    raw = (
        "Ferry timetable approved\n\nMay 4, 2022\n\nBy\nJane Doe\n\n" + BODY + "\n"
        "[Above: the ferry at the north pier]\n\nAll rights reserved. Harbour Media 2022.\n"
    )
    text = text_of(raw)
    assert text.startswith("The harbour authority")
    for notice in ("May 4, 2022", "Jane Doe", "[Above", "All rights reserved"):
        assert notice not in text


def test_a_writers_bio_closing_the_page_goes() -> None:
    bio = "Jane Doe is a reporter at the Gazette covering transport and the harbour."
    text = text_of(f"Ferry timetable approved\n\n{BODY}\n{bio}\n")
    assert "Jane Doe" not in text and "car deck" in text
    # the same words inside the story are the story
    text = text_of(f"Ferry timetable approved\n\n{bio}\n\n{BODY}\n{MORE}")
    assert "Jane Doe is a reporter" in text


@pytest.mark.parametrize(
    "line",
    [
        "- Join our Island Study Facebook group to connect with fellow learners",
        "You can contact the Gazette on Facebook, Twitter, or email news@example.org",
    ],
)
def test_prompts_in_lists_and_contact_prompts_go(line: str) -> None:
    text = text_of(f"Ferry timetable approved\n\n{BODY}\n{line}\n\n{MORE}")
    assert line not in text and "fares stay" in text


def test_a_line_printed_twice_in_a_script_without_spaces_is_kept_once() -> None:
    line = "・必ず複数の男性で確保する。そのうちあるから。"
    middle = f"{line}\n\nつづく\n\n{line}\n\nつづく\n\n"  # a thread embedded twice
    text = text_of(f"Title\n\n{BODY}\n{middle}{MORE}")
    assert text.count(line) == 1
    assert "つづく" in text  # short lines are no duplicates (two in a row read as one)


def test_a_repeated_line_of_code_is_kept() -> None:
    code = "print('key error')"
    text = text_of(f"Title\n\n{BODY}\nTry this:\n{code}\nexcept:\n{code}\n\n{MORE}")
    assert text.count(code) == 2


@given(st.text(max_size=300))
def test_notice_checks_never_fail(line: str) -> None:
    is_notice(line)
    is_split_byline(line, line)


@pytest.mark.parametrize(
    "listed",
    [
        "Student tops the world in maths April 30, 2022\n\nExams postponed by three weeks "
        "April 28, 2022\n\nOfficials meet over contingency planning April 28, 2022",
        "Student tops the world in maths\n\nApril 30, 2022\n\nExams postponed by three weeks\n\n"
        "28 April 2022",
    ],
)
def test_a_list_of_other_stories_with_their_dates_goes(listed: str) -> None:
    text = text_of(f"Ferry timetable approved\n\n{BODY}\n{listed}\n\n{MORE}")
    assert "maths" not in text and "Exams" not in text and "2022" not in text
    assert "car deck" in text and "fares stay" in text


def test_dated_lines_of_the_story_stay() -> None:
    timeline = (
        "The first ferry sailed on May 4, 2022.\n\nThe second ferry sailed on June 1, 2022.\n\n"
        "The harbour reopened after the storm of March 3, 2022"
    )
    text = text_of(f"Ferry timetable approved\n\n{BODY}\n{timeline}\n\n{MORE}")
    assert "May 4, 2022." in text and "June 1, 2022." in text
    assert "storm of March 3, 2022" in text  # one headline-shaped line is no list


_LINES = st.lists(
    st.one_of(
        st.sampled_from(["", "April 30, 2022", "Exams postponed April 28, 2022", "- item"]),
        st.text(max_size=60),
    ),
    max_size=12,
)


@given(_LINES)
def test_dated_lists_are_found_among_filled_lines_only(lines: list[str]) -> None:
    found = dated_list_lines(lines)
    assert all(0 <= i < len(lines) and lines[i] for i in found)
