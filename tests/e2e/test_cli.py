"""The command line as a user meets it: real subprocesses, real files, no tracebacks."""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from qabot.cli import COMMANDS, build_parser, command_of, main
from qabot.engines import DEFAULT_ENGINE
from qabot.indexing import update_index
from tests.conftest import TINY_ARTICLES
from tests.search.test_quote_topics import SUPPORTERS
from tests.support.indexes import BuiltProjects
from tests.support.long_remarks import LONG_REMARKS
from tests.support.processes import ask_each, printed_under_hash_seeds, qabot, run_script

pytestmark = pytest.mark.e2e  # real subprocesses: `pytest -m "not e2e"` skips them

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def workdir(articles_dir: Path) -> Path:
    """A folder laid out like the repo: articles in seeds/, index/ built on first use."""
    articles_dir.rename(articles_dir.parent / "seeds")
    return articles_dir.parent


@pytest.fixture
def built_workdir(tmp_path: Path, built_projects: BuiltProjects) -> Path:
    """The same folder with its index already built (copied from one built once a session),
    for tests of what reading commands print: building costs a command ~0.35 CPU-s."""
    built_projects.copy(TINY_ARTICLES, tmp_path, engine=DEFAULT_ENGINE, articles_name="seeds")
    return tmp_path


# questions of the tiny articles whose tests only read what `qabot ask QUESTION` prints,
# answered once for the module by one `qabot ask -` (a process start is ~0.3 CPU-s); each test
# reads its own answers
READERS_WAYS = [  # no "did", a role with its article, a "/" for the "?", no verb, a surname
    "what the union leader said about fog/",
    "maria keller quotes about tankers",
    "maria keller about tankers",
    "keller about tankers",
]
ASKED = [
    *READERS_WAYS,
    "who said it was not the worst spring he remembered?",
    "who said they would guide tankers through fog?",
    "who said the frost closed the library?",
    "who said orchards?",
    "who said tankers?",
]


@pytest.fixture(scope="module")
def printed(
    tmp_path_factory: pytest.TempPathFactory, built_projects: BuiltProjects
) -> dict[str, str]:
    """Each of ASKED -> its answer as `qabot ask QUESTION` prints it, over TINY_ARTICLES."""
    folder = tmp_path_factory.mktemp("asked")
    built_projects.copy(TINY_ARTICLES, folder, engine=DEFAULT_ENGINE, articles_name="seeds")
    return dict(zip(ASKED, ask_each(*ASKED, cwd=folder), strict=True))


def built_here(workdir: Path) -> Path:
    """Build `workdir`'s index here, in the test's own process, where the test is about what a
    command then prints, not about its building on first use (which
    `test_ask_builds_the_index_on_first_use_and_answers` checks): a command that builds first
    imports the index-time code too, ~0.2 CPU-s more than one that reads."""
    update_index(workdir / "seeds", workdir / "index")
    return workdir


def test_qabot_alone_lists_the_commands(tmp_path: Path) -> None:
    # a new user typing `qabot` got "error: the following arguments are required: COMMAND"
    result = qabot(cwd=tmp_path)
    assert result.returncode == 0 and not result.stderr
    assert result.stdout.startswith("usage: qabot")
    assert "ask" in result.stdout and "console" in result.stdout and "index" in result.stdout


@pytest.mark.parametrize("option", ["--articles", "--index-dir", "--config"])
def test_an_empty_folder_option_is_an_error_not_the_current_folder(
    tmp_path: Path, option: str
) -> None:
    # `--articles "$NEWS"` with the variable unset read the current folder as the articles
    # (a home folder, a repository: thousands of files) and indexed them
    (tmp_path / "notes.txt").write_text("Notes\n\nNot an article.\n", encoding="utf-8")
    result = qabot("ask", "notes", option, "", cwd=tmp_path)
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"error: argument {option}: an empty path")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_ask_builds_the_index_on_first_use_and_answers(workdir: Path) -> None:
    result = qabot("ask", "Why did the harbour pilots strike?", cwd=workdir)
    assert result.returncode == 0, result.stderr
    assert "Built the index" in result.stderr
    assert "Harbour pilots in Port Elms walked out" in result.stdout
    assert "Source: Harbour pilots strike over night shifts — Coastal Times" in result.stdout
    again = qabot("ask", "frost", cwd=workdir)
    assert "Built the index" not in again.stderr


def test_ask_on_a_built_index_loads_neither_the_file_readers_nor_the_building_code(
    built_workdir: Path,
) -> None:
    # an index found up to date reads no file and analyses no article: neither the file
    # readers nor the quote readers are loaded
    script = (
        "import sys\n"
        "from qabot.cli import main\n"
        "code = main(['index'])\n"
        "loaded = [m for m in sys.modules if m.startswith(('lxml', 'qabot.ingest.files', "
        "'qabot.attribution.quotes'))]\n"
        "print(code, sorted(loaded), file=sys.stderr)\n"
    )
    result = run_script(script, built_workdir)
    assert "Index is up to date" in result.stdout
    assert result.stderr == "0 []\n"
    # nor the console's line editing, nor a config file's parser when there is no config file
    script = (
        "import sys\n"
        "from qabot.cli import main\n"
        "code = main(['ask', 'frost damage'])\n"
        "loaded = [m for m in sys.modules if m.startswith(('lxml', 'qabot.indexing.build', "
        "'qabot.ingest.files', 'qabot.attribution.quotes', 'qabot.line_editing', 'tomllib'))]\n"
        "print(code, sorted(loaded), file=sys.stderr)\n"
    )
    result = run_script(script, built_workdir)
    assert "Frost destroyed blossoms" in result.stdout
    assert result.stderr == "0 []\n"  # a question pays only for what answers it


def test_a_plain_question_loads_no_speech_readers_and_a_speech_question_does(
    built_workdir: Path,
) -> None:
    # ... and a speech question those of its own kind: "who said" candidates
    # (`who_said_answer`) or a speaker's words (`speech_answers`)
    script = (
        "import sys\n"
        "from qabot.cli import main\n"
        "speech = {'qabot.search.speech_answering', 'qabot.search.quote_ranking', "
        "'qabot.search.resolution', 'qabot.attribution.directory'}\n"
        "kinds = {'qabot.search.who_said_answer', 'qabot.search.speech_answers'}\n"
        "for question in ('frost damage', 'who said it was the worst spring?', "
        "'what did Maria Keller say about fog?'):\n"
        "    code = main(['ask', question])\n"
        "    print(code, sorted(speech & set(sys.modules)), file=sys.stderr)\n"
        "    print(sorted(kinds & set(sys.modules)), file=sys.stderr)\n"
    )
    result = run_script(script, built_workdir)
    assert "Frost destroyed blossoms" in result.stdout
    assert "It is the worst spring I remember" in result.stdout
    assert "We will not guide tankers through fog" in result.stdout
    plain, plain_kinds, who, who_kinds, what, what_kinds = result.stderr.splitlines()
    assert (plain, plain_kinds) == ("0 []", "[]")  # a plain question pays only for its answer
    # "who said" names no one: no speaker is resolved
    assert (who, who_kinds) == (
        "0 ['qabot.attribution.directory', 'qabot.search.quote_ranking', "
        "'qabot.search.speech_answering']",
        "['qabot.search.who_said_answer']",
    )
    assert (what, what_kinds) == (
        "0 ['qabot.attribution.directory', 'qabot.search.quote_ranking', "
        "'qabot.search.resolution', 'qabot.search.speech_answering']",
        "['qabot.search.speech_answers', 'qabot.search.who_said_answer']",
    )


def test_a_plain_question_loads_no_speaker_summaries_nor_names(built_workdir: Path) -> None:
    # checking the index's attribution version imports the versions alone, and the index is
    # loaded without the code that decodes its speakers (that is a speech question's)
    script = (
        "import sys\n"
        "from qabot.cli import main\n"
        "code = main(['ask', 'frost damage'])\n"
        "names = {'qabot.attribution.summaries', 'qabot.attribution.name_parts', "
        "'qabot.attribution.same_article_names', 'qabot.attribution.name_merging'}\n"
        "print(code, sorted(names & set(sys.modules)), file=sys.stderr)\n"
    )
    result = run_script(script, built_workdir)
    assert "Frost destroyed blossoms" in result.stdout
    assert result.stderr == "0 []\n"


def test_a_command_freezes_the_code_it_imports_once_and_leaves_the_collector_on(
    built_workdir: Path,
) -> None:
    # the modules a command imports are frozen out of the collector's scans; a second command
    # in the same process imports nothing new and freezes nothing more (a caller's garbage is
    # never frozen)
    script = (
        "import gc, sys\n"
        "from qabot.cli import main\n"
        "frozen = gc.get_freeze_count()\n"
        "code = main(['ask', 'frost damage'])\n"
        "after = gc.get_freeze_count()\n"
        "garbage = [[] for _ in range(1000)]\n"
        "again = main(['ask', 'frost damage'])\n"
        "print(code, again, frozen, after > 1000, gc.get_freeze_count() == after, gc.isenabled(),"
        " file=sys.stderr)\n"
    )
    result = run_script(script, built_workdir)
    assert result.stdout.count("Frost destroyed blossoms") == 2
    assert result.stderr == "0 0 0 True True True\n"


def test_question_commands_load_the_search_stage_and_the_bot_while_the_collector_is_held_off(
    tmp_path: Path,
) -> None:
    # `ask` imported the search stage inside its function, after the freeze: 142 modules; the
    # bot imported python-telegram-bot and its own modules after it too (~60 CPU-ms a start)
    script = (
        "import gc, sys\n"
        "from qabot.cli import command_of\n"
        "command_of('bot')\n"
        "print('qabot.search.answer' in sys.modules, gc.get_freeze_count() > 1000,"
        " file=sys.stderr)\n"
        "from qabot.cli.questions import bot_runner\n"
        "frozen = gc.get_freeze_count()\n"
        "bot_runner()\n"
        "print('telegram.ext' in sys.modules, gc.get_freeze_count() > frozen + 1000,"
        " gc.isenabled(), file=sys.stderr)\n"
    )
    result = run_script(script, tmp_path)
    assert result.stderr == "True True\nTrue True True\n"


def test_a_who_said_question_loads_no_quote_reading_rules(built_workdir: Path) -> None:
    # ranking "who said" candidates needs the spokesperson nouns, not the rules that read
    # speakers in an article's text (what `qabot index` runs)
    script = (
        "import sys\n"
        "from qabot.cli import main\n"
        "code = main(['ask', 'who said it was the worst spring?'])\n"
        "rules = {'qabot.attribution.spokespeople', 'qabot.attribution.names'}\n"
        "print(code, sorted(rules & set(sys.modules)), file=sys.stderr)\n"
    )
    result = run_script(script, built_workdir)
    assert "It is the worst spring I remember" in result.stdout
    assert result.stderr == "0 []\n"


def test_help_and_a_usage_error_load_neither_the_index_nor_the_search_code(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from qabot.cli import main\n"
        "for argv in (['--help'], ['ask', '--top']):\n"
        "    try:\n"
        "        main(argv)\n"
        "    except SystemExit as exit:\n"
        "        print('exit', exit.code, file=sys.stderr)\n"
        "loaded = [m for m in sys.modules if m.startswith(('qabot.indexing', 'qabot.search', "
        "'qabot.attribution'))]\n"
        "print(sorted(loaded), file=sys.stderr)\n"
    )
    result = run_script(script, tmp_path)
    assert result.stdout.startswith("usage: qabot")  # the help was printed
    lines = result.stderr.splitlines()
    assert [line for line in lines if line.startswith("exit")] == ["exit 0", "exit 1"]
    assert lines[-1] == "[]"  # parsing pays only for the parser


def test_a_command_runs_openblas_on_one_thread_unless_told_otherwise(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # OpenBLAS reads the variable when numpy loads (a thread a core, never used by qabot)
    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    assert main([]) == 0
    assert os.environ["OPENBLAS_NUM_THREADS"] == "1"
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "3")
    assert main([]) == 0
    assert os.environ["OPENBLAS_NUM_THREADS"] == "3"
    assert capsys.readouterr().out.startswith("usage: qabot")


def test_articles_without_filter_options_loads_no_search_code(built_workdir: Path) -> None:
    script = (
        "import sys\n"
        "from qabot.cli import main\n"
        "code = main(['articles'])\n"
        "print(code, [m for m in sys.modules if m.startswith('qabot.search')], file=sys.stderr)\n"
    )
    result = run_script(script, built_workdir)
    assert "harbour.txt" in result.stdout
    assert result.stderr.splitlines()[-1] == "0 []"


def test_each_command_the_parser_knows_has_the_function_that_runs_it() -> None:
    commands = next(
        action.choices
        for action in build_parser()._actions
        if isinstance(action, argparse._SubParsersAction)
    )
    assert set(commands) == set(COMMANDS)
    assert {command_of(name).__name__ for name in COMMANDS} == {
        f"{name}_command" for name in COMMANDS
    }


def test_ask_json_batch_reads_one_question_per_line(built_workdir: Path) -> None:
    result = qabot(
        "ask", "--json", "-", cwd=built_workdir, stdin="frost damage\nthe of\nlibrary\n"
    )
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["question"] for a in answers] == ["frost damage", "the of", "library"]
    assert [a["found"] for a in answers] == [True, False, True]
    assert answers[0]["passages"][0]["article"]["path"] == "orchard.md"


def test_ask_json_gives_the_line_a_reader_is_shown_first(built_workdir: Path) -> None:
    # a script saw `found` false and could not tell why: the lead line says it
    questions = ["frost damage", "xylophone zebra", "the of", "what did Zorvath Quell say?"]
    result = qabot("ask", "--json", "-", cwd=built_workdir, stdin="\n".join(questions) + "\n")
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    shown = ask_each(*questions, cwd=built_workdir)
    assert [a["lead"] for a in answers] == [answer.splitlines()[0] for answer in shown]
    assert [a["found"] for a in answers] == [True, False, False, False]
    assert answers[1]["lead"].startswith("Nothing in the articles matches “xylophone zebra”.")
    assert "Zorvath Quell is not named in the articles" in answers[3]["lead"]


def test_ask_answers_the_same_under_any_string_hash_seed(built_workdir: Path) -> None:
    # a set's order follows the process's hash seed: weights summed over one in that order
    # told near ties apart one way or the other from run to run
    questions = "frost damage\nwhat did Maria Keller say about fog?\nwho said the shifts\n"
    outputs = printed_under_hash_seeds(
        ["-m", "qabot", "ask", "--json", "-"], (1, 2), cwd=built_workdir, stdin=questions
    )
    assert len(outputs[0].splitlines()) == 3
    assert outputs[0] == outputs[1]


def test_ask_batch_without_json_prints_plain_answers_each_under_its_question(
    built_workdir: Path,
) -> None:
    # `qabot ask -` printed JSON lines as `--json -` does: a reader expects the answers
    result = qabot("ask", "-", cwd=built_workdir, stdin="frost damage\nlibrary\n")
    assert result.returncode == 0, result.stderr
    assert not result.stdout.lstrip().startswith("{")
    first, second = result.stdout.split("\n\nQ: ")
    assert first.startswith("Q: frost damage\n\n") and "Frost destroyed blossoms" in first
    assert second.startswith("library\n\n") and "Frost destroyed" not in second
    # blank lines part a reader's questions: no "Q: " of nothing, no usage hint between
    parted = qabot("ask", "-", cwd=built_workdir, stdin="\nfrost damage\n\n  \nlibrary\n\n")
    assert parted.returncode == 0, parted.stderr
    assert parted.stdout == result.stdout


def test_ask_json_batch_never_echoes_invalid_utf8(built_workdir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "qabot", "ask", "--json", "-"],
        cwd=built_workdir,
        input=b"frost \xff\xfe damage\n\xc3\n\x1b[2Jlibrary\n",
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert b"\xff" not in result.stdout and b"\x1b" not in result.stdout
    answers = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert [a["question"] for a in answers] == [
        "frost \ufffd\ufffd damage",
        "\ufffd",
        "library",  # a pasted escape sequence is no part of the question, nor of its echo
    ]
    assert answers[0]["found"] is True


def test_ask_batch_echoes_no_mark_for_invalid_utf8(built_workdir: Path) -> None:
    # the bytes no text reads were echoed (and quoted in the lead) as U+FFFD marks, which the
    # reader never typed; a control character between spaces leaves one space, not two
    result = subprocess.run(
        [sys.executable, "-m", "qabot", "ask", "-"],
        cwd=built_workdir,
        input=b"frost \xff\xfe \x07 damage\n",
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    shown = result.stdout.decode("utf-8")
    assert shown.startswith("Q: frost damage\n"), shown
    assert "\ufffd" not in shown  # nor in the lead, which quotes the question


def test_console_reads_invalid_utf8_without_a_traceback(built_workdir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "qabot", "console"],
        cwd=built_workdir,
        input=b"frost \xff damage\n:quit\n",
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr and b"\xff" not in result.stdout
    assert "Frost destroyed blossoms" in result.stdout.decode("utf-8")


def test_batch_questions_are_echoed_without_their_line_ends(built_workdir: Path) -> None:
    # a pasted web address answered in batch mode kept its "\n" (from a file saved on
    # Windows, "\r\n") in the JSON's "question"
    result = subprocess.run(
        [sys.executable, "-m", "qabot", "ask", "--json", "-"],
        cwd=built_workdir,
        input=b"https://example.org/none\nfrost damage\r\nhttps://example.org/gone\r\n",
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["question"] for a in answers] == [
        "https://example.org/none",
        "frost damage",
        "https://example.org/gone",
    ]


def test_a_question_typed_in_windows_1252_is_read_as_typed(built_workdir: Path) -> None:
    # a terminal not set to UTF-8 sends "café" as b"caf\xe9": the console and `qabot ask`
    # echoed "caf\ufffd" in the lead, and searched for "caf"
    console = subprocess.run(
        [sys.executable, "-m", "qabot", "console"],
        cwd=built_workdir,
        input=b"frost caf\xe9 damage\n:quit\n",
        capture_output=True,
        timeout=60,
    )
    assert console.returncode == 0, console.stderr
    shown = console.stdout.decode("utf-8")
    assert "“frost café damage”" in shown and "\ufffd" not in shown
    asked = subprocess.run(
        [sys.executable, "-m", "qabot", "ask", b"\xfcber frost damage"],
        cwd=built_workdir,
        capture_output=True,
        timeout=60,
    )
    assert asked.returncode == 0, asked.stderr
    assert "über frost damage" in asked.stdout.decode("utf-8")
    piped = subprocess.run(
        [sys.executable, "-m", "qabot", "ask", "--json", "-"],
        cwd=built_workdir,
        input=b"frost na\xefve damage\n",
        capture_output=True,
        timeout=60,
    )
    assert json.loads(piped.stdout)["question"] == "frost naïve damage"


def test_ask_and_listings_print_no_control_characters_from_a_hostile_article(
    workdir: Path,
) -> None:
    (workdir / "seeds" / "evil.md").write_text(
        "---\ntitle: Zebra \x1b[31mcrossing\x07\nsource: Daily\x07 \x1b]0;pwned\x07Bell\n---\n"
        "The zebra \x1b]0;pwned\x07crossing \x1b[31mopened\r today.\n\n"
        '"It is \x1b[2Jsafer now," warden Ola Berg said.\n',
        encoding="utf-8",
    )
    result = qabot("ask", "zebra crossing", cwd=built_here(workdir))
    assert result.returncode == 0, result.stderr
    assert "crossing" in result.stdout
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", result.stdout)
    # escape sequences go whole from passages, as from one-line listings: no "[31m" is left
    console = qabot("console", cwd=workdir, stdin="zebra crossing\n")
    assert "The zebra crossing opened today." in console.stdout, console.stderr
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]|\[31m|\[2J|pwned", console.stdout)
    for listing in ("articles", "sources", "quotes"):  # `sources` printed the outlet's BEL
        listed = qabot(listing, cwd=workdir)
        assert listed.returncode == 0, listed.stderr
        assert "Bell" in listed.stdout
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", listed.stdout), listing
    # ... and a saved page with an escape in its text was skipped whole: "no article text found"
    (workdir / "seeds" / "ferry.html").write_text(
        "<html><head><title>Ferry \x1b]0;pwned\x07fares</title></head><body>"
        "<p>Ferry fares \x1b[31mrise by a fifth on Monday, the operator said.</p>"
        "<p>Islanders said they would protest at the harbour.</p></body></html>",
        encoding="utf-8",
    )
    indexed = qabot("index", cwd=workdir)
    assert indexed.returncode == 0 and "ferry.html" not in indexed.stderr, indexed.stderr
    fares = qabot("ask", "ferry fares rise", cwd=workdir)
    assert "Ferry fares rise by a fifth on Monday" in fares.stdout, fares.stdout
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]|\[31m|pwned", fares.stdout)


def test_an_index_only_brought_up_to_date_is_not_said_to_be_built(built_workdir: Path) -> None:
    # the articles folder renamed: `qabot ask --articles news` read no file, and said "Built
    # the index of .../news. Index gen-000002: files 0 added, 0 changed, 0 removed, 3 unchanged"
    (built_workdir / "seeds").rename(built_workdir / "news")
    result = qabot("ask", "--articles", "news", "harbour pilots", cwd=built_workdir)
    assert result.returncode == 0, result.stderr
    assert "Built" not in result.stderr
    assert "The index is up to date with" in result.stderr and "0 added" in result.stderr
    # a new unreadable file: the new generation that records it was said to be "up to date"
    (built_workdir / "news" / "bad.txt").write_bytes(b"\x00\x01")
    bad = qabot("ask", "--articles", "news", "harbour pilots", cwd=built_workdir)
    assert "skipped bad.txt" in bad.stderr and "up to date" not in bad.stderr, bad.stderr
    assert "Recorded 1 unreadable file" in bad.stderr and "3 unchanged, 1 skipped" in bad.stderr


def test_ask_json_prints_one_object(built_workdir: Path) -> None:
    result = qabot("ask", "--json", "--top", "1", "evening study rooms", cwd=built_workdir)
    data = json.loads(result.stdout)
    assert len(data["passages"]) == 1
    assert data["passages"][0]["article"]["path"] == "library/reading.txt"


@pytest.mark.parametrize("question", READERS_WAYS)
def test_ask_reads_what_x_said_as_readers_type_it(printed: dict[str, str], question: str) -> None:
    # no "did", a role with its article, a "/" typed for the "?", no verb at all (her surname
    # alone too): each asks for her words
    assert "What Maria Keller said" in printed[question]
    assert "We will not guide tankers through fog" in printed[question]


def test_index_then_add_reports_what_changed(workdir: Path, tmp_path: Path) -> None:
    first = qabot("index", cwd=workdir)
    assert "3 added" in first.stdout
    assert "up to date" in qabot("index", cwd=workdir).stdout
    new = tmp_path / "tram.txt"
    new.write_text("Tram line opens\n\nThe new tram line carried commuters.\n", encoding="utf-8")
    added = qabot("add", str(new), cwd=workdir)
    assert added.returncode == 0, added.stderr
    assert "1 added" in added.stdout
    assert (workdir / "seeds" / "tram.txt").exists()
    assert "tram line" in qabot("ask", "tram commuters", cwd=workdir).stdout


def test_an_index_built_from_another_folder_keeps_reading_it(workdir: Path) -> None:
    news = workdir / "news"
    news.mkdir()
    (news / "kiln.txt").write_text(
        'Kiln reopens\n\n"The kiln is lit again," said potter Oda Brennick.\n', encoding="utf-8"
    )
    assert qabot("index", "--articles", "news", cwd=workdir).returncode == 0
    # no --articles: the index goes on with news/, it is not rebuilt from seeds/
    kept = qabot("ask", "what did oda brennick say", cwd=workdir)
    assert "The kiln is lit again" in kept.stdout
    assert "Built the index" not in kept.stderr and "removed" not in kept.stderr
    # naming a folder still switches to it
    switched = qabot("ask", "--articles", "seeds", "harbour pilots", cwd=workdir)
    assert "Harbour pilots" in switched.stdout
    assert qabot("index", "--articles", "news", cwd=workdir).returncode == 0
    news.rename(workdir / "old-news")
    gone = qabot("ask", "what did oda brennick say", cwd=workdir)
    assert gone.returncode == 1
    assert gone.stderr.startswith("error: The index in ") and "Pass --articles DIR" in gone.stderr
    assert "Traceback" not in gone.stderr


def test_a_project_moved_or_copied_whole_keeps_its_index_and_reads_its_own_articles(
    built_workdir: Path, tmp_path: Path
) -> None:
    """The index remembered its articles folder by absolute path only: a copy of the project
    went on reading, and adding to, the original's articles, and a moved one said they were
    gone."""
    copy, moved = tmp_path / "copy", tmp_path / "moved"
    for part in ("seeds", "index"):
        shutil.copytree(built_workdir / part, copy / part)
    tram = tmp_path / "tram.txt"
    tram.write_text("Tram line opens\n\nThe new tram line carried commuters.\n", encoding="utf-8")
    added = qabot("add", str(tram), cwd=copy)
    assert added.returncode == 0 and "1 added" in added.stdout, added.stderr
    assert (copy / "seeds" / "tram.txt").exists()
    assert not (built_workdir / "seeds" / "tram.txt").exists()
    assert "tram line" in qabot("ask", "tram commuters", cwd=copy).stdout
    assert "tram line" not in qabot("ask", "tram commuters", cwd=built_workdir).stdout
    moved.mkdir()
    for part in ("seeds", "index"):
        (built_workdir / part).rename(moved / part)
    asked = qabot("ask", "frost damage", cwd=moved)
    assert asked.returncode == 0, asked.stderr
    assert "Frost destroyed blossoms" in asked.stdout and "Built the index" not in asked.stderr
    assert "Index is up to date" in qabot("index", cwd=moved).stdout


def test_add_indexes_the_good_files_and_names_each_one_left_out(
    built_workdir: Path, tmp_path: Path
) -> None:
    good = tmp_path / "tram.txt"
    good.write_text("Tram line opens\n\nThe new tram line carried commuters.\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02\x03")
    clash = tmp_path / "harbour.txt"
    clash.write_text("Another harbour story\n\nSomething else entirely.\n", encoding="utf-8")
    result = qabot("add", str(good), str(bad), str(clash), cwd=built_workdir)
    assert result.returncode == 1  # some files were left out: scripts can tell
    assert "1 added" in result.stdout and "Traceback" not in result.stderr
    assert "not added: " in result.stderr and "bad.txt" in result.stderr
    assert "already exists" in result.stderr
    assert (built_workdir / "seeds" / "tram.txt").exists()
    assert not (built_workdir / "seeds" / "bad.txt").exists()
    assert "tram line" in qabot("ask", "tram commuters", cwd=built_workdir).stdout


def test_add_of_two_files_of_one_name_keeps_the_first_and_names_the_other(
    workdir: Path, tmp_path: Path
) -> None:
    # "qabot add business/*.txt tech/*.txt" gave two 001.txt: the second overwrote the first
    # without a word, exit code 0, and a corpus of 2,225 articles became 511
    for folder, story in (
        ("ports", "Tram line opens\n\nThe new tram line carried commuters."),
        ("towns", "Bridge closes\n\nThe old bridge shut for repairs."),
    ):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "001.txt").write_text(story + "\n", encoding="utf-8")
    given = [str(tmp_path / "ports" / "001.txt"), str(tmp_path / "towns" / "001.txt")]
    result = qabot("add", *given, given[0], cwd=workdir)  # the first given twice: added once
    assert result.returncode == 1, result.stderr
    assert result.stderr == (
        f"warning: not added: {given[1]} has the same name as {given[0]}, given before it, "
        "and other content. Rename 001.txt and add it again.\n"
    )
    assert "Tram line opens" in (workdir / "seeds" / "001.txt").read_text(encoding="utf-8")


def test_add_of_a_file_left_out_takes_no_name_from_a_later_file(
    workdir: Path, tmp_path: Path
) -> None:
    # an empty ports/001.txt was left out, and towns/001.txt after it was refused for its name
    (tmp_path / "ports").mkdir()
    (tmp_path / "ports" / "001.txt").write_bytes(b"")
    (tmp_path / "towns").mkdir()
    (tmp_path / "towns" / "001.txt").write_text(
        "Bridge closes\n\nThe old bridge shut for repairs.\n", encoding="utf-8"
    )
    given = [str(tmp_path / "ports" / "001.txt"), str(tmp_path / "towns" / "001.txt")]
    result = qabot("add", *given, given[0], cwd=workdir)  # the empty one given twice: named once
    assert result.returncode == 1, result.stderr
    assert result.stderr == (
        "warning: not added: 001.txt holds no readable article: the file is empty.\n"
    )
    assert "Bridge closes" in (workdir / "seeds" / "001.txt").read_text(encoding="utf-8")


def test_add_of_a_path_that_does_not_exist_or_is_a_folder_says_which(
    workdir: Path, tmp_path: Path
) -> None:
    # a mistyped path was called "not a file", as if it were there and a folder
    (tmp_path / "saved").mkdir()
    result = qabot("add", str(tmp_path / "tram.txt"), str(tmp_path / "saved"), cwd=workdir)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"{tmp_path / 'tram.txt'} does not exist" in result.stderr
    assert f"{tmp_path / 'saved'} is a folder" in result.stderr
    assert result.stderr.count("\n") == 1


def test_add_of_a_web_address_points_to_fetch_and_keeps_the_address_whole(
    workdir: Path,
) -> None:
    """`qabot add http://host/feed.xml` said 'http:/host/feed.xml does not exist: check the
    path': the address mangled into a path, and no word that `qabot fetch` saves web pages."""
    result = qabot("add", "http://news.example.org/feed.xml", cwd=workdir)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr == (
        "error: Nothing was added: http://news.example.org/feed.xml is a web address: "
        "`qabot fetch URL` saves web pages and feeds as articles.\n"
    )


def test_add_warns_about_a_date_line_it_cannot_read_and_keeps_the_article(
    built_workdir: Path, tmp_path: Path
) -> None:
    """A bad front-matter date was dropped in silence (a JSON record's got a warning)."""
    odd = tmp_path / "ferry.md"
    odd.write_text(
        "---\ntitle: Ferry sails late\nsource: Quay Post\ndate: 2024-13-45\n---\n"
        "Ferry sails late\n\nThe morning ferry sailed two hours late after the storm.\n",
        encoding="utf-8",
    )
    result = qabot("add", str(odd), cwd=built_workdir)
    assert result.returncode == 0 and "1 added" in result.stdout, result.stderr
    assert result.stderr == (
        "warning: ferry.md line 4: '2024-13-45' is not a date (write YYYY-MM-DD); "
        "indexed without one\n"
    )
    assert "ferry sailed two hours late" in qabot("ask", "morning ferry", cwd=built_workdir).stdout


def test_index_warns_about_front_matter_never_closed_and_reads_its_fields(
    workdir: Path,
) -> None:
    """A `---` never closed made the whole file text: the title '---', 'source: ...' a
    paragraph, no date nor outlet, and no word said."""
    (workdir / "seeds" / "tides.md").write_text(
        "\n---\ntitle: Spring tides flood the quay\nsource: Quay Post\ndate: 2024-04-09\n\n"
        "Spring tides flooded the quay road twice on Tuesday, the harbour master said.\n",
        encoding="utf-8",
    )
    result = qabot("index", cwd=workdir)
    assert result.returncode == 0, result.stderr
    assert result.stderr == (
        "warning: tides.md line 2: front matter opened with --- is never closed; its Key: value "
        "lines were read as the header (add a line --- after them)\n"
    )
    listed = json.loads(
        next(
            line
            for line in qabot("articles", "--json", "--text", cwd=workdir).stdout.splitlines()
            if "tides.md" in line
        )
    )
    assert (listed["title"], listed["source"], listed["date"]) == (
        "Spring tides flood the quay",
        "Quay Post",
        "2024-04-09",
    )
    assert listed["text"] == (
        "Spring tides flooded the quay road twice on Tuesday, the harbour master said."
    )


def test_a_rule_closing_front_matter_only_after_prose_drops_no_prose(workdir: Path) -> None:
    """A `---` rule further down 'closed' a front matter never closed: the prose before it was
    read as header lines and dropped without a word."""
    (workdir / "seeds" / "weir.md").write_text(
        "---\ntitle: Weir repairs begin\n\nWork on the old weir began on Monday, engineers "
        "said.\n\n---\n\nThe footpath stays closed until May.\n",
        encoding="utf-8",
    )
    result = qabot("index", cwd=workdir)
    assert "weir.md line 1: front matter opened with --- is never closed" in result.stderr
    text = qabot("articles", "weir.md", "--text", cwd=workdir).stdout
    assert "Work on the old weir began on Monday" in text
    assert "The footpath stays closed until May." in text


def test_a_hostile_file_name_is_one_printable_warning_line(workdir: Path) -> None:
    """A file name holding an escape sequence and a newline reached the terminal as it was:
    it could clear the screen and forge a line of output ("fake: line")."""
    (workdir / "seeds" / "evil\x1b[2J\nfake: line.txt").write_text("x", encoding="utf-8")
    result = qabot("index", cwd=workdir)
    assert result.returncode == 0, result.stderr
    assert result.stderr == (
        "warning: skipped evil\\x1b[2J\\nfake: line.txt: no article text found, only a "
        "title or page furniture\n"
    )


def test_articles_header_is_whole_over_short_names_and_no_outlets(tmp_path: Path) -> None:
    """With no outlet named and short paths the header read 'p…  date  …  passages'."""
    folder = tmp_path / "a"
    folder.mkdir()
    (folder / "b.txt").write_text(
        "Tide tables\n\nThe tide tables for May were printed on Monday.\n", encoding="utf-8"
    )
    listed = qabot("articles", "--articles", "a", "--index-dir", "i", cwd=tmp_path).stdout
    assert listed.splitlines() == [
        "path   date        outlet  passages  quotes  title",
        "b.txt  -           -              1       0  Tide tables",
    ]


def test_add_names_a_readme_as_a_folders_notes(workdir: Path, tmp_path: Path) -> None:
    notes = tmp_path / "README.md"
    notes.write_text("About this folder\n\nThese are my articles.\n", encoding="utf-8")
    result = qabot("add", str(notes), cwd=workdir)
    assert result.returncode == 1
    assert "folder's notes" in result.stderr and "Rename it" in result.stderr
    assert not (workdir / "seeds" / "README.md").exists()


def test_add_refuses_a_binary_file_and_copies_nothing(workdir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02\x03")
    result = qabot("add", str(bad), cwd=workdir)
    assert result.returncode == 1
    assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr
    assert not (workdir / "seeds" / "bad.txt").exists()


@pytest.mark.parametrize(
    ("setup", "args", "message"),
    [
        ("none", ["ask", "hi", "--articles", "missing"], "missing"),
        ("empty", ["ask", "hi", "--articles", "empty"], "No readable articles"),
        ("config", ["ask", "hi", "--config", "bad.toml"], "not valid TOML"),
        ("none", ["ask", "hi", "--config", "nope.toml"], "does not exist"),
        ("none", ["ask", "hi", "--top", "0"], "between 1 and 50"),
        ("none", ["bot"], "QABOT_TELEGRAM_TOKEN"),
        ("none", ["ask", " ", "--json"], "The question is empty"),
        # an index folder that is a file, or inside one: a FileExistsError traceback before
        ("file", ["index", "--index-dir", "notes.txt"], "notes.txt is a file, not a folder"),
        ("file", ["ask", "hi", "--index-dir", "notes.txt/index"], "is a file, not a folder"),
        # articles under a file: "does not exist. Create it", and "Free some space" from add
        ("file", ["ask", "hi", "--articles", "notes.txt/news"], "notes.txt is a file, not a"),
        (
            "file",
            ["add", "story.txt", "--articles", "notes.txt/news"],
            "notes.txt is a file, not a folder: point --articles at a folder.",
        ),
        # the index in the articles folder itself: "No readable articles in seeds", which
        # holds one
        (
            "none",
            ["index", "--articles", "seeds", "--index-dir", "seeds"],
            "is the index folder too",
        ),
        # argparse's own errors too: one line, exit 1, not the usage and exit 2
        ("none", ["ask", "hi", "--top", "abc"], "invalid int value: 'abc'; see qabot ask --help"),
        ("none", ["bogus"], "invalid choice: 'bogus'"),
        # an option another command takes: its own help, not the list of commands
        (
            "none",
            ["sources", "--since", "2024"],
            "unrecognized arguments: --since 2024; see qabot sources --help",
        ),
        # --top is offered only where an answer is shown: a listing never read it
        (
            "none",
            ["speakers", "--top", "5"],
            "unrecognized arguments: --top 5; see qabot speakers --help",
        ),
        ("none", ["index", "--top", "5"], "unrecognized arguments: --top 5"),
    ],
)
def test_user_errors_get_one_line_and_no_traceback(
    built_workdir: Path, setup: str, args: list[str], message: str
) -> None:
    if setup == "empty":
        (built_workdir / "empty").mkdir()
    if setup == "config":
        (built_workdir / "bad.toml").write_text("[answer\n", encoding="utf-8")
    if setup == "file":
        (built_workdir / "notes.txt").write_text("my notes\n", encoding="utf-8")
        (built_workdir / "story.txt").write_text(
            "Ferry resumes\n\nThe island ferry ran again on Monday after the storm.\n",
            encoding="utf-8",
        )
    result = qabot(*args, cwd=built_workdir)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("error: ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert message in result.stderr


def test_a_home_folder_in_the_config_file_is_the_users(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `articles = "~/news"` was read as a folder named "~" beside the config ("does not
    # exist"), and `index = "~/idx"` made one there: a folder `rm -rf ~` is then typed for
    home, work = tmp_path / "home", tmp_path / "work"
    (home / "news").mkdir(parents=True)
    (home / "news" / "pilots.txt").write_text(
        "Harbour pilots strike\n\nHarbour pilots walked out on Monday over night shifts.\n",
        encoding="utf-8",
    )
    work.mkdir()
    (work / "config.toml").write_text(
        '[paths]\narticles = "~/news"\nindex = "~/idx"\n', encoding="utf-8"
    )
    monkeypatch.setenv("HOME", str(home))
    result = qabot("ask", "harbour pilots", "--config", "config.toml", cwd=work)
    assert result.returncode == 0, result.stderr
    assert "Harbour pilots walked out on Monday" in result.stdout
    assert (home / "idx" / "CURRENT").is_file()
    assert not (work / "~").exists()
    again = qabot("ask", "harbour pilots", "--articles=~/news", "--index-dir=~/idx", cwd=work)
    assert again.returncode == 0 and "Built the index" not in again.stderr
    assert not (work / "~").exists()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_output_to_a_full_disk_is_one_error_line(built_workdir: Path) -> None:
    # `qabot ask ... > answers.txt` on a full disk ended with an OSError traceback
    for args in (["ask", "harbour pilots"], ["speakers"], ["articles", "--text"]):
        with open("/dev/full", "w", encoding="utf-8") as full:
            result = subprocess.run(
                [sys.executable, "-m", "qabot", *args],
                cwd=built_workdir,
                stdout=full,
                stderr=subprocess.PIPE,
                text=True,
                timeout=60,
            )
        assert result.returncode == 1, result.stderr
        assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
        assert result.stderr.startswith("error: No space left on device: what qabot printed")
        assert len(result.stderr.strip().splitlines()) == 1


def test_articles_lists_what_was_read_with_its_text(built_workdir: Path) -> None:
    listed = qabot("articles", "--json", "--text", cwd=built_workdir)
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert listed.returncode == 0
    assert rows == sorted(rows, key=lambda row: row["path"])
    assert {"path", "title", "source", "date", "url", "passages", "quotes", "text"} <= set(rows[0])
    assert all(row["passages"] >= 1 and row["text"] for row in rows)
    table = qabot("articles", rows[0]["path"], cwd=built_workdir)
    assert table.stdout.splitlines()[0].split()[:2] == ["path", "date"]
    assert rows[0]["title"] in table.stdout
    assert len(table.stdout.splitlines()) == 2


def test_articles_of_no_day_asked_says_so_instead_of_an_empty_table(built_workdir: Path) -> None:
    result = qabot("articles", "--since", "2099", cwd=built_workdir)
    assert result.returncode == 0 and result.stdout == ""
    assert result.stderr.startswith("No indexed article is of those days or outlets")


def test_articles_names_a_path_that_is_not_indexed(built_workdir: Path) -> None:
    result = qabot("articles", "nowhere.txt", cwd=built_workdir)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith("error: Nothing indexed at")
    assert "Traceback" not in result.stderr


def test_quotes_and_speakers_list_what_was_extracted(built_workdir: Path) -> None:
    speakers = qabot("speakers", "--json", cwd=built_workdir)
    names = {row["speaker"] for row in json.loads(speakers.stdout)}
    assert "Maria Keller" in names
    quotes = qabot("quotes", "--speaker", "Keller", "--json", cwd=built_workdir)
    rows = [json.loads(line) for line in quotes.stdout.splitlines()]
    assert rows and all(row["speaker"] == "Maria Keller" for row in rows)
    assert "fog at three in the morning" in rows[0]["text"]


@pytest.mark.parametrize("name", ["", "   "])
def test_quotes_of_an_empty_speaker_name_say_what_to_type(built_workdir: Path, name: str) -> None:
    """An empty --speaker (a script's variable that came out empty) listed every quote in the
    archive as if they were one person's."""
    result = qabot("quotes", "--speaker", name, cwd=built_workdir)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.strip().startswith("error: --speaker needs a name")
    assert "Traceback" not in result.stderr


def test_console_answers_scripted_questions(built_workdir: Path) -> None:
    script = ":help\nfrost damage\n:nonsense\n:quit\nnever asked\n"
    result = qabot("console", cwd=built_workdir, stdin=script)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("qabot ")
    assert "Commands: :help" in out
    assert "Frost destroyed blossoms" in out and "**" in out  # highlight marked, no colour
    assert "\033[" not in out
    assert "Unknown command :nonsense" in out
    assert "never asked" not in out
    assert out.count("qabot> ") == 4


def test_console_answers_speech_questions_and_follow_ups(built_workdir: Path) -> None:
    script = (
        "which union leader warned about fog?\n"
        "what else did she say?\n"
        "what did the librarian say about study rooms\n"
        "what did Zora Mbeki say about the harbour?\n"
        "name the union leader who warned about fog\n"
        "ana ruiz on study rooms\n"  # a headline typed in lower case
    )
    result = qabot("console", cwd=built_workdir, stdin=script)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "qabot> Maria Keller said it:" in out
    assert "qabot> Nothing more from Maria Keller in the articles." in out
    assert out.count("qabot> What Ana Ruiz said about study rooms:") == 2
    assert "qabot> Zora Mbeki is not named in the articles" in out
    assert out.count("qabot> Maria Keller said it:") == 2  # "name the <role> who ..." too


def test_console_what_else_on_a_topic_keeps_the_topic_when_nothing_is_left(
    built_workdir: Path,
) -> None:
    # "what else did he say about tanks?" once his one quote was shown answered "Nothing more
    # from X in the articles.", as if the topic had not been asked
    script = "what did Maria Keller say about fog?\nwhat else did she say about fog?\n"
    result = qabot("console", cwd=built_workdir, stdin=script)
    assert result.returncode == 0, result.stderr
    assert "qabot> What Maria Keller said about fog:" in result.stdout
    assert "qabot> Nothing more from Maria Keller about fog in the articles." in result.stdout


def test_ask_who_said_the_opposite_of_a_quote_offers_it_as_the_closest_only(
    printed: dict[str, str],
) -> None:
    # Briggs said "It is the worst spring I remember": asked with "not", it is no claim of his
    result = printed["who said it was not the worst spring he remembered?"]
    plainly = printed["who said they would guide tankers through fog?"]
    lead = "No quote says that in those words; the closest is Tom Briggs's:"
    assert result.startswith(lead)
    assert "worst spring I remember" in result
    # Maria Keller "will not guide tankers through fog": asked plainly, her words deny it
    assert plainly.startswith("No quote says that in those words; the closest is Maria")


def test_ask_who_said_a_claim_no_article_makes_or_one_word_names_what_each_holds(
    printed: dict[str, str], built_workdir: Path
) -> None:
    nobody = printed["who said the frost closed the library?"]
    orchards = printed["who said orchards?"]
    tankers = printed["who said tankers?"]
    # what no article says is one line naming nobody
    lead = "No quote or passage in the articles says “the frost closed the library”."
    assert nobody.splitlines()[0] == lead
    assert "Briggs" not in nobody and "Ruiz" not in nobody
    # a word is no claim: no quote holds "orchards", the orchard story does
    lead = "No quote in the articles matches that. Passages that mention “orchards”:"
    assert orchards.splitlines()[0] == lead
    assert "valley orchards" in orchards
    # a word is no claim: Maria Keller's quote uses "tankers", under a heading saying so
    assert tankers.splitlines()[0] == "Quotes that use the word “tankers”, by Maria Keller:"
    shown = qabot(
        "ask", "--json", "-", cwd=built_workdir, stdin="who said walruses?\nwho said tankers?\n"
    )
    assert shown.returncode == 0, shown.stderr
    nowhere, used = [json.loads(line) for line in shown.stdout.splitlines()]
    assert nowhere["found"] is False  # a word no article writes: nothing to show
    assert used["found"] is True
    assert [quote["speaker"] for quote in used["quotes"]] == ["Maria Keller"]


def test_console_asks_which_namesake_and_keeps_the_topic(workdir: Path) -> None:
    (workdir / "seeds" / "ferry.txt").write_text(
        "Island ferries keep sailing\n\nCaptain Ola Briggs said the crossings were safe in any "
        'weather.\n\n"Our crews have sailed through worse storms," Ola Briggs said.\n',
        encoding="utf-8",
    )
    (workdir / "seeds" / "slalom.txt").write_text(
        'Slalom season opens\n\n"The snow is perfect," said Zoë Núñez-Ortiz after training.\n',
        encoding="utf-8",
    )
    script = (
        "what did Zoe Nunez Ortiz say?\n"
        "what did Briggs say about the harbour?\n"
        "Ola\n"
        "what did Briggs say about the frost?\n"
        "what did Ola Briggs say about submarines?\n"
    )
    result = qabot("console", cwd=built_here(workdir), stdin=script)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "qabot> What Zoë Núñez-Ortiz said:" in out  # accents and hyphen as typed
    assert (
        "qabot> Several people called Briggs are quoted, none of them on the harbour. Do you mean"
        in out
    )
    assert "qabot> Ola Briggs said nothing about the harbour in the articles;" in out
    assert "What Tom Briggs said about the frost:" in out  # the topic tells them apart
    # her words, and no passage that is about her but not about submarines
    submarines = out.split("about submarines", 1)[1]
    assert "Our crews have sailed" in submarines and "Passages:" not in submarines


def test_console_asks_which_holder_of_a_role_and_takes_the_name_typed(workdir: Path) -> None:
    (workdir / "seeds" / "ferry.txt").write_text(
        "Island ferries keep sailing\n\nCaptain Ola Briggs said the crossings were safe in any "
        "weather.\n",
        encoding="utf-8",
    )
    (workdir / "seeds" / "pier.txt").write_text(
        "Old pier to reopen\n\nCaptain Ivo Sand said the old pier would reopen in June.\n",
        encoding="utf-8",
    )
    script = "what did the captain say?\nIvo\nwhat did the captain say about the crossings?\n"
    result = qabot("console", cwd=built_here(workdir), stdin=script)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "qabot> Several people the articles call the captain are quoted. Do you mean" in out
    assert "qabot> What Ivo Sand said:" in out
    assert "What Ola Briggs said about the crossings:" in out  # the topic tells them apart


def test_console_shows_each_holder_of_a_role_and_takes_the_name_typed(workdir: Path) -> None:
    (workdir / "seeds" / "fares.txt").write_text(
        'Ferry fares to fall\n\n"Ticket prices will fall in spring," said Lena Dorn, '
        "co-chairman of Northway Ferries.\n",
        encoding="utf-8",
    )
    (workdir / "seeds" / "prices.txt").write_text(
        "Fare row at the port\n\nPiet Varga, the Northway Ferries co-chairman, said ticket "
        "prices were fair for island families.\n\nMr Varga said the cabins were new.\n",
        encoding="utf-8",
    )
    script = "what did the northway ferries co-chairman say about ticket prices?\nPiet\n"
    result = qabot("console", cwd=built_here(workdir), stdin=script)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    # neither holder's words stand for the other's: each is shown under their own name
    assert "co-chairman” may mean " in out and "What each said about ticket prices:" in out
    first = out.split("qabot> What Piet Varga said", 1)[0]
    assert "Lena Dorn" in first and "Piet Varga" in first
    assert "qabot> What Piet Varga said about ticket prices:" in out


def test_console_says_no_story_of_the_year_or_edition_or_thing_asked(workdir: Path) -> None:
    (workdir / "seeds" / "riots.txt").write_text(
        "Fuel riots\n\nFuel price riots spread through the valley towns as crowds burned "
        "tyres, the worst since 1999. The valley shops sold out of Dragonet 2.\n",
        encoding="utf-8",
    )
    (workdir / "seeds" / "plans.txt").write_text(
        "Town plans\n\nThe town plans a new ring road by 2031, with 3 bridges.\n",
        encoding="utf-8",
    )
    for name in ("fair", "flood"):  # 1999 is the year the archive writes of, not 2031
        (workdir / "seeds" / f"{name}.txt").write_text(
            f"The {name} of 1999\n\nThe {name} of 1999 is remembered in the town.\n",
            encoding="utf-8",
        )
    (workdir / "seeds" / "cars.txt").write_text(
        "Cars recalled\n\nThe maker recalled 300 cars over faulty brakes.\n", encoding="utf-8"
    )
    # ... nor the thing asked of a product the articles name, which no article reports of it
    script = (
        "valley fuel price riots 2031\ndragonet 3 valley shops\nwas Dragonet 2 recalled\n"
        "dragonet 300 valley shops\n"
    )
    result = qabot("console", cwd=built_here(workdir), stdin=script)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert (
        "qabot> None of the passages that best match “valley fuel price riots 2031” is from an "
        "article that mentions “2031”." in out
    )
    assert (
        "qabot> None of the passages that best match “dragonet 3 valley shops” is about "
        "“dragonet 3”." in out
    )
    assert (
        "qabot> Nothing in the articles answers “was Dragonet 2 recalled”: no sentence about "
        "“Dragonet” has “recalled”." in out
    )
    assert (  # three digits name an edition too ("xbox 360")
        "qabot> None of the passages that best match “dragonet 300 valley shops” is about "
        "“dragonet 300”." in out
    )


def test_console_ends_cleanly_at_end_of_input(built_workdir: Path) -> None:
    result = qabot("console", cwd=built_workdir, stdin="library hours\n")
    assert result.returncode == 0
    assert "central library" in result.stdout


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name in commands:
        assert f"qabot {name}" in readme, name


def test_colour_output_wraps_on_visible_width_and_keeps_every_word(tmp_path: Path) -> None:
    from qabot.console import format_answer
    from qabot.indexing import load_index, update_index
    from qabot.search import answer
    from qabot.terminal_text import WIDTH

    folder = tmp_path / "articles"
    folder.mkdir()
    paragraph = (
        "The council met on Tuesday evening to discuss the budget for the coming year. "
        "Members agreed that the old swimming pool on the river bank would close for repairs "
        "before the summer season and reopen with a larger children's area in the autumn. "
        "Residents asked for longer opening hours at weekends."
    )
    (folder / "pool.txt").write_text(f"Pool to close\n\n{paragraph}\n", encoding="utf-8")
    update_index(folder, tmp_path / "index")
    result = answer(load_index(tmp_path / "index"), "swimming pool repairs river bank")
    coloured, plain = format_answer(result, color=True), format_answer(result, color=False)
    visible = re.sub(r"\033\[[0-9;]*m", "", coloured)
    assert "\033[1m" in coloured
    assert visible.split() == plain.replace("**", "").split()
    # the lines are those of the text without emphasis: escape codes take no width
    unstyled = textwrap.wrap(paragraph, WIDTH, initial_indent="  ", subsequent_indent="  ")
    assert "\n".join(unstyled) in visible


def test_console_more_goes_on_and_a_year_asks_again_within_it(workdir: Path) -> None:
    for n in range(5):
        year = 2004 + n % 2
        (workdir / "seeds" / f"timetable{n}.md").write_text(
            f"---\ntitle: Timetable change {n}\ndate: {year}-02-0{n + 1}\n---\nTimetable change "
            f"{n}\n\nThe winter timetable for bus route {n} changes next month.\n",
            encoding="utf-8",
        )
    script = "winter timetable\nmore\nand in 2004?\nmore\n"
    result = qabot("console", "--top", "2", cwd=built_here(workdir), stdin=script)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "(more passages match: type “more” to see them)" in out
    assert "qabot> More passages for “winter timetable” (3-4):" in out
    assert (
        "qabot> Best matching passages for “winter timetable” (2004-01-01 to 2004-12-31):" in out
    )
    assert "qabot> More passages for “winter timetable” (3) (2004-01-01 to 2004-12-31):" in out


def test_console_keeps_words_on_other_things_to_a_phone_screen(workdir: Path) -> None:
    # four long remarks of one person, none on the topic asked: what fits one phone screen
    for name, remark in LONG_REMARKS.items():
        (workdir / "seeds" / name).write_text(remark, encoding="utf-8")
    result = qabot(
        "console", cwd=built_here(workdir), stdin="what did Ivo Sand say about submarines?\n"
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert (
        "qabot> Ivo Sand said nothing about submarines in the articles; Ivo Sand's words on "
        "other things:" in out
    )
    assert "1 more quote from Ivo Sand" in out  # the rest a "more" away


def test_a_pasted_title_escape_in_a_question_leaves_the_lead_whole(built_workdir: Path) -> None:
    # a BEL ending a pasted "set the window title" escape was turned into a space before the
    # escape was taken out: the escape then ran on unterminated and, printed, swallowed the
    # rest of the lead line ("Best matching passages for “frost" and no closing quote)
    result = qabot("ask", "frost \x1b]0;pwned\x07damage", cwd=built_workdir)
    assert result.returncode == 0, result.stderr
    lead = result.stdout.splitlines()[0]
    assert lead == "Best matching passages for “frost damage”:"
    assert "pwned" not in result.stdout and "\x1b" not in result.stdout


def test_ask_who_did_a_deed_names_the_doer_with_their_words_above_the_passage(
    tmp_path: Path,
) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "mill.txt").write_text(
        "River spill goes to court\n\nMayor Edda Lund has sued the Norvik paper mill over the "
        'spill that killed fish.\n\n"The river is our lifeline," Edda Lund said.\n',
        encoding="utf-8",
    )
    (news / "pier.txt").write_text(
        "Pier reopens\n\nThe old Velm pier reopened on Sunday after repairs.\n", encoding="utf-8"
    )
    (news / "rain.txt").write_text(
        "Rain ahead\n\nForecasters expect rain across the valley.\n", encoding="utf-8"
    )
    result = qabot("ask", "--articles", "news", "who sued the norvik paper mill?", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Told of Edda Lund in the passage below; what Edda Lund said in that story:"
    said, told = result.stdout.index("our lifeline"), result.stdout.index("has sued the Norvik")
    assert said < told  # the doer's words, then the passage that tells the deed


def test_ask_who_said_names_a_body_s_spokesman_as_the_article_does(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "bins.txt").write_text(
        "Bin rounds late\n\nBin rounds in Velm were late after the depot flooded. A spokesman "
        'for Velm Council said: "The bins will be emptied on Friday."\n',
        encoding="utf-8",
    )
    (news / "pier.txt").write_text(
        "Pier reopens\n\nThe old Velm pier reopened on Sunday after repairs.\n", encoding="utf-8"
    )
    (news / "rain.txt").write_text(
        "Rain ahead\n\nForecasters expect rain across the valley.\n", encoding="utf-8"
    )
    asked = "who said the bins would be emptied on friday?"
    result = qabot("ask", "--articles", "news", asked, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "A spokesman for Velm Council said it:"


def test_ask_a_topic_met_only_by_its_commonest_word_is_not_said_to_be_met(
    tmp_path: Path,
) -> None:
    # Tom Reed's "we let the supporters down", in a story not on the topic, shares only
    # "supporters", its commonest telling word, with it: no heading says it is about it
    (tmp_path / "seeds").mkdir()
    for name, text in SUPPORTERS.items():
        (tmp_path / "seeds" / name).write_text(text, encoding="utf-8")
    plan, rowdy = ask_each(
        "what did tom reed say about kerrin's plan to ban rowdy supporters",
        "what did tom reed say about rowdy supporters",
        cwd=tmp_path,
    )
    assert plan.startswith(
        "Tom Reed said nothing about kerrin's plan to ban rowdy supporters in the articles;"
    )
    assert rowdy.startswith("What Tom Reed said about rowdy supporters:")
