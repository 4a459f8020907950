"""Irregular forms of common English verbs, for matching a question's words to a quote's in other
forms than the stemmer joins ("shootings" and "shot", "sold" and "sell"). General English; forms
that are mostly other words ("found", "ground", "rose", "wound") are left out; "saw" is in: news
writes the tool's name far less often than "the year saw", "saw no sign"."""

from __future__ import annotations

# base, then its irregular past and past participle forms (the same form once)
_TABLE = """
arise arose arisen; awake awoke awoken; be was were been; bear borne; beat beaten;
become became; begin began begun; bend bent; bet; bite bit bitten; bleed bled;
blow blew blown; break broke broken; breed bred; bring brought; build built; burn burnt;
buy bought; catch caught; choose chose chosen; cling clung; come came; cost; creep crept;
cut; deal dealt; dig dug; do did done; draw drew drawn; dream dreamt; drink drank drunk;
drive drove driven; eat ate eaten; fall fell fallen; feed fed; feel felt; fight fought;
find; flee fled; fling flung; fly flew flown; forbid forbade forbidden; forget forgot
forgotten; forgive forgave forgiven; freeze froze frozen; get got gotten; give gave given;
go went gone; grow grew grown; hang hung; have had; hear heard; hide hid hidden;
hit; hold held; hurt; keep kept; know knew known; lay laid; lead led; leap leapt;
learn learnt; leave left; lend lent; let; light lit; lose lost; make made;
mean meant; meet met; pay paid; prove proven; put; quit; read; ride rode ridden; ring rang
rung; rise risen; run ran; say said; see saw seen; seek sought; sell sold; send sent;
set; shake shook shaken; shed; shine shone; shoot shot; show shown; shrink shrank shrunk;
shut; sing sang sung; sink sank sunk; sit sat; sleep slept; slide slid; speak spoke spoken;
spend spent; spin spun; split; spread; spring sprang sprung; stand stood; steal stole stolen;
stick stuck; sting stung; stink stank stunk; strike struck stricken; strive strove striven;
swear swore sworn; sweep swept; swim swam swum; swing swung; take took taken; teach taught;
tear tore torn; tell told; think thought; throw threw thrown; tread trod trodden; undergo
underwent undergone; understand understood; undertake undertook undertaken; uphold upheld;
upset; wake woke woken; wear wore worn; weep wept; win won; withdraw withdrew
withdrawn; withhold withheld; write wrote written
"""

# irregular form -> base ("shot" -> "shoot")
IRREGULAR_FORMS: dict[str, str] = {
    form: words[0] for entry in _TABLE.split(";") if (words := entry.split()) for form in words[1:]
}

# nouns of a verb that stemming keeps apart from it, the noun first ("sale" of "sell": a
# question asking of "sales" is met by "were sold"; "loss" of "lose", "death" of "die").
# General English: the irregular action nouns of common verbs, not those a suffix makes
# (`search.word_forms` finds "invasion" of "invade" by its ending)
_NOUNS = """
sale sell; loss lose; death die; choice choose; speech speak; flight fly; growth grow;
belief believe; proof prove; gift give; song sing; theft steal;
seizure seize; defence defend; offence offend; pursuit pursue; descent descend;
response respond; failure fail; departure depart
"""

# action noun -> its verb ("sale" -> "sell")
VERB_NOUNS: dict[str, str] = {
    words[0]: words[1] for entry in _NOUNS.split(";") if len(words := entry.split()) == 2
}
