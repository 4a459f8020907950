"""A speaker directory built from short texts by the real extractor, as `qabot index` builds it
(the tests of name merging and of kin and peer names share it)."""

from __future__ import annotations

from qabot.attribution import SpeakerDirectory, extract_quotes
from qabot.records import Article, ArticleInfo


def directory_of(texts: dict[str, str]) -> SpeakerDirectory:
    """Return the directory of the quotes extracted from `texts` (article id -> text)."""
    quotes = [
        quote
        for id_, text in texts.items()
        for quote in extract_quotes(
            Article(ArticleInfo(id=id_, path=f"{id_}.txt", title=id_), text)
        )
    ]
    return SpeakerDirectory.build(quotes, texts)
