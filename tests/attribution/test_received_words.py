"""Words a sentence tells someone received (comments, messages, taunts) are the comments', not
the receiver's, even when the receiver is a speaker the article knows; short invented texts."""

from __future__ import annotations

from tests.attribution.test_quotes import attributed


def test_comments_a_singer_received_are_the_comments_not_hers() -> None:
    quotes = attributed(
        "Marie Lenoir is a singer from Lyon.",
        "When the star shared photos from the gala, she received comments including \u201cPlease "
        "eat a sandwich\u201d and \u201cYou look far too thin these days.\u201d",
    )
    assert ("comments", "Please eat a sandwich") in quotes
    assert ("comments", "You look far too thin these days.") in quotes


def test_a_speaker_who_received_messages_and_said_something_keeps_her_words() -> None:
    quotes = attributed(
        "Marie Lenoir is a singer from Lyon.",
        "Lenoir received many messages of support and said: \u201cI am grateful to every fan "
        "who wrote.\u201d",
    )
    assert ("Marie Lenoir", "I am grateful to every fan who wrote.") in quotes
