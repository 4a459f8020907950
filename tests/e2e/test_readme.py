"""The manual's examples over `news/` print what the README shows: a new user runs them as
written (the folder was missing from the repository, so none of them could be run)."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest

from tests.support.processes import qabot

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]


def _news_examples() -> list[tuple[list[str], str]]:
    """Return (arguments, printed text) of each `$ qabot ... --articles news` example."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Dates and outlets", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```console\n(.*?)```", section, re.S)
    assert block is not None
    examples = []
    for chunk in re.split(r"^\$ ", block[1], flags=re.M)[1:]:
        command, _, printed = chunk.partition("\n")
        assert "--articles news" in command
        examples.append((shlex.split(command)[1:], printed))
    return examples


def test_the_news_examples_of_the_readme_print_what_it_shows(tmp_path: Path) -> None:
    shutil.copytree(REPO / "news", tmp_path / "news")
    examples = _news_examples()
    assert len(examples) >= 8
    for args, printed in examples:
        result = qabot(*args, cwd=tmp_path)
        errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
        assert result.stdout + "".join(line + "\n" for line in errors) == printed, args
        assert result.returncode == (1 if errors else 0) and "Traceback" not in result.stderr


def test_the_commands_examples_of_the_readme_print_what_it_shows(tmp_path: Path) -> None:
    # `qabot articles` showed 23 quotes where the index line above it counted 24: the
    # listing's example was never run
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    assert qabot("index", cwd=tmp_path).returncode == 0  # command 1 built it
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Commands", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```console\n(.*?)```", section, re.S)
    examples = [chunk for block in blocks for chunk in re.split(r"^\$ ", block, flags=re.M)[1:]]
    assert len(examples) >= 5
    for chunk in examples:
        command, _, printed = chunk.partition("\n")
        command, _, head = command.partition(" | head -")
        result = qabot(*shlex.split(command)[1:], cwd=tmp_path)
        shown = result.stdout + "".join(
            line + "\n" for line in result.stderr.splitlines() if line.startswith("error:")
        )
        shown = shown.replace(str(tmp_path), "/home/me/qabot")
        if head:
            shown = "".join(shown.splitlines(keepends=True)[: int(head)])
        if printed.endswith("...\n"):  # the README shows the first lines
            printed = printed.removesuffix("...\n")
            shown = shown[: len(printed)]
        assert shown == printed, command
        assert "Traceback" not in result.stderr


def _shown_pattern(printed: str) -> re.Pattern[str]:
    """Return a pattern of what the README shows: a line "..." (indented or not) stands for
    any lines the README leaves out, every other line is as printed."""
    parts = [
        r"(?:[^\n]*\n)*?" if line.strip() == "..." else re.escape(line) + "\n"
        for line in printed.splitlines()
    ]
    return re.compile("".join(parts))


def test_the_quickstart_examples_of_the_readme_print_what_it_shows(tmp_path: Path) -> None:
    # the Quickstart's ask, console and bot examples were checked by no test: a new user
    # reads them first
    from qabot.indexing import update_index

    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    update_index(tmp_path / "seeds", tmp_path / "index")  # command 1 built it
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```console\n(.*?)```", section, re.S)
    chunks = [chunk for block in blocks for chunk in re.split(r"^\$ ", block, flags=re.M)[1:]]
    run = 0
    for chunk in chunks:
        command, _, printed = chunk.partition("\n")
        if "QABOT_TELEGRAM_TOKEN=" in command:  # would start the bot and reach Telegram
            continue
        args = shlex.split(command)[1:]
        # the console's lines typed after its prompt are its input; piped, they are not
        # echoed, and each answer follows the prompt on its line
        typed = re.findall(r"^qabot> (.*)\n", printed, flags=re.M)
        printed = re.sub(r"^qabot> .*\n", "qabot> ", printed, flags=re.M)
        stdin = "".join(f"{line}\n" for line in typed) if args[0] == "console" else None
        result = qabot(*args, cwd=tmp_path, stdin=stdin)
        errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
        shown = result.stdout + "".join(line + "\n" for line in errors)
        shown, printed = shown.rstrip("\n") + "\n", printed.rstrip("\n") + "\n"
        assert _shown_pattern(printed).fullmatch(shown), (command, shown)
        assert "Traceback" not in result.stderr
        run += 1
    assert run >= 4


def test_command_1_of_the_readme_prints_what_it_shows(tmp_path: Path) -> None:
    # the install command's question, first run: the index is built (said on stderr), then
    # the answer; the README shows both as a terminal does
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("(command 1)", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```console\n\$ (.*?)\n(.*?)```", section, re.S)
    assert block is not None
    command, printed = block[1].rpartition(" && ")[2], block[2]
    result = qabot(*shlex.split(command)[1:], cwd=tmp_path)
    assert result.returncode == 0 and "Traceback" not in result.stderr
    shown = (result.stderr + result.stdout).replace(str(tmp_path), "/home/me/qabot")
    assert shown.rstrip("\n") == printed.rstrip("\n")
