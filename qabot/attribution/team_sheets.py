"""Team sheets: a sports report's line-up block ("Everton: Martyn, Hibbert, Yobo, Stubbs, ...
Subs: ... Referee: R Styles") after a quote is no part of the quote nor of its sentence (a step
inside `qabot.attribution.quotes`).

Some archives keep the block in the paragraph of the last quote, or in one of its own that a
quote left open runs on into; the sentence end inside the closing quote is masked, so without
this the quote's sentence runs on to the referee.
"""

from __future__ import annotations

from qabot.text.patterns import lazy

# a capitalised name of one to three words ("Martyn", "Gary Neville", "R Styles", "Man Utd");
# a full stop only after an initial, so no name runs over a sentence end
_NAME = r"[A-Z](?:[\w'’-]*|\.)(?:[ \t]+[A-Z](?:[\w'’-]*|\.)){0,2}"
# ... and a player's substitute after him ("Robert (Jenas 77)")
_PLAYER = rf"{_NAME}(?:[ \t]+\([^()\n]{{1,30}}\))?"
# a label of a team or of its substitutes and a colon, then four names or more, listed with
# commas: a line-up, never prose (prose puts a verb or a lower-case word among four names)
_SHEET = lazy(rf"(?<!\S){_NAME}:\s+{_PLAYER}(?:,\s+{_PLAYER}){{3,}}")


def sheet_start(text: str, start: int, end: int) -> int | None:
    """Return where a line-up block opens in `text[start:end]` (the offset in `text`, white
    space before it left out), or None when there is none."""
    found = _SHEET.search(text, start, end)
    if found is None:
        return None
    return len(text[: found.start()].rstrip())
