"""Rule history: what attribution rule versions 100 to 119 changed (9 to 99 are
`qabot.attribution.rule_history`, the later ones and the running version
`qabot.attribution.rule_versions`). Kept for the record: no code here.
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
