"""Where does the verb of a "who <verb> ...?" question show for its speaker? A probe, not a
product path.

    python benchmarks/who_said_verbs_probe.py --index-dir DIR [--show]

"Who denied ...?", "who accused ...?", "who admitted ...?" name a speech act, and the ranking
gives a little to a quote whose cue is the verb asked or whose own words perform it ("I
apologise": `who_said_ranking._CUE_ASKED`, `performed_acts`). Over the development who-said
questions (the pooled development part, as `speech_eval.py --sets development`) that ask a verb
other than "say", this counts where the verb shows for the gold speaker's candidate quotes: in
their cue, the sentence attributing them, the narration right before them (`told`), their own
words in the first person, or only elsewhere in the gold article; and where the gold speaker
ranks among the people the ranking orders (`absent`: none of their quotes is a candidate;
`dropped`: a candidate, not kept as one holding no word of the question). `--show` lists the
questions answered wrong.

Thirty-eighth session (main c112e2c, 750 dev who-said questions): 353 ask a verb, 291 right
(82.4%; the 397 without one 81.4%). Of the 62 wrong, the gold speaker's quotes hold the verb in
their cue (and sentence) in 2, in the narration or as an act in none; the verb is anywhere in the
gold article in 15. The gold speaker is second in 18 of them, lower in 23, no candidate in 12 and
dropped in 7 (of the 291 right, the cue holds the verb in 57). The cue, where the verb is found
when it is found at all, is stored with every quote; but the questions' verbs mostly paraphrase
the act, not the article's word ("accused" of a quote cued "said"). Ranking signals tried on top
of the stored cue, none kept: a word model of each cue verb's quotes learned from the archive's
own cues, 614 -> 610 at its lightest weight; the verb asked in the passage search, 614 -> 614
(2 won, 2 lost); the verb in a sentence naming the speaker, 614 -> 612; a cue of another stance
verb weighed down, 614 -> 614.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import speech_eval
from question_sets import WRITTEN_THIS_SESSION, pooled

from qabot.indexing import load_index
from qabot.records import Quote
from qabot.search import who_said_answer
from qabot.search.answer import answer
from qabot.search.performed_acts import acted_verbs, performs
from qabot.search.sentence_terms import terms_of

LEFT_OUT = WRITTEN_THIS_SESSION


def places(quote: Quote, verbs: frozenset[str], told: frozenset[str]) -> set[str]:
    """Return where `verbs` show for one quote: its cue, sentence, narration, own act."""
    found = set()
    if verbs & set(terms_of(quote.cue)):
        found.add("cue")
    if verbs & set(terms_of(quote.sentence)):
        found.add("sentence")
    if verbs & told:
        found.add("narration")
    if performs(quote.text, acted_verbs(verbs)):
        found.add("act")
    return found


def gold_rank(question: dict[str, Any], seen: dict[str, Any]) -> str:
    """Return the gold speaker's place among the people ranked, or why they are not there."""
    names = speech_eval.names_of(question)
    people: list[str] = []
    for quote in seen["ranked"]:
        person = seen["person"](quote)
        if person not in people:
            people.append(person)
    for place, person in enumerate(people):
        if speech_eval.mentions(person, names):
            return str(min(place + 1, 5)) + ("+" if place >= 4 else "")
    return "dropped" if seen["gold"] else "absent"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--show", action="store_true", help="list the questions answered wrong")
    args = parser.parse_args()
    index = load_index(args.index_dir)
    original = who_said_answer.rank_who_said
    seen: dict[str, Any] = {}

    def ranked(quotes: Sequence[Quote], terms: Sequence[str], context: Any, **options: Any) -> Any:
        result = original(quotes, terms, context, **options)
        person = options.get("speaker_of") or (lambda quote: quote.speaker)
        told = options.get("told") or (lambda quote: frozenset())
        names = speech_eval.names_of(seen["question"])
        gold = [
            q
            for q in quotes
            if speech_eval.mentions(person(q), names) or speech_eval.mentions(q.speaker, names)
        ]
        verbs = frozenset(options.get("verb_stems") or ())
        seen.update(ranked=result, person=person, gold=gold, verbs=verbs)
        seen["where"] = {place for q in gold for place in places(q, verbs, told(q))}
        return result

    who_said_answer.rank_who_said = ranked
    questions = [q for q in pooled("speech", "development", LEFT_OUT) if q["type"] == "who_said"]
    table: Counter[tuple[str, str]] = Counter()
    ranks: Counter[tuple[str, str]] = Counter()
    for question in questions:
        seen.clear()
        seen["question"] = question
        right, _ = speech_eval.score(
            question, answer(index, question["question"], top=5).to_json()
        )
        if not seen.get("verbs"):
            table[("no verb", "right" if right else "wrong")] += 1
            continue
        outcome = "right" if right else "wrong"
        where = seen["where"]
        if not where:
            article = speech_eval.article_text(question) or ""
            where = {"article only"} if seen["verbs"] & set(terms_of(article)) else {"nowhere"}
        for place in where:
            table[(f"verb in {place}", outcome)] += 1
        table[("verb asked", outcome)] += 1
        ranks[(gold_rank(question, seen), outcome)] += 1
        if args.show and not right:
            print(
                f"{question['set']}:{question['id']} {gold_rank(question, seen)} "
                f"{sorted(where)} {question['question']}"
            )
    print(f"\n{'':24} {'right':>6} {'wrong':>6}")
    for label in sorted({label for label, _ in table}):
        print(f"{label:24} {table[(label, 'right')]:6} {table[(label, 'wrong')]:6}")
    print("\ngold speaker's place among the people ranked (verb asked)")
    for label in sorted({label for label, _ in ranks}):
        print(f"{label:24} {ranks[(label, 'right')]:6} {ranks[(label, 'wrong')]:6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
