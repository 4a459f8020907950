"""Each quote's analysed terms, made at index time and stored in its segment line: always the
analyzer's terms of its texts, read back as the terms answers weigh, kept right by updates."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from qabot.indexing import current_generation, load_index, update_index
from qabot.indexing.quote_store import QuoteRow, SegmentWriter, read_quotes
from qabot.indexing.quote_terms import quote_terms
from qabot.records import Quote, flat_dict
from qabot.text import analyze, sentence_spans, terms_of, tokenize
from qabot.text.analyzer import analyze_spans
from qabot.text.kept_pieces import fingerprint, kept_pieces, read_pieces
from qabot.text.word_pieces import shipped_pieces

# words with the marks the analyzer has rules for: apostrophes straight and curly, possessives,
# hyphens, digit groups, full stops and commas at word ends, letters beyond ASCII
_WORDS = st.sampled_from(
    [
        "the", "Minister", "minister's", "ministers’", "said", "co-operate", "1,000", "3.5",
        "U.S.", "don't", "won’t", "Café", "naïve", "rock-'n'-roll", "—", "troops.", "troops,",
        "“We", "will", "not", "go”", "O'Neill", "e-mail", "2024", "is", "it", "Strasse", "ﬁne",
    ]
)  # fmt: skip
_TEXTS = st.lists(_WORDS, min_size=1, max_size=30).map(" ".join)


def _quote(sentence: str, start: int, end: int, kind: str) -> Quote:
    return Quote(
        article_id="a1",
        speaker="Ann Lee",
        text=sentence[start:end],
        kind="direct" if kind == "direct" else "reported",
        cue="said",
        start=start,
        end=end,
        sentence=sentence,
    )


@settings(deadline=None)
@given(
    text=st.lists(_TEXTS, min_size=1, max_size=4).map(". ".join),
    cuts=st.lists(st.tuples(st.integers(0, 400), st.integers(0, 400), st.booleans()), max_size=4),
)
def test_a_quotes_stored_terms_are_the_analyzers_terms_of_its_texts(
    text: str, cuts: list[tuple[int, int, bool]]
) -> None:
    # quotes cut from the article's sentences, their terms made as the analysis workers make
    # them: from the sentences' terms where a quote's sentence is one of them
    spans = sentence_spans(text) or [(0, len(text))]
    analysed = dict(zip([text[a:b] for a, b in spans], analyze_spans(text, spans), strict=True))
    quotes = []
    for n, (one, two, direct) in enumerate(cuts):
        a, b = spans[n % len(spans)]
        sentence = text[a:b]
        start, end = sorted((one % (len(sentence) + 1), two % (len(sentence) + 1)))
        quotes.append(_quote(sentence, start, end, "direct" if direct else "reported"))
    before = None
    opening = text[: spans[0][1]]
    made = quote_terms(quotes, analysed, opening)
    for at, (quote, terms) in enumerate(zip(quotes, made, strict=True)):
        assert terms.text == analyze(quote.text)
        # its word pieces, and on the first quote its story opening's, as cut at question time
        assert read_pieces(terms.pieces) == shipped_pieces().encode(quote.text)
        if at:
            assert terms.opening is None
        else:
            assert terms.opening is not None
            assert terms.opening[0] == fingerprint(opening)
            assert read_pieces(terms.opening[1]) == shipped_pieces().encode(opening)
        if quote.sentence == before:
            assert terms.sentence is None
        else:
            assert terms.sentence == analyze(quote.sentence)
        around = quote.words_around()
        assert terms.around == (None if around == quote.sentence else analyze(around))
        before = quote.sentence


def test_a_quote_read_back_gives_its_stored_terms_as_those_of_its_texts(tmp_path: Path) -> None:
    sentence = "Kestrel Quarry's owner, Lin Vale, said the quarry would close by June."
    quote = _quote(sentence, 37, 70, "reported")
    (terms,) = quote_terms([quote], {})
    # stored terms stand for the analyzer's: told apart here by terms no analysis would make
    stored = replace(terms, text="stored-text", sentence="stored sentence", around="stored around")
    segment = SegmentWriter(tmp_path)
    row = segment.write("a1", [quote], {}, [stored])
    segment.close()
    line = json.loads((tmp_path / row.segment).read_text(encoding="utf-8"))
    assert line["terms"] == ["stored-text", "stored sentence", "stored around"]
    assert list(read_quotes(tmp_path, [row])) == [quote]
    assert terms_of(quote.text) == ("stored-text",)
    assert terms_of(sentence) == ("stored", "sentence")
    assert terms_of(quote.words_around()) == ("stored", "around")


def test_a_quote_read_back_gives_its_stored_pieces_as_those_of_its_words(tmp_path: Path) -> None:
    quote = _quote("Ods Fenwick said the weir would hold through the winter.", 17, 56, "reported")
    (terms,) = quote_terms([quote], {})
    stored = type(terms)(text=terms.text, sentence=None, around=None, pieces="AQACAAMA")
    segment = SegmentWriter(tmp_path)
    row = segment.write("a1", [quote], {}, [stored])
    segment.close()
    assert list(read_quotes(tmp_path, [row])) == [quote]
    assert kept_pieces(quote.text) == [1, 2, 3]


def test_a_segment_line_with_a_field_a_newer_writer_added_reads_as_far_as_known(
    tmp_path: Path,
) -> None:
    quote = _quote("Iva Strand said the ferry would sail at dawn.", 15, 44, "reported")
    (terms,) = quote_terms([quote], {})
    segment = SegmentWriter(tmp_path)
    row = segment.write("a1", [quote], {}, [terms])
    segment.close()
    path = tmp_path / row.segment
    line = json.loads(path.read_text(encoding="utf-8"))
    data = (json.dumps({**line, "stance": [0.5, "neutral"]}) + "\n").encode("utf-8")
    path.write_bytes(data)
    assert list(read_quotes(tmp_path, [replace(row, length=len(data))])) == [quote]


def test_a_segment_line_without_terms_reads_as_before(tmp_path: Path) -> None:
    # as an index built before quotes were stored with their terms wrote it
    quote = _quote("Moss Heddle said the ferry ran late on Tuesdays.", 17, 48, "reported")
    segment = SegmentWriter(tmp_path)
    line = json.dumps(flat_dict(quote), ensure_ascii=False).encode("utf-8") + b"\n"
    row = QuoteRow(
        article_id="a1",
        segment=segment.name,
        offset=segment.append(line),
        length=len(line),
        count=1,
        speakers={},
    )
    segment.close()
    assert "terms" not in (tmp_path / row.segment).read_text(encoding="utf-8")
    assert list(read_quotes(tmp_path, [row])) == [quote]
    assert terms_of(quote.text) == tuple(tokenize(quote.text))


def test_an_updated_articles_quotes_are_stored_with_the_terms_of_their_new_words(
    articles_dir: Path, tmp_path: Path
) -> None:
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    (articles_dir / "harbour.txt").write_text(
        "Harbour pilots end strike\n\n"
        '"We will guide the Halvard tankers again from Friday," union leader Maria Keller said.\n',
        encoding="utf-8",
    )
    update_index(articles_dir, index_dir)
    generation = index_dir / current_generation(index_dir)
    lines = [
        json.loads(line)
        for segment in sorted(generation.glob("quotes-*.jsonl"))
        for line in segment.read_text(encoding="utf-8").splitlines()
    ]
    index = load_index(index_dir)
    live = {(q.article_id, q.start) for q in index.quotes}
    stored = [line for line in lines if (line["article_id"], line["start"]) in live]
    # each article's first line holds the pieces of its opening passage as the engine gives it
    firsts = {line["article_id"]: line for line in reversed(stored)}
    openings = index.engine.openings(list(firsts))
    assert firsts and set(openings) == set(firsts)
    for article_id, line in firsts.items():
        checksum, pieces = line["opening"]
        assert checksum == fingerprint(openings[article_id].text)
        assert read_pieces(pieces) == shipped_pieces().encode(openings[article_id].text)
    assert any("halvard" in line["terms"][0] for line in stored)
    for line in stored:
        assert line["terms"][0] == analyze(line["text"])
        assert read_pieces(line["pieces"]) == shipped_pieces().encode(line["text"])
        if len(line["terms"]) > 1 and line["terms"][1] is not None:
            assert line["terms"][1] == analyze(line["sentence"])
