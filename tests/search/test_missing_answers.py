"""Passages that lack a name the question asks about (typed in lower case or not), or the age,
height or date it asks for, answer nothing: the answer says what they have and lack (`found`
false)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.records import Passage
from qabot.search import answer
from qabot.search.name_writing import mostly_capitalised
from qabot.search.partial_match import borne_out
from qabot.search.retrieval import search
from qabot.search.wording import ENGLISH_NOTE
from tests.support.indexes import index_of

ARTICLES = {
    "calls.txt": (
        "Quillnet opens free call points\n\n"
        "Net telephony firm Quillnet is opening 200 free call points in railway stations. "
        "Users need a Quillnet account, which is free, to make calls there."
    ),
    "buyout.txt": (
        "Brindlecorp buys Harbourline\n\n"
        "Brindlecorp has paid £40m for Harbourline, the ferry operator, after a long fight "
        "with rival bidders. Brindlecorp said the deal would pay for itself in three years."
    ),
    "floods.txt": (
        "Floods close roads in Dorset\n\n"
        "Heavy rain closed roads across Dorset on Monday, and the coast road will stay shut "
        "until the water goes down."
    ),
    "gadget.txt": (
        "New eZap player on sale\n\n"
        "The eZap music player went on sale on Friday. Shops said the eZap sold out by noon."
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("partial")), ARTICLES)


def test_a_lower_case_name_no_passage_shown_has_makes_the_answer_honest(index: Index) -> None:
    result = answer(index, "how much did brindlecorp pay for quillnet")
    assert not result.found and not result.passages
    assert result.lead == (
        "Nothing in the articles answers “how much did brindlecorp pay for quillnet”: the best "
        "passages have “brindlecorp” and “pay” but not “quillnet”."
    )
    # ... which is what the question typed with capitals says too
    assert not answer(index, "How much did Brindlecorp pay for Quillnet").found


def test_a_question_of_names_alone_is_not_told_it_is_not_english(index: Index) -> None:
    # no English little word, but the articles hold its words: it is English enough
    result = answer(index, "brindlecorp buys quillnet")
    assert not result.found
    assert result.lead.startswith("Nothing in the articles answers “brindlecorp buys quillnet”")


def test_a_place_the_passages_lack_is_no_answer_about_it(index: Index) -> None:
    result = answer(index, "latest on quillnet in dorset")
    assert not result.found and not result.passages
    assert "but not “dorset”" in result.lead


def test_a_capital_that_only_opens_the_question_names_nothing(index: Index) -> None:
    result = answer(index, "Fight and rain over quillnet call points")
    assert result.found and result.passages  # "Fight" is a word, not a name lacked
    assert result.lead.startswith("The best passages have") and "“Fight”" in result.lead


def test_another_form_of_a_word_counts_as_held_in_a_partial_lead(tmp_path: Path) -> None:
    articles = {
        "jail.txt": (
            "Inspector warns on jails\n\n"
            "The county's jails are crowded and short of staff, the prisons inspector said."
        ),
        "ferry.txt": (
            "Ferry full at Easter\n\n"
            "The Easter ferry was overcrowded, passengers said, and some were left on the quay."
        ),
        "rain.txt": "Rain ahead\n\nForecasters expect rain across the valley on Sunday.",
    }
    result = answer(index_of(tmp_path, articles), "overcrowded jails inspector")
    assert result.found and "crowded" in result.passages[0].passage.text
    # not 'The best passages have “jails” and “inspector” but not “overcrowded”'
    assert result.lead == "Best matching passages for “overcrowded jails inspector”:"


def test_the_passages_that_hold_both_names_answer(index: Index) -> None:
    result = answer(index, "how much did brindlecorp pay for harbourline")
    assert result.found
    assert "£40m" in result.passages[0].passage.text


def test_a_common_word_the_passages_lack_keeps_them_under_a_partial_lead(
    index: Index,
) -> None:
    result = answer(index, "were quillnet call points closed by the rain")
    assert result.found and result.passages
    assert result.lead.startswith("The best passages have “quillnet”")


def test_a_capital_inside_a_word_marks_a_name() -> None:
    sample = [(Passage("p", "a", 0, 0, 44, "The eZap player sold out; the eZap is small."), "")]
    assert mostly_capitalised("ezap", sample, openings=False, inner=True)
    assert not mostly_capitalised("ezap", sample, openings=False)
    digits = [(Passage("q", "a", 0, 0, 23, "In 2006 and 2006 again."), "")]
    assert not mostly_capitalised("2006", digits, inner=True)


AGES = {
    "keeper.txt": (
        "Keeper signs new deal\n\n"
        "Goalkeeper Tam Orrin, 31, has signed a new two-year deal with the club. Orrin made 40 "
        "appearances last season."
    ),
    "parade.txt": (
        "Harbour parade in October\n\n"
        "The harbour parade will start in October, with bands from 12 towns."
    ),
    "race.txt": "Boat race on Sunday\n\nThe boat race starts at 2pm on Sunday.",
    "indoor.txt": (
        "Vane takes indoor title\n\n"
        "Ross Vane won the indoor 800m title in a time of one minute, 48.12 seconds."
    ),
    "chairman.txt": (
        "Chairman backs manager\n\n"
        "Club chairman Ewan Braddock said the manager had his full support after 3 defeats. "
        "Braddock said 12 players were injured."
    ),
    "lock.txt": (
        "Lock joins the club\n\n"
        "The 6ft 7in lock Dai Morrow has joined the club. Morrow trained on the 400m track. "
        "He said every match was like climbing Mount Kellan."
    ),
}


@pytest.fixture(scope="module")
def ages(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("ages")), AGES)


def test_how_old_is_answered_by_a_passage_giving_an_age(ages: Index) -> None:
    result = answer(ages, "how old is tam orrin")
    assert result.found and "Tam Orrin, 31," in result.passages[0].passage.text
    # passages about him holding other figures give no age: the answer says so
    result = answer(ages, "how old is ewan braddock")
    assert not result.found and not result.passages
    assert result.lead == (
        "None of the passages that best match “how old is ewan braddock” gives an age."
    )
    assert answer(ages, "how many players are injured").found  # other figures answer others


def test_how_old_is_what_someone_owns_is_answered_by_another_s_age_in_their_story(
    tmp_path: Path,
) -> None:
    # "how old is X's daughter": Lucy's age, beside her name, in a passage naming X
    articles = {
        **AGES,
        "daughter.txt": "Father and daughter\n\nCouncillor Ivo Marsh has met the daughter he "
        "never knew. Lucy, 36, found him through a school website, and Marsh said he was "
        "overjoyed.",
    }
    built = index_of(tmp_path, articles)
    result = answer(built, "how old is ivo marsh's long lost daughter")
    assert result.found and "Lucy, 36," in result.passages[0].passage.text
    assert not answer(built, "how old is ivo marsh").found  # hers is no age of his


def test_what_time_is_answered_by_a_time_of_day(ages: Index) -> None:
    result = answer(ages, "what time does the boat race start")
    assert result.found and "2pm" in result.passages[0].passage.text
    result = answer(ages, "what time does the harbour parade start")
    assert not result.found and not result.passages  # "in October" is no time of day
    assert result.lead == (
        "None of the passages that best match “what time does the harbour parade start” gives "
        "a time of day."
    )


def test_what_time_someone_ran_is_answered_by_the_time_the_race_took(ages: Index) -> None:
    result = answer(ages, "what time did ross vane run to win the indoor 800m")
    assert result.found and "48.12 seconds" in result.passages[0].passage.text


def test_how_tall_is_answered_by_a_height_in_a_sentence_about_the_subject(ages: Index) -> None:
    result = answer(ages, "how tall is dai morrow?")
    assert result.found and "6ft 7in" in result.passages[0].passage.text
    # "400m" is in the passage, not in a sentence about Mount Kellan
    result = answer(ages, "how tall is mount kellan")
    assert not result.found and not result.passages
    assert result.lead == (
        "None of the passages that best match “how tall is mount kellan” gives a height."
    )


def test_how_long_is_answered_by_a_length_or_a_duration_about_the_subject(ages: Index) -> None:
    result = answer(ages, "how long is tam orrin's new deal")
    assert result.found and "two-year deal" in result.passages[0].passage.text
    # the parade passage gives a month and a count of towns, no length
    result = answer(ages, "how long is the harbour parade")
    assert not result.found and not result.passages
    assert result.lead == (
        "None of the passages that best match “how long is the harbour parade” gives a length "
        "or a duration."
    )


def test_when_is_answered_by_a_date_in_a_sentence_about_the_subject(ages: Index) -> None:
    result = answer(ages, "when does the harbour parade start?")
    assert result.found and "in October" in result.passages[0].passage.text
    assert answer(ages, "when is the boat race").found  # "on Sunday"
    # the chairman's passage says what he said, not when: no day, month or year in it
    result = answer(ages, "when did ewan braddock back the manager")
    assert not result.found and not result.passages
    assert result.lead == (
        "None of the passages that best match “when did ewan braddock back the manager” gives "
        "a date."
    )


TYPOS = {
    "garden.txt": (
        "Village garden show\n\n"
        "The poppy beds won first prize at the village show. Visitors can get there by bus."
    ),
    "sweets.txt": (
        "New sweets on sale\n\n"
        "The bite-sized sweets are sold in tins of twelve at the corner shop."
    ),
    "wreath.txt": "Wreaths laid\n\nA poppy wreath was laid at the memorial.",
    "harbour.txt": (
        "Harbour wall repaired\n\n"
        "Builders repaired the harbour wall after the storm, and the harbour reopened to boats."
    ),
    "ferry.txt": "Ferry times\n\nThe ferry leaves the harbour twice a day.",
}


@pytest.fixture(scope="module")
def typos(tmp_path_factory: pytest.TempPathFactory) -> Index:
    # everyday words need an archive where they are everyday: notes that all "get" something
    notes = {
        f"note{n:02}.txt": f"Note {n}\n\nReaders get letter {n} from the council this week."
        for n in range(30)
    }
    return index_of(Path(tmp_path_factory.mktemp("typos")), {**TYPOS, **notes})


def test_a_correction_no_passage_bears_out_is_no_correction(typos: Index) -> None:
    # "puppy" read as "poppy": the poppy's passages hold only "get" beside it, a word every
    # note has
    words = "how do i get my poppy to stop biting"
    hits = search(typos, words, 3).hits
    assert any("poppy" in hit.passage.text for hit in hits)
    assert not borne_out(typos, words, ["poppy"], hits)
    # a correction held with a telling word of the question stands
    words = "harbour wall storm repairs"
    assert borne_out(typos, words, ["harbour"], search(typos, words, 3).hits)
    result = answer(typos, "harbor wall storm repairs")
    assert result.found and "harbour wall" in result.passages[0].passage.text
    # passages that do not hold the corrected word may answer in other words: not judged
    words = "sweets sold in tins poppy"
    assert borne_out(typos, words, ["poppy"], search(typos, "sweets sold in tins", 3).hits)


DEATHS = {
    "conductor.txt": (
        "Conductor dies\n\n"
        "Conductor Aldo Verrin, director of the city opera, has died in Vienna at 61. Verrin "
        "led the orchestra for 20 years."
    ),
    "minister.txt": (
        "Minister dies at home\n\n"
        "Former minister Hal Stroud died at 5pm on Sunday, his family said. Stroud led 3 "
        "campaigns."
    ),
    "ferry.txt": "Ferry fares rise\n\nFerry fares will rise in spring, the operator said.",
}


@pytest.fixture(scope="module")
def deaths(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("deaths")), DEATHS)


def test_an_age_is_given_by_dying_at_it_not_by_the_hour(deaths: Index) -> None:
    result = answer(deaths, "How old was Aldo Verrin when he died?")
    assert result.found and "died in Vienna at 61" in result.passages[0].passage.text
    result = answer(deaths, "how old was hal stroud when he died")
    assert not result.found and result.lead.endswith("gives an age.")


WAYS = {
    "accounts.txt": (
        "Flaw leaves passport accounts open\n\n"
        "A flaw left online passport accounts open to thieves, the firm said on Monday."
    ),
    "refused.txt": (
        "Freed men refused passports\n\n"
        "Two freed men will not be given passports, the Home Office said."
    ),
    "rules.txt": (
        "New rules on delayed flights\n\n"
        "Passengers can claim up to 600 euros when a flight is cancelled, under the new rules."
    ),
    "ferry.txt": "Ferry fares rise\n\nFerry fares will rise in spring, the operator said.",
    "lease.txt": "Park lease renewed\n\nThe council will renew the park lease for ten years.",
}


@pytest.fixture(scope="module")
def ways(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(Path(tmp_path_factory.mktemp("ways")), WAYS)


def test_how_to_is_answered_only_by_passages_holding_what_is_to_be_done(ways: Index) -> None:
    result = answer(ways, "how do i renew my passport online?")
    assert not result.found and not result.passages
    assert result.lead == (
        "None of the passages that best match “how do i renew my passport online?” gives a "
        "way to renew."
    )
    # the reader's own doing is no one's words, and a passage holding the verb answers
    result = answer(ways, "how do i claim for a cancelled flight")
    assert result.found and "can claim up to 600 euros" in result.passages[0].passage.text


@pytest.mark.parametrize("question", ["pizza recipe", "cheap flights tomorrow", "data problem"])
def test_english_words_the_articles_lack_are_not_told_they_are_not_english(
    index: Index, question: str
) -> None:
    # no little English word and nothing found, but the words are English: a small folder of
    # articles lacks them, which says nothing of the language they are typed in
    result = answer(index, question)
    assert not result.found
    assert result.lead.startswith("Nothing in the articles matches"), result.lead


@pytest.mark.parametrize(
    "question",
    [
        "dove sono le notizie",
        "wie geht es dir",
        "donde esta la biblioteca",
        # "was" and "hat" are English words too, and "gesagt" is in no stop list: the German
        # question was told only "No article mentions “Merkel” or “gesagt”"
        "was hat Merkel gesagt",
        "Was hat Merkel über die Überschwemmungen gesagt?",
        "qu'a dit Merkel",
    ],
)
def test_a_question_in_another_language_is_told_the_articles_are_english(
    index: Index, question: str
) -> None:
    assert answer(index, question).lead.startswith(ENGLISH_NOTE)
