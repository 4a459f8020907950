"""Speech questions phrased as people type them: names that look like adverbs, a view asked on a
topic that holds a speech word, a reaction asked with a tail."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer, parse_speech_question
from tests.support.indexes import index_of

ARTICLES = {
    "ferry.txt": """Ferry fares to rise in spring

Transport chief Nessa Kelly said fares would rise by a tenth in April.

"Nobody likes paying more, but the boats are forty years old," Kelly said.
""",
    "games.txt": """Minister backs game warnings

Culture minister Aled Price said the new warnings on violent video games were overdue.

"Parents deserve to know what is in the box," Price said.
""",
    "doubles.txt": """Doubles pair upbeat before last day

Doubles player Rhona Vale said the squad were in good spirits before the last day.

"I'm really confident in Marek winning the opening singles, and then anything can happen,"
Vale said.
""",
    "ceremony.txt": """Captain misses draw ceremony

Coach Ivo Brandt brushed aside questions over why the captain had skipped the draw ceremony.
"I don't keep his diary," he said.
""",
    "pay.txt": """Nurses' pay offer rejected

The health board's pay offer was turned down on Monday.

"The pay offer is fair and it is final," health board chief Omar Reyes said.

Union negotiator Dana Pike said: "The pay offer is an insult to every nurse on a night shift."
""",
    "parade.txt": """Mayor confirms parade

"The parade will cross the old bridge as it always has," Mayor Ines Ruda told reporters.

Later at the town hall she spoke of the repairs. "The bridge will be finished in June, and the
road reopens then," Ms Ruda said.
""",
    "storm.txt": """Storm closes harbour

The coastguard warned of gales on Sunday.

"We shut the harbour when the coastguard warned us, and we were right to," harbour master
Billy Moran said.
""",
}


@pytest.fixture(scope="module")
def phrasing_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("phrasing"), ARTICLES)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("What did Nessa Kelly say about the fares?", "Nessa Kelly"),
        ("What did Kelly say about fares?", "Kelly"),
        ("what did Billy Moran say?", "Billy Moran"),
        ("what did kelly say about fares", "kelly"),  # a lone word is the name
    ],
)
def test_a_name_ending_like_an_adverb_is_kept_whole(question: str, speaker: str) -> None:
    parsed = parse_speech_question(question)
    assert parsed is not None and parsed.speaker == speaker


def test_an_adverb_before_the_verb_is_still_no_part_of_the_name() -> None:
    parsed = parse_speech_question("what did Nessa Kelly really say about fares?")
    assert parsed is not None and parsed.speaker == "Nessa Kelly"


def test_a_name_ending_like_an_adverb_finds_the_persons_words(phrasing_index: Index) -> None:
    result = answer(phrasing_index, "What did Nessa Kelly say about the fares?")
    assert result.speaker == "Nessa Kelly"
    assert result.quotes and all(hit.speaker == "Nessa Kelly" for hit in result.quotes)


@pytest.mark.parametrize(
    "question", ["what did nessa kelly say about the fares", "what did kelly say about fares"]
)
def test_a_name_typed_in_lower_case_keeps_its_last_word(
    phrasing_index: Index, question: str
) -> None:
    # in lower case "kelly" reads like "really"; the directory knows the name
    result = answer(phrasing_index, question)
    assert result.speaker == "Nessa Kelly"
    assert result.quotes and result.quotes[0].speaker == "Nessa Kelly"


def test_an_adverb_typed_in_lower_case_is_still_dropped(phrasing_index: Index) -> None:
    result = answer(phrasing_index, "what did aled price really say about the warnings")
    assert result.speaker == "Aled Price"


def test_a_view_on_a_topic_holding_a_speech_word_asks_for_the_view(
    phrasing_index: Index,
) -> None:
    # "warnings" is a form of "warn", but the question asks for Price's view on them
    result = answer(phrasing_index, "What was Aled Price's view on the game warnings?")
    assert result.speaker == "Aled Price"
    assert result.quotes and result.quotes[0].speaker == "Aled Price"


def test_a_reaction_asked_with_a_tail_keeps_the_tail_as_the_topic(
    phrasing_index: Index,
) -> None:
    parsed = parse_speech_question("What was Billy Moran's reaction when the coastguard warned?")
    assert parsed is not None
    assert (parsed.speaker, parsed.topic) == ("Billy Moran", "when the coastguard warned")
    result = answer(phrasing_index, "What was Billy Moran's reaction when the coastguard warned?")
    assert result.speaker == "Billy Moran"
    assert result.quotes and result.quotes[0].speaker == "Billy Moran"


@pytest.mark.parametrize(
    "question",
    [
        "what did Ines Ruda tell reporters about the road?",
        "what did Ines Ruda tell the press about the road?",
    ],
)
def test_the_press_told_is_no_part_of_the_topic(phrasing_index: Index, question: str) -> None:
    # "reporters" is whom nearly every word is told: the parade sentence must not win by it
    result = answer(phrasing_index, question)
    assert result.quotes and "finished in June" in result.quotes[0].quote.text
    assert result.lead.startswith("What Ines Ruda told ")
    parsed = parse_speech_question(question)
    assert parsed is not None and parsed.topic == "the road"
    assert parsed.asked == question.split("Ruda ")[1].rstrip("?").replace("tell", "told", 1)
    alone = parse_speech_question("what did Ines Ruda tell reporters?")
    assert alone is not None and alone.topic is None and alone.asked == "told reporters"


def test_ordinary_questions_with_such_words_stay_ordinary() -> None:
    assert parse_speech_question("when do the ferry fares rise?") is None


@pytest.mark.parametrize(
    ("question", "role", "verb", "topic"),
    [
        ("who was the coach who said the team deserved more?", "coach", "said",
         "the team deserved more"),
        ("Who's the Labour MP that warned about waiting lists?", "Labour MP", "warned",
         "waiting lists"),
        ("name the minister who said the budget was balanced", "minister", "said",
         "the budget was balanced"),
    ],
)  # fmt: skip
def test_who_was_the_role_who_said_reads_as_which_role(
    question: str, role: str, verb: str, topic: str
) -> None:
    parsed = parse_speech_question(question)
    assert parsed is not None and parsed.kind == "who_said"
    assert (parsed.role, parsed.verb, parsed.topic) == (role, verb, topic)


@pytest.mark.parametrize(
    "question", ["who was the coach who was sacked after the defeat?", "who is the man that won?"]
)
def test_who_was_the_person_who_did_something_is_no_speech_question(question: str) -> None:
    assert parse_speech_question(question) is None


@pytest.mark.parametrize(
    "question",
    [
        "who is blamed for the floods?",
        "who was criticised over the ferry crash?",
        "who has been told to leave the harbour?",
        "who was publicly praised by the mayor?",
    ],
)
def test_a_passive_asks_whom_words_were_about_not_who_spoke(question: str) -> None:
    assert parse_speech_question(question) is None


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("who has said the ferry was late?", "said"),
        ("who was warning about the floods?", "warning"),
        ("who is quoted as saying the ferry was late?", "said"),
    ],
)
def test_active_and_reported_speech_after_who_still_ask_who_said(question: str, verb: str) -> None:
    parsed = parse_speech_question(question)
    assert parsed is not None and (parsed.kind, parsed.verb) == ("who_said", verb)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What did the transport chief threaten if fares are frozen?", "what_said"),
        ("who hinted that fares would rise?", "who_said"),
        ("what did Nessa Kelly recommend?", "what_said"),
    ],
)
def test_verbs_of_a_speech_act_ask_what_was_said(question: str, kind: str) -> None:
    parsed = parse_speech_question(question)
    assert parsed is not None and parsed.kind == kind


def test_a_report_that_matches_only_by_its_sentence_comes_after_the_persons_words(
    tmp_path: Path,
) -> None:
    # the reports name the expo in their attributing sentences, not in what was said
    index = index_of(
        tmp_path,
        {
            "expo.txt": "Okoro opens the harbour expo\n\n"
            "Opening the harbour expo, Dana Okoro said boats were getting cheaper to run. "
            "In her speech at the expo, Okoro said ferries would soon carry bikes free.\n\n"
            "Okoro also said the port needed more berths.\n\n"
            '"It is moving even faster than we hoped," Okoro said.\n',
        },
    )
    result = answer(index, "What did Dana Okoro say in her speech opening the harbour expo?")
    assert result.quotes
    assert result.quotes[0].quote.text == "It is moving even faster than we hoped"


@pytest.mark.parametrize("question", ["what did the writes say?", "What did the speaks say?"])
def test_a_role_word_in_a_verbs_form_never_breaks_the_answer(
    tmp_path: Path, question: str
) -> None:
    # "writes" reads as the role "write", which the articles hold only as "writer"
    index = index_of(
        tmp_path,
        {
            "books.txt": "Prize for travel book\n\n"
            '"I walked every mile of it," travel writer Ana Lee said.\n\n'
            '"We are proud of her," club speaker Tom Ash said.\n',
        },
    )
    result = answer(index, question)
    assert result.lead


def test_a_role_many_hold_goes_to_the_holder_whose_article_is_the_topic(tmp_path: Path) -> None:
    # forty chief executives: the one the question's topic points at ranks last by name alone
    goods = [f"widget{chr(97 + i // 26)}{chr(97 + i % 26)}" for i in range(40)]
    articles = {
        f"firm{i}.txt": f"Firm {i} reports sales\n\n"
        f'"Our {good} sales rose," chief executive Zed Firmo{chr(97 + i // 26)}{chr(97 + i % 26)} '
        "said.\n"
        for i, good in enumerate(goods)
    }
    articles["jam.txt"] = (
        "Marmalade maker expands\n\n"
        '"Seville oranges make the best marmalade," chief executive Aaron Abbot said.\n'
    )
    index = index_of(tmp_path, articles)
    result = answer(index, "What did the chief executive say about marmalade?")
    assert result.speaker == "Aaron Abbot"
    assert result.quotes and result.quotes[0].speaker == "Aaron Abbot"


@pytest.mark.parametrize(
    ("question", "role", "verb"),
    [
        ("who rebuked the board for the delays?", None, "rebuked"),
        ("which Tory MP signalled a U-turn on fees?", "Tory MP", "signalled"),
        ("who was the coach who chided the players?", "coach", "chided"),
    ],
)
def test_verbs_of_reproach_and_signals_ask_who_said(
    question: str, role: str | None, verb: str
) -> None:
    parsed = parse_speech_question(question)
    assert parsed is not None and parsed.kind == "who_said"
    assert (parsed.role, parsed.verb) == (role, verb)


@pytest.mark.parametrize(
    "question",
    [
        "what did the figures indicate?",
        "which figures indicate a recession?",
        "what did oil prices signal about the economy?",
        "what did retail sales indicate about spending?",
    ],
)
def test_what_a_thing_indicates_is_no_speech_question(question: str) -> None:
    assert parse_speech_question(question) is None


@pytest.mark.parametrize(
    ("question", "speaker", "topic"),
    [
        ("what did ola brandvik signal about cutting fares?", "ola brandvik", "cutting fares"),
        ("what did Tomas Reyes-Lind indicate about the merger", "Tomas Reyes-Lind",
         "the merger"),
        ("what did mary quill confess about the accounts?", "mary quill", "the accounts"),
    ],
)  # fmt: skip
def test_a_verb_of_signals_after_a_persons_name_asks_what_they_said(
    question: str, speaker: str, topic: str
) -> None:
    # "what did the figures indicate?" asks about figures; after a name, about words
    parsed = parse_speech_question(question)
    assert parsed is not None and parsed.kind == "what_said"
    assert (parsed.speaker, parsed.topic) == (speaker, topic)


@pytest.mark.parametrize(
    ("question", "verb", "topic"),
    [
        ("which Tory brushed off the pact as a sham?", "dismissed", "the pact as a sham"),
        ("who shrugged off the criticism?", "dismissed", "the criticism"),
        ("who is waving aside concerns about the budget", "dismissing",
         "concerns about the budget"),
        ("who laughed off talk of a crisis?", "dismissed", "talk of a crisis"),
    ],
)  # fmt: skip
def test_brushing_off_is_dismissing(question: str, verb: str, topic: str) -> None:
    parsed = parse_speech_question(question)
    assert parsed is not None and parsed.kind == "who_said"
    assert (parsed.verb, parsed.topic) == (verb, topic)


@pytest.mark.parametrize(
    "question",
    [
        "find who said the fog season would be long",
        "can you find out who said the fog season would be long?",
        "do you know who said the fog season would be long?",
        "I'd like to know who said the fog season would be long",
    ],
)
def test_an_opening_that_asks_to_find_who_said_is_read_past(question: str) -> None:
    parsed = parse_speech_question(question)
    assert parsed is not None and parsed.kind == "who_said"
    assert parsed.topic == "the fog season would be long"


@pytest.mark.parametrize("question", ["who brushed his teeth?", "who waved goodbye to fans?"])
def test_brushing_and_waving_alone_are_no_speech(question: str) -> None:
    assert parse_speech_question(question) is None


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("who pointed out that the boats are forty years old?", "Nessa Kelly"),
        ("who made the point that parents deserve to know what is in the box?", "Aled Price"),
        ("which minister made the claim that parents deserve to know?", "Aled Price"),
        ("who voiced fears about the old boats?", "Nessa Kelly"),
        ("who raised concerns about paying more for the boats?", "Nessa Kelly"),
        ("who gave a warning about the fares?", "Nessa Kelly"),
        ("who confessed that nobody likes paying more?", "Nessa Kelly"),
    ],
)
def test_phrases_of_saying_ask_who_said(
    phrasing_index: Index, question: str, speaker: str
) -> None:
    result = answer(phrasing_index, question)
    assert [hit.speaker for hit in result.quotes][:1] == [speaker]


@pytest.mark.parametrize(
    ("question", "verb", "topic"),
    [
        ("who paid tribute to the crew?", "praised", "the crew"),
        ("who pointed out the fares would rise?", "noted", "the fares would rise"),
        ("who raised doubts about the deal?", "expressed", "doubts about the deal"),
        ("who issued a stark warning on debt?", "warned", "debt"),
        ("who made a joke about his age?", "joked", "his age"),
        ("who heaped praise on the crew?", "praised", "the crew"),
        ("who mourned the skipper as a true friend?", "praised", "the skipper as a true friend"),
        ("who lavished praise upon the crew?", "praised", "the crew"),
        ("who was full of praise for the crew?", "praised", "the crew"),
        ("who had nothing but praise for the crew?", "praised", "the crew"),
        ("who had harsh words for the board?", "criticised", "the board"),
        ("who poured scorn on the plan?", "ridiculed", "the plan"),
        ("who cast doubt on the figures?", "questioned", "the figures"),
        ("who played down the threat?", "dismissed", "the threat"),
        ("who sounded the alarm over debt?", "warned", "debt"),
        ("who painted a bleak picture of the economy?", "described", "the economy"),
        ("who launched a scathing attack on the plan?", "attacked", "the plan"),
        ("who took aim at the critics?", "attacked", "the critics"),
        ("who made it clear that the offer was final?", "said", "the offer was final"),
        ("who went as far as to say the plan was dead?", "said", "the plan was dead"),
        ("who swore the plan would work?", "swore", "the plan would work"),
        ("who opened up about his nerves?", "spoke", "his nerves"),
        ("who looked back on his career?", "reflected", "his career"),
        ("who voiced regret over the decision?", "expressed", "regret over the decision"),
        ("who gave his verdict on the film?", "commented", "the film"),
        ("who was upbeat about the economy?", "said", "they were upbeat about the economy"),
        ("who remained confident of a deal?", "said", "they were confident of a deal"),
        ("who was happy with the draw?", "said", "they were happy with the draw"),
        ("which coach was pleased with the result?", "said", "they were pleased with the result"),
        ("who struck a defiant note over the ban?", "said", "they were defiant over the ban"),
        ("who sent good wishes to the crew?", "said", "good wishes to the crew"),
        ("who sent his condolences to the family?", "said", "his condolences to the family"),
        ("which coach passed on her congratulations?", "said", "her congratulations"),
        ("who offered thanks to the volunteers?", "said", "thanks to the volunteers"),
        ("who backed Roddick to win the final?", "predicted", "Roddick to win the final"),
        ("who tipped the hosts to lift the cup?", "predicted", "the hosts to lift the cup"),
        ("who was asked why the coach quit?", "answered", "questions on why the coach quit"),
        ("who issued an apology through her lawyer?", "apologised", "through her lawyer"),
        ("who gave a full apology to fans?", "apologised", "to fans"),
        ("who raised the alarm over debt?", "warned", "debt"),
        ("who made an emotional TV appeal to the thief?", "appealed", "to the thief"),
        ("who launched an appeal for witnesses?", "appealed", "for witnesses"),
        # any determiner: "the apology", "the club's ... its appeal"
        ("who issued the apology through her lawyer?", "apologised", "through her lawyer"),
        ("who made the emotional TV appeal to the thief?", "appealed", "to the thief"),
        ("which club issued its appeal for calm?", "appealed", "for calm"),
        (
            "who singled out the ferry as the main worry?",
            "described",
            "the ferry as the main worry",
        ),
        (
            "who put the rise in fares down to old boats?",
            "said",
            "the rise in fares was down to old boats",
        ),
        (
            "which analyst puts the slump down to the rain?",
            "said",
            "the slump was down to the rain",
        ),
    ],
)
def test_a_phrase_of_saying_is_read_as_its_verb(question: str, verb: str, topic: str) -> None:
    parsed = parse_speech_question(question)
    assert parsed is not None and parsed.kind == "who_said"
    assert (parsed.verb, parsed.topic) == (verb, topic)


@pytest.mark.parametrize(
    ("question", "verb", "topic"),
    [
        ("who said he was happy with the draw?", "said", "he was happy with the draw"),
        ("who told reporters she was upbeat about the economy?", "told",
         "reporters she was upbeat about the economy"),
        ("who said the minister made it clear the offer was final?", "said",
         "the minister made it clear the offer was final"),
        ("who said the minister put the delay down to the storm?", "said",
         "the minister put the delay down to the storm"),
    ],
)  # fmt: skip
def test_a_phrase_of_saying_in_the_words_said_stays_as_asked(
    question: str, verb: str, topic: str
) -> None:
    # after "said" the idiom is what someone said, not the way it was put: no "they were"
    parsed = parse_speech_question(question)
    assert parsed is not None and (parsed.verb, parsed.topic) == (verb, topic)


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("who admitted the fares were high but said the boats were old?",
         "the fares were high but the boats were old"),
        ("who praised the crew and added that the fares would rise?",
         "the crew and that the fares would rise"),
        ("who said the fares would rise and the boats be sold?",
         "the fares would rise and the boats be sold"),
    ],
)  # fmt: skip
def test_a_second_verb_of_saying_is_no_word_of_the_topic(question: str, topic: str) -> None:
    parsed = parse_speech_question(question)
    assert parsed is not None and parsed.topic == topic


@pytest.mark.parametrize(
    "question",
    [
        "who made out the cheque?",
        "who raised the fares?",
        "who gave the fares back?",
        "who sent a message to their rivals?",  # a result as often as words
        "who sent the parcel?",
        "who received a letter saying the fares would rise?",  # words given, not said
        "who was sent a note saying the fares would rise?",
    ],
)
def test_making_raising_and_giving_alone_are_no_speech(question: str) -> None:
    assert parse_speech_question(question) is None


def test_a_phrase_of_saying_in_a_what_said_tail_stays_the_topic_as_written() -> None:
    parsed = parse_speech_question("what did Kelly say when she paid tribute to the crew?")
    assert parsed is not None and parsed.topic == "when she paid tribute to the crew"


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what is the name of the minister who said parents deserve to know?", "Aled Price"),
        ("what's the name of the woman who said the boats are forty years old?", "Nessa Kelly"),
        ("who among the transport chiefs said nobody likes paying more?", "Nessa Kelly"),
        ("who was it who said the boats are forty years old?", "Nessa Kelly"),
        ("who coined the phrase forty years old?", "Nessa Kelly"),
        ("the boats are forty years old - who said that?", "Nessa Kelly"),
        ("who went on record saying parents deserve to know?", "Aled Price"),
        ("who took the view that parents deserve to know what is in the box?", "Aled Price"),
        ("who heaped praise on the warnings on violent video games?", "Aled Price"),
        ("who sent warm wishes to parents over the warnings on games?", "Aled Price"),
        (
            "who admitted the boats are forty years old but said nobody likes paying more?",
            "Nessa Kelly",
        ),
        ("who made it clear that parents deserve to know?", "Aled Price"),
        ("who put the rise in fares down to the age of the boats?", "Nessa Kelly"),
        ("who hit back at complaints about paying more for the boats?", "Nessa Kelly"),
        ("who backed Marek to win the opening singles?", "Rhona Vale"),
        ("who was asked why the captain skipped the draw ceremony?", "Ivo Brandt"),
        ("who responded for the union to the pay offer?", "Dana Pike"),
        ("according to whom are the boats forty years old?", "Nessa Kelly"),
        ("whose words were that parents deserve to know?", "Aled Price"),
        ("who was the one saying the boats are forty years old?", "Nessa Kelly"),
        ("who was the minister quoted about the warnings on video games?", "Aled Price"),
        ("which minister was quoted as saying parents deserve to know?", "Aled Price"),
        ("who's the transport chief quoted on the fares?", "Nessa Kelly"),
        ("who issued a statement saying parents deserve to know?", "Aled Price"),
        ("who gave an interview saying the boats are forty years old?", "Nessa Kelly"),
        ("which minister backed the warnings, saying parents deserve to know?", "Aled Price"),
        ("which transport chief raised fares and said the boats are old?", "Nessa Kelly"),
    ],
)
def test_who_said_in_other_shapes(phrasing_index: Index, question: str, speaker: str) -> None:
    result = answer(phrasing_index, question)
    assert [hit.speaker for hit in result.quotes][:1] == [speaker]


@pytest.mark.parametrize(
    ("question", "role", "topic"),
    [
        ("who responded for the Tories to the speech?", "Tories", "to the speech"),
        ("who spoke for the family when he died?", "family", "when he died"),
        ("who replied for the club after the match?", "club", "after the match"),
        ("who spoke for the first time about her illness?", None, "for the first time about"),
        ("who spoke for an hour about the budget?", None, "for an hour about the budget"),
        ("who was the commuter quoted about the strike?", "commuter", "the strike"),
        ("which analyst has been quoted saying prices will fall?", "analyst", "prices will"),
        ("who was the person quoted about the strike?", None, "the strike"),
        ("which official issued a statement saying it was safe?", "official", "issued a"),
        ("which striker scored twice and said he was tired?", "striker", "scored twice"),
        ("which company bought the mill, saying demand was up?", "company", "bought the"),
        ("which manager hit out at the referee?", "manager", "the referee"),
        ("which analyst was concerned about the deal?", "analyst", "they were concerned"),
        ("which guide was amazed the museum stayed shut?", "guide", "they were amazed"),
        ("who was surprised by the vote?", None, "they were surprised"),
    ],
)
def test_the_side_spoken_for_is_the_role_asked(
    question: str, role: str | None, topic: str
) -> None:
    parsed = parse_speech_question(question)
    assert parsed is not None and parsed.role == role
    assert (parsed.topic or "").startswith(topic)


@pytest.mark.parametrize(
    "question",
    [
        "what is the name of the ferry?",
        "who at the time ran the ferries?",
        "who from the start ran the ferries?",
        "who held that post?",
        "who played down the wing?",  # a player's run, not words played down
        "who was positive for a banned drug?",  # a test's result, not a stance
        "who was stunned by a late goal?",  # a result suffered, not a feeling told
        "who struck a deal?",
        "who was sworn in as president?",  # an oath taken, not words asked about
        "who backed the plan to cut taxes?",  # a vote for it, not a forecast
        "who was backed to win the seat?",  # the one others backed
        "who was asked to leave?",  # a request, not a question answered
    ],
)
def test_shapes_that_ask_no_speaker_stay_plain(question: str) -> None:
    assert parse_speech_question(question) is None


REVIEWS = {
    "review.txt": "Musical opens to mixed notices\n\n"
    'Theatre critic Jo Marsh said the second act was dull. "I nearly fell asleep," she said.\n'
    "The producer, Sam Oduya, said tickets had sold well.\n",
    "harbour.txt": "Harbour reopens\n\nThe harbour reopened after the storm.\n",
}


@pytest.fixture(scope="module")
def reviews_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("reviews"), REVIEWS)


def test_what_critic_said_asks_who(reviews_index: Index) -> None:
    # "what critic said ..." asks who, as "what economist said ..." does
    result = answer(reviews_index, "what critic said the second act was dull?")
    assert [hit.speaker for hit in result.quotes][:1] == ["Jo Marsh"]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("what company said profits fell?", "who_said"),
        ("what critics said about the musical", "what_said"),  # what they said about it
        ("what band played at the festival?", None),  # no words asked about
    ],
)
def test_what_kind_said(question: str, kind: str | None) -> None:
    parsed = parse_speech_question(question)
    assert (parsed.kind if parsed else None) == kind


def test_a_stance_asked_finds_who_took_it(reviews_index: Index) -> None:
    # "was scathing about" is what the critic said the act was
    result = answer(reviews_index, "who was scathing about the second act?")
    assert [hit.speaker for hit in result.quotes][:1] == ["Jo Marsh"]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # a role, then a name: whose words, not who said them
        ("tell me what ferry line director nessa kellow said about fares", "what_said"),
        ("what harbour master ola brink said about the storm", "what_said"),
        # a role alone, or a role and where it works: who said it
        ("what bank economist said the storm would pass", "who_said"),
        ("what economist at the bank said rates would rise", "who_said"),
    ],
)
def test_what_a_role_and_a_name_said_asks_for_their_words(question: str, kind: str) -> None:
    parsed = parse_speech_question(question)
    assert parsed is not None and parsed.kind == kind


@pytest.mark.parametrize(
    "question",
    [
        "anything kelly said about fares",
        "everything Nessa Kelly said about the fares",
        "give me kelly quotes about fares",
        "show me all the kelly comments on fares",
        "any kelly remarks about fares?",
    ],
)
def test_asking_for_someones_words_on_a_topic_is_a_speech_question(
    phrasing_index: Index, question: str
) -> None:
    result = answer(phrasing_index, question)
    assert [hit.speaker for hit in result.quotes][:1] == ["Nessa Kelly"]
    assert "fares" in result.lead


@pytest.mark.parametrize(
    "question",
    [
        "give me famous quotes about the sea",  # no one quoted is called "famous"
        "anything said about fares",
    ],
)
def test_asking_for_words_of_nobody_quoted_stays_ordinary(
    phrasing_index: Index, question: str
) -> None:
    assert not answer(phrasing_index, question).quotes


def test_a_bare_word_after_and_is_no_second_verb_of_saying() -> None:
    # "credit" is a verb of saying only as "credited": here it is a noun of the words said
    parsed = parse_speech_question(
        "which analyst argued that housing and credit markets were strong?"
    )
    assert parsed is not None and parsed.topic == "housing and credit markets were strong"


@pytest.mark.parametrize(
    "question",
    [
        "what has the coastguard done about the gale claims",
        "what did the coastguard do about the warns",
    ],
)
def test_a_speech_verb_in_its_s_form_after_did_or_has_is_a_noun(question: str) -> None:
    assert parse_speech_question(question) is None


def test_what_someone_has_done_about_claims_is_an_ordinary_question(
    phrasing_index: Index,
) -> None:
    result = answer(phrasing_index, "what has the coastguard done about the gale claims")
    assert result.found and not result.quotes
    assert "coastguard warned of gales" in result.passages[0].passage.text
    # the verb's own forms after them are still speech ("what has Kelly said about fares")
    assert parse_speech_question("what has Kelly said about the claims") is not None
