"""Name runs: where the capitalised runs of words that may be a person's name stand in a text
(inside `qabot.attribution.names`, which reads them into the people of an article).

"Dr Tom Wright", "Jean-Pierre Garcia-Lopez", "Piet van den Berg", "O'Brien": a run opens with a
capital letter, may carry a title, and stops before a word that opens a headline's next phrase
("Clinton Goes After"). Accented letters count as letters.
"""

from __future__ import annotations

import re

from qabot.text.lexicon import NAME_PARTICLES

# letters of names, accented ones included ("Céline", "Zoë", "Łukasz")
_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOW = "a-zß-öø-ÿā-ž"
# The look-behind comes after the first letter, (?<![\w'’-].) checking the character before it:
# a pattern opening with a character class is scanned for in C; one opening with a look-behind is
# tried at every position of the text (about twice as slow over an article).
CAPITALISED = re.compile(rf"[{_UP}](?<![\w'’-].)[{_LOW}]+(?:-[{_UP}][{_LOW}]+)?(?![\w-])")
_CAPITAL = re.compile(rf"[{_UP}]")  # where a name run can start
_NAME_RUN = re.compile(
    r"(?<![\w'’])(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Dame|Prof)\.?[^\S\n]+)?"
    r"(?:Ma?c|O['’]|De|La|Le|Di)?"  # "MacLennan", "McDonald", "O'Brien", "DeSantis"
    rf"[{_UP}][{_LOW}'’]+(?:-[{_UP}]?[{_LOW}'’]+)*"  # "Jean-Pierre", "Garcia-Lopez", "Ki-moon"
    r"(?:[^\S\n]+(?!(?:On|How|In|Of|The|And|To|For|With|Is|Are|Was|Why|What|Who|At|By|From|As|"
    r"But|Or|If|When|After|Says|Said|Goes|Has|Will)\b)"
    rf"(?:[A-Z]\.|(?:Ma?c|O['’]|De|La|Le|Di)?[{_UP}][{_LOW}'’]+(?:-[{_UP}]?[{_LOW}'’]+)*"
    r"|(?:"
    + "|".join(sorted(NAME_PARTICLES, key=lambda w: (-len(w), w)))
    + r")(?=[^\S\n]+(?:[a-z]+[^\S\n]+)?[A-Z]))"  # "Piet van den Berg"
    r"){0,4}(?![\w'’])"  # "the Rt Rev Dr Tom Wright"
)


def name_runs(text: str) -> list[re.Match[str]]:
    """Return `_NAME_RUN.finditer(text)` as a list, trying the pattern only where a capital
    letter stands (every name run opens with one): twice as fast over an article."""
    runs, at = [], 0
    while (capital := _CAPITAL.search(text, at)) is not None:
        run = _NAME_RUN.match(text, capital.start())
        if run is None:
            at = capital.start() + 1
        else:
            runs.append(run)
            at = run.end()
    return runs
