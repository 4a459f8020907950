"""What a number in a sentence counts, and numbers that tell when: the readings a "how many"
question's figure test rests on (`figure_counts`, `figure_times`)."""

from __future__ import annotations

import re

import pytest

from qabot.search.figure_counts import counted_phrase, counts_other, names_counted, no_figure
from qabot.search.figure_times import tells_time
from qabot.text import tokenize


def _at(sentence: str, number: str) -> re.Match[str]:
    found = re.search(rf"\b{re.escape(number)}", sentence)
    assert found is not None
    return found


@pytest.mark.parametrize(
    ("sentence", "number", "other"),
    [
        # a compound counts its own word: days, a size of the fair, not its visitors
        ("A three-day craft fair took place in Osk.", "three", True),
        ("The 100-member panel met in Osk.", "100", False),  # members asked
        # a score or a range counts what follows its second number
        ("Tarn were 31-4 victors in Osk.", "31", True),
        ("Some 10-15 members came to the fair.", "10", False),
    ],
)
def test_a_joined_number_counts_the_word_after_it(sentence: str, number: str, other: bool) -> None:
    asked = frozenset(tokenize("members fair"))
    assert counts_other(sentence, _at(sentence, number), asked) is other


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        # a compound between is one word: "attacks" is within three words of the count
        ("Bots launched 226 distributed denial-of-service attacks on Osk.", False),
        ("Bots launched 226 distributed denial of service attacks on Osk.", True),
        ("Bots launched 226 distributed denial-of-service tests on Osk.", True),
    ],
)
def test_a_compound_after_a_count_is_one_word(sentence: str, other: bool) -> None:
    asked = frozenset(tokenize("attacks"))
    assert counts_other(sentence, _at(sentence, "226"), asked) is other


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        # a count's size word is no noun: what it counts comes after it
        ("Osk Bank has 3 million retail customers.", True),
        ("Osk Bank has 3 million branches in Tarn.", False),
        ("Osk Bank has 3 million.", False),
    ],
)
def test_a_size_word_after_a_count_is_passed_over(sentence: str, other: bool) -> None:
    asked = frozenset(tokenize("branches"))
    assert counts_other(sentence, _at(sentence, "3"), asked) is other


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        # copies and units are what any product sold is counted in, with a size word or not
        ("The Tarn Hollows sold 4 million copies in a year.", False),
        ("Velo Motors sold 4 million units in 2003.", False),
        ("Velo Motors sold 4,000 units of its new saloon.", False),
        ("Velo Motors made 4 million bicycles in 2003.", True),
    ],
)
def test_copies_and_units_may_count_the_thing_asked(sentence: str, other: bool) -> None:
    asked = frozenset(tokenize("cars albums"))
    figure = re.search(r"\d[\d,]*\d|\d", sentence)
    assert figure is not None
    assert counts_other(sentence, figure, asked) is other


@pytest.mark.parametrize(
    ("sentence", "asked", "number", "other"),
    [
        # people are counted under any noun for them, with a size word or not
        ("The Osk final drew 12 million viewers.", "people watched the osk final", "12", False),
        ("The Osk poll drew 12,000 voters.", "people voted in the osk poll", "12,000", False),
        ("Velo Radio has 3 million listeners.", "people listen to velo", "3", False),
        # an ending shared by nouns for people is no sign of one: many things share it
        ("Velo lost money for two quarters.", "people lost jobs at velo", "two", True),
        ("Velo sold 40 computers.", "people work at velo", "40", True),
        ("Velo Bank has 3 million accounts.", "people bank with velo", "3", True),
        ("Osk police logged 40 residents.", "people live in osk", "40", False),
        ("Osk police logged 40 incidents.", "people live in osk", "40", True),
        ("The Osk final drew 12 million viewers.", "cameras filmed the osk final", "12", True),
        # a plural in "-es" is one too, as "actors" is ("actresses", "coaches"); not one of a
        # noun for a body of people ("businesses")
        ("The Osk film cast 12 actresses.", "people acted in the osk film", "12", False),
        ("The Osk club hired 40 coaches.", "people work at the osk club", "40", False),
        ("Osk police visited 40 businesses.", "people work in osk", "40", True),
        # a noun for a group or a body counts groups, whatever people they hold
        ("The deal was struck with 46 states.", "people struck the osk deal", "46", True),
        ("The Osk cup drew 12 teams.", "people played in the osk cup", "12", True),
        ("The Osk fund backs 30 charities.", "people back the osk fund", "30", True),
        ("The Osk fund backs 30 donors.", "people back the osk fund", "30", False),
        # a score is no count of the people it names, by either of its numbers
        ("Tarn were 42-6 victors in claiming the cup.", "people were at osk road", "42", True),
        ("Tarn were 42-6 victors in claiming the cup.", "people were at osk road", "6", True),
        # a compound is a size or a share ("three-quarters of the world's cobalt")
        ("It holds three-quarters of the cobalt.", "people work at the brin mine", "three", True),
    ],
)
def test_a_plural_for_people_may_count_the_people_asked(
    sentence: str, asked: str, number: str, other: bool
) -> None:
    assert counts_other(sentence, _at(sentence, number), frozenset(tokenize(asked))) is other


@pytest.mark.parametrize(
    ("asked", "other"),
    [
        ("osk open titles", False),  # titles are counted as the times they were won
        ("osk open fans", True),  # "four times" counts no fans
    ],
)
def test_times_won_count_titles_asked(asked: str, other: bool) -> None:
    sentence = "Tarn, who has won the Osk Open four times, is the favourite."
    assert counts_other(sentence, _at(sentence, "four"), frozenset(tokenize(asked))) is other


@pytest.mark.parametrize(
    ("sentence", "number", "other"),
    [
        ("Forty films will be shown at the Osk festival.", "Forty", True),  # films, no people
        ("Some 3,000 fans came to the Osk festival.", "3,000", False),
        ("Some 3,000 customers came to the Osk festival.", "3,000", False),
        # nouns for people in "-es" and "-ies" are no things ("films"): "actors" was not
        ("Some 300 actresses came to the Osk festival.", "300", False),
        ("Some 30 deputies came to the Osk festival.", "30", False),
        ("Some 800,000 live in Osk.", "800,000", False),  # a verb, no noun counted
    ],
)
def test_a_count_of_people_asked_is_no_count_of_things_the_question_names(
    sentence: str, number: str, other: bool
) -> None:
    asked = frozenset(tokenize("people went osk film festival fans customers live"))
    assert counts_other(sentence, _at(sentence, number), asked) is other


@pytest.mark.parametrize(
    ("sentence", "number", "count", "none"),
    [
        ("Osk won the Six Nations title.", "Six", False, True),  # a name's number
        ("Six boats sank off Osk.", "Six", False, False),  # opening its sentence
        ("Tarn scored early in the second half.", "half", True, True),  # part of a match
        ("Tarn sold half the tickets.", "half", True, False),  # a share of the tickets
        ("Sales fell by half.", "half", False, False),  # how much, asked as an amount
    ],
)
def test_a_number_of_a_name_or_a_match_is_no_figure(
    sentence: str, number: str, count: bool, none: bool
) -> None:
    assert no_figure(sentence, _at(sentence, number), count=count) is none


@pytest.mark.parametrize(
    ("sentence", "number", "count", "time"),
    [
        ("The pier was sold in 1999.", "1999", False, True),
        ("Tarn recalled the ghosts of 2003 when Osk won.", "2003", True, True),
        ("Tarn recalled the ghosts of 2003 when Osk won.", "2003", False, False),
        ("Some 1500 fans came.", "1500", True, False),  # a count, before its noun
        ("It opened on 16 February.", "16", False, True),
        ("Its 20-30 January season opens soon.", "20", True, True),  # a range of days
    ],
)
def test_a_year_or_a_day_tells_when(sentence: str, number: str, count: bool, time: bool) -> None:
    assert tells_time(sentence, _at(sentence, number), count=count) is time


@pytest.mark.parametrize(
    ("question", "sentence", "named"),
    [
        # a neighbour's figure, beside other words of the question only
        (
            "how many staff will the velm ombudsman have working for her",
            "The Office of Work and Pay shredded nearly 37,000 files last year, up 22,000.",
            False,
        ),
        (
            "how many branches does the velm bank have",
            "Its shares fell 3% as the bank grew.",
            False,
        ),
        # the thing counted in a form of its own, as titles won, or in words alike in sense
        ("how many mobile games does the site list", "It lists 200 mobile game titles.", True),
        (
            "how many titles has tarn rovers won",
            "Tarn Rovers have won the Orrin Cup four times.",
            True,
        ),
        (
            "how many staff does the velm ombudsman have",
            "The ombudsman's office now has 40 employees, up 12 on last year.",
            True,
        ),
    ],
)
def test_a_figure_names_what_is_counted_or_words_alike(
    question: str, sentence: str, named: bool
) -> None:
    many = frozenset(term for word in counted_phrase(question) for term in tokenize(word))
    assert names_counted(sentence, frozenset(tokenize(sentence)), question, many) is named


@pytest.mark.parametrize(
    ("question", "counted"),
    [
        # an owner after a plural opens a phrase of its own: the smokers are counted, not Osk
        ("how many smokers osk's dock and quay workers' union's", ["smokers"]),
        ("how many fans tarn's ground holds", ["fans"]),
        # an owner before what it owns is part of what is counted
        ("how many children's books were sold", ["children's", "books"]),
        ("how many dockers' union members", ["dockers'", "union", "members"]),
        # a plural's possessive after a noun is one phrase with it, not an owner of its own
        ("how many bus passengers' complaints", ["bus", "passengers'", "complaints"]),
        ("how many arms dealers' licences", ["arms", "dealers'", "licences"]),
    ],
)
def test_an_owner_after_a_plural_is_no_part_of_what_is_counted(
    question: str, counted: list[str]
) -> None:
    assert counted_phrase(question) == counted
