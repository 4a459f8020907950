"""Names the directory gives a speaker from their article: a daughter named by her first name
goes by her family's name, a peer known by title and surname is not the man of that surname the
article also names."""

from __future__ import annotations

from qabot.attribution import SpeakerDirectory
from tests.attribution.test_quotes import attributed
from tests.support.directories import directory_of


def _names(directory: SpeakerDirectory) -> set[str]:
    return {name for name, _ in directory.counts()}


def test_a_daughter_named_by_her_first_name_goes_by_the_family_name() -> None:
    directory = directory_of(
        {
            "f": 'Organiser Michael Tarnby said: "Photo cards will be checked at every gate." '
            'Mr Tarnby\'s daughter Emily said the cards could "really change the system".'
        }
    )
    assert "Emily Tarnby" in _names(directory)
    assert "Emily" not in _names(directory)


def test_a_wife_named_by_her_first_name_keeps_it() -> None:
    directory = directory_of(
        {
            "w": 'Organiser Michael Tarnby said: "Photo cards will be checked at every gate." '
            'Mr Tarnby\'s wife Emily said the cards could "really change the system".'
        }
    )
    assert "Emily Tarnby" not in _names(directory)


def test_a_peer_is_not_the_other_man_of_his_surname() -> None:
    directory = directory_of(
        {
            "p": "One man, Sion Aubrey Roberts, was convicted in 1993.\n\n"
            "The show also heard from Lord Roberts of Conwy, a minister at the time. He denied "
            "that the services played any improper role."
        }
    )
    assert "Sion Aubrey Roberts" not in _names(directory)


def test_a_first_name_after_a_kin_noun_is_who_she_said_means() -> None:
    quotes = attributed(
        "Tom Lane went missing in 1995. A fan says she saw Lane in Goa.",
        "Lane's sister Rachel makes an appeal on television. \u201cWe love him,\u201d she said.",
    )
    assert quotes[-1] == ("Rachel", "We love him")
