"""The real `qabot bot` process, unmodified python-telegram-bot, polling a fake Bot API server.

One bot process serves the module (starting one costs about a second); the restart and token
tests start their own. Each test uses its own user and chat ids, so tests never see each other's
messages, and a per-user flood limit of QUESTIONS_PER_MINUTE is never reached by accident.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from qabot.bot.access import GROUP_REFUSAL, REFUSAL, SLOW_DOWN
from qabot.bot.answering import SEARCH_FAILED
from qabot.bot.buttons import decode_callback
from qabot.bot.commands import COMMANDS
from qabot.bot.questions import CAPTION_COMMAND, NO_TEXT
from qabot.engines import DEFAULT_ENGINE
from qabot.text import sentence_spans
from tests.support.fake_telegram import Call, FakeTelegram
from tests.support.indexes import BuiltProjects, write_articles
from tests.support.processes import clean_env, start_bot, stop_bot, wait_ready

pytestmark = pytest.mark.e2e  # real subprocesses: `pytest -m "not e2e"` skips them

ADMIN = 100
STRANGER = 300  # in no allow-list
GROUP = -500  # an allowed group chat
QUESTIONS_PER_MINUTE = 4
SEED_ARTICLE = Path(__file__).resolve().parents[2] / "seeds" / "000_6830e77389108d91.txt"
LONG_WORDS = [
    "meltwaterhydrology",
    "accumulationzones",
    "crevasseformation",
    "moraineexcavations",
    "icecoreisotopes",
    "calvingfrontlines",
]


def long_article() -> str:
    """Return an article whose passages are long in characters (an answer needs splitting)."""
    paragraphs = []
    for p in range(20):
        words = [f"{LONG_WORDS[(p + i) % 6]}{p}x{chr(97 + i % 26)}" for i in range(40)]
        sentences = [
            " ".join(["Glaciological", *words[i : i + 10]]) + "." for i in range(0, 40, 10)
        ]
        paragraphs.append(" ".join(sentences))
    return "Glaciological survey of the northern ice fields\n\n" + "\n\n".join(paragraphs) + "\n"


ARTICLES = {
    "harbour.txt": (
        "Harbour pilots strike over night shifts\n\nHarbour pilots in Port Elms walked out on "
        'Monday over new night-shift rules.\n\n"We will not guide tankers through fog at three '
        'in the morning," union leader Maria Keller said.\n\nThe port authority said ferries '
        "would keep running.\n"
    ),
    "orchard.md": (
        "---\ntitle: Apple growers count frost damage\nsource: Valley Herald\ndate: 2023-04-12\n"
        "url: https://example.org/orchard\n---\nApple growers count frost damage\n\nFrost "
        "destroyed blossoms across the valley orchards this week.\n\nFarmer Tom Briggs told the "
        "Herald that half of his Gala trees lost their flowers.\n"
    ),
    "library/reading.txt": (
        "City library extends opening hours\n\nThe central library will open until ten at night "
        "from May, the council announced.\n\nLibrarian Ana Ruiz said students had asked for "
        "quiet evening study rooms.\n"
    ),
    "hostile.txt": (
        "Markup <b>test</b> & <script>\n\nThe zebra page said <script>alert(1)</script> & "
        "<b>bold</b> while 3 < 4 holds &amp; more.\n\nZebras graze near the river.\n"
    ),
    "ferry.txt": (
        "Island ferries keep sailing\n\nCaptain Ola Briggs said the crossings were safe in "
        'any weather.\n\n"Our crews have sailed through worse storms," Ola Briggs said.\n'
    ),
    "pier.txt": (
        "Old pier to reopen\n\nCaptain Ivo Sand said the old pier would reopen in June once "
        "its timbers were replaced.\n"
    ),
    "fares.txt": (
        'Ferry fares to fall\n\n"Ticket prices will fall in spring," said Lena Dorn, '
        "co-chairman of Northway Ferries.\n"
    ),
    "prices.txt": (
        "Fare row at the port\n\nPiet Varga, the Northway Ferries co-chairman, said ticket "
        "prices were fair for island families.\n"
    ),
    "mill.txt": (
        "River spill goes to court\n\nMayor Edda Lund has sued the Norvik paper mill over the "
        'spill.\n\n"The river is our lifeline," Edda Lund said.\n'
    ),
    "bins.txt": (
        "Bin rounds late\n\nBin rounds in Velm were late all week after the depot flooded. A "
        'spokesman for Velm Council said: "The bins will be emptied on Friday."\n'
    ),
    "glacier.txt": long_article(),
    "seed/nato.txt": SEED_ARTICLE.read_text(encoding="utf-8"),
}
ENGINE = DEFAULT_ENGINE  # the engine a user's bot runs; rank-bm25 is tested in tests/engines
FIRST_SCREEN = 1200  # visible characters the first message of an answer may take


def write_workspace(
    folder: Path, server: FakeTelegram, *, watch: bool, built: BuiltProjects | None = None
) -> Path:
    """Write the articles (and their index, copied from `built` when given: else the bot
    builds it at start) and a config.toml pointing at `server`; return the config path."""
    if built is None:
        write_articles(folder / "articles", ARTICLES)
    else:
        built.copy(ARTICLES, folder, engine=ENGINE)
    config = folder / "config.toml"
    config.write_text(
        f'[paths]\narticles = "articles"\nindex = "index"\n\n'
        f'[index]\nengine = "{ENGINE}"\nwatch = {str(watch).lower()}\nwatch_interval = 0.3\n\n'
        f'[telegram]\napi_base_url = "{server.base_url}"\n'
        f'api_base_file_url = "{server.base_file_url}"\n'
        f"allowed_user_ids = {list(range(200, 270))}\nadmin_user_ids = [{ADMIN}]\n"
        f"allowed_chat_ids = [{GROUP}]\nquestions_per_minute = {QUESTIONS_PER_MINUTE}\n",
        encoding="utf-8",
    )
    return config


@pytest.fixture(scope="module")
def workspace(
    tmp_path_factory: pytest.TempPathFactory, server: FakeTelegram, built_projects: BuiltProjects
) -> Path:
    folder = tmp_path_factory.mktemp("bot")
    return write_workspace(folder, server, watch=True, built=built_projects).parent


def texts(server: FakeTelegram, chat_id: int) -> list[str]:
    """Return what the bot sent to a chat, as the user sees it (markup parsed away)."""
    return [call.result["text"] for call in server.sent_to(chat_id)]


def ask(server: FakeTelegram, user_id: int, text: str, count: int = 1) -> list[str]:
    """Send a private message; return the visible text of the first `count` replies."""
    since = len(server.calls)
    server.send_private(user_id, text)
    calls = server.wait_for(
        "sendMessage", lambda p: p["chat_id"] == user_id, count=count, since=since
    )
    return [call.result["text"] for call in calls]


def test_private_question_gets_a_quoted_sourced_html_answer(server, bot) -> None:
    since = len(server.calls)
    [reply] = ask(server, 201, "frost blossoms orchards")
    [call] = server.wait_for("sendMessage", lambda p: p["chat_id"] == 201, since=since)
    assert call.params["parse_mode"] == "HTML"
    assert "<blockquote>" in call.params["text"]
    assert (
        "<b>Frost destroyed blossoms across the valley orchards this week.</b>"
        in (call.params["text"])
    )
    assert (
        '<a href="https://example.org/orchard">Apple growers count frost damage</a>'
        in (call.params["text"])
    )
    assert "Valley Herald, 2023-04-12" in reply
    typing = server.wait_for("sendChatAction", lambda p: p["chat_id"] == 201)
    assert typing[0].params["action"] == "typing"
    assert typing[0].at <= call.at


def test_chats_asking_at_once_each_get_their_answer(server, bot) -> None:
    # each question is answered in a worker thread of its own: a passage decoder shared by the
    # threads once garbled records, and every chat asking then was told the search failed
    asked = {
        260: ("frost blossoms orchards", "frost"),
        261: ("glaciological survey", "glaciological"),
        262: ("river lifeline", "lifeline"),
        263: ("bins emptied on Friday", "Friday"),
    }
    asked |= {user + 4: pair for user, pair in asked.items()}
    asked |= {user + 8: pair for user, pair in asked.items() if user < 262}
    since = len(server.calls)
    for user, (question, _) in asked.items():
        server.send_private(user, question)
    for user, (_, word) in asked.items():
        # each chat's own first reply (a long answer takes two messages of one chat)
        replies = server.wait_for("sendMessage", lambda p, u=user: p["chat_id"] == u, since=since)
        first = replies[0].result["text"]
        assert SEARCH_FAILED not in first
        assert word in first


def test_question_with_no_match_says_so_instead_of_random_passages(server, bot) -> None:
    [reply] = ask(server, 202, "quasar telescope nebula")
    assert "Nothing in the articles matches" in reply
    assert "<blockquote>" not in server.sent_to(202)[0].params["text"]


def test_group_answers_ask_mention_and_reply_but_ignores_chatter(server, bot) -> None:
    name = server.username
    since = len(server.calls)
    chatter = server.send_group(GROUP, 210, "lovely weather for frost and tankers today")
    server.send_group(GROUP, 210, f"/ask@{name} frost blossoms")
    first = server.wait_for("sendMessage", lambda p: p["chat_id"] == GROUP, since=since)
    server.send_group(GROUP, 211, f"@{name} library opening hours")
    server.wait_for("sendMessage", lambda p: p["chat_id"] == GROUP, since=since, count=2)
    server.send_group(GROUP, 212, "and the harbour pilots?", reply_to=first[0].result)
    calls = server.wait_for("sendMessage", lambda p: p["chat_id"] == GROUP, since=since, count=3)
    server.send_group(GROUP, 213, "/ask@other_bot frost blossoms")
    time.sleep(0.8)
    sent = [c for c in server.sent_to(GROUP) if server.calls.index(c) >= since]
    assert len(sent) == 3
    replied_to = {c.params["reply_parameters"]["message_id"] for c in sent}
    assert chatter["message"]["message_id"] not in replied_to
    visible = [c.result["text"] for c in calls]
    assert "Frost destroyed blossoms" in visible[0]
    assert "library" in visible[1].lower()
    assert f"@{name}" not in visible[1]
    assert "Harbour pilots" in visible[2]


def test_a_bare_mention_gets_a_hint_instead_of_silence(server, bot) -> None:
    # "@bot" alone (a user calling the bot in a group) got no reply at all
    name = server.username
    since = len(server.calls)
    server.send_group(GROUP, 228, f"@{name}")
    [call] = server.wait_for("sendMessage", lambda p: p["chat_id"] == GROUP, since=since)
    assert call.result["text"].startswith("Ask me a question after the mention")
    server.send_private(229, f"@{name}")
    [call] = server.wait_for("sendMessage", lambda p: p["chat_id"] == 229, since=since)
    assert call.result["text"].startswith("Ask me a question")


def test_a_photo_caption_is_the_question_in_private_and_when_addressed_in_a_group(
    server, bot
) -> None:
    # a question sent as a photo's caption got no reply at all: only message text was read
    name = server.username
    since = len(server.calls)
    server.send_photo(247, 247, "frost blossoms orchards")
    [call] = server.wait_for("sendMessage", lambda p: p["chat_id"] == 247, since=since)
    assert "Frost destroyed blossoms" in call.result["text"]
    server.send_photo(GROUP, 247, "the harbour pilots and their night shifts")  # chatter
    server.send_photo(GROUP, 248, f"@{name} library opening hours")
    [call] = server.wait_for("sendMessage", lambda p: p["chat_id"] == GROUP, since=since)
    assert "library" in call.result["text"].lower()
    time.sleep(0.8)
    assert len([c for c in server.sent_to(GROUP) if server.calls.index(c) >= since]) == 1
    server.send_photo(249, 249, "/help")  # a command as a caption: its handler reads only text
    [call] = server.wait_for("sendMessage", lambda p: p["chat_id"] == 249, since=since)
    assert call.result["text"] == CAPTION_COMMAND


def test_a_photo_or_sticker_without_text_is_told_to_send_text_in_private_only(server, bot) -> None:
    # a photo with no caption (or a sticker) in a private chat got no reply at all
    since = len(server.calls)
    server.send_photo(251, 251, None)
    [call] = server.wait_for("sendMessage", lambda p: p["chat_id"] == 251, since=since)
    assert call.result["text"] == NO_TEXT
    server.send_sticker(252)
    [call] = server.wait_for("sendMessage", lambda p: p["chat_id"] == 252, since=since)
    assert call.result["text"] == NO_TEXT
    server.send_photo(GROUP, 253, None)  # a group's photo is not addressed to the bot
    time.sleep(0.8)
    assert not [c for c in server.sent_to(GROUP) if server.calls.index(c) >= since]


def test_a_photo_without_text_replying_to_the_bot_in_a_group_is_told_to_type(server, bot) -> None:
    # it got silence, though a reply to the bot is how a group addresses it; a sticker in
    # reply is a reaction to the answer, and stays unanswered
    since = len(server.calls)
    server.send_group(GROUP, 254, f"/ask@{server.username} frost blossoms")
    [answer] = server.wait_for("sendMessage", lambda p: p["chat_id"] == GROUP, since=since)
    since = len(server.calls)
    server.send_sticker(254, GROUP, reply_to=answer.result)
    server.send_photo(GROUP, 254, None, reply_to=answer.result)
    [call] = server.wait_for("sendMessage", lambda p: p["chat_id"] == GROUP, since=since)
    assert call.result["text"] == NO_TEXT
    time.sleep(0.8)
    assert len([c for c in server.sent_to(GROUP) if server.calls.index(c) >= since]) == 1


def test_long_answer_is_split_and_more_button_pages_further(server, bot) -> None:
    calls = server.wait_for("sendMessage", lambda p: p["chat_id"] == 203, timeout=0.01, count=0)
    since = len(server.calls)
    server.send_private(203, "glaciological survey")
    server.wait_for(
        "sendMessage", lambda p: p["chat_id"] == 203 and "reply_markup" in p, since=since
    )
    calls = [c for c in server.sent_to(203) if server.calls.index(c) >= since]
    assert len(calls) >= 2
    assert all(len(c.result["text"]) <= 4096 for c in calls)
    last = calls[-1]
    [[button]] = last.params["reply_markup"]["inline_keyboard"]
    assert button["text"] == "More results"
    assert len(button["callback_data"].encode()) <= 64
    since = len(server.calls)
    server.press_button(203, last.result, button["callback_data"])
    more = server.wait_for("sendMessage", lambda p: p["chat_id"] == 203, since=since)
    assert more[0].result["text"].startswith("More passages for “glaciological survey” (4-")
    server.wait_for("answerCallbackQuery", since=since)
    removed = server.wait_for("editMessageReplyMarkup", since=since)
    assert removed[0].params["message_id"] == last.result["message_id"]


def test_expired_search_button_says_so_plainly(server, bot) -> None:
    ask(server, 219, "frost blossoms")
    since = len(server.calls)
    server.press_button(219, server.sent_to(219)[0].result, "s:3:0123456789abcdef")
    [call] = server.wait_for("answerCallbackQuery", since=since)
    assert "expired" in call.params["text"]


def test_unknown_commands_get_a_pointer_to_help_unless_meant_for_another_bot(server, bot):
    assert ask(server, 225, "/weather") == ["I don't know that command. See /help."]
    since = len(server.calls)
    server.send_group(GROUP, 225, "/weather")
    server.send_group(GROUP, 225, f"/weather@{server.username}")
    [call] = server.wait_for("sendMessage", lambda p: p["chat_id"] == GROUP, since=since)
    time.sleep(0.5)
    assert call.result["text"] == "I don't know that command. See /help."
    assert len([c for c in server.sent_to(GROUP) if server.calls.index(c) >= since]) == 1


def test_inline_query_offers_top_passages_with_titles(server, bot) -> None:
    since = len(server.calls)
    server.inline_query(204, "glaciological moraineexcavations")
    [call] = server.wait_for("answerInlineQuery", since=since)
    results = call.params["results"]
    assert 1 <= len(results) <= 50
    assert results[0]["type"] == "article"
    assert results[0]["title"] == "Glaciological survey of the northern ice fields"
    since = len(server.calls)
    server.inline_query(204, "frost blossoms")
    [call] = server.wait_for("answerInlineQuery", since=since)
    assert call.params["results"][0]["description"].startswith("Valley Herald, 2023-04-12: ")
    assert "<blockquote>" in results[0]["input_message_content"]["message_text"]


def test_hostile_article_renders_literally(server, bot) -> None:
    [reply] = ask(server, 205, "zebra page")
    assert "The zebra page said <script>alert(1)</script> & <b>bold</b> while 3 < 4" in reply
    assert "Markup <b>test</b> & <script>" in reply
    assert not server.failed("sendMessage")


def test_control_and_bidi_characters_of_a_question_never_reach_the_chat(server, bot) -> None:
    # the lead echoed the question as typed: a right-to-left override (or an escape
    # sequence) in it reached the chat and reversed the rest of the bot's line
    [reply] = ask(server, 254, "\u202ezebra\x1b page\u200f")
    assert "zebra page" in reply
    assert not any(c in reply for c in "\u202e\x1b\u200f")


def test_rejected_markup_is_resent_as_plain_text_and_logged(server, bot, workspace) -> None:
    server.break_next_html(206)
    [reply] = ask(server, 206, "library opening hours")
    [call] = server.sent_to(206)
    assert "parse_mode" not in call.params
    assert "The central library will open until ten at night" in reply
    assert "sent as plain text" in (workspace / "bot.log").read_text()


def test_start_shows_what_the_bot_knows_with_example_buttons(server, bot) -> None:
    [welcome] = ask(server, 207, "/start")
    assert f"{len(ARTICLES)} news articles" in welcome
    assert "2023-04-12" in welcome
    [call] = server.sent_to(207)
    buttons = [row[0] for row in call.params["reply_markup"]["inline_keyboard"]]
    assert len(buttons) == 3
    since = len(server.calls)
    server.press_button(207, call.result, buttons[0]["callback_data"])
    answered = server.wait_for("sendMessage", lambda p: p["chat_id"] == 207, since=since)
    assert "<blockquote>" in answered[0].params["text"]


def test_unsubscribe_sent_twice_stops_one_subscription_not_the_next(server, bot) -> None:
    assert "Subscribed (1)" in ask(server, 214, "/subscribe frost blossoms")[0]
    assert "Subscribed (2)" in ask(server, 214, "/subscribe library hours")[0]
    assert "Unsubscribed" in ask(server, 214, "/unsubscribe 1")[0]
    assert "There is no subscription 1" in ask(server, 214, "/unsubscribe 1")[0]
    assert ask(server, 214, "/subscriptions")[0].startswith(
        "This chat follows:\n2. “library hours”"
    )


def test_help_lists_every_command(server, bot) -> None:
    [reply] = ask(server, 208, "/help")
    assert all(f"/{command}" in reply for command in COMMANDS)
    assert {c["command"] for c in server.commands} == set(COMMANDS)


def test_unauthorised_user_gets_one_refusal_and_nothing_from_the_articles(server, bot) -> None:
    [reply] = ask(server, STRANGER, "frost blossoms orchards")
    assert reply == REFUSAL
    since = len(server.calls)
    server.send_private(STRANGER, "frost blossoms again")  # refused recently: silence
    server.inline_query(STRANGER + 1, "frost")
    [call] = server.wait_for("answerInlineQuery", since=since)
    assert call.params["results"] == []
    time.sleep(0.3)
    assert len(server.sent_to(STRANGER)) == 1


def test_a_group_off_the_chat_list_gets_nothing_from_the_articles_whoever_asks(
    server, bot
) -> None:
    # an allowed user (or an admin) asking in a group not on allowed_chat_ids had the answer
    # posted where that group's strangers read it
    name = server.username
    since = len(server.calls)
    server.send_group(-600, 246, f"/ask@{name} frost blossoms")
    server.send_group(-600, ADMIN, f"@{name} harbour pilots")
    server.send_group(-600, STRANGER + 2, f"@{name} frost")
    server.wait_for("sendMessage", lambda p: p["chat_id"] == -600, since=since)
    time.sleep(0.8)
    # the group is refused, not the user: once, however many of its members ask (each of
    # them had the group told again)
    assert texts(server, -600) == [GROUP_REFUSAL]
    [reply] = ask(server, 246, "frost blossoms orchards")  # in private, the user still may
    assert "Frost destroyed blossoms" in reply


def test_admin_upload_is_saved_indexed_and_answered(server, bot, workspace) -> None:
    since = len(server.calls)
    article = "Zeppelin hangar reopens\n\nThe old zeppelin hangar reopened as a museum.\n"
    server.send_document(ADMIN, ADMIN, "../../evil name.txt", article.encode())
    [call] = server.wait_for("sendMessage", lambda p: p["chat_id"] == ADMIN, since=since)
    assert call.result["text"].startswith("Added evil_name.txt: “Zeppelin hangar reopens”")
    assert (workspace / "articles" / "evil_name.txt").read_text() == article
    assert not (workspace.parent / "evil name.txt").exists()
    [reply] = ask(server, 209, "zeppelin hangar museum")
    assert "The old zeppelin hangar reopened as a museum." in reply


def test_admin_upload_names_the_records_it_could_not_read(server, bot, workspace) -> None:
    # a JSON Lines upload with a broken record was "Added" with no word of the record lost;
    # `qabot add` warned of it
    since = len(server.calls)
    records = '{"title": "Tide mill restored", "text": "The tide mill turns again."}\n{"broken"\n'
    server.send_document(ADMIN, ADMIN, "mills.jsonl", records.encode())
    [call] = server.wait_for("sendMessage", lambda p: p["chat_id"] == ADMIN, since=since)
    text = call.result["text"]
    assert text.startswith("Added mills.jsonl: “Tide mill restored”"), text
    assert "\nWarnings:\n- skipped mills.jsonl line 2: not valid JSON" in text


def test_admin_upload_of_another_article_under_a_taken_name_keeps_both(
    server, bot, workspace
) -> None:
    # two saved pages are often both called index.html: the second must not erase the first
    first = (
        "Lighthouse keeper retires\n\nThe lighthouse keeper of Cape Vell retired after 40 years.\n"
    )
    second = "Tram line extended\n\nThe tram line now runs past the stadium to the hospital.\n"
    corrected = first.replace("40 years", "41 years")
    second_corrected = second.replace("hospital", "new hospital")
    replies = []
    for content in (first, second, second, corrected, second_corrected):
        since = len(server.calls)
        server.send_document(ADMIN, ADMIN, "index.txt", content.encode())
        [call] = server.wait_for("sendMessage", lambda p: p["chat_id"] == ADMIN, since=since)
        replies.append(call.result["text"])
    assert replies[0].startswith("Added index.txt: “Lighthouse keeper retires”")
    assert replies[1].startswith("Added index-2.txt: “Tram line extended” (index.txt holds")
    assert replies[2] == "I already have index-2.txt; nothing changed."
    assert replies[3].startswith("Replaced index.txt: “Lighthouse keeper retires”")  # corrected
    assert (workspace / "articles" / "index.txt").read_text() == corrected
    assert replies[4].startswith("Replaced index-2.txt: “Tram line extended” (index.txt holds")
    assert (workspace / "articles" / "index-2.txt").read_text() == second_corrected
    assert not (workspace / "articles" / "index-3.txt").exists()
    [reply] = ask(server, 226, "lighthouse keeper Cape Vell")
    assert "41 years" in reply
    [reply] = ask(server, 227, "tram line stadium hospital")
    assert "The tram line now runs past the stadium" in reply


@pytest.mark.parametrize(
    ("file_name", "content", "expected"),
    [
        ("tool.exe", b"MZ\x90\x00", "I can only add article files"),
        ("empty.txt", b"\x00\xff\x00\xfe" * 50, "Nothing was added"),
        ("README.md", b"About this folder\n\nMy articles.\n", "README.md is named like a folder"),
    ],
)
def test_admin_upload_of_a_bad_file_gets_a_clear_error(
    server, bot, workspace, file_name, content, expected
) -> None:
    since = len(server.calls)
    server.send_document(ADMIN, ADMIN, file_name, content)
    [call] = server.wait_for("sendMessage", lambda p: p["chat_id"] == ADMIN, since=since)
    assert call.result["text"].startswith(expected)
    assert not (workspace / "articles" / file_name).exists()


def test_non_admin_upload_and_admin_commands_are_refused(server, bot, workspace) -> None:
    since = len(server.calls)
    server.send_document(212, 212, "note.txt", b"Note title\n\nSome words about kites.\n")
    [call] = server.wait_for("sendMessage", lambda p: p["chat_id"] == 212, since=since)
    assert "only the bot's admins can add articles" in call.result["text"]
    assert not (workspace / "articles" / "note.txt").exists()
    for command in ("/stats", "/reindex"):
        [reply] = ask(server, 213, command)
        assert "only the bot's admins" in reply


def test_admin_stats_and_reindex(server, bot) -> None:
    [stats] = ask(server, ADMIN, "/stats")
    assert "Articles:" in stats
    assert "Passages:" in stats
    assert "ago" in stats
    [report] = ask(server, ADMIN, "/reindex")
    assert report.startswith("Index up to date:")


def test_watched_folder_is_indexed_without_a_restart(server, bot, workspace) -> None:
    (workspace / "articles" / "kites.txt").write_text(
        "Kite festival\n\nHundreds of kites filled the sky above the dunes.\n", encoding="utf-8"
    )
    for user in range(240, 260):  # a fresh user each try: the flood limit is per user
        [reply] = ask(server, user, "kites dunes")
        if "Hundreds of kites" in reply:
            break
        time.sleep(0.5)
    assert "Hundreds of kites filled the sky above the dunes." in reply


def test_flooding_user_is_told_to_slow_down_once(server, bot) -> None:
    since = len(server.calls)
    for n in range(QUESTIONS_PER_MINUTE + 3):
        server.send_private(215, f"frost blossoms {n}")
    server.wait_for(
        "sendMessage", lambda p: p["chat_id"] == 215, since=since, count=QUESTIONS_PER_MINUTE + 1
    )
    time.sleep(0.5)
    sent = texts(server, 215)
    assert sent.count(SLOW_DOWN) == 1
    assert len(sent) == QUESTIONS_PER_MINUTE + 1


def test_blocked_user_is_not_a_crash(server, bot, workspace) -> None:
    server.blocked.add(216)
    since = len(server.calls)
    server.send_private(216, "frost blossoms")
    server.wait_for("sendMessage", lambda p: p["chat_id"] == 216, since=since, ok=False)
    server.blocked.discard(216)
    assert not [c for c in server.calls[since:] if c.method == "sendMessage" and c.ok]
    [reply] = ask(server, 216, "frost blossoms")
    assert "Frost destroyed blossoms" in reply
    assert "Exception while handling" not in (workspace / "bot.log").read_text()


def test_restart_answers_nothing_twice_and_keeps_buttons_working(tmp_path) -> None:
    with FakeTelegram() as server:
        config = write_workspace(tmp_path, server, watch=False)
        first = start_bot(config, server.token)
        try:
            wait_ready(server, 0)
            for user in (220, 221):
                server.send_private(user, "glaciological survey")
            server.wait_for("sendMessage", lambda p: "reply_markup" in p, count=2)
        finally:
            assert stop_bot(first) == 0
        # the one bot here that builds its index at start (the others copy one built before)
        assert "INFO qabot.bot.app: Built the index" in (tmp_path / "bot.log").read_text()
        assert server.offsets[-1] == server.last_update_id + 1  # all confirmed on the way out
        server.send_private(222, "frost blossoms")  # arrives while the bot is down
        since, polls = len(server.calls), len(server.offsets)
        second = start_bot(config, server.token)
        try:
            wait_ready(server, polls)
            server.wait_for("sendMessage", lambda p: p["chat_id"] == 222, since=since)
            [last] = [c for c in server.sent_to(220) if "reply_markup" in c.params]
            data = last.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
            server.press_button(220, last.result, data)
            more = server.wait_for("sendMessage", lambda p: p["chat_id"] == 220, since=since)
            assert more[0].result["text"].startswith("More passages")
            (tmp_path / "articles" / "owls.txt").write_text(
                "Owl census\n\nVolunteers counted barn owls in the old mill.\n", encoding="utf-8"
            )
            subprocess.run(
                [sys.executable, "-m", "qabot", "index", "--config", str(config)],
                check=True,
                capture_output=True,
            )
            assert "Volunteers counted barn owls" in ask(server, 223, "barn owls mill")[0]
        finally:
            assert stop_bot(second) == 0
        assert not [
            c
            for c in server.calls[since:]
            if c.method == "sendMessage" and c.params["chat_id"] == 221
        ]
        assert len(server.sent_to(222)) == 1


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("123456:WRONG", "error: Telegram rejected the token in $QABOT_TELEGRAM_TOKEN"),
        # a line break inside was reported as the Bot API being unreachable
        ("123456:TEST\n-token", "error: $QABOT_TELEGRAM_TOKEN does not hold a bot token"),
        (None, "error: No Telegram bot token: set $QABOT_TELEGRAM_TOKEN"),
    ],
)
def test_bad_or_missing_token_is_one_clear_line(server, workspace, token, expected) -> None:
    env = clean_env()
    if token:
        env["QABOT_TELEGRAM_TOKEN"] = token
    result = subprocess.run(
        [sys.executable, "-m", "qabot", "bot", "--config", str(workspace / "config.toml")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if not line[:4].isdigit()]
    assert lines == [lines[0]]
    assert lines[0].startswith(expected)
    assert "BotFather" in lines[0]


def test_follow_up_questions_refer_to_the_same_person_within_one_chat(server, bot) -> None:
    [first] = ask(server, 217, "What did Maria Keller say?")
    assert first.startswith("What Maria Keller said:")
    assert "We will not guide tankers through fog" in first
    [again] = ask(server, 217, "what else did she say?")
    assert again.startswith("Nothing more from Maria Keller")  # her one quote was shown
    [elsewhere] = ask(server, 218, "what else did she say?")  # another chat: nobody to refer to
    assert elsewhere.startswith("Who do you mean?")


@pytest.mark.parametrize(
    ("user", "question", "expected"),
    [
        (240, "Which union leader warned about fog?", "Maria Keller said it:"),
        (241, "what did the librarian say about study rooms", "What Ana Ruiz said about"),
        (242, "What did Zora Mbeki say about the harbour?", "Zora Mbeki is not named"),
        (243, "What did Tom Briggs tell the Herald after the frost?", "What Tom Briggs told the"),
        (244, "Who was the union leader who warned about fog?", "Maria Keller said it:"),
        # the opposite of Lena Dorn's words: offered as the closest, not claimed
        (
            245,
            "who said ticket prices would not fall in spring?",
            "No quote says that in those words; the closest is Lena Dorn's:",
        ),
        (246, "who said ticket prices would fall in spring?", "Lena Dorn said it:"),
        (
            247,
            "who said they would guide tankers through fog?",
            "No quote says that in those words; the closest is Maria Keller's:",
        ),
        # nothing says it: one line with what was looked for, and nobody named
        (
            248,
            "who said the frost closed the library?",
            "No quote or passage in the articles says “the frost closed the library”.",
        ),
        # one word is no claim: the passages holding it are called mentions of it
        (
            257,
            "who said orchards?",
            "No quote in the articles matches that. Passages that mention “orchards”:",
        ),
        # ... and a quote using it is shown as using it, not as the closest to a claim
        (258, "who said storms?", "Quotes that use the word “storms”, by Ola Briggs:"),
        # a deed asked: its doer named, their words above the passage telling it
        (
            259,
            "who sued the norvik paper mill?",
            "Told of Edda Lund in the passage below; what Edda Lund said in that story:",
        ),
        # a body's spokesman named by the article's own phrase, not the body alone
        (
            259,
            "who said the bins would be emptied on friday?",
            "A spokesman for Velm Council said it:",
        ),
    ],
)
def test_speech_questions_in_any_phrasing_are_answered_honestly(
    server, bot, user: int, question: str, expected: str
) -> None:
    [reply] = ask(server, user, question)
    assert reply.startswith(expected)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def post_update(
    url: str, update: dict | bytes, secret: str, content_type: str = "application/json"
) -> int:
    """POST an update (or raw bytes) to the bot's webhook as Telegram does; return the HTTP
    status."""
    request = urllib.request.Request(
        url,
        data=update if isinstance(update, bytes) else json.dumps(update).encode(),
        method="POST",
        headers={"Content-Type": content_type, "X-Telegram-Bot-Api-Secret-Token": secret},
    )
    deadline = time.monotonic() + 15
    while True:
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status
        except urllib.error.HTTPError as exc:
            return exc.code
        except urllib.error.URLError:  # the webhook server starts just after setWebhook
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


# bodies python-telegram-bot cannot turn into an Update (its own server answers 400 or 500, and
# Telegram would send them again and again)
BAD_BODIES = [
    b"{not json",
    b"\xff\xfe",
    b"null",
    b"[1, 2]",
    json.dumps({"update_id": 2, "message": 5}).encode(),
    json.dumps({"update_id": 3, "message": {"chat": "x", "date": "soon"}}).encode(),
    json.dumps({"update_id": 4, "callback_query": {"id": "1"}}).encode(),  # fields missing
]
WEBHOOK_SECRET = "s3cret-Token_1"


def test_webhook_mode_registers_with_a_secret_answers_and_acknowledges_what_it_cannot_read(
    tmp_path, built_projects
) -> None:
    # one webhook bot serves both halves (a bot's start is ~0.7 CPU-s)
    with FakeTelegram() as server:
        config = write_workspace(tmp_path, server, watch=False, built=built_projects)
        url = f"http://127.0.0.1:{free_port()}/qabot"
        env = {
            **clean_env(),
            "QABOT_TELEGRAM_TOKEN": server.token,
            "QABOT_WEBHOOK_SECRET": WEBHOOK_SECRET,
        }
        with (tmp_path / "bot.log").open("ab") as log:
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "qabot",
                    "bot",
                    "--config",
                    str(config),
                    "--webhook",
                    url,
                    "--listen",
                    url.split("/")[2],
                ],
                env=env,
                stdout=log,
                stderr=log,
            )
        try:
            server.wait_for("setWebhook", timeout=30)
            assert server.webhook["url"] == url
            assert server.webhook["secret_token"] == WEBHOOK_SECRET
            update = {"update_id": 1, "message": server.private_message(224, "frost blossoms")}
            assert post_update(url, update, "wrong") == 403
            assert post_update(url, update, "") == 403
            assert post_update(url, update, WEBHOOK_SECRET, "text/plain") == 403
            assert post_update(url, update, WEBHOOK_SECRET) == 200
            [call] = server.wait_for("sendMessage", lambda p: p["chat_id"] == 224)
            assert "Frost destroyed blossoms" in call.result["text"]
            # a body it cannot read is acknowledged, and the next update is answered
            assert [post_update(url, body, WEBHOOK_SECRET) for body in BAD_BODIES] == [200] * 7
            update = {"update_id": 5, "message": server.private_message(225, "frost blossoms")}
            assert post_update(url + "/", update, WEBHOOK_SECRET) == 200
            [call] = server.wait_for("sendMessage", lambda p: p["chat_id"] == 225)
            assert "Frost destroyed blossoms" in call.result["text"]
        finally:
            assert stop_bot(process) == 0
        logged = (tmp_path / "bot.log").read_text(encoding="utf-8")
        assert logged.count("WARNING qabot.bot.webhook: Skipped a webhook") == 7
        assert "Traceback" not in logged


def test_webhook_that_cannot_listen_or_is_refused_is_one_error_line(
    tmp_path, built_projects
) -> None:
    with FakeTelegram() as server, socket.socket() as taken:
        built = write_workspace(tmp_path / "built", server, watch=False, built=built_projects)
        # a wrong --listen is told before the index is built (it was told after the build)
        unbuilt = write_workspace(tmp_path / "unbuilt", server, watch=False)
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = f"127.0.0.1:{taken.getsockname()[1]}"
        env = {**clean_env(), "QABOT_TELEGRAM_TOKEN": server.token, "QABOT_WEBHOOK_SECRET": "s"}
        for webhook, listen, expected, config in [
            (f"http://{busy}/qabot", busy, f"error: Cannot listen on {busy}", built),
            ("ftp://example.org/qabot", f"127.0.0.1:{free_port()}",
             "error: Telegram did not accept the webhook ftp://example.org/qabot", built),
            # a port past 65535 was served on it modulo 65536 (99999 on 34463), in silence;
            # a port in other digits ("²") was a ValueError traceback
            ("https://example.org/qabot", "127.0.0.1:99999", "error: --listen must be HOST:PORT",
             unbuilt),
            ("https://example.org/qabot", "127.0.0.1:²", "error: --listen must be HOST:PORT",
             unbuilt),
        ]:  # fmt: skip
            result = subprocess.run(
                [sys.executable, "-m", "qabot", "bot", "--config", str(config),
                 "--webhook", webhook, "--listen", listen],
                env=env, capture_output=True, text=True, timeout=60,
            )  # fmt: skip
            assert result.returncode == 1
            assert result.stderr.splitlines()[-1].startswith(expected)
            assert "Traceback" not in result.stderr
            assert "Task was destroyed" not in result.stderr
        assert not (unbuilt.parent / "index").exists()


def _answer_calls(server: FakeTelegram, user_id: int, question: str) -> list:
    """Ask `question`; return the bot's messages, once the one with the buttons (or the only
    one) has arrived and nothing else follows."""
    since = len(server.calls)
    server.send_private(user_id, question)
    arrived = server.wait_for("sendMessage", lambda p: p["chat_id"] == user_id, since=since)
    if not any("reply_markup" in c.params for c in arrived):  # only a last message has buttons
        time.sleep(0.5)
    return [c for c in server.sent_to(user_id) if server.calls.index(c) >= since]


def _bold_spans(call) -> list[str]:
    text = call.result["text"]
    units = text.encode("utf-16-le")
    return [
        units[2 * e["offset"] : 2 * (e["offset"] + e["length"])].decode("utf-16-le")
        for e in call.result.get("entities", [])
        if e["type"] == "bold"
    ]


@pytest.mark.parametrize(
    ("user_id", "question"),
    [
        (230, "What did Stoltenberg say?"),
        (231, "Who said Russia could stage a false-flag operation?"),
        (232, "How many troops has Moscow stationed along the border?"),
        (233, "What shells hit the kindergarten?"),
        (234, "What did Liz Truss say?"),
        (235, "When do the military exercises in Belarus end?"),
    ],
)
def test_seed_answers_fit_one_screen_and_bold_one_sentence_at_most(
    server, bot, user_id, question
) -> None:
    calls = _answer_calls(server, user_id, question)
    first = calls[0].result["text"]
    assert len(first) <= FIRST_SCREEN, first
    assert "— " in first  # the source of what it shows
    for call in calls:
        assert "— " in call.result["text"]  # every message names its sources
        for bold in _bold_spans(call):
            assert len(sentence_spans(bold)) <= 1, bold
    assert any(_bold_spans(call) for call in calls)


def test_did_you_mean_comes_with_a_button_that_asks_for_that_person(server, bot) -> None:
    [call] = _answer_calls(server, 236, "What did Stoltenbert say?")
    assert "Did you mean Jens Stoltenberg?" in call.result["text"]
    buttons = [row[0] for row in call.params["reply_markup"]["inline_keyboard"]]
    assert buttons[0]["text"] == "Did you mean Jens Stoltenberg?"
    since = len(server.calls)
    server.press_button(236, call.result, buttons[0]["callback_data"])
    [answered] = server.wait_for("sendMessage", lambda p: p["chat_id"] == 236, since=since)
    assert answered.result["text"].startswith("What Jens Stoltenberg said:")


def test_who_said_answer_offers_more_from_the_speaker(server, bot) -> None:
    calls = _answer_calls(server, 237, "Who said Russia could stage a false-flag operation?")
    assert calls[0].result["text"].startswith("Jens Stoltenberg said it:")
    buttons = [row[0]["text"] for row in calls[-1].params["reply_markup"]["inline_keyboard"]]
    assert "More from Jens Stoltenberg" in buttons


def test_a_shared_surname_is_asked_about_with_a_button_per_person(server, bot) -> None:
    [call] = _answer_calls(server, 238, "What did Briggs say about the harbour?")
    assert call.result["text"].startswith(
        "Several people called Briggs are quoted, none of them on the harbour."
    )
    buttons = [row[0] for row in call.params["reply_markup"]["inline_keyboard"]]
    assert {button["text"] for button in buttons} == {"Tom Briggs", "Ola Briggs"}
    ola = next(button for button in buttons if button["text"] == "Ola Briggs")
    since = len(server.calls)
    server.press_button(238, call.result, ola["callback_data"])
    [answered] = server.wait_for("sendMessage", lambda p: p["chat_id"] == 238, since=since)
    # the question asked, about the person chosen: the topic is kept
    assert answered.result["text"].startswith("Ola Briggs said nothing about the harbour")
    [typed] = ask(server, 239, "What did Briggs say about the harbour?")
    assert "Do you mean" in typed
    [chosen] = ask(server, 239, "Tom")
    assert chosen.startswith("Tom Briggs said nothing about the harbour")


def test_a_role_several_people_hold_is_asked_about_with_a_button_per_person(server, bot) -> None:
    [call] = _answer_calls(server, 244, "What did the captain say?")
    assert call.result["text"].startswith("Several people the articles call the captain")
    buttons = [row[0] for row in call.params["reply_markup"]["inline_keyboard"]]
    assert {button["text"] for button in buttons} == {"Ola Briggs", "Ivo Sand"}
    sand = next(button for button in buttons if button["text"] == "Ivo Sand")
    since = len(server.calls)
    server.press_button(244, call.result, sand["callback_data"])
    [answered] = server.wait_for("sendMessage", lambda p: p["chat_id"] == 244, since=since)
    assert answered.result["text"].startswith("What Ivo Sand said:")
    assert "old pier would reopen" in answered.result["text"]


def test_each_holder_of_a_role_is_shown_by_name_with_a_button_each(server, bot) -> None:
    question = "What did the Northway Ferries co-chairman say about ticket prices?"
    [call] = _answer_calls(server, 245, question)
    text = call.result["text"]
    assert "may mean" in text and "What each said about ticket prices:" in text
    assert "Lena Dorn" in _bold_spans(call) and "Piet Varga" in _bold_spans(call)
    buttons = [row[0] for row in call.params["reply_markup"]["inline_keyboard"]]
    varga = next(button for button in buttons if button["text"] == "Piet Varga")
    assert "Lena Dorn" in {button["text"] for button in buttons}
    since = len(server.calls)
    server.press_button(245, call.result, varga["callback_data"])
    [answered] = server.wait_for("sendMessage", lambda p: p["chat_id"] == 245, since=since)
    assert answered.result["text"].startswith("What Piet Varga said about ticket prices:")
    assert "Lena Dorn" not in answered.result["text"]


def test_a_role_before_a_name_and_a_topic_nobody_mentions(server, bot) -> None:
    [reply] = ask(server, 233, "What did union leader Maria Keller say about submarines?")
    assert reply.startswith("Maria Keller said nothing about submarines in the articles;")
    assert "We will not guide tankers through fog" in reply  # her words, all of them
    assert "port authority" not in reply  # no passage only about her or the harbour


def _reply_with_buttons(server: FakeTelegram, user: int, text: str) -> list[Call]:
    """Send `text`; return the messages of the reply, the last of which carries buttons."""
    since = len(server.calls)
    server.send_private(user, text)
    server.wait_for(
        "sendMessage", lambda p: p["chat_id"] == user and "reply_markup" in p, since=since
    )
    return [c for c in server.sent_to(user) if server.calls.index(c) >= since]


def test_more_and_a_date_follow_up_go_on_from_the_last_search(server, bot) -> None:
    first = _reply_with_buttons(server, 250, "glaciological survey")
    [[first_button]] = first[-1].params["reply_markup"]["inline_keyboard"]
    shown = decode_callback(first_button["callback_data"]).offset  # passages on the first page
    more = _reply_with_buttons(server, 250, "more")
    lead = more[0].result["text"]
    assert lead.startswith(f"More passages for “glaciological survey” ({shown + 1}-"), lead
    [[button]] = more[-1].params["reply_markup"]["inline_keyboard"]
    assert button["text"] == "More results"
    since = len(server.calls)
    server.press_button(250, more[-1].result, button["callback_data"])
    [after] = server.wait_for("sendMessage", lambda p: p["chat_id"] == 250, since=since)
    assert after.result["text"].startswith("More passages for “glaciological survey” (")
    assert f"({shown + 1}-" not in after.result["text"]  # the page after the typed "more"
    [frost] = ask(server, 251, "frost damage to blossoms")
    assert "Valley Herald" in frost
    [earlier] = ask(server, 251, "and in 2022?")
    assert earlier.startswith("Nothing about “frost damage to blossoms”"), earlier
    [same_year] = ask(server, 251, "and in 2023?")
    assert same_year.startswith("Best matching passages for “frost damage to blossoms”")
    assert "Valley Herald" in same_year


def test_a_subscription_is_echoed_without_control_characters(server, bot) -> None:
    # "/subscribe harbour<RLO> gnirts" was echoed with the override, which reversed the rest of
    # the bot's line, here and in /subscriptions and every alert
    [reply] = ask(server, 255, "/subscribe frost\u202e blossoms \x1b[31m")
    assert reply.startswith("Subscribed (1): I will send new passages about “frost blossoms”")
    [listed] = ask(server, 255, "/subscriptions")
    assert "1. “frost blossoms”" in listed and "\u202e" not in listed


def test_alerts_named_as_the_readme_names_them_lists_the_subscriptions(server, bot) -> None:
    # the README calls subscriptions "Alerts": "/alerts" was "I don't know that command"
    [empty] = ask(server, 256, "/alerts")
    assert empty.startswith("This chat has no subscriptions.") and "/subscribe" in empty
    ask(server, 256, "/subscribe harbour pilots")
    [listed] = ask(server, 256, "/alerts")
    assert listed == ask(server, 256, "/subscriptions")[0]
    assert "1. “harbour pilots”" in listed


def test_a_strangers_button_is_answered_even_when_the_refusal_is_not_repeated(server, bot) -> None:
    # a stranger pressing a button right after being refused got no answerCallbackQuery (the
    # refusal limiter swallowed it): their client's spinner ran until it timed out
    stranger = STRANGER + 4
    assert ask(server, stranger, "frost blossoms") == [REFUSAL]
    since = len(server.calls)
    server.press_button(stranger, server.private_message(stranger, "hi"), "q:0:frost")
    [call] = server.wait_for("answerCallbackQuery", since=since, timeout=10)
    assert not call.params.get("text")  # silently: the refusal is not repeated
    time.sleep(0.3)
    assert len(server.sent_to(stranger)) == 1


def test_a_strangers_inline_query_is_answered_even_when_the_refusal_is_not_repeated(
    server, bot
) -> None:
    # the same for inline queries: only the first in the limiter's interval was answered
    stranger = STRANGER + 5
    assert ask(server, stranger, "frost blossoms") == [REFUSAL]
    since = len(server.calls)
    server.inline_query(stranger, "frost blossoms")
    [call] = server.wait_for("answerInlineQuery", since=since, timeout=10)
    assert call.params["results"] in ([], "[]")  # nothing from the articles
    time.sleep(0.3)
    assert len(server.sent_to(stranger)) == 1


def test_admin_upload_of_bytes_that_look_like_utf16_is_called_not_text(server, bot) -> None:
    # NUL and 0xFF repeated read as UTF-16 "ÿÿÿ": reported as "no article text found"
    since = len(server.calls)
    server.send_document(ADMIN, ADMIN, "scan.txt", b"\x00\xff" * 100)
    [call] = server.wait_for("sendMessage", lambda p: p["chat_id"] == ADMIN, since=since)
    assert "binary file, not text" in call.result["text"], call.result["text"]
