"""A description the directory records as no one's role, asked with the story's topic: the
person quoted in the story whom its article calls so, named nearest before it. Short invented
articles, through `answer()`."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "indoor.txt": "Quill wins again in Halden\n\nOwen Quill stormed to his second win in a week "
    "at the indoor meeting in Halden.\n\nThe Eastland runner set a personal best of one minute "
    '47 seconds. "I am qualified now and that is what matters," said Quill.\n\nCoach Rita '
    'Vale said: "He ran a clever race."\n',
    "budget.txt": "Budget row\n\nMary Stone MP sat through the debate. Committee chair Ben "
    'Ulm said: "The sexist taunts must stop."\n',
    "cup.txt": "Cup draw\n\nThe cup draw was made on Monday.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("story_descriptions"), ARTICLES)


def test_a_description_in_the_story_is_the_person_named_before_it(index: Index) -> None:
    result = answer(index, "what did the eastland runner say after his win in halden")
    assert result.speaker == "Owen Quill"
    assert result.quotes and "I am qualified now" in result.quotes[0].quote.text


def test_a_name_typed_in_lower_case_is_no_description(index: Index) -> None:
    # "mary stone mp" is written in the story beside someone quoted, but it is a name: she is
    # never quoted, and the answer says so
    result = answer(index, "what did mary stone mp say about the sexist taunts")
    assert result.speaker is None
    assert not result.quotes


def test_a_description_no_story_writes_is_no_one(index: Index) -> None:
    result = answer(index, "what did the westland runner say after his win in halden")
    assert result.speaker != "Owen Quill"
    assert not result.quotes


# the directory gives "chief constable" to Ann Hale, quoted twice as such; the story on the
# square's fights calls Tom Reed so in a sentence after his name, which records no role
HOLDERS = {
    "eastshire.txt": "Eastshire crime falls\n\nEastshire Chief Constable Ann Hale said crime had "
    'fallen again. "Burglary is down by a fifth," she said.\n\n"We have more officers on the '
    'beat," Ms Hale added.\n',
    "pay.txt": "Police pay deal\n\nEastshire Chief Constable Ann Hale welcomed the pay deal. "
    '"Officers deserve it," she said.\n',
    "westby.txt": "Westby square violence\n\nFights in Westby market square have grown, police "
    "say. Tom Reed told councillors on Monday the late bars were to blame. The chief constable "
    'wants fewer late licences.\n\n"The square is no place for drinking at three in the '
    'morning," Mr Reed said.\n\nBar owner Jim Lake said: "We keep order inside."\n',
    "squad.txt": "Cup squad named\n\nCoach Rob Dale named his squad for the cup final. Bath prop "
    'Dan Bell is called up for the first time.\n\n"He has earned his place," said Dale.\n',
    "bell.txt": 'Bell delighted\n\nBath prop Dan Bell said: "I am thrilled to play in a final."\n',
}


@pytest.fixture(scope="module")
def holders(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("story_holders"), HOLDERS)


def test_the_story_on_the_topic_goes_over_a_holder_it_does_not_quote(holders: Index) -> None:
    assert "constable" not in holders.speakers.roles_of("Tom Reed")
    result = answer(holders, "what did the chief constable say about fights in the market square")
    assert result.speaker == "Tom Reed"
    assert result.quotes and "no place for drinking" in result.quotes[0].quote.text
    # on the holder's own topic the role is still hers
    assert answer(holders, "what did the chief constable say about burglary").speaker == "Ann Hale"


def test_a_holder_named_beside_the_description_keeps_it(holders: Index) -> None:
    # the squad story quotes only the coach, but writes the prop's name beside "Bath prop"
    result = answer(holders, "what did the bath prop say about his call up for the cup final")
    assert result.speaker == "Dan Bell"


def test_a_players_place_alone_is_read_in_the_story(tmp_path: Path) -> None:
    # "the winger" alone: the directory's winger is Lee Ray, quoted on another match; the
    # story on the cup loss calls Sam Pike so in the sentence after his name
    index = index_of(
        tmp_path,
        {
            "derby.txt": 'Derby win\n\nEastfield winger Lee Ray scored twice. "The derby is '
            'everything," said Ray.\n\nEastfield winger Lee Ray added: "We deserved it."\n',
            "cup.txt": "Pike keeps his place\n\nSam Pike is sure of a start against Halden on "
            "Saturday.\n\nThe winger replaces Ivo Dunn but Pike knows the cup loss still hurts. "
            '"We let the fans down in that cup game," said Pike.\n',
            "ferry.txt": "Ferry fares rise\n\nFerry fares will rise in May, the operator said.\n",
        },
    )
    result = answer(index, "what did the winger say about the cup loss")
    assert result.speaker == "Sam Pike"
    assert result.quotes and "let the fans down" in result.quotes[0].quote.text


def test_a_body_asked_is_no_one_the_story_names_beside_it(tmp_path: Path) -> None:
    # "the club of halden" is a body, not a role: the judge quoted beside it is not it
    index = index_of(
        tmp_path,
        {
            "ruling.txt": "Judges rule on detention\n\nJudge Ada Krum ruled the detention "
            "unlawful. The Club of Halden, a group of former leaders, welcomed it.\n\n"
            '"Detention without trial is wrong," Judge Krum said.\n',
            "golf.txt": 'Golf club result\n\nHalden club captain Ivo Marr said: "We won the '
            'trophy."\n',
            "ferry.txt": "Ferry fares rise\n\nFerry fares will rise in May, the operator said.\n",
        },
    )
    result = answer(index, "what did the club of halden say about the detention ruling")
    assert result.speaker != "Ada Krum"
    assert all(q.quote.speaker != "Ada Krum" for q in result.quotes)


BODIES = {
    "masts.txt": "Mast deal in doubt\n\nEastland's biggest private mobile firm could pull out "
    "of a deal to build masts in Westland after MPs there cut its stake in the network. "
    "Quellnet has now given the Westland government a month to restore it.\n\n"
    '"We will not put money into a network we do not control," Quellnet said.\n',
    "bank.txt": "Bank sale talks\n\nEastland biggest retail bank Orsa has said it is still in "
    'talks over the sale of a stake. "Talks go on," Orsa said. Its rival Trell Bank said '
    "nothing.\n",
    "ferry.txt": "Ferry fares rise\n\nFerry fares will rise in May, the operator said.\n",
}


@pytest.fixture(scope="module")
def bodies(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("story_bodies"), BODIES)


@pytest.mark.parametrize(
    ("question", "body", "words"),
    [
        # the lede describes the firm, the sentence after names it
        (
            "what did eastland's biggest private mobile firm warn about the mast deal",
            "Quellnet",
            "We will not put money",
        ),
        ("what did the biggest private mobile firm say about the masts", "Quellnet", "not put"),
        # the article leaves the owner's possessive out: "Eastland biggest retail bank Orsa"
        ("what did eastland's biggest retail bank say about the sale talks", "Orsa", "Talks go"),
    ],
)
def test_a_bodys_description_in_the_story_is_the_body_named_beside_it(
    bodies: Index, question: str, body: str, words: str
) -> None:
    result = answer(bodies, question)
    assert result.speaker == body
    assert result.quotes and words in result.quotes[0].quote.text
