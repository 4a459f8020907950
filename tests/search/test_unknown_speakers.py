"""Speech questions about people nobody quotes, through answer(): the passages that name them,
or an honest "not named" (`found` false), on short invented articles."""

from __future__ import annotations

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "inquiry.txt": "Inquiry into canal sale\n\nThe canal sale was approved after a meeting "
    "with adviser Baroness Tilbury, the papers show.\n\n"
    '"The papers speak for themselves," said historian Ada Fenn.\n',
    "orchard.txt": "Orchard harvest late\n\nApple growers said the harvest came late this "
    'year. "We lost a week of picking," said grower Tom Hale.\n',
    "ferry.txt": "Ferry timetable cut\n\nThe winter ferry timetable was cut to two "
    'sailings. "It is a blow to the island," said councillor Rob Ince.\n',
    "rovers.txt": "Rovers win the derby\n\nRovers beat City 2-0 on Saturday. "
    '"The lads were superb," said Rovers manager Gus Penrose.\n',
    "bridge.txt": "Bridge reopens\n\nThe bridge reopened after repairs. Engineer Luc "
    "Varnier led the work for the county.\n\n"
    '"Traffic will flow by Monday," said county spokeswoman Ida Roe.\n',
    "mill.txt": "Mill sold\n\nThe old mill was sold at auction. "
    '"It is a fair price," said mill chairman Olaf Brandt.\n',
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("unknown"), ARTICLES)


def test_a_title_kept_in_the_name_finds_the_passages_that_name_them(index: Index) -> None:
    # "Baroness" is no title the name is read without: the name is looked for as written,
    # not as "Tilbury" after a woman's title or first name
    result = answer(index, "what did baroness tilbury say about the canal sale?")
    # (a meeting with her tells nothing she said: `found` false, the passages shown as such)
    assert not result.found and not result.quotes
    assert result.lead.startswith("No quotes from Baroness Tilbury in the articles.")  # as written
    assert all("Baroness Tilbury" in hit.passage.text for hit in result.passages)


def test_someone_named_whose_passages_tell_nothing_they_said_is_not_found(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # the passage tells of a deal the firm made, nothing it said: shown as the passages that
    # name it, `found` false, the lead saying what none tells
    dock = "Dock deal\n\nHarbour firm Kelso Marine sold its stake in the dock to Ivo Brandt.\n"
    said = "Dock plan\n\nThe dock needs repairs. Kelso Marine declined to comment on the plan.\n"
    index = index_of(tmp_path_factory.mktemp("unsaid"), {**ARTICLES, "dock.txt": dock})
    result = answer(index, "what did kelso marine say about selling its dock stake?")
    assert not result.found and not result.quotes
    assert result.lead == (
        "No quotes from Kelso Marine in the articles. No passage that names Kelso Marine "
        "tells what they said about “selling its dock stake”; passages that mention Kelso "
        "Marine:"
    )
    assert "sold its stake" in result.passages[0].passage.text
    # asked with no topic, the passages naming them say who they are
    assert answer(index, "what did kelso marine say?").found
    # a passage telling what they said, in other words than a quote, is the answer
    told = index_of(tmp_path_factory.mktemp("told"), {**ARTICLES, "plan.txt": said})
    result = answer(told, "what did kelso marine say about the dock?")
    assert result.found and "declined to comment" in result.passages[0].passage.text


def test_a_verb_of_saying_with_a_subject_of_its_own_tells_nothing_the_person_said(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # "..., the network has said": the network said it, not the host named before it
    show = (
        "Quiz show axed\n\nPresenter Mara Quill and her Friday quiz show Brainbox will not "
        "return to screens, the network has said.\n"
    )
    index = index_of(tmp_path_factory.mktemp("axed"), {**ARTICLES, "show.txt": show})
    result = answer(index, "what did mara quill say about brainbox being axed?")
    assert not result.found and not result.quotes
    assert "Mara Quill" in result.passages[0].passage.text
    assert "No passage that names Mara Quill tells what they said" in result.lead
    # ... while her own saying, with words between, still tells it
    own = show.replace("the network has said", "Mara Quill, the host, said on Friday")
    told = index_of(tmp_path_factory.mktemp("own"), {**ARTICLES, "show.txt": own})
    assert answer(told, "what did mara quill say about brainbox being axed?").found


DOCK_DEALS = {
    "dock.txt": "Dock deal\n\nHarbour firm Kelso Marine sold its dock stake to Ivo Brandt.\n",
    "crane.txt": "Dock cranes\n\nKelso Marine bought two cranes for its dock stake.\n",
    "berth.txt": "Dock berth\n\nA new berth was built by Kelso Marine near the dock.\n",
}


@pytest.mark.parametrize(
    "more",
    [
        {},  # no passage tells what they said: not found on any page
        # one does (on whichever page): every page says what the first page says
        {"plan.txt": "Dock plan\n\nKelso Marine declined to comment on the dock stake.\n"},
    ],
)
def test_a_later_page_of_someone_never_quoted_is_found_as_the_first_page_was(
    tmp_path_factory: pytest.TempPathFactory, more: dict[str, str]
) -> None:
    # "more" after "not told" once turned `found` true on every later page
    index = index_of(tmp_path_factory.mktemp("pages"), {**ARTICLES, **DOCK_DEALS, **more})
    question = "what did kelso marine say about its dock stake?"
    first = answer(index, question, top=1)
    assert more or not first.found
    for offset in (1, 2):
        later = answer(index, question, top=1, offset=offset)
        assert later.passages and later.passages[0].rank == offset + 1
        assert (later.found, later.lead) == (first.found, first.lead)


def test_a_later_page_of_a_body_nobody_quotes_is_found_as_the_first_page_was(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # a description ("the harbour board"), not a name: its passages are the best matches
    board = {
        "dock.txt": "Dock deal\n\nThe harbour board sold its dock stake to Ivo Brandt.\n",
        "crane.txt": "Dock cranes\n\nThe harbour board bought cranes with its dock stake.\n",
        "berth.txt": "Dock berth\n\nA berth by its dock stake was built for the harbour board.\n",
    }
    index = index_of(tmp_path_factory.mktemp("board"), {**ARTICLES, **board})
    question = "what did the harbour board say about its dock stake?"
    first = answer(index, question, top=1)
    assert not first.found and first.passages
    for offset in (1, 2):
        later = answer(index, question, top=1, offset=offset)
        assert later.passages and later.passages[0].rank == offset + 1
        assert (later.found, later.lead) == (first.found, first.lead)


def test_a_title_kept_in_a_name_named_nowhere_is_said_so(index: Index) -> None:
    result = answer(index, "what did baroness quillfeather say about the canal sale?")
    assert not result.found and not result.quotes and not result.passages
    assert result.lead.startswith("Baroness Quillfeather is not named in the articles")


def test_a_role_no_one_is_given_names_no_one_of_its_owner(index: Index) -> None:
    # no one in the articles is a kitman: the Rovers manager is not who that means
    result = answer(index, "what did the rovers kitman say about the derby?")
    assert not result.quotes and result.speaker is None
    # the manager's words on the derby are no kitman's: the passages are shown, `found` false
    assert not result.found and result.passages
    assert result.lead.startswith(
        "No quotes from anyone the articles call the rovers kitman, and no passage calling "
        "anyone so tells what they said about “the derby”."
    )
    # a verb other than "say" may be read as speech where none is asked ("what do the fake
    # emails tell people"): the passages stand as found
    assert answer(index, "what did the rovers kitman tell fans about the derby?").found


def test_a_role_no_one_is_quoted_in_told_of_saying_something_is_the_answer(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    quay = (
        "Quay repairs\n\nThe quay repairs start in May. The harbour trust declined to comment.\n"
    )
    index = index_of(tmp_path_factory.mktemp("trust"), {**ARTICLES, "quay.txt": quay})
    result = answer(index, "what did the harbour trust say about the quay repairs?")
    assert result.found and not result.quotes
    assert "declined to comment" in result.passages[0].passage.text


@pytest.mark.parametrize(
    "role",
    [
        "the rovers gaffer",  # a reader's word for the manager
        "the rovers manger",  # the manager misspelt
    ],
)
def test_a_role_asked_in_other_words_is_still_its_holder(index: Index, role: str) -> None:
    result = answer(index, f"what did {role} say about the derby?")
    assert result.speaker == "Gus Penrose" and result.quotes


def test_a_spokeswoman_is_not_the_holder_of_another_role_of_her_body(index: Index) -> None:
    # the county's spokeswoman speaks for it; "the county boss" is someone else
    result = answer(index, "what did the county boss say about the bridge?")
    assert not result.quotes and result.speaker is None
    assert answer(index, "what did the county spokeswoman say?").speaker == "Ida Roe"


def test_a_title_before_a_first_name_the_lexicon_does_not_know_still_names_them(
    index: Index,
) -> None:
    # "Mr Varnier": "Luc Varnier" is a man as far as anyone can tell, and never quoted
    result = answer(index, "what did mr varnier say about the bridge?")
    assert not result.found and not result.quotes  # he led the work, said nothing
    assert result.lead.startswith("No quotes from mr varnier in the articles.")
    assert all("Luc Varnier" in hit.passage.text for hit in result.passages)


def test_someone_named_only_off_the_topic_is_not_said_to_be_named_nowhere(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # passages holding every word asked ("Ada Fox and Tom Blake ... auction price") outrank
    # the one naming Ada Blake, off the topic: it is shown all the same, as what it is
    auctions = {
        f"auction{n}.txt": f"Auction number {n}\n\nAda Fox and Tom Blake raised the auction "
        f"price of lot {n}.\n"
        for n in range(30)
    }
    bridge = "Bridge reopens\n\nThe bridge reopened after repairs. Engineer Ada Blake led it.\n"
    index = index_of(
        tmp_path_factory.mktemp("crowded"), {**ARTICLES, **auctions, "blake.txt": bridge}
    )
    result = answer(index, "what did ada blake say about the auction price?")
    assert not result.found and not result.quotes  # she led the repairs, said nothing
    assert result.lead.startswith("No quotes from Ada Blake in the articles.")
    assert result.passages
    assert all("Ada Blake" in hit.passage.text for hit in result.passages)


def test_a_role_asked_alone_shows_no_passage_that_does_not_name_it(index: Index) -> None:
    # no one is called the ferry captain; "the ferry timetable" passage names no captain
    result = answer(index, "what did the ferry captain say?")
    assert result.lead.startswith("No quotes from anyone the articles call the ferry captain.")
    assert not result.found and not result.passages and not result.quotes


@pytest.mark.parametrize("asked", ["island residents", "local ferry workers"])
def test_a_kind_of_people_nobody_quotes_is_told_in_words_that_fit_it(
    index: Index, asked: str
) -> None:
    # nobody is called "island residents": the lead says none is quoted, not "is not named"
    result = answer(index, f"what did {asked} say?")
    assert not result.found and not result.quotes and not result.passages
    assert result.lead == f"The articles quote nobody they call {asked}."


def test_a_surname_that_ends_like_a_plural_is_still_a_name(index: Index) -> None:
    result = answer(index, "what did jenkins say?")
    assert not result.found
    assert result.lead.startswith("Jenkins is not named in the articles")


def test_a_name_only_a_headline_writes_is_not_said_to_be_named_nowhere(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # "Quenby's" is in the headline alone (his gift), never in a passage: the articles name it,
    # so its article's passages are shown as such, `found` false (nothing it said is known)
    gift = (
        "Quenby's canal gift\n\nMinister Lord Quenby has given the canal trust a grant.\n\n"
        'Trust chairman Ned Arlow said it was "a fine gift".\n'
    )
    index = index_of(tmp_path_factory.mktemp("headline"), {**ARTICLES, "gift.txt": gift})
    result = answer(index, "what did quenby's say")
    assert not result.found and not result.quotes and result.passages
    assert result.lead.startswith("No quotes from Quenby's in the articles")
    assert "not named" not in result.lead
    assert "Lord Quenby" in result.passages[0].passage.text
