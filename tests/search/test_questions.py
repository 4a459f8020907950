"""Speech questions: every speech verb in any form, which-role questions, tails as topics."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qabot.search import parse_speech_question
from qabot.search.speech_verbs import past_tense


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What did Stoltenberg say?", ("what_said", "Stoltenberg", None, False)),
        (
            "what did Jens Stoltenberg say about tanks?",
            ("what_said", "Jens Stoltenberg", "tanks", False),
        ),
        ("What has Liz Truss said on Russia", ("what_said", "Liz Truss", "Russia", False)),
        (
            "Stoltenberg's comments on the border?",
            ("what_said", "Stoltenberg", "the border", False),
        ),
        ("What did the NATO chief say?", ("what_said", "the NATO chief", None, False)),
        # a possessive in the topic is not the speaker's: "what did X say about Y's remarks"
        (
            "what did Ada Vale say about the mayor's remarks",
            ("what_said", "Ada Vale", "the mayor's remarks", False),
        ),
        (
            "what did Ada Vale say about the mayors comments",
            ("what_said", "Ada Vale", "the mayors comments", False),
        ),
        (
            "Did Austin say anything about Washington?",
            ("what_said", "Austin", "Washington", False),
        ),
        (
            "Who said that Russia has enough troops?",
            ("who_said", None, "Russia has enough troops", False),
        ),
        (
            "What has Stoltenberg been saying about Russia?",
            ("what_said", "Stoltenberg", "Russia", False),
        ),
        ("Tell me what Truss said about Moscow", ("what_said", "Truss", "Moscow", False)),
        (
            "Who warned about a false-flag operation?",
            ("who_said", None, "a false-flag operation", False),
        ),
        ("what else did he say?", ("what_said", None, None, True)),
        ("And about tanks?", ("what_said", None, "tanks", True)),
        ("What did she say about the ceasefire?", ("what_said", None, "the ceasefire", True)),
        # any speech verb, in any form
        (
            "Who likened the new stadium to a spaceship?",
            ("who_said", None, "the new stadium to a spaceship", False),
        ),
        ("Who forecast a wet winter?", ("who_said", None, "a wet winter", False)),
        (
            "who has repeatedly praised the nurses for their courage",
            ("who_said", None, "the nurses for their courage", False),
        ),
        (
            "Who is quoted as saying the plant was safe?",
            ("who_said", None, "the plant was safe", False),
        ),
        (
            "what did the mayor predict the council would do",
            ("what_said", "the mayor", "the council would do", False),
        ),
        # the tail after the verb, whatever its preposition, is the topic
        (
            "What did Okafor say in her speech at the summit?",
            ("what_said", "Okafor", "in her speech at the summit", False),
        ),
        (
            "what did the governor tell reporters about the budget",
            ("what_said", "the governor", "the budget", False),
        ),
        (
            "What did Lindqvist say when the bridge opened?",
            ("what_said", "Lindqvist", "when the bridge opened", False),
        ),
        (
            "what was Ana Ruiz's view on the strike",
            ("what_said", "Ana Ruiz", "the strike", False),
        ),
        # attacking in words, as headlines put it
        (
            "how did Okafor take a swipe at the council's plans",
            ("what_said", "Okafor", "the council's plans", False),
        ),
        ("who hit out at the referee", ("who_said", None, "the referee", False)),
        ("who rounded on the critics", ("who_said", None, "the critics", False)),
    ],
)
def test_parse_speech_question_recognises_natural_forms(
    question: str, expected: tuple[object, ...]
) -> None:
    parsed = parse_speech_question(question)
    assert parsed is not None
    assert (parsed.kind, parsed.speaker, parsed.topic, parsed.followup) == expected


@pytest.mark.parametrize(
    ("question", "role", "topic"),
    [  # a role noun then a verb in -ed reads as speech: "welcomed"; "brushed off" is "dismissed"
        (
            "Which senator brushed off the audit as politics?",
            "senator",
            "the audit as politics",
        ),
        ("which harbour master warned about the storm?", "harbour master", "the storm"),
        ("Which club spokesman welcomed the apology?", "club spokesman", "the apology"),
    ],
)
def test_which_role_questions_ask_who_said(question: str, role: str, topic: str) -> None:
    parsed = parse_speech_question(question)
    assert parsed is not None
    assert (parsed.kind, parsed.role, parsed.topic) == ("who_said", role, topic)


@pytest.mark.parametrize(
    "question",
    [
        "How many troops are on the border?",
        "Where is the Donbas region?",
        "NATO tanks",
        "",
        "Who won the cup final?",
        "which team scored first",
        # refusing to speak is not speaking: "who refused to comment on the merger" asks for
        # words refusing, not on the merger (test_who_said_refusals)
        "who refused to comment",
        "who is going to win the election",
        "who hit the ball into the stands",
        "who took a walk at dawn",
        "which company bought ask jeeves",  # "ask" is part of a name, not the verb
        "which firm sold warn labs to a rival",
        # a passive asks what a thing is, not its words ("What Beige Book called" was shown)
        "what is brad gilbert's tennis book called",
        "what was the band's first album called?",
        "what were the new rules called",
        # after "is" a speech verb is an -ing form: "note" here is a bank note
        "what is going to happen to the old ten-krona note",
        "who is writing the music for the show",  # the author of a work, as "who wrote"
    ],
)
def test_parse_speech_question_returns_none_for_ordinary_questions(question: str) -> None:
    assert parse_speech_question(question) is None


@pytest.mark.parametrize(
    ("question", "verb", "topic"),
    [
        # a verb reporting a clause asks whose view the clause is, whatever the verb
        (
            "who couldn't understand why the ferry was late again",
            "understand",
            "why the ferry was late again",
        ),
        ("who ruled there was no case to answer", "ruled", "there was no case to answer"),
        (
            "who found it odd that the mayor stayed away",
            "found",
            "it odd that the mayor stayed away",
        ),
        ("who wondered whether the dam would hold", "wondered", "whether the dam would hold"),
        ("who knew how the thieves got in", "knew", "how the thieves got in"),
    ],
)
def test_a_verb_reporting_a_clause_asks_who_said_it(question: str, verb: str, topic: str) -> None:
    parsed = parse_speech_question(question)
    assert parsed is not None
    assert (parsed.kind, parsed.speaker, parsed.verb, parsed.topic) == (
        "who_said",
        None,
        verb,
        topic,
    )


@pytest.mark.parametrize(
    "question",
    [
        "who painted that picture",  # "that" a determiner: no clause after it
        "which striker scored that goal",
        "who knows how to fix the old clock",  # no clause: how to do it
        "who decided whether to sell the old clock",  # a choice made, no clause
        "who knows how many goals were scored",  # a number asked
        "who found it in the attic",
        "who is there",
    ],
)
def test_a_verb_without_a_reported_clause_stays_an_ordinary_question(question: str) -> None:
    assert parse_speech_question(question) is None


@pytest.mark.parametrize(
    ("question", "role", "topic"),
    [
        ("which judge ruled there was no case to answer", "judge", "there was no case to answer"),
        (
            "which economist wondered whether rates would rise",
            "economist",
            "whether rates would rise",
        ),
        # "found" is spelt as a bare verb ("which company bought ask jeeves"), but the clause
        # it reports makes it the verb asked
        (
            "which minister found it odd that the ferry was late",
            "minister",
            "it odd that the ferry was late",
        ),
    ],
)
def test_a_role_reporting_a_clause_asks_which_of_them_said_it(
    question: str, role: str, topic: str
) -> None:
    parsed = parse_speech_question(question)
    assert parsed is not None
    assert (parsed.kind, parsed.role, parsed.topic) == ("who_said", role, topic)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what has the union called for", "the union"),  # "has": the union's words
        ("what was the minister called by the protesters", None),  # an agent: still words
        ("what is being said about the budget", "people"),
    ],
)
def test_a_passive_with_an_agent_or_another_auxiliary_is_still_speech(
    question: str, speaker: str | None
) -> None:
    parsed = parse_speech_question(question)
    assert parsed is not None
    if speaker:
        assert parsed.speaker == speaker


@settings(deadline=None)
@given(st.text(max_size=80))
def test_parse_speech_question_never_raises(question: str) -> None:
    parsed = parse_speech_question(question)
    assert parsed is None or parsed.kind in {"what_said", "who_said"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "critic" after a possessive is a person, not the verb "criticise"
        (
            "What did Empire's critic say about the race?",
            ("what_said", "Empire's critic", "the race", "say"),
        ),
        ("what's Ana Ruiz been saying about tanks", ("what_said", "Ana Ruiz", "tanks", "saying")),
        # a body named in the possessive, no verb but the one after it: that is the verb
        ("what did Pell's say about tanks", ("what_said", "Pell's", "tanks", "say")),
        (
            "has Bowes & Crane's commented on rents",
            ("what_said", "Bowes & Crane's", "rents", "commented"),
        ),
        # a past verb opening a "that" clause asks who said the clause
        (
            "who disputed that factories were in recession",
            ("who_said", None, "factories were in recession", "disputed"),
        ),
    ],
)
def test_speech_questions_with_nouns_like_verbs_and_contractions(
    question: str, expected: tuple[str, str | None, str, str]
) -> None:
    parsed = parse_speech_question(question)
    assert parsed is not None
    assert (parsed.kind, parsed.speaker, parsed.topic, parsed.verb) == expected
    assert past_tense(parsed.verb or "") in {"said", "disputed", "commented"}


@pytest.mark.parametrize(
    ("question", "verb", "topic"),
    [
        (
            "who was pleased to announce the sale of the ferries?",
            "announce",
            "the sale of the ferries",
        ),
        ("who was the first to say the plan would fail", "say", "the plan would fail"),
        ("Who went on to warn about storms?", "warn", "storms"),
    ],
)
def test_a_speech_verb_after_to_asks_who_said(question: str, verb: str, topic: str) -> None:
    read = parse_speech_question(question)
    assert read is not None and read.kind == "who_said"
    assert (read.verb, read.topic) == (verb, topic)


@pytest.mark.parametrize(
    ("question", "verb", "topic", "role"),
    [
        ("which analyst went on to warn the rate would rise", "warn", "the rate would rise",
         "analyst"),
        ("which museum director was quick to deny the vase was a fake", "deny",
         "the vase was a fake", "museum director"),
        ("which port minister was the first to say the pier was unsafe", "say",
         "the pier was unsafe", "port minister"),
    ],
)  # fmt: skip
def test_a_speech_verb_after_to_asks_which_one_said(
    question: str, verb: str, topic: str, role: str
) -> None:
    # as "who went on to warn ...": one rule for both readings (`said_after_to`)
    read = parse_speech_question(question)
    assert read is not None and read.kind == "who_said"
    assert (read.verb, read.topic, read.role) == (verb, topic, role)


@pytest.mark.parametrize(
    "question",
    [
        "which ferry firm is set to announce new routes",  # what a firm means to do
        "which winger went on to score twice",  # a deed after "to"
        "which steward refused to comment on the vote",  # read as a refusal, not "comment"
    ],
)
def test_a_body_or_a_deed_after_to_is_no_which_said_reading(question: str) -> None:
    read = parse_speech_question(question)
    assert read is None or read.verb == "refused"


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("how did Ana Ruiz respond to the claims", "responded to the claims"),
        ("how did Ana Ruiz react to the defeat", "reacted to the defeat"),
        ("what did Ana Ruiz say about the strike", "said about the strike"),
        ("did Ana Ruiz comment on the strike", "said about the strike"),
        ("has Ana Ruiz spoken about the strike", "said about the strike"),
    ],
)
def test_the_lead_line_verb_keeps_its_preposition(question: str, asked: str) -> None:
    parsed = parse_speech_question(question)
    assert parsed is not None and parsed.asked == asked
    assert parsed.topic == asked.split(maxsplit=2)[2]


@pytest.mark.parametrize(
    ("question", "speaker", "topic"),
    [
        ("🙂 what did Ana Ruiz say about the 🚢 strike?", "Ana Ruiz", "the strike"),
        ("hi, what did Ana Ruiz say about the strike", "Ana Ruiz", "the strike"),
        ("Hello! what did Ana Ruiz say", "Ana Ruiz", None),
    ],
)
def test_a_chats_greetings_and_emoji_are_no_part_of_the_question(
    question: str, speaker: str, topic: str | None
) -> None:
    parsed = parse_speech_question(question)
    assert parsed is not None and (parsed.kind, parsed.speaker, parsed.topic) == (
        "what_said",
        speaker,
        topic,
    )


@pytest.mark.parametrize(
    ("question", "asked", "topic"),
    [
        ("did Ana Ruiz criticise the budget", "said about the budget", "the budget"),
        ("did ana ruiz apologise for the delays", "said about the delays", "the delays"),
        ("does Ana Ruiz regret the strike", "said about the strike", "the strike"),
        ("did Ana Ruiz cry after the final", "said after the final", "after the final"),
        ("did Ana Ruiz warn that fares would rise", "said", "fares would rise"),
        ("did Ana Ruiz tell reporters about the plan", "told reporters about the plan",
         "the plan"),
    ],
)  # fmt: skip
def test_a_yes_no_question_is_answered_with_what_they_said_about_it(
    question: str, asked: str, topic: str
) -> None:
    # "What Ana Ruiz criticised the budget" is no English: the answer is what she said about it
    parsed = parse_speech_question(question)
    assert parsed is not None and parsed.kind == "what_said"
    assert (parsed.asked, parsed.topic) == (asked, topic)


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("which player scored the winning goal", None),  # who scored: no quote answers it
        ("which actor starred in the film", None),
        ("which expert backed the club over the ban", "backed"),  # a side taken: said so
        ("which chief objected to the film", "objected"),
        ("which economist reckoned that rates would rise", "reckoned"),
    ],
)
def test_a_verb_after_a_word_for_people_asks_who_said_only_of_taking_a_side(
    question: str, verb: str | None
) -> None:
    parsed = parse_speech_question(question)
    assert (parsed.verb if parsed is not None else None) == verb


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what did dr lena kelly say", "dr lena kelly"),
        ("what did lena kelly say about roads", "lena kelly"),
        ("what did mr donnelly say", "mr donnelly"),
        ("what did lena really say", "lena"),
        ("what did okafor really say", "okafor"),
        ("what did port adviser ida brandt say about fees", "port adviser ida brandt"),
    ],
)
def test_a_surname_like_an_adverb_after_a_first_name_or_title_is_the_name(
    question: str, speaker: str
) -> None:
    # "what did dr david kelly say" asked about "dr david"; "adviser" was read as the verb
    found = parse_speech_question(question)
    assert found is not None and found.speaker == speaker


@pytest.mark.parametrize(
    ("question", "topic", "asked"),
    [
        ("what is oxfam urging tony blair to do", "tony blair", "urged tony blair to do"),
        ("what did the union ask its members to do", "its members", "asked its members to do"),
    ],
)
def test_the_one_bidden_to_do_something_is_the_topic(
    question: str, topic: str, asked: str
) -> None:
    # the deed asked is what the words say; "to do" is no word a quote names
    found = parse_speech_question(question)
    assert found is not None and (found.topic, found.asked) == (topic, asked)


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        # a firm's or a club's plan is a story's to tell: "which network wants to remake X"
        ("which tv network wants to remake the soap", None),
        ("which club hopes to sign the young winger", None),
        ("which firm expects to buy the old brewery", None),
        # a person's wish is words they said, and a view before no "to" stays one
        ("which minister wants to ban the boats", "wants"),
        ("which economist expects rates to rise", "expects"),
    ],
)
def test_a_plan_of_a_body_asks_what_it_means_to_do_not_who_said_it(
    question: str, verb: str | None
) -> None:
    parsed = parse_speech_question(question)
    assert (parsed.verb if parsed is not None else None) == verb


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        # wanting others to know or hear something is telling them
        ("what did ada vale want the ferry crews to know after the strike", "ada vale"),
        ("what did the mayor want voters to hear about the new bridge", "the mayor"),
        # a wish of one's own, or others bidden to do something, is no speech
        ("what did ada vale want to know", None),
        ("what does the union want", None),
        ("what did the mayor want voters to do", None),
    ],
)
def test_wanting_others_to_know_something_asks_what_was_said(
    question: str, speaker: str | None
) -> None:
    parsed = parse_speech_question(question)
    assert (parsed.speaker if parsed is not None else None) == speaker
