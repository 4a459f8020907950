"""What a "who said ...?" answer may claim: held against the words around the chosen quote."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

from qabot.records import Passage, Quote
from qabot.search import answer
from qabot.search.quote_evidence import _ENDINGS, _begins, quote_evidence
from qabot.search.quote_narration import told_before
from qabot.search.sentence_terms import SentenceTerms, sentences_with_terms
from qabot.text import analyze, tokenize
from tests.support.indexes import index_of

TEXT = (
    'The harbour will flood again, the mayor warned. "The walls are far too low," said Ana Ruiz.'
)
QUOTE = Quote(
    article_id="a",
    speaker="Ana Ruiz",
    text="The walls are far too low",
    kind="direct",
    cue="said",
    start=49,
    end=74,
    sentence='"The walls are far too low," said Ana Ruiz.',
)
PASSAGE = Passage(
    id="a:0",
    article_id="a",
    position=0,
    start=0,
    end=len(TEXT),
    text=TEXT,
    sentence_ends=(47, len(TEXT)),
    sentence_terms=(analyze(TEXT[:47]), analyze(TEXT[47:])),
)
ELSEWHERE = Passage(id="b:0", article_id="b", position=0, start=0, end=4, text="Moon")
IDF = {"wall": 2.0, "low": 1.0, "harbour": 2.0, "flood": 3.0, "moon": 5.0, "land": 2.0}


def test_the_fixture_quotes_its_text_verbatim() -> None:
    assert TEXT[QUOTE.start : QUOTE.end] == QUOTE.text


def test_the_quote_its_sentence_and_its_passage_count() -> None:
    evidence = quote_evidence(QUOTE, tokenize("harbour walls flood"), [(PASSAGE, 1.0)], IDF)
    assert evidence.share == 1.0 and evidence.shared == 3
    assert evidence.confident and evidence.offered


def test_a_passage_not_holding_the_quote_does_not_count() -> None:
    alone = quote_evidence(QUOTE, tokenize("harbour walls flood"), [(ELSEWHERE, 1.0)], IDF)
    assert alone.shared == 1 and alone.share == 2.0 / 7.0
    assert not alone.confident and not alone.offered


def test_part_of_the_question_is_offered_as_the_closest_only() -> None:
    part = quote_evidence(QUOTE, tokenize("walls too low for the moon landing"), [], IDF)
    assert part.shared == 2 and part.offered and not part.confident


def test_one_shared_word_is_no_evidence_but_a_one_word_question_needs_one() -> None:
    assert not quote_evidence(QUOTE, tokenize("moon landing walls"), [], IDF).offered
    assert quote_evidence(QUOTE, tokenize("walls"), [], IDF).offered


def test_another_form_of_a_question_word_counts() -> None:
    crowded = replace(
        QUOTE,
        text="The estate is overcrowded",
        end=QUOTE.start + 25,
        sentence="The estate is overcrowded, said Ana Ruiz.",
    )
    weights = {"estat": 1.0, "crowd": 1.0}
    evidence = quote_evidence(crowded, tokenize("estate too crowded"), [], weights)
    assert evidence.shared == 2 and evidence.confident


# a story on a levy: the parties' words call it a swindle without naming it, in a passage of
# their own, while the passages before and after name the levy; a film about a swindle too
_FIGURES = "Economists in the capital read the figures line by line through the afternoon. "
LEVY = {
    "levy.txt": "Minister sets out the levy\n\n"
    "The finance minister set out the new levy in parliament on Tuesday, promising relief for "
    "farmers and the ports. "
    + _FIGURES * 10
    + "\n\n"
    + "Harbour towns were told they would keep their old grants for two more years. " * 10
    + "According to the opposition parties, it is all one big swindle.\n\n"
    + "Markets barely moved as traders waited for the small print. " * 25
    + "The levy takes effect in April, the ministry said.\n",
    "film.txt": "Actor wins award\n\n"
    + "She played a swindle artist in a film shot in six weeks. " * 3
    + "\n",
    "school.txt": "School wins prize\n\nThe village school won a science prize.\n",
}


def test_a_quote_in_a_story_about_the_rest_of_the_question_is_offered_as_the_closest(
    tmp_path: Path,
) -> None:
    result = answer(index_of(tmp_path, LEVY), "who said the levy was a swindle?")
    assert [hit.speaker for hit in result.quotes] == ["the opposition parties"]
    assert (
        result.lead == "No quote says that in those words; the closest is the opposition parties':"
    )


def test_passages_shown_for_want_of_a_quote_are_not_called_its_matches(tmp_path: Path) -> None:
    # the film's passage holds "film" and "swindle", but says nothing like what was asked
    result = answer(index_of(tmp_path, LEVY), "who said the film was a swindle?")
    assert not result.quotes and result.passages
    assert result.lead == "No quote in the articles matches that. Passages with some of its words:"


def test_a_quote_holding_none_of_the_question_is_no_evidence_whatever_its_passage_holds() -> None:
    # the passage around the quote names the harbour and the floods; the quote names neither
    silent = replace(QUOTE, text="We did our best", end=QUOTE.start + 15, sentence="")
    evidence = quote_evidence(silent, tokenize("harbour flood"), [(PASSAGE, 1.0)], IDF)
    assert evidence.shared == 2 and evidence.share == 1.0
    assert not evidence.confident and not evidence.offered


def _part(start: int, end: int, text: str) -> Passage:
    return Passage(
        id=f"a:{start}", article_id="a", position=start, start=start, end=end, text=text
    )


def test_an_article_mentions_the_rest_of_the_question_only_in_passages_apart() -> None:
    # "flood" in one sentence, read by the two passages sharing its paragraph, is one mention
    once = [(_part(100, 300, "The flood came."), 1.0), (_part(200, 400, "The flood came."), 1.0)]
    question = tokenize("walls flood")
    assert not quote_evidence(QUOTE, question, [], IDF, once).in_context
    apart = [(_part(100, 200, "The flood came."), 1.0), (_part(300, 400, "A flood again."), 1.0)]
    assert quote_evidence(QUOTE, question, [], IDF, apart).in_context
    # ... and the passage holding the quote is not the article's mention of it
    holding = [(_part(0, 120, "The flood came."), 1.0), (_part(300, 400, "A flood again."), 1.0)]
    assert not quote_evidence(QUOTE, question, [], IDF, holding).in_context


# "back" (of "rebel-backed") begins "backlash" but is no form of it; "loudest" is one of "loud"
TRUCE = {
    "truce.txt": "Truce agreed in the valley\n\n"
    "The rebel-backed militia agreed a truce with the army on Monday.\n\n"
    '"Another delay will hurt the party in the spring," said the mediator Olu Bankole.\n',
    "market.txt": "Market reopens\n\nThe fish market reopened after the floods.\n",
    "choir.txt": "Choir sings\n\nThe choir sang the loudest hymn of the evening.\n",
}


def test_a_word_that_begins_a_question_word_is_no_form_of_it_unless_an_ending_follows(
    tmp_path: Path,
) -> None:
    index = index_of(tmp_path, TRUCE)
    # "backlash" is found nowhere: the mediator's words are the closest, not what was asked
    # (of the party, which his story names: a subject it never names would make them none)
    result = answer(index, "who said the party would be hurt by a backlash?")
    assert [hit.speaker for hit in result.quotes][:1] == ["Olu Bankole"]
    assert result.lead == "No quote says that in those words; the closest is Olu Bankole's:"
    loud = replace(QUOTE, text="It was the loudest hymn", sentence="It was the loudest hymn.")
    evidence = quote_evidence(loud, tokenize("loud hymn"), [], {"loud": 1.0, "hymn": 1.0})
    assert evidence.shared == 2


# a film's story: the sentence before the director's words tells whom "him" means; the
# question names the one the story tells of, not the director's words
FILM = {
    "film.txt": "Last chapter of the saga\n\n"
    "The final chapter follows the young pilot Arlo Venn on his way to ruin. "
    '"We are going to watch him sell his soul to a demon," director Mara Quist said. '
    '"It is a much darker film."\n',
    "market.txt": "Market reopens\n\nThe fish market reopened after the floods.\n",
    "choir.txt": "Choir sings\n\nThe choir sang the loudest hymn of the evening.\n",
}


def test_the_narration_right_before_a_quote_tells_what_it_is_about(tmp_path: Path) -> None:
    index = index_of(tmp_path, FILM)
    result = answer(index, "who described arlo venn striking a bargain?")
    assert [hit.speaker for hit in result.quotes][:1] == ["Mara Quist"]
    assert result.lead == "No quote says that in those words; the closest is Mara Quist's:"
    # the narration says it all, but it is no one's words: never "Mara Quist said it"
    result = answer(index, "who said the final chapter follows the pilot arlo venn to ruin?")
    assert result.lead == "No quote says that in those words; the closest is Mara Quist's:"


def test_a_sentence_giving_someone_else_s_words_tells_nothing_of_the_quote(
    tmp_path: Path,
) -> None:
    # the sentence before reports the critic's words: Quist's words are not about Arlo Venn
    told = {
        **FILM,
        "film.txt": FILM["film.txt"].replace("on his way to ruin.", "to ruin, a critic warned."),
    }
    result = answer(index_of(tmp_path, told), "who described arlo venn striking a bargain?")
    assert not result.quotes


# the words of the DJ's first quote hold nothing asked; the narration after them does (it tells
# of the crowd), and his later words hold "give", a form of the question's "given"
GIG = {
    "gig.txt": "DJ Pim Okoro draws a record crowd\n\n"
    "Pim Okoro played to a record crowd of 90,000 in Lagos on Saturday night. "
    '"Lagos is my second home," said Okoro. The show ran until dawn and left the crowd '
    "jittery and in need of sedatives.\n\n"
    + "Buses ran from the city centre to the beach until the early hours. "
    * 25
    + "\n\n"
    '"I am always really nervous before the big nights - they had to give me pills before I '
    'went on," Okoro said.\n',
    "ferry.txt": "Ferry crossing delayed by storms\n\nThe morning ferry crossing was delayed.\n",
    "bakery.txt": "Baker opens a shop\n\nLior Samant opened a second bakery on Monday.\n",
}


def test_the_speaker_ranked_first_is_offered_with_their_words_that_hold_the_question(
    tmp_path: Path,
) -> None:
    question = "which DJ said he was so jittery before the show that he had to be given sedatives"
    result = answer(index_of(tmp_path, GIG), question)
    assert result.lead == "No quote says that in those words; the closest is Pim Okoro's:"
    assert result.quotes[0].quote.text.startswith("I am always really nervous")


def test_an_irregular_form_of_a_question_word_in_the_quote_is_its_own() -> None:
    given = replace(QUOTE, text="They give us nothing", sentence="They give us nothing.")
    weights = {"given": 1.0, "wall": 1.0}
    evidence = quote_evidence(given, tokenize("walls given"), [(PASSAGE, 1.0)], weights)
    assert evidence.own == 2  # "wall" where she is named, "given" in her words


def test_a_form_found_by_lookups_is_the_one_a_pass_over_every_word_finds() -> None:
    """`_begins` looks forms up; it must agree with its definition, a pass over every word
    around (random stems and endings of our own, seeded)."""

    def by_pass(term: str, around: set[str]) -> bool:
        return len(term) >= 4 and any(
            len(other) >= 4
            and other != term
            and (
                (other.startswith(term) and other[len(term) :] in _ENDINGS)
                or (term.startswith(other) and term[len(other) :] in _ENDINGS)
            )
            for other in around
        )

    draw = random.Random(13)
    stems = ["loud", "organis", "back", "tar", "quayside", "rowe", "mooring", "fee"]
    endings = ["", "s", "est", "ing", "lash", "ground", "ers", "al", "x", "ian"]

    def word() -> str:
        return draw.choice(stems) + draw.choice(endings)

    for _ in range(2000):
        around = {word() for _ in range(draw.randint(0, 6))}
        term = word()
        assert _begins(term, around) == by_pass(term, around), (term, around)
        # ... and held against a sequence, as `word_gap` holds it against one word
        assert _begins(term, tuple(around)) == by_pass(term, around), (term, around)


def test_the_narration_told_before_is_that_of_the_sentence_right_before_the_quote_s() -> None:
    text = 'The ferry ran late. The crew fixed the pump. "It held," said Ana Ruiz. The end.'
    ends = (19, 44, 71, len(text))
    passage = Passage(
        id="c:0",
        article_id="c",
        position=0,
        start=100,
        end=100 + len(text),
        text=text,
        sentence_ends=ends,
        sentence_terms=tuple(
            analyze(text[a:b]) for a, b in zip((0, *ends[:-1]), ends, strict=True)
        ),
    )
    at = text.index("It held")
    said = replace(QUOTE, article_id="c", start=100 + at, end=100 + at + 7)
    assert told_before(said, passage) == frozenset(analyze(text[20:44]).split())
    # the quote's sentence opens the passage: nothing is told before it
    first = replace(said, start=100, end=105)
    assert told_before(first, passage) == frozenset()


def test_a_passage_s_sentences_give_each_one_s_terms_as_when_all_were_made_at_once() -> None:
    text = 'The ferry ran late. The crew fixed the pump. "It held," said Ana Ruiz. The end.'
    ends = (19, 44, 71, len(text))
    stored = tuple(analyze(text[a:b]) for a, b in zip((0, *ends[:-1]), ends, strict=True))
    kept = Passage(
        id="d:0",
        article_id="d",
        position=0,
        start=0,
        end=len(text),
        text=text,
        sentence_ends=ends,
        sentence_terms=stored,
    )
    # stored terms, none stored (analysed now), and no sentence ends at all
    for passage in (kept, replace(kept, sentence_terms=()), replace(kept, sentence_ends=())):
        whole = sentences_with_terms(passage)
        sentences = SentenceTerms(passage)
        assert sentences.spans == [(start, end) for start, end, _ in whole]
        for i in reversed(range(len(whole))):
            assert sentences.terms(i) == whole[i][2]
