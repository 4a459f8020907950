"""A speaker's name misspelt: read as the one close name when the topic confirms it, said so in
the lead; otherwise "Did you mean ...?". Through answer(), on short invented articles."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from qabot.indexing import Index
from qabot.search import answer
from qabot.search.misspelt_names import slipped_on
from qabot.search.names_in_passages import articles_writing, written_as_name
from tests.support.indexes import index_of

ARTICLES = {
    "marathon.txt": "Marathon field named\n\nOlympic champion Tesfaye Woldemariam will run the "
    'Riverton marathon in April. "I came here to win the race," Woldemariam said.\n',
    "harbour.txt": "Harbour dredging\n\nHarbour master Ines Calder said the channel would be "
    'dredged. "Ships will wait no longer," Ms Calder said.\n',
    "mills1.txt": 'Wool prices\n\nFarmer Ada Marsh said wool prices fell. "It hurts," Marsh '
    "said.\n",
    "mills2.txt": "Tide tables\n\nAda Marsk, a boatman, said the tides were late. "
    '"We waited all day," Marsk said.\n',
    "hall.txt": "Town hall\n\nThe council met at the town hall. Mayor Olaf Brunt opened the "
    "meeting, where Deputy Brenda Calderr took notes.\n",
    "rates.txt": 'Bank holds rates\n\nThe bank kept its rates. "Nobody wants to rock the boat," '
    "said Lin Hae Sohn, an economist at Harbour Bank.\n",
    "choir.txt": 'Choir wins prize\n\nThe Riverton choir won a national prize. "We sang our '
    'hearts out," said choirmaster Stephen Ollerby.\n',
    "ferry.txt": 'Ferry fares\n\nFerry fares will rise in May. "Fuel costs more," said Dick '
    "Ollerby, who runs the ferry.\n",
    "probe.txt": "Probe lands\n\nThe Nasa probe landed on the moon of Kerrow. Engineer Mike "
    'Nash said: "It went well."\n',
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("misspelt"), ARTICLES)


def test_a_misspelt_name_the_topic_confirms_is_answered_and_said_so(index: Index) -> None:
    result = answer(index, "what did woldemarium say about the marathon?")
    assert result.found and result.speaker == "Tesfaye Woldemariam"
    assert result.quotes[0].quote.text.startswith("I came here to win")
    assert result.lead.startswith(
        "No one called woldemarium is named in the articles; read as Tesfaye Woldemariam."
    )


def test_a_misspelt_name_off_the_topic_only_suggests(index: Index) -> None:
    result = answer(index, "what did woldemarium say about the harbour?")
    assert not result.found and result.quotes == []
    assert result.suggestion == "Tesfaye Woldemariam"
    assert "Did you mean Tesfaye Woldemariam?" in result.lead


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what did ada marsj say about wool prices?", "Ada Marsh"),
        ("what did ada marsj say about the tides?", "Ada Marsk"),
        ("what did ada marsj say about wool and tides?", None),
    ],
)
def test_a_name_close_to_two_people_is_read_as_the_one_the_topic_names(
    index: Index, question: str, speaker: str | None
) -> None:
    # "Marsj" is as close to Ada Marsh as to Ada Marsk: only the topic tells them apart
    assert answer(index, question).speaker == speaker


def test_a_name_the_articles_write_is_not_read_as_another(index: Index) -> None:
    # Brenda Calderr is named (never quoted): she is not Ines Calder
    result = answer(index, "what did Calderr say about the channel?")
    assert result.speaker is None and result.quotes == []


def test_a_misspelt_name_after_a_role_is_read_and_said_so(index: Index) -> None:
    # "judge" is no role of his: the name after it is what was misspelt
    result = answer(index, "what did judge woldemarium say about the marathon?")
    assert result.speaker == "Tesfaye Woldemariam"
    assert result.lead.startswith("No one called woldemarium is named in the articles; read as")


def test_a_misspelt_name_of_someone_named_but_never_quoted_shows_where_they_are_named(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # "ridley scot" is a letter off Ridley Scott, whom the story names but nobody quotes; a
    # made-up name stays named nowhere
    index = index_of(
        tmp_path_factory.mktemp("unquoted"),
        {
            "film.txt": "Book to be filmed\n\nThe film rights to Ana Ruiz's novel Snow Fox have "
            "been sold, with Orla Brennock set to direct. The studio said it was delighted.\n",
            "other.txt": "Ferry delayed\n\nThe ferry was late again, the operator said.\n",
        },
    )
    result = answer(index, "what did orla brenock say about snow fox")
    # (set to direct, she says nothing: `found` false, the passage shown as naming her)
    assert not result.found and "read as Orla Brennock" in result.lead
    assert result.passages and "Orla Brennock" in result.passages[0].passage.text
    assert result.quotes == []
    assert not answer(index, "what did orla quizzlebeck say about snow fox").found


def test_a_name_typed_without_its_accents_is_the_name_named_never_quoted(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # "velazquez" is how readers type "Velázquez": the passages naming her are shown, and the
    # lead does not say a name spelt only without accents is named nowhere
    index = index_of(
        tmp_path_factory.mktemp("accents"),
        {
            "vote.txt": "Council race\n\nThe incumbent Marisol Velázquez trailed her challenger "
            "by 700 votes on Wednesday.\n",
            "other.txt": "Ferry delayed\n\nThe ferry was late again, the operator said.\n",
        },
    )
    result = answer(index, "what did marisol velazquez say about the race")
    # (trailing by 700 votes, she says nothing: `found` false, the passage shown as naming her)
    assert not result.found and result.lead.startswith("No quotes from Marisol Velázquez")
    assert result.passages and "Marisol Velázquez" in result.passages[0].passage.text
    assert result.quotes == []


@pytest.mark.parametrize(
    "question", ["what did ines caldor say?", "what did ines caldor say about the ships?"]
)
def test_a_quoted_name_written_a_letter_off_each_word_is_read_without_the_topic(
    index: Index, question: str
) -> None:
    # the passages holding "ines caldor" write one name a letter off it, and quote her: however
    # the topic is put ("ships", not "channel" or "dredging"), she is the one asked about
    result = answer(index, question)
    assert result.speaker == "Ines Calder"
    assert "Ships will wait no longer" in [hit.quote.text for hit in result.quotes]
    assert result.lead.startswith("No one called ines caldor is named in the articles; read as")


def test_the_words_after_of_in_a_role_are_not_read_as_a_misspelt_name(index: Index) -> None:
    # "the author of tesfaye woldemariam" asks for whoever wrote of him, not for his own words
    result = answer(index, "what did the author of tesfaye woldemariam say about the marathon?")
    assert result.speaker is None and result.quotes == []
    assert "read as" not in result.lead


def test_a_short_word_a_letter_off_needs_the_topic_to_be_read(index: Index) -> None:
    # "inez calder" may be someone other than the quoted Ines Calder: a letter off a short word
    # is read only when the topic confirms it (the harbour's ships do, wool does not)
    assert answer(index, "what did inez calder say about wool prices?").speaker is None
    assert answer(index, "what did inez calder say about the ships?").speaker == "Ines Calder"


def test_a_misspelt_name_shaped_like_a_plural_after_a_first_name_is_a_name(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # "simon holmes" looks like a kind of people ("legal experts") but opens with a first name
    # and the articles call no one so: it is Simon Holms misspelt
    index = index_of(
        tmp_path_factory.mktemp("plural_name"),
        {
            **ARTICLES,
            "ferry.txt": "Ferry fares rise\n\nFerry fares will rise in May. "
            '"Fares must cover the fuel," said ferry boss Simon Holms.\n',
        },
    )
    result = answer(index, "what did simon holmes say about ferry fares?")
    assert result.speaker == "Simon Holms"
    assert result.quotes[0].quote.text.startswith("Fares must cover")
    assert result.lead.startswith("No one called simon holmes is named in the articles")


def test_a_name_the_articles_write_gets_no_suggestion(index: Index) -> None:
    # "nasa" is written (never quoted): the body named is meant, not Mike Nash misspelt
    result = answer(index, "what did nasa announce?")
    assert result.suggestion is None and "Did you mean" not in result.lead
    assert result.passages and "Nasa" in result.passages[0].passage.text


@pytest.mark.parametrize("question", ["what did nesh say?", "what did NASHS say?"])
def test_a_short_word_or_initials_nobody_has_get_no_suggestion(
    index: Index, question: str
) -> None:
    # a word of four letters is a letter off too many names; initials are a body's
    result = answer(index, question)
    assert not result.found and result.suggestion is None and "Did you mean" not in result.lead


def test_a_longer_name_nobody_has_is_offered_the_close_one(index: Index) -> None:
    result = answer(index, "what did nashe say?")
    assert result.suggestion == "Mike Nash" and "Did you mean Mike Nash?" in result.lead


@pytest.mark.parametrize(
    "question",
    [
        "what did ines caldor from the harbour say about the ships?",
        "what did woldemarium say about the mayor's remarks on the marathon?",
    ],
)
def test_a_misspelt_name_is_read_whatever_follows_it(index: Index, question: str) -> None:
    # where she works ("from the harbour") is no part of her name, and a possessive in the
    # topic ("the mayor's remarks") is not the speaker's: the name asked is read as before
    result = answer(index, question)
    assert result.speaker in {"Ines Calder", "Tesfaye Woldemariam"} and result.quotes
    assert "read as" in result.lead


def test_a_quoted_name_written_a_letter_off_each_long_word_is_read(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # "marta capela" is a letter off both words of the quoted Marta Capella ("marta" is kept:
    # the one long word misspelt tells her apart); her words are shown, not "No quotes from"
    index = index_of(
        tmp_path_factory.mktemp("capella"),
        {
            **ARTICLES,
            "net.txt": "Net attacks\n\nMarta Capella, spokeswoman for the provider Netwise, "
            'said attacks came weekly. "We watch the traffic closely," said Ms Capella.\n',
        },
    )
    result = answer(index, "what did martha capela say about the traffic?")
    assert result.speaker == "Marta Capella"
    assert result.quotes and result.quotes[0].quote.text.startswith("We watch the traffic")


def test_a_short_surname_a_letter_off_after_the_first_name_as_written_is_read(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # "annabel krog": the first name as written anchors a surname of four letters a letter off
    # the quoted Annabel Krogg; her words are shown, whatever the topic, not "No quotes from"
    index = index_of(
        tmp_path_factory.mktemp("krogg"),
        {
            **ARTICLES,
            "race.txt": "Indoor mile\n\nAnnabel Krogg won the indoor mile in Riverton. "
            '"I kicked with a lap to go," said Krogg.\n',
        },
    )
    result = answer(index, "what did annabel krog say")
    assert result.found and result.speaker == "Annabel Krogg"
    assert result.quotes[0].quote.text.startswith("I kicked with a lap to go")
    assert result.lead.startswith("No one called annabel krog is named in the articles; read as")


def test_a_name_a_letter_off_someone_quoted_is_never_said_to_be_unquoted(index: Index) -> None:
    # "inez calder" may be someone other than the quoted Ines Calder, and nothing asked tells:
    # the answer offers her, and never says "No quotes from Ines Calder", which is false
    result = answer(index, "what did inez calder say?")
    assert not result.found and result.quotes == [] and result.passages == []
    assert result.suggestion == "Ines Calder"
    assert (
        result.lead
        == "No one called inez calder is named in the articles. Did you mean Ines Calder?"
    )


def test_a_misspelt_surname_ending_in_s_is_a_name_not_a_kind_of_people(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # "gaul ferrills" reads like "green campaigners" (lower case, a plural last word), but
    # nobody is called so, and it is a letter off Gaul Ferrils, who is quoted
    index = index_of(
        tmp_path_factory.mktemp("plural_surname"),
        {
            "open.txt": "Ferrils wins\n\nYoung player Gaul Ferrils beat the champion Ruiz in "
            'the first round. Ferrils said: "This is my best win so far."\n',
            "rain.txt": "Rain delay\n\nRain stopped play at the harbour courts for a day.\n",
            "draw.txt": "Draw made\n\nThe draw for the winter cup was made on Monday night.\n",
        },
    )
    result = answer(index, "what did gaul ferrills say after beating ruiz")
    assert result.found and result.speaker == "Gaul Ferrils"
    assert result.quotes[0].quote.text.startswith("This is my best win")
    assert result.lead.startswith("No one called gaul ferrills is named in the articles")


def test_a_short_surname_after_two_words_as_written_is_read_as_the_name(index: Index) -> None:
    # "son" is also a word for a person; the articles write "Lin Hae Sohn"
    result = answer(index, "what did lin hae son say about rates?")
    assert result.speaker == "Lin Hae Sohn"
    assert result.lead.startswith("No one called lin hae son is named in the articles")


def test_a_first_name_spelt_another_way_is_the_person_quoted(index: Index) -> None:
    # two Ollerbys are quoted: the first name as typed tells which
    result = answer(index, "what did steven ollerby say?")
    assert result.speaker == "Stephen Ollerby"
    assert result.quotes and "hearts out" in result.quotes[0].quote.text


@pytest.mark.parametrize(
    "question",
    ["what did woldemarim say?", "what did woldemarim say about winning the race?"],
)
def test_a_long_surname_alone_a_letter_off_one_quoted_surname_is_read_as_theirs(
    index: Index, question: str
) -> None:
    # no one else's surname is a letter off "woldemarim": asked without a topic, or about one
    # his articles hold, it is Tesfaye Woldemariam misspelt, and the lead says so
    result = answer(index, question)
    assert result.speaker == "Tesfaye Woldemariam"
    assert result.lead.startswith("No one called woldemarim is named in the articles; read as")


@pytest.mark.parametrize(
    "question",
    [
        "what did woldemarim say about the harbour?",  # a topic his articles do not hold
        "what did woldemariax say?",  # the ending changed: maybe another's name
        "what did olerby say?",  # a letter off two people's surname
    ],
)
def test_a_surname_alone_is_not_read_as_a_close_one_the_topic_ending_or_others_doubt(
    index: Index, question: str
) -> None:
    assert answer(index, question).speaker is None


# five people share the surname Pennock, each quoted in a story of their own: more than the
# close names a misspelling is first offered (`near`), so the topic must pick among them all
PENNOCKS = {
    f"{topic}.txt": f'{title}\n\n{text} "{words}," said {given} Pennock, {role}.\n'
    for topic, title, text, words, given, role in [
        ("quarry", "Quarry shut", "The quarry closed.", "The rock ran out", "Alma", "a foreman"),
        ("kiln", "Kiln fire", "The kiln burned.", "The flames rose high", "Boris", "a potter"),
        ("orchard", "Orchard frost", "Frost hit apples.", "We lost half", "Carla", "a grower"),
        ("regatta", "Regatta won", "A crew won the regatta.", "We rowed hard", "Denis", "a rower"),
        ("tunnel", "Tunnel opens", "A tunnel opened.", "Trains run today", "Edith", "an engineer"),
    ]
}


@pytest.fixture(scope="module")
def pennocks(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("pennocks"), {**ARTICLES, **PENNOCKS})


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what did penock say about the quarry?", "Alma Pennock"),
        ("what did penock say about the kiln fire?", "Boris Pennock"),
        ("what did penock say about the orchard frost?", "Carla Pennock"),
        ("what did penock say about the regatta?", "Denis Pennock"),
        ("what did penock say about the tunnel?", "Edith Pennock"),
        ("what did penock say about the harbour?", None),  # no one's story
        ("what did penock say?", None),  # which one?
    ],
)
def test_a_surname_alone_a_letter_off_a_shared_surname_is_the_namesake_on_the_topic(
    pennocks: Index, question: str, speaker: str | None
) -> None:
    # "penock" is a letter off the surname five people share: the topic tells which one is
    # meant, as it does for "pennock" spelt right, and the lead says how the name was read
    result = answer(pennocks, question)
    assert result.speaker == speaker
    if speaker is not None:
        lead = f"No one called penock is named in the articles; read as {speaker}."
        assert result.lead.startswith(lead)
        assert result.quotes and result.quotes[0].quote.speaker == speaker


def test_a_misspelt_name_after_its_owner_is_read_as_the_name(index: Index) -> None:
    # "the harbour's ines caldor": the owner aside, the name is a letter off Ines Calder's
    result = answer(index, "what did the harbour's ines caldor say about the ships?")
    assert result.speaker == "Ines Calder"
    assert "read as Ines Calder" in result.lead


@pytest.mark.parametrize("asked", ["dan morrey", "dan morry"])
def test_a_surname_ending_that_sounds_the_same_is_the_name_quoted(
    tmp_path_factory: pytest.TempPathFactory, asked: str
) -> None:
    # readers write "-ie", "-ey" and "-y" for one sound: "dan morrey" is Dan Morrie
    index = index_of(
        tmp_path_factory.mktemp("endings"),
        {
            "ferry.txt": 'Ferry fares\n\nFares rise in May. "Fuel costs more," said ferry boss '
            "Dan Morrie.\n",
            "other.txt": "Harbour dredged\n\nThe channel was dredged, the council said.\n",
        },
    )
    result = answer(index, f"what did {asked} say?")
    assert result.speaker == "Dan Morrie"
    assert result.lead.startswith(f"No one called {asked} is named in the articles; read as")


SLIPS = {
    "cranes.txt": "Cranes ready\n\nPort chief Ruth Calloway said the new cranes were ready. "
    '"We start loading on Monday," said Ms Caloway, who has run the port since 2001.\n',
    "mill.txt": "Mill reopens\n\nThe mill reopened. Miller Tom Harrop said flour was back. "
    "Seasonal worker Mr Harop, a neighbour, was not asked.\n",
    "shop.txt": "Shop shuts\n\nThe shop shut. Mr Harop, its owner, retired.\n",
}


@pytest.fixture(scope="module")
def slips(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("slips"), SLIPS)


@pytest.mark.parametrize("asked", ["ms caloway", "Caloway", "Ms Caloway"])
def test_an_articles_own_slip_asked_is_the_person_it_quotes(slips: Index, asked: str) -> None:
    # the article writes "Ms Caloway" beside the Ruth Calloway it quotes: a reader asking as
    # it wrote was told no quotes of Caloway, though the name is only the article's slip
    result = answer(slips, f"what did {asked} say about the cranes?")
    assert result.speaker == "Ruth Calloway"
    assert result.lead.startswith(
        f"Read {asked.removeprefix('ms ').removeprefix('Ms ')} as Ruth Calloway, whose article "
        "writes both spellings."
    )


def test_a_close_name_another_article_writes_too_is_someone_else(slips: Index) -> None:
    # "Mr Harop" is written where Tom Harrop is not quoted: someone else may be meant
    result = answer(slips, "what did mr harop say about flour?")
    assert result.speaker != "Tom Harrop"


def test_yes_after_a_name_read_as_another_says_the_answer_is_already_for_them(
    index: Index,
) -> None:
    from qabot.search import Conversation

    chat = Conversation()
    first = answer(index, "what did woldemarium say about the marathon?", conversation=chat)
    assert "read as Tesfaye Woldemariam" in first.lead
    reply = answer(index, "yes", conversation=chat)
    assert reply.lead == "The answer above is already for Tesfaye Woldemariam."
    assert not reply.found and reply.quotes == []
    # after an ordinary search in between, "yes" is about that answer
    answer(index, "harbour dredging", conversation=chat)
    assert "already for" not in answer(index, "yes", conversation=chat).lead
    # a "Did you mean ...?" is still accepted by "yes"
    offered = answer(index, "what did woldemarium say about the harbour?", conversation=chat)
    assert offered.suggestion == "Tesfaye Woldemariam"
    assert answer(index, "yes", conversation=chat).speaker == "Tesfaye Woldemariam"


@pytest.mark.parametrize(
    ("name", "written"),
    [("Marsh", True), ("Mr Calder", True), ("Nash", True), ("channel", False), ("Ferries", False)],
)
def test_a_name_is_written_as_a_name_where_an_article_writes_it_with_a_capital(
    index: Index, name: str, written: bool
) -> None:
    # the first passage writing it tells, without reading the others
    assert written_as_name(index, name) is written
    assert bool(articles_writing(index, name)) is written


def test_the_articles_writing_a_name_tell_where_a_title_opens_it(index: Index) -> None:
    titled = articles_writing(index, "Calder")
    assert list(titled.values()) == [True]  # "Ms Calder said"
    assert list(articles_writing(index, "Marsk").values()) == [False]


def test_a_slip_reads_the_passages_writing_the_name_only_while_someone_may_be_meant(
    index: Index,
) -> None:
    nash = index.speakers.articles_of("Mike Nash")
    read: list[str] = []

    def writing(articles: list[str]) -> Iterator[tuple[str, Callable[[], bool]]]:
        for article in articles:
            read.append(article)
            yield article, lambda: True

    # every article writing "Nasj" quotes Mike Nash and titles it: his articles' slip
    slip = slipped_on(index, ["Mike Nash"], writing([*nash, *nash]))
    assert slip.people == ["Mike Nash"]
    assert slip.read == [*nash, *nash]
    # an article quoting nobody a letter off it: no slip, and no passage after it is read
    read.clear()
    slip = slipped_on(index, ["Mike Nash"], writing(["elsewhere", *nash]))
    assert slip.people == []
    assert read == slip.read == ["elsewhere"]
    assert slipped_on(index, [], writing(nash)).people == []


def test_a_surname_asked_in_the_possessive_is_not_said_to_be_named_nowhere(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # "Quenby's" heads the story (his gift), so "named nowhere" would be false: read as Lord
    # Quenby, the lead says only that nobody so called is quoted
    gift = (
        "Quenby's canal gift\n\nMinister Lord Quenby has given the canal trust a grant.\n\n"
        'Lord Quenby said: "I am pleased to help the canal trust."\n'
    )
    index = index_of(tmp_path_factory.mktemp("possessive"), {**ARTICLES, "gift.txt": gift})
    result = answer(index, "what did quenby's say about the canal trust?")
    assert result.speaker == "Lord Quenby"
    assert result.lead.startswith("No one called quenby's is quoted; read as Lord Quenby.")


CUED = {
    "band.txt": 'Band plays on\n\nJarek Kozda founded the band with his sister. "We play what '
    'we like," said Kozda. "The band is more of a jam session," said Kodza.\n\nHis sister Ola '
    'Kozda plays drums. "I keep the beat," she said.\n',
    "quiz.txt": 'Quiz night\n\nThe pub quiz was won by Ivo Trask. "It was close," said Trask.'
    "\n\nFor the losers, Dan Trask's team, the night was long. It was not Trsak's night.\n",
}


@pytest.fixture(scope="module")
def cued(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("cued"), CUED)


def test_an_untitled_slip_in_a_quotes_cue_is_the_person_quoted_there(cued: Index) -> None:
    # "said Kodza" names Jarek Kozda's words (his sister is quoted beside him): a reader asking
    # as the article wrote it is told what he said, and how the name was read
    result = answer(cued, "what did kodza say about the band?")
    assert result.speaker == "Jarek Kozda"
    assert result.lead.startswith("Read kodza as Jarek Kozda, whose article writes both")


def test_a_slip_written_outside_a_quotes_cue_is_not_read_as_the_person(cued: Index) -> None:
    # "Trsak's night" is in no cue: it may be anyone's name, not Ivo Trask's slip
    assert answer(cued, "what did trsak say about the quiz?").speaker != "Ivo Trask"


def test_a_bodys_last_word_is_no_surname_to_offer(tmp_path: Path) -> None:
    # "what did truss say" was offered "Did you mean AA Motoring Trust?"
    bodies = index_of(
        tmp_path,
        {
            "fuel.txt": "Fuel prices\n\nThe Harbour Motoring Trust said fuel prices would "
            'climb. "Drivers will pay more," said the Harbour Motoring Trust.\n',
            "roads.txt": "Road repairs\n\nCrews mended the coast road after the storm.\n",
            "buses.txt": "Bus timetable\n\nThe night bus runs again from Monday.\n",
        },
    )
    result = answer(bodies, "what did truss say?")
    assert not result.found and result.suggestion is None
    assert result.lead == "Truss is not named in the articles, so there is nothing they said."


def test_a_surname_typed_without_its_accents_is_not_said_to_be_named_nowhere(
    tmp_path: Path,
) -> None:
    # "what did velazquez say" over a story naming "Velázquez" had said "Velazquez is not
    # named in the articles"; the full name typed so was already read as hers
    index = index_of(
        tmp_path,
        {
            "vote.txt": "Council race\n\nThe incumbent Marisol Velázquez trailed her challenger "
            "by 700 votes on Wednesday. Velázquez backed the rezoning last year.\n",
            "other.txt": "Ferry delayed\n\nThe ferry was late again, the operator said.\n",
            "mill.txt": "Mill sold\n\nThe old wool mill was sold to a developer.\n",
        },
    )
    result = answer(index, "what did velazquez say?")
    assert (
        result.lead == "No quotes from Velázquez in the articles. Passages that mention Velázquez:"
    )
    assert result.passages and "Velázquez" in result.passages[0].passage.text
