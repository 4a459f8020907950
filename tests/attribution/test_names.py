"""People of an article: names, pronouns and the person a description means (invented texts)."""

from __future__ import annotations

import pytest

from qabot.attribution import extract_quotes
from qabot.attribution.name_runs import StandingAlone, name_runs
from qabot.attribution.names import People
from qabot.records import Article, ArticleInfo


def attributed(*paragraphs: str) -> list[tuple[str, str]]:
    """Return (speaker, text) of every quote extracted from `paragraphs`."""
    article = Article(ArticleInfo(id="a1", path="a1.txt", title="Test"), "\n\n".join(paragraphs))
    return [(q.speaker, q.text) for q in extract_quotes(article)]


def speaker_of(quote_start: str, quotes: list[tuple[str, str]]) -> str:
    """Return the speaker of the quote that starts with `quote_start`."""
    return next(speaker for speaker, text in quotes if text.startswith(quote_start))


def test_a_pronoun_means_the_person_its_own_paragraph_is_about() -> None:
    quotes = attributed(
        "The Harbour Trust said the ferry could stop running by spring.",
        "One of the passengers stranded last week was 31-year-old Lina Moravec, who had waited "
        "six hours. “I had no food and no water,” she said.",
        "During a call, Olek Dvorak paused before answering. “The engines are older than I am,” "
        "he said.",
        "Moravec has since gone home, and Dvorak is back at work.",
    )
    assert speaker_of("I had no food", quotes) == "Lina Moravec"
    assert speaker_of("The engines are older", quotes) == "Olek Dvorak"


def test_a_possessor_is_not_the_subject_a_pronoun_means() -> None:
    quotes = attributed(
        "“The ferry will run,” said Olek Dvorak, who runs the ferry company.",
        "Mayor Tomas Brandt's office announced a review on Monday. “We were never told about the "
        "engines,” he said.",
    )
    # "Mayor Tomas Brandt's office" is the subject, not Brandt: the last person who spoke or
    # opened a sentence is Dvorak
    assert speaker_of("We were never told", quotes) == "Olek Dvorak"


def test_a_pronoun_never_reaches_back_across_a_heading() -> None:
    quotes = attributed(
        "Tourists have asked whether the museum will open. The Harbour Museum says it will.",
        "Lighthouse tours to stop",
        "They said: “The lighthouse will be closed from tomorrow until the storms pass.”",
    )
    assert not any(text.startswith("The lighthouse will be closed") for _, text in quotes)


def test_a_name_does_not_run_over_a_line_end_or_end_in_a_weekday() -> None:
    quotes = attributed(
        "Budget talks with the Government",
        "Last night Deputy Mayor Rosa Lindqvist made a strong claim on the radio.",
        "She said: “We asked them what we tell the families who lose their homes.”",
        "Rosa Lindqvist spoke in Vienna Friday. “We will ask again,” she said.",
    )
    assert {speaker for speaker, _ in quotes} == {"Rosa Lindqvist"}


def test_names_with_particles_and_inner_capitals_are_read_whole() -> None:
    quotes = attributed(
        "Harbour analyst Piet van den Berg of Nordbank called the figures modest. “It is quite "
        "good on the revenue side,” he said.",
        "Ferry executive Duncan MacAllister said the company would add two boats. “Crews are the "
        "lifeblood of any ferry,” he said.",
    )
    assert speaker_of("It is quite good", quotes) == "Piet van den Berg"
    assert speaker_of("Crews are the lifeblood", quotes) == "Duncan MacAllister"


def test_a_name_after_a_publication_is_the_person_not_the_publication() -> None:
    quotes = attributed(
        "Maria Holm leads the council. In a meeting with the Harbour Post Holm said that the "
        "ferry would run until May.",
    )
    assert quotes == [("Maria Holm", "the ferry would run until May")]


def test_accented_names_are_names_and_a_quoted_nickname_is_no_one() -> None:
    quotes = attributed(
        "Critics once gave Zoë Lefèvre the nickname “Toothy Lefèvre.”",
        "“I was very skinny and I was bullied at school,” Lefèvre said.",
        "Then when the magazine asked Lefèvre about her plans, the singer answered, “I am not "
        "slowing down.”",
    )
    assert {speaker for speaker, _ in quotes} == {"Zoë Lefèvre"}


def test_a_role_in_apposition_before_a_name_introduces_that_person() -> None:
    quotes = attributed(
        "Tara Quinn returned to the company in 2014.",
        "The former chief marketing officer at the company, Edda Strand, spoke to a trade paper. "
        "“Her humour sets her apart,” she said.",
    )
    assert quotes == [("Edda Strand", "Her humour sets her apart")]


def test_a_surname_after_a_title_names_the_person_and_gives_her_gender() -> None:
    quotes = attributed(
        "Oriel Banks started the seed swap in a church hall. “We ran out of room,” says Oriel "
        "Banks.",
        "Zadie Fenwick is a keen gardener who helps run the new site. She says the swap is not a "
        "shop. “What we are doing is building a library of seeds,” she says.",
        "Ms Fenwick also says the council could lend a room.",
    )
    # "Ms Fenwick" makes "Fenwick" a surname and Zadie Fenwick a woman: "she says" is hers,
    # not that of Oriel Banks, whose gender the article never gives
    assert speaker_of("What we are doing", quotes) == "Zadie Fenwick"
    assert speaker_of("the swap is not", quotes) == "Zadie Fenwick"


def test_a_knight_called_by_first_name_is_the_full_name() -> None:
    quotes = attributed(
        "The report was published by the council's chief executive, Sir Howard Pellow.",
        "Sir Howard said the gap was “a social problem as much as anything”. He told the paper: "
        "“We know they do well once they get there.”",
    )
    assert speaker_of("the gap was", quotes) == "Howard Pellow"
    assert speaker_of("We know they do well", quotes) == "Howard Pellow"


def test_a_role_word_before_a_name_makes_it_the_subject_a_description_means() -> None:
    quotes = attributed(
        "Harbour legend Pete Tallis has pleaded with Sam Orr to stay at the club.",
        "The former captain also warned that any medals won elsewhere would be cheap. He told "
        "the radio: “It will all be down to Sam in the end.”",
    )
    assert speaker_of("It will all be down", quotes) == "Pete Tallis"


def test_he_means_a_man_introduced_after_someone_of_unknown_gender() -> None:
    quotes = attributed(
        "Imara Staunby was nominated for the award.",
        "Staunby is also the choice of Steven Garrow, executive editor of the trade paper Reel. "
        "But while he tipped Marsh to win, he predicted it would be close. “Everything can flip "
        "by one vote,” he told the website.",
    )
    # Staunby's gender is unknown; the man introduced after Staunby is who "he" means
    assert speaker_of("Everything can flip", quotes) == "Steven Garrow"


def test_she_keeps_to_the_subject_when_the_later_name_is_no_introduction() -> None:
    quotes = attributed(
        "The diet firm hired Kirsty Allen as its face. Ms Allen lost weight.",
        "The firm's former marketing chief, Leesa Eichman, spoke to a website about Allen being "
        "welcomed back. “Her humour and honesty set her apart from other spokespeople,” she said.",
    )
    assert speaker_of("Her humour and honesty", quotes) == "Leesa Eichman"


def test_a_first_name_ending_like_a_nationality_opens_a_name_whose_surname_stands_alone() -> None:
    quotes = attributed(
        "Sturdy hooker Damian Threlkeld is expecting a hard afternoon in the Harbour Cup.",
        "Threlkeld is in fine form. \u201cTheir pack will test us,\u201d he told reporters.",
    )
    assert speaker_of("Their pack", quotes) == "Damian Threlkeld"


def test_a_known_nationality_before_a_surname_is_no_first_name() -> None:
    people = People("Italian Brenzoni has signed for the club. Brenzoni arrived on Monday.")
    assert "Italian Brenzoni" not in {person.name for _, person in people.names.mentions}


def test_a_clause_after_is_gives_no_role() -> None:
    people = People(
        "Prop Tobias Wrenfield will start on Saturday. Playing in the Seven Valleys is what "
        "every player wants."
    )
    assert "Seven Valleys" not in {person.name for _, person in people.names.mentions}


def test_a_common_first_name_makes_a_name_whose_surname_never_stands_alone() -> None:
    quotes = attributed(
        "Director Orwin Blakeslee won best director. \u201cIt was a long road,\u201d Blakeslee "
        "said. Hilary Quennell won best actress for her role as a boxer.",
        "\u201cI do not know what I did to deserve this,\u201d she told the audience.",
    )
    assert speaker_of("I do not know", quotes) == "Hilary Quennell"


def test_a_first_name_ending_like_a_nationality_keeps_a_three_word_name_whole() -> None:
    # "-i" ends nationalities the lexicon knows ("Iraqi") and first names it does not
    quotes = attributed(
        "The clinic will close in the spring.",
        'Ifori Bran Caddock, Green Party health spokesman said: "It is a sad day for the town."',
        'Glaswegian Peter Merrow said: "The runners will miss the hills."',
    )
    assert speaker_of("It is a sad", quotes) == "Ifori Bran Caddock"
    assert speaker_of("The runners", quotes) == "Peter Merrow"


def test_a_surname_with_a_lower_case_particle_stands_alone_where_a_sentence_opens_on_it() -> None:
    text = "Leonardo diCaprio won. DiCaprio said he was glad."
    alone = StandingAlone(text, name_runs(text))
    assert alone["diCaprio"] == 1  # "DiCaprio said": the same surname, capitalised to open
    assert alone["DiCaprio"] == 1


@pytest.mark.parametrize(
    ("text", "named_last"),
    [
        (
            "Bill Clinton spoke. Then Hillary Clinton spoke. Later Bill Clinton left.",
            "Bill Clinton",
        ),
        ("Bill Clinton spoke. Then Hillary Clinton spoke.", "Hillary Clinton"),
    ],
)
def test_a_surname_two_people_share_is_the_one_named_last(text: str, named_last: str) -> None:
    assert People(text).names.link("Clinton").name == named_last
