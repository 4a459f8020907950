"""Telegram front end, receiving side: an update that cannot be read is skipped, not re-read.

python-telegram-bot parses a batch of updates in one go; one update it cannot parse (a field
missing, a wrong type) fails the whole batch, the batch is not confirmed, and the next poll
fetches and fails on it again, forever. `UpdatesRequest`, the connection used for getUpdates,
checks each update first: one that does not parse is logged once and replaced by an empty update
with the same id, which the access gate drops and the next poll confirms.
"""

from __future__ import annotations

import json
import logging
from http import HTTPStatus
from typing import Any

from telegram import Update
from telegram.request import BaseRequest, HTTPXRequest, RequestData

logger = logging.getLogger(__name__)


def readable(raw: Any) -> dict[str, Any] | None:
    """Return the update as it is if it parses, else `{"update_id": id}` (None without an id)."""
    try:
        Update.de_json(raw, None)
    except Exception as exc:
        update_id = raw.get("update_id") if isinstance(raw, dict) else None
        if not isinstance(update_id, int) or isinstance(update_id, bool):
            logger.warning("Skipped an update without an id (%s: %s)", type(exc).__name__, exc)
            return None
        logger.warning(
            "Skipped update %s: it cannot be read (%s: %s)", update_id, type(exc).__name__, exc
        )
        return {"update_id": update_id}
    return raw if isinstance(raw, dict) else None


class UpdatesRequest(HTTPXRequest):
    """The getUpdates connection, replacing updates that cannot be read (see module docstring)."""

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Request as usual; from a getUpdates reply, keep only updates that can be read."""
        status, payload = await super().do_request(
            url,
            method,
            request_data,
            read_timeout=read_timeout,
            write_timeout=write_timeout,
            connect_timeout=connect_timeout,
            pool_timeout=pool_timeout,
        )
        if status != HTTPStatus.OK or not url.endswith("/getUpdates"):
            return status, payload
        try:
            reply = json.loads(payload)
        except ValueError:  # python-telegram-bot reports it and polls again
            return status, payload
        if not isinstance(reply, dict) or not isinstance(reply.get("result"), list):
            return status, payload
        reply["result"] = [u for u in map(readable, reply["result"]) if u is not None]
        return status, json.dumps(reply).encode()
