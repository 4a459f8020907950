"""A role asked that no article gives the speaker ("which minister said ...?" of a striker the
articles never call minister) leaves their quote at most the closest: its words may be theirs,
the role is not known to be."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.who_said_roles import role_unheard
from tests.support.indexes import index_of

ARTICLES = {
    "derby.txt": (
        "Rovers edge the derby\n\n"
        "Rovers beat City 2-1 in a tense derby at Millbrook Park on Saturday. Striker Tam "
        'Hollis scored both goals. "The lads never stopped running for each other," said '
        "Hollis after the match.\n"
    ),
    "budget.txt": (
        "Finance minister unveils spending plan\n\n"
        "The finance minister, Ruth Calder, set out the new spending plan on Tuesday. "
        '"We will keep borrowing under control this year," said Ms Calder.\n'
    ),
}


@pytest.fixture(scope="module")
def clubs(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("clubs")), ARTICLES)


def test_a_role_with_no_weight_and_none_of_its_words_in_the_story_is_unheard() -> None:
    story = "Striker Tam Hollis scored both goals."
    assert role_unheard("minister", 0.0, lambda: [story])
    assert role_unheard("finance minister", 0.0, lambda: [story])


def test_a_role_weighed_or_written_in_the_story_is_not_unheard() -> None:
    assert not role_unheard("minister", 0.4, lambda: ["Tam Hollis scored."])
    # the story says it, though not of them: the directory may have missed it
    assert not role_unheard(
        "manager", 0.0, lambda: ["Rovers manager Alf Bray watched Hollis score."]
    )
    # a party's other name ("Tory" for "Conservative") is the role written too
    assert not role_unheard("tory", 0.0, lambda: ["The Conservative candidate Jo Penn said so."])


def test_a_role_no_article_gives_the_speaker_is_only_the_closest(clubs: Index) -> None:
    result = answer(clubs, "which minister said the lads never stopped running for each other")
    assert result.quotes and "Hollis" in result.quotes[0].speaker
    # the words are his as asked: only the role is unmet, and the lead says so
    assert result.lead == "The closest is Tam Hollis's, whom the articles do not call minister:"


def test_the_speaker_holding_the_role_or_no_role_asked_said_it(clubs: Index) -> None:
    for question in (
        "which striker said the lads never stopped running for each other",
        "who said the lads never stopped running for each other",
    ):
        result = answer(clubs, question)
        assert result.quotes and "Hollis" in result.quotes[0].speaker
        assert result.lead.endswith("said it:"), question


def test_a_role_the_story_writes_of_another_is_unheard_for_the_speaker() -> None:
    story = "Opposition leader Nina Roth urged the chancellor to admit that taxes would rise."
    assert role_unheard("chancellor", 0.0, lambda: [story], "Nina Roth")
    # written right before their name, or set off after it, it is theirs
    for written in (
        "Chancellor Nina Roth said taxes would rise.",
        "Ms Roth, the chancellor, said taxes would rise.",
        "The shadow chancellor Roth spoke first.",
    ):
        assert not role_unheard("chancellor", 0.0, lambda text=written: [text], "Nina Roth")
    # the words before a possessive are another's: the chancellor's aide is no chancellor
    aide = "The chancellor's aide Nina Roth said taxes would rise."
    assert role_unheard("chancellor", 0.0, lambda: [aide], "Nina Roth")


def test_a_speaker_the_articles_do_not_call_the_role_is_the_closest_and_the_lead_says_so(
    tmp_path: Path,
) -> None:
    # the opposition leader attacks "the chancellor" in her own story: she is none
    articles = {
        **ARTICLES,
        "tax.txt": (
            "Roth attacks budget\n\n"
            "Opposition leader Nina Roth attacked the budget on Wednesday. She urged the "
            'chancellor to admit that families would pay more. "We can all see that council '
            'taxes will rise for every family," Ms Roth said.\n'
        ),
    }
    index = index_of(tmp_path, articles)
    result = answer(index, "which chancellor said council taxes would rise")
    assert result.quotes and result.quotes[0].speaker == "Nina Roth"
    assert result.lead == "The closest is Nina Roth's, whom the articles do not call chancellor:"
    # asked with no role, or the role she holds, she said it
    for question in (
        "who said council taxes would rise",
        "which opposition leader said council taxes would rise",
    ):
        assert answer(index, question).lead == "Nina Roth said it:", question


def test_a_role_is_heard_only_as_its_whole_run_of_words() -> None:
    # "prime time" and "sports minister" write both words of "prime minister", never the role
    story = "The sports minister watched the match in prime time. The striker scored twice."
    assert role_unheard("prime minister", 0.0, lambda: [story])
    assert not role_unheard(
        "prime minister", 0.0, lambda: ["The Prime Minister said he was pleased."]
    )
    assert not role_unheard(
        "prime minister", 0.5, lambda: [story]
    )  # a role the directory gives them
