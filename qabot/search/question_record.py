"""The record of a question as read once (`qabot.search.question.read_question`), which every
later step of `answer()` consumes instead of the raw text."""

from __future__ import annotations

from dataclasses import dataclass, field

from qabot.search.conversation import LastSearch
from qabot.search.filters import Filters
from qabot.search.questions import SpeechQuestion


@dataclass(frozen=True, slots=True, kw_only=True)
class Question:
    """One question as read: its words, terms, speech intent, resolved speaker and filters."""

    text: str  # as asked, white space folded
    words: str  # what is searched: the text without the words that became filters
    terms: tuple[str, ...]  # analysed terms of `words`
    speech: SpeechQuestion | None = None  # "what did X say (about Y)?", "who said ...?"
    speaker: str | None = None  # the person asked about: resolved, or a follow-up's
    topic_terms: tuple[str, ...] = ()  # analysed terms of the speech question's topic
    topic_words: str = ""  # the topic's words to search ("what did X say" ones lack "said")
    choices: tuple[str, ...] = ()  # people the speaker phrase may also mean, best first
    unsure: bool = False  # the speaker phrase fits several people about equally
    ask_which: bool = False  # a surname no one clearly owns: ask which person is meant
    # "what do experts say about Y": a kind of people asked about, and the speakers it covers
    kind: str | None = None
    kind_speakers: tuple[str, ...] = ()
    misspelt: str | None = None  # the name as asked, when read as the close name `speaker`
    misspelt_written: bool = False  # ... an article quoting them writing it so ("Mr Barot")
    # the topic's words no article holds read as the close words it does (as typed, as read)
    topic_spelling: tuple[tuple[str, str], ...] = ()
    shown: frozenset[tuple[str, int]] = frozenset()  # quotes a "what else" must not repeat
    seen: frozenset[str] = frozenset()  # ... nor words inside the sentences shown with them
    filters: Filters = field(default_factory=Filters)
    needs_speaker: bool = False  # a follow-up with nobody to refer back to
    unnamed: str = ""  # ... but someone no article names, asked about last
    unclear_pronoun: str = ""  # ... or "she" after a man: the reply saying so
    resumed: LastSearch | None = None  # the search "more" or "and in 2005?" continues
    next_page: bool = False  # "more": the passages after those the last search showed
    undated_followup: bool = False  # "and last week?" where no article has a date
    unread_dates: str = ""  # date words left out: no article has a date ("yesterday")
    date_clash: str = ""  # date phrases that leave no day: "“since 2005” and “before 2004”"
    undated_news: bool = False  # "latest news", "yesterday" alone, and no article has a date
    absent_outlet: str = ""  # an outlet named ("according to the BBC") that no article is from
    only_limits: bool = False  # dates or outlets alone ("in 2005?"), and nothing asked before
