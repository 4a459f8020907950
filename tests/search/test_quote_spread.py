"""A speaker's words on a topic from more than one story: one long interview does not fill the
first quotes shown while they said more on it elsewhere. Through answer(), on invented articles."""

from __future__ import annotations

from pathlib import Path

from qabot.search import answer
from tests.support.indexes import index_of

INTERVIEW = "Ferry chief sets out fares plan\n\n" + "".join(
    f'"{words}," ferry chief Mara Quist said of the fares.\n\n'
    for words in (
        "Ferry fares will rise in spring",
        "Ferry fares pay for the new boats",
        "Ferry fares are lower than on the mainland",
        "Ferry fares for pensioners stay free",
        "Ferry fares will be reviewed every year",
    )
)
LATER = (
    "Islanders protest\n\n"
    "Islanders marched against the plan on Saturday. Mara Quist met them at the pier.\n\n"
    '"I hear you, and nobody will be priced off the island," Ms Quist said of the fares.\n'
)


# other news, so that the topic's words are not the archive's everyday words ("fares" in every
# passage of two stories): another story counts when it holds a telling word of the topic
OTHER_NEWS = {
    f"other{n}.txt": f"{subject} news\n\nThe {subject.lower()} club met on Monday to plan.\n"
    for n, subject in enumerate(["Chess", "Rowing", "Choir", "Garden", "Cycling", "Drama"])
}


def test_the_first_quotes_shown_come_from_more_than_one_story(tmp_path: Path) -> None:
    index = index_of(tmp_path, {"interview.txt": INTERVIEW, "protest.txt": LATER, **OTHER_NEWS})
    result = answer(index, "what did mara quist say about ferry fares", top=5)
    shown = [hit.quote.text for hit in result.quotes[:5]]
    # three of the interview, then the other story's words, then the interview again
    assert shown.index("I hear you, and nobody will be priced off the island") == 3


REPORT = "Rovers edge past Kalmar\n\n" + (
    "Rovers manager Tom Vale saw his side beat Kalmar 2-1 in the Cup on Thursday, a win "
    "that took them top of the group.\n\n"
    + "".join(
        f'"{words}," Vale said after the win over Kalmar.\n\n'
        for words in (
            "Kalmar made us work for every ball",
            "The second goal settled our nerves",
            "Our keeper kept us in it late on",
            "I am delighted with the result",
            "We won ugly and I do not mind",
        )
    )
)
PREVIEW = (
    "Vale eyes top spot in the Cup\n\n"
    "Tom Vale wants a Cup win against Dorn to finish top of the group.\n\n"
    '"To need a win to finish top is fantastic," Vale said. "A win there is all we need," '
    "he said.\n"
)


def test_another_story_is_brought_in_only_when_it_names_what_the_topic_names(
    tmp_path: Path,
) -> None:
    # the preview of the Dorn game names the cup and a win, not Kalmar
    index = index_of(tmp_path, {"report.txt": REPORT, "preview.txt": PREVIEW})
    result = answer(index, "what did tom vale say after the cup win over kalmar", top=5)
    shown = [hit.quote.text for hit in result.quotes[:5]]
    assert not any("A win there" in text or "To need a win" in text for text in shown)
    assert "I am delighted with the result" in shown


REST = "Coach wants stars rested\n\n" + "".join(
    f'"{words}," coach Ada Quill said of the rest.\n\n'
    for words in (
        "The players need a rest before the spring",
        "A rest now keeps the players fresh",
        "Young players get a chance while the others rest",
        "Nothing more can be asked of the players this winter",
        "The rest will be two weeks long",
    )
)
NEW_CAP = (
    "Quill picks a new cap\n\n"
    "Ada Quill has named an uncapped forward in her international squad.\n\n"
    '"He has international size and the players like him," Quill said.\n'
)
SQUADS = {
    f"squad{n}.txt": f"{side} squad named\n\nThe {side} players trained for the international "
    "on Monday.\n"
    for n, side in enumerate(["Harwick", "Dorn", "Kalmar", "Lund", "Vikby", "Oster"])
}


def test_a_story_holding_only_everyday_words_of_the_topic_takes_no_place_among_the_first(
    tmp_path: Path,
) -> None:
    # "players" and "international" are in every squad story; "rest" tells the topic, and
    # the new cap's story does not hold it
    index = index_of(tmp_path, {"rest.txt": REST, "cap.txt": NEW_CAP, **SQUADS})
    result = answer(index, "what did ada quill say about resting her international players", top=5)
    shown = [hit.quote.text for hit in result.quotes[:5]]
    assert len(shown) == 5
    assert not any("international size" in text for text in shown)


HARBOUR = "Mayor warns on harbour silt\n\n" + "".join(
    f'"{words}," Mayor Ilse Brandt said of the silt in the Ostby harbour.\n\n'
    for words in (
        "Silt has closed two berths this winter",
        "The silt costs the fishing fleet a day a week",
        "Dredging the silt must start in spring",
        "Without dredging the silt the ferries will stop",
        "The silt came with the autumn storms",
    )
)
FESTIVAL = (
    "Ostby harbour festival opens\n\n"
    "The festival opened on the Ostby quay on Saturday with boats from six ports.\n\n"
    '"We have never had so many visitors," Mayor Ilse Brandt said. '
    '"The bands played until midnight," she said.\n'
)
TOWNS = {
    f"town{n}.txt": f"{town} market day\n\nTraders in {town} opened the market on Monday.\n"
    for n, town in enumerate(["Harwick", "Dorn", "Kalmar", "Lund", "Vikby", "Oster"])
}


def test_a_story_naming_the_topic_where_the_words_are_on_something_else_takes_no_place(
    tmp_path: Path,
) -> None:
    # the festival story names Ostby and its harbour, but the mayor's words in it are on the
    # festival: her interview on the silt fills the first places
    index = index_of(tmp_path, {"silt.txt": HARBOUR, "festival.txt": FESTIVAL, **TOWNS})
    result = answer(index, "what did ilse brandt say about the silt in Ostby harbour", top=5)
    shown = [hit.quote.text for hit in result.quotes[:5]]
    assert len(shown) == 5
    assert not any("visitors" in text or "bands" in text for text in shown)


COUNCIL = (
    "Council votes to dredge harbour silt\n\n"
    "The council voted on Tuesday to pay for dredging the silt from Ostby harbour, after a "
    "winter in which the fishing fleet lost three berths and the ferry missed a dozen "
    "sailings. Councillors heard that the silt had grown every year since the storms of "
    "the autumn, and that the harbour master had asked twice for the money to be found. "
    "The dredgers will start work in March and finish in May, weather permitting.\n\n"
    "Engineers told the meeting the silt was thicker than any survey had shown, two metres "
    "deep at the inner quay, and that the work would cost more than the harbour earns in a "
    "year. The fleet's owners, who had threatened to move to Dorn, said they would stay "
    "if the silt was gone by the summer. The vote was carried with no one against it, and "
    "the harbour master thanked the councillors for their patience over the long winter.\n\n"
    "The ferry company welcomed the news. Its timetable for the summer had been drawn up on "
    "the guess that two of its sailings a day would be lost, and its captains had asked for "
    "a pilot boat to guide them in at low water. A spokesman said the company would now plan "
    "for a full summer, and would bring back the late sailing on Fridays that it dropped in "
    "January. Shops on the quay said the winter had been the worst they could remember.\n\n"
    "Divers who surveyed the silt for the council found old chains and an anchor in it. The "
    "silt will be taken out to sea in barges and dumped in deep water beyond the headland, "
    "where the currents will carry it away from the harbour mouth and the fishing grounds.\n\n"
    '"Nobody voted against us, and the boats will be back by May," Mayor Ilse Brandt said '
    "after the vote, standing on the quay with the fleet's owners and the skippers, "
    "who had waited in the public gallery through the whole of the long debate that evening. "
    "Work on the plans will begin next week, when the dredgers arrive from the mainland.\n"
)


def test_a_story_about_the_topic_takes_a_place_though_the_words_in_it_do_not_name_it(
    tmp_path: Path,
) -> None:
    # the council story is about the silt (it names it in two passages); the mayor's words in
    # it do not name it, as a speech goes on about its subject without naming it again
    index = index_of(tmp_path, {"silt.txt": HARBOUR, "council.txt": COUNCIL, **TOWNS})
    result = answer(index, "what did ilse brandt say about the silt in Ostby harbour", top=5)
    shown = [hit.quote.text for hit in result.quotes[:5]]
    assert any("the boats will be back by May" in text for text in shown)
