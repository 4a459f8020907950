"""A speaker's words in quote marks answering the writer's sentence before them: that sentence's
topic words count for them when their words are ranked (`lead_ins`)."""

from __future__ import annotations

from pathlib import Path

from qabot.records import Passage, Quote
from qabot.search import answer
from qabot.search.lead_ins import lead_in_terms, own_remark
from qabot.text import tokenize
from tests.support.indexes import index_of

# the writer's sentence, then two of the speaker's, as an index cuts them into a passage
SENTENCES = (
    "When Hale was named coach, many thought he would pick his old club players.",
    'But Tane said: "He would struggle to do that now."',
    '"The league looks different," Tane said.',
)
TEXT = " ".join(SENTENCES)
TOPIC = tokenize("Hale picking his club players")


def passage(first: int = 0) -> Passage:
    """Return the passage of SENTENCES[first:], with its sentences' ends and terms."""
    start = TEXT.index(SENTENCES[first])
    text = TEXT[start:]
    ends = tuple(text.index(s) + len(s) for s in SENTENCES[first:])
    terms = tuple(" ".join(tokenize(s)) for s in SENTENCES[first:])
    return Passage("a1:0", "a1", 0, start, len(TEXT), text, ends, terms)


def quote_of(text: str, sentence: int) -> Quote:
    at = TEXT.index(text)
    return Quote("a1", "Rua Tane", text, "direct", "said", at, at + len(text), SENTENCES[sentence])


def test_words_in_quote_marks_take_the_topic_words_of_the_writers_sentence_before() -> None:
    reply = quote_of("He would struggle to do that now.", 1)
    assert lead_in_terms([reply], TOPIC, [passage()]) == [frozenset(TOPIC)]


def test_a_report_or_words_opening_their_passage_take_none() -> None:
    report = Quote("a1", "Rua Tane", "he would pick", "reported", "thought", 39, 52, SENTENCES[0])
    assert lead_in_terms([report], TOPIC, [passage()]) == [frozenset()]
    # the same words, their sentence opening the passage: no sentence before them there
    reply = quote_of("He would struggle to do that now.", 1)
    assert lead_in_terms([reply], TOPIC, [passage(first=1)]) == [frozenset()]


def test_words_after_the_speakers_own_words_in_quote_marks_take_none() -> None:
    # "The league looks different" goes on from Tane's own words, weighed as such elsewhere
    reply = quote_of("He would struggle to do that now.", 1)
    then = quote_of("The league looks different,", 2)
    terms = tokenize("struggle league")
    assert lead_in_terms([reply, then], terms, [passage()]) == [frozenset(), frozenset()]


def test_a_remark_is_words_in_quote_marks_not_a_fragment_of_the_writers_sentence() -> None:
    assert own_remark(quote_of("He would struggle to do that now.", 1))
    assert own_remark(quote_of("The league looks different,", 2))
    fragment = Quote(
        "a1", "Rua Tane", "old club", "direct", "said", 0, 8, 'He hailed his "old club".'
    )
    assert not own_remark(fragment)
    long_report = Quote(
        "a1",
        "Rua Tane",
        "the club had a bright future",
        "direct",
        "said",
        0,
        28,
        "Tane said the club had a bright future.",
    )
    assert not own_remark(long_report)


def test_a_reply_to_the_sentence_naming_the_topic_comes_first(tmp_path: Path) -> None:
    index = index_of(
        tmp_path,
        {
            "tour.txt": "Tane ready for the tour\n\n"
            "Harbour captain Rua Tane has warned the visitors will be his toughest test yet.\n\n"
            "When Ivo Hale was named coach last year, it was widely believed he would pick his "
            'old club players. But Tane said: "He would be hard pushed to do that now, '
            'given the shape of the league. "Mind you, the club have got a lot of talented '
            'players and some of them will make the side."\n',
            "ferry.txt": "Ferry late again\n\nThe morning ferry was late for the third day.\n",
            "market.txt": "Market hall sold\n\nThe market hall was sold to a builder.\n",
        },
    )
    result = answer(index, "what did Rua Tane say about Hale picking his club players?")
    assert result.speaker == "Rua Tane"
    assert result.quotes[0].quote.text.startswith("He would be hard pushed to do that now")


def test_a_reply_to_the_topic_and_its_run_on_keep_their_rank_among_the_quotes(
    tmp_path: Path,
) -> None:
    # the archive's hundred best passages on interest rates leave out the sales story, which
    # names them once: only the writer's sentence before her words says what they answer
    notes = {
        f"rates{n:03d}.txt": f"Rates note {n}\n\nInterest rates in region {n} were steady, "
        "and interest rates on loans there may rise.\n"
        for n in range(110)
    }
    index = index_of(
        tmp_path,
        {
            **notes,
            "hold.txt": "Bank opts to hold\n\n"
            "The bank left interest rates unchanged on Thursday for the fourth month in a row. "
            "Interest rates have stayed at 4% since March, and most markets expect interest "
            "rates to rise before the summer. Higher interest rates would hit borrowers.\n\n"
            "The board met for two days in the capital and heard from traders, farmers and "
            "builders about the state of trade in their regions across the whole country.\n\n"
            "Economist Ann Vale said the board had a hard choice to make on interest rates. "
            '"The landscape has changed over the last few months," she said. '
            '"Growth appears stronger and the board may worry about prices," she added. '
            "Ms Vale said the traders she spoke to were in a gloomy mood.\n",
            "sales.txt": "Winter sales slump\n\n"
            "Winter sales fell sharply this year, the shop owners' group found. Toy shops, "
            "clothes shops and book shops all had a poor month, and many owners blamed the snow "
            "that closed roads in the north for a week before the holiday. Some large chains "
            "did better, selling gifts online and sending them by post, but small shops in "
            "market towns said footfall was the lowest they could remember. The group will "
            "publish a fuller survey of its members in the new year, with figures for each "
            "region. Its chair said the rise in rents and energy bills had left many owners "
            "close to giving up. Economist Ann Vale said she did not expect the weak figures "
            'to move interest rates. "The figures are weak, but you cannot judge trading '
            'until the spring," said Ms Vale. "Our view is the bank will wait and see the big '
            'picture."\n',
        },
    )
    result = answer(index, "what did Ann Vale predict for interest rates?", top=10)
    texts = [hit.quote.text for hit in result.quotes]
    assert result.speaker == "Ann Vale"
    reply = texts.index("The figures are weak, but you cannot judge trading until the spring")
    assert texts[reply + 1].startswith("Our view is the bank will wait")
    assert reply < texts.index("she did not expect the weak figures to move interest rates")


def test_another_form_of_a_topic_word_in_the_writers_sentence_counts_as_it() -> None:
    # "broke" of "breaking", as the ranking counts a quote's own words: no stem joins them
    sentences = ("Vale broke a racket in the second set.", '"I was not playing well," Vale said.')
    text = " ".join(sentences)
    ends = tuple(text.index(s) + len(s) for s in sentences)
    terms = tuple(" ".join(tokenize(s)) for s in sentences)
    whole = Passage("b1:0", "b1", 0, 0, len(text), text, ends, terms)
    words = "I was not playing well,"
    at = text.index(words)
    reply = Quote("b1", "Ada Vale", words, "direct", "said", at, at + len(words), sentences[1])
    asked = tokenize("breaking a racket")
    assert lead_in_terms([reply], asked, [whole]) == [frozenset(asked)]


def test_the_writers_sentence_two_before_counts_when_it_quotes_none_of_the_speaker() -> None:
    sentences = (
        "Many tablet makers now promise a whole day of use.",
        "That is twice what they offered a year ago.",
        '"People will pay for that," Vale said.',
    )
    text = " ".join(sentences)
    ends = tuple(text.index(s) + len(s) for s in sentences)
    terms = tuple(" ".join(tokenize(s)) for s in sentences)
    whole = Passage("c1:0", "c1", 0, 0, len(text), text, ends, terms)
    words = "People will pay for that,"
    at = text.index(words)
    reply = Quote("c1", "Ada Vale", words, "direct", "said", at, at + len(words), sentences[2])
    assert lead_in_terms([reply], tokenize("tablet makers"), [whole]) == [
        frozenset(tokenize("tablet makers"))
    ]
    # ... not past the speaker's own words in quote marks: they are weighed as such
    said = '"Tablet makers will win this year," Vale said.'
    quoted = (said, sentences[1], sentences[2])
    text = " ".join(quoted)
    ends = tuple(text.index(s) + len(s) for s in quoted)
    terms = tuple(" ".join(tokenize(s)) for s in quoted)
    whole = Passage("c2:0", "c2", 0, 0, len(text), text, ends, terms)
    own = "Tablet makers will win this year,"
    first = text.index(own)
    before = Quote("c2", "Ada Vale", own, "direct", "said", first, first + len(own), said)
    at = text.index(words)
    reply = Quote("c2", "Ada Vale", words, "direct", "said", at, at + len(words), quoted[2])
    assert lead_in_terms([before, reply], tokenize("tablet makers"), [whole])[1] == frozenset()
