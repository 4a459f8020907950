"""Role descriptions: what a sentence says a named person is, read at index time."""

from __future__ import annotations

import pytest

from qabot.attribution.role_descriptions import (
    own_role_words,
    roles_described,
    roles_near,
)
from qabot.attribution.unnamed_roles import cue_description, lede_role


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Lind, a former editor of the Daily News, said so.",
            "Lind",
            "a former editor of the Daily News",
        ),
        (
            "The union's lawyer, Jeremy Robinson, had left.",
            "Jeremy Robinson",
            "The union's lawyer",
        ),
        (
            "Sale Sharks director of rugby Philippe Saint-Andre spoke.",
            "Philippe Saint-Andre",
            "Sale Sharks director of rugby",
        ),
        ("President Musharraf of Pakistan spoke.", "Musharraf", "Pakistan"),
        ("Ann Lee, managing director of Acme, said so.", "Ann Lee", "managing director of Acme"),
        ("Ann Lee, acting chief executive, said so.", "Ann Lee", "acting chief executive"),
        (  # the cue verb closes the apposition when its comma is missing
            '"It is key," Ena Varga, Acme\'s chief executive told the BBC.',
            "Ena Varga",
            "Acme's chief executive",
        ),
        (  # the rank stays with its noun when the phrase's other lower-case words go
            "It grew, according to Bank of Elms deputy governor Ada Vance.",
            "Ada Vance",
            "deputy governor",
        ),
        (  # a body's name, then the role in it
            "It was shown by Ena Varga, Ferrox chairman and chief designer, at the fair.",
            "Ena Varga",
            "Ferrox chairman and chief designer",
        ),
        # a hyphened role is read by its last part
        ("Tory co-chairman Ada Vance spoke.", "Ada Vance", "Tory co-chairman"),
        ("Acme vice-president Ivo Brandt spoke.", "Ivo Brandt", "Acme vice-president"),
    ],
)
def test_a_sentence_naming_a_person_gives_their_role(sentence: str, name: str, role: str) -> None:
    assert role in roles_described(sentence, name)


def test_a_clause_after_a_name_is_no_role() -> None:
    assert roles_described("Lind, who had left early, said so.", "Lind") == []


@pytest.mark.parametrize(
    "clause", ["speaking exclusively to BBC Sport", "writing in the Times", "visiting Kabul"]
)
def test_a_participle_after_a_name_is_what_they_do_not_who_they_are(clause: str) -> None:
    # "Parry, speaking exclusively to BBC Sport," made Liverpool's chief executive a BBC voice
    assert roles_described(f"But Parry, {clause}, also admits it.", "Parry") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Mira Lantz, known as Duchess of the Dunes, wrote a blog about the desert.",
        "Mira Lantz, nicknamed the Iron Chancellor, wrote a blog about the desert.",
        '"I loved it," said Mira Lantz, better known as the Dune Queen, on Friday.',
    ],
)
def test_another_name_for_a_person_is_no_role(sentence: str) -> None:
    # "Ellen Simonetti, known as Queen of the Sky": "the queen" asked about is not her
    assert roles_described(sentence, "Mira Lantz") == []
    assert roles_near(sentence, "Mira Lantz") == []


def test_a_role_beside_the_cue_is_read() -> None:
    assert roles_near("NATO chief Jens Stoltenberg said it.", "Jens Stoltenberg") == ["NATO chief"]


def test_a_whose_clause_beside_the_cue_is_no_role() -> None:
    # "the former chancellor" is not the MP whose father served as lord chancellor
    sentence = (
        "Former minister Ivo Marsh, whose father and uncle served as lord chancellor, said the "
        "plan was costly."
    )
    assert roles_near(sentence, "Ivo Marsh") == ["Former minister"]


def test_a_lede_role_goes_to_the_person_the_next_sentence_opens_with() -> None:
    texts = ["The new health minister for Wales says he will act.", "Brian Gibbons, on his day."]
    assert lede_role(texts, ["Brian Gibbons"]) == (
        "Brian Gibbons",
        "new health minister for Wales",
    )
    assert lede_role(texts[:1], ["Brian Gibbons"]) is None


def test_a_lede_role_goes_to_no_body_named_after_the() -> None:
    texts = ["The party's campaign chief has denied a report.", "The Herald said he was told."]
    assert lede_role(texts, ["Herald"]) is None


@pytest.mark.parametrize(
    ("sentence", "cue", "description"),
    [
        ("Speaking on radio, the Two Lakes star said there is too much swearing.", "said",
         "Two Lakes star"),
        ('"It is a joke," said the 74-year-old comedian.', "said", "comedian"),
        ('"It is fine," the NATO chief told reporters.', "told", "NATO chief"),
        ('"No," said the chairman of the Fair Pay Board.', "said",
         "chairman of the Fair Pay Board"),
        ('"It is fine," he said.', "said", None),
        ("The government has said it will look again.", "said", None),
    ],
)  # fmt: skip
def test_a_description_at_a_cue_gives_the_role_of_the_person_named_before(
    sentence: str, cue: str, description: str | None
) -> None:
    assert cue_description(sentence, cue) == description


def test_another_persons_role_inside_a_description_is_not_theirs() -> None:
    assert own_role_words("a friend of the Tory leader") == {"friend", "tory"}
    assert own_role_words("spokesman for the prime minister") == {"spokesman", "prime"}
    assert own_role_words("chairman of the Fair Pay Board") == {"chairman", "fair", "pay", "board"}


def test_a_list_of_names_after_a_name_is_no_role() -> None:
    assert roles_described("Ena Varga, Tom Vance and the chairman left early.", "Ena Varga") == []
