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
    "salon.txt": "Shop bans men\n\nThe shop's owner, Ravi Osei, said a man had harassed staff."
    "\n\nOsei said he called the police.\n\n\"They sent somebody from the sheriff's office, "
    "and they said, 'Oh, we got a report.' Then they just walked out,\" Osei said.\n\nThe "
    "station reached out to the Lane County Sheriff's Office asking questions.\n",
    "charges.txt": "Charges follow\n\nFA spokesman Ode Larsen said the charges would follow "
    "within a week.\n",
    "visas.txt": "Visa rules\n\nHome Office minister Jo Pike said the rules would change.\n",
    "club.txt": "Wanderers appoint\n\nPiet Sand of Wanderers said the new coach would start "
    'on Monday.\n\n"He is the right man," Sand said.\n',
    "pirates.txt": "Disc copier jailed\n\nA man who sold copied films was jailed on Friday. "
    "The Film Guild (TFG) spent a year on the case.\n\nThe organisation's fraud director "
    'Ella Brook said: "Others will take his place."\n',
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
        # a body, not a person: the shop owner who spoke of it is not the sheriff's office
        "what did the sheriff's office say?",
        # initials typed in lower case still name the owner, and its spokesman is not its head
        "what did the head of the fa say?",
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
        ("what did the fa spokesman say?", "Ode Larsen"),  # initials typed in lower case
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


def test_the_questions_own_words_before_a_role_are_no_other_owner(tmp_path: Path) -> None:
    # "Road safety head X" right after the trust is named: the sentence's first capital is the
    # kind of head asked about, not another body's
    index = index_of(
        tmp_path,
        {
            "limit.txt": "Speed limit cut\n\nThe Tern Valley Cycling Trust said it backed the "
            'lower limit. Road safety head Mina Okoro said: "Fewer fast cars mean fewer '
            'crashes."\n',
            "school.txt": "School opens\n\nSchool head Pat Imre said the new building was "
            'ready.\n\n"Pupils will love it," Imre said.\n',
        },
    )
    result = answer(index, "what did the Tern Valley Cycling Trust's road safety head say?")
    assert result.speaker == "Mina Okoro"


def test_a_short_owner_typed_in_lower_case_may_stand_for_a_longer_one(tmp_path: Path) -> None:
    # "the fed chairman" is the "Federal Reserve chairman", as "the Fed chairman" is
    index = index_of(
        tmp_path,
        {
            "rates.txt": "Rates held\n\nFederal Reserve chairman Alan Kees said rates would "
            'stay low.\n\n"Inflation is tame," Mr Kees said.\n',
            "bank.txt": "Bank results\n\nBank chairman Ola Berg said profits rose.\n\n"
            '"We had a fine year," Ms Berg said.\n',
        },
    )
    assert answer(index, "what did the fed chairman say").speaker == "Alan Kees"


def test_a_nickname_every_article_writes_beside_the_full_name_is_that_owner(
    tmp_path: Path,
) -> None:
    # "Brook" is written only where "Riverbrook" is: the Brook boss is the Riverbrook boss
    # whose story's title names Brook, not the boss of the side they beat
    texts = {
        "cup.txt": "Hale hails Brook's cup spirit\n\nRiverbrook boss Sam Hale praised his side "
        'after the cup win over Fenmoor.\n\n"It was a perfect night," said Hale.\n\nFenmoor '
        'boss Ed Crane said: "We were poor."\n',
    }
    for n in range(3):
        texts[f"league{n}.txt"] = (
            f"Riverbrook draw {n}\n\nRiverbrook drew again, and Brook fans were unhappy.\n"
        )
    index = index_of(tmp_path, texts)
    result = answer(index, "what did the brook boss say after the cup win")
    assert result.speaker == "Sam Hale"
    assert result.quotes and "perfect night" in result.quotes[0].quote.text


ANNOUNCED = {
    "appoint.txt": "Greens' new campaign chief\n\nThe Greens have appointed a former banker to "
    "be the party's new communications chief for the election. Nora Vance will start in May."
    '\n\n"My job is to tell our story well," Ms Vance said. "We will win more seats," she '
    'added.\n\nParty leader Tom Field said: "She is the right person."\n',
    "rally.txt": "Greens rally\n\nGreens chairman Ian Moss said the communications budget was "
    'too small.\n\n"We need more money," Moss said.\n',
}


def test_a_role_announced_with_no_name_beside_it_is_the_storys_main_speaker(
    tmp_path: Path,
) -> None:
    # the party's chairman is no "communications chief" because his story has that word in
    # lower case; the one a story appoints to the role, named in the next sentence, is
    index = index_of(tmp_path, ANNOUNCED)
    result = answer(index, "what did the greens' new communications chief say about the election")
    assert result.speaker == "Nora Vance"
    assert answer(index, "what did the greens' new finance chief say").speaker is None


def test_the_words_after_of_are_where_a_role_is_held_not_a_name(tmp_path: Path) -> None:
    # "pc weekly" after "the editor of" is the magazine the editor works for, though the
    # magazine is quoted too and its name looks like a person's
    index = index_of(
        tmp_path,
        {
            "award.txt": "Laptop wins award\n\nThe Quill laptop won the award. Ann Bell, editor "
            'of PC Weekly, said it was the best of the year. "It is light and fast," she said.\n',
            "review.txt": "Phone reviewed\n\nPC Weekly said the phone was too dear.\n",
        },
    )
    result = answer(index, "what did the editor of pc weekly say about the laptop")
    assert result.speaker == "Ann Bell"


def test_a_role_in_the_opening_sentence_under_a_headline_naming_its_owner_is_the_storys_speaker(
    tmp_path: Path,
) -> None:
    # the headline names the board, the first sentence its chairman, and the name comes after:
    # the person the story quotes most is the board's chairman; a headline not naming the
    # owner asked ties nobody
    index = index_of(
        tmp_path,
        {
            "board.txt": "NTSB to review ferry rules\n\nThe US transport safety board's chairman "
            "has said ferry rules will be reviewed.\n\nSpeaking in Boston, Ada Brill promised "
            '"a full review". "Every ferry will be inspected," Ms Brill said.\n\nOperator '
            'Tom Keel said: "We welcome it."\n',
            "port.txt": "Harbour fees rise\n\nThe port's chairman has said fees will rise.\n\n"
            'Speaking on Monday, Ivo Stam said: "Costs are up."\n',
        },
    )
    result = answer(index, "what did the NTSB chairman say about ferries")
    assert result.speaker == "Ada Brill"
    assert "Every ferry will be inspected" in [hit.quote.text for hit in result.quotes]
    assert answer(index, "what did the NTSB head of finance say").speaker is None


def test_a_role_the_opening_sentence_gives_a_name_before_it_is_no_one_elses(
    tmp_path: Path,
) -> None:
    # "Ola Rask, head of the team ...": the head is Ola Rask, who is not quoted; the early
    # team member quoted most is no Pear chief
    index = index_of(
        tmp_path,
        {
            "obituary.txt": "Creator of first Pear computer dies\n\nOla Rask, head of the team "
            "behind the first Pear computer, has died.\n\n"
            '"It would not be here without him," said Ben Hale, an early team member. '
            '"He cared about every detail," Mr Hale said.\n',
        },
    )
    result = answer(index, "what did the pear chief say")
    assert result.speaker is None
    assert not result.quotes


def test_someone_quoted_only_under_a_description_is_who_the_role_means(tmp_path: Path) -> None:
    # no name anywhere: "a senior prison official" is who "the prison official" means, and a
    # role no description holds stays unanswered
    index = index_of(
        tmp_path,
        {
            "jail.txt": "Jail walls\n\nA senior prison official has said in a sworn statement "
            "that the walls were too low.\n",
            "flood.txt": ARTICLES["flood.txt"],
        },
    )
    result = answer(index, "what did the prison official say?")
    assert result.speaker == "a senior prison official"
    assert result.quotes and "walls were too low" in result.quotes[0].quote.text
    assert answer(index, "what did the prison governor say?").quotes == []


def test_a_description_is_who_a_role_means_only_when_it_names_that_role(tmp_path: Path) -> None:
    # "the premier" shares a word with "a Premier League spokesman" but asks for a premier: the
    # description names a spokesman, so no one is quoted as the premier
    index = index_of(
        tmp_path,
        {
            "cup.txt": "Cup dates\n\nBoth clubs will give evidence to a Premier League "
            'commission. "It is hard to put a date on it," a Premier League spokesman '
            "confirmed to reporters.\n",
            "flood.txt": ARTICLES["flood.txt"],
        },
    )
    result = answer(index, "what did the premier say about taxes?")
    assert result.speaker is None
    assert not result.quotes
    assert answer(index, "what did the league spokesman say?").speaker == (
        "a Premier League spokesman"
    )


def test_the_owner_of_a_hyphenated_role_stands_before_its_prefix(tmp_path: Path) -> None:
    # a story titled after the radio station, its speaker the Greens' co-chairman: she is no
    # chairman of the station ("Green co-" is the role's own beginning, not an unowned role)
    articles = {
        "radio.txt": "Minister's warning to Harbour Radio\n\nThe minister warned Harbour Radio "
        "over its coverage of the vote.\n\nGreen co-chairman Ada Quist said the station had "
        "been unfair to the party.\n",
        "conference.txt": "Greens gather in Elmford\n\nGreen chairman Ada Quist told the "
        "conference the party would win seats in May.\n\n'We are ready,' Ms Quist said.\n",
        "fair.txt": 'Harbour fair opens\n\n"It is the best fair yet," said organiser Olaf Berg.\n',
    }
    index = index_of(tmp_path, articles)
    assert answer(index, "what did the harbour radio chairman say").speaker is None
    assert answer(index, "what did the green chairman say").speaker == "Ada Quist"


def test_a_bare_role_opening_its_sentence_is_the_headlines_owners(tmp_path: Path) -> None:
    # "Chief executive Ola Brandt": "Chief" opens the role, it is no owner of its own; the
    # story is about Pearfone, whose boss he is
    index = index_of(
        tmp_path,
        {
            "phone.txt": "Pearfone unveils a cheap phone\n\nPearfone has unveiled a cheap "
            'phone.\n\nChief executive Ola Brandt showed it off in Oslo. "It is for '
            'everyone," Mr Brandt said.\n',
            "mill.txt": 'Mill profits rise\n\nMill profits rose this year. "A record," said '
            "chief executive Tom Hale.\n",
        },
    )
    assert answer(index, "what did the pearfone boss say?").speaker == "Ola Brandt"


@pytest.mark.parametrize(
    "question",
    ["what did the tfg's fraud director say?", "what did the film guild's director say?"],
)
def test_a_role_of_the_body_called_by_its_kind_is_the_owners(
    owners_index: Index, question: str
) -> None:
    # "The organisation's fraud director Ella Brook", after the story named the Film Guild
    # (TFG): the organisation is the guild, and the director its own
    result = answer(owners_index, question)
    assert result.speaker == "Ella Brook"
    assert result.quotes[0].quote.text.startswith("Others will take his place")


def test_a_role_of_a_body_called_by_its_kind_is_no_other_owners(owners_index: Index) -> None:
    # the story names no other body: "the organisation" is not the Red Cross
    assert answer(owners_index, "what did the red cross fraud director say?").speaker is None


def test_a_party_owning_a_role_is_read_by_either_of_its_names(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # "Tory" and "Conservative" name one party: the same people fit the role asked either way
    # (Mr Arlow, beside a sentence naming Tory MPs, as much as Mr Hale, the Conservatives' own)
    articles = {
        "bill.txt": "Judges warn on bill\n\nTory MPs warned about the bill. Constitutional "
        "affairs spokesman Ned Arlow said the courts were slow.\n\n"
        '"The courts are slow," Mr Arlow said.\n',
        "jail.txt": "Prisons row\n\nConservative constitutional affairs spokesman Tim Hale "
        'attacked the prisons plan.\n\n"It will fail," Mr Hale said.\n',
    }
    index = index_of(tmp_path_factory.mktemp("party"), articles)
    tory = answer(index, "what did the tory constitutional affairs spokesman say")
    conservative = answer(index, "what did the conservative constitutional affairs spokesman say")
    assert (tory.speaker, tory.choices) == (conservative.speaker, conservative.choices)
    assert "Tim Hale" in conservative.choices
