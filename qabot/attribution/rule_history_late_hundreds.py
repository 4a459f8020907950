"""Rule history: what attribution rule versions 170 to 199 changed (9 to 99 are
`qabot.attribution.rule_history`, 100 to 169 `qabot.attribution.rule_history_hundreds`, the
later ones and the running version `qabot.attribution.rule_versions`). Kept for the record: no
code here.
"""

# 170: "according to" names no document by a capitalised word ("Jupiter Research") nor by a
# noun before a body's ("blog analysis firm Technorati": the firm)
# 171: a body named before a document after "according to" keeps a "for" in its name
# ("according to Office for National Statistics data": the office, not "National Statistics")
# 172: a role of a capitalised body after an inverted cue is kept whole ('said chairman of the
# ISM's survey committee': not a bare "chairman"), the bare role when the whole names no one
# 173: "it" means first the body named as the subject of its own sentence, before it ("Sports
# car maker Acme has cut jobs, although it insists ...", "Even car maker Acme may ..."), then the
# subject of the sentence before
# 174: a participle cue ("..., saying ...") never takes a speaker after it (not "the Voting
# Rights Act" of "saying the law broke the Voting Rights Act"); its subject may follow a short
# opening phrase ("In May, a judge sided with X, saying ..."); "announced", "reported" and the
# like take a bare clause after when ("announced Sunday she will resign")
# 175: "according to people close to X" / "people in attendance": the description whole when
# its head alone ("people") names no one; a participle phrase after a plural head is no part of
# the speaker ("Residents trying to save the Old Mill say": the residents, not the Old Mill;
# "officials based in Kent"); a count after the source ("..., according to the clerks of X and
# Y, two of the largest towns") says what the source is, and the words came before
# 176: a month is a surname as a weekday is, after a first name the lexicon knows ("Theresa
# May", "Brian May"; they had no words, theirs went to others), and alone once the story named
# a person with it ("Brian May ... May said: “...”")
# 177: a dash, comma or colon and a space before the words a cue reports are no part of them
# ("As X said - any chancellor would ...": "any chancellor would ...")
# 178: "Executive" ends one body's name joined by "and" as an organisation word does ("the
# Health and Safety Executive", not "Safety Executive")
# 179: a hyphened role before a name is read by its last part ("Tory co-chairman X",
# "vice-president X": no role was recorded)
# 180: "describing it as “...”": the words are what it was called, after "as" (they began
# "it as")
# 181: joint speakers: "X and Y said", "X and his wife Y said", "both X and Y insisted", '“...,”
# said X and Y': the words are recorded under each of them (only Y had them), when X is a person
# named at the start of the clause (not "he trained in Holland and Ferguson said")
# 182: a body's name holding "of" and "and" is read whole: "the Association of Chief Police
# Officers of Scotland" (not "Police Officers of Scotland": a title word inside), "the Guild of
# Weavers and Dyers of Wales", "the Natural Hazards Research and Applications Information
# Center at ...", "the Pentagon's Project and Contract Office (PCO) in Baghdad" (the "and" read
# up to the organisation word, not the words after it), "the Trade and Industry Secretary"
# 183: a role of something before a name ("Spain's minister of sport Jaime X was quick to ...")
# makes the name its sentence's subject, as "Spain's sports minister Jaime X" did: a "he said"
# after it is his (it went to a coach quoted before)
# 184: "claimed" takes a thing as "added" does: "claimed her seventh Grand Slam title", "claims an
# audience of more than a billion", "claimed a draw" report no words; a clause of its own after
# the thing ("claimed the award while his side held off ...") and an aside between dashes
# ("claimed the 1949 Act - which extends ... - was void": words, its verb after the aside) are
# read past
# 185: joint bodies: "SBC and AT&T said", "Both the IMF and World Bank have urged", "The State
# Department and the Department of Homeland Security have said": the words are each body's, when
# both are read as bodies (not "In Holland and the FA said", not "They and ...")
# 186: a question put to someone named between "asked" and the question ("X asked the mayor
# whether ...", "asked him how ...") is the asker's, as "X asked whether ..." was; it ends before
# a colon or the main clause's verb; a quote after a question put ("X asks if you saw them.
# “I did.”") answers it and is not the asker's
# 187: "said this was illegal", "says these were hard times": a demonstrative and a finite verb
# open the words said (not "said this week"); a description tied to the story by "briefed",
# "involved" or "knowledgeable" ("people briefed on the talks said") or headed by "person" ("a
# person familiar with the meeting said") speaks, as "people close to the talks" did
# 188: how words were given, after the quote closing them ('Acme said its model “will answer
# ...” in a statement', '... “a disgrace” on Twitter', "at a press conference on Tuesday"), is
# the writer's, no part of the words recorded
# 189: "he said" after a body's spokesman spoke ("The Association ... has issued guidance. A
# spokesman said: “...” ... He said police would ...", "The Ofcom spokesman said", "The spokesman
# stressed") is the spokesman's, recorded as his words were, not the last man named before
# 190: a quote whose own cue follows it with a description we cannot read ('“...,” the world
# 200m and 400m record holder told Five Live', '“...,” the former monopoly said') is left
# without a speaker, as '“...,” she said' with "she" unsure was: it went to a speaker named
# later in its paragraph ("However, X countered: ...") or to one before
# 191: a cue set apart by commas after a word that ties its sentence to the one before ("But, he
# said, ...", "By contrast, said X, ...", "For instance, ...", "Also, ...") gives the speaker the
# main clause after it, not the tie; an inverted one after a short subject ("The answer, says X,
# is wi-fi", "This, said X, should ...") gives the whole clause it parts, the name after the cue
# speaking (not "Often" or "the answer"); a role in apposition after that name ("said X,
# consultant at Acme, because ...") and "this" or "thus" are no part or verb of the clause; a
# quote right after such a cue ('But, said X, “...”') is the named speaker's
# 192: a person's name opening a sentence before a description in apposition up to the cue
# ("Martin Scorsese, whose film The Aviator won, said", "Lady Hale, sitting with Lords Bingham and
# Steyn, said", "Dr X, of the Centre for Transport and Society ... said", "X, Hotel Association
# said") speaks, not a name or body inside the description; "went on to" and a verb that is no
# speech ("went on to win", "who went on to score a hit") is no cue
# 193: a name and cue closing a sentence after a comma (", Ms Lomax said.", as ", said Ms Lomax."
# and ", she said." were) own the whole sentence before them, a cue inside it included
# ("surveys suggest a stronger economy than official estimates, Ms Lomax said": not "estimates");
# "this", "last" or "next" before a noun opens the words said ("said this year's event
# promises", "said last year's figures were", "said this plan would"), not when ("said this week")
# 194: up to twelve words of when, where or how between a cue and "that" ("said in one of a series
# of Twitter messages that", "said in an interview with The Associated Press last week that"), as
# six were: not with a verb of speech or a participle among them, nor in a clause set before the
# main one ("When X said at a rally ahead of the primary that ..., he ...")
# 195: role words before what is no name are no role of a name: "Prime Minister X's official
# spokesman" is that spokesman, not "spokesman", "Association of Chief Police Officers" that body,
# not "Police Officers" (the quoted names written beside the quote index)
# 196: a participle cue after a film, a picture or a record that shows a named person ("The
# documentary showed Mr X, apparently talking about the EU, telling the meeting: ...", "The
# poster shows Mr X hypnotising people, saying: ...") is that person's, not the film's
# 197: "whose" opens a relative clause before a cue as "who" does ("The Game, whose real name is
# X, told a news conference: ...": the name before it speaks, the clause is no clause the cue
# ends); "his", "its", "this", "as", "-ous" words and such are no verb ending a sentence's
# subject ("Speaking on his long-term plans, Campbell signalled his intent ...": Campbell, past
# the opening phrase), nor a plural noun after a determiner ("in Cleveland his operatives");
# "sources close to her campaign" a description, as "people close to" is; a cue word ending in
# "s" after an owner is a noun ("in backing Smith's claims": no cue, the quote before it goes on
# with the speaker before); "saying:" with no name before it is the named subject's ("X
# appeared not to have enjoyed her time in the house saying: “...”")
# 198: "he" or "she" after a quote means the one person of that gender named in the sentence
# before, in its own paragraph ("The report was welcomed by X. “...,” he said", "... put to
# Wenger after the game. At first he said only: ..."), not one who spoke paragraphs before, when
# no one of this paragraph may be meant and that sentence holds no such pronoun nor opens with
# a person described ("The 31-year-old was behind X, but she ..."); a man or woman in
# apposition gives a name its gender ("Sharron Storer, the Birmingham woman who ...")
# 199: a plural description keeps the quantifier that opens it: "Some analysts say" is stored
# under "some analysts", "Other proponents of the bill said" under "other proponents of the
# bill" (it was "analysts", as if all of them had said it); a clause after a semicolon is a
# sentence of its own for "he" or "she" meaning the one person named before it ("Looking back,
# the economist X comments that “...”; he also notes that ...": X, not one who spoke before)
