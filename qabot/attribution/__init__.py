"""Attribution: `Article` -> `Quote`s with their speakers, and who speaks across articles.

Enters: an article's clean text. Leaves: direct and reported quotes, each with its speaker, cue
and offsets (`extract_quotes`); per-article speaker summaries written at index time
(`summarize`); and the `SpeakerDirectory` that merges a person's names across articles when
questions are answered. Quote marks, cues, speaker phrases and names are the steps inside.
"""

from qabot.attribution.directory import SpeakerDirectory
from qabot.attribution.quotes import ATTRIBUTION_VERSION, extract_quotes
from qabot.attribution.summaries import SpeakerSummary, Summary, roles_near, summarize

__all__ = [
    "ATTRIBUTION_VERSION",
    "SpeakerDirectory",
    "SpeakerSummary",
    "Summary",
    "extract_quotes",
    "roles_near",
    "summarize",
]
