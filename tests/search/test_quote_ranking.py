"""Who-said ranking on quotes made by hand: other forms of a word, and the quote's own words."""

from __future__ import annotations

import math
import random
from collections import Counter
from pathlib import Path

import pytest

from qabot.records import Passage, Quote
from qabot.search import Context, answer, rank_who_said
from qabot.search.quote_pieces import quoted_fragment
from qabot.search.quote_ranking import rank_in_context, term_coverage
from qabot.text import tokenize
from tests.support.indexes import index_of


def quote(speaker: str, text: str, article: str = "a1", sentence: str | None = None) -> Quote:
    return Quote(article, speaker, text, "direct", "said", 0, len(text), sentence or text)


def speakers(quotes: list[Quote], topic: str, scores: dict[str, float]) -> list[str]:
    """Return the speakers ranked for a who-said question on `topic`, each article's passage
    scored as given."""
    hits = [
        (Passage(f"{article}:0", article, 0, 0, 100, "x" * 100), score)
        for article, score in scores.items()
    ]
    return [q.speaker for q in rank_who_said(quotes, tokenize(topic), Context.of(hits))]


def test_an_irregular_form_of_a_verb_counts_as_the_word_asked() -> None:
    quotes = [
        quote("Ada Vale", "The pupils were playing football"),
        quote("Ola Berg", "The pupils were shot at in the yard"),
    ]
    assert speakers(quotes, "pupils were shooting victims", {"a1": 1.0})[0] == "Ola Berg"


def test_two_words_asked_count_when_a_quote_writes_them_as_one() -> None:
    quotes = [quote("Ola Berg", "The era was wild"), quote("Ada Vale", "The dotcom era was wild")]
    assert speakers(quotes, "the dot-com era", {"a1": 1.0})[0] == "Ada Vale"


def test_a_quote_holding_more_of_the_question_beats_a_slightly_better_passage() -> None:
    quotes = [
        quote("Ada Vale", "Staff deal with each visa in minutes", "a1", "he said."),
        quote("Ola Berg", "Every few minutes a shiny gadget came out", "a2", "he said."),
    ]
    topic = "a shiny gadget came out every few minutes, not a visa"
    assert speakers(quotes, topic, {"a1": 1.0, "a2": 0.6})[0] == "Ola Berg"


def test_words_describing_a_speaker_are_no_evidence_of_what_they_said(tmp_path: Path) -> None:
    # "record label boss and fund manager" says who Brandt is; "mismanagement" is what Kai Lund
    # said
    index = index_of(
        tmp_path,
        {
            "club.txt": "Football club faces ruin after record losses\n\n"
            "Record label boss and fund manager Ola Brandt - the club's largest investor - said "
            'he would put no more money in. "I want answers from the board," Brandt said.\n\n'
            '"This is the price of years of mismanagement," said bank analyst Kai Lund.\n',
        },
    )
    result = answer(index, "who blamed the club's record losses on years of bad management?")
    assert result.quotes and result.quotes[0].speaker == "Kai Lund"


def test_words_every_speaker_of_the_story_says_do_not_outweigh_one_speakers_own(
    tmp_path: Path,
) -> None:
    # three people quoted on the fair's ticket sale all say "fair", "tickets" and "sale"; only
    # Jo Penn's words hold the rest of the question ("an hour"), so it is her the reader means
    index = index_of(
        tmp_path,
        {
            "fair.txt": "Harvest fair tickets go on sale\n\n"
            '"Fair tickets are on sale online from Friday, with a family price," organiser Mara '
            "Holt said.\n\n"
            '"Fair tickets will sell fast once the sale opens, so buy early," said steward Rob '
            "Kerr.\n\n"
            '"The fair sale of tickets helps the village school every year," said head teacher '
            "Ann Fox.\n\n"
            '"Last year they were all gone within the hour," said Jo Penn, who queued all '
            "night.\n",
            "mill.txt": "Old mill reopens\n\n"
            '"The mill wheel turns again after ten years," said miller Tom Ash.\n\n'
            '"The harvest fair will have a stall here," said Lia Moss of the mill trust.\n\n'
            '"We hope for a dry summer," said Ben Roe, a volunteer.\n',
            "school.txt": "School wins prize\n\nThe village school won a science prize.\n",
        },
    )
    result = answer(index, "who said the tickets for the fair sale went in an hour?")
    assert result.quotes and result.quotes[0].speaker == "Jo Penn"


# a speaker reported on a ferry timetable at the end of a long paragraph, her words in quote
# marks opening the next one (another passage) without naming it, and words of hers on another
# subject beside the timetable's name
FERRY = {
    "ferry.txt": "Ferry timetable to change in May\n\n"
    + "Islanders queued at the harbour office for the printed sheets. " * 12
    + "Mara Holm said the ferry timetable would change in May.\n\n"
    '"We had no choice: the old boats are worn out and the yard cannot mend them," she said. '
    + "The new boats are longer and faster than the old ones. "
    * 12
    + "\n\n"
    'Holm, asked about the timetable, said: "The harbour cafe will stay open late."\n',
    "boats.txt": "Yard delivers two boats\n\n"
    "The yard in Tollby finished two boats for the island route this week.\n\n"
    '"They are the quietest boats we ever built," said Mara Holm, who runs the ferry company.\n',
    "island.txt": "Island school reopens\n\n"
    "The island school reopened on Monday after the summer break, with new desks.\n",
}


def test_a_speakers_words_after_a_report_of_them_come_before_their_other_words(
    tmp_path: Path,
) -> None:
    result = answer(index_of(tmp_path, FERRY), "what did Mara Holm say about the timetable?")
    texts = [hit.quote.text for hit in result.quotes]
    assert result.speaker == "Mara Holm" and len(texts) >= 3
    # her own words run on from the report on the timetable, though they do not name it
    first_two = " ".join(texts[:2])
    assert "We had no choice" in first_two and "would change in May" in first_two
    assert texts.index("The harbour cafe will stay open late.") > 1


def test_words_in_quote_marks_come_before_a_report_as_relevant(tmp_path: Path) -> None:
    index = index_of(
        tmp_path,
        {
            "bridge.txt": "Bridge repairs delayed\n\n"
            "Engineer Tor Lund said repairs to the bridge would take a year.\n\n"
            + "Traffic was diverted through the old town for the works. "
            * 6
            + "\n\n"
            '"The bridge repairs need more steel than we have," Lund said.\n',
            "market.txt": "Market hall sold\n\nThe market hall was sold to a builder.\n",
            "school.txt": "School wins prize\n\nThe village school won a science prize.\n",
        },
    )
    result = answer(index, "what did Tor Lund say about the bridge repairs?")
    assert [hit.quote.kind for hit in result.quotes] == ["direct", "reported"]


def test_one_remark_in_two_stories_shows_once_in_its_fuller_form(tmp_path: Path) -> None:
    index = index_of(
        tmp_path,
        {
            "camp.txt": "Coach praises young players\n\n"
            '"The island has the right spirit," said coach Ivo Marsh after the camp.\n\n'
            '"The camp was hard work for everyone," Marsh added.\n',
            "visit.txt": "Coach Marsh on his island visit\n\n"
            '"The island has a different spirit, the right spirit, for the camp and the games '
            'ahead," said coach Ivo Marsh.\n',
            "ferry.txt": "Ferry late again\n\nThe morning ferry was late for the third day.\n",
        },
    )
    result = answer(index, "what did Ivo Marsh say about the camp?")
    texts = [hit.quote.text for hit in result.quotes]
    assert not any(text.startswith("The island has the right spirit") for text in texts)
    assert sum(text.startswith("The island has a different spirit") for text in texts) == 1
    assert "The camp was hard work for everyone" in texts


def test_context_of_spans_is_the_context_of_the_passages_there() -> None:
    # "who said" weighs quotes by where its hits are, without making their passages
    first = Passage("a:0", "a", 0, 0, 40, "x" * 40)
    second = Passage("a:1", "a", 1, 42, 90, "y" * 48)
    other = Passage("b:0", "b", 0, 0, 30, "z" * 30)
    hits = [(first, 3.0), (other, 2.5), (second, 1.0)]
    spans = [(p.article_id, p.start, p.end) for p, _ in hits]
    assert Context.of_spans(spans, [s for _, s in hits]) == Context.of(hits)
    assert Context.of_spans([], []) == Context.of([])


def test_a_quote_just_after_the_passage_setting_it_out_shares_that_passage() -> None:
    # the passage holding the writer's setting ends two characters before the words, which
    # fall in a passage of their own that no hit holds
    words = "More winners from home"
    beside = Quote("a1", "Ada Vale", words, "direct", "said", 1000, 1022, words)
    elsewhere = quote("Ola Berg", words, article="a2")
    hits = [
        (Passage("a1:0", "a1", 0, 0, 998, "x" * 998), 1.0),
        (Passage("a2:0", "a2", 0, 0, 100, "x" * 100), 0.6),
    ]
    ranked = rank_who_said([elsewhere, beside], tokenize("winners from home"), Context.of(hits))
    assert ranked[0].speaker == "Ada Vale"


def test_term_coverage_is_each_document_s_share_of_the_query_s_idf() -> None:
    # as first written: a term's idf over the documents holding it, each document's share of
    # the query's weight, a term weighing less for each other speaker saying it (sums exact,
    # so in any order)
    def by_definition(documents, query, others=None, instead=None):  # type: ignore[no-untyped-def]
        terms = set(query)
        n = len(documents)
        frequency = Counter(t for doc in documents for t in set(doc) if t in terms)
        idf = {t: math.log(1 + (n - frequency[t] + 0.5) / (frequency[t] + 0.5)) for t in terms}
        total = math.fsum(idf.values()) or 1.0
        return [
            math.fsum(
                idf[t] / (1 + 0.4 * others(i, t)) if others else idf[t]
                for t in terms.intersection(doc)
            )
            / total
            for i, doc in enumerate(documents if instead is None else instead)
        ]

    draw = random.Random(7)
    words = [f"w{n}" for n in range(12)]
    for _ in range(300):
        documents = [draw.choices(words, k=draw.randint(0, 8)) for _ in range(draw.randint(1, 9))]
        query = draw.sample(words, draw.randint(1, 5))
        instead = [draw.choices(words, k=draw.randint(0, 4)) for _ in documents]

        def others(i: int, term: str) -> int:
            return (i + len(term)) % 3

        assert term_coverage(documents, query) == by_definition(documents, query)
        assert term_coverage(documents, query, others) == by_definition(documents, query, others)
        assert term_coverage(documents, query, others, instead) == by_definition(
            documents, query, others, instead
        )


@pytest.mark.parametrize(
    ("text", "sentence", "part"),
    [
        ("sly and petty", "He called the posters 'sly and petty' on Monday.", True),
        ("That's just Kelly", '"That\'s just Kelly," he said.', False),
        ("unfair tax", "“unfair tax”, she said of it.", False),
        ("a tax that nobody asked for", "He called it 'a tax that nobody asked for'.", False),
    ],
)
def test_a_few_words_inside_the_writers_sentence_are_a_fragment(
    text: str, sentence: str, part: bool
) -> None:
    assert quoted_fragment(quote("Ada Vale", text, sentence=sentence)) is part


def test_a_whole_remark_comes_before_a_fragment_as_much_on_the_topic() -> None:
    remark = quote("Ada Vale", "The harbour plan is sound.", "a1")
    part = quote(
        "Ada Vale", "harbour plan", "a1", sentence="Ms Vale called the 'harbour plan' sound."
    )
    context = Context({"a1": [(0, 100, 1.0)]}, 1.0)
    ranked = rank_in_context([part, remark], tokenize("harbour plan"), context, context)
    assert ranked == [remark, part]


def test_a_quote_holding_a_synonym_of_the_topic_comes_before_one_holding_none() -> None:
    context = Context({"a1": [(0, 100, 1.0)], "a2": [(0, 100, 1.0)]}, 1.0)
    elsewhere = quote("Ada Vale", "The harbour was calm all week.", "a1")
    synonym = quote("Ada Vale", "We have the strongest team we could.", "a2")
    ranked = rank_in_context([elsewhere, synonym], tokenize("the squad"), context, context)
    assert ranked == [synonym, elsewhere]


def test_the_topic_word_itself_counts_for_more_than_its_synonym() -> None:
    context = Context({"a1": [(0, 100, 1.0)], "a2": [(0, 100, 1.0)]}, 1.0)
    synonym = quote("Ada Vale", "It is a young team.", "a1")
    asked = quote("Ada Vale", "It is a young squad.", "a2")
    ranked = rank_in_context([synonym, asked], tokenize("the squad"), context, context)
    assert ranked == [asked, synonym]


def test_a_remark_reported_and_quoted_shows_once_in_quote_marks(tmp_path: Path) -> None:
    # the opening paragraph tells what the quote below says: one remark, not two answers
    index = index_of(
        tmp_path,
        {
            "sale.txt": "Winger regrets move\n\n"
            "Winger Cal Brody said Rovers had made a big mistake in selling him to City.\n\n"
            + "Brody scored twice on Saturday as City won at home. "
            * 6
            + "\n\n"
            '"Rovers made a big mistake in selling me," Brody said. "I loved the club."\n',
            "market.txt": "Market hall sold\n\nThe market hall was sold to a builder.\n",
            "school.txt": "School wins prize\n\nThe village school won a science prize.\n",
        },
    )
    result = answer(index, "what did Cal Brody say about Rovers selling him?")
    texts = [hit.quote.text for hit in result.quotes]
    assert texts[0] == "Rovers made a big mistake in selling me"
    assert not any("selling him to City" in text for text in texts)
