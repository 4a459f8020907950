"""Rule history: what attribution rule versions 9 to 99 changed (the later ones and the
running version are `qabot.attribution.rule_versions`). Kept for the record: no code here.
"""

# 9: "President X of Place said", "envoy to Place said"; 10: more cue verbs, colon introductions;
# 11: what "X points out" reports follows it, and the quote before it is not X's;
# 12: "the author, US playwright X, says", a quote later in a cue's sentence; 13: "she
# replied" to "a reporter asked X", "In X's case, she ..."; 14: "(Broward County says"
# 15: "the minister for Wales said" is the minister's, "Ambassador to the UN Ana Ruiz said" hers
# 16: an aside between double hyphens ("X, the chief of Acme -- which owns Y -- told")
# 17: "Peter T. King", "Secretary-Treasurer X", a closing mark typed as an opening one, more
# cue verbs and participles, "X on Thursday ratcheted up", "X went after"
# 18: a role beside a name gives the name ("said EEF chief economist, Steve Radley", "X,
# Lloyd's chief executive said"), "Microsoft's chief executive" is the person named with that
# role, "the minister said" the one named with it just after; "X also/even/himself said"; a
# passive ("maintained by") is no cue
# 19: "X is telling/urging ... that", "my father said", "commented", "yells", "chanting",
# "compared ... to “...”", "Protesters marching through the streets chanted"
# 20: '“...,” she said of Trump' (the quote before, not "of Trump"); longer descriptions after
# a cue; "one of two witnesses", "this source"
# 21: a news lead's "The new health minister says" is the person the next paragraph opens with
# 22: "his calls to end", "the claims": a noun after a determiner is no cue; "the prime
# minister's spokesman" is not the person spoken of; "minister's" is no verb
# 23: "the Republican senator" is "Senator X" named further back; "the charity's director" may
# again be the person spoken of (22 held it apart); "paid" ends a subject
# 24: "Ms Mehta" makes "Mehta" a surname (so "Dina Mehta" is a name) and gives her gender
# 25: "X, managing director of Y, said"; "X, after his display, observed"; "said X
# afterwards"; a paragraph cut mid-sentence is prose; a quote opening a paragraph after X's
# reported words holding a quoted phrase; "X had a short statement. “...”"
# 26: "X, managing director of Acme said" (no closing comma) is X; "Sir Howard" is Sir Howard
# Newby; "the American said" is the person the passage is about; "Liverpool legend X" opens a
# sentence about X; a quote with no cue after narration about someone else ("X, though, is
# keen ...") is theirs
# 27: a quote opening a paragraph with no cue in its sentence goes on with the last
# paragraph's speaker, not with a cue later in the paragraph
# 28: "they" is a group or body, never one named person
# 29: "he" after someone of unknown gender means a man introduced since with a role in
# apposition ("Staunton is the choice of Steven Gaydos, executive editor of ...")
# 30: "X, speaking in Africa, said" (a participle aside between the name and its cue)
# 31: a quote after narration about someone else is theirs only if they spoke before and
# the quote does not name them ("Taylor looks certain to get the call. “...”" is the coach's)
# 32: "the American said" is a description again (read as the passage's subject it was wrong
# in 5 of 14 sports reports); "he" goes to a man introduced since only with a role noun in the
# apposition and the one of unknown gender named before him in the paragraph
# 33: reported words naming their speaker ("the prime minister says it is time for Mr X to say
# sorry") are not X's; "the Scottish Executive" is a body; after '“...,” X told Reuters in ...'
# the words after the cue are not more of the quote; an opening phrase ("In a letter to Y, X
# asked") is not what was said, the main clause after a parenthetical cue is; "states" needs
# "that", a colon or a quote; "maintained"/"declared" report a clause, not an object
# 34: "called" naming something ("a group called X", "officials, called superdelegates", "Obama
# called X" on the phone) reports no words; nor do the words after "said pleasantly into the
# phone", "said without further comment", "wrote a letter"; a wire dateline is no quote;
# "said afterwards that X": X
# 35: '“...” about the decision, said X' is X's (a phrase opening with a preposition is no
# speaker); "Neither X nor Y", "No one", "None of the officials" said nothing
# 36: "X, who is a pastor in Elizabeth, Colorado, slammed" is X's (a place closing a "who"
# clause is not the speaker)
# 37: "told the Scottish Parliament on Wednesday that ...": the words after "that", not the one
# told; a quoted phrase in a sentence about X is not X's when the sentence says "according to"
# someone else ("X will meet his rule “with a margin to spare”, according to his adviser")
# 38: a denied cue reports nothing: "has not said if", "refused to say whether", "would not
# say", "never said", "didn't say"
# 39: a quoted phrase after a named subject and a modal is not the subject's ("Prince Harry
# should see “the results of ...”, Rabbi X, founder of Y, said")
# 40: "told the BBC he would not resign", "told reporters it was", "told BBC News the ban
# was": the one told is not part of what was said
# 41: a sentence's opening word is no speaker ("Overall, asking ...", "Having said that"); a
# surname ending in s is a name ("Ricky Gervais", not "gervais"); "50 Cent"; "a spokesman for
# Mr X" is not X, and "the spokesman" is the spokesman introduced before, never the person the
# passage is about; holidays are no names
# 42: "said that was impossible": "that" opens what was said (a pronoun before a verb), not a
# conjunction to drop ("was impossible" was stored)
# 43: an institution's whole name ("Department of Trade and Industry", "Ernst & Young", "the
# Sunday Times", "the Information Commissioner's Office"; "Bank of England deputy governor X"
# is X); "X's figures" are X's; ", but Parry explained:" ends the words before it and the
# quotes after it are Parry's; "he" in a "who" clause is the one the clause is about
# 44: a news lead's owned role ("Scotland's first minister has told ...") is the person the
# next paragraph opens with; "Association of Directors of Social Services" whole; words before
# a first name in a run are no part of the name ("Families Margaret Hodge", "Singer X"); a
# quoted title between a determiner and a noun ('a “Sky High” reception') is no one's words
# 45: "X criticised the existing system. “There is no logic ...”": a verb that attributes only
# quoted words, with none in its sentence, gives a named subject the quote opening the next one
# 46: "Asked whether he would resign, he said no": the question asked is not what was said
# 47: a cue word followed by a verb reports no words ("the number of missed calls is", "a rise
# officials say will help"); a relative clause reported from inside is kept whole, with its
# relative word ("which Acme claims was sold", not "was sold")
# 48: "according to FEC filings", "according to a new poll by the Pew Research Center": the
# document's maker (or the document) is the source; "X has won, according to a tally, but ...":
# the words before the cue
# 49: "steel giant LNM, told BBC News that ...": the one told is never the speaker; "told
# reporters the yard was safe", "told the court a deal had been done": the one told (a determiner
# and a verb follow) is not part of what was said
# 50: "Adelson said on Friday he met Trump", "said last week it would pay": the clause after
# when it was said is what was said (it was stored as nothing, or only its quoted phrase)
# 51: '“...,” AP quoted prosecutor Ann Lee as saying', 'Lee was quoted (by the Times) as
# saying ...': the one quoted speaks (the quote went to the speaker before, or to the paper)
# 52: "Economists believe this provides ...", "some officials think she is at risk": a belief
# of people named or named by their role is reported (not "I think", "they believe", "people
# who think", "a think tank")
# 53: "warned the minister that ...", "assured voters that ...": the one addressed is not part
# of what was said; '"...," X warned the board': the board is whom, not more words; "assured"
# is a cue with "that"
# 54: a compound adjective before a name is no part of it ("the Oscar-nominated Owen told",
# "Houston-based Continental said", "Tunisian-born X")
# 55: a quote mark left open where the next quote opens ends its sentence there ('X said "we
# will win. Later Y spoke. "It is over," she said': the second quote is no longer X's); a quote
# whose own cue has a pronoun we cannot resolve ('“...,” she said') is not given to the speaker
# before
# 56: "X announced she would run", "the paper reported the plant had closed", "confirmed the
# pool will reopen": verbs read with "that" also report a bare clause when it opens with a
# subject pronoun or a short noun phrase and an auxiliary (not "announced his resignation", "a
# merger announced Monday would ..."); "announced a plan that would ..." reports nothing
# 57: "A book published by X, a member of Y says ...": the work's author speaks when the
# apposition after the author is left unclosed (it gave the last words of Y, "Street Chambers")
# 58: "While a report assured members that A, under questioning X acknowledged that B": words
# reported inside a sentence's opening "While/Although/Though/Whereas" clause end at its first
# comma when another cue follows (A ran on through X's cue, and X's words were lost)
# 59: "And Dion seemed to ... “...,” she told VH1": a name after a sentence's opening "And" is
# its subject, so "she" means her, not her son named in the sentence before
# 60: the time a sentence opens with is no part of its speaker ("Last week opposition MPs had
# called", "This week a judge claimed": "week a judge"); "Wendy Ide of The Times thinks" is the
# critic, not the paper; "X, spokesman for e-mail software firm Acme said" is X (a kind of body
# before the employer's name had made Acme the speaker)
# 61: a name after a cue that ends the sentence speaks, not the phrase before the comma ("For
# the BBC, the plan may change set-top boxes, said Mr X": the BBC said "Mr X"; "..., explained
# Mr X", "..., say analysts Jupiter Research"), and a clause before the last comma is no
# apposition; not after verbs with an object ("X, for the party, accused Mr Brown of ...")
# 62: "he" or "she" never means a one-word name the article writes as a place or a body ("at
# Birmingham", "users in China", "Birmingham have confirmed"): Savage's words after "Savage's
# future at Birmingham has been ..." were Birmingham's
# 63: reported words end where a clause with its own speaker and cue begins without a comma
# ("US Customs claimed A but his lawyer, X, told the BBC B and added: “...”": A ran on through
# X's words and X's quote was the agency's), and at "and added/said/insisted ...", whose words
# are the same speaker's next quote (the last cue's speaker, not the sentence's subject); not
# "and told", "and asked" ("only to be held and told he would stay")
# 64: a quote left open ends before a later sentence of its paragraph that opens with a named
# speaker's cue ('Moya: “I'm donating my prize ... lives. ... Scrichapan said he would ...'
# ran on to the paragraph's end) or "He added: “" (not "They said we would lose" inside it);
# "A number of large MCI shareholders expressed ..., saying": the shareholders, not MCI
# 65: an owned noun followed by "that" reports its owner's words ("his suggestion that the
# bridge was unsafe", "Bellamy's claim that Souness had lied", "Sony's assertion that ...";
# claim, suggestion, assertion, contention, insistence, argument, allegation), ending before
# the sentence's own verb ("Parry's insistence that all offers will be refused is ...") or a
# later cue; "the claim that ..." names no one
# 66: a cue inside reported words that opens a quote of its own gives the quote its own speaker
# ("Mr Peston's book claimed that Mr Brown told Mr Blair: “...”" was the book's words; "The News
# of the World reports that Anelka told a French magazine: “...”"); the reported words end
# before that cue's subject ("who insists he is calm, said: “...”": at the comma); not "she was
# told: “...”"
# 67: "it said" is the latest speaker or sentence subject that may be a body, not only one the
# lexicon knows as an organisation ("DrKW said ... “...,” it added" was M&S's, the group that
# spoke before; "Acme Motors said ... Tom Price said ... “...,” it said" was stored under no
# one); never a person: a known first name or gender, a role noted, "economist X" or "X, an
# economist at", nor a country
# 68: "the mayor said" is not the person the passage is about when the article gives them
# another office or occupation and not this one ("Tom Price, a local farmer"; not for "the MP",
# "the star", "the former leader", held beside others); a role's words must all agree with a
# role noted earlier ("the prime minister" is not "Aid Minister X"), and never a rank the
# description lacks ("the chancellor" is not "shadow chancellor X", "former chancellor X",
# "ex-Conservative chancellor X"); "Deputy Prime Minister X" keeps "deputy" in the role noted
# 69: the one told named at length before "that" is no part of the words ("told a meeting of
# Pacific island leaders that ...", "told members of the AFL-CIO executive council that":
# five to ten words with no subject, verb, "to" or "when", and "that" opening a clause, not a
# relative "that would"), nor when or how it was said ("said late Wednesday that", "explained
# through a spokesman that", "admitted as part of his plea that")
# 70: after "called for", "called on" and "warned against" the preposition is part of the cue,
# not of the words reported ("the TUC calls for better pensions": "better pensions"; "called
# on the council to act": "the council to act")
# 71: a word guessed a nationality by its ending alone ("Julian", "Patti", "Damian"), not one the
# lexicon knows, never standing alone in the article, may open a name whose surname stands
# alone ("Julian White ... White said"); "X is what every player wants" gives X no role; "he" or
# "she" after someone of unknown gender not named in the pronoun's paragraph is the person of
# that gender the paragraph names as a clause's subject ("Rover said ..." a paragraph before,
# then "Union leader Tom Price repeated his view. He said ...": Price)
# 72: more common first names (Hilary, Felix, Clint, Dominic, Patti, ...: a name whose surname
# never stands alone is a person, with a gender); "he" after a man who spoke, like after someone
# of unknown gender, is a man introduced since with a role in apposition, in a later sentence
# 73: a quoted title in an apposition ("X, one of the so-called “Blair Babes” elected in 1997,
# told", "X, author of “Y”, said") no longer hides the name before it; a quote its own
# sentence's cue gave a speaker is not also the next sentence's ('X said: “...” Y recalled
# the day.' gave the quote to Y as well)
# 74: a role or an adverb opening a sentence is no part of the name after it ("Singer George
# Michael", "Striker Nicolas Anelka", "Afterwards Penny", "Again Roddick"); a lone first name
# is the one person the article names with it ("Serena said" is Serena Williams); a name after
# a work's noun is its title ("In his new book, Lawless World, Philippe Sands, ..., suggests");
# central banks, treasuries, charities, clubs, seats of government and peoples are groups
# ("Federal Reserve", "Christian Aid", "Downing Street", "Israelis", "Chinese")
# 75: "said the director behind JFK, Platoon and ...": a person noun then "behind" ends the
# speaker (the works are not); "Passion of the Christ director Mel Gibson said": a person noun
# and a name end the phrase, so "of" no longer cuts it to the work's first word; "Film-maker",
# "Agent", "Wing", "Fly-half" before a known first name are no part of the name
# 76: "“...,” said the 28-year-old" is the person the passage is about when that person is the
# one named last before it (not "... Emma Watson. The 14-year-old said" after "Miller told"),
# and not in a paragraph cut before its first word
# 77: "X read(s): ..." quotes someone only when X is a name, a pronoun or a person noun ("the
# message's subject line reads", "a statement read" quote a document: nobody's own words)
# 78: "he" or "she" after a man or woman who spoke is a person introduced since with a role in
# apposition only when that person opens a clause of their own ("He praised John Smith, the
# minister, ... He said" is still the one who spoke)
# 79: "said the American", "the 55-year-old Frenchman told", "the Dutchman said": one person
# described by nationality is the person the passage is about when that person is the one named
# last before it (as "the 28-year-old", version 76), else the description itself, never a name
# "American" (not "the French", "the Americans": a people); a name after an opening phrase and
# a role is the sentence's subject ("On Sunday, Lib Dem leader Charles Kennedy repeated his call
# ... He told": Kennedy, not a man who spoke before)
# 80: a speaker read from the same words as a sentence's subject is tried first for a later "he"
# or "she" ("Screen International's US editor Mike Goodridge thinks ... “...,” he said" is
# Goodridge's, not the possessor's); reported words may open with an abbreviated title or
# initials ("Aides said Mr. Obama was ...", "said U.S. troops would ...": the full stop ends no
# clause); a plural possessive before a known person is no part of the name ("PBS' Jacoba
# Atlas"), but stays in a body's ("the Professional Footballers' Association")
# 81: a role noun after a hyphenated prefix ("co-chairman", "vice-president") is a role like
# its last part: "Party co-chairman X opened ... criticising Y's record. ..., he told" is X, the
# sentence's subject, and "Co-chairman X" opening a sentence names X, not "Co-chairman X"
# 82: a title word as a surname ("King", "Judge", "Prince") names a person after "Mr", a known
# first name or, with a role before it, any first name the article gives ("Bank of England
# governor Mervyn King said that ..." had no speaker; Oona King's words went to the man she
# stood against)
# 83: a person noun of a tie to another ("counterpart", "colleague", "rival", "predecessor",
# "successor", "team-mate", "compatriot") introduces a name as a role does, and a possessor before
# it no longer hides the name ("But Wenger's Bayern counterpart Felix Magath was in no mood ...
# He said" was "Bayern"'s)
# 84: a title's noun after a hyphenated prefix is a role noted for the name after it ("Tory
# co-chairman Liam Fox"), so "the Tory co-chairman attacked ..." later is Fox, not a description
# 85: a word of a tie to another opening a name ("Rival Sony has said", "Fellow Tory Ann Ward
# said") is no part of it
# 86: "says the Waterford man", "the Glasgow woman said": one person described by the place they
# come from is, like one described by nationality (version 79), the person the passage is about
# when that person is the one named last before it
# 87: "underlined" and "underscored" attribute words right after a quote only ("“...,”
# underlined Mr X"; not "the data underlined the problems"); a debutant, a newcomer or a rookie
# is a person noun ("The tournament debutant added:" is the person the passage is about), held
# beside another role as "champion" is; a cue whose verb has an object and reports nothing
# ("“...” Acme also confirmed the figures.") takes no quote before its sentence, and a quote
# opening a paragraph before it goes on with the last speaker (not "“...” Berg told the crowd")
# 88: a quote brought in by a passive verb of speech is its agent's ("plans - described by one
# union as a “bonfire of the quangos”", "branded “...” by MPs"), never the sentence subject's,
# and nobody's when no agent is written; "the leader of the Public and Commercial Services
# Union" is one role of one body (the name before it speaks, not "Commercial Services Union");
# a verb that takes no bare clause has an object in any word that is not when, where or how
# ("“...” The Treasury also announced plans to ...", "Boeing continues to enjoy ...")
# 89: a description by age or origin ("the American", "the Dutchman", "the 28-year-old") is the
# person the passage is about when no one else who may be them was named since: a body or a
# place named since is passed over ("... a Nottingham Forest side. “...,” the Dutchman said"),
# and so is a person the article gives another nationality ("Agassi beat Chilean Nicolas Massu.
# “...,” said the American"); "Robbie" and "Guy" are men's first names, and songwriters,
# composers and lyricists occupations ("Songwriter Guy X, who has worked with stars including
# Y, ... He said": X); "X added a third" is a goal, not words
# 90: "it" after a person's statement is the statement, its owner's words ("Mr Crosby's
# statement said: ... It added: ...": Crosby, not the newspaper named before)
# 91: "X, whose father and grandfather served as lord chancellor," gives X no role (the clause
# tells what is X's, not what X is): Douglas Hogg had been "the former chancellor"
# 92: a name ends at a possessive inside it ("Clint Eastwood's Million Dollar Baby" names Clint
# Eastwood, not a person called so); a name right after the kind of body it is, in lower case
# ("Scott's company Scott Free", "his band X"), is a body's, even opening with a first name
# 93: a person the article names, alone between a quote ending in a comma and a full stop, is
# its speaker ('“...,” Mr Bootle.': the verb left out; not the body the paragraph is about)
# 94: a quote closed as a sentence that opens a paragraph goes on with the last paragraph's
# speaker when the cue after it introduces a quote of its own after a colon ('“... Betty'.”
# X told researchers of the hostility: “...”': not X's)
# 95: a surname several people of a story share, read before any of them has spoken, is the
# one of them named before it ("Robinson said" after "captain Jason Robinson", before "coach
# Andy Robinson" is named), not whoever the story names last
# 96: the one told may be followed by several phrases of when and where ('“...” X told reporters
# in Ohio on Friday night after the rally.': no words after it, the quote before is what was
# told); a surname written with a capitalised particle ("Hicham El Guerrouj ... El Guerrouj
# said", "Julio De Vido ... De Vido said") is the surname of the longer name, though the last
# word never stands alone
# 97: a participle of speech after a dash or a linking word reports the sentence subject's
# words ("X flipped his choice - saying ...", "X responded by saying ...", "X said ..., while
# arguing ...", "X ducked, pointing to his record and saying ..."; only participles that are
# speech whatever follows: not "claiming the title"), and "and adding that" ends the words
# before it; an opening phrase ends at its comma ("For months, X has ...": "months" is no
# verb); a quote right after a copula is what someone is, not words said ('he was “the
# ultimate hack”'); a passive agent is no role of the one acted on ("X was called “...” by the
# sentencing judge. ... The judge said": not X), and "the judge" then refers back to it; the
# words before a name stop at a sentence's end ("... by the judge. The British Phonographic
# Industry": no judge); "X on Thursday evening said"; a body's person after its possessive is
# a name ("Manchester United's Alex Ferguson has praised ...": the passage is his)
# 98: a list item's first word opens a sentence (" - Britain's Paula Radcliffe has ... said the
# two-time champion": Radcliffe); an aside between dashes right after a cue is how it was said,
# not the words ("said — on Twitter, as it happens — that ..."); a clause set before the main
# one ("If X read it, Y would have been surprised, telling Z ...") is passed over for the
# subject; a subject pronoun with a contraction opens a clause ("told Breitbart News he'd
# support ...", "announced she'll run"); a few words with no verb, then a comma or colon and a
# quote, are whom or what the cue names, not words said ("told SiriusXM host Matt Boyle, “...”",
# "added a caveat: “...”"; not "said as the heckler yelled: “...”")
# 99: a parenthetical cue parts a clause whose verb has no auxiliary too ("Survival, Mr. X says,
# depends on giving readers ...", "The museum, Mr. Bush said, celebrated ...": the whole clause,
# not the words before the first comma; "Greensboro, X said, made him ..."); a linked participle
# after a subject of two people reports neither ("X and Y vied ..., each touting ... and saying")
