"""Cues: the speech-cue pattern finds what a flat alternation finds, the quick check never misses
a cue, and verbs that quote or are passive are read as such."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qabot.attribution.cue_search import (
    cue_cut,
    cue_words,
    holds_any_cue,
    holds_cue,
    may_hold_cue,
    may_hold_noun_cue,
    sentence_cues,
)
from qabot.attribution.cue_spans import content_start
from qabot.attribution.cues import BELIEF_CUE, CUE, NOUN_CUE, word_alternation
from tests.attribution.test_quotes import attributed

INTRO = "The harbour board met on Monday to discuss the ferry."


@given(
    st.sets(st.text("abs ", min_size=1, max_size=4), min_size=1, max_size=12),
    st.text("abs x,", max_size=40),
)
def test_word_alternation_finds_what_a_flat_longest_first_alternation_finds(
    words: set[str], text: str
) -> None:
    # the prefix tree behind the speech-cue pattern must not change which cues are found
    flat = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    tree = word_alternation(words)
    for pattern in (r"(?<!\w)(?:{})(?!\w)", r"(?:{})"):
        expected = [m.span() for m in re.finditer(pattern.format(flat), text)]
        assert [m.span() for m in re.finditer(pattern.format(tree), text)] == expected


_CUE_TEXT = st.lists(
    st.sampled_from(
        [
            *"said Said sAid according to added up by points out warned x é 9 ü".split(),
            *"believe think thinks Think".split(),
            *["’", "'", "-", "_", ".", ",", " ", "  ", "\n", "“"],
        ]
    ),
    max_size=30,
).map("".join)


@given(_CUE_TEXT)
def test_may_hold_cue_is_false_only_where_no_cue_is(text: str) -> None:
    # paragraphs it rules out are skipped by the extractor: it must never miss a cue
    assert may_hold_cue(text) or CUE.search(text) is None


@given(_CUE_TEXT, st.integers(0, 30), st.integers(0, 30))
def test_cues_are_looked_for_only_where_they_may_be_and_found_as_the_patterns_find_them(
    text: str, start: int, end: int
) -> None:
    # a quick check of the words before the patterns: the same answers, the same matches
    assert holds_cue(text) == bool(CUE.search(text) or BELIEF_CUE.search(text))
    expected = [*CUE.finditer(text, start, end), *BELIEF_CUE.finditer(text, start, end)]
    found = sentence_cues(text, start, end)
    assert [(m.re, m.span()) for m in found] == [(m.re, m.span()) for m in expected]
    # ... and the same when the sentence's words are sliced from its paragraph cut once
    found = sentence_cues(text, start, end, cue_cut(text))
    assert [(m.re, m.span()) for m in found] == [(m.re, m.span()) for m in expected]


def test_quoting_verbs_attribute_the_quoted_words_that_follow() -> None:
    quotes = attributed(
        INTRO, "Ana Ruiz bemoaned \u201ca board that never listens to the people it serves.\u201d"
    )
    assert [speaker for speaker, _ in quotes] == ["Ana Ruiz"]


def test_a_passive_is_no_cue() -> None:
    quotes = attributed(
        INTRO,
        "Ferries maintained by the board run every hour. The board said it was pleased.",
    )
    assert [speaker for speaker, _ in quotes] == ["the board"]


def test_states_reports_words_only_when_that_a_colon_or_a_quote_follows() -> None:
    assert (
        attributed(
            "The other states voting Tuesday are Ohio and Utah. Five states hold primaries today."
        )
        == []
    )
    assert attributed("The report states that the plan failed.") == [
        ("the report", "the plan failed")
    ]


def test_an_object_of_maintained_or_declared_is_no_words_said() -> None:
    assert (
        attributed(
            "Sen. Ada Morrow maintained her double-digit lead over Ben Voss. Ben Voss declared "
            "victory in Ohio."
        )
        == []
    )
    assert attributed("The campaign maintained they were not marked classified at the time.") == [
        ("the campaign", "they were not marked classified at the time")
    ]


@given(st.lists(st.sampled_from([*list("ab ,.:'’nt"), "was ", "his ", "that "])).map("".join))
def test_content_after_maintained_starts_inside_the_text(rest: str) -> None:
    text = "X maintained" + rest
    start = content_start(text, "maintained", len("X maintained"), len(text))
    assert start is None or len("X maintained") <= start <= len(text)


def test_called_naming_something_reports_no_words() -> None:
    assert (
        attributed(
            "A new group called Black Votes Matter is trying to raise money. Mr. Barack Obama "
            "called Naghmeh Abedini. Clinton leads with elected officials, called superdelegates, "
            "and is on track. The so- called special relationship is old."
        )
        == []
    )
    assert attributed(
        "Mr. Donald Trump called Hillary Clinton a liar. Sen. Ted Cruz called the deal “a "
        "betrayal”. Mayor Bill Blasio, speaking on the radio, called Trump a “blowhard.”"
    ) == [
        ("Donald Trump", "Hillary Clinton a liar"),
        ("Ted Cruz", "the deal “a betrayal”"),
        ("Bill Blasio", "Trump a “blowhard.”"),
    ]


def test_how_or_where_something_was_said_is_not_what_was_said() -> None:
    assert (
        attributed(
            "Eva Moss, a retired worker, said pleasantly into the phone. Corey Lane said "
            "without further comment. Ms. Laura Bush wrote the introduction for a new book. "
            "NEW YORK, Dec. 22 (UPI) -- Chelsea Brandt announced her plans."
        )
        == []
    )
    assert attributed(
        "Mr Charles Kenning said afterwards that the prime minister had offered some movement. "
        '"I am calling from the campaign," Eva Moss, a retired worker, said pleasantly into the '
        "phone."
    ) == [
        ("Charles Kenning", "the prime minister had offered some movement"),
        ("Eva Moss", "I am calling from the campaign"),
    ]


def test_the_one_told_and_when_or_where_are_not_what_was_said() -> None:
    for told in ("the Scottish Parliament on Wednesday", "MPs in a statement", "BBC Radio Wales"):
        assert attributed(
            "Jack McConnell spoke.", f"He told {told} that the ban would come into force in 2006."
        ) == [("Jack McConnell", "the ban would come into force in 2006")]


def test_a_quoted_phrase_is_not_the_subjects_when_the_sentence_names_another_source() -> None:
    # the phrase is the adviser's, whom the sentence does not name: stored as nobody's
    assert (
        attributed(
            "Chancellor Gordon Brown will meet his golden rule “with a margin to spare”, "
            "according to his former chief economic adviser."
        )
        == []
    )
    assert attributed(
        "President Ana Ruiz attacked “the hateful ideology of the gangs” today."
    ) == [("Ana Ruiz", "the hateful ideology of the gangs")]


def test_a_denied_cue_reports_no_words() -> None:
    for denied in ("refused to say", "has not said", "would not say", "didn't say", "never said"):
        assert attributed(f"The ministry {denied} if it would appeal against the ruling.") == []
    assert attributed(
        "Mr Smith, who did not say when, said on Monday that he would appeal against the ruling."
    ) == [("Smith", "he would appeal against the ruling")]


def test_a_quoted_phrase_after_a_subject_and_a_modal_is_not_the_subjects() -> None:
    assert attributed(
        "Prince Harry should see for himself “the results of the hated symbol he chose to "
        "wear”, Rabbi Marvin Hier, founder of the Wiesenthal Center in Los Angeles, said."
    ) == [("Marvin Hier", "the results of the hated symbol he chose to wear")]


def test_the_one_told_before_a_clause_without_that_is_not_what_was_said() -> None:
    for told, said in [
        ("the BBC he would not resign", "he would not resign"),
        ("reporters it was a good day", "it was a good day"),
        ("BBC News the ban was needed", "the ban was needed"),
        ("him it was over", "it was over"),
        ("of his fears that the ban would fail", "the ban would fail"),
    ]:
        assert attributed("Jack McConnell spoke.", f"He told {told}.") == [
            ("Jack McConnell", said)
        ]


def test_that_before_a_verb_is_part_of_what_was_said() -> None:
    assert attributed("Sir Edward Heath spoke.", "He said that was impossible.") == [
        ("Edward Heath", "that was impossible")
    ]
    assert attributed("Sir Edward Heath spoke.", "He said that the plan was impossible.") == [
        ("Edward Heath", "the plan was impossible")
    ]


def test_a_cue_between_a_subject_and_its_verb_reports_the_whole_clause() -> None:
    said = [
        ("The economy, he said, is strong.", "The economy, he said, is strong"),
        (
            "And that, Mr Brown said, was in the works.",
            "And that, Mr Brown said, was in the works",
        ),
        (
            "This was the message many pressed for, and voters, he believes, will warm to it.",
            "voters, he believes, will warm to it",
        ),
        (
            "He spoke of the stability he had brought and which, he claimed, would be lost.",
            "which, he claimed, would be lost",
        ),
    ]
    for sentence, words in said:
        assert attributed("Gordon Brown spoke.", sentence) == [("Gordon Brown", words)]
    # a cue after a whole clause still reports only the clause
    assert attributed("Gordon Brown spoke.", "Sales will fall, he said.") == [
        ("Gordon Brown", "Sales will fall")
    ]


def test_a_quoting_verb_without_quoted_words_introduces_the_next_quote() -> None:
    opening = "Fostering Network director Robert Tapsfield criticised the existing system."
    criticised = ("Robert Tapsfield", "the existing system")  # what he criticised, reported
    assert attributed(
        f"{opening} “There is no logic to a system which values children less.”"
    ) == [
        criticised,
        ("Robert Tapsfield", "There is no logic to a system which values children less."),
    ]
    # once he has spoken, a quote after narration goes on with him, as after "X said ..."
    assert attributed(f"{opening} The council disagreed. “There is no logic to it at all.”") == [
        criticised,
        ("Robert Tapsfield", "There is no logic to it at all."),
    ]
    # not over the quote's own cue
    assert attributed(f"{opening} “There is no logic to it,” said Jane Smith.") == [
        criticised,
        ("Jane Smith", "There is no logic to it"),
    ]


def test_the_question_asked_is_not_the_answer() -> None:
    assert attributed("John Smith spoke.", "Asked whether he would resign, he said no.") == []
    assert attributed("John Smith spoke.", "Asked about the aid, he said it would come.") == [
        ("John Smith", "it would come")
    ]


@pytest.mark.parametrize(
    "when", ["on Friday", "last week", "earlier this month", "yesterday", "on Tuesday night"]
)
def test_when_words_were_said_between_cue_and_clause_are_not_the_words(when: str) -> None:
    assert attributed(f"Ana Ruiz said {when} she would sell the ferry.") == [
        ("Ana Ruiz", "she would sell the ferry")
    ]


def test_when_then_where_something_was_said_reports_no_words() -> None:
    assert attributed("Ana Ruiz said on Monday at a rally in Leeds.") == []


def test_people_named_by_role_believe_what_follows() -> None:
    assert attributed(
        "Fares rose, but economists believe the ferry levy will fall next year."
    ) == [("economists", "the ferry levy will fall next year")]


@pytest.mark.parametrize(
    "text",
    [
        "I think the ferry levy will fall next year.",
        "Skippers who think the levy is fair are few.",
        "Vance could not believe the ferry had sailed.",
        "A harbour think tank said nothing.",
        "One-third of harbour economists believe the levy is fair.",
        'Fares rose, but economists believe the levy is "a fair price".',
    ],
)
def test_a_belief_of_no_one_named_is_no_attribution(text: str) -> None:
    assert all(speaker != "the writer" for speaker, _ in attributed(text))
    assert all(
        not said.startswith(("the ferry", "the levy", "tank")) for _, said in attributed(text)
    )


_ANY_CUE_TEXT = st.lists(
    st.one_of(
        _CUE_TEXT, st.sampled_from(["claim", "claims", "Claim", "insistence", " that ", "x"])
    ),
    max_size=6,
).map("".join)


@given(_ANY_CUE_TEXT, st.integers(0, 60), st.integers(0, 60))
def test_an_article_cut_once_gives_each_paragraph_its_cue_words_and_the_same_answer(
    text: str, start: int, end: int
) -> None:
    # the extractor cuts an ASCII article once and slices each paragraph's words from it
    cut = cue_cut(text)
    part = text[start:end]
    if cut is None:
        assert not text.isascii()
    else:
        assert cut[start:end].split() == cue_words(part)
    assert holds_any_cue(part, cue_words(part)) == (holds_cue(part) or may_hold_noun_cue(part))


def test_a_paragraph_without_cue_words_is_passed_over_and_one_with_them_is_not() -> None:
    assert not holds_any_cue("The ferry left at noon.", cue_words("The ferry left at noon."))
    for text in ("The board said it was pleased.", "Ana Ruiz believes it.", "His claim that"):
        assert holds_any_cue(text, cue_words(text))


@given(_ANY_CUE_TEXT, st.integers(0, 60), st.integers(0, 60))
def test_a_sentences_cues_are_what_the_three_patterns_find_with_or_without_a_cut(
    text: str, start: int, end: int
) -> None:
    expected = [
        *CUE.finditer(text, start, end),
        *BELIEF_CUE.finditer(text, start, end),
        *NOUN_CUE.finditer(text, start, end),
    ]
    for cut in (None, cue_cut(text)):
        found = sentence_cues(text, start, end, cut)
        assert [(m.re, m.span()) for m in found] == [(m.re, m.span()) for m in expected]


def test_called_telephoning_or_naming_reports_no_words() -> None:
    assert (
        attributed(
            "Ana Ruiz called the police while on her way home. The clinic called the Marsh "
            "County Coroner's Office asking questions. He sent along a woman called Ida "
            "Brandt to collect the prize. The band released an EP called Salt Roads, due in "
            "May. One kind of malware called scareware has spread. Officers were called to "
            "the flat. The app routes calls via the net. Ms Ruiz called a press conference "
            "on Monday."
        )
        == []
    )


def test_called_with_a_complement_still_reports_words() -> None:
    assert attributed(
        "Ana Ruiz called the change pragmatic. A spokesman called the decision disappointing. "
        "Tom Reed called it a sham. Lena Holt called the new targets “hugely unambitious”."
    ) == [
        ("Ana Ruiz", "the change pragmatic"),
        ("a spokesman", "the decision disappointing"),
        ("Tom Reed", "it a sham"),
        ("Lena Holt", "the new targets “hugely unambitious”"),
    ]


def test_according_to_a_source_described_after_it_gives_the_words_before() -> None:
    assert attributed(
        "Bus fares rose 4 percent last year, according to the Harbour Institute, a research "
        "group that tracks prices. Ferry use fell, according to Tarrow Mutual, which insures "
        "the boats. According to Acme, a toy maker, sales rose. According to the survey, a "
        "majority of riders are over 40, with the average rider aged 52."
    ) == [
        ("Harbour Institute", "Bus fares rose 4 percent last year"),
        ("Tarrow Mutual", "Ferry use fell"),
        ("Acme", "sales rose"),
        ("the survey", "a majority of riders are over 40, with the average rider aged 52"),
    ]


def test_a_quote_after_a_question_is_not_said_by_whom_the_question_names() -> None:
    # the writer asks, the interviewee answers: the person the question quotes did not say it
    found = attributed(
        "Mr Orrin was in a good mood. So is the party's job to sink the Whigs, as former member "
        'Tom Vance once declared? "No. Our aim is to leave the union and stiffen their spine."'
    )
    assert not any(speaker == "Tom Vance" for speaker, _ in found)
    # the same cue in a statement still hands its speaker the quote that opens the next sentence
    found = attributed(
        "Tom Vance once declared the party finished. "
        '"No one will vote for it now that the union is gone."'
    )
    assert ("Tom Vance", "No one will vote for it now that the union is gone.") in found


def test_a_quote_after_a_cue_whose_speaker_is_not_read_goes_to_nobody_before() -> None:
    # the cue names someone we cannot read: never the speaker of the paragraph's last quote
    found = attributed(
        "Tom Vance spoke at the rally.",
        'He said: "Your vote was wasted on the old parties." Responding to the claims Harbour '
        'Party co-chairman Ann Pike said: "Like the old parties, they are soft on crime."',
    )
    assert ("Tom Vance", "Your vote was wasted on the old parties.") in found
    assert not any(
        text.startswith("Like the old parties") and who == "Tom Vance" for who, text in found
    )
    # a participle goes on with the subject before it
    found = attributed(
        '"I think Ann Pike would be the best nominee, but she has no chance," Tom Vance said on '
        'the radio, adding, "Her problem is that she is an insider in an outsider year."'
    )
    assert ("Tom Vance", "Her problem is that she is an insider in an outsider year.") in found
    # a speaker read earlier in the quote's own sentence still speaks it
    found = attributed(
        'Mr Tom Vance, who insists he does not feel bitter, said: "I have lost three years of my '
        'life for nothing at all."'
    )
    assert ("Tom Vance", "I have lost three years of my life for nothing at all.") in found
