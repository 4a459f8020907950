"""Search: a question -> an `Answer` (the one call front ends make is `answer()`).

Enters: the live `Index` and a question. Leaves: an `Answer` (lead line, quotes, passages, found)
as plain data. Question reading (`question`, `questions` with `speech_verbs`, `verbless_speech` for
"X on Y", speakers resolved in context by `resolution`, misspelt ones by `misspelt_names`, date and
outlet words in `filters` and `date_phrases`), passage retrieval (`retrieval`, its records `Hit`
and `Ranked` in `hit_record`) with its relevance floor (`relevance`) and best sentence
(`emphasis`), quote ranking (`quote_ranking`, a speaker's quotes spread over stories in
`quote_spread`, words in quote marks weighed by the writer's sentence before them in `lead_ins`,
"who said" candidates in `who_said_ranking`, weighed again by meaning in
`quote_meaning`, other forms of a word in `word_forms`, fragments and words running on in
`quote_pieces`) and quote grouping for display
(`quote_groups`; passages below quotes without the sentences shown as quotes: `shown_passages`)
are the steps inside. Around them, the checks that keep an answer honest: people named but never
quoted (`unknown_speakers`), roles found in a story (`story_roles`), outlets no
article is from (`absent_outlets`), whether the passages answer at all (`passage_answers`, the
searches below the page in `passages_below`, `refusals`, deeds asked in `why_deeds`, chances in
`prospects`, figures and years in `word_answers`), and a short first page filled from the stories
shown (`short_pages`), and the passages a topic's quotes were taken from when they are all an
answer has (`quote_passages`). The package holds some 170 modules, each named for what it holds;
these are the entry points to read first.

Every name but three (see below) is imported on first use (`__getattr__`), and the speech readers
when a question first needs them: a `qabot ask` process answers one question, and importing all of
the package with what it uses (some 300 modules, each making its dataclasses as it loads) cost more
than answering a plain question. The points where they are imported: `answer()` hands a speech
question to `speech_answering`, which imports the readers of its kind ("who said" in
`who_said_answer`, a speaker's words in `speech_answers`); `question` reads a named speaker with
`asked_speaker`; a role asked (`who_is`, a headline's "X on Y" in `verbless_speech`) is resolved by
`resolution`; a deed's doer is ranked by `who_said_answer` (`doer_words`); the live index builds
the speaker directory on first use. A plain question reaches none of them (tests/e2e/test_cli.py
checks).
"""

from typing import TYPE_CHECKING

from qabot.first_use import import_on_first_use

# imported here, not on first use: importing a module of the same name (as other modules do)
# binds the package's name to that module, and a name that is bound never reaches `__getattr__`
from qabot.search.answer import answer
from qabot.search.quote_hits import quote_hits
from qabot.search.shown_passages import shown_passages

if TYPE_CHECKING:
    from qabot.search.answer_record import Answer
    from qabot.search.asked_links import ARTICLE_PAGE
    from qabot.search.conversation import Conversation
    from qabot.search.date_phrases import read_date
    from qabot.search.duplicates import distinct_passages
    from qabot.search.emphasis import best_sentence
    from qabot.search.filter_reading import read_filters, reference_day
    from qabot.search.filters import Filters
    from qabot.search.hit_record import Hit, Ranked
    from qabot.search.outlet_names import resolve_sources
    from qabot.search.question import read_question
    from qabot.search.question_record import Question
    from qabot.search.questions import SpeechQuestion, parse_speech_question
    from qabot.search.quote_groups import QuoteEntry, QuoteGroup, QuoteHit, group_quotes
    from qabot.search.quote_ranking import Context, rank_in_context, rank_quotes
    from qabot.search.relevance import coverage, relevance_terms
    from qabot.search.resolution import resolve_speaker
    from qabot.search.resolution_record import Resolution
    from qabot.search.retrieval import MAX_OFFSET, MAX_TOP, bounded, search
    from qabot.search.shown_passages import ShownPassage
    from qabot.search.speakers_by_words import find_speakers
    from qabot.search.speech_verbs import is_speech_verb
    from qabot.search.who_said_ranking import rank_who_said
    from qabot.search.wording import omitted_note, quotes_note

__all__ = [
    "ARTICLE_PAGE",
    "MAX_OFFSET",
    "MAX_TOP",
    "Answer",
    "Context",
    "Conversation",
    "Filters",
    "Hit",
    "Question",
    "QuoteEntry",
    "QuoteGroup",
    "QuoteHit",
    "Ranked",
    "Resolution",
    "ShownPassage",
    "SpeechQuestion",
    "answer",
    "best_sentence",
    "bounded",
    "coverage",
    "distinct_passages",
    "find_speakers",
    "group_quotes",
    "is_speech_verb",
    "omitted_note",
    "parse_speech_question",
    "quote_hits",
    "quotes_note",
    "rank_in_context",
    "rank_quotes",
    "rank_who_said",
    "read_date",
    "read_filters",
    "read_question",
    "reference_day",
    "relevance_terms",
    "resolve_sources",
    "resolve_speaker",
    "search",
    "shown_passages",
]

# name -> the module that holds it, imported when the name is first asked for (see above)
_HOMES = {
    "Answer": "qabot.search.answer_record",
    "ARTICLE_PAGE": "qabot.search.asked_links",
    "Conversation": "qabot.search.conversation",
    "read_date": "qabot.search.date_phrases",
    "distinct_passages": "qabot.search.duplicates",
    "best_sentence": "qabot.search.emphasis",
    "read_filters": "qabot.search.filter_reading",
    "reference_day": "qabot.search.filter_reading",
    "Filters": "qabot.search.filters",
    "Hit": "qabot.search.hit_record",
    "Ranked": "qabot.search.hit_record",
    "resolve_sources": "qabot.search.outlet_names",
    "read_question": "qabot.search.question",
    "Question": "qabot.search.question_record",
    "SpeechQuestion": "qabot.search.questions",
    "parse_speech_question": "qabot.search.questions",
    "QuoteEntry": "qabot.search.quote_groups",
    "QuoteGroup": "qabot.search.quote_groups",
    "QuoteHit": "qabot.search.quote_groups",
    "group_quotes": "qabot.search.quote_groups",
    "Context": "qabot.search.quote_ranking",
    "rank_in_context": "qabot.search.quote_ranking",
    "rank_quotes": "qabot.search.quote_ranking",
    "coverage": "qabot.search.relevance",
    "relevance_terms": "qabot.search.relevance",
    "resolve_speaker": "qabot.search.resolution",
    "Resolution": "qabot.search.resolution_record",
    "MAX_OFFSET": "qabot.search.retrieval",
    "MAX_TOP": "qabot.search.retrieval",
    "bounded": "qabot.search.retrieval",
    "search": "qabot.search.retrieval",
    "ShownPassage": "qabot.search.shown_passages",
    "find_speakers": "qabot.search.speakers_by_words",
    "is_speech_verb": "qabot.search.speech_verbs",
    "rank_who_said": "qabot.search.who_said_ranking",
    "omitted_note": "qabot.search.wording",
    "quotes_note": "qabot.search.wording",
}


__getattr__ = import_on_first_use(__name__, _HOMES)
