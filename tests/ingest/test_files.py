"""Ingestion: every format, nested folders, bad files as warnings, and the debris rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qabot.errors import ArticlesError
from qabot.ingest import (
    SUPPORTED_SUFFIXES,
    find_article_files,
    load_articles,
    normalize_date,
    parse_text_article,
    read_article_file,
)
from qabot.records import article_id

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_6830e77389108d91.txt"

# A scraped page of our own (not the seed): caption twice, byline, widgets, related block.
DEBRIS_PAGE = """City council approves new tram line

Workers lay rails on Elm Street during a trial, Monday, March 4, 2024
Workers lay rails on Elm Street during a trial, Monday, March 4, 2024 \u00a9 Photo: Reuters
By Sam Okafor | Riverside Chronicle
Share this storyComments
Tweet Email Print
Copy link to embed codeCopy to clipboard

The city council approved a 12-kilometre tram line on Tuesday after a two-year debate.

Mayor Ellen Park said the line would open in 2027.

"It will cut commuting times in half," she told reporters.

No.

Photo credit: Jane Roe / City Archive

Most read

Bridge closure extended until May

Council tax to rise by 3%

Why cyclists love the river path

Share this storyComments
"""


def write(folder: Path, name: str, content: str | bytes) -> Path:
    """Write a file under `folder`, creating parent folders."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_seed_article_comes_out_as_headline_byline_source_and_real_paragraphs() -> None:
    article = parse_text_article(SEED.read_text(encoding="utf-8"), "000_6830e77389108d91.txt")

    assert article is not None
    assert (
        article.info.title == "NATO accuses Russia of trying to 'stage pretext' to invade Ukraine"
    )
    assert article.info.source == "Euronews"
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == (
        "Russian-backed separatists in eastern Ukraine and Ukrainian forces accused each other "
        "of unprovoked shelling on Thursday."
    )
    assert paragraphs[-1] == (
        "Russia's Foreign Minister Sergey Lavrov said that Moscow was sending its formal reply "
        "on those issues to the US and NATO later on Thursday and will make it public."
    )
    assert len(paragraphs) == 22
    assert all(p.strip() == p and p for p in paragraphs)
    for debris in ("Share this", "Copy to clipboard", "Copyright", "You might also like", "By "):
        assert all(not p.startswith(debris) for p in paragraphs), debris
    assert "serviceman fires" not in article.text
    assert "Biden says" not in article.text


def test_seed_paragraphs_are_verbatim_lines_of_the_file() -> None:
    raw_lines = set(SEED.read_text(encoding="utf-8").splitlines())
    article = parse_text_article(SEED.read_text(encoding="utf-8"), "seed.txt")

    assert article is not None
    assert all(p in raw_lines for p in article.text.split("\n\n"))


def test_debris_page_keeps_story_and_drops_caption_byline_widgets_and_related_block() -> None:
    article = parse_text_article(DEBRIS_PAGE, "news/tram.txt")

    assert article is not None
    assert article.info.title == "City council approves new tram line"
    assert article.info.source == "Riverside Chronicle"
    assert article.text.split("\n\n") == [
        "The city council approved a 12-kilometre tram line on Tuesday after a two-year debate.",
        "Mayor Ellen Park said the line would open in 2027.",
        '"It will cut commuting times in half," she told reporters.',
        "No.",
    ]


def test_widget_and_read_more_lines_inside_the_story_are_dropped() -> None:
    raw = (
        "Ferry timetable changes\n\n"
        "The ferry will run every hour from June, the operator said.\n\nAdvertisement\n\n"
        "Read more: Ferry fares rise again\n\n"
        "Passengers welcomed the change.\n\nRelated to this, fares will not change.\n"
    )
    article = parse_text_article(raw, "a.txt")

    assert article is not None
    assert article.text.split("\n\n") == [
        "The ferry will run every hour from June, the operator said.",
        "Passengers welcomed the change.",
        "Related to this, fares will not change.",
    ]


@pytest.mark.parametrize(
    ("byline", "source"),
    [
        ("By Jane Doe, Reuters", "Reuters"),
        ("By Euronews with AFP, AP", "Euronews"),
        ("By Jane Doe and John Smith", None),
        ("BY MARK LEE FOR THE DAILY POST", "THE DAILY POST"),
        ("Jane Doe | BBC News", "BBC News"),
        ("By Jane Doe, Political Correspondent, The Valley Times", "The Valley Times"),
    ],
)
def test_byline_is_removed_and_its_outlet_becomes_the_source(
    byline: str, source: str | None
) -> None:
    raw = f"Headline of the story\n\n{byline}\n\nThe first paragraph of the story is here.\n"
    article = parse_text_article(raw, "a.txt")

    assert article is not None
    assert article.text == "The first paragraph of the story is here."
    assert article.info.source == source


def test_sentence_starting_with_by_is_not_a_byline() -> None:
    raw = "Headline\n\nBy Thursday the bridge had reopened to traffic.\n"
    article = parse_text_article(raw, "a.txt")

    assert article is not None
    assert article.text == "By Thursday the bridge had reopened to traffic."
    assert article.info.source is None


def test_duplicate_paragraph_is_kept_once() -> None:
    para = "The minister resigned on Friday after the vote."
    article = parse_text_article(
        f"Title\n\n{para}\n\nSomething else happened.\n\n{para}\n", "a.txt"
    )

    assert article is not None
    assert article.text == f"{para}\n\nSomething else happened."


def test_single_short_line_at_the_end_is_kept() -> None:
    raw = "A game review\n\nThe game is the best in its genre this year.\n\nIt is out now for PC\n"
    article = parse_text_article(raw, "a.txt")

    assert article is not None
    assert article.text.endswith("It is out now for PC")


def test_text_article_normalises_line_endings_blank_runs_and_wrapped_lines() -> None:
    raw = (
        "Title line  \r\n\r\n\r\n\r\nFirst line of a paragraph\r\nthat wraps.   \r\n\r\nNext.\r\n"
    )
    article = parse_text_article(raw, "a.txt")

    assert article is not None
    assert article.info.title == "Title line"
    assert article.text == "First line of a paragraph that wraps.\n\nNext."


def test_markdown_front_matter_sets_fields_and_repeated_heading_is_dropped() -> None:
    raw = (
        '---\ntitle: "Budget vote delayed"\nsource: The Example Post\ndate: 3 March 2024\n'
        "url: https://example.org/budget\nauthor: Someone\n---\n\n# Budget vote delayed\n\n"
        "Lawmakers postponed the vote on Tuesday.\n\n## Next steps ##\n\n"
        "- first point\n- second\n\n#MeToo trended again.\n"
    )
    article = parse_text_article(raw, "politics/budget.md")

    assert article is not None
    assert article.info.title == "Budget vote delayed"
    assert article.info.source == "The Example Post"
    assert article.info.date == "2024-03-03"
    assert article.info.url == "https://example.org/budget"
    assert article.text == (
        "Lawmakers postponed the vote on Tuesday.\n\nNext steps\n\n- first point\n- second"
        "\n\n#MeToo trended again."
    )


def test_leading_header_block_of_key_value_lines_is_read() -> None:
    raw = "Title: Harbour reopens\nSource: Daily Planet\nDate: 2024-01-05T10:00:00Z\n\nBody.\n"
    article = parse_text_article(raw, "a.txt")

    assert article is not None
    assert (article.info.title, article.info.source, article.info.date) == (
        "Harbour reopens",
        "Daily Planet",
        "2024-01-05",
    )
    assert article.text == "Body."


def test_title_only_text_is_not_an_article() -> None:
    assert parse_text_article("Just a headline\n", "a.txt") is None


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2022-02-17", "2022-02-17"),
        ("2022-02-17T10:00:00+01:00", "2022-02-17"),
        ("2022/2/7", "2022-02-07"),
        ("17 February 2022", "2022-02-17"),
        ("Thursday, 17th Feb 2022", "2022-02-17"),
        ("Feb. 17, 2022", "2022-02-17"),
        ("Thu, 17 Feb 2022 10:00:00 +0000", "2022-02-17"),
        ("2022-02-30", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_dates_are_normalised_to_iso_or_dropped(raw: str, iso: str | None) -> None:
    assert normalize_date(raw) == iso


HTML_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Harbour reopens after storm - Coastal Gazette</title>
<link rel="canonical" href="https://gazette.example/harbour">
<meta property="og:site_name" content="Coastal Gazette">
<meta property="article:published_time" content="2023-10-02T08:30:00+00:00">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><article><h1>Harbour reopens after storm</h1>
<p>By Mary Fisher, Coastal Gazette</p>
<p>The harbour reopened on Monday after a week of repairs to the sea wall, officials said.</p>
<p>"We are relieved to be working again," said fisherman Tom Reed. "It was a long week."</p>
<p>Repairs cost about 2.5 million pounds &amp; were paid by the council.</p>
<p>Share this article</p></article></main>
<footer>&copy; 2023 Coastal Gazette. All rights reserved.</footer></body></html>
"""


def test_html_page_yields_main_text_title_site_date_and_canonical_url(tmp_path: Path) -> None:
    path = write(tmp_path, "web/harbour.html", HTML_PAGE)
    articles, warnings = read_article_file(path, tmp_path)

    assert warnings == []
    [article] = articles
    assert article.info.path == "web/harbour.html"
    assert article.info.title == "Harbour reopens after storm"
    assert article.info.source == "Coastal Gazette"
    assert article.info.date == "2023-10-02"
    assert article.info.url == "https://gazette.example/harbour"
    assert article.text.split("\n\n") == [
        "The harbour reopened on Monday after a week of repairs to the sea wall, officials said.",
        '"We are relieved to be working again," said fisherman Tom Reed. "It was a long week."',
        "Repairs cost about 2.5 million pounds & were paid by the council.",
    ]


def test_html_without_metadata_falls_back_to_the_title_tag(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Plain page title</title></head><body><p>Only a paragraph of text "
        "long enough to count as content for the extractor to keep.</p><p>And a second "
        "paragraph with more words in it for good measure.</p></body></html>"
    )
    path = write(tmp_path, "bare.htm", page)
    [article], warnings = read_article_file(path, tmp_path)

    assert warnings == []
    assert article.info.title == "Plain page title"
    assert article.info.source is None
    assert article.text.startswith("Only a paragraph of text long enough")


def test_json_list_and_object_records_load_with_file_and_record_paths(tmp_path: Path) -> None:
    records = [
        {
            "id": "a1",
            "title": "First",
            "text": "Alpha text.",
            "source": "Wire",
            "date": "2020-1-2",
        },
        {"title": "Second", "body": "Beta text.", "url": "https://example.org/b"},
    ]
    write(tmp_path, "feeds/list.json", json.dumps(records))
    write(tmp_path, "one.json", json.dumps({"_id": 7, "title": "Solo", "content": "Gamma."}))

    articles, warnings = load_articles(tmp_path)

    assert warnings == []
    by_path = {a.info.path: a for a in articles}
    assert set(by_path) == {"feeds/list.json#a1", "feeds/list.json#2", "one.json#7"}
    first = by_path["feeds/list.json#a1"]
    assert (first.info.title, first.info.source, first.info.date, first.text) == (
        "First",
        "Wire",
        "2020-01-02",
        "Alpha text.",
    )
    assert first.info.id == article_id("feeds/list.json", "a1")
    assert by_path["feeds/list.json#2"].info.url == "https://example.org/b"


def test_jsonl_bad_lines_are_warned_by_number_and_good_lines_still_load(tmp_path: Path) -> None:
    lines = [
        '{"id": "x1", "title": "One", "text": "First record text."}',
        "{broken",
        '{"title": "no text here"}',
        "",
        '{"text": "Headline of record five\\n\\nBody of the fifth record."}',
        '{"id": "x1", "title": "Again", "text": "Same id as line one."}',
        "[1, 2]",
    ]
    write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")

    articles, warnings = load_articles(tmp_path)

    assert [(a.info.path, a.info.title, a.text) for a in articles] == [
        ("feed.jsonl#x1", "One", "First record text."),
        ("feed.jsonl#5", "Headline of record five", "Body of the fifth record."),
    ]
    assert warnings == [
        "skipped feed.jsonl line 2: not valid JSON (Expecting property name enclosed in "
        "double quotes)",
        'skipped feed.jsonl line 3: no "text" field; give each record its article text',
        "skipped feed.jsonl line 6: id 'x1' is already used on line 1; give each record its "
        "own id",
        'skipped feed.jsonl line 7: expected a JSON object with a "text" field',
    ]


def test_json_records_in_news_api_shape_are_understood(tmp_path: Path) -> None:
    record = {
        "source": {"id": "wire-news", "name": "Wire News"},
        "title": "Port strike ends",
        "publishedAt": "2024-05-01T09:00:00Z",
        "link": "https://example.org/port",
        "content": ["Dockers went back to work on Wednesday.", "Talks lasted a week."],
    }
    write(tmp_path, "api.json", json.dumps([record, {"text": "Epoch dated.", "date": 1700000000}]))

    [first, second], warnings = load_articles(tmp_path)

    assert warnings == []
    assert (first.info.source, first.info.date, first.info.url) == (
        "Wire News",
        "2024-05-01",
        "https://example.org/port",
    )
    assert first.text == "Dockers went back to work on Wednesday.\n\nTalks lasted a week."
    assert (second.info.title, second.info.date) == ("Epoch dated.", "2023-11-14")


def test_jsonl_text_may_hold_unicode_line_separators(tmp_path: Path) -> None:
    write(tmp_path, "feed.jsonl", json.dumps({"text": "One\u2028two."}, ensure_ascii=False))

    [article], warnings = load_articles(tmp_path)

    assert warnings == []
    assert article.text == "One\u2028two."


def test_broken_json_file_is_skipped_with_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.json", '[{"text": "ok"},\n  {"text": }]')
    assert read_article_file(path, tmp_path) == (
        [],
        ["skipped bad.json: not valid JSON (Expecting value at line 2)"],
    )


@pytest.mark.parametrize(
    ("name", "content", "warning"),
    [
        (
            "bin.txt",
            b"PK\x03\x04\x00\x00binary",
            "skipped bin.txt: binary file, not text; articles must be text files",
        ),
        ("empty.txt", b"", "skipped empty.txt: the file is empty"),
        ("blank.md", b"  \n\n \n", "skipped blank.md: the file is empty"),
        (
            "greek.txt",
            "Νέα\n\nΚείμενο.\n".encode("cp1253"),
            "skipped greek.txt: not UTF-8 text (byte 0xcd at offset 0); save it as UTF-8",
        ),
        (
            "title.txt",
            b"Only a title\n",
            "skipped title.txt: no article text found, only a title or page furniture",
        ),
    ],
)
def test_bad_file_is_skipped_with_a_warning_and_good_files_still_load(
    tmp_path: Path, name: str, content: bytes, warning: str
) -> None:
    write(tmp_path, f"sub/{name}", content)
    write(tmp_path, "good.txt", "Good headline\n\nA good paragraph.\n")

    articles, warnings = load_articles(tmp_path)

    assert [a.info.path for a in articles] == ["good.txt"]
    assert warnings == [warning.replace(f"skipped {name}", f"skipped sub/{name}")]


def test_utf8_bom_and_utf16_files_are_read(tmp_path: Path) -> None:
    write(tmp_path, "bom.txt", "\ufeffBOM headline\n\nBody one.\n".encode())
    write(tmp_path, "wide.txt", "Wide headline\n\nBody two.\n".encode("utf-16"))

    articles, warnings = load_articles(tmp_path)

    assert warnings == []
    assert [(a.info.title, a.text) for a in articles] == [
        ("BOM headline", "Body one."),
        ("Wide headline", "Body two."),
    ]


def test_nested_folders_are_walked_sorted_and_hidden_or_unsupported_files_skipped(
    tmp_path: Path,
) -> None:
    for name in [
        "b/z.txt",
        "a.md",
        "b/c/d.jsonl",
        ".git/x.txt",
        "b/.hidden.txt",
        "notes.pdf",
        "UPPER.TXT",
        "README.md",
        "b/LICENSE.txt",
        "ORIGINAL_README.TXT",
        "readme-first.txt",
    ]:
        write(tmp_path, name, "x")

    found = [p.relative_to(tmp_path).as_posix() for p in find_article_files(tmp_path)]

    # a folder's notes (README, LICENSE, ...) are not articles; other names are
    assert found == ["UPPER.TXT", "a.md", "b/c/d.jsonl", "b/z.txt", "readme-first.txt"]
    assert {".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl"} == SUPPORTED_SUFFIXES


def test_dangling_link_is_not_listed(tmp_path: Path) -> None:
    write(tmp_path, "real.txt", "x")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")

    assert find_article_files(tmp_path) == [tmp_path / "real.txt"]


def test_missing_articles_folder_raises_an_error_saying_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(ArticlesError, match=r"does not exist.*--articles"):
        find_article_files(tmp_path / "nowhere")


def test_articles_path_that_is_a_file_raises_an_error(tmp_path: Path) -> None:
    with pytest.raises(ArticlesError, match="is a file, not a folder"):
        find_article_files(write(tmp_path, "a.txt", "x"))


def test_article_ids_are_stable_short_hashes_of_the_relative_path() -> None:
    assert article_id("politics/012.txt") == article_id("politics/012.txt")
    assert article_id("politics/012.txt") != article_id("politics/013.txt")
    assert len(article_id("x")) == 16
    assert all(c in "0123456789abcdef" for c in article_id("x"))


def test_shared_fixture_folder_loads_three_articles(articles_dir: Path) -> None:
    articles, warnings = load_articles(articles_dir)

    assert warnings == []
    assert [(a.info.path, a.info.source) for a in articles] == [
        ("harbour.txt", "Coastal Times"),
        ("library/reading.txt", None),
        ("orchard.md", "Valley Herald"),
    ]


def test_soft_hyphens_are_dropped_from_text_pages_and_records(tmp_path: Path) -> None:
    text = parse_text_article("Har\u00adbour fees\n\nThe Vester\u00advik board met.\n", "a.txt")
    assert text is not None
    assert (text.info.title, text.text) == ("Harbour fees", "The Vestervik board met.")
    page = (
        "<html><head><title>Har&shy;bour fees</title></head><body><p>The Vester&shy;vik board "
        "met on Monday to set the harbour fees for the coming year.</p><p>Its chair said the "
        "fees would rise by a tenth, the first rise in six years.</p></body></html>"
    )
    [html], _ = read_article_file(write(tmp_path, "b.html", page), tmp_path)
    assert html.info.title == "Harbour fees"
    assert html.text.startswith("The Vestervik board met on Monday")
    record = {"title": "Har\u00adbour", "text": "The Vester\u00advik board met."}
    [json_record], _ = read_article_file(write(tmp_path, "c.json", json.dumps(record)), tmp_path)
    assert (json_record.info.title, json_record.text) == ("Harbour", "The Vestervik board met.")
