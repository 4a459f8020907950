"""answer(): the one path front ends use, and the `--json` contract."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qabot.indexing import Index, load_index, update_index
from qabot.search import MAX_OFFSET, MAX_TOP, Conversation, answer, group_quotes

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_6830e77389108d91.txt"


@pytest.fixture
def tiny_index(articles_dir: Path, tmp_path: Path) -> Index:
    update_index(articles_dir, tmp_path / "index")
    return load_index(tmp_path / "index")


@pytest.fixture(scope="module")
def seed_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    folder = tmp_path_factory.mktemp("seed")
    shutil.copy(SEED, folder / SEED.name)
    update_index(folder, folder / "index")
    return load_index(folder / "index")


def test_json_answer_follows_the_contract(tiny_index: Index) -> None:
    data = answer(tiny_index, "Why did the harbour pilots strike?").to_json()
    assert set(data) == {
        "question",
        "found",
        "lead",
        "passages",
        "quotes",
        "omitted",
        "speaker",
        "choices",
        "filters",
    }
    assert data["filters"] == {"since": None, "until": None, "sources": [], "recent": False}
    assert data["found"] is True
    first = data["passages"][0]
    assert set(first) == {"rank", "score", "text", "highlight", "article"}
    assert first["rank"] == 1 and first["score"] > 0
    assert first["highlight"] in first["text"]
    assert set(first["article"]) == {"id", "path", "title", "source", "date", "url", "author"}
    assert first["article"]["path"] == "harbour.txt"
    assert isinstance(data["quotes"], list)


def test_passage_text_is_verbatim_from_the_article(tiny_index: Index, articles_dir: Path) -> None:
    hit = answer(tiny_index, "frost blossoms orchards").passages[0]
    assert hit.passage.text in (articles_dir / "orchard.md").read_text(encoding="utf-8")
    assert hit.article.source == "Valley Herald"
    assert hit.article.url == "https://example.org/orchard"
    assert hit.article.date == "2023-04-12"


@pytest.mark.parametrize("question", ["", "   ", "what is it?", "the of and", "xylophone zebra"])
def test_nothing_relevant_is_not_found_and_shows_no_passages(
    tiny_index: Index, question: str
) -> None:
    result = answer(tiny_index, question)
    assert result.found is False
    assert result.passages == [] and result.quotes == []
    assert result.lead


def test_same_story_saved_twice_is_shown_once(articles_dir: Path, tmp_path: Path) -> None:
    shutil.copy(articles_dir / "harbour.txt", articles_dir / "harbour-copy.txt")
    update_index(articles_dir, tmp_path / "index")
    result = answer(load_index(tmp_path / "index"), "harbour pilots night shifts", top=5)
    texts = [hit.passage.text for hit in result.passages]
    assert len(texts) == len(set(texts))


def test_paging_continues_where_the_last_page_stopped(tiny_index: Index) -> None:
    everything = answer(tiny_index, "said", top=10).passages
    first = answer(tiny_index, "said", top=1)
    second = answer(tiny_index, "said", top=1, offset=1)
    assert first.more is True
    assert [h.passage.id for h in (*first.passages, *second.passages)] == [
        h.passage.id for h in everything[:2]
    ]


def test_seed_number_question_finds_the_troop_figure(seed_index: Index) -> None:
    result = answer(seed_index, "How many troops has Russia stationed at the border?")
    assert "150,000" in result.passages[0].passage.text


def test_what_did_x_say_returns_only_that_persons_words(seed_index: Index) -> None:
    result = answer(seed_index, "What did Stoltenberg say?")
    assert result.found and result.quotes
    assert {hit.speaker for hit in result.quotes} == {"Jens Stoltenberg"}
    texts = " ".join(hit.quote.text for hit in result.quotes)
    assert "I'm worried about the increased number of violations" in texts
    assert "But we have seen attempts by Russia" in texts
    assert "blatant attempt" not in texts
    data = result.to_json()
    assert set(data["quotes"][0]) == {"speaker", "text", "kind", "cue", "article", "start", "end"}


def test_follow_up_question_refers_to_the_last_speaker(seed_index: Index) -> None:
    chat = Conversation()
    answer(seed_index, "What did Stoltenberg say?", conversation=chat)
    follow_up = answer(seed_index, "What did he say about tanks?", conversation=chat)
    assert {hit.speaker for hit in follow_up.quotes} == {"Jens Stoltenberg"}
    assert any("battle tank" in hit.quote.text for hit in follow_up.quotes)
    # "else": his words on tanks were all shown with the first answer, so none is repeated
    chat = Conversation()
    answer(seed_index, "What did Stoltenberg say?", conversation=chat)
    repeated = answer(seed_index, "What else did he say about tanks?", conversation=chat)
    assert not any("battle tank" in hit.quote.text for hit in repeated.quotes)


def test_unknown_speaker_gets_a_suggestion(seed_index: Index) -> None:
    result = answer(seed_index, "What did Stoltenbert say?")  # its ending changed
    assert result.quotes == []
    assert "Stoltenberg" in result.lead


@pytest.mark.parametrize("question", ["What did", "who said?", "\x00\x01", "'\"<>&", "?" * 500])
def test_answer_never_raises_on_odd_questions(seed_index: Index, question: str) -> None:
    answer(seed_index, question)


def test_follow_up_naming_someone_new_starts_afresh(seed_index: Index) -> None:
    chat = Conversation()
    answer(seed_index, "What did Stoltenberg say?", conversation=chat)
    other = answer(seed_index, "What about Truss?", conversation=chat)
    assert {hit.speaker for hit in other.quotes} == {"Liz Truss"}
    again = answer(seed_index, "What else did she say?", conversation=chat)
    assert again.speaker == "Liz Truss"  # both her quotes were shown: nothing is repeated
    assert again.quotes == [] and again.lead.startswith("Nothing more from Liz Truss")


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("Who said it was the worst spring they remember?", "Briggs"),
        ("who said tankers would not be guided through fog?", "Keller"),
    ],
)
def test_who_said_names_the_speaker_from_the_right_article(
    tiny_index: Index, question: str, speaker: str
) -> None:
    result = answer(tiny_index, question)
    assert result.quotes and result.quotes[0].speaker.endswith(speaker)
    assert result.lead.startswith(result.quotes[0].speaker)


def test_one_person_is_one_speaker_across_articles(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Alliance meets\n\n"
        '"We stand ready to defend every ally," NATO chief Jens Stoltenberg said on Monday.\n',
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "Talks resume\n\n"
        '"Diplomacy is still possible," Stoltenberg told reporters in Brussels on Friday.\n',
        encoding="utf-8",
    )
    update_index(folder, tmp_path / "index")
    result = answer(load_index(tmp_path / "index"), "What did Jens Stoltenberg say?")
    assert {hit.speaker for hit in result.quotes} == {"Jens Stoltenberg"}
    assert {hit.article.path for hit in result.quotes} == {"a.txt", "b.txt"}


def test_what_did_a_party_say_includes_its_spokespeople_by_name(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "ID cards row\n\n"
        "The Lib Dems say the ID card scheme is a waste of money.\n\n"
        "Lib Dem home affairs spokesman Mark Oaten said the ID cards would not stop crime.\n\n"
        "He added that the cards would cost too much.\n",
        encoding="utf-8",
    )
    update_index(folder, tmp_path / "index")
    result = answer(load_index(tmp_path / "index"), "What did the Lib Dems say about ID cards?")
    assert result.speaker == "Lib Dems"
    assert [hit.speaker for hit in result.quotes] == ["Lib Dems", "Mark Oaten", "Mark Oaten"]
    assert result.lead.startswith("What the Lib Dems and people speaking for them (Mark Oaten)")
    # each speaker is named once where the speaker changes, not above every paragraph
    entries = group_quotes(result.quotes)[0].entries
    assert [(e.speaker, e.show_speaker) for e in entries] == [
        ("Lib Dems", True),
        ("Mark Oaten", True),
        ("Mark Oaten", False),
    ]


def test_the_same_words_saved_twice_are_quoted_once(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, title in (("a.txt", "Bridge stays open"), ("b.txt", "Bridge to stay open")):
        (folder / name).write_text(
            f'{title}\n\n"We will not close the bridge," Maria Keller said on Monday.\n',
            encoding="utf-8",
        )
    update_index(folder, tmp_path / "index")
    result = answer(load_index(tmp_path / "index"), "What did Maria Keller say?")
    assert [hit.quote.text for hit in result.quotes] == ["We will not close the bridge"]


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    offset=st.one_of(st.integers(), st.sampled_from([10**9, 10**18, 2**63, -(2**63)])),
    top=st.one_of(st.integers(), st.sampled_from([10**9, 10**18, 0, -1])),
    question=st.sampled_from(["frost blossoms", "What did Maria Keller say?", "who said fog?"]),
)
def test_answer_clamps_any_offset_and_top(
    tiny_index: Index, offset: int, top: int, question: str
) -> None:
    result = answer(tiny_index, question, top=top, offset=offset)
    assert len(result.passages) <= MAX_TOP
    assert all(hit.rank <= MAX_OFFSET + MAX_TOP for hit in result.passages)
    if offset >= MAX_OFFSET:
        assert result.more is False


def test_answer_pages_from_a_clamped_offset(tiny_index: Index) -> None:
    assert answer(tiny_index, "frost", offset=10**18).passages == []
    first = answer(tiny_index, "frost", offset=-5)
    assert [hit.rank for hit in first.passages][:1] == [1]


@pytest.mark.parametrize("question", ["who said?", "what did say", "Who said"])
def test_a_speech_question_with_no_one_and_nothing_said_asks_for_either(
    seed_index: Index, question: str
) -> None:
    result = answer(seed_index, question)
    assert not result.found and not result.passages and not result.quotes
    assert result.lead.startswith("Ask who said what")
