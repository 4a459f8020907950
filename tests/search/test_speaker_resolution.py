"""The question's speaker resolved against the directory when it names them differently from
the articles: a role whose owner another body's role stands beside, an acronym the article
spells out, a bare role many people hold, a headline's "<owner> <role> on Y". Through
answer(), on short invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.wording import as_named
from tests.support.indexes import dated_index_of, index_of

ARTICLES = {
    "players.txt": "Music players sell well\n\nSales of Pear music players doubled last year. "
    "Ivo Lindqvist, a research director at analyst Quantex, said that Pear had done a good "
    'job. "They have built a seamless package," he said.\n',
    "cards.txt": "Card firm rescue talks\n\n"
    '"Creditors would seek sanctions against the group if the card firm is liquidated," said '
    "Han Ji-woo, governor of Northern Harbour Bank (NHB) - one of its creditors.\n\n"
    "Ferry operators said the talks would go on all week.\n",
    "budget.txt": "Budget unveiled\n\nFinance minister Ruth Okoro presented the budget to "
    'parliament. "This budget cuts taxes for every worker," Ms Okoro said.\n',
    "schools.txt": "Schools plan\n\nEducation minister Paul Dine opened three schools. "
    '"Every child deserves a good school," Mr Dine said.\n',
    "roads.txt": "Roads plan\n\nTransport minister Lena Marr said the new road would open in "
    'May. "Drivers will save an hour," Ms Marr said.\n',
    "fund.txt": "Fund warns\n\nCentral bank chief Omar Sleet of the Meridian Fund warned of "
    'rising prices. "Inflation is the threat this year," Mr Sleet said of the economy.\n',
    "derby.txt": "Rovers lose derby\n\nRovers manager Kit Amos was angry after the derby "
    'defeat. "The referee gave them everything," Amos said.\n\nUnited manager Joe Penn '
    'said: "We earned the win."\n',
    "oilfirm.txt": "Oil firm appeals\n\nPetrona said it would appeal. Petrona chief "
    'executive Lev Orlov said: "Our assets were seized."\n',
    "tolland1.txt": "Visa rules\n\nImmigration minister Rhys Tolland said the visa rules "
    'would change. "We will act on visas," Mr Tolland said.\n',
    "tolland2.txt": "Oil profits\n\nOil firm chief executive Lord Tolland said profits rose. "
    '"It was a good year for oil," Lord Tolland said.\n',
    "quill1.txt": 'Tennis final\n\nPeter Quill won the final. "I played well," Quill said.\n',
    "quill2.txt": 'Trade talks\n\nTrade envoy Mary Quill opened talks. "Tariffs must fall," '
    "Ms Quill said.\n",
    **{
        f"treasury{n}.txt": f"Treasury note {n}\n\nChancellor Ivo Penn said spending would "
        f'rise in year {n}. "We will invest," the chancellor Ivo Penn said.\n'
        for n in range(4)
    },
    "blake1.txt": 'Aid plan\n\nTony Blake launched the aid plan. "Poverty is a scar," Tony Blake '
    "said.\n",
    "blake2.txt": 'Wage rise\n\nThe wage will rise. "It is a symbol of decency," Blake said.\n',
    "blake3.txt": "Lawyers meet\n\nMrs Blake met lawyers in Rome on Monday. Mr Blake stayed at "
    "home.\n",
    "court.txt": "Court reform\n\nLord Chancellor Ben Ulm said judges would sit longer.\n",
    "police.txt": "Police chief row\n\nThe minister's powers are under review after Mr "
    "Crane's battle with Eastmoor chief Ada Brook over the inquiry.\n\n"
    '"Every force must answer for its failures," Mr Crane said.\n',
}


@pytest.fixture(scope="module")
def roles_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("resolution"), ARTICLES)


def test_a_role_held_at_another_body_is_not_the_owner_asked_about(roles_index: Index) -> None:
    # the analyst's sentence names Pear, but his role is "research director at Quantex"
    result = answer(roles_index, "what did the Pear boss say?")
    assert result.speaker is None
    assert result.quotes == []
    assert answer(roles_index, "what did the Quantex research director say?").speaker == (
        "Ivo Lindqvist"
    )


def test_an_owner_asked_by_its_acronym_is_the_name_it_stands_for(roles_index: Index) -> None:
    result = answer(roles_index, "What did the NHB governor threaten?")
    assert result.speaker == "Han Ji-woo"
    assert "Creditors would seek sanctions" in result.quotes[0].quote.text


def test_a_bare_role_many_hold_with_no_topic_asks_which(roles_index: Index) -> None:
    result = answer(roles_index, "what did the minister say?")
    assert result.speaker is None and result.quotes == []
    assert set(result.choices) == {"Ruth Okoro", "Paul Dine", "Lena Marr", "Rhys Tolland"}
    assert result.lead.startswith("Several people the articles call the minister are quoted.")
    assert result.to_json()["choices"] == list(result.choices)


def test_a_bare_role_goes_to_the_holder_the_topic_points_at(roles_index: Index) -> None:
    result = answer(roles_index, "what did the minister say about the new road?")
    assert result.speaker == "Lena Marr"
    assert result.quotes and {hit.speaker for hit in result.quotes} == {"Lena Marr"}


def test_a_bare_role_the_articles_cannot_tell_apart_goes_to_the_one_who_spoke_on_it(
    roles_index: Index,
) -> None:
    # both managers' article is about the derby, but only one spoke of the referee: his words,
    # with the lead saying whom else "the manager" may mean
    result = answer(roles_index, "what did the manager say about the referee")
    assert result.speaker == "Kit Amos"
    assert result.quotes and {hit.speaker for hit in result.quotes} == {"Kit Amos"}
    assert "Joe Penn" in result.lead


def test_a_bare_role_none_of_whose_holders_spoke_on_the_topic_says_so(roles_index: Index) -> None:
    # asked which one is meant, the answer says none of them spoke on it: nothing was found
    result = answer(roles_index, "what did the manager say about the moon landing")
    assert result.speaker is None and result.quotes == []
    assert set(result.choices) == {"Joe Penn", "Kit Amos"}
    assert "none of them on the moon landing" in result.lead
    assert not result.found


def test_a_bare_role_whose_holders_each_spoke_on_the_topic_shows_each_by_name(
    roles_index: Index,
) -> None:
    # two ministers' words are on it: each under their own name, no one resolved; the others
    # are named as having said nothing on it
    result = answer(roles_index, "what did the minister say about every worker and every child")
    assert result.speaker is None
    assert {hit.speaker for hit in result.quotes} == {"Ruth Okoro", "Paul Dine"}
    assert result.lead.startswith("“the minister” may mean Ruth Okoro and Paul Dine")
    assert "who said nothing on it" in result.lead
    assert answer(roles_index, "what did the minister say?").quotes == []


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("Finance minister on the budget", "Ruth Okoro"),
        ("Meridian Fund chief on inflation", "Omar Sleet"),
    ],
)
def test_a_headline_naming_a_role_asks_what_its_holder_said(
    roles_index: Index, question: str, speaker: str
) -> None:
    result = answer(roles_index, question)
    assert result.speaker == speaker
    assert result.quotes and result.quotes[0].speaker == speaker


def test_a_headline_role_nobody_holds_stays_a_search(roles_index: Index) -> None:
    result = answer(roles_index, "Pear boss on music players")
    assert result.speaker is None and result.quotes == []


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what did the club's manager say after Rovers lost the derby?", "Kit Amos"),
        ("what did the club's manager say about United's win?", "Joe Penn"),
        ("what did the firm's boss say about Petrona?", "Lev Orlov"),
        # typed in lower case: the names as the articles write them
        ("what did the club's manager say after rovers lost the derby?", "Kit Amos"),
        ("what did the club's manager say about united's win?", "Joe Penn"),
        ("what did the firm's boss say about petrona?", "Lev Orlov"),
    ],
)
def test_a_kind_of_body_in_a_role_is_the_body_the_topic_names(
    roles_index: Index, question: str, speaker: str
) -> None:
    assert answer(roles_index, question).speaker == speaker


@pytest.mark.parametrize(
    "question",
    [
        "what did the club manager amos say about united's win?",
        "what did club manager Amos say about United's win?",
    ],
)
def test_a_kind_of_body_in_a_role_ending_in_a_name_is_the_person_named(
    roles_index: Index, question: str
) -> None:
    # the topic names United, whose manager is Joe Penn; the question names Amos
    assert answer(roles_index, question).speaker == "Kit Amos"


def test_a_body_is_not_its_own_boss(roles_index: Index) -> None:
    assert answer(roles_index, "what did the Petrona boss say?").speaker == "Lev Orlov"


def test_a_battle_with_a_body_gives_no_role_there(roles_index: Index) -> None:
    # "Mr Crane's battle with Eastmoor chief Ada Brook": Crane is no Eastmoor chief
    assert answer(roles_index, "what did the Eastmoor chief say?").speaker is None


def test_a_surname_two_people_are_quoted_under_goes_to_the_one_the_topic_names(
    roles_index: Index,
) -> None:
    # the oil firm's "Lord Tolland" is kept apart from the minister Rhys Tolland
    assert answer(roles_index, "what did Tolland say about oil profits?").speaker == "Lord Tolland"
    assert answer(roles_index, "what did Tolland say about visas?").speaker == "Rhys Tolland"
    asked = answer(roles_index, "what did Tolland say?")
    assert set(asked.choices) == {"Lord Tolland", "Rhys Tolland"}
    # the peer's title names him: no namesake to choose from
    assert answer(roles_index, "what did Lord Tolland say?").speaker == "Lord Tolland"
    who = answer(roles_index, "who said it was a good year for oil?")
    assert who.quotes and who.quotes[0].speaker == "Lord Tolland"


def test_a_title_says_which_namesake_it_is(roles_index: Index) -> None:
    assert answer(roles_index, "what did Ms Quill say?").speaker == "Mary Quill"
    assert answer(roles_index, "what did Mr Quill say?").speaker == "Peter Quill"


def test_a_title_of_the_other_gender_is_nobody_quoted(roles_index: Index) -> None:
    # "Blake" alone is most likely Tony Blake written short: not Mrs Blake's words
    result = answer(roles_index, "what did Mrs Blake say?")
    assert result.speaker is None and not result.quotes
    assert "Tony Blake" not in result.lead  # no "Did you mean Tony Blake?"
    assert [hit.passage.article_id for hit in result.passages] == [
        hit.passage.article_id for hit in result.passages if "Mrs Blake" in hit.passage.text
    ]
    assert result.passages


def test_a_bare_role_one_person_is_given_far_more_often_is_theirs(roles_index: Index) -> None:
    result = answer(roles_index, "what did the chancellor say?")
    assert result.speaker == "Ivo Penn" and not result.choices


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what did minister dine say about schools?", "Paul Dine"),
        ("what did chief executive orlov say about assets?", "Lev Orlov"),
        ("what did manager amos say about the referee?", "Kit Amos"),
    ],
)
def test_a_role_and_name_typed_in_lower_case_is_the_name(
    roles_index: Index, question: str, speaker: str
) -> None:
    result = answer(roles_index, question)
    assert result.speaker == speaker
    assert result.quotes and result.quotes[0].speaker == speaker


@pytest.mark.parametrize("question", ["what did envoy quill say?", "what did Envoy Quill say?"])
def test_a_role_before_a_shared_surname_says_which_namesake(
    roles_index: Index, question: str
) -> None:
    # Peter Quill plays tennis; Mary Quill is the trade envoy
    assert answer(roles_index, question).speaker == "Mary Quill"


@pytest.mark.parametrize(
    "question",
    ["what did union boss quill say?", "what did professor quill say?"],
)
def test_a_role_no_namesake_holds_picks_none_of_them(roles_index: Index, question: str) -> None:
    # neither Quill is a union boss or a professor: not the one quoted most
    result = answer(roles_index, question)
    assert result.speaker is None
    assert not any(hit.speaker in {"Mary Quill", "Peter Quill"} for hit in result.quotes)


def test_an_owner_no_article_writes_leaves_the_role_and_topic(roles_index: Index) -> None:
    # "fin" is written nowhere (a reader's short form): the minister the budget points at
    result = answer(roles_index, "what did the fin minister say about the budget?")
    assert result.speaker == "Ruth Okoro"
    # a name written nowhere after a role is someone else, never quoted
    assert answer(roles_index, "what did minister zork say about the budget?").speaker is None


def test_the_police_means_the_force_the_topic_points_at_not_an_officer(tmp_path: Path) -> None:
    index = index_of(
        tmp_path,
        {
            "crash.txt": "Driver hurt in crash\n\nA van hit a wall on the coast road. Northvale "
            "Police said the van was going too fast when it crashed.\n",
            "raid.txt": "Harbour raid\n\nHarbour Police said three boats were searched on "
            "Monday.\n",
            "pay.txt": "Pay talks\n\nPolice inspector Tom Vance, of the officers' union, "
            'said: "Officers deserve a rise this year."\n',
        },
    )
    result = answer(index, "what did the police say about the crash?")
    assert [hit.speaker for hit in result.quotes][:1] == ["Northvale Police"]
    assert "the van was going too fast" in result.quotes[0].quote.text


def test_a_body_asked_with_the_is_named_with_the_in_the_lead(tmp_path: Path) -> None:
    index = index_of(
        tmp_path,
        {"docks.txt": "Docks to close\n\nThe Harbour Board said the docks would close in May.\n"},
    )
    assert answer(index, "what did the harbour board say?").lead == "What the Harbour Board said:"
    result = answer(index, "what did the harbour board say about taxes?")
    assert result.lead.startswith("The Harbour Board said nothing about taxes in the articles;")


def test_a_role_several_hold_in_full_goes_to_the_one_the_topic_points_at(tmp_path: Path) -> None:
    # Ann Lee is mostly the transport spokesman, Bo Kim mostly an MP and that spokesman once:
    # both hold the role asked, every word of it, so the topic (the tolls story) decides, and
    # how typical the role is of each is no reason for doubt
    texts = {
        f"lee{n}.txt": f"Rail plan {n}\n\nTransport spokesman Ann Lee said bridge tolls on route "
        f'{n} would work. "We stand by route {n}," Ms Lee said.\n'
        for n in range(6)
    }
    for n in range(8):
        texts[f"kim{n}.txt"] = (
            f"Farm news {n}\n\nLocal MP Bo Kim visited farm {n}. "
            f'"Farm {n} grows fine apples," Mr Kim said.\n'
        )
    texts["tolls.txt"] = (
        "Bridge tolls to rise\n\nBridge tolls will rise in May. Transport spokesman Bo Kim "
        'said the rise was unfair. "Drivers on the bridge already pay enough," Mr Kim said.\n'
    )
    index = index_of(tmp_path, texts)
    result = answer(index, "what did the transport spokesman say about the bridge tolls")
    assert result.speaker == "Bo Kim"
    assert result.choices == ()


def test_a_date_word_inside_the_speakers_name_is_part_of_it(tmp_path: Path) -> None:
    # "wednesday" of "the hilltown wednesday manager" names the club; "last week" after the
    # verb still keeps the days it says
    index = dated_index_of(
        tmp_path,
        {
            "club.md": (
                "2024-03-04",
                "Valley Herald",
                "Hilltown Wednesday keep their manager",
                'Hilltown Wednesday manager Rob Hale said: "I am going nowhere this season."',
            ),
            "fair.md": ("2024-03-13", "Valley Herald", "Spring fair", "The fair opens on Friday."),
        },
    )
    result = answer(index, "what did the hilltown wednesday manager say about the season")
    assert result.speaker == "Rob Hale"
    assert result.quotes and not result.filters
    assert answer(index, "what did rob hale say last week").filters.since is not None


def test_a_role_before_a_full_name_no_one_has_is_nobody_quoted(roles_index: Index) -> None:
    # the first name typed is part of the name asked: not Paul Dine, nor another minister
    result = answer(roles_index, "what did minister james dine say about schools?")
    assert result.speaker is None and not result.quotes


def test_a_body_named_in_the_possessive_is_never_a_person_of_the_surname(tmp_path: Path) -> None:
    index = index_of(
        tmp_path,
        {
            "burgers.txt": "Burger chain menu\n\nThe burger chain Pell's said the menu would "
            'change. "Salads will be added," Pell\'s said.\n',
            "rugby.txt": "Rugby win\n\nRugby coach Dan Pell said the team played well. "
            '"We were strong in the scrum," Dan Pell said.\n',
            "shops.txt": "Shop prices\n\nShop owner Ann Varga said prices would rise. "
            '"Costs are up," Ms Varga said.\n',
        },
    )
    result = answer(index, "what did Pell's say about the menu?")
    assert {hit.speaker for hit in result.quotes} == {"Pell's"}  # not Dan Pell
    # no body of the name at all: a person of the surname only as a respelling, said so
    result = answer(index, "what did Varga's say about prices?")
    assert "read as Ann Varga" in result.lead


def test_a_surname_typed_in_lower_case_is_echoed_as_the_names_write_it(
    roles_index: Index,
) -> None:
    # "Others called quill" read as a slip; the names write "Quill"
    asked = answer(roles_index, "what did quill say?").lead
    assert "called Quill" in asked
    assert "quill" not in asked
    chosen = answer(roles_index, "what did quill say about tariffs?").lead
    assert chosen.startswith("(Others called Quill: Peter Quill.)")


def test_a_phrase_typed_with_capitals_or_matching_no_name_is_echoed_as_typed() -> None:
    assert as_named("quill", ["Mary Quill", "Peter Quill"]) == "Quill"
    assert as_named("mary quill", ["Mary Quill"]) == "Mary Quill"
    assert as_named("QUILL", ["Mary Quill"]) == "QUILL"  # typed so on purpose
    assert as_named("the trade envoy", ["Mary Quill"]) == "the trade envoy"
    assert as_named("quil", ["Mary Quill"]) == "quil"  # a part of a word is no name


def test_a_surname_asked_after_other_words_is_echoed_as_the_surname(roles_index: Index) -> None:
    # "Others called professor quill" named no one: the others share the surname alone
    chosen = answer(roles_index, "what did professor quill say about tariffs?").lead
    assert chosen.startswith("(Others called Quill: Peter Quill.)")
