"""Config: TOML + env -> Config, with clear errors for every mistake."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qabot.config_file import load_config
from qabot.errors import ConfigError
from tests.support.processes import qabot

REPO = Path(__file__).resolve().parents[1]


def test_example_config_loads_with_defaults() -> None:
    config = load_config(REPO / "config.example.toml")
    assert config.articles_dir == (REPO / "seeds").resolve()
    assert config.top == 3
    assert config.telegram.allowed_user_ids == ()


def test_paths_in_config_are_relative_to_the_file(tmp_path: Path) -> None:
    path = tmp_path / "conf" / "qabot.toml"
    path.parent.mkdir()
    path.write_text('[paths]\narticles = "news"\nindex = "../idx"\n', encoding="utf-8")
    config = load_config(path)
    assert config.articles_dir == tmp_path / "conf" / "news"
    assert config.index_dir == tmp_path / "idx"


def test_command_line_options_win_over_the_file(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text("[answer]\ntop = 7\n", encoding="utf-8")
    assert load_config(path).top == 7
    assert load_config(path, top=2).top == 2


def test_token_comes_from_the_environment_variable_named_in_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "c.toml"
    path.write_text('[telegram]\ntoken_env = "MY_BOT_TOKEN"\n', encoding="utf-8")
    monkeypatch.setenv("MY_BOT_TOKEN", "123:abc")
    assert load_config(path).token == "123:abc"
    monkeypatch.setenv("MY_BOT_TOKEN", " 123:abc\n")  # pasted from a file with its line break
    assert load_config(path).token == "123:abc"
    assert load_config().token is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[answer\ntop = 3", "not valid TOML"),
        ("[answer]\ntopp = 3\n", "Unknown key 'topp' in [answer]"),
        ("[search]\nx = 1\n", "Unknown table [search]"),
        ('[answer]\ntop = "three"\n', "[answer] top"),
        ("[answer]\ntop = 0\n", "between 1 and 50"),
        ('[telegram]\nadmin_user_ids = ["me"]\n', "list of numeric Telegram ids"),
        ("[index]\nwatch = 1\n", "[index] watch"),
        ("[alerts]\ncheck_seconds = 0\n", "[alerts] check_seconds must be at least 0.1"),
        ("[telegram]\nreply_timeout = 0.5\n", "[telegram] reply_timeout must be at least 1"),
    ],
)
def test_broken_config_names_the_problem(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_config(path)


def test_missing_config_file_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"config\.example\.toml"):
        load_config(tmp_path / "nope.toml")


def test_feeds_are_a_list_of_urls_with_an_interval(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text(
        '[feeds]\nurls = ["https://example.org/feed.xml"]\ninterval = 60\n', encoding="utf-8"
    )
    config = load_config(path)
    assert config.feed_urls == ("https://example.org/feed.xml",)
    assert config.feed_interval == 60.0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[feeds]\nurls = "https://example.org/feed.xml"\n', "list of http"),
        ('[feeds]\nurls = ["example.org/feed.xml"]\n', "list of http"),
        # which of several is wrong was not said
        (
            '[feeds]\nurls = ["https://a.example/x", "b.example/feed.xml"]\n',
            "not 'b.example/feed.xml'",
        ),
        ("[feeds]\ninterval = 0\n", "at least 1 second"),
    ],
)
def test_bad_feed_settings_say_what_is_expected(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "c.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_config(path)


@pytest.mark.parametrize("key", ["articles", "index"])
def test_an_empty_path_in_the_config_is_an_error_not_the_config_folder(
    tmp_path: Path, key: str
) -> None:
    # "" was read as the config file's own folder, indexed whole
    path = tmp_path / "c.toml"
    path.write_text(f'[paths]\n{key} = ""\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"An empty path in \[paths\]"):
        load_config(path)


@pytest.mark.parametrize(
    ("table", "key", "value"),
    [
        ("feeds", "interval", "inf"),
        ("feeds", "interval", "nan"),
        ("feeds", "interval", "1e20"),
        ("index", "watch_interval", "inf"),
        ("alerts", "check_seconds", "nan"),
        ("alerts", "retry_hours", "1e300"),
        ("telegram", "reply_timeout", "inf"),
    ],
)
def test_a_number_of_seconds_too_large_to_wait_is_a_config_error(
    tmp_path: Path, table: str, key: str, value: str
) -> None:
    """time.sleep(inf) raises OverflowError, sleep(nan) ValueError: a traceback in `qabot
    watch` or the bot for what is a typo in the config."""
    path = tmp_path / "c.toml"
    path.write_text(f"[{table}]\n{key} = {value}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=f"\\[{table}\\] {key} .*at most"):
        load_config(path)


def test_qabot_watch_with_an_endless_interval_says_so_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text(
        '[feeds]\nurls = ["http://127.0.0.1:9/feed.xml"]\ninterval = inf\n', encoding="utf-8"
    )
    result = qabot("watch", "--config", "config.toml", cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("error: [feeds] interval") and result.stderr.count("\n") == 1
