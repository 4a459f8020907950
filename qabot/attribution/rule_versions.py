"""Rule versions: which attribution rules an index's stored quotes were made by.

Kept apart from the rules themselves (`qabot.attribution.quotes` and the steps it calls) so the
history of what each version changed has one home.
"""

# The version of the attribution rules: `qabot index` re-reads every article when an index was
# built under other rules, so stored quotes follow the rules of the running version.
# (versions 9 to 99: `qabot.attribution.rule_history`; 100 to 119:
# `qabot.attribution.rule_history_hundreds`)
# 120: a bare "a spokesman said" after a sentence whose subject is a named body ("The Home
# Office defended the measures. A spokesman said") is that body's; "X, CEO of Acme -- which
# ... -- said" is X
# 121: "added" before an amount reports nothing ("he added 1.28p per litre"), unless a clause
# follows; "announced it added 3,000 jobs" reports the clause; a bare "a spokesman" after a
# one-word body the article writes as one ("Acme shares", "what it calls") is its; "she said"
# after "a spokeswoman for the Commission told" is the commission's; "he" after a sentence in
# which a description of someone else speaks or acts ("prompted the prime minister to say")
# is unsure, and so is its quote ('He told MPs: “...”' is never the last speaker's); a closing
# mark whose opening one was lost opens no quote ('small businesses", An EU spokesman');
# quotes after a work's noun ("the lyrics “...”") are nobody's; "Conwy" in "Lord Roberts of
# Conwy" no mention of a person so called
# 122: "he" later in a paragraph that does not name the man it would mean is as unsure as
# after the sentence before the paragraph ("... the Swiss star is in a league of his own." then
# a paragraph of "he said" quotes: none is the last-named man's)
# 123: the gender a role noun written of women too gives ("union chairman Jan Berry") is a
# guess a later "Ms Berry" overrules, and a "she" right after the sentence in which that
# person spoke, no woman named before, is theirs
# 124: a sentence opening with its speech verb ('Said Mr Ruiz: “...”') gives the speaker
# after it the quote; "said the Gloucester fly-half" right after a sentence about one person
# is that person; "a Top of the Pops spokesman" one phrase; "Two weeks ago the group" is the
# group; a title quoted inside a quote ('the "Father of the House" and') ends no quote; a
# closing mark whose opening one was lost is no part of reported words
# 125: "said the American", "the New Zealander" after a sentence whose one speaker it fits ("And
# X said Y was ...") or after a lead naming one person, past whom an opening phrase answers
# ("Reacting to a comment by X, the American said"), never someone given another nationality;
# a named person's colon introduction ("X was more restrained in his assessment: “...”"); "he
# added" after narration naming the last speaker again is that speaker, not a man who never
# spoke; "was asked if he would say": no cue, the answer after it is the one asked; "Speaking
# after ... X, leader of Y, said": X; ranks spelled out ("Captain X") and "Baron"/"Baroness" are
# titles; "known as the “...”" names something
# 126: "said the Democrat senator", "the Ealing North MP" after a sentence about that one person
# is them though the role noted leaves the party or place out ("New York Senator X", "Labour MP
# X"): only another party, or other proper words where the noted role has its own, tell
# another person; "Guild", "Coalition", "Confederation", "Consortium", "Syndicate"
# end a body's name ("the Nurses Guild said")
# 127: a surname two people of a story share, read before either has spoken, is the one named
# before it though the lexicon does not know that one's first name ("Euan Murray ... said
# Murray", a squad list naming "Scott Murray" after)
# 128: a lone surname no one of the article bears, spelt with one slip from the surname of a
# person it names in full (a letter left out, added, changed or two swapped, first and last
# letters kept, five letters or more: "Daveport" for Lindsay Davenport, "Mr Barot" for Jacques
# Barrot), is that person; never a body's word ("Unison" is no "Workers' Union")
# 129: a bulleted line that opens with a speaker, a colon or none, and a quote ("- Bolton boss
# Sam Allardyce: “...”", as lists of managers' comments are written) gives that speaker the run
# of quotes after it, up to its last closing mark (not a team sheet after it)
# 130: a speaker phrase too long for one noun phrase that ends in a lower-case role noun and a
# name ('“...,” the central bank's vice president X Y said', "at the show in Las Vegas
# Microsoft boss X said") is that role and name, unless "of", "for" or "to" comes before
# them ("A close associate of former Yukos boss X has told": the associate), the whole name
# after the role ("vice president Farhat Omar Ben X": not from the first name the lexicon
# knows, "Omar", as after "Young People and Families Margaret Hodge"); a role after an
# inverted cue with one word in apposition, a first name or a one-word name the article gives
# a person ('“...,” said his wife, Sheila.'), is that person ("said the spokesman, Friday": no)
# 131: "thanked" attributes the quoted words that follow it, as "praised" does ("X thanked fans
# “for supporting us”"); without quoted words it reports none
# 132: a player described by position ("The attacking midfielder also claims") may be a person
# quoted before by one name ("Juninho told the Daily Record"), not only one named in full or
# with a known gender; "midfielder", "striker", "defender", "winger", "goalkeeper" and
# "playmaker" are player nouns (with the rugby positions)
# 133: the present tense of speech verbs the rules knew in the past only ("reveals", "observes",
# "cautions", "boasts", "retorts", "quips", "muses"): 'Between tasks, this
# remarkably active senior citizen reveals what his next goal is: “...”'
# 134: "they" never means a speaker written in lower case that is a thing, not people or a
# body ("Jobs have continued to increase": not "jobs"), nor a group read before it; "and"
# joins one body's name after up to three capitalised words from "the" or a possessive, ending
# in an organisation word, its plural or a company's ending ("the World Travel and Tourism
# Council", "the National Oceanic and Atmospheric Administration", "China's Baoshan Iron and
# Steel Co.", "the Red Cross and Red Crescent Societies"), and a list after "of" or "for" in
# one ("the Department for Culture, Media and Sport": not "Sport"); "He added" opening the
# paragraph after "A spokesman for X said" is X's words, as in the same paragraph; a name
# opening with a known first name keeps the first name after it ("Juan Carlos Ferrero", "Iain
# Duncan Smith": not "Carlos Ferrero" as after a role word, "Architect Lena Okafor")
# 135: a clause of three words or more with a verb, before a name and its apposition, is the
# words the cue reports ("The firm will cut jobs, its spokesman, Tom Pike, said": not a
# speaker phrase from the sentence's start, which gave no words); a description before a
# "who" clause is a role of the person it means ("The Tory leader, who argues ..., said")
# 136: a name after "But" opening its sentence is the sentence's subject, as after "And" ("But
# Ruddock feels ... “...,” he said": Ruddock, not the player quoted before); a description in
# the comment after a clause is never that clause's subject ("But Trump has one thing in common
# with them, the columnist suggested": someone else), unless a quote comes between
# 137: one capitalised word right after a lower-case player's noun or "coach", "manager",
# "boss", "player" is a person's one name ("Arsenal's Brazilian midfielder Edu has hit out
# ... He told BBC Sport": Edu, not the club named last); other role nouns left out (after
# "wife", "rapper": "Sharon", "No" would be names)
# 138: "added" before a thing added, a noun phrase with no verb, reports no words ("Jones added
# the conversion", "Federer added the Dubai trophy to his long list of successes - but ...";
# not "added its bid for X, approved in May, was being considered", "added the team expects")
# 139: a sentence's one speaker who is not among the names before a description gives it no
# subject (an article where that happened stopped its reading with an error)
# 140: a name opening a clause after "but" inside its sentence, with a verb after it, is that
# clause's subject ("Hewitt said he had had a gutful but Tennis Australia's Geoff Pollard
# rejected his comments. “...,” he said": Pollard), as after a "But" opening a sentence
# 141: about 400 first names common in international news join the lexicon's
# ("Daniela", "Marat", "Philippe", "Svetlana"): their gender keeps "she said" off a man; "she
# replied" after "a reporter asked X" is X whenever the asker's gender is unknown; "Secretary of
# State Ana Ruiz" keeps a known first name after "of"
# 142: more irregular past tenses end a subject as "went" and "took" do ("shook", "drove",
# "sat", "taught", "withdrew"...): "Reeve shook hands and said ..." is Reeve's, not "Reeve shook"
# 143: a weekday after a known first name is a surname ('“...,” said England sevens coach Mike
# Friday'), and so is a weekday alone once the article names a person with it ("Mike Friday's
# England side ... “...,” said Friday"); "said Friday", "told Reuters Friday" stay a day
# 144: "and the" inside the list after an organisation word and "of" or "for" is one body's
# name ("the Economic Commission for Latin America and the Caribbean said": not "Caribbean"),
# and a body's name holding "of", "for" or "and" may run to ten words
# 145: a first name the lexicon knows after a possessor's name and a kin noun by birth is a
# person ("Edwards' sister Rachel makes an emotional TV appeal ... “...,” she said": Rachel,
# not a fan quoted before); not "their daughter Jennifer", "his wife Sharon" (an unnamed
# person's kin, who took the place of one the article names in full later)
# 146: a quote among words its sentence tells someone received is theirs who wrote them, never
# the receiver's ("When the star posted photos, she received comments including “Eat
# something” and “...”": the comments', not the star's)
# 147: a cue closing its sentence with its speaker after a comma (", said Mr Clarke.", ", he
# said.") takes the sentence whole, a cue inside it included ("It was no good Mr Blair claiming
# ..., argued Mr Howard": Howard's words, not Blair's claim; "he added" next is Howard's)
# 148: a title ("Mr", "Sir", "Dr") right after a capitalised name at the end of an opening
# adverbial with no comma opens the subject ("In a speech to the Foreign Policy Centre Mr Straw
# said": Mr Straw, not a "Foreign Policy Centre Mr Straw" read as no one)
# 149: a person noun opening a sentence before two capitalised words is a role, not part of a
# name, though the lexicon does not know the first name ("Actor Keanu Reeves, best known for
# ...": Keanu Reeves, whom a later "he said" may mean; "Star Wars Episode" stays no one's)
# 150: a name, then a comma and its role with no comma closing it before the cue, speaks
# ('“...,” Rabbi Marvin Hier, founder of Jewish human rights group the Simon Wiesenthal Center
# said', '“...,” Alois Rhiel, its minister for economic affairs added'): not the role alone
# 151: a role whose owner is a country is the one noted with its nationality, either way round
# ("said the French coach" after "France coach Bernard Laporte": Laporte)
# 152: a sentence opening with a clause of time of its own ("When ...", "After ...", "Once
# ...") and a comma has its subject after the comma, unless that is a pronoun ("When Roger
# Federer won the title, Hewitt shook his hand, saying ...": Hewitt's words, not Federer's)
# 153: a name after "on", "to" or "against" before a participle cue is the verb's object; the
# sentence's subject speaks ("And he again heaped praise on Mr Brown saying he was doing a
# great job": Blair, and the "he" of the next quotes with him)
# 154: "but" or ", and" before a description and its own cue ends the words reported before it
# ("Dallas said Deans was tackled short, but the Kiwi said he was dragged back": the Kiwi's
# words, not more of Dallas's), as a name or a pronoun there already did
# 155: a semicolon or a dash inside brackets cuts no reported words ("said it will sell 253m
# euros (£175m; $328m) of new shares": the whole, not "... 253m euros (£175m")
# 156: "about" or "over" before a number after a cue opens the words said ("Police said about
# 30 people were hurt", "said over £5m had been spent"), not what was spoken of ("said about
# the plan") nor when ("said about an hour later"); the words end before ", but he refused to",
# ", but did not say": the narration going on ("said about 20 people are keen, but he refuses
# to discuss them")
# 157: "the company", "the firm", "the group", "the organisation" (a bare description of a
# body) is the one body named as a speaker in its paragraph or the two before ("Umbro said
# ... The firm said": Umbro), a business never a public body, and no "he" after it
# 158: a body named after a body noun ("housebuilder George Wimpey", "mortgage lender X",
# "software giant X") is a body, with no gender from its first word, and a later bare "Wimpey
# said" keeps it one: "“...,” it added" is Wimpey's, not another body's named before
# 159: a description by origin after "but", in a sentence whose first clause gave one
# speaker's words, is the one other person named there ("Dallas said that Deans was tackled
# short, but the Kiwi said ...": Deans, and his "he exclaimed" after it); a semicolon after a
# cue introduces a quote as a colon does ("asks; “Who is going to ...”")
# 160: people asked by a body ("economists polled by Reuters said") speak, not the body
# 161: "added" before a quantity and its noun ("Orange added more than five million new
# customers") adds a thing, reports no words
# 162: a country whose nationality no ending makes ("Norway" of "Norwegian") is a place: "Norway
# said" is no body a later "the company" means
# 163: those countries join DEMONYMS with their nationality ("norway" / "norwegian"), so roles
# owned by them are worded both ways too ("the Norwegian minister" ~ "Norway's minister")
# 164: "he"/"she" after a body that spoke is the one person the pronoun's own paragraph names
# before it ("Opec said ...\n\nAfter comments by its head X, prices fell. He said": X); a
# contracted pronoun ("We've", "They're") is read as the pronoun, never as a name
# 165: a cue after "to" is spoken only after a verb of doing it ("X preferred to state", "X was
# quick to point out"), never after a wish ("X wants to say": no speaker "X wants to"); a
# description the article wrote as someone else in a sentence with a person ("Howard says it is the
# prime minister who ... The prime minister claims") is not that person; an acronym after a clause
# and a comma is the body speaking ("Sales rose, BMW said"), a title only after a name ("X, QC
# told"); "the company" and its kin may carry words of kind ("the Leeds-based snack firm", "the
# search giant"), "watchdog" and "charity" join them, and none is a body with a public word in its
# name ("Department of Justice"); "added 4% ... after the session had closed" adds an amount (a
# clause after "after", "when" ... is no reported clause); NATIONALITIES gain kenyan, ugandan,
# rwandan, cuban, libyan ... (is_place("Kenya"), place_adjective("Uganda"))
# 166: when no body spoke in the paragraphs a body description looks back over, the one body named
# there right after a noun of what it is ("accused ... by the media watchdog, Reporters Without
# Borders. The Paris-based pressure group said") is the one it means; an owner's word before a
# name ("Its BDO index rose") is no part of the fuller name a summary records ("Its BDO")
# 167: a body's name as a speaker: one opening with a number ("4Cast"), a long initialism the
# story spells out ("(NAAMSA)"), one ending in "'s" the story never writes without it
# ("Moody's", "Standard & Poor's"), a capitalised name of up to 12 words ("the National
# Association of ... of South Africa"); "According to X, which ...," gives X the words after the
# clause, and "According to X the trend ..." (no comma) the clause from its subject
# 168: "it" means the body named as the subject of the sentence before, in its paragraph ("The
# Acme Dam Corp could face a fine. Last week, it denied ..."), over a body that spoke earlier
# 169: a body introduced by what it is before its name is found for every noun "the company"
# or "the group" may mean ("the carrier, Acme Air", "the maker Acme"), the nouns written once
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
ATTRIBUTION_VERSION = 197
