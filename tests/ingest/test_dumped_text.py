"""A page the extractor dumped in one line is cut again at its own blocks."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from qabot.ingest.dumped_text import block_lines, split_dumped_lines

TEASER_PAGE = (
    "<html><body><nav>Home News Sport</nav><article>"
    "<div class='crumbs'><span>Home</span> <span>Harbour</span></div>"
    "<figure><figcaption>The old ferry at the north pier in winter.</figcaption></figure>"
    "<h1>Ferry timetable approved</h1>"
    "<div class='meta'><span>By</span> <a>Jane Doe</a> <span>-</span> <time>May 4, 2022</time>"
    "</div>"
    "<p>The harbour board approved the new ferry timetable on Tuesday after months of talks "
    "with the island's shopkeepers.</p>"
    "<div><h3><a href='/a'>Lighthouse keeper retires</a></h3><div>April 30, 2022</div></div>"
    "<script>var x = 'not shown';</script>"
    "</article></body></html>"
)


def _dump(tree: lxml_html.HtmlElement) -> str:
    return " ".join(block_lines(tree.xpath("//article")[0]))


def test_block_lines_are_the_lines_a_reader_sees() -> None:
    tree = lxml_html.fromstring(TEASER_PAGE)
    lines = block_lines(tree.xpath("//article")[0])
    assert "Home Harbour" in lines
    assert "The old ferry at the north pier in winter." in lines
    assert "Ferry timetable approved" in lines
    assert "April 30, 2022" in lines
    assert not any("not shown" in line for line in lines)


def test_a_dumped_line_is_cut_at_the_page_blocks() -> None:
    tree = lxml_html.fromstring(TEASER_PAGE)
    dump = _dump(tree)
    lines = [line for line in split_dumped_lines(["", dump, ""], tree) if line]
    assert lines[0] == "Home Harbour"
    assert "The harbour board approved the new ferry timetable on Tuesday after months of " in (
        " ".join(lines)
    )
    assert "By Jane Doe - May 4, 2022" in lines and "April 30, 2022" in lines
    assert len(lines) > 5


def test_text_with_its_own_lines_is_left_as_it_is() -> None:
    tree = lxml_html.fromstring(TEASER_PAGE)
    kept = ["First paragraph of the story.", "", "Second.", "Third.", "Fourth."]
    assert split_dumped_lines(kept, tree) == kept


def test_a_long_line_that_is_not_the_page_text_is_left_as_it_is() -> None:
    tree = lxml_html.fromstring(TEASER_PAGE)
    line = " ".join(["words that the page does not hold anywhere at all"] * 5)
    assert split_dumped_lines([line], tree) == [line]


_WORDS = st.sampled_from(["harbour", "ferry", "May", "4,", "2022", "By", "Doe", "the", "-", "é"])
_TAGS = st.sampled_from(["p", "div", "span", "h2", "li", "figcaption", "a", "br", "td"])


@st.composite
def _pages(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 12))):
        tag = draw(_TAGS)
        text = " ".join(draw(st.lists(_WORDS, min_size=0, max_size=12)))
        parts.append(f"<{tag}>{text}</{tag}>" if tag != "br" else "<br>")
        if draw(st.booleans()):
            parts.append(" ".join(draw(st.lists(_WORDS, max_size=8))))
    return "<html><body><article>" + "".join(parts) + "</article></body></html>"


@settings(deadline=None)
@given(_pages(), st.text(max_size=200))
def test_splitting_never_invents_text(html: str, other: str) -> None:
    tree = lxml_html.fromstring(html)
    dump = _dump(tree)
    for given_lines in ([dump], [other], ["", dump, other]):
        out = split_dumped_lines(given_lines, tree)
        joined = "\n".join(given_lines)
        for line in out:
            assert line in joined  # every line is a piece of what the extractor gave
