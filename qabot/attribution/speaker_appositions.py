"""Speakers named in apposition: "Britain's top diplomat, Liz Truss," before a cue, the phrase
read between its commas (inside `qabot.attribution.speaker_phrases`).

Asides are passed over ("The chancellor, speaking in Africa, said"), relative clauses and the
places and lists in them skipped ("Jay Smith, whose company makes tanks, said"), and of the
segments left the name is the speaker, the others its roles; words before a name and its
apposition that are a clause the cue reports are no part of the phrase ("The firm will cut
jobs, Tom Pike, a spokesman, said").
"""

from __future__ import annotations

from qabot.attribution.apposition_shapes import (
    name_after_opening,
    names_work,
    opening_adverb,
    participle_aside,
    quoted_description,
    titled_apposition,
    titles_document,
)
from qabot.attribution.description_shapes import is_speaker_description
from qabot.attribution.noun_phrases import noun_phrase
from qabot.attribution.phrase_shapes import (
    ends_in_name,
    is_name_run,
    is_role_run,
    role_adjective,
)
from qabot.attribution.quote_marks import MASK, QUOTE_MARKS
from qabot.text.lexicon import LINKING_PREPOSITIONS, VERB_LIKE

_RELATIVES = frozenset("where which whose whom".split())
_CLAUSE_OPENERS = frozenset(
    """after before during while when as because if although though
since but and or so than until""".split()
)
_ASIDE_OPENERS = _CLAUSE_OPENERS - {"and", "or", "but", "so", "than"}
_CLAUSE_WORDS = 3  # the fewest words of a clause reported before a speaker's apposition


def apposed_speaker(chunk: str) -> tuple[int, list[str], str | None] | None:
    """Return (offset, words, role) of the speaker the comma-ended words before a cue name in
    apposition, or None (`qabot.attribution.speaker_phrases.speaker_before`)."""
    # "Britain's top diplomat, Liz Truss," / "Jens Stoltenberg, secretary-general of NATO,"
    segments: list[tuple[int, list[str]]] = []
    end = len(chunk) - 1
    while end > 0:
        comma = chunk.rfind(",", 0, end)
        segment = chunk[comma + 1 : end]
        words = segment.split()
        if (
            words
            and (words[0] in LINKING_PREPOSITIONS | _ASIDE_OPENERS or participle_aside(words))
            and not segments
            and comma >= 0
        ):
            # "Margaret Sullivan, in an attempt to ..., wrote", "Jones, after his display,
            # observed", "The chancellor, speaking in Africa, said": skip the aside
            end = comma
            continue
        if words and words[0].casefold() in _RELATIVES | {"who"} and comma >= 0:
            if words[0].casefold() not in {"who", "whose"} and any(
                is_name_run(w) for _, w in segments
            ):
                break  # "At Boca West, where it costs ..., Jay DiPietro, ...": stop here
            # "Swanson, who is a pastor in Elizabeth, Colorado, slammed": a place in the clause
            # "Jay Smith, whose company makes tanks, said": skip the clause, with the tail of
            # a list in it ("The actor, whose films include A, B and C, said")
            segments.clear()
            end = comma
            continue
        if (
            words
            and words[0] in {"of", "from"}
            and comma >= 0
            and all(len(w) <= 3 for _, w in segments)
        ):
            segments.clear()  # "Donna Rawlings, 59, of Ashton, Md., who ...": a home town
            end = comma
            continue
        if words and (
            words[0] in _CLAUSE_OPENERS
            or words[0] in LINKING_PREPOSITIONS
            or (words[0].endswith("ing") and words[0] != "including" and not role_adjective(words))
        ):
            found = noun_phrase(segment)  # "Or, as Tom Ridge, a former secretary, put it"
            if found and words[0] in _CLAUSE_OPENERS:  # but "“...” for Clinton, said Kunin"
                segments.append((comma + 1 + found[0], found[1]))
            opened = name_after_opening(segment, segments[-1][1]) if segments else None
            if opened is not None and comma < 0:  # "Speaking after ... X, leader of Y, said"
                segments.append((comma + 1 + opened[0], opened[1]))
            break  # "in Berea, OH, after winning Ohio, Gov. John Kasich said": not appositions
        titled = (
            comma >= 0
            and bool(words)
            and (titled_apposition(words, chunk[:comma]) or quoted_description(words))
        )
        if _reported_clause(segment, words, segments):
            # "The firm will cut jobs, Tom Pike, a spokesman, said": the words said, also after
            # an opening phrase ("Despite the defeats, X remains committed, his aide, Y, said")
            break
        if (
            not words
            or (len(words) > 20 and not (words[0] in {"a", "an"} and comma >= 0))
            or ((MASK in segment or any(m in segment for m in QUOTE_MARKS)) and not titled)
            or comma < 0
        ):
            found = noun_phrase(segment)
            if found:
                segments.append((comma + 1 + found[0], found[1]))
            break
        if titled:  # the title's masked letters are no role words
            words = [w for w in words if MASK not in w and w.strip('"“”') == w]
        segments.append((comma + 1 + len(segment) - len(segment.lstrip()), words))
        end = comma
    segments.reverse()
    # "VFI Chief Executive, Padraig Cribben,": a capitalised role is not the name
    named = [i for i, (_, words) in enumerate(segments) if is_name_run(words)]
    people = [i for i in named if not is_role_run(segments[i][1])]
    if len(people) > 1 and people[0] == 0 and opening_adverb(segments[0][1]):
        people = people[1:]  # "Similarly, William Bennett, a former secretary, said": Bennett
    # "In his new book, Lawless World, Philippe Sands, a QC, suggests": a name after a work
    # ("book", "film", "album") is its title, and a later name is the person's
    titles = [
        i for i in people if i and segments[i - 1][1][-1:] and names_work(segments[i - 1][1])
    ]
    documents = [
        i
        for i in people
        if i and titles_document(_segment_before(chunk, segments[i][0]), segments[i][1])
    ]
    if documents and documents == people:
        # "The book, Brown's Britain, said": the title names the book, which speaks
        return segments[documents[0] - 1][0], segments[documents[0] - 1][1], None
    people = [i for i in people if i not in titles] or people
    if not named:  # "the work's author, US playwright Eve Ensler,": the name ends a segment
        named = [i for i, (_, words) in enumerate(segments) if ends_in_name(words)][:1]
    for index, (offset, words) in enumerate(segments):
        if index == (people or named or [-1])[0]:
            roles = [" ".join(w) for i, (_, w) in enumerate(segments) if i != index]
            # the phrase starts at its first apposition ("the play's organiser, X,")
            return min(offset, segments[0][0]), words, ", ".join(roles) or None
    if not segments:
        return None
    offset, words = segments[0]
    return offset, words, ", ".join(" ".join(w) for _, w in segments[1:]) or None


def _segment_before(chunk: str, at: int) -> str:
    """Return the whole text between the commas before the apposition at `at`."""
    return chunk[:at].rstrip().removesuffix(",").rsplit(",", 1)[-1]


def _reported_clause(segment: str, words: list[str], later: list[tuple[int, list[str]]]) -> bool:
    """Return True when the words before a name and its apposition ("Tom Pike, a spokesman,"
    or "her aide, Tom Pike,") are a clause the cue reports, not more of the speaker phrase:
    three words or more with a verb ("will", "were", "cut", "returned"), no quote, no relative
    pronoun ("The time frame in which X's nominee, Y, promised": one phrase), and a name of
    two words or more after it."""
    keys = [w.casefold() for w in words]
    return (
        len(words) >= _CLAUSE_WORDS
        and any(k in VERB_LIKE or (k.endswith("ed") and len(k) > 4) for k in keys[1:])
        and _RELATIVES.isdisjoint(keys)
        and "who" not in keys
        and MASK not in segment
        and not any(m in segment for m in QUOTE_MARKS)
        and any(len(w) > 1 and is_name_run(w) for _, w in later)
        and not is_name_run(words)
        and not is_speaker_description(words)
        and not opening_adverb(words)
    )
