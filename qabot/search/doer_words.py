"""Who did it, in their words: "who sued X?", "who beat Y?" asked of a deed, not of words, is
answered by the passage that tells it (a search) and, above it, the words of the doer that
passage names, said in that story.

Readers ask of a deed the story tells beside its doer's words ("who beat the 15-year-old at the
Open?": the winner is quoted on the match), and they want a name; the passages alone leave the
reader to find it. The quotes of the stories holding the question's words are ranked as for
"who said ...?" (`who_said`), whose context weighs the narration around each quote. Their first
speaker is named only as the doer a shown passage of their story tells: a sentence of it holds
the deed (the verb asked, a form or a synonym of it, a phrasal verb of its sense, or for a
contest a word of winning: "a 6-2 win over ...") beside another word of the question, and names
that speaker before the deed with no other name before them but those the question writes
("Top seed Ana Ruiz reached ... with a win over Bell" for "who beat Bell"). A manager quoted on
a goal ("... allowed Franca to score", Franca not quoted) or a firm quoted beside the one that
won ("Everasia is reported by Reuters to have won") is no doer. Otherwise the search's answer
stands as it was.
"""

from __future__ import annotations

import re
from dataclasses import replace

from qabot.indexing import Index
from qabot.search.answer_record import Answer
from qabot.search.clauses import names_at
from qabot.search.hit_record import Hit
from qabot.search.question_record import Question
from qabot.search.quote_groups import QuoteHit
from qabot.search.sentence_terms import sentences_with_terms
from qabot.search.speech_verbs import is_speech_verb
from qabot.search.who_did import (
    asked_verb,
    phrasal_senses,
    tells_verb,
    who_did_deed,
    writes_phrasal,
)
from qabot.search.who_said_questions import SpeechQuestion
from qabot.text import tokenize
from qabot.text.lexicon import WINNING_WORDS
from qabot.text.patterns import lazy

_TOKEN = lazy(r"[^\W_][\w'’-]*")
# deeds of a contest the news tells by their result ("a 6-2 win over X"); a goal scored or a
# post held is not told by a word of winning ("Chelsea's 3-1 win" names no scorer)
_CONTESTS = frozenset(tokenize("beat knock knocked oust ousted eliminate eliminated defeat"))


def doer_words(index: Index, read: Question, result: Answer, top: int) -> Answer | None:
    """Return `result` with the words of the doer its passages name above them, for a "who
    <deed> ...?" question whose search found passages; else None."""
    deed = who_did_deed(read.words)
    verb = asked_verb(read.words)
    if deed is None or not verb or not result.found or not result.passages or result.quotes:
        return None
    if result.offset or read.resumed is not None:
        return None  # a page or follow-up goes on with the passages
    question = frozenset(tokenize(read.words))
    if not any(_deed_sentences(hit, verb, question) for hit in result.passages):
        return None  # no passage shown tells the deed: nobody's to rank (a who-said ranking)
    # a deed told: who did it is ranked as "who said ...?" ranks speakers, whose readers are
    # imported only now (a plain question seldom gets this far)
    from qabot.search.who_said_answer import who_said

    speech = SpeechQuestion(kind="who_said", speaker=None, topic=deed, followup=False)
    asked = replace(read, speech=speech, topic_terms=tuple(tokenize(deed)), topic_words=deed)
    said = who_said(index, asked, speech, top, 0)
    if not said.quotes:
        return None
    # the doer is the speaker the directory knows ("Velm Council"), not the phrase their quotes
    # are shown under ("A spokesman for Velm Council": a spokesman did not sue)
    first = said.quotes[0]
    person = said.speaker or first.speaker
    story = first.quote.article_id
    telling = [hit for hit in result.passages if hit.passage.article_id == story]
    if not any(_tells_of(hit, person, verb, question) for hit in telling):
        return None
    theirs: list[QuoteHit] = [
        hit
        for hit in said.quotes
        if hit.speaker == first.speaker and hit.quote.article_id == story
    ]
    named = person[:1].lower() + person[1:] if person.startswith(("A ", "An ")) else person
    lead = f"Told of {named} in the passage below; what {named} said in that story:"
    return replace(result, lead=lead, quotes=theirs, speaker=person)


def _tells_of(hit: Hit, person: str, verb: frozenset[str], asked: frozenset[str]) -> bool:
    """Return whether a sentence of the hit tells the deed (`verb`, beside another word of the
    `asked` terms) and names `person` before it, no other name before them but asked ones."""
    contest = bool(verb & _CONTESTS)
    for sentence in _deed_sentences(hit, verb, asked):
        at = _deed_at(sentence, verb, contest)
        if at is not None and _first_named(sentence[:at], person, asked):
            return True
    return False


def _deed_sentences(hit: Hit, verb: frozenset[str], asked: frozenset[str]) -> list[str]:
    """Return the sentences of the hit that tell the deed (`verb`, a form, synonym or phrasal
    verb of it, or for a contest a word of winning) beside another word of the `asked` terms,
    whoever they name."""
    rest = asked - verb
    contest = bool(verb & _CONTESTS)
    phrasal = [pair for term in verb for pair in phrasal_senses().get(term, ())]
    text = hit.passage.text
    found = []
    for start, end, terms in sentences_with_terms(hit.passage):
        if rest.isdisjoint(terms):
            continue
        sentence = text[start:end]
        told = tells_verb(terms, verb, verb) or (phrasal and writes_phrasal(sentence, phrasal))
        if told or (contest and WINNING_WORDS & set(terms)):
            found.append(sentence)
    return found


def _deed_at(sentence: str, verb: frozenset[str], contest: bool) -> int | None:
    """Return where `sentence` first writes the deed: the verb, a form or synonym of it, a word
    of winning for a contest, or the verb of a phrasal verb of its sense; else its end."""
    for token in _TOKEN.finditer(sentence):
        held = set(tokenize(token.group()))
        if not held:
            continue
        if tells_verb(held, verb, verb):
            return token.start()
        if contest and WINNING_WORDS & held:
            return token.start()
    return len(sentence)  # a phrasal verb: the name must come before the sentence ends


def _first_named(before: str, person: str, asked: frozenset[str]) -> bool:
    """Return whether `before` (a sentence up to its deed) writes `person`'s name, whole or its
    last word alone, and no other name before it but words the question writes."""
    words = person.split()
    if not words:
        return False
    pattern = rf"(?<![\w-])(?:{re.escape(person)}|{re.escape(words[-1])})(?![\w-])"
    found = re.search(pattern, before)
    if found is None or set(tokenize(words[-1])) <= asked:
        return False  # "who interviewed Lord Butler?" never names Butler
    if any(is_speech_verb(token.group()) for token in _TOKEN.finditer(before, found.end())):
        return False  # "producers announced the show will be hosted by ...": not theirs
    own = set(tokenize(person))
    for at, word in names_at(before):
        if at >= found.start():
            break
        if not set(tokenize(word)) <= own | asked:
            return False  # "Turkey's Everasia is reported by Reuters": not Reuters'
    return True
