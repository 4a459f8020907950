"""Abbreviated words: a question typing an everyday word short ("man utd", "which uni", "labour's
new hq") is also asked with the word written out, which the stories write ("Manchester United",
"a University of Hertfordshire team", "new headquarters").

The short form weighs much in a search (few passages write "Utd"), so the passages writing the
word out rank low or are refused for lacking it. The question asked with the word written out
is taken when the first answer refused or shows a first passage writing neither form, and the
other's first passage writes the word out. So too for initials ("the eu") where the first
answer refused for words its passages lack (`refused_for_words`): "how much compensation did
the uk get from the eu" is answered by "... from the European Union Vet Fund". A refusal for
what the passages do not tell (a figure, a deed) stands.
"""

from __future__ import annotations

from collections.abc import Callable

from qabot.indexing import Index
from qabot.search.answer_record import Answer
from qabot.search.country_names import refused_for_words
from qabot.search.initialism_forms import (
    Form,
    Reworded,
    in_other_forms,
    initialism_forms,
    typed_word,
    writes,
)
from qabot.text.lexicon import WORD_ABBREVIATIONS


def abbreviation_forms(question: str) -> list[Form]:
    """Return each short form of an everyday word `question` holds, once for each time typed
    ("hq" twice in "labour's new hq and the tory hq"), with the word written out."""
    forms: list[Form] = []
    for word in question.split():
        typed = typed_word(word)
        full = WORD_ABBREVIATIONS.get(typed.casefold())
        if full is not None:
            forms.append(Form(typed, full))
    return forms


def written_out_answer(
    index: Index, question: str, result: Answer, ask: Callable[[str], Answer]
) -> Reworded | None:
    """Return the answer to `question` asked with its short forms written out, and those forms
    (`in_words_written_out`): its everyday words typed short, and its initials where `result`
    refused for words its passages lack; None to keep `result` (also after quotes)."""
    if result.quotes:
        return None
    forms = abbreviation_forms(question)
    if not result.found and refused_for_words(result):
        forms += initialism_forms(index, question)
    taken = in_words_written_out(question, forms, result, ask) if forms else None
    return None if taken is None else Reworded(answer=taken, forms=forms)


def in_words_written_out(
    question: str, forms: list[Form], result: Answer, ask: Callable[[str], Answer]
) -> Answer | None:
    """Return the answer to `question` asked with the words of `forms` written out (`ask`
    answers a wording) when the first answer (`result`) refused or its first passage writes
    neither form, and the other's first passage (no quote) writes the word out; None to keep
    `result`. The lead says so: "... (“uni” as “university”):"."""
    first = [hit.passage.text for hit in result.passages[:1]]
    if result.found and any(writes(first, f.typed) or writes(first, f.other) for f in forms):
        return None
    return in_other_forms(question, forms, result, ask, lambda hit: hit.passage.text)
