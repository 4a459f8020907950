"""A command's start: what it compiles is kept for its next start, and the same as compiled
anew; and a plain question loads none of the libraries of the bot, the web or the vectors."""

from __future__ import annotations

import importlib
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from qabot.cli.start_cache import StartCache
from qabot.indexing import update_index
from qabot.text.patterns import LazyPattern
from tests.conftest import TINY_ARTICLES
from tests.support.indexes import write_articles

pytestmark = pytest.mark.e2e  # real subprocesses: `pytest -m "not e2e"` skips them

# libraries a plain question never needs: the bot's, the web pages' and feeds', the vectors'
NOT_FOR_A_QUESTION = (
    "telegram",
    "httpx",
    "tornado",
    "apscheduler",
    "trafilatura",
    "lxml",
    "justext",
    "numpy",
)

# what a fresh process prints after asking: its exit code, how many records' methods and
# patterns it compiled anew, and which of those libraries it loaded
ASK_SCRIPT = f"""
import sys
from qabot.cli import main, start_cache
code = main(['ask', 'frost damage'])
loaded = sorted({{m.split('.')[0] for m in sys.modules}} & set({NOT_FOR_A_QUESTION!r}))
print(code, start_cache.installed().compiled, loaded, file=sys.stderr)
"""


def test_a_second_start_compiles_nothing_and_a_question_loads_no_bot_web_or_vectors(
    tmp_path: Path,
) -> None:
    # built here: a start that builds loads the page readers and the vectors, rightly
    update_index(write_articles(tmp_path / "seeds", TINY_ARTICLES), tmp_path / "index")
    # a cache of its own, where the bytecode goes (written: the first start compiles all)
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(tmp_path / "cache")}
    env["PYTHONDONTWRITEBYTECODE"] = ""
    starts = [
        subprocess.run(
            [sys.executable, "-c", ASK_SCRIPT],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        for _ in range(2)
    ]
    first, second = starts
    assert "Frost destroyed blossoms" in first.stdout
    assert second.stdout == first.stdout
    code, compiled, loaded = first.stderr.splitlines()[-1].split(" ", 2)
    assert (code, loaded) == ("0", "[]")
    assert int(compiled) > 100  # the records' methods and the patterns, compiled once
    assert second.stderr.splitlines()[-1] == "0 0 []"
    assert len(list((tmp_path / "cache").rglob("start_cache.ask.*"))) == 1


def _lazy_patterns() -> list[LazyPattern]:
    """Return the patterns of the modules of the stages that compile most (imported here)."""
    for stage in ("attribution", "indexing", "ingest", "search"):
        importlib.import_module(f"qabot.{stage}")
    found = {
        id(value): value
        for name, module in list(sys.modules.items())
        if name.startswith("qabot.")
        for value in list(vars(module).values())
        if isinstance(value, LazyPattern)
    }
    return list(found.values())


def test_every_pattern_compiled_for_the_cache_is_the_one_re_compiles() -> None:
    # each compiled anew, then again from what the cache keeps of it
    cache = StartCache("")  # no file: nothing read or written
    patterns = _lazy_patterns()
    assert len(patterns) > 300
    for lazy in patterns:
        compiled = re.compile(lazy.pattern, lazy.flags)
        for cached in (cache.pattern(lazy.pattern, lazy.flags) for _ in range(2)):
            assert cached == compiled, lazy.pattern  # flags, text and program
            assert (cached.groups, cached.groupindex) == (compiled.groups, compiled.groupindex)
    assert cache.compiled == len({(p.pattern, int(p.flags)) for p in patterns})


@pytest.mark.parametrize(
    ("text", "flags", "sample"),
    [
        (r"(?P<who>[A-Z]\w+) said", 0, "Then Anna said no"),
        (r"(?i)\bport\s+(?:elms|authority)\b", 0, "the PORT  Authority"),
        (r"(?<=\$)\d+(?:,\d{3})*", re.ASCII, "cost $12,500 in all"),
        (r"^(\w+)(?:\s+\1)+$", re.MULTILINE, "so so\nno"),
        (
            r"[«“\"](?P<words>[^»”\"]{3,})[»”\"]",
            re.IGNORECASE | re.DOTALL,
            "“Wir kommen”, er sagte",
        ),
    ],
)
def test_a_pattern_from_the_cache_matches_as_re_compiles_it(
    text: str, flags: int, sample: str
) -> None:
    cache = StartCache("")
    compiled = re.compile(text, flags)
    for cached in (cache.pattern(text, flags), cache.pattern(text, flags)):
        assert cached == compiled and cached.flags == compiled.flags
        assert cached.groupindex == compiled.groupindex
        assert [m.group(0) for m in cached.finditer(sample)] == [
            m.group(0) for m in compiled.finditer(sample)
        ]
    assert cache.compiled == 1


def test_a_record_s_methods_from_the_cache_are_those_exec_compiles() -> None:
    # the source `dataclasses` hands `exec` for an invented record's __init__
    source = (
        "def __create_fn__(__dataclass_type_fields__, MISSING):\n"
        " def __init__(self, harbour, pilots=3):\n  self.harbour=harbour\n  self.pilots=pilots\n"
        " return __init__"
    )
    cache = StartCache("")
    for code in (cache.code(source), cache.code(source)):
        assert code == compile(source, "<string>", "exec", dont_inherit=True)
        namespace: dict[str, object] = {}
        exec(code, {}, namespace)
        init = namespace["__create_fn__"](None, None)  # type: ignore[operator]
        assert init.__code__.co_varnames[:3] == ("self", "harbour", "pilots")
    assert cache.compiled == 1


def test_a_damaged_entry_is_compiled_anew_not_trusted() -> None:
    # a cache file damaged on disk (or written by another build) must never stop a start
    cache = StartCache("")
    source = "def __create_fn__():\n def harbour(self):\n  return 3\n return harbour"
    cache.entries[source] = b"\x00not marshal"
    cache.entries[("pilots? (?P<n>\\d+)", 0)] = b"\xffdamaged"
    cache.entries[("strike", 0)] = marshal.dumps(("flags", "not", "a", "program"))
    assert cache.code(source) == compile(source, "<string>", "exec", dont_inherit=True)
    assert cache.pattern("pilots? (?P<n>\\d+)").search("3 pilots 12") is not None
    assert cache.pattern("strike").search("harbour strike") is not None
    # a wrong pattern is still the error `re.compile` raises
    with pytest.raises(re.error):
        cache.pattern("pilots (")
