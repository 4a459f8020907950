"""The passages that name someone nobody quotes, for `unknown_speakers`: found by the name as
asked and the question's topic, kept only when they mention the name (or their headline does),
highlighted; the name as those passages or headlines write it; and whether a passage tells what
they said in words other than a quote (a verb of saying after their name whose clause has no
other subject: "X will star in it, it has been reported" tells nothing X said).

`unknown_speakers` decides what to say of someone never quoted; this module finds and reads
the passages it says it over.
"""

from __future__ import annotations

from dataclasses import replace

from qabot.indexing import Index
from qabot.records import Passage
from qabot.search.answer_record import Answer
from qabot.search.hit_record import Hit
from qabot.search.name_mentions import mention_pattern, mentions_name, unjoined_pattern
from qabot.search.question_record import Question
from qabot.search.retrieval import search, with_highlights
from qabot.search.sentence_terms import sentences_with_terms
from qabot.search.speech_verbs import is_speech_verb
from qabot.text import TYPED_WORD, tokenize, unjoined_matches
from qabot.text.patterns import lazy

# what ends a clause within a sentence: a verb of saying after it has a subject of its own
_CLAUSE_BREAK = lazy(r"[,;:(\u2013\u2014]|\s-\s")
# an aside in brackets, closed before the verb: "X (pictured) said" is X's words, no clause
_ASIDE = lazy(r"\([^()]*\)|\[[^\[\]]*\]")
# the words of a clause that name no subject of its own: auxiliaries and words that stand for
# the name ("X, who has said", "X ... and he said")
_NO_SUBJECT = frozenset(
    "has have had been be was were is are will would could may might should also then later "
    "now not never who he she they and but since previously recently once".split()
)
MENTION_PASSAGES = 20  # someone never quoted: passages searched for those that name them


def headline_name(index: Index, name: str, page: list[Hit]) -> str:
    """Return `name` as the first page's headline writes it ("sainsbury's" -> "Sainsbury's")."""
    written = mention_pattern(name, False)
    for hit in page:
        found = written.search(index.articles.title(hit.passage.article_id) or "")
        if found is not None:
            return " ".join(found.group(0).split())
    return name


def telling_words(hit: Hit, name: str) -> bool:
    """Return whether a sentence of the hit writes `name` before a verb of saying or holding a
    view ("Maria Hutchings marching up to him, saying ...", "X declined to comment"): it tells
    what they said, in other words than a quote ("according to X" is one); not a verb whose
    clause has a subject of its own ("X's show will not return, the BBC has said")."""
    text = hit.passage.text
    for start, end, _ in sentences_with_terms(hit.passage):
        sentence = text[start:end]
        for found in unjoined_matches(unjoined_pattern(name), sentence):
            for verb in TYPED_WORD.finditer(sentence, found.end()):
                if is_speech_verb(verb.group()) and not _said_by_another(
                    sentence[found.end() : verb.start()]
                ):
                    return True
    return False


def _said_by_another(between: str) -> bool:
    """Return whether the clause that ends in a verb of saying, after the words `between` the
    name and it, has a subject of its own: "X will star in the film, it has been reported",
    "X's show will not return, the BBC has said" tell what others said, not X; "X, the new
    commissioner, said", "X, who has said" and "X (pictured) said" tell X's words. An adverb
    ("reportedly") is no subject; a name that ends like one ("Kelly") is."""
    between = _ASIDE.sub(" ", between)
    clause = _CLAUSE_BREAK.split(between)[-1] if _CLAUSE_BREAK.search(between) else ""
    return any(
        word.casefold() not in _NO_SUBJECT and not (word.islower() and word.endswith("ly"))
        for word in TYPED_WORD.findall(clause)
    )


def naming(
    index: Index,
    read: Question,
    asked: str,
    name: str,
    topic: str | None,
    top: int,
    offset: int,
    gender: str | None = None,
    *,
    headline: bool = False,
) -> tuple[list[Hit], list[Hit]]:
    """Return the passages that mention `name` (as a person of `gender`) found for the name
    as `asked` and the question's topic, and the page of them shown, highlighted; with
    `headline`, the passages of articles whose headline mentions it instead."""
    held = tokenize(name)  # a passage naming them holds the name's terms
    if held and not all(index.engine.idf(held).values()):
        return [], []  # no passage holds a word of the name: none names them, nothing searched
    words = f"{asked} {topic or ''}"

    def names_them(passage: Passage) -> bool:
        if headline:
            return mentions_name(index.articles.title(passage.article_id) or "", name, gender)
        return mentions_name(passage.text, name, gender)

    named = search(
        index,
        words,
        max(MENTION_PASSAGES, offset + 3 * top),
        filters=read.filters,
        highlight=False,
        only=names_them,
        enough=offset + top + 1,  # a page and whether another follows
        holding=() if headline else held,
        counted=False,  # the passages naming them are shown, never how many others were read
    ).hits
    return named, with_highlights(index, named[offset : offset + top], words)


def naming_every_word(found: Answer, description: str) -> Answer:
    """Return `found` with only the passages holding every word of `description` (analysed),
    and not found when none does."""
    wanted = set(tokenize(description))
    kept = [hit for hit in found.passages if wanted <= set(tokenize(hit.passage.text))]
    if len(kept) == len(found.passages):
        return found
    first = found.passages[0].rank if found.passages else 1
    kept = [replace(hit, rank=first + n) for n, hit in enumerate(kept)]
    dropped = len(found.passages) - len(kept)  # they matched a word or two: counted, not shown
    return replace(
        found,
        found=bool(kept),
        passages=kept,
        more=found.more and bool(kept),
        omitted=found.omitted + dropped,
    )


def name_as_written(name: str, page: list[Hit]) -> str:
    """Return `name` as the first passage writing it does ("maxine waters" -> "Maxine
    Waters"), a name typed in lower case; as typed otherwise."""
    if name != name.casefold():
        return name
    written = mention_pattern(name, False)  # the pattern `mentions_name` found the page by
    for hit in page:
        found = written.search(hit.passage.text)
        if found is not None:
            return " ".join(found.group(0).split())  # "Maxine\nWaters" as one line
    return name
