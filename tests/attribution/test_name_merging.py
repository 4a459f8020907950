"""Name merging: one person across articles, however differently the articles describe them.

Two people may share a full name (a football manager and an MP), but role words alone cannot
tell them apart: the same person changes roles and owners over time and is described by
synonyms. So a full name is one person whatever roles its articles give (when unsure, merge).
"""

from __future__ import annotations

import pytest

from qabot.attribution import SpeakerDirectory
from tests.support.directories import directory_of

ARTICLES = {
    "a": 'Labour MP Dana Whitlow said the vote was lost. "We were outnumbered," she said.',
    "b": 'Dana Whitlow, the chat show host, spoke on Monday. "Ratings are up," Whitlow said.',
    "c": 'East Midlands MEP Dana Whitlow joined the new party. "It is time," she said.',
}


def _directory() -> SpeakerDirectory:
    return directory_of(ARTICLES)


def test_a_person_whose_roles_change_across_articles_stays_one_person() -> None:
    directory = _directory()
    assert [name for name, _ in directory.counts()] == ["Dana Whitlow"]
    assert {"mp", "host", "mep"} <= directory.roles_of("Dana Whitlow")
    assert {q.article_id for q in directory.quotes_of("Dana Whitlow")} == {"a", "b", "c"}


def test_each_role_of_a_person_leads_to_the_same_person() -> None:
    directory = _directory()
    for role in ("the Labour MP", "the chat show host", "the East Midlands MEP"):
        assert directory.resolve(role)[:1] == ["Dana Whitlow"], role


def _surname_directory() -> SpeakerDirectory:
    texts = {
        "d": 'Immigration minister Rhys Tolland said the rules would change. "We will act," '
        "Mr Tolland said.",
        "e": 'Oil firm chief executive Lord Tolland said profits rose. "It was a good year," '
        "Lord Tolland said.",
        "f": 'Tolland said the new rules were fair. "They are fair," Tolland said.',
    }
    return directory_of(texts)


def test_a_lone_surname_given_a_role_the_full_name_never_has_is_another_person() -> None:
    directory = _surname_directory()
    # "Lord Tolland", the oil firm's chief executive, is not the minister Rhys Tolland; the
    # "Tolland" of an article that gives him no role is
    assert {q.article_id for q in directory.quotes_of("Rhys Tolland")} == {"d", "f"}
    assert {q.article_id for q in directory.quotes_of("Lord Tolland")} == {"e"}
    assert directory.match("Tolland").how == "surname"
    assert directory.resolve("the oil firm chief executive")[0] == "Lord Tolland"


def test_a_peer_known_by_a_surname_alone_is_named_with_the_title_and_kept_apart() -> None:
    # "Lord Amberley of Kent" chairs an inquiry: no role noun tells him from the singer Joe
    # Amberley, but a peer's title stands for his first name
    directory = directory_of(
        {
            "m": 'Singer Joe Amberley said the tour was sold out. "We are thrilled," he said.',
            "n": "Lord Amberley of Kent, who chaired the inquiry, said: "
            '"Betting has grown too fast." The report was published on Monday.',
            "o": 'Baroness Quill said the bill was flawed. "It will not work," Baroness Quill '
            "said.",
        }
    )
    assert {q.article_id for q in directory.quotes_of("Joe Amberley")} == {"m"}
    assert {q.article_id for q in directory.quotes_of("Lord Amberley")} == {"n"}
    assert {q.article_id for q in directory.quotes_of("Baroness Quill")} == {"o"}
    assert directory.resolve("Lord Amberley") == ["Lord Amberley"]


def test_a_peer_given_a_role_the_full_name_has_too_is_that_person() -> None:
    directory = directory_of(
        {
            "p": 'Attorney General Tom Pryce said the law was clear. "It is clear," he said.',
            "q": 'Attorney General Lord Pryce said the advice stood. "It stands," Lord Pryce '
            "said.",
        }
    )
    assert [name for name, _ in directory.counts()] == ["Tom Pryce"]


def test_a_short_first_name_given_the_same_role_is_the_full_name_s_person() -> None:
    directory = directory_of(
        {
            "g": "Green Party transport spokesman Tobias Reyne said the fares were too high. "
            '"Nobody can afford the train," Mr Reyne said.',
            "h": 'Green transport spokesman Toby Reyne said buses must come first. "Buses '
            'carry most people," he said.',
            "i": "Green Party transport spokesman Toby Reyne said cycling lanes were too "
            'narrow. "They are dangerous," he added.',
        }
    )
    assert [name for name, _ in directory.counts()] == ["Toby Reyne"]  # the name used most
    assert directory.resolve("Tobias Reyne") == ["Toby Reyne"]
    assert {q.article_id for q in directory.quotes_of("Toby Reyne")} == {"g", "h", "i"}


def test_a_short_first_name_with_no_role_in_common_stays_apart() -> None:
    directory = directory_of(
        {
            "j": 'Rail union leader Sam Okoro said the strike would go ahead. "We are '
            'united," Mr Okoro said.',
            "k": 'Football club chairman Samuel Okoro said the stadium would be rebuilt. "It '
            'will be ready in May," he said.',
        }
    )
    assert sorted(name for name, _ in directory.counts()) == ["Sam Okoro", "Samuel Okoro"]


def test_a_role_quoted_as_it_stands_is_the_one_person_beside_it_who_holds_it() -> None:
    directory = directory_of(
        {
            "r": "Spain's finance minister has said the euro was too strong. "
            'Spanish finance minister Ana Ruiz said she would raise it at the summit. "We '
            'need a weaker euro," Ms Ruiz said. Trader Tom Hale said: "Markets agree."',
        }
    )
    quotes = [q for q in directory.quotes_of("Ana Ruiz")]
    assert "the euro was too strong" in [q.text for q in quotes]


def test_a_role_another_holds_more_often_is_not_given_to_the_one_beside_it() -> None:
    # Pedro Sol is Spain's finance minister in two stories, Ana Ruiz in one other: the role
    # quoted as it stands beside Ruiz, in a story that does not give her it, may be Sol's, so
    # it stays as written
    directory = directory_of(
        {
            "v": 'Spanish finance minister Pedro Sol said taxes would fall. "They will," Mr Sol '
            "said.",
            "w": 'Spanish finance minister Pedro Sol said rates would rise. "They must," he said.',
            "x": "Spain's finance minister has said the euro was too strong. Ana Ruiz said she "
            'would raise it at the summit. "We need a weaker euro," Ms Ruiz said.',
            "y": 'Spanish finance minister Ana Ruiz said the budget was ready. "It is done," '
            "she said.",
        }
    )
    assert "the euro was too strong" not in [q.text for q in directory.quotes_of("Ana Ruiz")]


def test_a_role_its_own_story_gives_the_one_beside_it_is_theirs() -> None:
    # Rob Vane is a "local government spokesman" in two other stories; this story quotes "a
    # government spokesman", then names Kemal Aris its chief government spokesman
    directory = directory_of(
        {
            "v": 'Rob Vane, the local government spokesman, said rates would rise. "They must," '
            "Mr Vane said.",
            "w": 'Local government spokesman Rob Vane said bins would be emptied. "Every week," '
            "he said.",
            "x": "The cost could wipe out growth, according to a government spokesman. "
            '"Our nation is in peril," said Kemal Aris, the chief government spokesman.',
        }
    )
    quotes = [q.text for q in directory.quotes_of("Kemal Aris")]
    assert "The cost could wipe out growth" in quotes


@pytest.mark.parametrize("rank", ["Former", "Deputy"])
def test_a_role_its_own_story_gives_only_as_a_past_or_lesser_one_stays_as_written(
    rank: str,
) -> None:
    # "the prime minister" beside a former or deputy one is someone else: here Lena Cole, the
    # prime minister of two other stories
    directory = directory_of(
        {
            "u": 'Prime minister Lena Cole said the talks went well. "We agreed," Ms Cole said.',
            "v": 'Prime minister Lena Cole said taxes would fall. "They will," she said.',
            "x": f"The prime minister has said the vote was lost. {rank} prime minister Omar "
            'Tell said he would stand again. "I am ready," Mr Tell said.',
        }
    )
    assert "the vote was lost" not in [q.text for q in directory.quotes_of("Omar Tell")]


def test_a_place_speaking_alone_is_no_surname_of_a_full_name_ending_with_it() -> None:
    # "Europe says" speaks for a continent's governments, not for the firm "Veltria Europe"
    # quoted in another story; a lone surname still is the full name quoted elsewhere
    directory = directory_of(
        {
            "r": 'Veltria Europe said sales were up. "It was a record year," Veltria Europe said.',
            "s": 'But now Europe says the euro has had enough. "Asia must help," Europe says.',
            "t": 'Singer Ruth Malvern said the tour was over. "I am tired," she said.',
            "u": 'Malvern said she would rest. "I need a break," Malvern said.',
        }
    )
    assert {q.article_id for q in directory.quotes_of("Veltria Europe")} == {"r"}
    assert {q.article_id for q in directory.quotes_of("Ruth Malvern")} == {"t", "u"}
    assert {directory.canonical(q) for q in directory.quotes_of("Europe")} == {"Europe"}


def test_a_full_name_opening_with_an_occupation_takes_no_lone_word_of_another_story() -> None:
    # "Rapper Kestro" is how one story names him: "Rapper" is no first name, so the "Kestro" of
    # another story keeps the name it is given there
    directory = directory_of(
        {
            "v": 'Rapper Kestro said the album was done. "It is my best," Rapper Kestro said.',
            "w": 'Kestro said the tour would start in May. "I cannot wait," Kestro said.',
        }
    )
    assert {q.article_id for q in directory.quotes_of("Rapper Kestro")} == {"v"}
    assert {q.article_id for q in directory.quotes_of("Kestro")} == {"w"}


def test_a_surname_written_with_a_hyphen_or_a_space_is_one_person() -> None:
    directory = directory_of(
        {
            "h": 'Bishop Aled Price-Morgan spoke at the abbey. "Peace is worth striving for," '
            "Aled Price-Morgan said.",
            "i": 'Aled Price Morgan, the bishop, backed the plan. "It is a fair plan," '
            "Aled Price Morgan said.",
        }
    )
    assert [name for name, _ in directory.counts()] == ["Aled Price-Morgan"]
    assert {q.article_id for q in directory.quotes_of("Aled Price-Morgan")} == {"h", "i"}


def test_a_lone_surname_given_a_woman_s_honorific_is_no_man_of_that_surname() -> None:
    # the story calls her "Ms Ferrand": the "Paul Ferrand" quoted in another is someone else;
    # a lone "Ferrand" given no honorific still is him
    directory = directory_of(
        {
            "j": 'Paul Ferrand said the port would close. "It is sad," Paul Ferrand said.',
            "k": 'Ms Ferrand said the school would reopen. "It is good news," Ferrand said.',
            "l": 'Ferrand said the ships had gone. "There is no work," Ferrand said.',
        }
    )
    assert {q.article_id for q in directory.quotes_of("Paul Ferrand")} == {"j", "l"}
    assert {directory.canonical(q) for q in directory.quotes_of("Ferrand")} == {"Ferrand"}


def test_a_body_named_alone_is_no_person_of_another_story() -> None:
    # "publication Quarlow": a magazine, not the judge "Justice Quarlow" quoted elsewhere
    directory = directory_of(
        {
            "m": 'Justice Quarlow said the law was clear. "It is clear," Justice Quarlow said.',
            "n": 'The award came from US publication Quarlow. "He turned it round," Quarlow said.',
        }
    )
    assert {q.article_id for q in directory.quotes_of("Justice Quarlow")} == {"m"}


def test_a_firm_named_in_the_possessive_is_no_person_of_that_surname() -> None:
    # "Pellow's", a restaurant chain named after its founder, is not the singer Tam Pellow
    directory = directory_of(
        {
            "r": 'Singer Tam Pellow said the tour was over. "We are done," Tam Pellow said.',
            "s": "Diners ate at Pellow's for a month. Pellow's announced it was to scrap its "
            '"supersized" meals, but denied the move was a result of the film.',
        }
    )
    assert {q.article_id for q in directory.quotes_of("Tam Pellow")} == {"r"}
    assert {q.article_id for q in directory.quotes_of("Pellow's")} == {"s"}


def test_a_first_name_alone_is_no_surname_of_a_full_name_in_another_story() -> None:
    # a reader known by a first name ("Martin in Leeds writes") is not the coach Dale Martin;
    # "Mr Martin" is a surname, and may be him
    directory = directory_of(
        {
            "o": 'Coach Dale Martin said the side was ready. "We are ready," Dale Martin said.',
            "p": 'Martin in Leeds writes that the tax is unfair. "It hurts," Martin said.',
            "q": 'Mr Martin said the side would win. "We will win," Martin said.',
        }
    )
    assert {q.article_id for q in directory.quotes_of("Dale Martin")} == {"o", "q"}


def test_a_spokesman_named_by_whom_he_speaks_for_keeps_the_whole_description() -> None:
    # "official" is a noun of a person, but what follows it is no name: the spokesman is
    # named by the whole phrase, never by "spokesman" alone
    directory = directory_of(
        {
            "g": "Prime Minister Dana Whitlow's official spokesman said: \"We are making the "
            'usual plans." Talks went on.',
            "h": 'The Association of Chief Harbour Officers said: "The quays are safe." '
            "The port reopened.",
        }
    )
    names = {name for name, _ in directory.counts()}
    assert "Prime Minister Dana Whitlow's official spokesman" in names
    assert "Association of Chief Harbour Officers" in names
    assert not names & {"spokesman", "Harbour Officers"}


def test_a_name_written_with_a_first_name_before_it_keeps_that_first_name() -> None:
    # "Tomas Alvar Quintero" in one article is the "Alvar Quintero" of another: one person,
    # shown by the fuller name, the shorter still finding him
    directory = directory_of(
        {
            "i": 'Commission president Tomas Alvar Quintero said: "The treaty stands." '
            "Talks went on.",
            "j": 'Alvar Quintero said the budget was late. "We will wait," he said.',
            "k": '"The vote is close," Alvar Quintero said. Ministers met.',
        }
    )
    assert [name for name, _ in directory.counts()] == ["Tomas Alvar Quintero"]
    assert directory.resolve("Alvar Quintero")[:1] == ["Tomas Alvar Quintero"]


def _prime_ministers(cole_stories: int) -> SpeakerDirectory:
    """Lena Cole is the prime minister of `cole_stories` stories, Omar Tell of one; a story
    quotes both, and "the prime minister" as it stands."""
    texts = {
        f"c{n}": f'Prime minister Lena Cole said taxes would fall. "They will," Ms Cole said {n}.'
        for n in range(cole_stories)
    }
    texts["t"] = 'Prime minister Omar Tell said the talks went well. "We agreed," Mr Tell said.'
    texts["x"] = (
        "The prime minister has said the vote was lost. Lena Cole said she would stand again. "
        '"I am ready," Ms Cole said. Omar Tell said: "She will lose."'
    )
    return directory_of(texts)


def test_a_role_the_archive_gives_one_of_several_beside_it_far_more_often_is_theirs() -> None:
    directory = _prime_ministers(5)
    assert "the vote was lost" in [q.text for q in directory.quotes_of("Lena Cole")]


def test_a_role_two_beside_it_hold_about_as_often_stays_as_written() -> None:
    directory = _prime_ministers(2)
    quoted = [q.text for name in ("Lena Cole", "Omar Tell") for q in directory.quotes_of(name)]
    assert "the vote was lost" not in quoted


def test_a_lone_surname_given_titles_of_both_genders_is_two_people() -> None:
    # two Ferrands with first names are quoted elsewhere; the lone "Ferrand" is a woman in one
    # story and a man in two: "Mrs Ferrand" is no "Mr Ferrand", though neither is named in full
    directory = directory_of(
        {
            "p": 'Paul Ferrand said the port would close. "It is sad," Paul Ferrand said.',
            "q": 'Anne Ferrand said the mill would shut. "It is bad," Anne Ferrand said.',
            "r": 'Mrs Ferrand spoke at the fete. "The cakes are good," Mrs Ferrand said.',
            "s": 'Mr Ferrand spoke at the show. "The horses are fine," Mr Ferrand said.',
            "t": 'Mr Ferrand spoke at the fair. "The rides are safe," Mr Ferrand said.',
        }
    )
    people = {directory.canonical(q) for q in directory.quotes_of("Ferrand")}
    assert "Ms Ferrand" not in people  # she is set apart, not among his quotes
    assert {q.article_id for q in directory.quotes_of("Ms Ferrand")} == {"r"}
    assert {q.article_id for q in directory.quotes_of("Ferrand")} == {"s", "t"}
