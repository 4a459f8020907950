"""Patterns compiled on first use: the same answers as `re.compile`, no compiling at import."""

from __future__ import annotations

import re

import pytest

from qabot.text import lazy

SOURCE = r"(?P<word>[A-Z]\w+)\s+(said|told)"
TEXT = "Keller said no. Briggs told the Herald; briggs said nothing."


@pytest.mark.parametrize(
    "call",
    [
        lambda p: p.search(TEXT),
        lambda p: p.search(TEXT, 10),
        lambda p: p.match(TEXT),
        lambda p: p.match(TEXT, 16, 40),
        lambda p: p.fullmatch("Keller said"),
        lambda p: [m.span() for m in p.finditer(TEXT)],
        lambda p: p.findall(TEXT),
        lambda p: p.sub(r"\g<word>:", TEXT),
        lambda p: p.sub(lambda m: m["word"].upper(), TEXT, count=1),
        lambda p: p.subn("X", TEXT),
        lambda p: p.split(TEXT, maxsplit=1),
        lambda p: (p.groups, p.groupindex["word"]),
    ],
)
def test_lazy_pattern_answers_as_the_compiled_pattern(call: object) -> None:
    compiled = re.compile(SOURCE, re.IGNORECASE)
    first, again = lazy(SOURCE, re.IGNORECASE), lazy(SOURCE, re.IGNORECASE)
    result = call(compiled)  # type: ignore[operator]
    found = call(first)  # type: ignore[operator]
    if isinstance(result, re.Match):
        assert (found.span(), found.groups()) == (result.span(), result.groups())
    else:
        assert found == result
    call(again)  # type: ignore[operator]
    assert repr(call(again)) == repr(call(first))  # type: ignore[operator]


def test_lazy_pattern_builds_its_text_only_when_first_used() -> None:
    built: list[str] = []

    def source() -> str:
        built.append("joined")
        return "|".join(["harbour", "orchard"])

    pattern = lazy(source)
    assert built == []
    assert pattern.search("the orchard") is not None
    assert pattern.search("the harbour") is not None
    assert pattern.pattern == "harbour|orchard"
    assert built == ["joined"]


def test_lazy_pattern_reports_a_bad_expression_when_used() -> None:
    pattern = lazy("(unclosed")
    with pytest.raises(re.error):
        pattern.search("text")


def test_lazy_pattern_has_only_a_compiled_pattern_s_calls() -> None:
    with pytest.raises(AttributeError):
        lazy("a").scanner  # noqa: B018
