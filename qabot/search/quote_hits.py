"""Quote hits: the quotes an answer shows, with their speakers and articles, each once.

Both speech answers (`speech_answers`) choose their quotes here: ranked quotes in, up to a
limit of `QuoteHit`s out, the same words of the same speaker shown once however many copies
of a story the archive holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from qabot.indexing import Index
from qabot.records import ArticleInfo, Quote
from qabot.search.cue_dates import said_within
from qabot.search.filters import Filters
from qabot.search.quote_groups import QuoteHit, SentencesShown, folded_words, same_words
from qabot.text import terms_of

if TYPE_CHECKING:
    from qabot.attribution import SpeakerDirectory


def quote_hits(
    index: Index,
    directory: SpeakerDirectory,
    quotes: list[Quote],
    limit: int,
    filters: Filters | None = None,
    newest_first: bool = False,
    *,
    fuller: bool = False,
) -> list[QuoteHit]:
    """Return up to `limit` quotes with their articles; the same words of the same speaker
    (one story saved twice, a wire copy, reported words that hold a quote already shown) are
    shown once. Only articles the filters admit count; `newest_first` orders the chosen quotes
    by their article's date (a person's timeline). With `fuller`, words nearly the same as
    words shown (a word changed or left out: two stories quoting one remark) are shown once,
    in their fuller form, where the first came; and a remark both told by the writer and given
    in quote marks ("Stam says United 'know they made a mistake' ...", then "'United made a
    mistake in selling me,' Stam said") once, in the speaker's words, where the first came: two
    tellings of one remark are not two answers, and "what did X say" asks for X's words."""
    unknown = ArticleInfo(id="", path="", title="")
    hits: list[QuoteHit] = []
    seen: dict[str, list[str]] = {}
    places: dict[str, list[int]] = {}  # where in `hits` each of `seen` is
    sentences = SentencesShown[int]()  # each hit's sentence (shown with it): where in `hits`
    copies: dict[int, list[tuple[str, ArticleInfo]]] = {}  # left out there: sentence, story
    remarks: dict[
        str, list[tuple[int, bool, tuple[str, ...]]]
    ] = {}  # where, in quote marks, terms
    for quote in quotes:
        speaker = directory.canonical(quote)
        words = folded_words(quote.text)
        article = index.articles.get(quote.article_id, unknown)
        shown = seen.setdefault(speaker, [])
        if filters and not filters.admits(article) and not said_within(quote, filters):
            continue  # (words whose cue dates them within the dates asked count: `said_within`)
        inside = bool(quote.text) and quote.text in quote.sentence
        held = sentences.elsewhere(quote.sentence, quote.article_id) if inside else None
        if held is not None:  # inside a sentence shown with a quote of a copy of its story
            copies.setdefault(held, []).append((quote.sentence, article))
            continue  # (checked before the words' repeat, or the copy would go unnamed)
        if _repeats(words, shown):
            continue
        hit = QuoteHit(quote, speaker, article)
        if fuller:
            # one remark told twice, by the writer and in quote marks: the quote marks' words
            terms, own = tuple(terms_of(quote.text)), _own_words(quote)
            told = _told_again(terms, own, remarks.get(speaker, ()))
            if told is not None:
                if own:  # in the place of the writer's telling, ranked higher
                    hits[told] = hit
                    shown.append(words)
                    places.setdefault(speaker, []).append(told)
                    remarks[speaker] = [r for r in remarks[speaker] if r[0] != told]
                    remarks[speaker].append((told, True, terms))
                continue
            near = _nearly(words, shown)
            if near is not None:
                if len(words) > len(shown[near]):  # the fuller form takes the first's place
                    hits[places[speaker][near]] = hit
                    shown[near] = words
                continue
            remarks.setdefault(speaker, []).append((len(hits), own, terms))
        shown.append(words)
        places.setdefault(speaker, []).append(len(hits))
        sentences.add(quote.sentence, quote.article_id, len(hits))
        hits.append(hit)
        if len(hits) == limit:
            break
    for at, left_out in copies.items():  # named where that sentence is shown: `group_quotes`
        hit = hits[at]  # (a fuller form may have taken another sentence's place)
        named = [copy for sentence, copy in left_out if same_words(sentence, hit.quote.sentence)]
        if named:
            hits[at] = replace(hit, copies=tuple({copy.id: copy for copy in named}.values()))
    if newest_first:
        hits.sort(key=lambda hit: hit.article.date or "", reverse=True)  # stable: rank in a day
    return hits


def not_shown(
    quotes: Sequence[Quote],
    shown: frozenset[tuple[str, int]],
    among: Sequence[Quote],
    seen: Iterable[str] = (),
) -> list[Quote]:
    """Return `quotes` but those `shown` (article id, start), of `among`, and their words in
    another story (a copy of it), or inside a sentence `seen` (shown as the attribution of
    other words): "what else did he say?" shows none of them again."""
    before = [folded_words(q.text) for q in among if (q.article_id, q.start) in shown]
    sentences = {folded_words(sentence) for sentence in seen}
    return [
        q
        for q in quotes
        if (q.article_id, q.start) not in shown
        and not _repeats(folded_words(q.text), before)
        and not (q.text and q.text in q.sentence and folded_words(q.sentence) in sentences)
    ]


def _repeats(words: str, shown: list[str]) -> bool:
    """Return True when `words` were shown already: the same, inside a quote shown, or
    holding one shown that is at least half as long ('told the PLP: "I know ..."')."""
    padded = f" {words} "
    return any(
        padded in f" {other} " or (f" {other} " in padded and 2 * len(other) >= len(words))
        for other in shown
    )


# one remark told twice: the same run of this many analysed words in both ("Stam says Manchester
# United 'know they made a mistake' by selling him" and "'United made a mistake in selling me,'
# Stam told ..."), and this share of the shorter's words; words of the topic in another order
# ("the tram line would open in the spring", "tram fares ... after the opening ... every line")
# are two remarks on one subject
_TOLD_RUN = 3
_TOLD_SHARE = 0.6


def _own_words(quote: Quote) -> bool:
    """Return True for words in quote marks alone, not the writer's clause around a few."""
    return quote.kind == "direct" and not any(mark in quote.text for mark in '"“”')


def _told_again(
    terms: tuple[str, ...], direct: bool, remarks: Sequence[tuple[int, bool, tuple[str, ...]]]
) -> int | None:
    """Return where in the hits (of `remarks`: place, own words, analysed words) the remark
    of `terms` was shown told the other way (`direct`: in quote marks alone or not)."""
    runs = {terms[i : i + _TOLD_RUN] for i in range(len(terms) - _TOLD_RUN + 1)}
    for at, shown_direct, shown_terms in remarks:
        if shown_direct == direct or not runs:
            continue
        shared = len(set(terms) & set(shown_terms))
        if shared < _TOLD_SHARE * min(len(set(terms)), len(set(shown_terms))):
            continue
        if any(shown_terms[i : i + _TOLD_RUN] in runs for i in range(len(shown_terms))):
            return at
    return None


_NEAR = 0.8  # share of the shorter words found, in order, in the longer for the two to be one
_NEAR_WORDS = 4  # shorter words than this are alike by chance: only exact repeats count


def _nearly(words: str, shown: list[str]) -> int | None:
    """Return the index of the words in `shown` that `words` nearly repeat (or nearly hold):
    at least _NEAR of the shorter's words found in the longer in order, "Britain has the right
    attitude" in "Britain has a different attitude, the right attitude, in ...". None if none."""
    mine = words.split()
    for at, other in enumerate(shown):
        theirs = other.split()
        short, long = (mine, theirs) if len(mine) <= len(theirs) else (theirs, mine)
        if len(short) < _NEAR_WORDS:
            continue
        held = set(long)  # made once, not once a word of the shorter
        if sum(word in held for word in short) < _NEAR * len(short):
            continue  # a quick test before the costlier one
        from difflib import SequenceMatcher  # here: most answers never get this far

        blocks = SequenceMatcher(None, short, long, autojunk=False).get_matching_blocks()
        if sum(block.size for block in blocks) >= _NEAR * len(short):
            return at
    return None


PHONE = 1_200  # characters of quoted text an answer shows at once: one phone screen


def fit_phone(hits: list[QuoteHit], least: int) -> list[QuoteHit]:
    """Return the first of `hits` (best first) whose text fits one phone screen (PHONE
    characters, as shown: the sentence holding the words, or the words alone when that
    sentence was shown), and at least `least` of them: a manager quoted at length in nine
    paragraphs is read on a phone, and the rest are a "more" away."""
    used, sentences = 0, set()
    for count, hit in enumerate(hits):
        quote = hit.quote
        if quote.sentence in sentences:
            size = len(quote.text)
        else:
            sentences.add(quote.sentence)
            size = len(quote.sentence) + (0 if quote.text in quote.sentence else len(quote.text))
        if count >= least and used + size > PHONE:
            return hits[:count]
        used += size
    return hits
