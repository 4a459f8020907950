"""A speaker is never a guess: a role and a surname are not the one full name of that surname
the article quotes unless the article gives them the role, and "he said" after a man who spoke
is not the man he spoke of; each on a short invented text."""

from __future__ import annotations

from qabot.attribution import extract_quotes
from qabot.attribution.same_article_names import by_role_and_surname
from qabot.attribution.summaries import SpeakerSummary
from tests.attribution.test_quotes import make_article


def _merged(summary: dict[str, dict[str, int]]) -> dict[str, str]:
    return by_role_and_surname(
        {s: SpeakerSummary(1, roles, [], []) for s, roles in summary.items()}
    )


def test_a_role_and_a_surname_are_not_another_person_of_that_surname() -> None:
    # "President Bush" beside "Laura Bush" was merged into her
    assert _merged({"Coach Vane": {}, "Mara Vane": {"gardener": 1}}) == {}


def test_a_role_and_a_surname_are_the_person_the_article_gives_that_role() -> None:
    merged = _merged({"Coach Vane": {}, "Mara Vane": {"coach": 1}})
    assert merged == {"Coach Vane": "Mara Vane"}


def test_he_after_a_man_who_spoke_is_not_the_man_he_praised() -> None:
    quotes = extract_quotes(
        make_article(
            "Tom Hale arrived in Leeds on Monday. He praised John Smith, the minister, for his "
            'work on schools. He said: "We will win the next election."'
        )
    )
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Tom Hale", "We will win the next election.")
    ]
