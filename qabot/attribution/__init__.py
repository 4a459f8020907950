"""Attribution: `Article` -> `Quote`s with their speakers, and who speaks across articles.

Enters: an article's clean text. Leaves: direct and reported quotes, each with its speaker, cue
and offsets (`extract_quotes`); per-article speaker summaries written at index time
(`summarize`); the names merged across articles from them (`merge_names`, stored by `qabot
index` as `MergedNames`); and the `SpeakerDirectory` that answers who a name means from them.
Quote marks, cues, speaker phrases and names are the steps inside.

Every name but the versions is imported on first use (`__getattr__`): answering questions
needs the directory and the names, not the extraction (`extract_quotes`, `quotes`, with the cue
and speaker rules it runs), and a plain question not even the directory. The versions come from
modules that import nothing: every `qabot ask` checks its index's version.
"""

from typing import TYPE_CHECKING

from qabot.attribution.rule_versions import ATTRIBUTION_VERSION as QUOTE_RULES_VERSION
from qabot.attribution.summary_version import SUMMARY_VERSION
from qabot.first_use import import_on_first_use

if TYPE_CHECKING:
    from qabot.attribution.cues import SPEECH_VERBS
    from qabot.attribution.directory import SpeakerDirectory
    from qabot.attribution.merged_names import MERGING_VERSION, MergedNames
    from qabot.attribution.name_merging import merge_names, merge_parts
    from qabot.attribution.name_parts import ArticleNames, article_names
    from qabot.attribution.owner_ties import may_name, named, ties
    from qabot.attribution.quotes import extract_quotes
    from qabot.attribution.role_descriptions import roles_near
    from qabot.attribution.speaker_listing import ListedSpeaker, listed_speakers
    from qabot.attribution.speaker_match import Match
    from qabot.attribution.speaker_words import (
        initials,
        is_description,
        is_group,
        person_name,
        plural_of,
        singular,
    )
    from qabot.attribution.summaries import SpeakerSummary, Summary, summarize

# what an index's stored quotes and summaries were made by: the quote rules and what a summary
# records (an index built under another version is read again in full)
ATTRIBUTION_VERSION = f"{QUOTE_RULES_VERSION}.{SUMMARY_VERSION}"

__all__ = [
    "ATTRIBUTION_VERSION",
    "MERGING_VERSION",
    "SPEECH_VERBS",
    "ArticleNames",
    "ListedSpeaker",
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
    "listed_speakers",
    "may_name",
    "merge_names",
    "merge_parts",
    "named",
    "person_name",
    "plural_of",
    "roles_near",
    "singular",
    "summarize",
    "ties",
]


# name -> the module that holds it, imported when the name is first asked for (see above)
_HOMES = {
    "SPEECH_VERBS": "qabot.attribution.cues",
    "SpeakerDirectory": "qabot.attribution.directory",
    "MERGING_VERSION": "qabot.attribution.merged_names",
    "MergedNames": "qabot.attribution.merged_names",
    "merge_names": "qabot.attribution.name_merging",
    "merge_parts": "qabot.attribution.name_merging",
    "ArticleNames": "qabot.attribution.name_parts",
    "article_names": "qabot.attribution.name_parts",
    "may_name": "qabot.attribution.owner_ties",
    "named": "qabot.attribution.owner_ties",
    "ties": "qabot.attribution.owner_ties",
    "extract_quotes": "qabot.attribution.quotes",
    "roles_near": "qabot.attribution.role_descriptions",
    "ListedSpeaker": "qabot.attribution.speaker_listing",
    "listed_speakers": "qabot.attribution.speaker_listing",
    "Match": "qabot.attribution.speaker_match",
    "initials": "qabot.attribution.speaker_words",
    "is_description": "qabot.attribution.speaker_words",
    "is_group": "qabot.attribution.speaker_words",
    "person_name": "qabot.attribution.speaker_words",
    "plural_of": "qabot.attribution.speaker_words",
    "singular": "qabot.attribution.speaker_words",
    "SpeakerSummary": "qabot.attribution.summaries",
    "Summary": "qabot.attribution.summaries",
    "summarize": "qabot.attribution.summaries",
}


__getattr__ = import_on_first_use(__name__, _HOMES)
