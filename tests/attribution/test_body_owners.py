"""Roles recorded with what they are of: "the organisation's president" is the president of
the body named before; a news lead's role is the person named next; each on a short invented
text."""

from __future__ import annotations

from qabot.attribution import extract_quotes, summarize
from qabot.attribution.body_owners import body_role_words
from qabot.records import Article, ArticleInfo
from tests.attribution.test_quotes import attributed

ARTICLE = (
    "The Association of Ferry Pilots (AFP) said it agreed with the plans.\n\n"
    "Ana Ruiz, the organisation's president, said: \u201cThe fares must fall before May.\u201d"
)


def test_the_organisation_s_president_is_the_president_of_the_body_named_before() -> None:
    article = Article(ArticleInfo(id="a", path="a.txt", title="Fares"), ARTICLE)
    roles = summarize(extract_quotes(article), article.text)["Ana Ruiz"].roles
    assert {"president", "afp", "association", "ferry", "pilots"} <= set(roles)


def test_body_role_words_need_a_body_named_before() -> None:
    assert body_role_words("Ana Ruiz spoke.", "the organisation's president", 10) == set()
    assert body_role_words(ARTICLE, "a harbour pilot", len(ARTICLE)) == set()
    assert "afp" in body_role_words(ARTICLE, "the association's chair", len(ARTICLE))


def test_a_lead_s_owned_role_is_the_person_the_next_paragraph_opens_with() -> None:
    quotes = attributed(
        "Freedonia's first minister has told pupils that the ferry fares will fall.",
        "Jack Moran was speaking to more than 100 pupils at a school in the north.",
    )
    assert quotes[0][0] == "Jack Moran"


def test_words_before_a_first_name_in_a_run_are_no_part_of_the_name() -> None:
    quotes = attributed(
        "Minister for Ports, Ferries and Harbours Margaret Ruiz said the fares would fall."
    )
    assert [s for s, _ in quotes] == ["Margaret Ruiz"]


def test_a_body_named_with_two_links_is_read_whole() -> None:
    quotes = attributed(
        "The Association of Directors of Ferry Services (ADFS) said it agreed with the plans."
    )
    assert [s for s, _ in quotes] == ["Association of Directors of Ferry Services"]


def test_a_quoted_title_naming_a_thing_is_not_the_subject_s_words() -> None:
    quotes = attributed(
        "The mayor Ana Ruiz headlined a \u201cHarbour Lights\u201d party on Sunday."
    )
    assert quotes == []
