"""Conversation: what one chat remembers between questions, so "he" means the last speaker."""

from __future__ import annotations

from dataclasses import dataclass

CONVERSATION_TTL = 15 * 60.0  # seconds after which "he" no longer means the last speaker


@dataclass(slots=True)
class Conversation:
    """Follow-up state of one chat: who the last speech question was about, and when."""

    speaker: str | None = None
    updated: float = 0.0

    def recent_speaker(self, now: float) -> str | None:
        return self.speaker if now - self.updated < CONVERSATION_TTL else None

    def remember(self, speaker: str | None, now: float) -> None:
        self.speaker, self.updated = speaker, now
