"""Press words: the noun a newspaper's name ends on, by which readers call it.

"Jamaica Gleaner" is "the Gleaner", "Evening Standard" "the Standard", "Detroit Metro Times"
"the Metro Times" or "the Times": the words before such a noun are a place or a time of day
that readers drop. General English usage of newspaper names; no outlet of any archive.
"""

from __future__ import annotations

MASTHEAD_NOUNS = frozenset(
    """
    advertiser advocate argus beacon bee bulletin chronicle clarion compass courant courier
    dispatch echo enquirer examiner express gazette gleaner globe guardian herald independent
    inquirer intelligencer journal leader ledger mail mercury messenger mirror monitor observer
    oracle pilot post press record recorder register reporter republic review sentinel spectator
    standard star statesman sun telegram telegraph times tribune voice world
    """.split()
)

# how the articles write a news outlet's name, as no place's nor beat's ("Middle East
# correspondent", "US television" are not outlets): its staff after its possessive ("the BBC's
# correspondent"), what it is after it ("the Reuters news agency"), or a capitalised word of
# its own name ("BBC News", "Kestrel Radio"); general English usage
MEDIUM_STAFF = frozenset(
    "correspondent correspondents reporter reporters journalist journalists presenter editor "
    "website".split()
)
MEDIUM_PAIRS = frozenset({"news agency", "news website", "news service", "newswire"})
MEDIUM_NAME_ENDS = frozenset({"News", "Radio", "Television", "TV", "Online", "World Service"})
# the words a paper's name may open on whatever noun follows ("the Daily Planet", "the Weekly
# Standard"), typed with a capital before another capitalised word; general English usage
# ("Sunday" and "Evening" open names of a day's events too: "the Sunday Match")
MASTHEAD_OPENINGS = frozenset({"Daily", "Weekly"})
# the first words of a paper's name where a paper is already meant ("what did the Sunday
# Business report", "the Evening Standard"): the openings above and the days and times of day
# names are printed on, folded
PAPER_FIRST_WORDS = frozenset(
    {word.casefold() for word in MASTHEAD_OPENINGS} | {"sunday", "evening", "morning"}
)

# words after which "from" names what someone leaves or is put out of, never a source ("why did
# X resign from the Guardian", "his sacking from the Kestrel", "stepped down from the BBC",
# "walked away from"): what follows is what the question is about; general English usage
LEFT_FROM = frozenset(
    """
    resign resigns resigned resigning resignation quit quits quitting depart departs departed
    departing departure retire retires retired retiring retirement exit exits exited exiting
    withdraw withdraws withdrew withdrawn withdrawing withdrawal defect defects defected
    defecting defection sack sacks sacked sacking fire fires fired firing dismiss dismissed
    dismissal oust ousted ousting ouster expel expelled expulsion ban banned barred axed removed
    removal suspended suspension dropped poached lured moved switched transferred hired
    recruited down away
    """.split()
)
