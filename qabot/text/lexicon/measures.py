"""Value nouns: nouns a question names when it asks for a value ("population of cameroon",
"gordon strachan salary"), by the kind of words that give it (a sum, a share, a score, a count
of people, a date). General English; `qabot.search.asked_values` reads them.
"""

from __future__ import annotations

VALUE_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        "salary salaries wage wages price cost fee fees fine worth value revenue revenues "
        "turnover profit profits earnings income".split(),
        "money",
    ),
    **dict.fromkeys("share stake percentage proportion".split(), "share"),
    **dict.fromkeys("result results score scoreline".split(), "score"),
    **dict.fromkeys("population".split(), "population"),
    **dict.fromkeys("date".split(), "date"),
    **dict.fromkeys("name".split(), "name"),
}
