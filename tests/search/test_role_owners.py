"""A role question that names an owner gets a person only when the owner is part of their role.

"The head of the Red Cross" is not a football manager whose fans are "the Reds", nor anyone
quoted in an article that names the Red Cross somewhere; "the WHO head" is not a head quoted
beside the word "who". Short invented articles, asked through `answer()`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "derby.txt": "Reds win the derby\n\nReds manager Tom Hale praised his side after the "
    'derby win.\n\n"The lads were superb," Hale said.\n\nFans later gave money to the Red '
    "Cross appeal.\n",
    "flood.txt": "Flood aid arrives\n\nAid reached the valley on Monday, and the Red Cross "
    'sent blankets.\n\nCouncil chief Mo Dane said: "We are grateful to every volunteer."\n',
    "health.txt": "Clinic opens\n\nHospital head Lara Voss, who opened the clinic, said "
    '"Anyone who needs care will get it here."\n',
    "cup.txt": "Rovers beaten\n\nDale beat Rovers in a penalty shootout and Dale coach "
    'Ivo Brandt said: "We deserved it."\n\nRovers captain Sam Reed said: "We will be back."\n',
    "alliance.txt": "Alliance warns\n\nThe alliance will add troops, said Ana Ruiz, the "
    'NATO chief.\n\n"We will stand together," Ms Ruiz said.\n',
    "agency.txt": "Virus warning\n\nWHO head Dr Kofi Mensah said the outbreak was slowing.\n",
    "club.txt": "Wanderers appoint\n\nPiet Sand of Wanderers said the new coach would start "
    'on Monday.\n\n"He is the right man," Sand said.\n',
}


@pytest.fixture(scope="module")
def owners_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("owners"), ARTICLES)


@pytest.mark.parametrize(
    "question",
    [
        # "Reds" is not "Red Cross", and the Red Cross is only named in his article
        "what did the head of the Red Cross say?",
        # a council chief quoted in a story that names the Red Cross is not its chief
        "what did the Red Cross chief say?",
        # the sentence names Rovers and quotes the Dale coach: he is not the Rovers coach
        "what did the Rovers coach say?",
        # the Rovers captain is not the Rovers coach
        "what did the Rovers manager say?",
    ],
)
def test_a_role_owned_by_nobody_quoted_is_answered_honestly(
    owners_index: Index, question: str
) -> None:
    result = answer(owners_index, question)
    assert result.speaker is None
    assert result.quotes == []
    assert not result.found or "No one" in result.lead or "No quotes" in result.lead


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what did the Reds manager say?", "Tom Hale"),  # "Reds manager Tom Hale"
        ("what did the Dale coach say?", "Ivo Brandt"),  # "Dale coach Ivo Brandt"
        ("what did the NATO chief say?", "Ana Ruiz"),  # "Ana Ruiz, the NATO chief"
        ("what did the WHO head say?", "Kofi Mensah"),  # "WHO head Dr Kofi Mensah"
        ("what did the Wanderers boss say?", "Piet Sand"),  # "Piet Sand of Wanderers"
    ],
)
def test_a_role_whose_owner_is_tied_to_the_person_is_theirs(
    owners_index: Index, question: str, speaker: str
) -> None:
    result = answer(owners_index, question)
    assert result.speaker is not None and speaker in result.speaker
    assert result.quotes and speaker in result.quotes[0].speaker


def test_an_acronym_is_not_the_common_word(tmp_path: Path) -> None:
    # "who" in a quote is not the WHO: the hospital head is not its head
    index = index_of(tmp_path, {"health.txt": ARTICLES["health.txt"]})
    result = answer(index, "what did the WHO head say?")
    assert result.speaker is None
    assert result.quotes == []


def test_unowned_roles_need_no_index(tmp_path: Path) -> None:
    # an empty archive answers a role question with found false
    result = answer(index_of(tmp_path, {"x.txt": "Nothing\n\nNo one spoke today.\n"}),
                    "what did the NATO chief say?")  # fmt: skip
    assert not result.found
