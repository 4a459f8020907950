"""Selection: which of the engine's candidates an answer reads, and which it keeps.

Candidates come best first with their scores (`ScoredPassages`); each one read costs far more
than finding it (its record is read and parsed, its terms compared), so `select` reads them in
rank order only as far as the page needs: duplicates are dropped (`duplicates`), passages not
about the question are counted as weak (`relevance`), and reading stops once the page is known.
What it found is a `Selection` (`selection_record`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from qabot.engines import ScoredPassages
from qabot.indexing import Index
from qabot.records import Passage, Quote
from qabot.search.article_titles import article_title_terms
from qabot.search.candidate_limits import candidates_for
from qabot.search.duplicates import (
    PAIRWISE_MAX,
    Distinct,
    held_terms,
    repeats_shown,
    shared_terms,
    term_set,
)
from qabot.search.relevance import (
    COVERAGE_SHARE,
    CoverageBound,
    Floor,
    coverage,
    new_part,
    off_topic,
)
from qabot.search.selection_record import Selection
from qabot.search.signed_duplicates import SignedDistinct, reaches
from qabot.search.subject import Subject
from qabot.search.unread_candidates import UnreadCandidates, weak_by_terms
from qabot.text import holds, term_signature
from qabot.text.patterns import LazyPattern


def select(
    index: Index,
    candidates: ScoredPassages,
    terms: list[str],
    weights: dict[str, float],
    shown: Sequence[Quote],
    wanted: int,
    about: dict[str, float] | None = None,
    test: Callable[[Passage], bool] | None = None,
    enough: int = 0,
    page: int = 0,
    last_passing: int | None = None,
    settled: int = 0,
    passing_beyond: bool = True,
    kinds: Sequence[LazyPattern] = (),
    subject: Subject | None = None,
    flagged: Sequence[LazyPattern] = (),
    counted: bool = True,
    floor_share: float = COVERAGE_SHARE,
    may_pass: Sequence[bool] | None = None,
) -> Selection:
    """Return up to `wanted` distinct relevant passages of `candidates`, counting the weak ones
    read on the way; with `about` (a topic's term weights), only passages holding half its
    weight or more.

    Candidates are read in rank order only until `wanted` relevant ones are found, or, with
    `test`, until `enough` of them pass it, or until the scores fall below the floor's once
    `page` relevant ones are found (a shorter page reads on, as far as a page of that size
    fetches, to count the weak ones): so `omitted` counts the weak passages among those read,
    not among every candidate fetched (reading a passage costs far more than finding it).
    `last_passing` is the last candidate that may pass `test` (from what the engine stores):
    past it, reading stops once the selection can no longer change (when none passes, once
    `settled` relevant ones are found); unless `passing_beyond` is False (none past the
    candidates may pass), only when no further candidates would be fetched.
    `kinds`: `test` is whether the passage holds one of these patterns, which the kinds of
    figures stored with a candidate tell without searching its text (`qabot.text.may_hold` is
    exact once they are known), unless the passage was cut.
    With `subject`, a passage not mentioning it is weak, and the words of a name it does not
    mention count for nothing in its coverage.
    `flagged`: kinds of words whose presence in each relevant passage the caller asks
    (`Selection.flags`) beside another `test`.
    `floor_share`: of the best hit's coverage a passage must match (`relevance.Floor`).
    Unless `counted`, `omitted` is exact only as far as whether the relevant and weak ones
    read reach `wanted` (the caller shows no count): a weak candidate is then not compared
    with those before it unless that, or a later candidate, needs it (`SignedDistinct.defer`).
    `may_pass`: of each candidate, whether `test` may pass it; uncounted, one it cannot pass
    is left unread while the page's count allows (`unread_candidates`), and the relevant ones
    left so are not in `relevant` (with `wanted` the page's places plus one, the page is the
    same, `test`'s passages in the same order, but not their places).
    """
    selection = Selection()
    distinct = Distinct(frozenset(terms))
    articles = index.articles
    no_title: tuple[str, ...] = ()
    floor: Floor | None = None
    passed = 0
    count = len(candidates)
    sets: list[frozenset[str]] = [frozenset()] * count  # term sets read ahead (see below)
    shared = False
    figures = candidates.figures if kinds or flagged else None
    # stored signatures of every candidate's terms: de-duplication then compares few term sets
    # (`SignedDistinct`), and the floor asks only whether a passage holds the question's terms
    signed = candidates.signatures
    if signed is not None and not all(size for _, size in signed):
        signed = None
    signed_distinct = SignedDistinct()
    # ... and of their articles and titles: a candidate whose signatures show it too weak to
    # show, whatever it holds, is counted without being read (unless it may repeat a kept one)
    stored = candidates.titles if signed is not None else None
    titles = [titled for titled in stored or () if titled is not None]
    if len(titles) < count:
        titles = []  # not stored for every candidate: their articles are told by their ids
    bound = CoverageBound(weights) if titles and not shown else None
    needed = list(dict.fromkeys([*weights, *(about or ())]))
    # which candidates hold the subject's words, when the engine was asked (`Subject.needed`)
    unheld = candidates.holding if subject and candidates.holding is not None else None
    static = not (counted or shown or subject or flagged or settled) and bool(titles)
    unread = UnreadCandidates(may_pass if static else None, wanted - 1, candidates, about)

    for i, score in enumerate(candidates.scores):
        if floor is not None and not floor.admits(score, 1.0):
            # scores only fall from here: no further candidate can be relevant; read on only
            # to count weak ones for a page left short, and only as far as a page's candidates
            selection.below_floor = True
            if selection.count >= page or i >= candidates_for(page):
                break
        if (
            last_passing is not None
            and i > last_passing
            and (passed or selection.count >= settled)
            and (
                not passing_beyond
                or selection.below_floor
                or reaches(selection, signed_distinct, wanted - selection.count)
            )
        ):
            # no further candidate passes the test: those passing are all known, or none do
            # and the page of relevant ones is full; and more candidates would not be fetched
            selection.full = True
            break
        if unheld is not None and not unheld[i]:
            selection.omitted += 1  # lacks a word of the subject: weak, and never read
            continue
        cut: object = None  # the article of a neighbour's part kept for its own words
        if signed is not None:
            signature, size = signed[i]
            read = partial(candidates.passage, i)
            if not titles:
                passage = read()
                article: object = passage.article_id
            else:
                article, title_signature = titles[i]
                weak = (
                    bound is not None
                    and floor is not None
                    and floor.rules_out(
                        bound(signature, -1 if title_signature is None else title_signature)
                    )
                )
                if (
                    not weak
                    and floor is not None
                    and unread.takes(i, selection.count)
                    and not signed_distinct.of_article(article)
                ):
                    # it cannot pass the test: unread, unless the page's count comes to need it
                    number = signed_distinct.defer(read, article, signature, size)
                    unread.take(i, score, number, len(selection.relevant))
                    continue
                if weak or (
                    bound is not None
                    and floor is not None
                    # once weak ones come, read the next ones' terms before the rest
                    and (selection.omitted or reaches(selection, signed_distinct, 1))
                    and weak_by_terms(candidates.terms(i), weights, floor, score)
                ):
                    # weak whatever else it holds: counted, unless it repeats a kept passage;
                    # the "about" and subject tests could only omit it too
                    if not counted:
                        signed_distinct.defer(read, article, signature, size)
                    elif signed_distinct.add(read, article, signature, size):
                        selection.omitted += 1
                    continue
                passage = read()
            words = held_terms(passage, needed)  # all the floor and the topic ask of its terms
            if about and off_topic(about, words):
                selection.omitted += 1  # kept by no test: no neighbour of it is cut beside it
                continue
            if not signed_distinct.add(read, article, signature, size):
                # a neighbour of a kept passage of its article: what it adds beside it
                part = signed_distinct.beside(read(), article)
                if part is None:
                    continue
                signature, size = term_signature(term_set(part))
                if not signed_distinct.add(partial(_given, part), article, signature, size):
                    continue
                passage, words, cut = part, held_terms(part, needed), article
        else:
            passage = candidates.passage(i)
            words = sets[i] = sets[i] or term_set(passage)
            if about and off_topic(about, words):
                selection.omitted += 1
                continue
            if not distinct.add(passage, score, words):
                part = distinct.beside(passage)  # a neighbour: what it adds beside the kept one
                if part is None or not distinct.add(part, score, term_set(part)):
                    continue
                passage, words, cut = part, term_set(part), part
            if len(distinct.kept) == PAIRWISE_MAX and not shared:
                # a long read: read every term set now, so that de-duplication orders terms by
                # which candidates share them (near-linear) rather than comparing with each kept
                sets[i:] = [words, *(term_set(candidates.passage(j)) for j in range(i + 1, count))]
                distinct.share(shared_terms(sets))
                shared = True
        if cut is not None and about and off_topic(about, words):
            selection.omitted += 1  # a part of a neighbour, without the topic's words
            continue
        info = articles.get(passage.article_id)
        title = article_title_terms(passage, info.title) if info else no_title
        unmentioned: frozenset[str] = frozenset()
        if subject:
            unmentioned = subject.unmentioned(
                passage, info.title if info else "", words.union(title)
            )
            if unmentioned:
                words = words - unmentioned
                title = tuple(term for term in title if term not in unmentioned)
            # "Mr Ghosn" in an article writing "Carlos Ghosn" mentions the whole name
            words = words | subject.mentioned_terms(unmentioned, words)
            if not subject.satisfied(words | set(title), subject.opened_terms(passage)):
                selection.omitted += 1  # it names none of what the question is about
                continue
        share = None
        if floor is None:
            share = coverage(weights, words, title)
            floor = Floor(score, share, floor_share)
        part = new_part(passage, shown, weights) if shown else passage
        if part is None:
            continue  # every sentence of it is a quote shown above
        if repeats_shown(part, (kept for kept, _ in selection.relevant)):
            continue  # a copy of the story, its sentences all in passages kept above
        if share is None or part is not passage:
            part_words = words if part is passage else term_set(part) - unmentioned
            share = coverage(weights, part_words, title)
        if floor.admits(score, share):
            selection.places.append(selection.count)
            selection.relevant.append((part, score))
            # the stored kinds say what test(part) would, without scanning the text
            known = (
                holds(figures[i], kinds)
                if kinds and figures is not None and part is passage
                else None
            )
            passes = known if known is not None else test is not None and test(part)
            selection.passing.append(passes)
            if flagged:  # ... and what the flagged kinds would find in its text, when uncut
                selection.flags.append(
                    holds(figures[i], flagged)
                    if figures is not None and part is candidates.passage(i)
                    else None
                )
            passed += passes
            if unread.reached(selection.count):
                told = unread.read_back(
                    selection.places, signed_distinct, floor, weights, articles
                )
                selection.unlisted += told
            if selection.count >= wanted or (test is not None and passed >= enough):
                selection.full = True
                break
        else:
            selection.omitted += 1
            selection.below_floor = selection.below_floor or not floor.admits(score, 1.0)
            # a neighbour's part too weak to show cuts no later passage of its story: the
            # opening that shares its sentences is shown whole ("Two UK gamers are to tour ...
            # Aaron Foster and David Treacy have won", not its first sentence alone)
            if isinstance(cut, Passage):
                distinct.release(cut)
            elif cut is not None:
                signed_distinct.release(cut)
    if signed_distinct.unsettled and not selection.full:
        # the caller fetches more when the relevant and weak ones read fall short of `wanted`
        reaches(selection, signed_distinct, wanted - selection.count)
    selection.omitted += signed_distinct.deferred_kept
    return selection


def _given(passage: Passage) -> Passage:
    """Return `passage` (read: a part already cut)."""
    return passage
