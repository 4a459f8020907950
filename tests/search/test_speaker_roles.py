"""Speakers asked for by role or description ("Norland's president", "the Lumen boss"),
resolved through the roles the articles give them, and their words on a topic ranked by the
article they stand in, through answer(); invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import Index, load_index, update_index
from qabot.search import answer
from tests.support.indexes import index_of

ROLE_ARTICLES = {
    "visit.txt": """Leader backs schooling for girls

Keeping girls out of school is backward, President Oduya of Norland has said in Freeland.

Norland's ambassador to Freeland said some emigrants should learn the language sooner.

"Some think girls should stay at home and that is absolutely wrong," Mr Oduya told the radio.
""",
    "rowing.txt": """Coach angry at call-ups

Harbour Rowers director of coaching Philippe Amadou has criticised the national selectors.

"If four rowers are picked for the national crew, they should move the regatta," Amadou said.

Rival club director Tomas Brandt said the national crew came first.
""",
    "label.txt": """Music mogul sells label

Star Search supremo Nadia Kerrigan has sold her Lumen Records label to an investor.

"This is a wonderful new chapter for the artists and for me," Ms Kerrigan said.
""",
    "broadband.txt": """Faster lines for home users

"Harbourtown is now a fibre town," said Owen Pryce, Wavelink's managing director, fibre lines.

Mr Pryce said the monthly download allowances were very generous.
""",
    "pensions.txt": """Pension age review

The work and pensions minister Alma Rees said: "Nobody will lose their pension in this review."

Opposition spokesman Karl Obi said the review was a delay.
""",
    "bridge.txt": """Council backs plan to repair the old bridge

The council has approved a plan to repair the old bridge over the river before winter.

Councillor Ben Hale welcomed the repair plan. "We have waited far too long for this," he said.
""",
    "ruling.txt": """Councillor attacks planning ruling

Councillor Ben Hale attacked Judge Bridges over a planning ruling on the market hall.

"Judge Bridges has ignored the whole town," Mr Hale said.
""",
    "weather.txt": """Storm warning for the coast

Forecasters said strong winds would reach the coast by Friday.

"Stay away from the sea wall," said coastguard Mia Tran.
""",
}


@pytest.fixture(scope="module")
def roles_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("roles"), ROLE_ARTICLES)


@pytest.mark.parametrize(
    ("question", "speaker", "words"),
    [
        # "President Oduya of Norland has said": the country is his, the words are his
        ("what did Norland's president say about girls staying at home?", "Oduya", "at home"),
        # "Harbour Rowers director of coaching Philippe Amadou"
        (
            "what did Harbour Rowers' director of coaching say about the national crew?",
            "Philippe Amadou",
            "move the regatta",
        ),
        # "Star Search supremo Nadia Kerrigan": a supremo is a boss
        ("what did the Star Search boss say about selling Lumen?", "Nadia Kerrigan", "chapter"),
        # "Owen Pryce, Wavelink's managing director": a managing director is a boss too
        ("what did Wavelink's boss say about the fibre?", "Owen Pryce", "fibre town"),
        # "The work and pensions minister Alma Rees said"
        ("what did the work and pensions minister say?", "Alma Rees", "lose their pension"),
    ],
)
def test_a_speaker_asked_for_by_role_is_the_person_the_articles_describe_so(
    roles_index: Index, question: str, speaker: str, words: str
) -> None:
    result = answer(roles_index, question)
    assert result.speaker is not None and speaker in result.speaker
    assert result.quotes
    assert all(speaker in hit.speaker for hit in result.quotes)
    assert any(words in hit.quote.text for hit in result.quotes)


def test_a_country_after_a_named_person_is_not_the_speaker(roles_index: Index) -> None:
    speakers = {hit.speaker for hit in answer(roles_index, "what did Norland say?").quotes}
    assert "Norland" not in speakers


def test_an_envoy_to_a_country_speaks_not_the_country(roles_index: Index) -> None:
    result = answer(roles_index, "who said emigrants should learn the language sooner?")
    assert result.quotes
    assert result.quotes[0].speaker != "Freeland"
    assert "ambassador" in result.quotes[0].speaker


@pytest.mark.parametrize(
    "question",
    [
        "what's Mia Tran been saying about the sea wall?",
        "who disputed that the review was a delay",
        "who couldn't understand why the review was a delay",  # a clause reported
    ],
)
def test_speech_questions_in_other_shapes_get_quotes(roles_index: Index, question: str) -> None:
    result = answer(roles_index, question)
    assert result.found
    assert result.quotes


def test_a_persons_words_in_an_article_about_the_topic_come_first(roles_index: Index) -> None:
    # "Judge Bridges" holds a word of the topic; the article about the repair holds the topic
    result = answer(roles_index, "what did Ben Hale say about repairing the bridge?")
    assert result.quotes
    assert result.quotes[0].quote.text == "We have waited far too long for this"
    assert all(hit.speaker == "Ben Hale" for hit in result.quotes)


def test_a_role_whose_owner_is_named_nowhere_is_nobodys(roles_index: Index) -> None:
    # several bosses are quoted, none of Zembla: say so rather than pick one
    result = answer(roles_index, "what did the Zembla boss say about the fibre?")
    assert result.speaker is None
    assert result.quotes == []
    assert "Zembla boss" in result.lead


def test_a_role_whose_owner_is_only_named_in_the_persons_article_is_not_theirs(
    roles_index: Index,
) -> None:
    # Owen Pryce is "Wavelink's managing director" in a story that names Harbourtown: the
    # owner is in his quote, never in his role, so he is not "the Harbourtown boss"
    result = answer(roles_index, "what did the Harbourtown boss say about the fibre?")
    assert result.speaker is None
    assert result.quotes == []


def test_a_role_in_the_lede_belongs_to_the_person_named_next(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "lede.txt").write_text(
        "Ferry chief named\n\nThe new harbour chief for Eastport says the ferries will run "
        "all winter.\n\nIda Sorensen, on her first day in the job, toured the quay.\n\n"
        '"Not one crossing will be cancelled," Ms Sorensen said.\n',
        encoding="utf-8",
    )
    (articles / "other.txt").write_text(
        'Storm closes pier\n\n"The pier stays shut," said harbour chief Ola Berg.\n',
        encoding="utf-8",
    )
    (articles / "third.txt").write_text(
        "Market day\n\nTraders opened their stalls early on Saturday morning.\n",
        encoding="utf-8",
    )
    update_index(articles, tmp_path / "index")
    result = answer(load_index(tmp_path / "index"), "what did the Eastport harbour chief say?")
    assert result.speaker == "Ida Sorensen"


@pytest.mark.parametrize(
    "question",
    [
        "what did councillor Aldo Ferrante say about the bridge?",
        "what did Labour MP Aldo Ferrante say about the bridge?",
        "what did councillor aldo ferrante say about the bridge?",
        "what was councillor aldo ferrante-brusk's view on the bridge?",
    ],
)
def test_a_role_before_a_name_nobody_mentions_is_that_name_unknown(
    roles_index: Index, question: str
) -> None:
    # the articles quote a councillor about the bridge, but not this one: saying so is honest,
    # showing the councillor's passages under "best match" is not
    result = answer(roles_index, question)
    assert not result.found
    assert not result.quotes and not result.passages
    assert "ldo ferrante" in result.lead.casefold()
    assert "is not named in the articles" in result.lead


def test_a_role_ending_in_a_place_stays_a_role(roles_index: Index) -> None:
    result = answer(roles_index, "what did the mayor of New Harbour say about the bridge?")
    assert "New Harbour is not named" not in result.lead


LEADER_ARTICLES = {
    "tour.txt": """Tourists name their captain

Lions coach Hal Brennan has named his captain for the summer tour of the islands.

"He has the respect of every player in the squad," Brennan said.
""",
    "cup.txt": """Riverside manager fined after cup tie

Riverside manager Otto Klee was fined for his remarks to the referee after the cup tie.

"I will watch the Lions on television this summer," Klee said of the tour.
""",
    "bills.txt": """Water bills to rise, says watchdog

Clearwater Watch says household water bills will rise sharply next year.

Sir Ian Moss, chairman of the group, said: "Bills will rise by a third for most homes."
""",
    "bank.txt": """Bay Bank profits climb

Bay Bank chairman Rita Ode said profits rose for a third year running.

"Our customers trust us with their savings," Ms Ode said.
""",
    "ferries.txt": """Ferry union warns of strike

Ferry Workers Union general secretary Ada Lorne said members would strike over pay.

"Nobody takes this step lightly," Ms Lorne said.

Harbour Line boss Piet Sand said the ferries would run. "We will keep sailing," he said.
""",
    "jobs.txt": """Jobless total rises again

Unemployment rose for the tenth month in a row, figures showed on Tuesday.

"The rise in unemployment comes as no surprise," said Ida Kron at Nordbank.
""",
    "hiring.txt": """Firms plan to hire in spring

Economist Lars Dahl said hiring would pick up in the spring as unemployment peaked.
""",
}


@pytest.fixture(scope="module")
def leaders_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("leaders"), LEADER_ARTICLES)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        # a team's manager is its coach: "Lions coach Hal Brennan", not a club manager quoted
        # in a story that names the Lions
        ("what did the Lions manager say about the captain?", "Hal Brennan"),
        # the articles give Ada Lorne the union's name: she comes before any boss quoted
        ("what did the Ferry Workers Union boss say about the strike?", "Ada Lorne"),
        # "said Ida Kron at Nordbank": the bank is hers, as "Gaydos of Variety"
        ("what did the Nordbank economist say about unemployment?", "Ida Kron"),
    ],
)
def test_a_role_asked_in_other_words_finds_the_person_the_articles_name(
    leaders_index: Index, question: str, speaker: str
) -> None:
    result = answer(leaders_index, question)
    assert result.speaker is not None and speaker in result.speaker
    assert result.quotes
    assert all(speaker in hit.speaker for hit in result.quotes)


def test_the_pm_is_the_prime_minister_not_a_speaker_written_pm(tmp_path: Path) -> None:
    index = index_of(
        tmp_path,
        {
            "trade.txt": "Trade deal welcomed\n\nPrime Minister Ada Lund welcomed the trade "
            'deal with Norland.\n\n"This deal is of fundamental importance," Ms Lund said.\n',
            "campaign.txt": "Campaign on track\n\nThe PM insisted nothing would derail the "
            "campaign, despite a new book about the party.\n",
            "ferry.txt": "Ferry fares rise\n\nFerry fares will rise in May, the operator said.\n",
        },
    )
    result = answer(index, "what did the PM say about the trade deal?")
    assert result.speaker == "Ada Lund"
    assert result.quotes and result.quotes[0].speaker == "Ada Lund"


def test_a_role_given_someone_once_in_passing_is_not_theirs(tmp_path: Path) -> None:
    """The opposition leader, called "would-be prime minister" once, is no prime minister: a
    topic both speak on does not make "the prime minister" ambiguous."""
    articles = {
        f"roads{i}.txt": f'Roads plan {i}\n\n"We will build the roads we promised in district '
        f'{i}," said Prime Minister Lena Voss.\n'
        for i in range(4)
    } | {
        f"schools{i}.txt": f'Schools plan {i}\n\n"Our schools in district {i} need more '
        f'teachers," said opposition leader Karl Dane.\n'
        for i in range(4)
    }
    articles["date.txt"] = (
        "Election date row\n\nThe election date was argued over all week.\n\n"
        '"The election date should be in May," said Karl Dane, the opposition leader and '
        "would-be prime minister.\n\n"
        '"The election date is for the cabinet to decide," said Prime Minister Lena Voss.\n'
    )
    result = answer(
        index_of(tmp_path, articles), "what did the prime minister say about the election date"
    )
    assert result.speaker == "Lena Voss"
    assert "may mean" not in result.lead
    assert [hit.speaker for hit in result.quotes] == ["Lena Voss"]


def test_the_choices_for_a_role_are_its_holders_not_people_given_it_once(tmp_path: Path) -> None:
    articles = {
        f"{name.split()[1].lower()}{i}.txt": f'Border plan {i}\n\n"The border plan {i} will '
        f'work," said Home Secretary {name}.\n'
        for name in ("Ana Holt", "Ben Cray")
        for i in range(3)
    } | {
        f"dane{i}.txt": f'Police plan {i}\n\n"The police plan {i} is flawed," said Karl '
        "Dane, the opposition home affairs spokesman.\n"
        for i in range(6)
    }
    articles["cards.txt"] = (
        "Identity cards row\n\n"
        '"Identity cards are a waste of money," said Karl Dane, the would-be home secretary.'
        '\n\n"Identity cards will make us safer," said Home Secretary Ana Holt.\n\n'
        '"Identity cards were my idea," said Ben Cray, the former home secretary.\n'
    )
    index = index_of(tmp_path, articles)
    result = answer(index, "what did the home secretary say about identity cards")
    # both holders spoke on it: each one's words under their own name, no one resolved
    assert result.speaker is None
    assert {hit.speaker for hit in result.quotes} == {"Ana Holt", "Ben Cray"}
    assert set(result.choices) == {"Ana Holt", "Ben Cray"}
    assert "Karl Dane" not in result.lead


def test_a_short_name_in_a_role_question_stands_for_the_word_it_begins(tmp_path: Path) -> None:
    # "the Met commissioner" is the "Metropolitan Police Commissioner", not the EU's
    index = index_of(
        tmp_path,
        {
            "evidence.txt": "Police to question four men\n\nMetropolitan Police Commissioner "
            "Sir Ian Vane said evidence from the camp could not be used in court.\n",
            "trade.txt": "Trade talks stall\n\nEU trade commissioner Paul Mott said the talks "
            "met resistance over evidence of dumping.\n",
            "ferry.txt": "Ferry fares rise\n\nFerry fares will rise in May, the operator said.\n",
        },
    )
    result = answer(index, "what did the Met commissioner say about the evidence?")
    assert result.speaker == "Ian Vane"


def test_a_persons_noun_typed_short_is_no_short_form(tmp_path: Path) -> None:
    # "prop" begins "properties", a word of a search firm's vice president's role: "the prop"
    # is no one the articles call so, and "the Bath prop" is the prop they name beside Bath
    index = index_of(
        tmp_path,
        {
            "search.txt": "Search firm grows\n\nLena Roth, vice president at Seekwell "
            'properties, said the firm would hire. "We will double our staff," Ms Roth said.\n',
            "squad.txt": "Cup squad named\n\nBath prop Dan Bell is called up for the final. "
            '"I am thrilled to be picked," Bell said.\n',
            "ferry.txt": "Ferry fares rise\n\nFerry fares will rise in May, the operator said.\n",
        },
    )
    alone = answer(index, "what did the prop say")
    assert alone.speaker != "Lena Roth"
    assert all(q.quote.speaker != "Lena Roth" for q in alone.quotes)
    assert answer(index, "what did the bath prop say about the final").speaker == "Dan Bell"
    # a short word that is no person's noun still stands for the word it begins
    assert answer(index, "what did the vice pres at seekwell say").speaker == "Lena Roth"


def test_a_bare_role_is_the_body_the_story_opens_with(tmp_path: Path) -> None:
    # "chairman Ron Tate" has no owner beside him, but the story's first sentence names
    # Bayford Rovers; "bayford rovers" may be typed "bay rovers", the name word "bay" begins
    # (a word the articles also write on its own)
    index = index_of(
        tmp_path,
        {
            "sorry.txt": "Striker says sorry\n\nBayford Rovers striker Ola Berg has apologised "
            "for his remarks about the club.\n\nBerg had said he wanted a bigger stage. But "
            'chairman Ron Tate said: "Ola has told me he is happy here."\n',
            "bank.txt": "Bank results\n\nBank chairman Ivo Lund said profits rose. "
            '"It was a good year," said Mr Lund.\n',
            "ferry.txt": "Ferry fares rise\n\nFerry fares across the bay will rise in May, the "
            "operator said.\n",
            "kit.txt": "Kit deal signed\n\nUK firm Herbex and Bayford Rovers have agreed a kit "
            "deal.\n\nThe shirts go on sale in May, said Herbex chief executive Al Penn. "
            '"It is a fine day for us," Mr Penn said.\n',
        },
    )
    for asked in ("the bayford rovers chairman", "the bay rovers chairman"):
        result = answer(index, f"what did {asked} say about berg")
        assert result.speaker == "Ron Tate", asked
        assert result.quotes and "happy here" in result.quotes[0].quote.text
    # a role with an owner of its own before its words is not the one the story opens with
    result = answer(index, "what did the bayford rovers chief executive say about the kit deal")
    assert result.speaker != "Al Penn"
    assert all(q.quote.speaker != "Al Penn" for q in result.quotes)


OWNER_ARTICLES = {
    "tour.txt": "Wham reunion tour ruled out\n\nPop singer Glen Mace, who sang with Wham in "
    'the 1980s, ruled out a reunion.\n\n"There will be no tour," Mace said.\n',
    "retired.txt": "Singer quits the stage\n\nFormer singer Bea Holt said she would never "
    'tour again.\n\n"The tour bus is not for me now," Ms Holt said.\n',
    "panto.txt": "Comic joins pantomime\n\nComic Joe Mint will star in a pantomime this "
    'winter.\n\nHis agent Kay Rowe said: "Joe is thrilled to be on stage again."\n',
    "ferry.txt": "Ferry fares rise\n\nFerry fares will rise in May, the operator said.\n",
}


@pytest.fixture(scope="module")
def owners_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return index_of(tmp_path_factory.mktemp("owners"), OWNER_ARTICLES)


def test_former_is_not_whose_role_it_is(owners_index: Index) -> None:
    # "the former Wham singer": a former singer of anything is not Wham's; the singer in the
    # story about Wham is
    result = answer(owners_index, "what did the former Wham singer say about a tour?")
    assert result.speaker == "Glen Mace"


def test_a_role_owner_is_named_in_full_in_the_article_or_nowhere(owners_index: Index) -> None:
    # Kay Rowe is the agent of a Joe, not of Joe Pasquale, named nowhere
    result = answer(owners_index, "what did Joe Pasquale's agent say about the pantomime?")
    assert result.speaker is None
    assert result.quotes == []


def test_a_country_adjective_not_made_by_an_ending_is_the_country(tmp_path: Path) -> None:
    # "the Welsh coach" is the "Wales coach", as "the French coach" is France's
    index = index_of(
        tmp_path,
        {
            "wales.txt": "Wales name their side\n\nWales coach Tom Rhys said the match in Rome "
            'would be hard.\n\n"Rome is never easy for us," Rhys said.\n',
            "scotland.txt": "Scotland name their side\n\nScotland coach Ian Bell said the "
            'match in Rome was a chance.\n\n"We can win in Rome," Bell said.\n',
            "ferry.txt": "Ferry fares rise\n\nFerry fares will rise in May, the operator said.\n",
        },
    )
    result = answer(index, "what did the Welsh coach say about the match in Rome?")
    assert result.speaker == "Tom Rhys"


def test_a_bare_role_next_to_the_bodys_own_words_is_that_bodys(tmp_path: Path) -> None:
    index = index_of(
        tmp_path,
        {
            "wage.txt": "Wage floor raised\n\nThe Fair Pay Board said jobs kept growing. "
            "According to the board, firms found the rises hard.\n\n"
            '"We recommended only a slight increase," said chairman Ada Turnbull.\n',
            "club.txt": "Club sold\n\nThe Fair Pay Board was mentioned here too.\n\n"
            '"We sold the club," said Rovers chairman Bo Lund.\n',
            "third.txt": "Market day\n\nTraders opened their stalls early on Saturday.\n",
        },
    )
    result = answer(index, "what did the chairman of the Fair Pay Board say about the increase?")
    assert result.speaker == "Ada Turnbull"
    assert answer(index, "what did the Fair Pay Board chairman say?").speaker != "Bo Lund"


def test_common_words_after_a_role_typed_in_lower_case_stay_a_role(roles_index: Index) -> None:
    result = answer(roles_index, "what did the councillor for harbour roads say?")
    assert "is not named in the articles" not in result.lead


def test_a_rank_another_role_of_theirs_explains_does_not_rule_them_out(tmp_path: Path) -> None:
    # Ivo Marsh is mostly the "shadow home secretary", and once the "Green home affairs
    # spokesman": the "shadow" is the secretary's, so he is still that spokesman
    texts = {
        f"shadow{n}.txt": f"Police plan {n}\n\nShadow home secretary Ivo Marsh said plan {n} "
        f'would fail. "Plan {n} is weak," Mr Marsh said.\n'
        for n in range(4)
    }
    texts["courts.txt"] = (
        "Courts bill\n\nGreen home affairs spokesman Ivo Marsh said the courts bill was rushed. "
        '"The courts need time," Mr Marsh said.\n'
    )
    texts["other.txt"] = (
        "Prisons\n\nRed home affairs spokesman Lea Dunn said the prisons were full. "
        '"We need more room," Ms Dunn said.\n'
    )
    index = index_of(tmp_path, texts)
    result = answer(index, "what did the green home affairs spokesman say about the courts bill")
    assert result.speaker == "Ivo Marsh"
