"""Value nouns: nouns a question names when it asks for a value ("population of cameroon",
"gordon strachan salary"), by the kind of words that give it (a sum, a share, a score, a count
of people, a date, a punishment). General English; `qabot.search.asked_values` reads them.
"""

from __future__ import annotations

VALUE_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        "salary salaries wage wages price cost fee fees fine worth value revenue revenues "
        "turnover profit profits earnings income budget paid".split(),
        "money",
    ),
    **dict.fromkeys("share stake percentage proportion rate".split(), "share"),
    **dict.fromkeys("result results score scoreline".split(), "score"),
    **dict.fromkeys("population".split(), "population"),
    **dict.fromkeys(
        "punishment punishments sanction sanctions sentence sentences".split(), "punishment"
    ),
    **dict.fromkeys("date".split(), "date"),
    **dict.fromkeys("name".split(), "name"),
}
# value words that are no nouns, by the noun a lead names them with ("what is X paid": the pay)
VALUE_SHOWN: dict[str, str] = {"paid": "pay"}
# what a sum is the value of: a sentence naming a sum beside a noun of another of these ("was
# fined £15,000" for a salary asked, "its £350m cost" for a price paid a person) gives that
# value, not the one asked; verbs stem to these too ("fined", "costs", "earns"). A fee may be
# either (a transfer fee is a price, a lawyer's is pay): none of them
MONEY_SENSES: dict[str, str] = {
    **dict.fromkeys("salary salaries wage wages earnings income paid".split(), "pay"),
    **dict.fromkeys("price cost worth value".split(), "price"),
    **dict.fromkeys("fine".split(), "fine"),
    **dict.fromkeys("revenue revenues turnover profit profits".split(), "takings"),
}
# words that make a number before them a count ("sony 500 million", "ftse 100 bn"): no
# edition of the name before it (`qabot.search.asked_editions`)
MAGNITUDES = frozenset("hundred thousand million billion trillion bn m k".split())
# units that make a number before them a value ("negroponte 100 dollar laptop", "a 777 mile
# flight"): no edition of the name before it either
UNITS = frozenset(
    """dollar dollars pound pounds euro euros yen yuan rupee rupees pence penny cent cents
    percent per mile miles km kilometre kilometres metre metres meter meters feet foot inch
    inches kg kilo kilos gram grams tonne tonnes ton tons litre litres year years day days
    hour hours minute minutes mph""".split()
)
