"""Speaker phrases: roles before names, asides, descriptions that refer back (invented texts)."""

from __future__ import annotations

import pytest

from qabot.attribution import extract_quotes
from qabot.attribution.names import People
from qabot.records import Article, ArticleInfo


def attributed(*paragraphs: str) -> list[tuple[str, str]]:
    """Return (speaker, text) of every quote extracted from `paragraphs`."""
    article = Article(ArticleInfo(id="a1", path="a1.txt", title="Test"), "\n\n".join(paragraphs))
    return [(q.speaker, q.text) for q in extract_quotes(article)]


def test_a_capitalised_role_before_the_name_is_not_the_speaker() -> None:
    quotes = attributed(
        "The Ferry Operators Federation has warned that 900 jobs are at risk.",
        "FOF Chief Executive, Marta Kovacs, said: “It is impossible to overstate the damage.",
        "“We now face another winter of uncertainty.”",
    )
    assert quotes[-2:] == [
        ("Marta Kovacs", "It is impossible to overstate the damage."),
        ("Marta Kovacs", "We now face another winter of uncertainty."),
    ]


def test_an_aside_between_dashes_does_not_hide_the_speaker() -> None:
    quotes = attributed(
        "Mayor Tomas Brandt apologised to the families.",
        "One of the families' lawyers, Ivo Petrov - who was not at the meeting - said they were "
        "relieved. He said Mr Brandt had spoken with care, adding: “He listened to everyone.”",
    )
    assert {speaker for speaker, text in quotes if "listened" in text} == {"Ivo Petrov"}


def test_a_list_inside_a_relative_clause_is_not_the_speaker() -> None:
    quotes = attributed(
        "Film star Peter Eriksen held a dinner to save the old theatre.",
        "The award-winning actor, whose films include Cold Water, North Road and Dark Harbour: "
        "The Return, said: “The theatre gave me my start.”",
    )
    assert quotes == [("Peter Eriksen", "The theatre gave me my start.")]


def test_a_definite_description_refers_back_to_the_person_just_named() -> None:
    quotes = attributed(
        "Hedda Lund warned on Monday that the harbour faces closure.",
        "Speaking in the chamber, the Green councillor said: “It does not need to be like this.”",
        "Professor of marine biology Karl Eng told the radio station: “The water is too warm.”",
        "The Nordvik University expert continued: “The fish are leaving.”",
        "The storm passed on Tuesday and the boats went out again.",
        "In the evening, the singer said: “I will sing for the harbour.”",
    )
    assert speaker_of("It does not need", quotes) == "Hedda Lund"
    assert speaker_of("The fish are leaving", quotes) == "Karl Eng"
    # no one was named in the paragraph before: the singer is not Karl Eng, but a description
    assert speaker_of("I will sing", quotes) == "the singer"


def test_a_description_introduced_without_a_name_stays_a_description() -> None:
    quotes = attributed(
        "Hedda Lund spoke to the harbour workers on Monday.",
        "A senior official at the port said the cranes were unsafe. “We cannot load ships,” the "
        "official said.",
    )
    assert speaker_of("We cannot load ships", quotes) != "Hedda Lund"


def test_the_title_before_a_name_is_a_role_and_the_bishop_is_the_named_bishop() -> None:
    quotes = attributed(
        "The Bishop of Nordvik, the Rt Rev Dr Anders Holt, praised the choir.",
        "Writing in the parish paper, the Bishop said: “The choir is the best I have heard.”",
        "“We have a hundred singers,” he said.",
    )
    assert {speaker for speaker, _ in quotes} == {"Anders Holt"}


def speaker_of(quote_start: str, quotes: list[tuple[str, str]]) -> str:
    """Return the speaker of the quote that starts with `quote_start`."""
    return next(speaker for speaker, text in quotes if text.startswith(quote_start))


def test_an_organisation_speaks_through_its_statement() -> None:
    quotes = attributed(
        "Acme Labs was sued by a customer in May. Acme Labs said it would fight the claim.",
        "Its statement claimed, “The customer used our program for a year before the show.”",
        "The company’s release continued, “Our advertising is accurate.”",
    )
    assert {speaker for speaker, _ in quotes} == {"Acme Labs"}


def test_a_statement_with_no_named_owner_is_not_given_to_anyone_named() -> None:
    quotes = attributed(
        "Maria Keller opened the meeting.",
        "Its statement claimed, “The dam is safe.”",
    )
    assert quotes == []


@pytest.mark.parametrize("owner", ["Our", "Your", "My"])
def test_the_writers_or_readers_own_figures_are_no_ones(owner: str) -> None:
    # "our" cut as an owner's "'s" was a speaker "O", "Your" one "Yo"
    assert (
        attributed(
            "Maria Keller opened the meeting.",
            f"{owner} figures show that the dam is safe. {owner} survey found the pier was late.",
        )
        == []
    )


def test_a_spokesperson_for_a_body_speaks_for_that_body() -> None:
    quotes = attributed(
        "The Harbour Workers Union called a strike on Monday.",
        "A spokesperson for the union said the strike would last a week.",
        "“We will not back down,” said a spokeswoman for the Harbour Workers Union.",
    )
    assert {speaker for speaker, _ in quotes} == {"Harbour Workers Union"}


def test_a_role_and_name_in_one_apposition_name_the_speaker() -> None:
    quotes = attributed(
        "“The play is obscene,” MP Tom Briggs told parliament.",
        "But the work's author, US playwright Eva Lind, says it is about women's strength. "
        "“I'm outraged at the hypocrisy,” the play's organiser in Leeds, Sara Holm, told "
        "the BBC's Focus on Africa programme.",
        "One of the theatre's directors, Piet Vale, later testified that he had read it.",
    )
    speakers = {text: speaker for speaker, text in quotes}
    assert speakers["it is about women's strength"] == "Eva Lind"
    assert speakers["I'm outraged at the hypocrisy"] == "Sara Holm"
    assert speakers["he had read it"] == "Piet Vale"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The defence's key witness, former finance chief Tom Vance, has said that the boss "
            "ordered the changes.",
            "Tom Vance",
        ),
        ("Her deputy, acting chairman Jo Ray, said the plan was dead.", "Jo Ray"),
        ("The club's new owner, former Acme boss Sam Idle, said the ground was sold.", "Sam Idle"),
    ],
)
def test_a_role_opened_by_former_or_acting_then_a_name_in_apposition_speaks(
    sentence: str, speaker: str
) -> None:
    # "the prosecution's star witness, former WorldCom financial chief X, has said": the
    # description stands for the person the apposition names, whose words they are
    assert [who for who, _ in attributed(sentence)] == [speaker]


def test_a_quote_later_in_the_sentence_of_a_cue_without_words_is_the_cue_speakers() -> None:
    quotes = attributed(
        "As the chief executive, Jo Ray, put it in her memo to the staff explaining the deal, "
        "“Imagine a world where we are one of the giants.”"
    )
    assert quotes == [("Jo Ray", "Imagine a world where we are one of the giants.")]


def test_an_aside_between_double_hyphens_does_not_hide_the_speaker() -> None:
    quotes = attributed(
        "Jo Dale, the chief executive of Ora Media -- the firm that makes the show, which is "
        "also streamed online -- told me, ''We are a content provider.''",
        "The Supreme Court justice -- who has been in a row with the nominee -- said she "
        "regretted her remarks.",
    )
    assert [speaker for speaker, _ in quotes] == ["Jo Dale", "the Supreme Court justice"]


def test_a_name_then_its_role_at_an_employer_with_no_closing_comma_is_the_speaker() -> None:
    quotes = attributed(
        "The firm cut its prices on Monday.",
        "Chris Pallis, managing director of ISP Netharbour said that it would help business. "
        "“It is the first good thing we have had from them,” he said.",
    )
    assert {speaker for speaker, _ in quotes} == {"Chris Pallis"}


def test_a_place_inside_a_who_clause_is_not_the_speaker() -> None:
    quotes = attributed(
        "Kevin Swanby, who is a pastor at the Reformation Church of Elizabeth, Colorado, "
        "slammed the scouts for promoting “abortion and contraception for girls”.",
        "Sandy Phelps, who lost her daughter in Aurora, Colorado, in July 2012, said that the "
        "senator had treated her family disrespectfully.",
        "At Boca West, where it costs $100,000 to join, Jay DiPietro, a retired executive, said "
        "the club was full.",
    )
    assert [speaker for speaker, _ in quotes] == ["Kevin Swanby", "Sandy Phelps", "Jay DiPietro"]


def test_the_time_a_sentence_opens_with_is_no_part_of_the_speaker() -> None:
    quotes = attributed(
        "Last week harbour pilots had called on the port to delay the new berth.",
        "This week a coroner claimed the old crane was unsafe.",
    )
    assert [speaker for speaker, _ in quotes] == ["harbour pilots", "a coroner"]


def test_a_named_critic_of_a_paper_speaks_not_the_paper() -> None:
    quotes = attributed("Anna Lind of The Courier still thinks the film has a chance.")
    assert quotes == [("Anna Lind", "the film has a chance")]


def test_a_spokesman_named_before_his_employer_and_its_kind_is_the_speaker() -> None:
    quotes = attributed(
        "Tom Aske, spokesman for ferry booking firm Sailwise said bookings were up. "
        "“The summer looks strong,” he said."
    )
    assert {speaker for speaker, _ in quotes} == {"Tom Aske"}


def test_a_name_after_a_cue_that_ends_the_sentence_is_the_speaker() -> None:
    quotes = attributed(
        "For the council, the new timetable may change bus routes, said Mr Oduya.",
        "Fewer people are buying printed maps, say analysts Northway Research.",
        "Ada Voss, for the Greens, accused Mr Oduya of ducking the question.",
    )
    assert quotes == [
        ("Oduya", "For the council, the new timetable may change bus routes"),
        ("Northway Research", "Fewer people are buying printed maps"),
        ("Ada Voss", "Mr Oduya of ducking the question"),
    ]


def test_he_never_means_a_one_word_name_written_as_a_place_or_a_club() -> None:
    quotes = attributed(
        "Ravenwick have confirmed a bid for Tom Dunmore, but chairman Anna Holt called it "
        "“an insult”. Dunmore's future at Ravenwick has been the subject of talk for weeks. "
        "“The fans gave me a great send-off,” he said."
    )
    assert ("Tom Dunmore", "The fans gave me a great send-off") in quotes


def test_a_quoted_title_in_the_apposition_does_not_hide_the_name() -> None:
    quotes = attributed(
        "Dana Whitlow, one of the so-called “Harbour Five” freed in 2001, told the inquiry: "
        "“We were never heard.”",
        "Rolf Adler, author of “The Salt Roads”, said the book took ten years to write.",
    )
    assert quotes == [
        ("Dana Whitlow", "We were never heard."),
        ("Rolf Adler", "the book took ten years to write"),
    ]


def test_a_quote_its_own_cue_gives_a_speaker_is_not_also_the_next_sentences() -> None:
    quotes = attributed(
        "Nora Vance told the panel: “They laughed whenever we stood up.” Former councillor "
        "Ivy Platt recalled a string of jokes from the back benches.",
    )
    assert quotes == [("Nora Vance", "They laughed whenever we stood up.")]


def test_a_role_or_adverb_opening_a_sentence_is_no_part_of_the_name() -> None:
    quotes = attributed(
        "Singer Thomas Berg has said that his new album will be his last.",
        "The pop star said he would keep writing songs for others.",
        "Paula Quist lost the first set. Afterwards Paula said it was the wind.",
    )
    assert [speaker for speaker, _ in quotes] == ["Thomas Berg", "Thomas Berg", "Paula Quist"]


def test_a_title_after_a_work_noun_is_not_the_speaker() -> None:
    quotes = attributed(
        "In her new book, Salt Harbour, Ingrid Vos, a marine historian, argues that the port "
        "was built too early.",
    )
    assert quotes == [("Ingrid Vos", "the port was built too early")]


def test_the_person_behind_works_is_not_one_of_the_works() -> None:
    quotes = attributed(
        "Director Oscar Lind was honoured in Lyon on Friday.",
        "“Audiences here see my films differently,” said the director behind Red Tide, North "
        "Gate and The Long Winter.",
    )
    assert quotes == [("Oscar Lind", "Audiences here see my films differently")]


def test_a_work_before_its_makers_role_and_name_is_not_the_speaker() -> None:
    quotes = attributed(
        "Kings of the Valley director Peter Holm said he would not campaign for an award.",
    )
    assert quotes == [("Peter Holm", "he would not campaign for an award")]


def test_a_position_or_hyphenated_role_before_a_first_name_is_no_part_of_it() -> None:
    quotes = attributed(
        "Fly-half Thomas Reed missed the last kick of the match.",
        "“It was not a good strike,” he said.",
    )
    assert quotes == [("Thomas Reed", "It was not a good strike")]


def test_an_age_description_is_the_person_named_last_before_it() -> None:
    quotes = attributed(
        "Thomas Lund won the 800m in Ghent on Sunday.",
        "“I am qualified now and that is what matters,” said the 28-year-old.",
        "Lund beat Peter Ek in the final. “It was hard,” said the 31-year-old.",
    )
    assert quotes == [
        ("Thomas Lund", "I am qualified now and that is what matters"),
        ("the 31-year-old", "It was hard"),  # Ek was named since: it may be either man
    ]


def test_a_nationality_description_is_the_person_named_last_before_it() -> None:
    quotes = attributed(
        "Coach Anton Brekke watched his side win 2-0 in Oslo.",
        "“We were patient,” said the Norwegian. “It was enough,” the 48-year-old Dutchman added.",
        "Brekke then praised Peter Sand. “He was superb,” the Swede said.",
    )
    assert quotes == [
        ("Anton Brekke", "We were patient"),
        ("Anton Brekke", "It was enough"),
        ("the Swede", "He was superb"),  # Sand was named since: it may be either man
    ]


def test_a_whole_people_is_no_nationality_description_of_one_person() -> None:
    quotes = attributed(
        "Minister Karl Aas met the envoys on Tuesday.",
        "“We are not convinced,” said the Americans. “Nor are we,” said the French.",
    )
    assert [speaker for speaker, _ in quotes] == ["Americans", "French"]


def test_a_tie_before_a_name_is_no_part_of_it() -> None:
    # "Rival Sony has said", "Fellow Tory Ann Ward said": the tie is not in the name
    quotes = attributed(
        "Lanner said sales rose. Rival Harbex has said it will launch its own player.",
        "Fellow Tory Ann Ward said the plan was sound.",
    )
    assert [speaker for speaker, _ in quotes] == ["Lanner", "Harbex", "Ann Ward"]


def test_a_place_s_man_is_the_person_named_last_before_it() -> None:
    quotes = attributed(
        "Sean Dolan finished fourth in the 20km walk.",
        "He smiled about it later. “My feet were sore,” says the Limerick man.",
        "Dolan then beat Peter Nagle. “I was lucky,” the Cork man said.",
    )
    assert quotes == [
        ("Sean Dolan", "My feet were sore"),
        ("the Cork man", "I was lucky"),  # Nagle was named since: it may be either man
    ]


def test_a_debutant_is_the_person_the_passage_is_about() -> None:
    quotes = attributed(
        "Wimbledon champion Lena Sova won her opening match in Paris.",
        "Sova said: “I started well.” The tournament debutant added: “I love it here.”",
    )
    assert quotes == [("Lena Sova", "I started well."), ("Lena Sova", "I love it here.")]


def test_a_nationality_description_passes_over_a_man_of_another_nationality() -> None:
    quotes = attributed(
        "Peter Moss beat Chilean champion Carlos Vidal in Sydney on his return from injury.",
        "“I felt sharp all match,” said the American.",
    )
    assert quotes == [("Peter Moss", "I felt sharp all match")]


def test_a_description_passes_over_a_body_named_since() -> None:
    quotes = attributed(
        "Coach Anton Brekke praised his players after a win over a stubborn Harbour Rovers side.",
        "“We were patient,” the Norwegian said.",
    )
    assert quotes[-1:] == [("Anton Brekke", "We were patient")]


def test_a_songwriter_named_first_is_the_one_he_refers_to() -> None:
    quotes = attributed(
        "The charity has put together a pack for schools.",
        "Songwriter Robbie Lane, who has worked with stars including Guy Marsh, backs the "
        "scheme. He said it would protect young people from “unscrupulous” agents.",
    )
    assert quotes == [("Robbie Lane", "it would protect young people from “unscrupulous” agents")]


def test_added_a_third_is_a_goal_not_words() -> None:
    quotes = attributed(
        "Tom Ince gave Rovers the lead before Ivo Marek added a third after rounding the keeper."
    )
    assert quotes == []


def test_a_name_ends_at_a_possessive_before_a_thing() -> None:
    quotes = attributed(
        "Anna Berg's Silver Lake Road, a novel set in Norway, is out this week. “It is a quiet "
        "book about a loud family,” said Ms Berg."
    )
    assert quotes == [("Anna Berg", "It is a quiet book about a loud family")]


def test_a_club_s_man_keeps_his_name_after_the_possessive() -> None:
    quotes = attributed("Harbour United's Tom Reed said the team had played well.")
    assert quotes == [("Tom Reed", "the team had played well")]


def test_a_name_after_the_kind_of_body_it_is_is_no_man() -> None:
    people = People("The rights were bought for his company Sam Harbour to develop.")
    assert [p.organisation for p in people.names.by_surname["harbour"]] == [True]


@pytest.mark.parametrize(
    ("epithet", "speaker"),
    [("Man-of-the-match", "Carl Dunn"), ("Fifteen-year-old", "Carl Dunn")],
)
def test_an_epithet_joined_by_hyphens_is_no_part_of_the_name(epithet: str, speaker: str) -> None:
    quotes = attributed(
        "Carl Dunn scored twice as Leeds beat Hull on Saturday.",
        f"{epithet} Dunn explained his first goal. \u201cI just hit it,\u201d said the winger.",
    )
    assert quotes[-1] == (speaker, "I just hit it")


def test_words_cited_in_an_aside_are_also_the_cited_speakers() -> None:
    quotes = attributed(
        "Jo Ray, the union's leader, spoke on Monday.",
        "The Greens say that, as Ms Ray said, if the plant closes, the town will die.",
    )
    assert ("Jo Ray", "if the plant closes, the town will die") in quotes
    assert ("Greens", "if the plant closes, the town will die") in quotes
    assert all(not text.startswith("as Ms Ray said") for _, text in quotes)


def test_an_aside_that_cites_no_one_stays_in_the_words() -> None:
    quotes = attributed("Acme said that, as expected, the plant must close.")
    assert quotes == [("Acme", "as expected, the plant must close")]


def test_a_pronouns_document_is_its_owners_whatever_stands_between() -> None:
    # "their November report", "her study": the owner speaks, as through "its statement"
    quotes = attributed(
        "Acme Labs was sued by a customer in May. Acme Labs said it would fight the claim.",
        "According to its latest quarterly survey, sales rose.",
        "Maria Keller runs the lab. In her new study, Keller said that the dam was safe.",
    )
    assert {speaker for speaker, _ in quotes} == {"Acme Labs", "Maria Keller"}
    assert ("Acme Labs", "sales rose") in quotes


@pytest.mark.parametrize(
    "sentence",
    [
        "Their latest survey suggests that the dam is safe.",  # no body for "their"
        "Our new survey suggests that the dam is safe.",  # the writer's: no one
        "Her comments come in a report called “Safe Dams”.",  # no document phrase
    ],
)
def test_a_pronouns_document_with_no_owner_named_is_no_ones(sentence: str) -> None:
    quotes = attributed("Kellan Marsh opened the meeting.", sentence)
    assert not any(speaker.casefold().startswith(("their", "our", "her")) for speaker, _ in quotes)
    assert "Kellan Marsh" not in {speaker for speaker, _ in quotes}
