"""A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests of `qabot bot`.

Any call can be made to fail on command (`fail`: a 500, a 429 with retry_after, a hang, a dropped
connection, a reply that is not JSON), for the fault-injection tests.

It speaks the real wire format (`POST /bot<TOKEN>/<method>` with form, JSON or multipart bodies;
`{"ok": true, "result": ...}` or `{"ok": false, "error_code": ..., "description": ...}`) and
rejects what Telegram rejects: a wrong token (401), text over 4,096 characters after entity
parsing, malformed HTML, callback data over 64 bytes, more than 50 inline results. Tests push
updates (`send_private`, `send_group`, `send_photo`, `press_button`, `inline_query`,
`send_document`) and wait for what the bot sent (`wait_for`). Every call is recorded with its
decoded parameters.

    with FakeTelegram() as server:
        server.send_private(user_id=1, text="What did Stoltenberg say?")
        [call] = server.wait_for("sendMessage", lambda p: p["chat_id"] == 1)
"""

from __future__ import annotations

import email.parser
import email.policy
import itertools
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

MAX_TEXT = 4096
MAX_CALLBACK_DATA = 64
MAX_INLINE_RESULTS = 50
# Parameters whose form values are plain strings, never JSON (a text "123" stays a string).
STRING_PARAMS = frozenset(
    {
        "text",
        "query",
        "callback_query_id",
        "inline_query_id",
        "parse_mode",
        "file_id",
        "url",
        "secret_token",
        "next_offset",
        "action",
        "caption",
        "description",
    }
)


class APIError(Exception):
    """A Bot API error reply."""

    def __init__(self, code: int, description: str, parameters: dict | None = None) -> None:
        super().__init__(description)
        self.code, self.description, self.parameters = code, description, parameters


@dataclass
class Call:
    """One Bot API request as the server saw it, with its reply."""

    method: str
    params: dict[str, Any]
    ok: bool = True
    result: Any = None
    error: str | None = None
    at: float = field(default_factory=time.monotonic)


FAULTS = ("500", "429", "hang", "drop", "bad-json")


@dataclass
class Fault:
    """A failure the server injects into matching Bot API calls (see `FakeTelegram.fail`)."""

    method: str
    kind: str  # one of FAULTS
    times: int = 1  # how many matching calls fail
    match: Callable[[dict], bool] | None = None  # which calls (by parameters); None: all
    retry_after: int = 1  # seconds, for "429"
    seconds: float = 6.0  # for "hang": longer than the bot's 5 s reply timeout by default


class TelegramHTMLError(ValueError):
    """Telegram would answer "can't parse entities" with this message."""


_TAGS = frozenset(
    {
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "span",
        "tg-spoiler",
        "a",
        "code",
        "pre",
        "blockquote",
        "tg-emoji",
    }
)
_TAG = re.compile(
    r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|"
    r"[^\s>\"']+))?)*)\s*>"
)
_ATTR = re.compile(r"([a-zA-Z-]+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>\"']+)))?")
_ENTITY = re.compile(r"&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")


def _unescape(text: str) -> str:
    """Decode the entities Telegram knows (lt, gt, amp, quot, numeric); keep any other `&`."""

    def decode(match: re.Match[str]) -> str:
        name = match.group(1)
        if name.startswith("#x"):
            return chr(int(name[2:], 16))
        if name.startswith("#"):
            return chr(int(name[1:]))
        return {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}[name]

    return _ENTITY.sub(decode, text)


_ENTITY_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}


def parse_telegram_html(text: str) -> str:
    """Return the plain text of an HTML message, or raise TelegramHTMLError as Telegram would."""
    return parse_telegram_entities(text)[0]


def parse_telegram_entities(text: str) -> tuple[str, list[dict]]:
    """Return the plain text of an HTML message and its entities (UTF-16 offsets, as Telegram
    sends them back), or raise TelegramHTMLError as Telegram would."""
    plain: list[str] = []
    stack: list[str] = []
    opened: list[tuple[str, int, dict[str, str]]] = []
    entities: list[dict] = []
    position = 0
    while (start := text.find("<", position)) != -1:
        plain.append(_unescape(text[position:start]))
        offset = len(text[:start].encode())
        match = _TAG.match(text, start)
        if match is None:
            raise TelegramHTMLError(f'Unsupported start tag "" at byte offset {offset}')
        closing, name, attributes = match.group(1), match.group(2).lower(), match.group(3)
        if name not in _TAGS:
            raise TelegramHTMLError(f'Unsupported start tag "{name}" at byte offset {offset}')
        if closing:
            if not stack:
                raise TelegramHTMLError(f"Unexpected end tag at byte offset {offset}")
            if stack[-1] != name:
                raise TelegramHTMLError(
                    f'Unmatched end tag at byte offset {offset}, expected "</{stack[-1]}>", '
                    f'found "</{name}>"'
                )
            stack.pop()
            tag, begin, attrs = opened.pop()
            end = utf16_len("".join(plain))
            if end > begin:
                kind = _ENTITY_TYPES[tag]
                if tag == "blockquote" and "expandable" in attrs:
                    kind = "expandable_blockquote"
                entity = {"type": kind, "offset": begin, "length": end - begin}
                if tag == "a":
                    entity["url"] = attrs["href"]
                entities.append(entity)
        else:
            attrs = {
                m.group(1).lower(): _unescape(m.group(2) or m.group(3) or m.group(4) or "")
                for m in _ATTR.finditer(attributes)
            }
            if name == "blockquote" and "blockquote" in stack:
                raise TelegramHTMLError(f"Blockquote can't be nested at byte offset {offset}")
            if name == "span" and attrs.get("class") != "tg-spoiler":
                raise TelegramHTMLError(
                    f'Tag "span" must have class "tg-spoiler" at byte offset {offset}'
                )
            if name == "a" and not attrs.get("href"):
                raise TelegramHTMLError(f'Empty URL in tag "a" at byte offset {offset}')
            stack.append(name)
            opened.append((name, utf16_len("".join(plain)), attrs))
        position = match.end()
    plain.append(_unescape(text[position:]))
    if stack:
        raise TelegramHTMLError(f'Can\'t find end tag corresponding to start tag "{stack[-1]}"')
    return "".join(plain), sorted(entities, key=lambda e: (e["offset"], -e["length"]))


def utf16_len(text: str) -> int:
    """Return the length of `text` in UTF-16 code units (Telegram's entity offsets)."""
    return len(text.encode("utf-16-le")) // 2


def text_entities(text: str) -> list[dict]:
    """Return the bot_command and mention entities Telegram would attach to `text`."""
    entities = []
    for match in re.finditer(r"(?<![\w/@])(/[A-Za-z0-9_]+(?:@\w+)?|@\w{3,})", text):
        kind = "bot_command" if match.group(1).startswith("/") else "mention"
        entities.append(
            {
                "type": kind,
                "offset": utf16_len(text[: match.start(1)]),
                "length": utf16_len(match.group(1)),
            }
        )
    return entities


class FakeTelegram:
    """The fake server: start it (or use `with`), point the bot's base_url at `base_url`."""

    def __init__(self, token: str = "123456:TEST-token", username: str = "qabot_test_bot") -> None:
        self.token = token
        self.bot_user = {
            "id": int(token.split(":")[0]),
            "is_bot": True,
            "first_name": "QA Bot",
            "username": username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
        }
        self.username = username
        self.calls: list[Call] = []
        self.updates: list[dict] = []
        self.offsets: list[int] = []  # every getUpdates offset, in order
        self.files: dict[str, bytes] = {}
        self.messages: dict[tuple[int, int], dict] = {}  # (chat id, message id) -> message
        self.chats: dict[int, dict] = {}
        self.blocked: set[int] = set()
        self.commands: list[dict] = []
        self.webhook: dict[str, Any] = {}
        self.broken_html: set[int] = set()  # chats whose next HTML message is rejected
        self.faults: list[Fault] = []
        self._ids = itertools.count(1)
        self._update_ids = itertools.count(1000)
        self.last_update_id = 0  # of the latest pushed update
        self._cond = threading.Condition()
        self._http = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._http.daemon_threads = True
        # a short poll: stopping waits for it (0.5 s by default, paid by every test's server)
        self._thread = threading.Thread(target=self._http.serve_forever, args=(0.05,), daemon=True)

    # --- life cycle -----------------------------------------------------------------------
    @property
    def port(self) -> int:
        return self._http.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    def start(self) -> FakeTelegram:
        self._thread.start()
        return self

    def stop(self) -> None:
        with self._cond:
            self._cond.notify_all()
        self._http.shutdown()
        self._http.server_close()

    def __enter__(self) -> FakeTelegram:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- driving the bot ------------------------------------------------------------------
    def push_update(self, update: dict) -> dict:
        """Queue one update (an `update_id` is added) and wake a waiting getUpdates."""
        with self._cond:
            update = {"update_id": next(self._update_ids), **update}
            self.last_update_id = update["update_id"]
            self.updates.append(update)
            self._cond.notify_all()
        return update

    def _message(self, chat: dict, user: dict, text: str | None = None, **extra: Any) -> dict:
        self.chats[chat["id"]] = chat
        message = {
            "message_id": next(self._ids),
            "date": int(time.time()),
            "chat": chat,
            "from": user,
            **extra,
        }
        if text is not None:
            message["text"] = text
            if entities := text_entities(text):
                message["entities"] = entities
        self.messages[(chat["id"], message["message_id"])] = message
        return message

    @staticmethod
    def user(user_id: int, name: str = "Ann") -> dict:
        return {"id": user_id, "is_bot": False, "first_name": name, "language_code": "en"}

    def private_message(self, user_id: int, text: str) -> dict:
        """Return a message from a user to the bot in a private chat (not queued)."""
        user = self.user(user_id)
        chat = {"id": user_id, "type": "private", "first_name": user["first_name"]}
        return self._message(chat, user, text)

    def send_private(self, user_id: int, text: str) -> dict:
        """A user writes `text` to the bot in a private chat; return the update."""
        return self.push_update({"message": self.private_message(user_id, text)})

    def send_group(
        self, chat_id: int, user_id: int, text: str, reply_to: dict | None = None
    ) -> dict:
        """A user writes `text` in a group, maybe replying to `reply_to`; return the update."""
        chat = {"id": chat_id, "type": "supergroup", "title": "Newsroom"}
        extra = {"reply_to_message": reply_to} if reply_to else {}
        message = self._message(chat, self.user(user_id), text, **extra)
        return self.push_update({"message": message})

    def send_photo(
        self, chat_id: int, user_id: int, caption: str | None, reply_to: dict | None = None
    ) -> dict:
        """A user sends a photo with `caption` (None: without one; in a private chat when
        `chat_id` is theirs, else in a supergroup), maybe replying to `reply_to`; return the
        update."""
        chat = (
            {"id": chat_id, "type": "private", "first_name": "Ann"}
            if chat_id == user_id
            else {"id": chat_id, "type": "supergroup", "title": "Newsroom"}
        )
        photo = [
            {
                "file_id": f"photo-{next(self._ids)}",
                "file_unique_id": "p",
                "width": 90,
                "height": 60,
            }
        ]
        extra: dict[str, Any] = {"photo": photo}
        if reply_to:
            extra["reply_to_message"] = reply_to
        if caption is not None:
            extra["caption"] = caption
        if caption is not None and (entities := text_entities(caption)):
            extra["caption_entities"] = entities
        message = self._message(chat, self.user(user_id), **extra)
        return self.push_update({"message": message})

    def send_sticker(
        self, user_id: int, chat_id: int | None = None, reply_to: dict | None = None
    ) -> dict:
        """A user sends a sticker (no text, no caption) in a private chat, or in the supergroup
        `chat_id` (maybe replying to `reply_to`); return the update."""
        chat = (
            {"id": chat_id, "type": "supergroup", "title": "Newsroom"}
            if chat_id is not None
            else {"id": user_id, "type": "private", "first_name": "Ann"}
        )
        extra: dict[str, Any] = {"reply_to_message": reply_to} if reply_to else {}
        sticker = {
            "file_id": f"sticker-{next(self._ids)}",
            "file_unique_id": "s",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        }
        return self.push_update(
            {"message": self._message(chat, self.user(user_id), sticker=sticker, **extra)}
        )

    def press_button(self, user_id: int, message: dict, data: str) -> dict:
        """A user presses the inline button with `data` under `message` (a sent message)."""
        query = {
            "id": str(next(self._ids)),
            "from": self.user(user_id),
            "message": message,
            "chat_instance": "ci-1",
            "data": data,
        }
        return self.push_update({"callback_query": query})

    def inline_query(self, user_id: int, query: str) -> dict:
        """A user types `@bot query` in any chat."""
        inline = {
            "id": str(next(self._ids)),
            "from": self.user(user_id),
            "query": query,
            "offset": "",
        }
        return self.push_update({"inline_query": inline})

    def send_document(
        self,
        chat_id: int,
        user_id: int,
        file_name: str,
        content: bytes,
        mime_type: str = "text/plain",
        chat_type: str = "private",
    ) -> dict:
        """A user sends a file as a document; the bot can fetch it with getFile."""
        file_id = f"doc-{next(self._ids)}"
        self.files[file_id] = content
        chat = (
            {"id": chat_id, "type": "private", "first_name": "Ann"}
            if chat_type == "private"
            else {"id": chat_id, "type": chat_type, "title": "Newsroom"}
        )
        document = {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_name": file_name,
            "mime_type": mime_type,
            "file_size": len(content),
        }
        message = self._message(chat, self.user(user_id), document=document)
        return self.push_update({"message": message})

    def wait_for(
        self,
        method: str,
        predicate: Callable[[dict], bool] | None = None,
        timeout: float = 30.0,  # returns as soon as the calls come: generous for a busy machine
        count: int = 1,
        since: int = 0,
        ok: bool = True,
    ) -> list[Call]:
        """Block until `count` successful calls of `method` match `predicate`; return them all.

        `since` skips the first calls (pass `len(server.calls)` taken before an action);
        `ok=False` waits for refused calls instead (a blocked chat, a fault).
        """
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                found = [
                    c
                    for c in self.calls[since:]
                    if c.method == method
                    and c.ok == ok
                    and (predicate is None or predicate(c.params))
                ]
                if len(found) >= count:
                    return found
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    seen = [(c.method, c.error, str(c.params)[:200]) for c in self.calls[-8:]]
                    raise AssertionError(f"no {count} x {method} within {timeout}s; last: {seen}")
                self._cond.wait(remaining)

    def wait_polling(self, polls_before: int, timeout: float = 30.0) -> None:
        """Block until a getUpdates starts after the first `polls_before` (len(self.offsets))."""
        with self._cond:
            if not self._cond.wait_for(lambda: len(self.offsets) > polls_before, timeout):
                raise AssertionError(f"the bot did not poll within {timeout}s")

    def break_next_html(self, chat_id: int) -> None:
        """Reject the next HTML message to `chat_id` as Telegram rejects markup it can't parse."""
        with self._cond:
            self.broken_html.add(chat_id)

    def fail(
        self,
        method: str,
        kind: str,
        *,
        times: int = 1,
        match: Callable[[dict], bool] | None = None,
        retry_after: int = 1,
        seconds: float = 6.0,
    ) -> Fault:
        """Make the next `times` calls of `method` (matching `match`) fail as `kind` says.

        "500": an Internal Server Error reply; "429": Too Many Requests with `retry_after`;
        "hang": no reply for `seconds`, then the connection closes; "drop": the connection
        closes at once without a reply; "bad-json": a 200 reply whose body is not JSON.
        """
        if kind not in FAULTS:
            raise ValueError(f"unknown fault {kind!r}; one of {FAULTS}")
        fault = Fault(method, kind, times, match, retry_after, seconds)
        with self._cond:
            self.faults.append(fault)
        return fault

    def take_fault(self, method: str, params: dict) -> Fault | None:
        """Return the fault for this call, if any (counting it), recording the failed call."""
        with self._cond:
            for fault in self.faults:
                matches = fault.match is None or fault.match(params)
                if fault.method == method and fault.times > 0 and matches:
                    fault.times -= 1
                    if method == "getUpdates":
                        self.offsets.append(int(params.get("offset") or 0))
                    self.calls.append(Call(method, params, ok=False, error=fault.kind))
                    self._cond.notify_all()
                    return fault
        return None

    def sent_to(self, chat_id: int) -> list[Call]:
        """Return the successful sendMessage calls to one chat, oldest first."""
        return [
            c
            for c in self.calls
            if c.method == "sendMessage" and c.ok and c.params.get("chat_id") == chat_id
        ]

    def failed(self, method: str | None = None) -> list[Call]:
        """Return the calls the server rejected."""
        return [c for c in self.calls if not c.ok and method in (None, c.method)]

    # --- the Bot API ----------------------------------------------------------------------
    def handle(self, token: str, method: str, params: dict[str, Any]) -> Any:
        """Run one Bot API method; record it; return the result or raise APIError."""
        call = Call(method, params)
        try:
            if token != self.token:
                raise APIError(401, "Unauthorized")
            impl = getattr(self, f"api_{method.lower()}", None)
            if impl is None:
                raise APIError(404, "Not Found")
            call.result = impl(params)
            return call.result
        except APIError as exc:
            call.ok, call.error = False, exc.description
            raise
        finally:
            with self._cond:
                self.calls.append(call)
                self._cond.notify_all()

    def api_getme(self, params: dict) -> dict:
        return self.bot_user

    def api_getupdates(self, params: dict) -> list[dict]:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        deadline = time.monotonic() + float(params.get("timeout") or 0)
        with self._cond:
            self.offsets.append(offset)
            self._cond.notify_all()
            if offset:  # confirms (forgets) every update below it, as Telegram does
                self.updates = [u for u in self.updates if u["update_id"] >= offset]
            while not self.updates and time.monotonic() < deadline:
                self._cond.wait(deadline - time.monotonic())
            return self.updates[:limit]

    def api_deletewebhook(self, params: dict) -> bool:
        self.webhook = {}
        return True

    def api_setwebhook(self, params: dict) -> bool:
        # Telegram wants HTTPS; plain HTTP is let through for the bot on 127.0.0.1
        if not str(params.get("url", "")).startswith(("https://", "http://")):
            raise APIError(
                400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"
            )
        self.webhook = dict(params)
        return True

    def api_setmycommands(self, params: dict) -> bool:
        self.commands = params.get("commands") or []
        return True

    def api_getmycommands(self, params: dict) -> list[dict]:
        return self.commands

    def api_close(self, params: dict) -> bool:
        return True

    def api_logout(self, params: dict) -> bool:
        return True

    def _chat(self, params: dict) -> dict:
        chat_id = params.get("chat_id")
        if chat_id not in self.chats:
            raise APIError(400, "Bad Request: chat not found")
        if chat_id in self.blocked:
            raise APIError(403, "Forbidden: bot was blocked by the user")
        return self.chats[chat_id]

    def _check_text(self, text: Any, parse_mode: str | None) -> str:
        if not isinstance(text, str) or not text.strip():
            raise APIError(400, "Bad Request: message text is empty")
        plain = text
        if (parse_mode or "").upper() == "HTML":
            try:
                plain = parse_telegram_html(text)
            except TelegramHTMLError as exc:
                raise APIError(400, f"Bad Request: can't parse entities: {exc}") from None
        if utf16_len(plain.strip()) > MAX_TEXT:
            raise APIError(400, "Bad Request: message is too long")
        return plain

    @staticmethod
    def _check_markup(markup: Any) -> None:
        for row in (markup or {}).get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode()) <= MAX_CALLBACK_DATA:
                    raise APIError(400, "Bad Request: BUTTON_DATA_INVALID")

    def api_sendmessage(self, params: dict) -> dict:
        chat = self._chat(params)
        if chat["id"] in self.broken_html and params.get("parse_mode") == "HTML":
            self.broken_html.discard(chat["id"])
            raise APIError(
                400,
                'Bad Request: can\'t parse entities: Unsupported start tag "x" at byte offset 0',
            )
        plain = self._check_text(params.get("text"), params.get("parse_mode"))
        self._check_markup(params.get("reply_markup"))
        message = {
            "message_id": next(self._ids),
            "date": int(time.time()),
            "chat": chat,
            "from": self.bot_user,
            "text": plain.strip(),
        }
        if (params.get("parse_mode") or "").upper() == "HTML":
            cut = utf16_len(plain) - utf16_len(plain.lstrip())  # Telegram trims the text
            entities = [
                {**entity, "offset": entity["offset"] - cut}
                for entity in parse_telegram_entities(params["text"])[1]
                if entity["offset"] >= cut
            ]
            if entities:
                message["entities"] = entities
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        self.messages[(chat["id"], message["message_id"])] = message
        return message

    def _existing(self, params: dict) -> dict:
        chat = self._chat(params)
        message = self.messages.get((chat["id"], params.get("message_id")))
        if message is None:
            raise APIError(400, "Bad Request: message to edit not found")
        return message

    def api_editmessagetext(self, params: dict) -> dict:
        message = self._existing(params)
        plain = self._check_text(params.get("text"), params.get("parse_mode")).strip()
        self._check_markup(params.get("reply_markup"))
        if plain == message.get("text") and params.get("reply_markup") == message.get(
            "reply_markup"
        ):
            raise APIError(400, "Bad Request: message is not modified")
        message.update(text=plain, reply_markup=params.get("reply_markup"))
        return message

    def api_editmessagereplymarkup(self, params: dict) -> dict:
        message = self._existing(params)
        self._check_markup(params.get("reply_markup"))
        message["reply_markup"] = params.get("reply_markup")
        return message

    def api_answercallbackquery(self, params: dict) -> bool:
        if len(params.get("text") or "") > 200:
            raise APIError(400, "Bad Request: MESSAGE_TOO_LONG")
        return True

    def api_answerinlinequery(self, params: dict) -> bool:
        results = params.get("results") or []
        if len(results) > MAX_INLINE_RESULTS:
            raise APIError(400, "Bad Request: RESULTS_TOO_MUCH")
        if len({r.get("id") for r in results}) != len(results):
            raise APIError(400, "Bad Request: RESULT_ID_DUPLICATE")
        for result in results:
            if not 1 <= len(str(result.get("id", "")).encode()) <= 64:
                raise APIError(400, "Bad Request: RESULT_ID_INVALID")
            content = result.get("input_message_content") or {}
            self._check_text(content.get("message_text"), content.get("parse_mode"))
            self._check_markup(result.get("reply_markup"))
        return True

    def api_sendchataction(self, params: dict) -> bool:
        self._chat(params)
        return True

    def api_getfile(self, params: dict) -> dict:
        file_id = params.get("file_id")
        if file_id not in self.files:
            raise APIError(400, "Bad Request: invalid file_id")
        return {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_size": len(self.files[file_id]),
            "file_path": f"documents/{file_id}.bin",
        }


def _decode_value(name: str, value: str) -> Any:
    if name in STRING_PARAMS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def _decode_body(content_type: str, body: bytes, query: str) -> dict[str, Any]:
    """Decode a query string and a form, JSON or multipart body the way the Bot API does."""
    pairs = parse_qsl(query)
    if content_type.startswith("application/json") and body:
        return {**dict(pairs), **json.loads(body)}
    if content_type.startswith("multipart/form-data"):
        head = f"Content-Type: {content_type}\r\n\r\n".encode()
        parsed = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
        for part in parsed.iter_parts():
            if part.get_filename() is None:
                pairs.append(
                    (
                        part.get_param("name", header="content-disposition"),
                        part.get_content().strip("\r\n"),
                    )
                )
    elif body:
        pairs += parse_qsl(body.decode(), keep_blank_values=True)
    return {name: _decode_value(name, value) for name, value in pairs}


def _handler_for(server: FakeTelegram) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # quiet test output
            pass

        def _reply(self, status: int, body: bytes, content_type: str) -> None:
            try:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except OSError:  # the bot went away during a long poll: nothing to tell it
                pass

        def _json(self, status: int, payload: dict) -> None:
            self._reply(status, json.dumps(payload).encode(), "application/json")

        def _serve(self) -> None:
            url = urlsplit(self.path)
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            parts = unquote(url.path).strip("/").split("/")
            if parts[0] == "file" and len(parts) >= 3:
                file_id = parts[-1].removesuffix(".bin")
                if parts[1] != f"bot{server.token}" or file_id not in server.files:
                    self._json(404, {"ok": False, "error_code": 404, "description": "Not Found"})
                else:
                    self._reply(200, server.files[file_id], "application/octet-stream")
                return
            if len(parts) != 2 or not parts[0].startswith("bot"):
                self._json(404, {"ok": False, "error_code": 404, "description": "Not Found"})
                return
            params = _decode_body(self.headers.get("Content-Type", ""), body, url.query)
            fault = (
                server.take_fault(parts[1], params) if parts[0] == f"bot{server.token}" else None
            )
            if fault is not None:
                self._inject(fault)
                return
            try:
                result = server.handle(parts[0][3:], parts[1], params)
            except APIError as exc:
                payload: dict[str, Any] = {
                    "ok": False,
                    "error_code": exc.code,
                    "description": exc.description,
                }
                if exc.parameters:
                    payload["parameters"] = exc.parameters
                self._json(exc.code, payload)
            else:
                self._json(200, {"ok": True, "result": result})

        def _inject(self, fault: Fault) -> None:
            if fault.kind == "500":
                self._json(
                    500, {"ok": False, "error_code": 500, "description": "Internal Server Error"}
                )
            elif fault.kind == "429":
                self._json(
                    429,
                    {
                        "ok": False,
                        "error_code": 429,
                        "description": f"Too Many Requests: retry after {fault.retry_after}",
                        "parameters": {"retry_after": fault.retry_after},
                    },
                )
            elif fault.kind == "bad-json":
                self._reply(200, b"<html><body>502 Bad Gateway</body></html>", "text/html")
            else:  # "hang" then close, or "drop" at once: no reply at all
                if fault.kind == "hang":
                    time.sleep(fault.seconds)
                self.close_connection = True

        do_GET = do_POST = _serve

    return Handler
