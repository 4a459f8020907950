"""The speakers listing (`qabot speakers`): a name the directory keeps apart because several
people share it says whom it may be; a role word alone is listed as no one's name."""

from __future__ import annotations

import json
from pathlib import Path

from qabot.attribution import ListedSpeaker, SpeakerDirectory, listed_speakers
from qabot.records import Quote
from tests.support.indexes import write_articles
from tests.support.processes import qabot


def quote(article: str, speaker: str, text: str) -> Quote:
    return Quote(article, speaker, text, "direct", "said", 0, len(text), text)


QUOTES = [
    quote("a", "Nora Pell", "The bridge will open in May."),
    quote("a", "Nora Pell", "It cost less than we feared."),
    quote("b", "Owen Pell", "The ferry is not finished."),
    quote("c", "Pell", "We will look again at the tolls."),  # "Mr Pell": Nora or Owen?
    quote("d", "Governor", "The state will pay its share."),
    quote("e", "Tilbury Council", "Roads close at night."),
]


def test_a_name_alone_says_which_people_quoted_it_may_be() -> None:
    listed = listed_speakers(SpeakerDirectory.build(QUOTES))
    assert ListedSpeaker("Pell", 1, ("Nora Pell", "Owen Pell")) in listed
    assert ListedSpeaker("Nora Pell", 2) in listed
    assert ListedSpeaker("Tilbury Council", 1) in listed


def test_a_first_name_alone_may_be_the_fuller_first_name_it_is_short_for() -> None:
    quotes = [
        quote("a", "Vincent Cable", "The books do not add up."),
        quote("b", "Vince", "We will vote against it."),
        quote("c", "Henry Vale", "The mill stays open."),  # "Harry" is short for Henry ...
        quote("d", "Tom Henry", "The tide was late."),  # ... not for this Henry, a surname
        quote("e", "Harry", "No comment."),
    ]
    listed = listed_speakers(SpeakerDirectory.build(quotes))
    assert ListedSpeaker("Vince", 1, ("Vincent Cable",)) in listed
    assert ListedSpeaker("Harry", 1, ("Henry Vale",)) in listed


def test_a_role_word_alone_is_not_listed_as_a_name() -> None:
    listed = listed_speakers(SpeakerDirectory.build(QUOTES))
    assert "Governor" not in {each.name for each in listed}


def test_a_role_word_that_people_quoted_bear_as_a_surname_is_listed_as_their_name() -> None:
    quotes = [
        quote("a", "Julie Bishop", "We will send aid."),
        quote("b", "Rob Bishop", "The tax must go."),
        quote("c", "Bishop", "The talks failed."),  # "Ms Bishop": Julie or Rob?
        quote("d", "Governor", "No comment."),
    ]
    listed = listed_speakers(SpeakerDirectory.build(quotes))
    assert ListedSpeaker("Bishop", 1, ("Julie Bishop", "Rob Bishop")) in listed
    assert "Governor" not in {each.name for each in listed}


ARTICLES = {
    "bridge.txt": (
        'Bridge opens\n\nThe bridge opens in May. "It cost less than we feared," said Nora '
        'Pell, the mayor.\n\n"The tolls are fair," Nora Pell said.\n'
    ),
    "ferry.txt": 'Ferry late\n\n"The ferry is not finished," said Owen Pell, a builder.\n',
    "tolls.txt": 'Tolls reviewed\n\n"We will look again at the tolls," Mr Pell said.\n',
    "roof.txt": "Roof mended\n\nThe school roof was mended in the summer.\n",
}


def test_the_cli_lists_whom_a_name_alone_may_be(tmp_path: Path) -> None:
    write_articles(tmp_path / "articles", ARTICLES)
    where = ["--articles", "articles", "--index-dir", "index"]
    shown = qabot("speakers", *where, cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    lines = [line.split(None, 1)[1] for line in shown.stdout.splitlines()]
    assert "Pell  (the name alone: may be Nora Pell or Owen Pell)" in lines, lines
    rows = json.loads(qabot("speakers", "--json", *where, cwd=tmp_path).stdout)
    assert {"speaker": "Pell", "quotes": 1, "may_be": ["Nora Pell", "Owen Pell"]} in rows
    assert {"speaker": "Nora Pell", "quotes": 2} in rows


# five people called Pell: the listing names the four most quoted, and says there is another
CROWDED = {
    f"{first.lower()}.txt": f'{first} news\n\n"The {word} is late," said {first} Pell.\n'
    for first, word in [
        ("Nora", "bridge"),
        ("Owen", "ferry"),
        ("Anna", "train"),
        ("Cyril", "barge"),
        ("Peter", "coach"),
    ]
} | {"tolls.txt": 'Tolls reviewed\n\n"We will look again at the tolls," Mr Pell said.\n'}


def test_the_cli_listing_in_json_says_a_name_alone_may_be_more_people_than_it_names(
    tmp_path: Path,
) -> None:
    # the text said "... or another", while JSON's four names read as the whole list
    write_articles(tmp_path / "articles", CROWDED)
    where = ["--articles", "articles", "--index-dir", "index"]
    shown = qabot("speakers", *where, cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    [line] = [line for line in shown.stdout.splitlines() if line.split(None, 1)[1][:5] == "Pell "]
    assert line.endswith(" or another)"), line
    rows = json.loads(qabot("speakers", "--json", *where, cwd=tmp_path).stdout)
    [pell] = [row for row in rows if row["speaker"] == "Pell"]
    assert len(pell["may_be"]) == 4 and pell.get("may_be_more") is True, pell
    assert all("may_be_more" not in row for row in rows if row["speaker"] != "Pell")
