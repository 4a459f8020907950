"""Speakers: one person across articles, bodies told from people, quote ranking."""

from __future__ import annotations

import pytest

from qabot.attribution import SpeakerDirectory, extract_quotes, is_group
from qabot.attribution.speaker_words import head_noun
from qabot.records import Article, ArticleInfo, Quote
from qabot.search import find_speakers, rank_quotes


def quote(article: str, speaker: str, text: str, sentence: str | None = None) -> Quote:
    return Quote(article, speaker, text, "direct", "said", 0, len(text), sentence or text)


def test_directory_merges_a_surname_with_the_only_full_name() -> None:
    quotes = [
        quote(
            "a",
            "Jens Stoltenberg",
            "We are ready.",
            "Jens Stoltenberg, the NATO secretary-general, said: We are ready.",
        ),
        quote("b", "Stoltenberg", "Tanks on trains prove nothing."),
        quote("c", "Mr Stoltenberg", "Talks must go on."),
    ]
    directory = SpeakerDirectory.build(quotes)
    assert {directory.canonical(q) for q in quotes} == {"Jens Stoltenberg"}
    assert directory.counts() == [("Jens Stoltenberg", 3)]
    for name in (
        "Stoltenberg",
        "Mr Stoltenberg",
        "jens stoltenberg",
        "the NATO secretary-general",
        "NATO secretary-general",
    ):
        assert directory.resolve(name) == ["Jens Stoltenberg"], name
    assert [q.article_id for q in directory.quotes_of("Jens Stoltenberg")] == ["a", "b", "c"]


def test_directory_keeps_different_first_names_apart() -> None:
    quotes = [
        quote("a", "Hillary Clinton", "One."),
        quote("a", "Hillary Clinton", "Two."),
        quote("b", "Bill Clinton", "Three."),
        quote("c", "Clinton", "Four."),
    ]
    directory = SpeakerDirectory.build(quotes)
    assert directory.canonical(quotes[2]) == "Bill Clinton"
    assert directory.canonical(quotes[3]) == "Clinton"  # two Clintons: no evidence which one
    assert directory.resolve("Bill Clinton") == ["Bill Clinton"]
    assert directory.resolve("Clinton")[0] == "Hillary Clinton"  # the most quoted first


def test_a_name_matched_again_gives_the_same_people_whatever_the_last_caller_did() -> None:
    """Matches are kept between questions; each caller gets lists of its own."""
    directory = SpeakerDirectory.build(
        [
            quote("a", "Hillary Clinton", "One."),
            quote("a", "Hillary Clinton", "Two."),
            quote("b", "Bill Clinton", "Three."),
        ]
    )
    first = directory.match("Clinton")
    assert first.how == "surname" and first.people == ["Hillary Clinton", "Bill Clinton"]
    first.people.clear()
    again = directory.match("Clinton")
    assert again.people == ["Hillary Clinton", "Bill Clinton"]
    assert again == directory.match("Clinton")
    assert directory.match("Bill Clinton").people == ["Bill Clinton"]


def test_directory_lists_descriptions_apart_from_named_speakers() -> None:
    directory = SpeakerDirectory.build(
        [
            quote("a", "a senior official", "No comment."),
            quote("a", "Liz Truss", "A blatant attempt."),
        ]
    )
    assert directory.counts() == [("Liz Truss", 1)]


@pytest.mark.parametrize(
    ("speaker", "group"),
    [
        ("Department of Justice", True),
        ("Valley Times", True),
        ("IPPR", True),
        ("Lib Dems", True),
        ("MPs", True),
        ("Republicans", True),
        ("campaigners", True),
        ("Harbour Radio", True),
        ("Gordon Brown's closest", True),  # a description cut short, not a name
        ("Lena Okafor", False),
        ("Ieuan Wyn Jones", False),
        ("Davis", False),  # a surname ending like a plural
        ("Ludwig van Beethoven", False),
        # central banks, treasuries, charities, clubs, seats of government, peoples
        ("Federal Reserve", True),
        ("Fed", True),
        ("Treasury", True),
        ("Harbour Aid", True),
        ("Elder Concern", True),
        ("Dunmore United", True),
        ("Downing Street", True),
        ("Pentagon", True),
        ("Nordic Brothers", True),
        ("Israelis", True),
        ("Germans", True),
        ("Chinese", True),
        ("Russian", False),  # "the Russian said": one player
        ("Swiss", False),
        ("Evans", False),  # a surname, not a people
        ("Tom Fairbank", False),
    ],
)
def test_is_group_tells_bodies_from_people(speaker: str, group: bool) -> None:
    assert is_group(speaker) is group


def test_organisations_sharing_first_and_last_words_stay_apart() -> None:
    directory = SpeakerDirectory.build(
        [
            quote("a", "British Medical Association", "Staff are weeping with despair."),
            quote("b", "British Casino Association", "Casinos create jobs."),
        ]
    )
    names = {name for name, _ in directory.counts()}
    assert names == {"British Medical Association", "British Casino Association"}


def test_directory_built_from_extracted_quotes_resolves_roles() -> None:
    article = Article(
        ArticleInfo(id="a", path="a.txt", title="T"),
        "NATO chief Jens Stoltenberg said the alliance was ready.\n\n"
        '"We will defend every inch," Stoltenberg told reporters.',
    )
    directory = SpeakerDirectory.build(extract_quotes(article))
    assert directory.resolve("the NATO chief") == ["Jens Stoltenberg"]
    assert len(directory.quotes_of("Jens Stoltenberg")) == 2


def test_rank_quotes_orders_by_topic_and_keeps_order_without_one() -> None:
    quotes = [
        quote("a", "X", "The budget is balanced."),
        quote("a", "X", "Tanks were moved by train."),
        quote("a", "X", "Schools reopen in May."),
    ]
    assert rank_quotes(quotes, None) == quotes
    assert rank_quotes(quotes, "tanks")[0] == quotes[1]
    assert rank_quotes(quotes, "trains and tanks")[0] == quotes[1]


def test_find_speakers_matches_words_and_paraphrases() -> None:
    quotes = [
        quote("a", "Jens Stoltenberg", "Putting a battle tank on a train proves nothing."),
        quote("b", "Liz Truss", "This is a blatant attempt at disinformation."),
        quote("c", "Lloyd Austin", "We are still gathering the details."),
    ]
    assert find_speakers(quotes, "battle tanks on trains")[0].speaker == "Jens Stoltenberg"
    assert find_speakers(quotes, "blatant disinformation", k=1) == [quotes[1]]
    assert find_speakers(quotes, "the of and") == []


def test_directory_knows_who_speaks_for_a_party_but_not_for_a_person() -> None:
    article = Article(
        ArticleInfo(id="a", path="a.txt", title="T"),
        "The Lib Dems say the scheme is a waste of money.\n\n"
        "Lib Dem home affairs spokesman Mark Oaten said the cards fail.\n\n"
        "Labour MP Derek Wyatt said the campaign was too long.\n\n"
        "Labour leader Anna Berg said the party was ready.",
    )
    directory = SpeakerDirectory.build(extract_quotes(article))
    assert directory.voices("Lib Dems") == ["Mark Oaten"]  # "Dems" and "Dem" alike
    assert directory.voices("Labour") == ["Anna Berg"]  # a leader speaks for it, an MP not
    assert directory.voices("Mark Oaten") == []  # a person's words are their own
    assert directory.voices("Anna Berg") == []


def test_a_party_s_voices_are_those_given_either_of_its_names() -> None:
    article = Article(
        ArticleInfo(id="a", path="a.txt", title="T"),
        "Conservative health spokesman Ann Vale said the wards were full.\n\n"
        "Tory leader Ivo Brandt said the party was ready.\n\n"
        "Liberal Democrat leader Rob Ince said the plan was fair.",
    )
    directory = SpeakerDirectory.build(extract_quotes(article))
    assert sorted(directory.voices("Tories")) == ["Ann Vale", "Ivo Brandt"]
    assert sorted(directory.voices("Conservatives")) == ["Ann Vale", "Ivo Brandt"]
    assert directory.voices("Lib Dems") == ["Rob Ince"]


def test_a_body_and_a_speaking_role_in_two_phrases_make_no_voice_of_the_body() -> None:
    # the guild's treasurer in one sentence, a party's leader in another: no guild voice
    article = Article(
        ArticleInfo(id="a", path="a.txt", title="T"),
        "Harbour Guild treasurer Ann Lee said the fees were fair.\n\n"
        "Party leader Ann Lee said the vote was close.\n\n"
        "Harbour Guild spokesman Ivo Lind said the fees would rise.",
    )
    directory = SpeakerDirectory.build(extract_quotes(article))
    assert directory.voices("Harbour Guild") == ["Ivo Lind"]


def test_a_clause_before_a_name_gives_no_role_nor_voice() -> None:
    # "... as he begins his second term as Harbour Guild chairman, Ann Lee has said": the
    # clause is about someone else; nor is "who" or "and" a role word
    text = (
        "Tom Vane will be calmer as he begins his second term as Harbour Guild chairman, "
        "Ann Lee has said.\n\n"
        "Ivo Lind, who is chairman and chief executive of Dock Works, said trade was up."
    )
    article = Article(ArticleInfo(id="a", path="a.txt", title="T"), text)
    directory = SpeakerDirectory.build(extract_quotes(article), {"a": text})
    assert directory.voices("Harbour Guild") == []
    assert directory.role_count("Ann Lee", "chairman") == 0
    assert directory.role_count("Ivo Lind", "chairman") == 1
    assert directory.role_count("Ivo Lind", "who") == directory.role_count("Ivo Lind", "and") == 0


def test_a_shadow_minister_speaks_for_the_party_not_the_office_shadowed() -> None:
    article = Article(
        ArticleInfo(id="a", path="a.txt", title="T"),
        "Harbour Office spokesman Ivo Lind said the docks would reopen.\n\n"
        "Tory shadow Harbour Office spokesman Rob Dane said the docks were a mess.",
    )
    directory = SpeakerDirectory.build(extract_quotes(article))
    assert directory.voices("Harbour Office") == ["Ivo Lind"]
    assert directory.voices("Tories") == ["Rob Dane"]


def test_a_first_name_alone_is_the_person_of_that_first_name_quoted_beside_it() -> None:
    # "Sir Ian said", "Dr Brian Gibbons, on his first day, insisted": read as "Ian", "Brian"
    quotes = [
        quote("a", "Ian Blair", "Crime is falling."),
        quote("a", "Ian", "We need more officers.", "Sir Ian said: We need more officers."),
        quote("a", "Rhodri Morgan", "The force has my support."),
        quote("b", "Brian", "The essentials are in place."),
        quote("b", "Brian Gibbons", "The lists are too long."),
        quote("b", "Brian Cole", "Nothing has changed."),  # two Brians: neither is meant
        quote("c", "Morgan", "We will see."),
        quote("c", "Morgan Lewis", "It is too soon."),  # "Morgan" is a surname here too
        quote("c", "Ada Morgan", "It is late."),
    ]
    directory = SpeakerDirectory.build(quotes)
    assert directory.canonical(quotes[1]) == "Ian Blair"
    assert directory.count("Ian Blair") == 2
    assert directory.canonical(quotes[3]) == "Brian"
    assert directory.canonical(quotes[6]) == "Morgan"


def test_a_role_given_at_a_cue_instead_of_a_name_is_the_speakers() -> None:
    sentence = "Speaking on radio, the Two Lakes star said there is too much swearing."
    quotes = [
        Quote(
            "a", "Rona Corbin", "there is too much swearing", "reported", "said", 0, 9, sentence
        ),
        quote("b", "Ena Varga", "We are ready.", "Lakes chairman Ena Varga said: We are ready."),
    ]
    directory = SpeakerDirectory.build(quotes)
    assert directory.resolve("the Two Lakes star")[0] == "Rona Corbin"


def test_a_name_followed_by_where_they_work_is_the_name() -> None:
    quotes = [
        quote("a", "Alan Jones", "Sales are up.", "Spokesman Alan Jones said: Sales are up."),
        quote("b", "Ian Fogg", "It is cheap.", "Ian Fogg, an analyst, said: It is cheap."),
    ]
    directory = SpeakerDirectory.build(quotes)
    assert directory.match("Alan Jones at Bluewater").people == ["Alan Jones"]
    assert directory.match("Ian Fogg of Jupiter Research").people == ["Ian Fogg"]


@pytest.mark.parametrize(
    ("role", "head"),
    [
        ("the Bank of England governor", "governor"),
        ("the director of the hospital", "director"),
        ("the chairman of the Fair Pay Board", "chairman"),
        ("the Friends of the Earth director", "director"),
        ("Bolger's lawyer", "lawyer"),
    ],
)
def test_the_head_of_a_role_is_its_person_noun_whatever_the_owner_holds(
    role: str, head: str
) -> None:
    assert head_noun(role) == head


def test_a_description_ending_in_a_one_word_speaker_names_them_only_after_a_role() -> None:
    quotes = [
        Quote("a", "One", "the mill may be sold", "direct", "said", 0, 20, "One said so."),
        Quote("b", "Blair", "we will act", "direct", "said", 0, 11, "Blair said so."),
    ]
    directory = SpeakerDirectory.build(quotes)
    assert directory.resolve("the Special One") != ["One"]  # a nickname, not "One"
    assert directory.resolve("Prime Minister Blair") == ["Blair"]


def test_a_party_voice_is_not_someone_of_another_party_or_body() -> None:
    # a Tory spokesman once given "Labour" beside his own party, and a labour office's chief
    directory = SpeakerDirectory.build(
        [
            quote("a", "Labour", "Taxes will not rise."),
            quote(
                "a", "Ed Vane", "Taxes will rise.", "Tory spokesman Ed Vane said taxes will rise."
            ),
            quote("b", "Ed Vane", "No.", "Tory spokesman Ed Vane mocked the Labour poster."),
            quote("b", "Ed Vane", "Yes.", "Tory spokesman Ed Vane said so."),
            quote("c", "Ria Holm", "Jobs.", "Federal Labour Office spokeswoman Ria Holm said so."),
            quote("d", "Tom Ash", "Ready.", "Labour spokesman Tom Ash said the party was ready."),
        ]
    )
    assert directory.voices("Labour") == ["Tom Ash"]
    assert directory.voices("Tories") == ["Ed Vane"]


def test_a_body_named_alone_is_itself_not_its_branches() -> None:
    # "labour" is Labour, quoted far more than Scottish or Welsh Labour; a surname shared by
    # people with first names stays ambiguous
    quotes = [quote("a", "Labour", "We will win.") for _ in range(4)]
    quotes += [quote("b", "Scottish Labour", "We will win here.")]
    quotes += [quote("b", "Welsh Labour", "We will win there.")]
    quotes += [quote("c", "Ada Blair", "Hello."), quote("d", "Tom Blair", "Hi.")]
    quotes += [quote("e", "Blair", "Hey.") for _ in range(4)]
    directory = SpeakerDirectory.build(quotes)
    assert directory.match("labour").people == ["Labour"]
    assert directory.match("the labour").how == "name"
    assert directory.match("blair").how == "surname"


def test_a_body_asked_with_the_is_the_body_not_a_namesake_nor_its_roles() -> None:
    # "the FA" is the body quoted as "FA": no one is called "the Fa", and the people given a
    # role of some FA ("Ruritania FA spokesman") are not the body asked for
    quotes = [quote("a", "FA", "No further action will be taken.")]
    quotes += [quote("b", "Ola Fa", "I was surprised.")]
    quotes += [
        Quote(
            "c",
            "Ivo Petrov",
            "We accept the apology.",
            "direct",
            "said",
            0,
            22,
            "Ruritania FA spokesman Ivo Petrov said: We accept the apology.",
        )
    ]
    directory = SpeakerDirectory.build(quotes)
    assert directory.match("the fa").people == ["FA"]
    assert directory.match("the FA").how == "name"


def test_a_name_written_alike_is_the_named_body_before_a_description() -> None:
    # "conservatives in parliament say ..." (a description) beside the party quoted by name
    directory = SpeakerDirectory.build(
        [
            quote("a", "conservatives", "No deal."),
            quote("b", "Conservatives", "Taxes will fall."),
            quote("c", "Conservatives", "Schools first."),
        ]
    )
    assert directory.match("the conservatives").people[0] == "Conservatives"


def test_a_surname_typed_with_its_capital_is_the_person_not_a_description() -> None:
    directory = SpeakerDirectory.build(
        [
            quote("a", "Ravi Harbours", "We will rebuild the pier."),
            quote("b", "harbours", "Fees will rise."),  # a "they" read as the harbours
        ]
    )
    assert directory.resolve("Harbours") == ["Ravi Harbours"]
    assert directory.resolve("harbours") == ["harbours"]  # in lower case: the description


def test_a_surname_typed_with_its_capital_alone_is_no_initialism() -> None:
    directory = SpeakerDirectory.build(
        [
            quote("a", "RTA", "The road stays shut."),
            quote("b", "RTA", "Repairs begin in May."),
            quote("c", "Mele Rta", "Our village is cut off."),
        ]
    )
    assert directory.resolve("Rta") == ["Mele Rta"]
    assert directory.resolve("RTA")[0] == "RTA"
    assert directory.resolve("rta")[0] == "RTA"


def test_a_rank_or_newsroom_post_before_a_surname_names_its_holder_only() -> None:
    texts = {
        "a": 'Detective Inspector Ola Marsh of Kent Police said: "The van was found."',
        "b": 'Economist Ivo Marsh said: "Rates will hold."',
        "c": 'BBC political correspondent Pia Tendle said: "The vote is close."',
    }
    quotes = [
        quote("a", "Ola Marsh", "The van was found.", texts["a"]),
        quote("b", "Ivo Marsh", "Rates will hold.", texts["b"]),
        quote("c", "Pia Tendle", "The vote is close.", texts["c"]),
    ]
    directory = SpeakerDirectory.build(quotes, texts)
    for typed in ("Detective Inspector Marsh", "detective inspector marsh", "det insp marsh"):
        assert directory.resolve(typed) == ["Ola Marsh"], typed
    for typed in ("bbc political correspondent tendle", "correspondent tendle"):
        assert directory.resolve(typed) == ["Pia Tendle"], typed
    assert directory.resolve("sergeant marsh") == []  # no Marsh is a sergeant
    assert directory.resolve("ola marsh") == ["Ola Marsh"]
