"""Attribution: `Article` -> `Quote`s with their speakers, and who speaks across articles.

Enters: an article's clean text. Leaves: direct and reported quotes, each with its speaker, cue
and offsets (`extract_quotes`); per-article speaker summaries written at index time
(`summarize`); the names merged across articles from them (`merge_names`, stored by `qabot
index` as `MergedNames`); and the `SpeakerDirectory` that answers who a name means from them.
Quote marks, cues, speaker phrases and names are the steps inside.

`extract_quotes` (`quotes`, with the cue and speaker rules it runs) is imported on first use:
answering questions needs the directory and the names, not the extraction, and starts without it.
"""

from typing import TYPE_CHECKING, Any

from qabot.attribution.cues import SPEECH_VERBS
from qabot.attribution.directory import SpeakerDirectory, initials
from qabot.attribution.merged_names import MERGING_VERSION, MergedNames
from qabot.attribution.name_merging import merge_names, merge_parts
from qabot.attribution.name_parts import ArticleNames, article_names
from qabot.attribution.owner_ties import may_name, named, ties
from qabot.attribution.role_descriptions import roles_near
from qabot.attribution.rule_versions import ATTRIBUTION_VERSION as QUOTE_RULES_VERSION
from qabot.attribution.speaker_match import Match
from qabot.attribution.speaker_words import is_description, is_group, person_name
from qabot.attribution.summaries import (
    SUMMARY_VERSION,
    SpeakerSummary,
    Summary,
    summarize,
)

if TYPE_CHECKING:
    from qabot.attribution.quotes import extract_quotes

# what an index's stored quotes and summaries were made by: the quote rules and what a summary
# records (an index built under another version is read again in full)
ATTRIBUTION_VERSION = f"{QUOTE_RULES_VERSION}.{SUMMARY_VERSION}"

__all__ = [
    "ATTRIBUTION_VERSION",
    "MERGING_VERSION",
    "SPEECH_VERBS",
    "ArticleNames",
    "Match",
    "MergedNames",
    "SpeakerDirectory",
    "SpeakerSummary",
    "Summary",
    "article_names",
    "extract_quotes",
    "initials",
    "is_description",
    "is_group",
    "may_name",
    "merge_names",
    "merge_parts",
    "named",
    "person_name",
    "roles_near",
    "summarize",
    "ties",
]


def __getattr__(name: str) -> Any:
    if name == "extract_quotes":
        from qabot.attribution.quotes import extract_quotes

        return extract_quotes
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
