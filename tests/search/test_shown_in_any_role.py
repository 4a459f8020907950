"""Words shown in any role count as shown: inside the sentence shown as the attribution of
other words, or under a copy of the story (one answer names that story once, "also in")."""

from __future__ import annotations

import pytest

from qabot.bot.answer_layout import FIRST_SCREEN, answer_layout, answer_messages
from qabot.bot.html import telegram_length
from qabot.console import format_answer
from qabot.indexing import Index
from qabot.records import ArticleInfo, Quote
from qabot.search import Answer, Conversation, QuoteHit, answer, group_quotes
from qabot.search.quote_hits import not_shown, quote_hits
from tests.support.indexes import index_of

CUE = '"I felt awful all week at the lake," Ada Marsh said.'
TONIGHT = "Tonight was another step in the right direction."
FIRST = ArticleInfo(id="a1", path="a1.txt", title="Marsh into lake final")
COPY = ArticleInfo(id="b2", path="b2.txt", title="Marsh to face Onk in final")


def _hit(article: ArticleInfo, words: str, start: int) -> QuoteHit:
    quote = Quote(article.id, "Ada Marsh", words, "direct", "said", start, start + len(words), CUE)
    return QuoteHit(quote=quote, speaker="Ada Marsh", article=article)


def test_an_attribution_shown_under_a_copy_is_not_shown_again() -> None:
    felt = _hit(FIRST, "I felt awful all week at the lake", 1)
    tonight = _hit(COPY, TONIGHT, 60)  # runs on from the same sentence, in the copy
    first, second = group_quotes([felt, tonight], asked="Ada Marsh")
    assert [entry.text for entry in first.entries] == [CUE]
    assert first.also_in == (COPY,)
    # the words alone, their speaker named, as the sentence naming them is not shown here
    [entry] = second.entries
    assert (entry.text, entry.show_speaker) == (TONIGHT, True)
    # the same sentence with the same words inside it is not shown twice at all
    again = _hit(COPY, "I felt awful all week at the lake", 1)
    [only] = group_quotes([felt, again], asked="Ada Marsh")
    assert only.also_in == (COPY,)


def test_stories_that_share_no_sentence_are_shown_whole() -> None:
    felt = _hit(FIRST, "I felt awful all week at the lake", 1)
    other = Quote("b2", "Ada Marsh", TONIGHT, "direct", "said", 0, 40, f'"{TONIGHT}" she said.')
    first, second = group_quotes([felt, QuoteHit(other, "Ada Marsh", COPY)], asked="Ada Marsh")
    assert first.also_in == () and second.entries[0].text == f'"{TONIGHT}" she said.'


def test_words_inside_a_sentence_shown_count_as_shown() -> None:
    cue = _hit(FIRST, "I felt awful all week at the lake", 1).quote
    run_on = _hit(FIRST, TONIGHT, 60).quote  # shown below `CUE`, which holds `cue`'s words
    left = not_shown([cue], frozenset({("a1", 60)}), [run_on], [CUE])
    assert left == []
    assert not_shown([cue], frozenset({("a1", 60)}), [run_on]) == [cue]


_SUMMIT = """Leaders meet at the border

"We agreed that on the harbour there is some cause for hope about the work done there," said
prime minister Ada Marsh.

"On the river, we agreed that whatever the quarrels of the past, the dam must now be finished
and paid for."
"""


@pytest.fixture(scope="module")
def marsh(tmp_path_factory: pytest.TempPathFactory) -> Index:
    things = "ferries mills bridges gardens towers stations schools markets halls docks".split()
    articles = {f"river{i}.txt": _river(thing) for i, thing in enumerate(things)}
    return index_of(tmp_path_factory.mktemp("roles"), {"summit.txt": _SUMMIT, **articles})


def _river(thing: str) -> str:
    return (
        f'Marsh visits the {thing}\n\n"The river past the {thing} will be dredged and lined '
        f'with new walls before the floods of next winter," said Ada Marsh.\n'
    )


def test_what_else_repeats_no_words_of_a_sentence_shown(marsh: Index) -> None:
    chat = Conversation()
    first = answer(marsh, "what did Ada Marsh say about the river?", top=2, conversation=chat)
    sentences = {hit.quote.sentence for hit in first.quotes}
    assert chat.seen == sentences
    more = answer(marsh, "what else did she say?", top=20, conversation=chat)
    shown = " ".join(" ".join(sentence.split()) for sentence in sentences)
    assert more.quotes and not any(hit.quote.text in shown for hit in more.quotes)


def test_the_console_and_the_bot_name_the_copy_once() -> None:
    felt = _hit(FIRST, "I felt awful all week at the lake", 1)
    tonight = _hit(COPY, TONIGHT, 60)
    said = Answer("q", True, "What Ada Marsh said:", quotes=[felt, tonight], speaker="Ada Marsh")
    text = format_answer(said)
    assert text.count("I felt awful") == 1 and "Also in: Marsh to face Onk in final" in text
    html = "".join(answer_messages(said))
    assert html.count("I felt awful") == 1 and "also in: <i>Marsh to face Onk in final" in html


def test_words_shown_in_a_copys_sentence_are_not_chosen_again(marsh: Index) -> None:
    def said(article: str, words: str, start: int) -> Quote:
        return Quote(article, "Ada Marsh", words, "direct", "said", start, start + 40, CUE)

    run_on = said("a1", TONIGHT, 60)  # shown below `CUE`
    copy = said("b2", "I felt awful all week at the lake", 1)  # inside `CUE`, in a copy
    beside = said("a1", "I felt awful all week at the lake", 1)  # inside it, in the same story
    hits = quote_hits(marsh, marsh.speakers, [run_on, copy, beside], 10)
    assert [hit.quote for hit in hits] == [run_on, beside]


def test_a_message_naming_the_copies_keeps_within_its_limit() -> None:
    """The "also in" line is measured with its source line when quotes are cut to fit."""
    words = " ".join([f"The lake was cold on day {i} and the wind was high." for i in range(40)])
    cue = f'"{words}," Ada Marsh said.'
    copies = [
        ArticleInfo(id=f"c{i}", path=f"c{i}.txt", title=f"Marsh copy {i} " * 8) for i in range(4)
    ]
    hits = [
        QuoteHit(
            Quote(a.id, "Ada Marsh", words, "direct", "said", 1, 1 + len(words), cue),
            "Ada Marsh",
            a,
        )
        for a in [FIRST, *copies]
    ]
    said = Answer("q", True, "What Ada Marsh said:", quotes=hits, speaker="Ada Marsh")
    messages = answer_layout(said, limit=900, screen=600)
    assert "also in: <i>Marsh copy 0" in "".join(messages)
    assert all(telegram_length(message) <= 900 for message in messages)


def test_a_story_copied_by_many_outlets_names_them_within_one_message() -> None:
    """Forty copies' titles (5,000 characters) made one source line longer than a message."""
    words = "I felt awful all week at the lake"
    copies = [
        ArticleInfo(id=f"c{i}", path=f"c{i}.txt", title=f"Marsh <copy> {i} " * 10)
        for i in range(40)
    ]
    hits = [
        QuoteHit(Quote(a.id, "Ada Marsh", words, "direct", "said", 1, 33, CUE), "Ada Marsh", a)
        for a in [FIRST, *copies]
    ]
    said = Answer("q", True, "What Ada Marsh said:", quotes=hits, speaker="Ada Marsh")
    [message] = answer_messages(said)
    assert telegram_length(message) <= FIRST_SCREEN and "I felt awful" in message
    assert "also in: <i>Marsh &lt;copy&gt; 0 " in message and "…</i>" in message


def test_a_copy_left_out_when_quotes_are_chosen_is_named_once(marsh: Index) -> None:
    """One rule (`SentencesShown`) for choice and display: the copy whose words inside a
    sentence shown were left out by `quote_hits` is named under the story shown."""
    first, copy = sorted(marsh.articles)[:2]

    def said(article: str, words: str, start: int) -> Quote:
        return Quote(article, "Ada Marsh", words, "direct", "said", start, start + 40, CUE)

    run_on = said(first, TONIGHT, 60)  # shown below `CUE`
    inside = said(copy, "I felt awful all week at the lake", 1)  # inside `CUE`, in the copy
    hits = quote_hits(marsh, marsh.speakers, [run_on, inside], 10)
    assert [hit.quote for hit in hits] == [run_on]
    assert [other.id for other in hits[0].copies] == [copy]
    [group] = group_quotes(hits, asked="Ada Marsh")
    assert [other.id for other in group.also_in] == [copy]
    text = format_answer(Answer("q", True, "What Ada Marsh said:", quotes=hits))
    assert text.count("I felt awful") == 1 and text.count("Also in:") == 1


def test_copies_of_one_quote_in_one_sentence_are_named_when_chosen(marsh: Index) -> None:
    """The same words in the same sentence of three stories: shown once, the two others
    named ("also in"), not dropped unnamed as repeated words."""
    first, *others = sorted(marsh.articles)[:3]

    def said(article: str) -> Quote:
        return Quote(
            article, "Ada Marsh", "I felt awful all week at the lake", "direct", "said", 1, 34, CUE
        )

    hits = quote_hits(marsh, marsh.speakers, [said(first), *map(said, others)], 10)
    assert [hit.quote.article_id for hit in hits] == [first]
    assert [copy.id for copy in hits[0].copies] == others


def test_the_console_names_many_copies_in_a_few_lines() -> None:
    """Forty copies' titles would print dozens of lines under one source in a terminal."""
    words = "I felt awful all week at the lake"
    copies = [
        ArticleInfo(id=f"c{i}", path=f"c{i}.txt", title=f"Marsh copy {i} " * 10) for i in range(40)
    ]
    hits = [
        QuoteHit(Quote(a.id, "Ada Marsh", words, "direct", "said", 1, 33, CUE), "Ada Marsh", a)
        for a in [FIRST, *copies]
    ]
    text = format_answer(Answer("q", True, "What Ada Marsh said:", quotes=hits))
    also = text[text.index("Also in:") :].split("\n\n")[0]
    assert "Marsh copy 0" in also and also.rstrip().endswith("…")
    assert len(" ".join(also.split())) <= len("Also in: ") + 300
