"""Answer -> Telegram HTML: escaping, highlights, sources, splitting within 4,096 characters.

Every rendered message is checked with the fake server's parser, which rejects what Telegram
rejects (unknown tags, a stray `<`, unclosed or nested blockquotes).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qabot.bot.answer_layout import FIRST_SCREEN, answer_messages
from qabot.bot.buttons import (
    MAX_CALLBACK_DATA,
    ButtonData,
    decode_callback,
    encode_more,
    encode_stored,
)
from qabot.bot.html import (
    MAX_MESSAGE,
    escape_text,
    plain_text,
    render_passage,
    render_quotes,
    source_line,
    telegram_length,
)
from qabot.bot.questions import inline_results
from qabot.records import ArticleInfo, Passage, Quote
from qabot.search import Answer, Hit, QuoteHit
from qabot.text.controls import strip_controls
from tests.support.fake_telegram import parse_telegram_html, utf16_len

ARTICLE = ArticleInfo(
    id="a1",
    path="harbour.txt",
    title="Harbour pilots strike",
    source="Coastal Times",
    date="2023-04-12",
    url="https://example.org/h?a=1&b=2",
)
HOSTILE = ArticleInfo(id="a2", path="x.txt", title="<b>Bold</b> & <script>", url=None)


def hit(text: str, highlight: str = "", article: ArticleInfo = ARTICLE, rank: int = 1) -> Hit:
    passage = Passage(
        id=f"{article.id}:{rank}",
        article_id=article.id,
        position=rank,
        start=0,
        end=len(text),
        text=text,
    )
    return Hit(rank=rank, score=1.0, passage=passage, article=article, highlight=highlight)


def quote_hit(sentence: str, words: str, speaker: str, article: ArticleInfo = ARTICLE) -> QuoteHit:
    start = max(sentence.find(words), 0)
    quote = Quote(
        article_id=article.id,
        speaker=speaker,
        text=words,
        kind="direct",
        cue="said",
        start=start,
        end=start + len(words),
        sentence=sentence,
    )
    return QuoteHit(quote=quote, speaker=speaker, article=article)


def checked(messages: list[str]) -> list[str]:
    """Return the plain text of each message, failing if Telegram would reject any of them."""
    plains = [parse_telegram_html(message) for message in messages]
    for message, plain in zip(messages, plains, strict=True):
        assert utf16_len(plain) <= MAX_MESSAGE
        assert telegram_length(message) == utf16_len(plain)
    return plains


def test_hostile_article_text_renders_literally() -> None:
    text = 'He wrote <script>alert("x")</script> & <b>loud</b>; 3 < 4 &amp; done.'
    [plain] = checked(answer_messages(Answer("q", True, "Found <it>:", [hit(text, "", HOSTILE)])))
    assert text in plain
    assert "Found <it>:" in plain
    assert "<b>Bold</b> & <script>" in plain


def test_highlight_is_bold_and_verbatim() -> None:
    text = "First sentence here. The pilots walked out on Monday. Last one."
    [block] = render_passage(hit(text, "The pilots walked out on Monday."))
    assert "<b>The pilots walked out on Monday.</b>" in block
    assert text in parse_telegram_html(block)


def test_source_line_links_a_web_url_with_outlet_and_date() -> None:
    line = source_line(ARTICLE)
    assert '<a href="https://example.org/h?a=1&amp;b=2">Harbour pilots strike</a>' in line
    assert parse_telegram_html(line) == "— Harbour pilots strike · Coastal Times, 2023-04-12"


def test_source_line_names_the_byline_escaped() -> None:
    article = ArticleInfo(id="a", path="p.txt", title="T", source="Outlet", author="Ann <b>Lee")
    line = source_line(article)
    assert "<b>Lee" not in line
    assert parse_telegram_html(line) == "— T · Outlet, by Ann <b>Lee"


@pytest.mark.parametrize("url", [None, "javascript:alert(1)", "ftp://example.org/x"])
def test_source_line_shows_title_without_link_unless_web_url(url: str | None) -> None:
    article = ArticleInfo(id="a", path="p.txt", title="T & <U>", source="Outlet", url=url)
    line = source_line(article)
    assert "<a " not in line
    assert parse_telegram_html(line) == "— T & <U> · Outlet"


def test_an_article_with_a_huge_first_line_still_fits_a_message() -> None:
    """The first line is the title: 7,600 characters of it made every message too long."""
    article = ArticleInfo(id="a", path="p.txt", title="Harbour & <pilots> " * 400, source="O")
    line = source_line(article)
    assert telegram_length(line) < 400 and parse_telegram_html(line).endswith("… · O")
    [message] = answer_messages(
        Answer("q", True, "Lead", [hit("Pilots went on strike.", "", article)])
    )
    assert telegram_length(message) <= FIRST_SCREEN and "Pilots went on strike." in message


def test_a_huge_outlet_or_byline_is_cut_in_the_source_line() -> None:
    """Outlet and byline come from page metadata or record fields: nothing bounds them."""
    article = ArticleInfo(id="a", path="p.txt", title="T", source="Coast & <Times> " * 500)
    line = parse_telegram_html(source_line(article))
    assert len(line) < 150 and line.startswith("— T · Coast & <Times>") and line.endswith("…")


def test_long_answer_is_split_between_passages_within_the_limit() -> None:
    passages = [hit(f"Passage {n} " + "word & <tag> " * 120, "", ARTICLE, n) for n in range(12)]
    messages = answer_messages(Answer("q", True, "Best matching passages:", passages))
    plains = checked(messages)
    assert len(messages) > 1
    for message in messages:  # every message is whole blockquotes, never one cut inside a tag
        assert message.count("<blockquote") == message.count("</blockquote>")
    joined = "".join(plains)
    assert all(f"Passage {n} " in joined for n in range(12))


def without_sources(plains: list[str]) -> str:
    """Return the messages' words run together, source lines (one per message) left out."""
    source = parse_telegram_html(source_line(ARTICLE))
    return "".join("".join(plain.replace(source, "") for plain in plains).split())


def test_passage_longer_than_a_message_becomes_several_complete_blocks() -> None:
    text = " ".join(f"w{n}\U0001f600&<" for n in range(1500))  # emoji count 2 UTF-16 units
    messages = answer_messages(Answer("q", True, "Lead", [hit(text, text[100:200])]))
    plains = checked(messages)
    assert len(messages) >= 3
    assert "".join(strip_controls(text).split()) in without_sources(plains)
    source = parse_telegram_html(source_line(ARTICLE))
    assert all(plain.rstrip().endswith(source) for plain in plains)  # each says where from


def test_lead_echoing_a_huge_question_is_shortened() -> None:
    [message] = answer_messages(Answer("q" * 9000, False, "Nothing matches " + "q" * 9000))
    assert telegram_length(message) < 1000


def test_quotes_are_grouped_by_article_with_the_words_in_bold() -> None:
    other = ArticleInfo(id="a3", path="o.txt", title="Orchard frost", source="Valley Herald")
    quotes = [
        quote_hit(
            '"We will not guide tankers," Keller said.',
            "We will not guide tankers",
            "Maria Keller",
        ),
        quote_hit("Keller said fog is dangerous.", "fog is dangerous", "Maria Keller"),
        quote_hit('"Worst spring," Keller added.', "Worst spring", "Maria Keller", other),
    ]
    blocks = render_quotes(quotes)
    assert len(blocks) == 2
    assert "<b>We will not guide tankers</b>" in blocks[0]
    assert "<b>fog is dangerous</b>" in blocks[0]
    assert "Harbour pilots strike" in blocks[0]
    assert "Orchard frost" in blocks[1]
    checked(blocks)


def test_quotes_of_several_speakers_name_each_speaker() -> None:
    quotes = [quote_hit("A said x.", "x", "Ann Lee"), quote_hit("B said y.", "y", "Bo Park")]
    [block] = render_quotes(quotes)
    assert "<b>Ann Lee</b>:" in block
    assert "<b>Bo Park</b>:" in block


def test_a_speaker_is_named_where_the_speaker_changes_not_above_every_quote() -> None:
    quotes = [
        quote_hit("The party said x.", "x", "Lib Dems"),
        quote_hit("Oaten said y.", "y", "Mark Oaten"),
        quote_hit("He added z.", "z", "Mark Oaten"),
    ]
    [block] = render_quotes(quotes)
    assert block.count("<b>Lib Dems</b>:") == 1
    assert block.count("<b>Mark Oaten</b>:") == 1
    assert block.index("<b>Mark Oaten</b>:") < block.index("Oaten said") < block.index("He added")


def test_quote_continuing_past_its_sentence_shows_both() -> None:
    quote = quote_hit("Keller said:", "The fog is thick and the night is long.", "Keller")
    [plain] = checked(render_quotes([quote]))
    assert "Keller said:\nThe fog is thick and the night is long." in plain


@given(st.text(min_size=1, max_size=6000), st.integers(0, 40), st.integers(0, 40))
@settings(deadline=None)
def test_any_passage_renders_as_valid_messages_within_the_limit(
    text: str, start: int, length: int
) -> None:
    messages = answer_messages(
        Answer("q", True, "Lead", [hit(text, text[start : start + length])])
    )
    plains = checked(messages)
    assert "".join(strip_controls(text).split()) in without_sources(plains)
    assert utf16_len(plains[0]) <= FIRST_SCREEN  # the first message fits one phone screen


def test_plain_text_fallback_keeps_the_words() -> None:
    [message] = answer_messages(Answer("q", True, "Lead & co", [hit("a < b & c", "a < b")]))
    assert plain_text(message) == parse_telegram_html(message)


@pytest.mark.parametrize("question", ["What did Keller say?", "ä" * 20, "x:y:z"])
def test_short_question_round_trips_in_callback_data(question: str) -> None:
    data = encode_more(3, question)
    assert data is not None
    assert len(data.encode()) <= MAX_CALLBACK_DATA
    assert decode_callback(data) == ButtonData("q", 3, question)


def test_long_question_does_not_fit_in_callback_data() -> None:
    assert encode_more(3, "ü" * 40) is None
    assert decode_callback(encode_stored(9, "0123456789abcdef")) == ButtonData(
        "s", 9, "0123456789abcdef"
    )


@pytest.mark.parametrize("data", ["", "x:1:q", "q:one:q", "q:1:", "something else"])
def test_foreign_callback_data_is_not_decoded(data: str) -> None:
    assert decode_callback(data) is None


def test_sentence_holding_two_quotes_is_shown_once_with_both_in_bold() -> None:
    sentence = 'Keller said that "fog is thick", adding that "nights are long".'
    quotes = [
        quote_hit(sentence, "fog is thick", "Keller"),
        quote_hit(sentence, "nights are long", "Keller"),
    ]
    [block] = render_quotes(quotes)
    assert block.count("<blockquote>") == 1
    assert "<b>fog is thick</b>" in block
    assert "<b>nights are long</b>" in block


def test_continued_quote_does_not_repeat_its_attribution_sentence() -> None:
    quotes = [
        quote_hit('"The fog is thick," Keller said.', "The fog is thick", "Keller"),
        quote_hit('"The fog is thick," Keller said.', "And the nights are long.", "Keller"),
    ]
    [plain] = checked(render_quotes(quotes))
    assert plain.count("Keller said.") == 1
    assert "And the nights are long." in plain


@given(
    st.lists(
        st.tuples(
            st.text(max_size=300),
            st.text(max_size=200),
            st.sampled_from(["Ann Lee", "Bo <Park> & co"]),
        ),
        max_size=12,
    )
)
@settings(deadline=None)
def test_any_quotes_render_as_valid_messages_within_the_limit(
    quotes: list[tuple[str, str, str]],
) -> None:
    hits = [quote_hit(sentence, words, speaker) for sentence, words, speaker in quotes]
    plains = checked(answer_messages(Answer("q", True, "Lead", quotes=hits)))
    assert utf16_len(plains[0]) <= FIRST_SCREEN
    # the note of quotes kept back never pushes the first message past one screen
    kept_back = Answer("q", True, "Lead", quotes=hits, speaker="Ann Lee", quotes_left=3)
    assert utf16_len(checked(answer_messages(kept_back))[0]) <= FIRST_SCREEN
    joined = "".join("".join(plains).split())
    assert all("".join(strip_controls(words).split()) in joined for _, words, _ in quotes)


def test_first_message_fits_one_screen_and_the_rest_is_folded() -> None:
    sentence = "The pilots walked out over night shifts and fog at the harbour mouth. "
    passages = [hit(sentence * 14, sentence.strip(), ARTICLE, n) for n in range(3)]
    messages = answer_messages(Answer("q", True, "Best matching passages:", passages))
    plains = checked(messages)
    assert utf16_len(plains[0]) <= FIRST_SCREEN
    assert plains[0].rstrip().endswith(parse_telegram_html(source_line(ARTICLE)))
    assert "<blockquote expandable>" not in messages[0]
    assert all("<blockquote expandable>" in message for message in messages[1:])
    assert len(messages) >= 2


def test_a_whole_quote_standing_alone_is_not_bold() -> None:
    quotes = [
        quote_hit('"The fog is thick," Keller said.', "The fog is thick", "Keller"),
        quote_hit(
            '"The fog is thick," Keller said.', "And the nights are long. Very long.", "Keller"
        ),
    ]
    [block] = render_quotes(quotes)
    assert "<b>The fog is thick</b>" in block
    assert "<b>And the nights" not in block


def test_the_note_of_quotes_kept_back_stays_off_a_full_first_screen() -> None:
    # quotes that nearly fill one screen: the note goes to a message of its own, not past it
    for size in range(900, 1200, 10):
        words = ("The pilots will not sail at night while the fog holds. " * 30)[:size]
        sentence = f"{words.strip()}, Ann Lee said."
        answer = Answer(
            "q",
            True,
            "What Ann Lee said:",
            quotes=[quote_hit(sentence, words.strip(), "Ann Lee")],
            speaker="Ann Lee",
            quotes_left=4,
        )
        plains = checked(answer_messages(answer))
        assert utf16_len(plains[0]) <= FIRST_SCREEN
        assert "4 more quotes" in "".join(plains) or "more quote" in "".join(plains)


def test_a_terminal_escape_sequence_in_article_text_leaves_nothing_in_the_chat() -> None:
    # the chat showed "is [2J true" and a title ending "[31mRED[0m": only ESC itself went
    text = (
        "The ferry ran \x1b[31mlate\x1b[0m today. Crews said it \x1b]8;;http://x.example\x07ran."
    )
    [message] = answer_messages(
        Answer("q", True, "Lead", [hit(text, text[text.index("Crews") :])])
    )
    [plain] = checked([message])
    assert "The ferry ran late today. Crews said it ran." in plain
    assert "[31m" not in message and "]8;;" not in message
    assert "<b>Crews said it ran.</b>" in message  # the emphasis moved with the text
    assert escape_text("Ferry \x1b[1mstrike\x1b[0m ends") == "Ferry strike ends"


def test_inline_results_are_plain_text_without_control_characters() -> None:
    # a page's title with a right-to-left override reversed the inline result's line
    page = ArticleInfo(
        id="a3", path="p.html", title="Ferry\u202e news \x1b[1mtoday", source="Gazette\u2066"
    )
    text = "The ferry sails\u200f at \x1b[31mnoon\x1b[0m, the crew said."
    [result] = inline_results([hit(text, text, article=page)])
    assert result.title == "Ferry news today"
    assert result.description == "Gazette: The ferry sails at noon, the crew said."
