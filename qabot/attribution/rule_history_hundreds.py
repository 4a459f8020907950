"""Rule history: what attribution rule versions 100 to 169 changed (9 to 99 are
`qabot.attribution.rule_history`, 170 to 199 `qabot.attribution.rule_history_late_hundreds`, the
later ones and the running version `qabot.attribution.rule_versions`). Kept for the record: no
code here.
"""

# 100: "states" after a number, a quantifier, a region, a preposition or "the" is the plural
# noun, not a cue ("the 35 states that vote", "Rust Belt states", "EU member states")
# 101: "called" that names something ("a song called X", "one form of spyware called adware"),
# telephones someone ("called the police while ...", "called the County Sheriff's Office asking
# ...") or calls an event ("called a press conference", "calls to landlines") reports no words
# 102: "..., according to X, a research firm that ..." / "..., which ...": the words before the
# cue were said, not the description of the source after it; "According to X, a toy maker,
# sales rose": the words after the description
# 103: a two-word name the lexicon cannot tell ("Morgan Freeman", "Shami Chakrabarti") is a
# person's when it opens a sentence as its subject and the next sentence opens with "He" or
# "She", of that gender ("X, from the group Y, joined calls for ... She said: ..."); a name
# that a list goes on from ("beat Clive Owen, Jamie Foxx and Alan Alda") is no apposition
# after the name before it, so not the sentence's subject
# 104: a word read as a nationality by its ending ("Henri", "Rudi") before a surname's particle
# is a first name ("Henri de Bodinat", not "de Bodinat")
# 105: "..., according to a Treasury official." ending its sentence: the full stop is no part
# of the source (a description was read as nobody; "the F.A.A." keeps its stop); "said earlier
# on Friday during a news conference that ...": when and where, then the words after "that";
# "called" a callee of several words ending with a body or person ("the fire brigade", "her
# family doctor") telephones; "A man called the police, said a neighbour": the caller's clause
# is the words, the one after the cue speaks
# 106: "he" or "she" after a sentence opening with an unnamed man or woman ("The man in red
# shorts led staff on. In the video, he says ...") is no one named before
# 107: initials with stops are a name ("the F.B.I. said", "according to the F.A.A."); "according
# to Mr. Sanders's campaign" reads past a title's or an initial's stop; "..., according to X, the
# policy arm of Y." or "X, director of Y." gives X the words before; "Voters who backed X said":
# the voters, not X; "officials familiar with the plan", "a source close to the campaign": the
# officials, the source; "Democrats in Iowa": not Iowa; "one Democrat" is a description;
# "His agent" is written as the description "his agent"; "Stars In Their Eyes" names no one;
# '“...,” said a neighbour, Ann Pike.': Ann Pike
# 108: a share of those asked speaks ("47 percent said", "six in 10 voters say"), a description
# no pronoun refers back to; "Still, he said, X ..." and "Then, says Mr X, Y ...": the clause
# after the cue; "police said", "attorneys for the family said", "..., said one GOP source in
# the room", "..., said the coach, who ...": described speakers; a clause is never a speaker
# description ("The team lost again, said X", "He went home, said X"); "said after the
# convention he would": the clause after when and where; "Neither X nor Y": no name; "family",
# "rally": nouns, no adverbs before a cue
# 109: "There" and "Here" open no name ("There", capitalised, was a person "he" could mean); "one
# Sunday in late 2001" is when, no description; "a letter reviewed by The Post" is no word of
# the Post's
# 110: a cue in a question ("..., as X once declared?") hands X no quote that opens the next
# sentence: the quote answers the question; a quote right after a cue whose speaker we could
# not read ("Responding to the claims Tory Party co-chairman X said: “...”") is nobody's, not
# that of the paragraph's last speaker (a participle, ", adding, “...”", still goes on), nor is
# the quote after it; a quote left open before a sentence that opens with a cue and a colon
# ('"... a Muslim. He added: "The authorities ..."') ends there, and the mark opens the next
# 111: a description speaks only when its head can say something (a person, people, a body,
# what a body publishes): "a hamstring injury denied X", "your body fat percentage tells you",
# "different waters added" are no speakers; "Similarly, X, a former Y, said": X, not the adverb;
# "with help from Labor Secretary X, who said ...": X; "X, who said Y, resigned": Y only;
# '“...,” said X, who said ...': X again; "said they, too, have": the clause; "He missed a
# tackle, conceded a penalty": no one's; "in a move branded a “...” by X": X's
# 112: a surname opened by one capitalised epithet ("Matchwinner Keane was full of praise") is
# its sentence's subject, whom "said the Tottenham striker" after it may mean
# 113: a described source whose tie holds "and" speaks whole ("Experts on North Korea and nuclear
# nonproliferation said": not "nonproliferation"), written in lower case as a description
# 114: an epithet of three words or more joined by hyphens is no part of the name after it
# ("Man-of-the-match Stephen Jones", "Fifteen-year-old Donald Young")
# 115: "According to X(,) the minister said: “...”": the minister's quote, which X tells of
# (words reported with "that" stay X's); "Responding to the claims made on Sunday Tory Party
# co-chairman X said": X, though the phrase is long; "X, PTC president and campaigner said":
# X; "Donnolly, a former minister, said": a surname in -ly, no adverb; "It said" after "The
# opposition/committee/report ..." opens the sentence before: that body ("the firm": the body
# named before, as it was); "X defended the tax, which critics call a “...”": not X's words
# 116: a question reported after "asked/asks/wondered whether/if/why/how/what/when/where" is
# the asker's (not a relative clause's askers, nor a form's: "The survey asks where"); a named
# speaker's "praised/lauded/hailed/condemned/criticised/denounced X" with no quote reports X, up
# to a relative clause on it (not "Lee criticised for ...", "a goal from X condemned Y to ...")
# 117: "a new poll shows that ...", "the inquiry found that ...": a document's findings (a
# document before "show(s)/showed/found/finds that", no person: "Rooney showed that he is fit"),
# no speaker a later pronoun or quote goes on with; "Rhodri Glyn Thomas" keeps its first word
# (an ending in -i is no nationality unless a first name or another follows: "Missouri
# Republican Roy Blunt"); "Shani Rhys James ... Ms James": three words ending in s are a name
# 118: reported words run on past an aside between dashes ("said the plan - which cost 5m - had
# failed"), not when they hold a quote mark or a clause of its own follows ("- others say",
# "- he disavows"); reported words end at "but <name of up to four words> rejected/disputed/
# denied ..." (a reply with its own subject); a cleric's style ("the Reverend", "the Most Rev")
# is no part of the name
# 119: a run of quotes each left open where the next opens ('“... house. “Some ...,” said Mr
# X'), within a paragraph or across paragraphs, is the speaker's its cue names, not whoever
# spoke before; "the Most Reverend X" in apposition is X; "the Archbishop of Canterbury"
# is the archbishop (not "Canterbury"), "Lloyds of London" one body; "X, from the Y told" is
# X; "the World Summit on the Information Society" one body; a name run may hold seven words
# ("Metropolitan Police Commissioner Sir John Stevens"); "said the German" a description
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
