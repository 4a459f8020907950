"""Pronoun speakers: "it said" is the latest body that spoke or was the subject, never a person,
and a role with "the" is the one the article gives that role, or the role itself; each on a
short invented text."""

from __future__ import annotations

from tests.attribution.test_quotes import attributed


def test_it_is_the_body_that_spoke_not_the_person_after_it() -> None:
    quotes = attributed(
        "Larkmoor Motors said on Monday it would close its plant. Union leader Tom Price said "
        "the move was a blow.",
        "\u201cWe regret the decision,\u201d it said.",
    )
    assert quotes[-1] == ("Larkmoor Motors", "We regret the decision")


def test_it_is_the_latest_body_not_an_earlier_one() -> None:
    quotes = attributed(
        "The Harbour Board said the fares would rise. Fenwick Quay said its rents would not.",
        "\u201cOur tenants can plan for the year,\u201d it added.",
    )
    assert quotes[-1] == ("Fenwick Quay", "Our tenants can plan for the year")


def test_it_is_never_a_person_of_unknown_first_name_described_by_a_role() -> None:
    quotes = attributed(
        "The Harbour Board said the fares would rise. \u201cThat is fair,\u201d said Ulrich "
        "Brannigan, an economist at Lanner Bank.",
        "It added that the ferries would run all winter.",
    )
    assert quotes[-1] == ("Harbour Board", "the ferries would run all winter")


def test_it_is_not_a_country_named_as_a_speaker() -> None:
    quotes = attributed(
        "The Harbour Board said the fares would rise. Spain said its ferries would not.",
        "It added that the ferries would run all winter.",
    )
    assert quotes[-1] == ("Harbour Board", "the ferries would run all winter")


def test_the_mayor_is_not_the_person_the_article_gives_another_occupation() -> None:
    quotes = attributed(
        "The bridge opened on Monday. Tom Price, a local farmer, drove the first tractor across.",
        "\u201cThis is a great day,\u201d the mayor said.",
    )
    assert quotes == [("the mayor", "This is a great day")]


def test_the_mayor_is_the_person_named_as_mayor() -> None:
    for opening in (
        "Mayor Maria Ruiz opened the bridge on Monday.",
        "Maria Ruiz, the city's mayor, opened the bridge on Monday.",
    ):
        quotes = attributed(
            f"{opening} Tom Price, a local farmer, drove the first tractor across.",
            "\u201cThis is a great day,\u201d the mayor said.",
        )
        assert quotes == [("Maria Ruiz", "This is a great day")]


def test_the_chancellor_is_not_the_shadow_nor_a_former_chancellor() -> None:
    for holder in ("shadow chancellor Ian Vance", "former chancellor Ian Vance"):
        quotes = attributed(
            f"The budget was attacked by {holder} on Monday.",
            "But the chancellor said the figures were sound.",
        )
        assert [s for s, _ in quotes] == ["the chancellor"]


def test_the_prime_minister_is_not_the_deputy_nor_another_minister() -> None:
    quotes = attributed(
        "The talks were chaired by Deputy Prime Minister Ian Vance and Aid Minister Tom Price.",
        "The prime minister said the talks had gone well.",
    )
    assert [s for s, _ in quotes] == ["the prime minister"]


def test_the_prime_minister_may_be_the_person_the_passage_is_about() -> None:
    quotes = attributed(
        "Tom Price has backed the new budget.",
        "In a speech in Leeds, the prime minister said the budget was fair.",
    )
    assert [s for s, _ in quotes] == ["Tom Price"]


def test_he_is_the_man_the_paragraph_names_as_subject_not_a_body_that_spoke_before() -> None:
    quotes = attributed(
        "Larkmoor told reporters that talk of job cuts was \u201cspeculation\u201d.",
        "Dock & Harbour Workers' Union general secretary Tom Price repeated his view on Friday. "
        "\u201cThis is a delicate time,\u201d he said.",
    )
    assert quotes[-1] == ("Tom Price", "This is a delicate time")


def test_he_is_not_a_man_named_after_a_preposition() -> None:
    quotes = attributed(
        "Gen Oduya said the army was ready.",
        "But standing next to Mr Harlow he added that talks were \u201cthe only way\u201d.",
    )
    assert quotes[-1][0] == "Oduya"


def test_he_is_the_man_introduced_with_a_role_after_a_man_who_spoke() -> None:
    quotes = attributed(
        "\u201cI think Marsh will win,\u201d said Mr Dorrance. Margaret Marsh is also the choice "
        "of Steven Vandersloot, editor of the Harbour Gazette. But while he tipped Marsh, he "
        "said it would be \u201ca close contest\u201d."
    )
    assert quotes[-1] == ("Steven Vandersloot", "it would be \u201ca close contest\u201d")


def test_he_is_still_the_subject_when_the_man_in_apposition_shares_his_sentence() -> None:
    quotes = attributed(
        "Mr Drummond accused Tom Pellow, the mayor of Harbourside, of being "
        "\u201cvery timid\u201d. Then he said the council was \u201ca spoiled child\u201d."
    )
    assert quotes[-1][0] == "Drummond"


def test_he_is_the_man_introduced_by_a_role_after_an_opening_phrase() -> None:
    quotes = attributed(
        "But senator Paul Ward said there was still unease. He told radio listeners it was "
        "“a step too far”.",
        "On Monday, Green Party leader Tom Hale renewed his call for a delay.",
        "He told the programme the minister had “a real chance” to change course.",
    )
    assert quotes == [
        ("Paul Ward", "there was still unease"),
        ("Paul Ward", "it was “a step too far”"),
        ("Tom Hale", "the minister had “a real chance” to change course"),
    ]


def test_he_is_the_one_who_spoke_not_the_possessor_his_sentence_opens_with() -> None:
    quotes = attributed(
        "Silver Screen's US editor Tom Vance thinks the season was dull. “Nobody loved these "
        "films,” he said.",
    )
    assert quotes == [
        ("Tom Vance", "the season was dull"),
        ("Tom Vance", "Nobody loved these films"),
    ]


def test_a_plural_possessor_is_no_part_of_the_name_after_it() -> None:
    quotes = attributed(
        "The plant was busy. TBS' Jane Holt said the plant would stay open. “We are staying,” "
        "she said.",
    )
    assert quotes == [
        ("Jane Holt", "the plant would stay open"),
        ("Jane Holt", "We are staying"),
    ]


def test_a_plural_possessive_inside_a_body_s_name_stays_in_it() -> None:
    quotes = attributed(
        "Chairman Tom Ray of the Rowing Association spoke first. The Amateur Rowers' Association "
        "said the rules were fair.",
    )
    assert quotes == [("Amateur Rowers' Association", "the rules were fair")]


def test_he_is_the_subject_with_a_prefixed_role_not_the_man_he_criticised() -> None:
    # "co-chairman" is a role noun after its prefix, so its holder is the sentence's subject
    quotes = attributed(
        "Party co-chairman Owen Tarrant opened with a speech criticising Mark Bellweather's "
        "record. The rule has been \u201ca failure\u201d, he told the conference.",
    )
    assert quotes[-1] == ("Owen Tarrant", "a failure")


def test_a_prefixed_title_opening_a_sentence_is_no_part_of_the_name() -> None:
    quotes = attributed(
        "Co-chairman Owen Tarrant opened with a speech criticising Mark Bellweather. "
        "\u201cA failure,\u201d he told the conference.",
    )
    assert quotes[-1] == ("Owen Tarrant", "A failure")


def test_he_is_the_man_a_possessor_and_a_relation_introduce() -> None:
    # "Wenger's Bayern counterpart Felix Magath": the club is no speaker, the counterpart is
    quotes = attributed(
        "Tom Hale spoke first. \u201cWe lost,\u201d Hale said.",
        "But Hale's Rovers counterpart Peter Brandt was in no mood to celebrate. He said: "
        "\u201cI am far from happy.\u201d",
    )
    assert quotes[-1] == ("Peter Brandt", "I am far from happy.")


def test_a_prefixed_role_described_again_is_its_holder() -> None:
    # "Tory co-chairman X ... The Tory co-chairman attacked": the description is X
    quotes = attributed(
        "Tory co-chairman Owen Tarrant spoke at the conference.",
        "The Tory co-chairman attacked the pledges as \u201cvacuous\u201d.",
    )
    assert quotes[-1][0] == "Owen Tarrant"


def test_it_after_a_person_s_statement_is_the_statement() -> None:
    quotes = attributed(
        "The Herald said Mr Lund gave the advice. Mr Lund denied it.",
        "Mr Lund's statement said: “The party has made an impact this week.” It added: “Labour "
        "wants to distract attention from the issues.”",
    )
    assert [speaker for speaker, _ in quotes] == ["Herald", "Lund", "Lund"]


def test_a_name_the_next_sentence_calls_she_is_hers() -> None:
    # "Ilse Oyelaran" is a name no lexicon here knows: the "She" after says whose it is
    text = (
        "Rupert Hale backed the plan. He said the bar was high. Ilse Oyelaran, from the "
        'group Fairwatch, joined calls for a review. She said: "The rules must be clear."'
    )
    assert ("Ilse Oyelaran", "The rules must be clear.") in attributed(text)


def test_a_name_the_next_sentence_calls_he_is_his() -> None:
    text = (
        "Nell Ash won the first prize. Tobin Quarrie beat rivals including Dan Roe, Sam Vey "
        'and Al Finch to the second. He thanked the jury. Later, he said: "I was due."'
    )
    assert ("Tobin Quarrie", "I was due.") in attributed(text)


def test_a_title_before_a_name_is_no_person_for_he() -> None:
    # "Quango Atlas to ..." is a book's title, and Jon Vale its author, who urged
    text = (
        "Quango Atlas to British Bodies author Jon Vale said 90 bodies were new. He urged a "
        "limit on new bodies."
    )
    assert ("Jon Vale", "a limit on new bodies") in attributed(text)


def test_he_after_an_unnamed_man_is_no_one_named_before() -> None:
    quotes = attributed(
        "A man came into a shop on Tuesday and waited by the door.",
        "The shop's owner, Usman Lane, said he would call the police.",
        "The man in the red coat left before they came.",
        "In the video, he says his friend was on the way.",
    )
    assert all(speaker != "Usman Lane" for speaker, text in quotes if "his friend" in text)


def test_he_after_an_unnamed_woman_is_still_the_man_named_before() -> None:
    quotes = attributed(
        "A woman came into a shop on Tuesday and waited by the door.",
        "The shop's owner, Usman Lane, said he would call the police.",
        "The woman in the red coat left before they came.",
        "Later, he said his staff were safe.",
    )
    assert ("Usman Lane", "his staff were safe") in quotes


def test_he_after_a_man_named_in_apposition_is_that_man() -> None:
    quotes = attributed(
        "The shop's owner, Usman Lane, said he would call the police.",
        "The spokesman, Tom Price, arrived later.",
        "Later, he said the staff were safe.",
    )
    assert ("Tom Price", "the staff were safe") in quotes


def test_he_after_a_description_of_the_man_named_is_still_him() -> None:
    quotes = attributed(
        "Tom Lane, 45, was arrested in the shop on Tuesday.",
        "The man from Leeds was later released.",
        "He said he had done nothing wrong.",
    )
    assert ("Tom Lane", "he had done nothing wrong") in quotes


def test_she_after_the_actress_is_still_the_actress_named() -> None:
    quotes = attributed(
        "Lena Marsh cancelled her appearance at the premiere.",
        "The actress dropped out at the last minute. She said: \u201cI am not well.\u201d",
    )
    assert ("Lena Marsh", "I am not well.") in quotes


def test_he_after_a_but_clause_is_that_clause_subject() -> None:
    quotes = attributed(
        "Tom Reeve, the captain, said the pitch was too slow but Larkfield's Ed Vance rejected "
        "his complaint. \u201cWe relaid it in May,\u201d he said."
    )
    assert ("Ed Vance", "We relaid it in May") in quotes


def test_he_is_not_a_team_in_a_but_clause_with_a_plural_verb() -> None:
    quotes = attributed(
        "Tom Reeve, the coach, wanted Ed Vance back but Larkfield were not selling.",
        "\u201cWe will look again in the summer,\u201d he said.",
    )
    assert ("Tom Reeve", "We will look again in the summer") in quotes


def test_he_after_a_role_of_something_before_a_name_is_that_person() -> None:
    # "Ruritania's minister of sport X" opens its sentence as X's role: X is its subject
    found = attributed(
        "“I never meant it,” coach Milo Brandt said.",
        "The row grew after the game. Ruritania's minister of sport Peter Lund was quick to"
        " back the ban. “Everyone has to weigh their words,” he said.",
    )
    assert found[-1] == ("Peter Lund", "Everyone has to weigh their words")
