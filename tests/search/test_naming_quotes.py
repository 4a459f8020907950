"""Under "What X said about Y", X's words naming Y are emphasised wherever they are shown, so
the reader sees why they answer: through `answer()`, the console and the Telegram layout."""

from __future__ import annotations

from pathlib import Path

from qabot.bot.answer_layout import answer_messages
from qabot.console import format_answer
from qabot.records import ArticleInfo, Quote
from qabot.search import QuoteHit, answer, group_quotes
from tests.support.indexes import index_of

# our own article: a sentence of her words on the harbour, then words on the tariffs running on
TALKS = {
    "talks.txt": (
        "Ministers meet on the islands\n\nMs Vance said the two ministers had talked about the "
        'harbour, the schools and the ferry tariffs. "We agreed that on the harbour there is '
        'some cause for hope about the work done there," said Ada Vance. "On the ferry tariffs, '
        'we agreed that the important thing now is to see the plan through."\n'
    ),
    "school.txt": "School roof mended\n\nThe school roof was mended over the summer holidays.\n",
    "rain.txt": "Rain at the fair\n\nRain fell on the summer fair all afternoon.\n",
}
ON_TARIFFS = "On the ferry tariffs, we agreed that the important thing now is to see the plan"


def test_words_running_on_that_name_the_topic_are_emphasised(tmp_path: Path) -> None:
    result = answer(index_of(tmp_path, TALKS), "what did ada vance say about the ferry tariffs")
    assert any(hit.quote.text.startswith(ON_TARIFFS) for hit in result.quotes)
    assert f"**{ON_TARIFFS}" in " ".join(format_answer(result).replace(">", "").split())
    assert f"<b>{ON_TARIFFS}" in " ".join("\n".join(answer_messages(result)).split())


ARTICLE = ArticleInfo(id="a1", path="a1.txt", title="Ministers meet")
CUE = '"We agreed that the harbour gives some hope," said Ada Vance.'
RUN_ON = "On the tariffs, we agreed to see the plan through. Nothing else was decided."


def _hit(words: str, sentence: str = CUE) -> QuoteHit:
    quote = Quote("a1", "Ada Vance", words, "direct", "said", 100, 100 + len(words), sentence)
    return QuoteHit(quote=quote, speaker="Ada Vance", article=ARTICLE)


def test_words_shown_after_their_attribution_are_emphasised() -> None:
    # the sentence holds her words on another subject: unmarked, hers read as its follow-on
    words = "On the tariffs, we agreed to see the plan through."
    [group] = group_quotes([_hit(words)], "Ada Vance")
    [entry] = group.entries
    assert entry.text == f"{CUE}\n{words}"
    assert entry.emphasis == ((len(CUE) + 1, len(entry.text)),)


def test_only_the_sentences_naming_the_topic_of_words_alone_are_emphasised() -> None:
    inside = _hit("We agreed that the harbour gives some hope")
    [group] = group_quotes([inside, _hit(RUN_ON)], "Ada Vance", "the tariffs")
    alone = group.entries[1]
    assert alone.text == RUN_ON
    assert alone.emphasis == ((0, RUN_ON.index(" Nothing")),)
    # with no topic, or one they do not name, words alone stay unmarked
    for topic in (None, "the budget"):
        [group] = group_quotes([inside, _hit(RUN_ON)], "Ada Vance", topic)
        assert group.entries[1].emphasis == ()
