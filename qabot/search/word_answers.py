"""Word answers: passages for an ordinary question's words as spelled (`spelled_answer`): a word
no article holds is corrected (the lead says so) or named as missing, "more" shows the next page;
with a year no article is dated in, only passages that mention it. Dates no article has,
answered from undated articles, are `undated_answers`'.
"""

from __future__ import annotations

import re
from dataclasses import replace

from qabot.indexing import Index
from qabot.search.answer_record import (
    MISSING_LEAD,
    NONE_GIVES,
    SCATTERED,
    Answer,
)
from qabot.search.asked_years import year_beside
from qabot.search.duplicates import held_terms
from qabot.search.held_words import about_topic, held_words
from qabot.search.partial_match import PARTIAL_LEAD, borne_out, question_weights
from qabot.search.passage_answers import passages_answer
from qabot.search.question_record import Question
from qabot.search.retrieval import MAX_TOP, search
from qabot.search.short_pages import filled, told_on
from qabot.search.spelling import Spelling, word_terms
from qabot.search.story_fill import story_filled
from qabot.search.wording import ECHO, MOST_LISTED, echo, typed_runs
from qabot.text import STOP_WORDS, counted, listed, shortened, tokenize
from qabot.text.patterns import LETTER_WORD

# the leads of passages found that answer nothing, which echo the question as searched
_TOLD_APART = (NONE_GIVES, "Nothing in the articles answers")
_JOINS = "'’‐‑-"  # what joins the parts of one word: a hyphen or an apostrophe
_QUOTES = "'’‘\"“”()[]"  # what a word taken out leaves alone when it was quoted
_ENDS = " ?!.,;:¿¡"  # what a question's words, a word taken out, may be left with at their ends


def spelled_answer(
    index: Index, read: Question, spelling: Spelling, top: int, offset: int, year: str | None
) -> Answer:
    """Answer with passages for the question's words as spelled: a word no article holds is
    corrected (the lead says so), or, when nothing is close to it, the answer says that no
    article mentions it rather than answering the other words. With `year` (one no article is
    dated in), only passages that mention it (`_year_below` when those alone answer nothing).
    A first page the relevance floor leaves short is filled from a looser one once the answer
    is settled (`short_pages`), then from the stories it shows (`story_fill`)."""
    result = _spelled_answer(index, read, spelling, top, offset, year)
    if (
        year
        and not result.found
        and SCATTERED in result.lead  # not a winner, figure or deed the checks found none of
        and not (offset or read.next_page or read.resumed)
    ):
        return _year_below(index, read, spelling, top, year) or result
    if not result.found or offset or read.next_page or read.resumed is not None:
        return result
    about = tokenize(year) if year else ()
    page = filled(index, spelling.words, result.passages, top, read.filters, about)
    page = told_on(index, spelling.words, page, top)
    # (a page of passages mentioning a year: its stories' others tell of that year too)
    page = story_filled(index, spelling.words, page, top, read.filters)
    if [hit.passage for hit in page] == [hit.passage for hit in result.passages]:
        return result
    added = len(page) - len(result.passages)
    return replace(result, passages=page, omitted=max(0, result.omitted - added))


def _year_below(
    index: Index, read: Question, spelling: Spelling, top: int, year: str
) -> Answer | None:
    """Return the page for the words without the year, kept to its passages that mention the
    year, or None when none does: the one naming the year may hold too little of the rest on
    its own ("Ms X, who won the prize in 2003" below the passage naming her in full)."""
    page = spelled_answer(index, read, spelling, top, 0, None)
    kept = about_topic(index, tokenize(year), page.passages) if page.found else []
    kept = [hit for hit in kept if year_beside(hit.passage, year, spelling.words)]
    if not kept:
        return None
    lead = page.lead.removesuffix(":") + f" (no article is dated {year}: these mention it):"
    ranked = [replace(hit, rank=rank) for rank, hit in enumerate(kept, start=1)]
    return replace(page, lead=lead, passages=ranked)


def _spelled_answer(
    index: Index, read: Question, spelling: Spelling, top: int, offset: int, year: str | None
) -> Answer:
    """`spelled_answer` before a short page is filled."""
    asked = read.text if read.resumed is None else read.words  # "more": the words it goes on with
    for wrong, right in (*spelling.corrected, *spelling.renamed):
        asked = re.sub(rf"(?<!\w){re.escape(wrong)}(?!\w)", right, asked)
    if year:
        asked = spelling.words
    result = passages_answer(
        index,
        asked,
        top,
        offset,
        filters=read.filters,
        words=spelling.words,
        about=tokenize(year) if year else (),
        subject=True,
    )
    # a page searched again for what is asked (a winner, a figure) holds no topic: keep to it
    mention = about_topic(index, tokenize(year), result.passages) if year else result.passages
    # ... in a sentence of what is asked: "took the helm in 2003" tells no share rise of 2003
    kept = (
        [hit for hit in mention if year_beside(hit.passage, year, spelling.words)]
        if year
        else mention
    )
    if year and result.found and not kept:  # none mentions the year: the dates are told of
        beside = " beside it" if mention else ""
        lead = f"No passage that best matches “{echo(spelling.words)}” mentions {year}{beside}."
        result = replace(result, found=False, passages=[], lead=lead, more=False)
    elif year and result.found:  # say why these: they mention the year no article is of
        lead = result.lead.removesuffix(":") + f" (no article is dated {year}: these mention it):"
        result = replace(result, lead=lead, passages=kept)
    missing = [
        word
        for word in spelling.missing
        if not any(
            set(tokenize(word)) <= set(tokenize(hit.article.title)) for hit in result.passages
        )
    ]  # a word only in titles is no passage's, yet it is in the archive
    if missing:
        return _missing(index, read, spelling.words, missing)
    if read.resumed is not None:
        result = replace(result, offset=offset, searched=read.words)
    if read.next_page:
        return _next_page(read, result, offset)
    if spelling.corrected and not result.found and result.lead.startswith(MISSING_LEAD):
        # "CEO of Tesla" searched as "Tessa", whose name no passage writes so: the typed word
        # is what no article mentions, not its correction
        return _missing(index, read, read.words, [wrong for wrong, _ in spelling.corrected])
    # a word typed joined that the archive writes in two parts side by side ("walmart" as
    # "wal-mart") is the same word, not a guess the passages must bear out
    guessed = [(wrong, right) for wrong, right in spelling.corrected if not _parted(right)]
    short = any(_short_form(wrong, right) for wrong, right in guessed)  # "exec": "executive"
    if (
        guessed
        and not offset
        and not result.found
        and (
            result.lead.startswith(NONE_GIVES if short else _TOLD_APART)
            or (not short and SCATTERED in result.lead)  # "(the nearest have “dido” ...)"
        )
    ):
        # "how do i train my puppy" read as "poppy", whose passages give no way to train; "que
        # dijo blair sobre irak" read as "dido" and "soared", which the best passages lack: the
        # typed word is what no article mentions, not the guess the lead would talk of
        return _missing(index, read, read.words, [wrong for wrong, _ in guessed])
    # "tsunmai" alone: no other word asked could bear the correction out, so it is the question
    alone = set(question_weights(index, spelling.words)) <= {
        term for _, right in guessed for term in word_terms(right)
    }
    if guessed and result.passages and not alone:
        # "how do i train my puppy": "poppy" is in the archive, but its passages hold no other
        # word asked; a correction the passages do not bear out is no correction
        held = {word.casefold() for word in held_words(index, spelling.words, result.passages)}
        if held <= {right.casefold() for _, right in guessed} or not borne_out(
            index, spelling.words, [right for _, right in guessed], result.passages
        ):
            return _missing(index, read, read.words, [wrong for wrong, _ in guessed])
        written_out = [
            (wrong, right) for wrong, right in guessed if _short_form(wrong, right)
        ]  # "exec" read as "executive": a short form, not a typo of a word the passages lack
        unheld = [
            wrong
            for wrong, right in written_out
            if not any(held_terms(hit.passage, word_terms(right)) for hit in result.passages)
        ]
        if unheld:  # "new sony exec": Sony's passages, none with "executive"
            return _missing(index, read, read.words, unheld)
    if (spelling.corrected or spelling.renamed) and result.found:
        notes = []
        if spelling.corrected:
            notes.append("no article has " + listed([f"“{w}”" for w, _ in spelling.corrected]))
        if spelling.renamed:
            notes.append("no article names " + listed([f"“{w}”" for w, _ in spelling.renamed]))
        lead = result.lead.removesuffix(":") + f" ({'; '.join(notes)}):"
        return replace(result, question=read.text, lead=lead)
    return result if result.question == read.text else replace(result, question=read.text)


def _short_form(typed: str, read: str) -> bool:
    """Return whether a typed word was read as the longer word it opens ("exec" as
    "executive"): a short form, which the passages must hold as written out."""
    return len(read) > len(typed) and read.casefold().startswith(typed.casefold())


def _parted(word: str) -> bool:
    """Return whether a correction is a typed word in two parts ("wal-mart", "spider man")."""
    return "-" in word or " " in word


def _next_page(read: Question, result: Answer, offset: int) -> Answer:
    """ "more": the passages after those the last search showed, under a lead that says so."""
    about = echo(read.words)
    if not result.passages:
        # "No more passages for “xyzzy”" after nothing was found read as if some had been
        lead = (
            f"No more passages for “{about}”."
            if offset
            else f"Nothing was found for “{about}”, so there is no more to show: ask in other "
            "words."
        )
        return replace(result, question=read.text, found=False, lead=lead)
    last = offset + len(result.passages)
    span = f"{offset + 1}-{last}" if last > offset + 1 else str(last)
    lead = f"More passages for “{about}” ({span}):"
    if result.lead.startswith(PARTIAL_LEAD):  # they still lack some of its words: say so
        lead = f"More passages with {result.lead.removeprefix(PARTIAL_LEAD).removesuffix(':')}"
        lead = f"{lead} ({span}):"
    return replace(result, question=read.text, lead=lead)


def _missing(index: Index, read: Question, words: str, missing: list[str]) -> Answer:
    """ "bitcoin price" where no article mentions bitcoin: say so, and what the rest finds."""
    # "Velliquette Zarkon" typed as one name is said as one, not "“Velliquette” or “Zarkon”";
    # a pasted page of words no article has is named in a line, not a page, as it was
    typed = typed_runs(words, missing)
    runs = [f"“{shortened(run, ECHO)}”" for run in typed]
    if len(runs) > MOST_LISTED:
        # the runs not named are counted by their words ("Zqff Zqgg" typed as one is two)
        more = sum(len(run.split()) for run in typed[MOST_LISTED:])
        named = f"{', '.join(runs[:MOST_LISTED])} or {counted(more, 'other word')}"
    else:
        named = listed(runs)
    lead = f"{MISSING_LEAD} {named}."
    rest = words
    for word in missing:  # with the word it is joined to: "Kim Jong-un" without "Jong": "Kim"
        rest = re.sub(
            rf"(?<!\w)(?:\w+[{_JOINS}])*{re.escape(word)}(?:[{_JOINS}]\w+)*(?!\w)",
            " ",
            rest,
        )
    # "¿CEO of Tesla?" without "Tesla": "CEO of"; "'zorblat' missile": "missile"
    rest = " ".join(part for part in rest.split() if part.strip(_QUOTES)).strip(_ENDS)
    words_left = LETTER_WORD.findall(rest)
    if tokenize(rest) and words_left and words_left[-1].casefold() not in STOP_WORDS:
        # ... not where the rest breaks off where the name stood ("how old is", "the
        # population of"): it asks nothing without it
        others = search(index, rest, MAX_TOP, filters=read.filters, highlight=False, counted=False)
        count = len(others.hits)
        if count:
            noun = "passage matches" if count == 1 else "passages match"
            lead = (
                f"{lead[:-1]}, but {count}{'+' if others.more else ''} {noun} "
                f"“{echo(rest)}”: ask without "
                f"{named if len(runs) <= MOST_LISTED else 'those words'} to see "
                f"{'it' if count == 1 else 'them'}."
            )
    return Answer(read.text, False, lead)
