"""Documents: who speaks through a poll, a filing or a report that "according to" cites.

Part of quote attribution (`qabot.attribution.cue_reading`): "Turnout rose, according to FEC
filings" reports what the filings say; the body that made them (named before the document, "a
CNN tally", or after it, "a poll by the Pew Research Center") is the source, else the document
itself ("early results of exit polls"); "his campaign's filings" are left to no one. Read after
"according to", and for a poll with words after its noun that "found that" or "shows that"
something (`qabot.attribution.finding_subjects`: "a poll by the Pew Research Center found").
"""

from __future__ import annotations

from qabot.attribution.finding_subjects import FindingSubject
from qabot.attribution.names import People
from qabot.attribution.persons import Person
from qabot.attribution.speaker_reading import interpret
from qabot.text.lexicon import POSSESSIVES
from qabot.text.lexicon import is_capitalised as _capital_word

# what a body publishes and a reporter cites as its word
_DOCUMENT_NOUNS = frozenset(
    """poll polls polling survey surveys report reports results data figures filings filing
records analysis study studies estimates estimate tally count documents document paper research
census tracker numbers projections audit statistics forecast forecasts speech speeches letter
memo book""".split()
)
# who read a document or paid for it, not who wrote it: "a letter reviewed by The Post", "an
# investigation commissioned by Shell" (what it found is the investigators')
_READ_BY = frozenset(
    "reviewed seen obtained viewed read examined cited quoted commissioned".split()
)
_PAST = frozenset("wrote gave made sent".split())  # what an author did with a document
_ARTICLES = frozenset(("a", "an", "the"))


def document_source(
    people: People, words: list[str], position: int, noun: int | None = None
) -> Person | None:
    """Return who speaks through the document `words` name after "according to", or None
    when they name no document ("according to state law", "according to plan"); `noun` is
    where the document's noun is when the caller knows ("a review by the ONS found")."""
    keys = [w.rstrip(".,;:").casefold().removesuffix("'s").removesuffix("’s") for w in words]
    at = noun
    if at is None:
        at = next((i for i, key in enumerate(keys) if _document_at(words, keys, i)), None)
    if at is None:
        return None
    for index in range(at + 1, len(words) - 1):  # "a new poll by the Harvard Institute"
        if (
            keys[index] in {"by", "from"}
            # "a poll by X", "a survey conducted by X"; not "a letter reviewed by The Post"
            and keys[index - 1] not in _READ_BY
            and any(is_capitalised(w) for w in words[index + 1 :])
        ):
            publisher = interpret(people, _capitalised_run(words[index + 1 :]), position)
            if publisher is not None:
                return publisher
    author = _capitalised_run(words[at + 1 :])
    after = keys[at + 1 + len(author) : at + 2 + len(author)]
    if author and after and (after[0].endswith("ed") or after[0] in _PAST):
        # "a speech Mrs. Clinton delivered at ...", "a letter Ann Ruiz wrote": its author
        person = interpret(people, author, position)
        if person is not None:
            return person
    if keys[0] in POSSESSIVES:
        return None  # "his campaign finance documents": whose, the pronoun does not say here
    before = words[:at]
    run: list[str] = []
    for word in reversed(before):  # "a new Associated Press-GfK poll", "Kantar Media's"
        if not (is_capitalised(word) or (run and word in {"of", "for", "&"})):
            if run:
                break
            continue
        run.insert(0, word)
    if run:
        run[-1] = run[-1].removesuffix("'s").removesuffix("’s").rstrip("'’")
        return people.names.link(" ".join(run), organisation=True)
    return Person(" ".join(words[: at + 1]).rstrip(".,;:"), organisation=True)


def is_capitalised(word: str) -> bool:
    """Return True for a word of a name, slash-joined names too ("CNN/ORC", "Times/CBS": each
    part a name's word, though a long run of capitals alone reads as shouted)."""
    return all(_capital_word(part) for part in word.split("/")) if word else False


def _document_at(words: list[str], keys: list[str], index: int) -> bool:
    """Return True when the word at `index` names a document: written in lower case ("Jupiter
    Research" is a body's name) and no body's noun after it ("blog analysis firm X": the firm)."""
    return (
        keys[index] in _DOCUMENT_NOUNS
        and words[index][:1].islower()
        and keys[index + 1 : index + 2] not in (["firm"], ["company"], ["group"], ["house"])
    )


def _capitalised_run(words: list[str]) -> list[str]:
    """Return the words up to the end of the name that opens `words` ("the Pew Research
    Center for ..."), with a leading "the"."""
    run: list[str] = []
    for word in words:
        if run and not (is_capitalised(word) or word in {"of", "for", "&"}):
            break
        if not run and word.casefold() == "the":
            run.append(word)
            continue
        run.append(word.rstrip(".,;:"))
    while run and run[-1] in {"of", "for", "&"}:
        run.pop()
    return run


def finding_source(people: People, subject: FindingSubject, position: int) -> Person:
    """Return who tells what a document phrase before "found that" or "shows that" tells: its
    maker ("a poll by Gallup", "figures from the Bank"), a body named before the noun ("a
    Quinnipiac University poll"), else the document ("the poll of 2,000 riders": "the poll";
    "Separate figures on ...": a capital opening the sentence names no body)."""
    words, noun = subject.words, subject.noun
    if words[0].casefold() in _ARTICLES:
        words = [words[0].casefold(), *words[1:]]  # "A poll of ..." opening a sentence
    maker = any(w.casefold() in {"by", "from"} for w in words[noun + 1 :])
    # "Separate figures on ...": a capital opening the sentence, the only one before the noun,
    # names no body ("Fraud firm Retail Decisions' survey of ..." names one)
    named = words[0] in _ARTICLES or any(is_capitalised(w) for w in words[1:noun])
    found = document_source(people, words, position, noun) if maker or named else None
    if (
        found is not None
        and found.name == words[0]
        and not any(is_capitalised(w) for w in words[1:noun])
    ):
        found = None  # "Recent figures from the bank": the capital opens the sentence
    return found or Person(" ".join(words[: noun + 1]), organisation=True)
