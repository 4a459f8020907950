"""A figure asked ("how many ...?", "how much ...?") is answered by a sentence giving a number
of what the question names: not by a figure of a neighbour the sentence names instead."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from tests.support.indexes import index_of

# our own articles: Dorvan's cobalt is counted, Kestria's never (it is only worried about);
# Ada Pell's pay follows the sentence naming her; the Velm Opera's cost is given in a sentence
# that names nothing else, and the kettle's price a sentence after the kettle; Brevia is named
# only for its weather
ARTICLES = {
    "cobalt.txt": (
        "Cobalt supply under strain\n\n"
        "Analysts say small producers are less of a worry than big ones. They name Dorvan as "
        "the holder of gravest concern, with an estimated 40% of all cobalt mined. They also "
        "worry about Kestria after its mines minister resigned."
    ),
    "pell.txt": (
        "Pell keeps her law work\n\n"
        "Councillor Ada Pell has kept her seat on the board. She earns up to £30,000 a year "
        "from the law firm Brook Lane, where she is a partner."
    ),
    "opera.txt": (
        "Velm Opera opens its new show\n\n"
        "The Velm Opera staged its new show on Friday. Critics liked the dancing. The "
        "production cost £9m to bring to the stage."
    ),
    "companies.txt": (
        "Green reports spread\n\n"
        "Most of Dorvan's 50 biggest companies publish green reports, and 27 of Ostrin's top "
        "50 do."
    ),
    "lumen.txt": (
        "Lumen project\n\nThe Lumen project combines digital and real views. Its software was "
        "made by a UK firm, 2d3, for the Lumen project."
    ),
    "weather.txt": "Storms close roads\n\nHeavy rain closed roads across Brevia on Monday.",
    "storm.txt": (
        "Harbour storm\n\n"
        "Fishing boats sank across the Velm harbour in Friday's storm. Twelve in all, the "
        "coastguard said."
    ),
    "book.txt": (
        "Book prize\n\n"
        "Ida Moss lifted the Orrin Book Prize for her first novel. Three film studios want the "
        "rights."
    ),
    "gifts.txt": (
        "Gifts for the desk\n\n"
        "Here is a kettle shaped like a lighthouse, to puzzle your guests. And if you are "
        "willing to part with $24.50, it is yours!"
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("figures")), ARTICLES)


def test_a_figure_of_the_name_asked_answers(index: Index) -> None:
    result = answer(index, "how much cobalt does dorvan hold")
    assert result.found and "40% of all cobalt" in result.passages[0].passage.text


def test_a_figure_of_a_neighbour_named_instead_does_not_answer(index: Index) -> None:
    result = answer(index, "how much cobalt does kestria hold")
    assert not result.found and not result.passages
    assert result.lead == (
        "None of the passages that best match “how much cobalt does kestria hold” gives a "
        "figure for “kestria”."
    )


@pytest.mark.parametrize(
    ("question", "given"),
    [
        ("how much does ada pell earn from her law firm", "£30,000 a year"),
        ("how much did the velm opera show cost", "cost £9m"),
        ("how much does the lighthouse kettle cost", "part with $24.50"),
    ],
)
def test_a_figure_after_the_name_or_naming_nothing_else_answers(
    index: Index, question: str, given: str
) -> None:
    result = answer(index, question)
    assert result.found and given in result.passages[0].passage.text


def test_a_possessive_name_no_passage_holds_finds_nothing(index: Index) -> None:
    result = answer(index, "brevia's biggest companies green reports")
    assert not result.found and not result.passages
    assert result.lead.endswith("but not “brevia”.")


def test_the_digits_of_a_name_are_no_figure(index: Index) -> None:
    result = answer(index, "how much funding does the lumen project have")
    assert not result.found and not result.passages
    assert result.lead.endswith("gives a figure for “lumen”.")


# our own: the Tarn guard is counted in men and dated by a day, never costed; the Velm
# festival is dated, never counted
COUNTED = {
    "guard.txt": (
        "Tarn sends guards north\n\n"
        "Tarn has stationed about 9,000 soldiers along the Orla border until 14 March. Its "
        "ministers deny any plan to cross it."
    ),
    "harbour.txt": (
        "Harbour works paid for\n\n"
        "Osk has spent £40m on soldiers and sailors for its harbour guard this year."
    ),
    "filler.txt": "Rain in Osk\n\nHeavy rain closed the harbour road in Osk on Monday.",
    "festival.txt": (
        "Velm film festival opens\n\nThe Velm film festival opens on 16 February. Its director "
        "will attend the opening night."
    ),
}


@pytest.fixture(scope="module")
def counted_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("counted")), COUNTED)


def test_a_count_of_a_thing_asked_is_no_amount_spent_on_it(counted_index: Index) -> None:
    result = answer(counted_index, "how much has tarn spent on the soldiers at the orla border")
    assert not result.found and not result.passages
    assert result.lead.endswith("gives a sum for “orla”.")


def test_a_count_still_answers_how_many(counted_index: Index) -> None:
    result = answer(counted_index, "how many soldiers has tarn sent to the orla border")
    assert result.found and "9,000 soldiers" in result.passages[0].passage.text


def test_a_sum_of_money_before_the_thing_asked_answers_how_much(counted_index: Index) -> None:
    result = answer(counted_index, "how much has osk spent on soldiers for its harbour guard")
    assert result.found and "£40m on soldiers" in result.passages[0].passage.text


def test_a_day_of_the_month_is_no_count(counted_index: Index) -> None:
    result = answer(counted_index, "how many people attend the velm film festival")
    assert not result.found and not result.passages


def test_a_count_without_a_noun_counts_what_the_sentence_before_names(index: Index) -> None:
    result = answer(index, "how many fishing boats sank in the velm harbour storm")
    assert result.found and "Twelve in all" in result.passages[0].passage.text


def test_a_count_of_something_else_after_the_thing_asked_is_no_figure(index: Index) -> None:
    result = answer(index, "how much prize money does the orrin book prize winner get")
    assert not result.found and not result.passages


def test_by_how_much_asks_a_figure(index: Index) -> None:
    result = answer(index, "by how much cobalt does kestria hold")
    assert not result.found and not result.passages
    assert result.lead.endswith("gives a figure for “kestria”.")


# our own: Tesk's monthly takings are given, never a fine; the Velm cup arrests are told by the
# police, who are named beside the count
TOLD = {
    "pirate.txt": (
        "Film pirate jailed\n\n"
        "A seller of copied films, Omar Tesk, has been jailed for two years. Tesk, who made "
        "£12,000 per month from the trade, was called a menace by the judge."
    ),
    "cup.txt": (
        "Cup match trouble\n\n"
        "Fans fought in the streets after the Velm v Orla cup match on Tuesday. Shops were "
        "shut early. Harbour Police said there had been 14 arrests for public order offences."
    ),
    "rain.txt": "Rain in Osk\n\nHeavy rain closed the harbour road in Osk on Monday.",
}


@pytest.fixture(scope="module")
def told_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("told")), TOLD)


def test_a_figure_beside_the_name_alone_is_not_the_one_asked(told_index: Index) -> None:
    result = answer(told_index, "How much was Omar Tesk fined?")
    assert not result.found and not result.passages
    # it said: a figure for “Omar” or “Tesk”, one name as two
    assert result.lead.endswith("gives a figure for “Omar Tesk”.")


def test_a_figure_beside_a_word_of_what_is_asked_answers(told_index: Index) -> None:
    result = answer(told_index, "how much was tesk making each month")
    assert result.found and "£12,000 per month" in result.passages[0].passage.text


def test_who_tells_a_count_names_nothing_else_it_is_of(told_index: Index) -> None:
    result = answer(told_index, "how many arrests after the velm v orla cup trouble")
    assert result.found and "14 arrests" in result.passages[0].passage.text


def test_money_asked_by_name_is_answered_only_by_a_sum(counted_index: Index) -> None:
    # "about 9,000 soldiers" is a count: no sum of money stolen, spent or paid
    result = answer(counted_index, "how much money did tarn lose at the orla border")
    assert not result.found and not result.passages
    assert "gives a sum" in result.lead
    assert answer(counted_index, "how much money has osk spent on its harbour guard").found


# our own: the Orla ferry ruling gives a ratio, no sum; the Velm scooter launch gives only
# the year the question asks by
RULED = {
    "ferry.txt": (
        "Orla ferry ruling\n\n"
        "Judges ruled that the Orla ferry company discriminated against disabled passengers, "
        "who were five times more likely to be refused boarding."
    ),
    "scooter.txt": (
        "Velm scooters delayed\n\n"
        "Velm said its electric scooter sales network may not open until 2031, though it did "
        "not rule out an earlier start."
    ),
    "filler.txt": "Rain in Osk\n\nHeavy rain closed many roads in Osk on Monday.",
}


@pytest.fixture(scope="module")
def ruled_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("ruled")), RULED)


def test_compensation_asked_is_answered_only_by_a_sum(ruled_index: Index) -> None:
    result = answer(
        ruled_index, "how much compensation did the judges award orla ferry passengers"
    )
    assert not result.found and "gives a sum" in result.lead


def test_a_number_the_question_writes_is_no_figure_of_what_it_asks(ruled_index: Index) -> None:
    result = answer(ruled_index, "how many velm scooter sales are forecast by 2031")
    assert not result.found and "gives a figure" in result.lead


# our own: the Brask stadium sale is dated, never priced; the Quill student's fine is told of
# him by his own name, two sentences after the one naming the website he ran
SOLD = {
    "stadium.txt": (
        "Brask turns to racing\n\n"
        "Brask sold the Norra national stadium in 1998 to concentrate on its racing tracks. "
        "The group now runs six tracks."
    ),
    "quill.txt": (
        "Quill student must pay\n\n"
        "A student who ran the Quill music website has been ordered to pay compensation. "
        "He had won an appeal last year. Judges first ruled that Tomas Ekberg would have to "
        "pay 90,000 kroner to the studios."
    ),
    "filler.txt": "Rain in Osk\n\nHeavy rain closed many roads in Osk on Monday.",
}


@pytest.fixture(scope="module")
def sold_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("sold")), SOLD)


def test_a_year_a_deed_was_done_in_is_no_sum_got_for_it(sold_index: Index) -> None:
    result = answer(sold_index, "how much did brask get for the norra stadium when it sold it")
    assert not result.found and "gives a sum" in result.lead


def test_a_sum_paid_may_be_told_of_one_the_passage_names(sold_index: Index) -> None:
    result = answer(sold_index, "how much did the quill student have to pay")
    assert result.found and "90,000 kroner" in result.passages[0].passage.text


# our own: the Tarn coastguard's count is of helicopters, never of boats; the Orla lifeboat
# crew's is of boats
RESCUES = {
    "tarn.txt": (
        "Tarn coastguard in storm\n\n"
        "The Tarn coastguard sent two helicopters out over the bay as the storm rose."
    ),
    "orla.txt": (
        "Orla lifeboat busy\n\nThe Orla lifeboat crew towed 14 stranded boats back to harbour."
    ),
    "filler.txt": "Rain in Osk\n\nHeavy rain closed many roads in Osk on Monday.",
}


@pytest.fixture(scope="module")
def rescue_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("rescues")), RESCUES)


def test_a_count_of_another_thing_gives_no_figure_of_the_one_asked(rescue_index: Index) -> None:
    result = answer(rescue_index, "how many boats did the tarn coastguard rescue in the storm")
    assert not result.found and "gives a figure" in result.lead


def test_a_count_of_the_thing_asked_answers(rescue_index: Index) -> None:
    result = answer(rescue_index, "how many boats did the orla lifeboat crew tow to harbour")
    assert result.found and "14 stranded boats" in result.passages[0].passage.text


# our own: Kell's six wins are a count of games, not of the fans at one; the Osk festival
# jury's four meetings count times, not films; "Salt Road (1968)" dates a novel, selling
# nothing, and "in 1958." the Tarn wall, "the end of 2004" the Brevia ferry's plan; the Velm
# pottery counts its drying sheds, the Osk mill its staff as people
OTHER_COUNTS = {
    "derby.txt": (
        "Kell beat Morna\n\n"
        "Kell beat Morna at the Tarn ground on Saturday. Kell have now won six games at home "
        "this season."
    ),
    "festival.txt": (
        "Osk festival jury\n\nThe jury of the Osk Film Festival met four times before it "
        "chose a winner."
    ),
    "novel.txt": (
        "Ida Moss dies\n\nThe novel Salt Road (1968) made Ida Moss famous across the Velm coast."
    ),
    "wall.txt": "Tarn harbour rebuilt\n\nThe Tarn harbour wall was rebuilt in 1958.",
    "ferry.txt": (
        "Brevia ferry plans\n\nBy the end of 2004 the Brevia ferry firm aims to launch a night "
        "service."
    ),
    "pottery.txt": "Velm pottery grows\n\nThe Velm pottery has 12 drying sheds across its yard.",
    "mill.txt": "Osk mill\n\nThe Osk mill employs 40 people. Its staff canteen opened in May.",
    "filler.txt": "Rain in Brevia\n\nHeavy rain closed many roads in Brevia on Monday.",
}


@pytest.fixture(scope="module")
def counted_things_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("other_counts")), OTHER_COUNTS)


@pytest.mark.parametrize(
    "question",
    [
        "how many fans were at the kell v morna game",  # six games: a word asked, not counted
        "how many films were at the osk film festival",  # four times
        "how many copies did ida moss's novel salt road sell",  # (1968): a year, no count
        "how many roads lead to the tarn harbour wall",  # "in 1958.": a year, a full stop after
        "how many night services does the brevia ferry firm run",  # "by the end of 2004"
    ],
)
def test_a_count_of_another_thing_than_the_one_asked_gives_no_figure(
    counted_things_index: Index, question: str
) -> None:
    result = answer(counted_things_index, question)
    assert not result.found and "gives a figure" in result.lead


def test_a_count_of_the_thing_counted_answers(counted_things_index: Index) -> None:
    result = answer(counted_things_index, "how many games have kell won at home")
    assert result.found and "six games" in result.passages[0].passage.text
    # each of the things asked together counts
    result = answer(counted_things_index, "how many kilns and drying sheds has the velm pottery")
    assert result.found and "12 drying sheds" in result.passages[0].passage.text
    # a count of people may be of the staff asked
    result = answer(counted_things_index, "how many staff work at the osk mill")
    assert result.found and "40 people" in result.passages[0].passage.text


@pytest.mark.parametrize("share", ["one-third", "two thirds", "three-quarters"])
def test_a_share_written_out_is_a_figure(tmp_path: Path, share: str) -> None:
    # "how much of the world's uranium is at olympic dam" over "contains about one-third of
    # the world's known uranium resources": no figure was read in it
    mine = index_of(tmp_path, {
        "brin.txt": "Tarvia mines sold\n\nThe firm owns the Brin mine in Tarvia, which holds "
                    f"about {share} of the world's known cobalt.",
        "rain.txt": "Rain in Osk\n\nHeavy rain closed the harbour road in Osk on Monday.",
        "opera.txt": "Opera opens\n\nThe Velm Opera staged its new show on Friday.",
    })  # fmt: skip
    result = answer(mine, "how much of the world's cobalt is at brin")
    assert result.found and f"{share} of the world" in result.passages[0].passage.text
    assert not answer(mine, "how many people work at the brin mine").found  # a share, no count


# a festival's people are counted, never its tents, which the archive names elsewhere
TENTS = {
    "festival.txt": "Lake festival ends\n\nThe Velm lake festival drew 4,000 people over its "
    "three days by the water. The £90,000 festival was paid for by the council.\n",
    "ferry.txt": "Ferry timetable\n\nThe island ferry timetable changes on Monday, and tickets "
    "are sold at the quay.\n",
    "shop.txt": "Camping shop opens\n\nA camping shop selling tents and stoves opened in Osk "
    "on Monday.\n",
}


@pytest.fixture(scope="module")
def tents_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("tents")), TENTS)


def test_passages_naming_none_of_what_is_counted_give_no_count(tents_index: Index) -> None:
    result = answer(tents_index, "how many tents were put up at the velm lake festival")
    assert not result.found and not result.passages
    assert result.lead.endswith("gives a figure: none of them has “tents”.")


def test_passages_naming_nothing_priced_give_no_price(tents_index: Index) -> None:
    result = answer(tents_index, "how much do tickets for the velm lake festival cost")
    assert not result.found and not result.passages
    assert result.lead.endswith("gives a figure: none of them has “tickets”.")


def test_a_count_of_people_asked_is_not_held_to_the_word(tents_index: Index) -> None:
    result = answer(tents_index, "how many people went to the velm lake festival")
    assert result.found and "4,000 people" in result.passages[0].passage.text


# our own: the Dunmore museum gives only its budget, the Ostrin museum its staff; the Zephyr
# Band's KorvoPads are counted in a sentence with no other word of the question; the Tarn trial
# is told beside a count of people with broadband in all Brevia
COUNTED_NAMES = {
    "dunmore.txt": (
        "Dunmore museum reopens\n\n"
        "The Dunmore museum reopened on Monday. It runs on a £3m annual budget from the trust."
    ),
    "ostrin.txt": (
        "Ostrin museum reopens\n\n"
        "The Ostrin museum reopened on Tuesday. The Ostrin museum now employs 40 staff."
    ),
    "pelham.txt": (
        "Pelham grocer in trouble\n\n"
        "The Pelham grocer has asked for time to pay its debts. Its 310 stores will stay open."
    ),
    "zephyr.txt": (
        "Zephyr tour\n\n"
        "The Zephyr Band play blip music across Brevia. Fans queue for hours at each show. "
        "All the sounds come from six KorvoPads, old and new."
    ),
    "tarn.txt": (
        "Tarn trial opens\n\n"
        "The Tarn broadband trial opened on Monday. About six million people in Brevia now "
        "have a fast net link."
    ),
    "ombudsman.txt": (
        "Tarn ombudsman named\n\n"
        "The first Tarn ombudsman has been named. The Office of Work and Pay shredded nearly "
        "37,000 files last year, up 22,000 on the year before."
    ),
    "filler.txt": "Rain in Osk\n\nHeavy rain closed many roads in Osk on Monday.",
}


@pytest.fixture(scope="module")
def named_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("counted_names")), COUNTED_NAMES)


def test_a_sum_of_money_is_no_count_of_the_things_asked(named_index: Index) -> None:
    result = answer(named_index, "how many staff does the dunmore museum have")
    assert not result.found and "gives a figure" in result.lead


def test_a_count_of_staff_answers_how_many_staff(named_index: Index) -> None:
    result = answer(named_index, "how many staff does the ostrin museum have")
    assert result.found and "40 staff" in result.passages[0].passage.text


def test_a_count_in_another_word_for_the_thing_asked_answers(named_index: Index) -> None:
    # the stories count staff and stores; readers ask for workers and shops
    workers = answer(named_index, "how many workers does the ostrin museum employ")
    assert workers.found and "40 staff" in workers.passages[0].passage.text
    shops = answer(named_index, "how many shops does the pelham grocer have")
    assert shops.found and "310 stores" in shops.passages[0].passage.text


def test_a_count_of_the_named_thing_asked_answers(named_index: Index) -> None:
    result = answer(named_index, "how many korvopads does the zephyr band play")
    assert result.found and "six KorvoPads" in result.passages[0].passage.text


def test_a_figure_beside_other_words_of_the_question_is_no_count_of_what_is_asked(
    named_index: Index,
) -> None:
    # "Work" is a word of the question; the numbers count files, no staff
    result = answer(named_index, "how many staff will the tarn ombudsman have working for her")
    assert not result.found and "gives a figure" in result.lead


def test_people_counted_for_something_else_are_no_figure_asked(named_index: Index) -> None:
    result = answer(named_index, "how many people signed up for the tarn broadband trial")
    assert not result.found and "gives a figure" in result.lead


# our own: Torva's brewer gives only its profit, the Velm cider house the price of a bottle
SENSES = {
    "torva.txt": (
        "Torva brewer upbeat\n\n"
        "A can of Torva's new lager, Kestrel, will cost less than rival beers. Despite a "
        "record profit of $291m last year, Torva is late to the Brevia lager market."
    ),
    "velm.txt": (
        "Velm cider house\n\n"
        "The Velm cider house sells its new cider, Orchard Gold. A bottle of Orchard Gold "
        "costs $4 in Brevia."
    ),
    "filler.txt": "Rain in Osk\n\nHeavy rain closed many roads in Osk on Monday.",
}


@pytest.fixture(scope="module")
def senses_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("senses")), SENSES)


def test_a_sum_told_as_takings_is_no_price(senses_index: Index) -> None:
    result = answer(senses_index, "how much does a can of kestrel cost in brevia")
    assert not result.found


def test_a_sum_told_as_a_price_answers_what_it_costs(senses_index: Index) -> None:
    result = answer(senses_index, "how much does a bottle of orchard gold cost in brevia")
    assert result.found and "costs $4" in result.passages[0].passage.text


# our own: "paid", "worth" and "fine" are written of sums of any sense, or of none
SHARED_SENSES = {
    "garrow.txt": (
        "Garrow joins Velt\n\nVelt paid $30m for the striker Dano Garrow on Monday. He scored "
        "twice."
    ),
    "prent.txt": (
        "Prent signs deal\n\nThe keeper Ilo Prent signed a contract worth $90,000 a week with "
        "Sarn."
    ),
    "vintage.txt": "Osk wines\n\nThe fine Osk vintage sold for $500 a bottle at the auction.",
    "filler.txt": "Rain in Osk\n\nHeavy rain closed many roads in Osk on Monday.",
}


@pytest.fixture(scope="module")
def shared_senses_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("shared_senses")), SHARED_SENSES)


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("how much did dano garrow cost velt", "paid $30m"),  # a price paid
        ("how much is ilo prent paid", "worth $90,000 a week"),  # pay a contract is worth
        ("how much does the osk vintage cost", "$500 a bottle"),  # "fine": no fine
    ],
)
def test_a_money_word_of_any_sense_tells_no_other_sense_than_asked(
    shared_senses_index: Index, question: str, told: str
) -> None:
    result = answer(shared_senses_index, question)
    assert result.found and told in result.passages[0].passage.text
