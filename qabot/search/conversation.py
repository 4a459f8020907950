"""Conversation: what one chat remembers between questions, so "he" means the last speaker.

Besides the last person asked about it keeps the topic ("and Truss?" keeps it), the quotes
already shown ("what else did he say?" shows others), the name last offered ("Did you mean
Jens Stoltenberg?", which "yes" accepts) and the people a shared surname was asked about
("Which Blair: Tony Blair or Ian Blair?", which "Ian" answers).

It also keeps the last ordinary search, so "more" shows its next passages and "and in 2005?"
asks it again within other dates or outlets. Whichever came last, a speech question or a search,
is what "more" continues.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from qabot.search.filters import Filters
from qabot.text.lexicon import STYLE_TITLES, TITLE_WORDS

CONVERSATION_TTL = 15 * 60.0  # seconds after which "he" no longer means the last speaker
MAX_SHOWN = 500  # quotes remembered as shown, per chat
EARLIER_KEPT = 5  # people asked about before the last, kept for "he" or "she" to mean


@dataclass(frozen=True, slots=True)
class LastSearch:
    """An ordinary question as searched: its words (filter words out, spelling mended), the
    filters it was read with, and the passages it showed (ranks offset+1 .. offset+shown)."""

    words: str
    filters: Filters
    offset: int
    shown: int
    # `words` are a speech question whose answer showed passages only ("No quotes from anyone
    # the articles call the jury"): "more" asks it again from the next page, as a button does
    asked_again: bool = False


@dataclass(slots=True)
class Conversation:
    """Follow-up state of one chat: who the last speech question was about, and when."""

    speaker: str | None = None
    updated: float = 0.0
    topic: str | None = None  # the last speech question's topic
    suggestion: str | None = None  # the name last offered with "Did you mean ...?"
    read_as: str | None = None  # the name a misspelt one was last read as ("yes" has no use)
    choices: tuple[str, ...] = ()  # the people last offered with "Which ... do you mean?"
    shown: set[tuple[str, int]] = field(default_factory=set)  # (article id, start) of quotes
    # the sentences shown with them (a quote's attribution, holding other words of theirs):
    # words inside one were shown too, and "what else did he say?" repeats none of them
    seen: set[str] = field(default_factory=set)
    search: LastSearch | None = None  # the last ordinary search, unless a speech question followed
    searched: float = 0.0  # when it was made
    # the people asked about before the last one, most recent first: "he" after a question
    # about a woman means the last man (`pronoun_genders`)
    earlier: tuple[str, ...] = ()
    # the person the last speech question asked about when no article names them: "more" and
    # "what else did he say?" are told so, not that nobody was asked about
    unnamed: str | None = None
    # the people the last answer gave the words of together ("what did X and Y say"): "he"
    # after it may be either, and is asked about, not guessed
    pair: tuple[str, ...] = ()
    # "what else did he say?" was asked which of them: the quotes the pair's answer showed are
    # kept, and the one picked next is shown his others
    pair_else: bool = False

    def recent_pair(self, now: float) -> tuple[str, ...]:
        return self.pair if self._recent(now) else ()

    def recent_speaker(self, now: float) -> str | None:
        return self.speaker if self._recent(now) else None

    def recent_earlier(self, now: float) -> tuple[str, ...]:
        return self.earlier if self._recent(now) else ()

    def recent_suggestion(self, now: float) -> str | None:
        return self.suggestion if self._recent(now) else None

    def recent_read_as(self, now: float) -> str | None:
        return self.read_as if self._recent(now) else None

    def recent_choices(self, now: float) -> tuple[str, ...]:
        return self.choices if self._recent(now) else ()

    def recent_unnamed(self, now: float) -> str | None:
        return self.unnamed if self._recent(now) else None

    def recent_topic(self, now: float) -> str | None:
        return self.topic if self._recent(now) else None

    def recent_search(self, now: float) -> LastSearch | None:
        return self.search if now - self.searched < CONVERSATION_TTL else None

    def _recent(self, now: float) -> bool:
        return now - self.updated < CONVERSATION_TTL

    def remember_search(self, search: LastSearch, now: float) -> None:
        """Remember an ordinary search, which "more" and "and in 2005?" then continue."""
        self.search, self.searched = search, now
        self.read_as = None  # the answer above is this search's

    def saw_passages(self, count: int) -> None:
        """Record that only `count` passages of the last search reached the reader (a reply
        too long for one screen shows fewer): "more" goes on right after them."""
        if self.search is not None and count < self.search.shown:
            self.search = replace(self.search, shown=max(0, count))

    def remember(
        self,
        speaker: str | None,
        now: float,
        *,
        topic: str | None = None,
        suggestion: str | None = None,
        read_as: str | None = None,
        choices: tuple[str, ...] = (),
        shown: list[tuple[str, int]] | None = None,
        seen: list[str] | None = None,
        more: bool = False,
        unnamed: str | None = None,
        pair: tuple[str, ...] = (),
        pair_else: bool = False,
    ) -> None:
        """Remember a speech question's answer; `more`: it continued the last one; `pair`:
        the people whose words it gave together."""
        self.search = None  # "more" now means more of this person's words
        if self.speaker and speaker != self.speaker and self._recent(now):
            kept = (self.speaker, *self.earlier)
            self.earlier = tuple(p for p in dict.fromkeys(kept) if p != speaker)[:EARLIER_KEPT]
        elif not self._recent(now):
            self.earlier = ()
        # the one picked after "what else?" of a pair keeps what the pair's answer showed
        picked = self.pair_else and speaker in self.pair
        if not more or (speaker != self.speaker and not picked):
            self.shown, self.seen = set(), set()
        self.speaker, self.updated, self.topic = speaker, now, topic
        self.suggestion, self.choices, self.read_as = suggestion, choices, read_as
        self.unnamed, self.pair, self.pair_else = unnamed, pair, pair_else
        if len(self.shown) < MAX_SHOWN:
            self.shown.update(shown or ())
            self.seen.update(seen or ())


_NOT_A_NAME = frozenset("the one i mean meant please mr mrs ms dr sir him her".split())


def picked_choice(words: str, offered: tuple[str, ...]) -> str | None:
    """Return the one person of `offered` a reply names ("Ian", "Ian Blair", "I mean Tony")."""
    if not offered:  # nobody was offered: most questions
        return None
    said = {word for word in re.findall(r"[\w'’-]+", words.casefold()) if word not in _NOT_A_NAME}
    if not said:
        return None
    fits = [person for person in offered if said <= set(person.casefold().split())]
    # "King Carl Gustaf" for the Carl Gustaf offered: a title the name was quoted without
    bare = said - TITLE_WORDS - STYLE_TITLES
    if not fits and bare:
        fits = [person for person in offered if bare <= set(person.casefold().split())]
    return fits[0] if len(fits) == 1 else None
