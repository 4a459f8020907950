"""What a new user's trial of the command line found: slips (a broken file handed to `qabot add`
from inside the articles folder, an option given an empty value) are one line saying what to do
and exit code 1, never a silent success; and what is no fault is no warning."""

from __future__ import annotations

from pathlib import Path

import pytest

from qabot.indexing import update_index
from tests.support.indexes import write_articles
from tests.support.processes import qabot

pytestmark = pytest.mark.e2e

ARTICLES = {
    "ferry.md": "---\ntitle: Ferry returns\ndate: 2024-03-05\nsource: Island Courier\n---\n"
    "Ferry returns\n\nThe island ferry sailed again on Tuesday after repairs to its engine.\n",
    "bridge.txt": "Bridge to close\n\nThe old harbour bridge will close for a month of "
    "repairs, the council said.\n",
    "library.txt": "Library hours\n\nThe central library will open on Sundays from April.\n",
}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    write_articles(tmp_path / "seeds", ARTICLES)
    (tmp_path / "seeds" / "broken.json").write_text('{"text": "The harbour', encoding="utf-8")
    return tmp_path


def test_add_of_a_broken_file_in_the_folder_names_it_and_exits_1(project: Path) -> None:
    # the file was skipped with the others, then "Index is up to date" and exit code 0, as if
    # it had been added; and JSON's own message read "Unterminated string starting at at line 1"
    result = qabot("add", "seeds/broken.json", cwd=project)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert (
        "warning: not added: broken.json holds no readable article: not valid JSON "
        "(Unterminated string starting at line 1).\n" in result.stderr
    )
    assert "at at" not in result.stderr and "skipped broken.json: not valid" in result.stderr
    assert "3 articles" in result.stdout
    good = qabot("add", "seeds/ferry.md", cwd=project)
    assert good.returncode == 0 and "not added" not in good.stderr, good.stderr


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["ask", "ferry", "--since", ""], "error: --since: cannot read '' as a date: use "),
        (["ask", "ferry", "--until", " "], "error: --until: cannot read ' ' as a date: use "),
        (["ask", "ferry", "--source", ""], "error: --source needs an outlet's name"),
        (["console", "--source", " "], "error: --source needs an outlet's name"),
        (["articles", "--since", ""], "error: --since: cannot read '' as a date: use "),
    ],
)
def test_an_option_given_an_empty_value_is_one_error_before_the_index_is_built(
    project: Path, args: list[str], said: str
) -> None:
    # `--since ""` (a script's unset variable) answered from every day as if no limit had been
    # asked, and `--source ""` waited for the index to be built to say "No articles from ''"
    result = qabot(*args, cwd=project, stdin="")
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith(said) and result.stderr.count("\n") == 1, result.stderr
    assert not (project / "index").exists()


def test_the_index_after_an_add_writes_the_speaker_directory_with_a_note_not_a_warning(
    project: Path, tmp_path: Path
) -> None:
    # every `qabot index` after an add said "warning: wrote the speaker directory this index
    # lacked": an update that reads articles leaves it out by design, nothing to warn of
    update_index(project / "seeds", project / "index")
    note = tmp_path / "quay.txt"
    note.write_text("Quay mended\n\nThe quay was mended, harbour master Ola Briggs said.\n")
    assert qabot("add", str(note), cwd=project).returncode == 0
    result = qabot("index", cwd=project)
    assert result.returncode == 0 and "speaker directory" not in result.stderr
    assert result.stdout.startswith(
        "Index is up to date; saved the list of people quoted, so speech questions start sooner "
        "(no article was read again). Index "
    )


@pytest.mark.parametrize("command", [["ask", "bridge"], ["articles"], ["console"]])
def test_an_unknown_source_over_articles_naming_none_says_how_a_file_names_its_own(
    project: Path, command: list[str]
) -> None:
    # plain-text stories name no outlet: "--source BBC" over them was told only which
    # outlets the index knows
    (project / "seeds" / "broken.json").unlink()
    result = qabot(*command, "--source", "Harbour Post", cwd=project, stdin="")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-1] + "\n" == (
        "error: No articles from 'Harbour Post' in the index. Known outlets: Island Courier. "
        "See `qabot sources`. 2 articles name no outlet: a .txt or .md file names its own in "
        "front matter (a first line `---`, then `source: Harbour Post`, then `---`), a .json "
        "record in its `source` field; then run `qabot index`.\n"
    )
    # ... and that way works
    bridge = project / "seeds" / "bridge.txt"
    bridge.write_text("---\nsource: Harbour Post\n---\n" + bridge.read_text(), encoding="utf-8")
    found = qabot("ask", "bridge", "--source", "Harbour Post", cwd=project)
    assert found.returncode == 0, found.stderr
    assert "Source: Bridge to close — Harbour Post" in found.stdout, found.stdout


def test_a_source_spelt_close_to_an_outlet_is_offered_it_not_told_to_write_the_slip(
    project: Path,
) -> None:
    # "Did you mean Island Courier? ... `source: Island Courir`" advised writing the typo in
    (project / "seeds" / "broken.json").unlink()
    result = qabot("ask", "bridge", "--source", "Island Courir", cwd=project)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "Did you mean Island Courier?" in result.stderr
    assert "front matter" not in result.stderr and "Courir`" not in result.stderr


def test_an_unknown_source_where_every_article_names_one_gets_no_front_matter_hint(
    tmp_path: Path,
) -> None:
    write_articles(tmp_path / "seeds", {"ferry.md": ARTICLES["ferry.md"]})
    result = qabot("ask", "ferry", "--source", "Harbour Post", cwd=tmp_path)
    assert result.returncode == 1
    assert "name no outlet" not in result.stderr and "front matter" not in result.stderr


def test_add_of_a_file_already_in_the_folder_says_so(project: Path) -> None:
    # the same bytes added again were passed over without a word ("Index is up to date")
    (project / "seeds" / "broken.json").unlink()
    outside = project / "elsewhere"
    write_articles(outside, {"library.txt": ARTICLES["library.txt"], "pier.txt": "Pier\n\nThe "
                             "pier reopened after the storm.\n"})  # fmt: skip
    result = qabot("add", "elsewhere/library.txt", "elsewhere/pier.txt", cwd=project)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-2] == "Already in the articles folder with the same content: library.txt."
    assert "4 articles" in lines[-1], lines[-1]
    assert (project / "seeds" / "pier.txt").is_file()


def test_a_file_added_again_is_named_on_one_printable_line(project: Path) -> None:
    # the name was printed raw: an escape sequence drove the terminal, a newline forged a line
    (project / "seeds" / "broken.json").unlink()
    name = "odd\x1b[31mname\n.txt"
    (project / "seeds" / name).write_text("Odd\n\nThe odd story.\n", encoding="utf-8")
    (project / "elsewhere").mkdir()
    (project / "elsewhere" / name).write_text("Odd\n\nThe odd story.\n", encoding="utf-8")
    result = qabot("add", f"elsewhere/{name}", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "\x1b[" not in result.stdout
    already = [line for line in result.stdout.splitlines() if line.startswith("Already")]
    assert already == [
        "Already in the articles folder with the same content: odd\\x1b[31mname\\n.txt."
    ]


def test_add_of_a_page_of_too_many_elements_is_refused_in_seconds(project: Path) -> None:
    # a 10 MB page of one paragraph repeated kept `qabot add` busy for over two CPU-minutes
    # (eight on a loaded machine) and was then indexed as one 85-character passage
    paragraph = "<p>The council approved the budget after a long debate about roads.</p>\n"
    body = paragraph * 40_000
    big = project / "big.html"
    big.write_text(f"<html><head><title>Budget</title></head><body>{body}</body></html>")
    result = qabot("add", "big.html", cwd=project)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert (
        "big.html holds no readable article: over 30,000 HTML elements, more than one story's "
        "page holds; reading it would take minutes." in result.stderr
    )
