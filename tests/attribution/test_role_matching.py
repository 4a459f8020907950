"""Role matching: who a role in a question means, from the role words the articles give."""

from __future__ import annotations

import pytest

from qabot.attribution import SpeakerDirectory
from qabot.attribution.role_forms import agent_bases
from qabot.attribution.speaker_words import role_word
from qabot.records import Quote


def quote(article: str, speaker: str, text: str, sentence: str | None = None) -> Quote:
    return Quote(article, speaker, text, "direct", "said", 0, len(text), sentence or text)


def test_a_role_means_a_person_and_not_its_shadow_or_former_holder() -> None:
    texts = {
        "a": "Foreign Secretary Ann Ward said talks would resume. Shadow foreign secretary Bo "
        "Lind said they had failed. Former foreign secretary Cy Moss said little. Harbour Radio, "
        "the foreign secretary's favourite station, said it would broadcast the talks.",
    }
    quotes = [
        quote(
            "a",
            "Ann Ward",
            "talks would resume",
            "Foreign Secretary Ann Ward said talks would resume.",
        ),
        quote(
            "a",
            "Bo Lind",
            "they had failed",
            "Shadow foreign secretary Bo Lind said they had failed.",
        ),
        quote("a", "Cy Moss", "little", "Former foreign secretary Cy Moss said little."),
    ]
    directory = SpeakerDirectory.build(quotes, texts)
    assert directory.resolve("the foreign secretary")[0] == "Ann Ward"
    assert directory.resolve("the shadow foreign secretary")[0] == "Bo Lind"


def test_a_role_named_by_country_finds_the_one_written_with_its_people() -> None:
    texts = {
        "a": "Freedonian President Ana Ruiz said the border would open.",
        "b": "Sylvanian President Bo Lind said the border would stay shut.",
    }
    quotes = [
        quote("a", "Ana Ruiz", "the border would open", texts["a"]),
        quote("b", "Bo Lind", "the border would stay shut", texts["b"]),
        quote("b", "Bo Lind", "talks were over", "Bo Lind said talks were over."),
    ]
    directory = SpeakerDirectory.build(quotes, texts)
    assert directory.resolve("Freedonia's president")[0] == "Ana Ruiz"
    assert directory.resolve("the president of Freedonia")[0] == "Ana Ruiz"


def test_someone_of_the_owner_in_another_role_is_not_sure_to_hold_the_one_asked() -> None:
    quotes = [
        quote("a", "Mo Rudd", "We were poor.", "Wales coach Mo Rudd said: We were poor."),
        quote("b", "Al Penn", "We won.", "Wales captain Al Penn said: We won."),
    ]
    texts = {q.article_id: q.sentence for q in quotes}
    match = SpeakerDirectory.build(quotes, texts).match("the Wales captain")
    assert match.people[0] == "Al Penn"
    # the articles give others the captaincy and him a noun of his own: he is not its holder
    assert "Mo Rudd" not in match.people


def test_a_role_is_not_held_by_someone_of_the_owner_called_only_by_another_role() -> None:
    sentence = "Tom Hale, the Gazette's head of development, said apps would help."
    quotes = [quote("a", "Tom Hale", "apps would help", sentence)]
    directory = SpeakerDirectory.build(quotes, {"a": sentence})
    assert directory.resolve("the Gazette head of development")[0] == "Tom Hale"
    assert directory.resolve("the Gazette chairman") == []


def test_a_deputy_is_not_who_the_role_itself_means() -> None:
    sentence = "Growth was faster, according to Harbour Bank deputy governor Ada Vance."
    quotes = [quote("a", "Ada Vance", "Growth was faster", sentence)]
    directory = SpeakerDirectory.build(quotes, {"a": sentence})
    assert directory.resolve("the Harbour Bank deputy governor")[0] == "Ada Vance"
    assert directory.resolve("the Harbour Bank governor") == []


def test_a_role_given_once_weighs_less_than_one_the_articles_keep_giving() -> None:
    # the holder is called it in three articles, the detainee (quoted more) once
    texts = {
        "a": "Home secretary Nina Hale said the law would change.",
        "b": "Home secretary Nina Hale said the review was over.",
        "c": "Home secretary Nina Hale told MPs the bill was ready.",
        "d": "Otto Vey said he was held for a year. The home secretary said he would not "
        "launch an inquiry.",
    }
    # a misread pronoun gives the detainee the home secretary's words, and so the role, once
    misread = "The home secretary said he would not launch an inquiry."
    quotes = [quote(a, "Nina Hale", "the law would change", texts[a]) for a in ("a", "b", "c")] + [
        quote("d", "Otto Vey", "he would not launch an inquiry", misread),
        *(quote("d", "Otto Vey", f"he was held for a year ({n})") for n in range(4)),
    ]
    directory = SpeakerDirectory.build(quotes, texts)
    assert directory.resolve("the home secretary")[0] == "Nina Hale"


def test_a_body_is_no_holder_of_its_own_role() -> None:
    texts = {
        "a": "Petrona, the oil giant and owner of the refinery, said it would appeal.",
        "b": "Petrona chief executive Lev Orlov said the assets were seized.",
    }
    quotes = [
        quote("a", "Petrona", "it would appeal", texts["a"]),
        quote("b", "Lev Orlov", "the assets were seized", texts["b"]),
    ]
    directory = SpeakerDirectory.build(quotes, texts)
    assert directory.resolve("the Petrona boss") == ["Lev Orlov"]


def test_a_nickname_ending_in_one_is_no_role() -> None:
    # "the special one" is a nickname: "special" is no role word to match a "special projects
    # manager" with, so nobody is named rather than the wrong person
    sentence = "The cost is $40,000 a day, said Lu Pan, a special projects manager at the office."
    texts = {"a": sentence}
    quotes = [quote("a", "Lu Pan", "The cost is $40,000 a day", sentence)]
    directory = SpeakerDirectory.build(quotes, texts)
    assert directory.resolve("the special projects manager")[0] == "Lu Pan"
    assert directory.resolve("the special one") == []


def test_a_role_word_in_either_spelling_is_one_word() -> None:
    # "Deloitte's chief economic advisor Roger Bootle" is "deloitte's chief economic adviser"
    assert role_word("advisor") == role_word("adviser") == role_word("advisers")


def test_a_party_by_either_of_its_names_is_one_role_word() -> None:
    assert role_word("Tory") == role_word("tories") == role_word("Conservative")
    assert role_word("lib") == role_word("liberal")
    assert role_word("Dem") == role_word("democrats")


def test_a_role_asked_with_a_partys_other_name_is_the_same_role() -> None:
    texts = {
        "a": "Conservative health spokesman Ann Vale said waiting lists grew.",
        "b": "Lib Dem health spokesman Tom Hale said nurses were tired.",
        "c": "Tory MP Ivo Brandt said the vote was lost.",
    }
    quotes = [
        quote("a", "Ann Vale", "Waiting lists grew", texts["a"]),
        quote("b", "Tom Hale", "Nurses are tired", texts["b"]),
        quote("c", "Ivo Brandt", "The vote was lost", texts["c"]),
    ]
    directory = SpeakerDirectory.build(quotes, texts)
    assert directory.resolve("the tory health spokesman")[0] == "Ann Vale"
    assert directory.resolve("the liberal democrat health spokesman")[0] == "Tom Hale"
    assert directory.resolve("the conservative mp")[0] == "Ivo Brandt"


def test_a_manager_of_a_field_is_not_the_firms_boss() -> None:
    texts = {
        "a": "Tom Hale, a security manager at Lanner, said the flaw was fixed.",
        "b": "Lanner chairman Ada Vance said profits rose.",
        "c": "Rovers manager Ivo Brandt said the side had played well.",
    }
    quotes = [
        quote("a", "Tom Hale", "the flaw was fixed", texts["a"]),
        quote("b", "Ada Vance", "profits rose", texts["b"]),
        quote("c", "Ivo Brandt", "the side had played well", texts["c"]),
    ]
    directory = SpeakerDirectory.build(quotes, texts)
    assert directory.resolve("the Lanner boss")[0] == "Ada Vance"
    assert "Tom Hale" not in directory.resolve("the Lanner boss")
    assert directory.resolve("the Rovers boss")[0] == "Ivo Brandt"  # a club's manager is the boss


def test_a_country_word_of_a_longer_owners_name_is_not_that_country() -> None:
    # "the Freedonia coach" is Ana Ruiz, not the coach of the "British and Freedonian Lions"
    texts = {
        "a": "Freedonia coach Ana Ruiz said the team was ready.",
        "b": "British and Freedonian Lions coach Bo Lind said the tour was hard.",
    }
    quotes = [
        quote("a", "Ana Ruiz", "the team was ready", texts["a"]),
        quote("b", "Bo Lind", "the tour was hard", texts["b"]),
    ]
    match = SpeakerDirectory.build(quotes, texts).match("the Freedonia coach")
    assert match.people[:2] == ["Ana Ruiz", "Bo Lind"]
    assert match.scores[0] > match.scores[1]


def test_someone_of_the_owner_with_a_noun_of_their_own_is_not_the_role_asked() -> None:
    # "the Freedonia runner" is nobody here but the runner: not the Freedonia minister, and
    # "the second seed" is no striker of a "second goal"
    texts = {
        "a": "Freedonia minister Ana Ruiz said the bridge would open.",
        "b": "Kenyan runner Bo Lind said the race was hard.",
        "c": "Rovers striker Cy Moss, scorer of the second goal, said it was deserved.",
        "d": "Third seed Di Vey said the draw was kind.",
    }
    quotes = [
        quote(a, name, "it was so", texts[a])
        for a, name in zip("abcd", ["Ana Ruiz", "Bo Lind", "Cy Moss", "Di Vey"], strict=True)
    ]
    directory = SpeakerDirectory.build(quotes, texts)
    assert "Ana Ruiz" not in directory.resolve("the Freedonia runner")
    assert "Cy Moss" not in directory.resolve("the second seed")
    assert directory.resolve("the Freedonia minister")[0] == "Ana Ruiz"


def test_a_role_word_asked_without_its_hyphen_is_the_one_written_with_it() -> None:
    sentence = "Party policy co-ordinator Dee Hale said the plan would work."
    quotes = [quote("a", "Dee Hale", "the plan would work", sentence)]
    directory = SpeakerDirectory.build(quotes, {"a": sentence})
    assert directory.role_share("Dee Hale", "coordinator") == 1.0


@pytest.mark.parametrize(
    ("sentence", "speaker", "role"),
    [
        ("Orla Venn, the bank's chairman, said the loan was sound.", "Orla Venn", "banker"),
        ("Founding member Per Dahl said the band was recording.", "Per Dahl", "founder"),
    ],
)
def test_an_agent_noun_asked_is_the_doer_of_a_role_word_held(
    sentence: str, speaker: str, role: str
) -> None:
    quotes = [quote("a", speaker, "it was so", sentence)]
    directory = SpeakerDirectory.build(quotes, {"a": sentence})
    assert directory.role_share(speaker, role) == 1.0


def test_an_agent_noun_holds_no_base_of_another_word() -> None:
    sentence = "Bank chairman Orla Venn said the loan was sound."
    quotes = [quote("a", "Orla Venn", "the loan was sound", sentence)]
    directory = SpeakerDirectory.build(quotes, {"a": sentence})
    # "banker" is the doer of "bank"; "boxer" and "user" are of nothing she holds
    assert directory.role_share("Orla Venn", "boxer") == 0.0
    assert directory.role_share("Orla Venn", "user") == 0.0
    assert agent_bases("banker") == {"bank"}
    assert agent_bases("user") == frozenset()
    assert agent_bases("chairman") == frozenset()
