"""Phrasal verbs and the single words news writes for them: a reader asks "why did X pull out",
the story says "X withdrew". General English; the verb itself counts as well ("pulled out").
So too plain verbs a reader types for a deed news tells in words of its register (`DEED_WORDS`):
"which gadget did the magazine pick" is told "has been chosen as", "who paid for the report"
"was commissioned by"."""

from __future__ import annotations

# "verb particle: words of the same sense", one a line
_TABLE = """
back out: withdraw quit
brace for: expect prepare anticipate
break up: split separate divorce
call off: cancel scrap abandon postpone axe shelve drop
close down: close shut closure
drop out: withdraw quit leave
give up: abandon quit surrender relinquish drop
go bust: collapse bankrupt bankruptcy insolvent insolvency
hand over: transfer surrender
lay off: axe sack redundant redundancy layoff cut
pull back: withdraw retreat
pull from: withdraw drop remove
pull out: withdraw withdrawal quit leave exit abandon
put off: postpone delay defer shelve suspend
send off: dismiss dismissal expel red
sell off: sell dispose divest
set up: found establish create launch form start
shut down: close closure shut
stand down: resign resignation quit retire
stay away: miss skip avoid boycott
step down: resign resignation quit retire leave
take over: acquire acquisition buy purchase takeover control replace succeed
turn down: reject rejection decline refuse refusal rebuff spurn snub
walk out: strike quit leave
"""

# "pull out" -> ("withdraw", "quit", ...)
PHRASAL_VERBS: dict[str, tuple[str, ...]] = {
    phrase.strip(): tuple(words.split())
    for line in _TABLE.strip().split("\n")
    for phrase, words in [line.split(":")]
}

# "verb: words news writes for the same deed", one a line (the forms the analyser does not join
# to their verb written out: "chose chosen")
_DEEDS = """
pick: choose chose chosen select selection name
pay: fund funding finance bankroll sponsor commission
send: order dispatch
"""

# "pick" -> ("choose", "chose", ...)
DEED_WORDS: dict[str, tuple[str, ...]] = {
    verb.strip(): tuple(words.split())
    for line in _DEEDS.strip().split("\n")
    for verb, words in [line.split(":")]
}
