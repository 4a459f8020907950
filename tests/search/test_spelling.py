"""Words no article holds: corrected when one edit away, named when nothing is close."""

from __future__ import annotations

import time
from itertools import product
from pathlib import Path

import pytest

from qabot.indexing import Index, load_index, update_index
from qabot.search import answer
from qabot.search.spelling import check_spelling
from tests.support.indexes import index_of

# our own short articles: a harbour town's news
ARTICLES = {
    "tsunami.md": ("Tsunami warning lifted",
                   "The tsunami warning for the harbour was lifted after the earthquake. "
                   "Aid workers stayed on the quay."),
    "appeal.md": ("Tsunami appeal raises funds",
                  "The tsunami appeal raised funds for aid to the fishing villages. "
                  "A shipping company gave the most."),
    "ferry.md": ("Ferry company changes timetable",
                 "The ferry company will sail from the harbour twice a day from April. "
                 "The price of a ticket stays the same."),
    "election.md": ("Council election count",
                    "The council election count ended at midnight with a narrow result."),
}  # fmt: skip


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    folder = tmp_path_factory.mktemp("news")
    for name, (title, body) in ARTICLES.items():
        (folder / name).write_text(f"{title}\n\n{body}\n")
    update_index(folder, folder / "index")
    return load_index(folder / "index")


@pytest.mark.parametrize(
    ("typed", "searched"),
    [
        ("tsunmai aid", "tsunami aid"),  # two letters swapped
        ("ferry compnay", "ferry company"),
        ("Tsunamii appeal", "Tsunami appeal"),  # a letter too many; the capital kept
        ("harbor", "harbour"),  # a letter missing
    ],
)
def test_a_word_one_edit_from_an_archive_word_is_corrected(
    index: Index, typed: str, searched: str
) -> None:
    assert check_spelling(index, typed).words == searched


def test_a_corrected_question_says_what_was_searched_and_which_word_no_article_has(
    index: Index,
) -> None:
    result = answer(index, "tsunmai aid")
    assert result.found and result.question == "tsunmai aid"
    assert result.lead == "Best matching passages for “tsunami aid” (no article has “tsunmai”):"
    assert all("tsunami" in hit.passage.text.casefold() for hit in result.passages)


def test_words_the_archive_holds_are_left_alone(index: Index) -> None:
    spelling = check_spelling(index, "ferry timetable price")
    assert (spelling.words, spelling.corrected, spelling.missing) == (
        "ferry timetable price",
        (),
        (),
    )


def test_a_number_no_article_has_is_missing_whatever_the_archive_size(index: Index) -> None:
    result = answer(index, "who won the 2027 election")
    assert not result.found and not result.passages
    assert result.lead == (
        "No article mentions “2027”, but 1 passage matches “who won the election”: "
        "ask without “2027” to see it."
    )


def test_a_word_nothing_is_close_to_is_missing_only_in_a_large_archive(index: Index) -> None:
    # in a few articles an absent word may be an everyday one; in a large archive it is news
    assert check_spelling(index, "bitcoin price").missing == ()
    assert check_spelling(index, "bitcoin price", missing_from=4).missing == ("bitcoin",)


def test_a_short_word_one_edit_from_a_common_word_is_filler(index: Index) -> None:
    spelling = check_spelling(index, "whats the ferry price")
    assert spelling.missing == () and spelling.corrected == ()


def test_a_word_is_not_corrected_by_changing_its_first_letter(index: Index) -> None:
    # "carbour" is one edit from "harbour", but at its first letter: another word, not a slip
    assert check_spelling(index, "carbour", missing_from=4).missing == ("carbour",)
    assert check_spelling(index, "htsunami aid").corrected == ()
    assert check_spelling(index, "stunami aid").words == "tsunami aid"  # the first two swapped


def test_a_correction_whose_passages_hold_no_other_word_asked_is_no_correction(
    tmp_path: Path,
) -> None:
    # "puppy" is one letter from "poppy", but the poppy appeal holds nothing else asked
    index = index_of(
        tmp_path,
        {
            "poppy.txt": "Poppy appeal opens\n\nThe poppy appeal opened in the town square.\n",
            "wreath.txt": "Wreaths laid\n\nA poppy wreath was laid at the memorial.\n",
            "show.txt": "Dog show\n\nThe dog show was held in the park on Sunday.\n",
        },
    )
    result = answer(index, "how do i train my puppy")
    assert not result.found and not result.passages
    assert result.lead.startswith("No article mentions “puppy”")


def test_a_huge_word_or_hundreds_of_unknown_words_are_read_at_once(index: Index) -> None:
    """A message of one endless word, or of hundreds of words no article holds, cost a search
    for corrections each, in the square of the word's length (minutes and gigabytes for a
    4,096-letter Telegram message: the bot stopped answering and could not stop)."""
    word = "harbourtsunami" * 110
    gibberish = " ".join(f"zq{a}{b}{c}v" for a, b, c in product("klmnopr", repeat=3))
    started = time.process_time()  # CPU time: a busy machine's waits are not the code's
    assert check_spelling(index, word, missing_from=0).missing == (word,)
    assert len(check_spelling(index, gibberish, missing_from=0).missing) == 7**3
    assert time.process_time() - started < 4.0
    assert check_spelling(index, f"{gibberish} tsunmai").words.endswith(" tsunmai")
    assert check_spelling(index, "tsunmai " + gibberish).words.startswith("tsunami ")


def test_a_name_corrected_to_one_no_passage_writes_so_is_the_name_typed_that_is_missing(
    tmp_path: Path,
) -> None:
    # "Varla" is one letter from "Varga", but no passage writes "CEO of Varga": the lead names
    # what was typed, not the correction
    index = index_of(
        tmp_path,
        {
            "ferry.txt": "Ferry captain\n\nCaptain Ines Varga steered the ferry home.\n",
            "medal.txt": "Harbour medal\n\nThe board gave Ines Varga its medal.\n",
            "firm.txt": "Shipping firm\n\nThe CEO of the shipping firm resigned on Monday.\n",
        },
    )
    result = answer(index, "Who is the CEO of Varla?")
    assert not result.found and not result.passages
    assert result.lead.startswith("No article mentions “Varla”")
    # ... and "Who is the CEO of" breaks off where it stood: no passages are offered for it
    assert result.lead == "No article mentions “Varla”."


def test_side_by_side_words_typed_wrong_are_corrected_only_when_an_article_holds_both(
    tmp_path: Path,
) -> None:
    # "vagra medel": an article gives Varga a medal; "ferrry medel": no article has a ferry and
    # a medal, so the two words are more likely a name the archive lacks than two slips
    index = index_of(
        tmp_path,
        {
            "captain.txt": "Ferry captain\n\nCaptain Ines Varga steered the ferry home.\n",
            "medal.txt": "Harbour medal\n\nThe board gave Ines Varga its medal.\n",
            "timetable.txt": "Timetable\n\nThe ferry timetable changes in April.\n",
            "winners.txt": "Winners\n\nMedal winners met the mayor on Monday.\n",
        },
    )
    assert check_spelling(index, "vagra medel").words == "varga medal"
    spelling = check_spelling(index, "ferrry medel", missing_from=3)
    assert spelling.corrected == () and spelling.missing == ("ferrry", "medel")


# our own articles: a shop chain the articles write hyphenated, and a word of two parts that
# are never written side by side
PARTED = {
    "store.md": ("Quik-Mart sued by parents",
                 "Parents are suing the Quik-Mart chain over a rude CD. Quik-Mart said it "
                 "would fight the case."),
    "rival.md": ("Quik-Mart rival opens",
                 "A rival to Quik-Mart opened in the town with lower prices."),
    "harbour.md": ("Harbour news",
                   "The quik ferry left the harbour. A mart on the quay sold fish."),
    "weather.md": ("Storm warning", "A storm warning was given for the coast on Friday."),
}  # fmt: skip


@pytest.fixture(scope="module")
def parted(tmp_path_factory: pytest.TempPathFactory) -> Index:
    folder = tmp_path_factory.mktemp("parted")
    for name, (title, body) in PARTED.items():
        (folder / name).write_text(f"{title}\n\n{body}\n")
    update_index(folder, folder / "index")
    return load_index(folder / "index")


def test_a_word_typed_joined_is_searched_as_the_archive_writes_it_in_parts(
    parted: Index,
) -> None:
    assert check_spelling(parted, "why is quikmart sued").words == "why is quik-mart sued"
    result = answer(parted, "why are parents suing quikmart")
    assert result.found
    assert "Parents are suing the Quik-Mart chain" in result.passages[0].passage.text
    assert result.lead == (
        "Best matching passages for “why are parents suing quik-mart” (no article has “quikmart”):"
    )
    # alone it needs no other word to bear it out: the parts are written side by side
    assert answer(parted, "quikmart").found


def test_a_word_whose_parts_no_article_writes_side_by_side_is_not_split(parted: Index) -> None:
    # "mart" and "quik" are both in the archive, but no article writes "mart quik"
    assert "-" not in check_spelling(parted, "martquik sale").words
    assert "mart quik" not in check_spelling(parted, "martquik sale").words


# our own articles: a hero most write hyphenated and one writes joined
HERO = {
    "films.md": ("Arch-Hero films take $1bn",
                 "The two Arch-Hero films made $1bn at box offices worldwide."),
    "sequel.md": ("Arch-Hero sequel planned",
                  "A third Arch-Hero film is planned, the studio said on Monday."),
    "toys.md": ("Toys sell out", "Arch-Hero toys sold out before Christmas in most shops."),
    "fans.md": ("Fans meet", "Fans of Archhero met in the town hall on Saturday."),
    "weather.md": ("Storm warning", "A storm warning was given for the coast on Friday."),
    "ferry.md": ("Ferry fares", "Ferry fares will rise in the spring, the operator said."),
}  # fmt: skip


@pytest.fixture(scope="module")
def hero(tmp_path_factory: pytest.TempPathFactory) -> Index:
    folder = tmp_path_factory.mktemp("hero")
    for name, (title, body) in HERO.items():
        (folder / name).write_text(f"{title}\n\n{body}\n")
    update_index(folder, folder / "index")
    return load_index(folder / "index")


def test_a_word_typed_joined_that_more_articles_write_hyphenated_is_searched_so(
    hero: Index,
) -> None:
    spelling = check_spelling(hero, "how much money have the archhero films made")
    assert spelling.words == "how much money have the arch-hero films made"
    assert spelling.parted == (("archhero", "arch-hero"),) and spelling.corrected == ()
    result = answer(hero, "how much money have the archhero films made")
    assert result.found and "made $1bn" in result.passages[0].passage.text
    # one article writes it joined: no "no article has" note
    assert result.lead == (
        "Best matching passages for “how much money have the archhero films made”:"
    )


# our own articles: a player one passage names, and a name one letter from his that more
# passages hold
PLAYERS = {
    "final.md": ("Keeper misses final",
                 "Keeper Dario Ostrek missed the final in Lisbon with a knee injury."),
    "bridge.md": ("Bridge named", "The Ostrik bridge reopened after repairs on Monday."),
    "bridge2.md": ("Bridge tolls", "Tolls on the Ostrik bridge will rise in May."),
    "bridge3.md": ("Bridge lights", "New lights were fitted to the Ostrik bridge."),
    "weather.md": ("Storm warning", "A storm warning was given for the coast on Friday."),
    "ferry.md": ("Ferry fares", "Ferry fares will rise in the spring, the operator said."),
}  # fmt: skip


@pytest.fixture(scope="module")
def players(tmp_path_factory: pytest.TempPathFactory) -> Index:
    folder = tmp_path_factory.mktemp("players")
    for name, (title, body) in PLAYERS.items():
        (folder / name).write_text(f"{title}\n\n{body}\n")
    update_index(folder, folder / "index")
    return load_index(folder / "index")


def test_a_misspelt_word_is_read_as_the_word_beside_the_questions_other_words(
    players: Index,
) -> None:
    # "ostrak" is one letter from "Ostrik" (three passages) and "Ostrek" (one, in Lisbon)
    result = answer(players, "why did ostrak miss the final in lisbon")
    assert result.found and "Dario Ostrek" in result.passages[0].passage.text
    assert result.lead == (
        "Best matching passages for “why did ostrek miss the final in lisbon” "
        "(no article has “ostrak”):"
    )


def test_a_short_form_no_article_writes_is_read_as_the_word_its_passages_write_out(
    tmp_path: Path,
) -> None:
    # "exec" is one letter from "Exel" (a firm two passages name), but the passages about
    # Veltro write "executive": the short form of the word, not a typo of the other
    index = index_of(
        tmp_path,
        {
            "quits.txt": "Veltro chief quits\n\nThe chief executive of Veltro resigned on "
            "Monday after a row with the board.\n",
            "hires.txt": "Veltro hires\n\nVeltro named a new finance executive to steady the "
            "shares.\n",
            "haulage.txt": "Haulage deal\n\nExel won a haulage contract for the port.\n",
            "trucks.txt": "Trucks ordered\n\nExel ordered forty trucks for its depots.\n",
            "ferry.txt": "Ferry fares\n\nFerry fares will rise in the spring.\n",
        },
    )
    result = answer(index, "why did the veltro exec resign")
    assert result.found and "resigned" in result.passages[0].passage.text
    assert result.lead == (
        "Best matching passages for “why did the veltro executive resign” (no article has “exec”):"
    )
    assert check_spelling(index, "exec trucks").words == "exel trucks"  # a typo beside them


def test_a_short_form_is_read_as_the_word_the_archive_writes_out_more_than_one_a_letter_off(
    tmp_path: Path,
) -> None:
    # Veltro's passages never write "executive", but three others do, and "Exel" only two
    index = index_of(
        tmp_path,
        {
            "veltro.txt": "Veltro results\n\nVeltro sold more boats this spring.\n",
            "quits.txt": "Board row\n\nThe chief executive of a shipping firm resigned.\n",
            "pay.txt": "Pay rise\n\nAn executive pay rise angered the union.\n",
            "bonus.txt": "Bonus cut\n\nThe executive bonus was cut by half.\n",
            "haulage.txt": "Haulage deal\n\nExel won a haulage contract for the port.\n",
            "trucks.txt": "Trucks ordered\n\nExel ordered forty trucks for its depots.\n",
        },
    )
    assert check_spelling(index, "new veltro exec").words == "new veltro executive"
    result = answer(index, "new veltro exec")  # none says anything of Veltro's executives
    assert not result.found
    assert result.lead.endswith("no sentence about “veltro” has “executive”.")
    # Veltro's boats are no answer about its executive: the short form is what none holds
    result = answer(index, "veltro boats exec")
    assert not result.found and not result.passages
    assert result.lead == (
        "No article mentions “exec”, but 1 passage matches “veltro boats”: ask without “exec” "
        "to see it."
    )
    result = answer(index, "exec pay rise")
    assert result.found and "executive pay" in result.passages[0].passage.text


# our own articles: a short word most write hyphenated in two-letter parts, one writes joined
ZOKA = {
    "routers.md": ("Zo-ka routers sell", "Zo-ka routers sold well in the shops this winter."),
    "cafes.md": ("Cafes add zo-ka", "Most cafes in the old town now offer free zo-ka."),
    "trains.md": ("Zo-ka on trains", "Zo-ka will reach every train on the coast line by May."),
    "review.md": ("Router review", "Our review found the Zoka box slow in the evenings."),
    "weather.md": ("Storm warning", "A storm warning was given for the coast on Friday."),
    "ferry.md": ("Ferry fares", "Ferry fares will rise in the spring, the operator said."),
}  # fmt: skip


@pytest.fixture(scope="module")
def zoka(tmp_path_factory: pytest.TempPathFactory) -> Index:
    folder = tmp_path_factory.mktemp("zoka")
    for name, (title, body) in ZOKA.items():
        (folder / name).write_text(f"{title}\n\n{body}\n")
    update_index(folder, folder / "index")
    return load_index(folder / "index")


def test_a_short_word_typed_joined_that_more_write_in_two_letter_parts_is_searched_so(
    zoka: Index,
) -> None:
    spelling = check_spelling(zoka, "which cafes offer free zoka")
    assert spelling.words == "which cafes offer free zo-ka"
    assert spelling.parted == (("zoka", "zo-ka"),)
    assert (
        "Most cafes in the old town"
        in answer(zoka, "which cafes offer free zoka").passages[0].passage.text
    )


@pytest.mark.parametrize(
    "written",
    [
        "planted",  # the word one edit away that a passage writes
        "plants",  # none written one edit away: the word written that is read alike
    ],
)
def test_a_correction_is_a_word_a_passage_writes_not_one_the_analyzer_reads_alike(
    tmp_path: Path, written: str
) -> None:
    # "plante", one edit from "planter", is read as "plant" as "planted" is, yet no passage
    # writes it: the question is searched with the word as the passages write it
    planted = index_of(tmp_path, {
        "trees.md": f"Trees for the quay\n\nThe village {written} trees along the quay.\n",
        "ferry.md": "Ferry timetable\n\nThe ferry sails from the quay twice a day.\n",
    })  # fmt: skip
    spelling = check_spelling(planted, "planter trees quay")
    assert spelling.words == f"{written} trees quay"
    assert spelling.corrected == (("planter", written),)


def test_a_correction_is_written_one_edit_away_not_a_common_word_sharing_an_edit_s_stem(
    tmp_path: Path,
) -> None:
    # "juning", one edit from "junino", is analysed as "june", which more passages hold; but
    # "June" is three edits from what was typed, and "Juninho" one
    common = {
        f"fair{n}.md": f"Fair {n}\n\nThe fair opens in June on the quay, stall {n}.\n"
        for n in range(4)
    }
    named = index_of(tmp_path, {
        **common,
        "juninho.md": "Juninho signs\n\nJuninho signed for the harbour club on Monday.\n",
        "agent.md": "Juninho's agent\n\nThe agent of Juninho met the harbour club.\n",
    })  # fmt: skip
    spelling = check_spelling(named, "junino")
    assert spelling.corrected == (("junino", "juninho"),)


def test_a_word_whose_edit_the_analyzer_cuts_short_is_not_read_as_a_far_word(
    tmp_path: Path,
) -> None:
    # "euroness", one edit from "euronews", is analysed as "euro" (the stemmer strips
    # "-ness"): "euronews" was read as the "euros" the passages write, three edits away
    index = index_of(tmp_path, {
        f"money{n}.md": f"Money {n}\n\nThe euro rose against the pound, and euros were "
        f"scarce at the quay on day {n}.\n"
        for n in range(4)
    })  # fmt: skip
    assert check_spelling(index, "euronews").corrected == ()


def test_a_first_name_beside_a_surname_no_article_has_is_not_respelt(tmp_path: Path) -> None:
    # "Greta Thunberg" over an archive without her: "Greta" was read as "great", and the
    # answer offered the passages holding "great"
    index = index_of(
        tmp_path,
        {
            f"story{n}.txt": f"Story {n}\n\nThe great harbour wall stood for a century, "
            f"the council said on day {n}.\n"
            for n in range(12)
        },
    )
    spelling = check_spelling(index, "Greta Quillborg")
    assert not spelling.corrected and spelling.words == "Greta Quillborg"
    assert check_spelling(index, "graet harbour wall").corrected  # a common word still is
    assert check_spelling(index, "Greta harbour").corrected  # beside a word the archive has


@pytest.mark.parametrize("typed", ["tsunmai", "Harbor?", "the compnay"])
def test_a_question_of_one_misspelt_word_is_answered_for_its_correction(
    index: Index, typed: str
) -> None:
    # no other word asked can bear the correction out: the word alone is what is asked
    # (it was "No article mentions “tsunmai”" though every article is of the tsunami)
    result = answer(index, typed)
    wrong = typed.removeprefix("the ").strip("?")
    assert result.found, result.lead
    assert f"no article has “{wrong}”" in result.lead


# our own: a tennis player whose name a reader types by ear, and another town's news
BY_EAR = {
    "dubai.md": ("Vaskova in Dubai last eight",
                 "Daniela Vaskova reached the Dubai quarter final and now faces Serena Williams."),
    "doha.md": ("Vaskova wins in Doha", "Daniela Vaskova won her first title in Doha."),
    "market.md": ("Market reopens", "The covered market reopened after the fire."),
    "harbour.md": ("Harbour dredged", "The harbour was dredged to let larger ships in."),
}  # fmt: skip


@pytest.fixture(scope="module")
def by_ear(tmp_path_factory: pytest.TempPathFactory) -> Index:
    folder = tmp_path_factory.mktemp("by_ear")
    for name, (title, body) in BY_EAR.items():
        (folder / name).write_text(f"{title}\n\n{body}\n")
    update_index(folder, folder / "index")
    return load_index(folder / "index")


def test_a_long_word_two_edits_from_one_beside_the_questions_other_words_is_read_as_it(
    by_ear: Index,
) -> None:
    spelling = check_spelling(by_ear, "who does vaskowa play in the dubai quarter final")
    assert spelling.corrected == (("vaskowa", "vaskova"),)  # one edit: as before
    spelling = check_spelling(by_ear, "who does vasckowa play in the dubai quarter final")
    assert spelling.corrected == (("vasckowa", "vaskova"),)  # two edits, eight letters
    result = answer(by_ear, "who does vasckowa play in the dubai quarter final")
    assert result.found and "faces Serena Williams" in result.passages[0].passage.text


@pytest.mark.parametrize(
    "question",
    [
        "vasckowa market fire",  # the passages about the rest write no word two edits off
        "who does vasckva play in dubai",  # seven letters: two edits make too many words
    ],
)
def test_a_word_two_edits_off_is_read_only_when_long_and_beside_the_other_words(
    by_ear: Index, question: str
) -> None:
    assert check_spelling(by_ear, question).corrected == ()


# our own: an article that misspells a name once ("Marta Kellin" for "Kellinn"), and a
# surname one letter from a common word
KELLINN = {
    "lists.md": ("Shortlists debated",
                 "Labour MP Marta Kellin said she was elected in 1987. Ms Kellinn called "
                 "the pace painful. Marta Stoner agreed."),
    "plan.md": ("Kellinn backs plan", "Ms Kellinn backs the plan for shortlists."),
    "wall.md": ("Harbour wall", "The stone wall by the harbour was rebuilt in stone."),
    "quay.md": ("Quay stone", "A stone fell from the quay; the stone was replaced."),
}  # fmt: skip


def test_a_name_typed_in_lower_case_is_respelt_as_the_archive_writes_it(tmp_path: Path) -> None:
    # "what year was diane abbott elected" over the one article writing "Diane Abbot": "No
    # article mentions “diane abbott”", as the capitalised question was answered
    index = index_of(tmp_path, {name: f"{t}\n\n{b}\n" for name, (t, b) in KELLINN.items()})
    spelling = check_spelling(index, "what year was marta kellinn elected")
    # ... in the reader's case: "marta kellin", never "marta Kellin"
    assert spelling.renamed == (("marta kellinn", "marta kellin"),)
    result = answer(index, "what year was marta kellinn elected")
    assert result.found and "“what year was marta kellin elected”" in result.lead
    # a word mostly written in lower case names nobody: "stone" is not read as "Stoner"
    assert check_spelling(index, "marta stone wall").renamed == ()


def test_months_typed_short_are_a_date_not_a_word_no_article_has(index: Index) -> None:
    # the articles write "April"; "Apr-Jun" is no name they lack, nor a word to correct
    spelling = check_spelling(index, "ferry timetable Apr-Jun 2005", missing_from=4)
    assert spelling.missing == ("2005",) and spelling.corrected == ()
    result = answer(index, "ferry timetable Apr-Jun")
    assert result.found and "sail from the harbour" in result.passages[0].passage.text
