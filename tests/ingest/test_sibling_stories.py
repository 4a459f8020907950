"""A page of several stories in boxes of one kind (a newsletter's issue) keeps them all."""

from __future__ import annotations

from qabot.ingest import read_html_page

STORIES = [
    [
        "Ferry crews agreed a new timetable with the harbour authority on Tuesday after months "
        "of talks over night crossings and pay.",
        "Ferries will leave every forty minutes from May, and the night crossing returns after "
        "a gap of three years, the authority said in a statement.",
        "Council members welcomed the change but warned that the car deck would stay too small "
        "for the summer crowds unless a second vessel is leased.",
        "The crews' union said the agreement was the best it had signed in a decade and asked "
        "its members to approve it at a meeting next week.",
        "The first crossing under the new timetable is planned for the morning of the first "
        "Monday in May, weather permitting.",
    ],
    [
        "The island library will open on Sundays from next month, the council said, after a "
        "petition signed by more than two thousand readers.",
        "Volunteers will staff the reading room, and the council will pay for heating and for a "
        "part-time librarian to run the children's hour.",
        "The library's director said the change would cost less than the council feared, "
        "because the building is already heated for the archive.",
        "Readers will be able to borrow up to ten books at a time, twice the present limit, "
        "once the new lending system is installed in June.",
        "A reading group for older islanders will meet there on the first Sunday of every "
        "month, with tea and cake paid for by the friends of the library.",
    ],
    [
        "Fishermen on the north coast landed the biggest catch of mackerel in a decade this "
        "week, helped by calm seas and cold water.",
        "Prices at the harbour auction fell by a third as buyers from the mainland struggled "
        "to take the whole catch before it spoiled.",
        "The cooperative said it would ask the council for a second cold store before the "
        "autumn season, when larger catches are expected.",
        "Older skippers said they had not seen shoals so close to the shore since the winter "
        "the old pier was washed away by a storm.",
        "Scientists from the marine station will take samples from the catch to learn why the "
        "fish came inshore so early in the year.",
    ],
]


def page(body: str) -> str:
    return (
        f"<!doctype html><html><head><title>Island Weekly</title></head><body>{body}</body></html>"
    )


def boxes(stories: list[list[str]], kind: str) -> str:
    return "".join(
        f"<article class='{kind}'><h2>Story {n}</h2><div class='{kind}-text'>"
        + "".join(f"<p>{p}</p>" for p in story)
        + "</div></article>"
        for n, story in enumerate(stories, 1)
    )


def read(html: str) -> str:
    article = read_html_page(html, "page.html").article
    assert article is not None
    return article.text


def test_every_story_of_a_newsletter_page_is_kept_in_page_order() -> None:
    intro = "<h1>Island Weekly</h1><p>Welcome back to Island Weekly. Thanks for reading.</p>"
    text = read(page(intro + boxes(STORIES, "story")))

    firsts = [text.find(story[0]) for story in STORIES]
    assert all(position >= 0 for position in firsts)
    assert firsts == sorted(firsts)
    assert all(text.count(story[-1]) == 1 for story in STORIES)


def test_two_boxes_beside_the_story_are_not_a_series_of_stories() -> None:
    text = read(page("<h1>Island Weekly</h1>" + boxes(STORIES[:2], "story")))

    assert STORIES[0][0] in text
    assert STORIES[1][0] not in text


def test_the_next_articles_an_endless_page_loaded_below_the_story_are_not_added() -> None:
    text = read(page(boxes(STORIES, "story").replace("h2", "h1")))

    assert STORIES[0][0] in text
    assert STORIES[1][0] not in text
    assert STORIES[2][0] not in text


def test_posts_of_a_forum_thread_are_readers_words_and_not_added() -> None:
    intro = "<h1>Island Weekly</h1><p>Welcome back to Island Weekly. Thanks for reading.</p>"
    text = read(page(intro + boxes(STORIES, "forum-post")))

    assert STORIES[0][0] in text
    assert STORIES[1][0] not in text
