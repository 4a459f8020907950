"""Rule versions: which attribution rules an index's stored quotes were made by.

Kept apart from the rules themselves (`qabot.attribution.quotes` and the steps it calls) so the
history of what each version changed has one home.
"""

# The version of the attribution rules: `qabot index` re-reads every article when an index was
# built under other rules, so stored quotes follow the rules of the running version.
# (versions 9 to 99: `qabot.attribution.rule_history`; 100 to 169:
# `qabot.attribution.rule_history_hundreds`; 170 to 199:
# `qabot.attribution.rule_history_late_hundreds`; 200 to 249:
# `qabot.attribution.rule_history_two_hundreds`: an era moves out once the file nears 300 lines)
# 250: a surname whose particle is written in lower case ("Leonardo diCaprio", "deVries",
# "vanGogh") is a word of a name and stands alone as a surname ("... diCaprio said": no one)
# 251: "the home secretary said", no one so titled before it, is the one person the story
# titles with that very office later in its section ("... Home Secretary X told"), not the man
# quoted just before (offices of two words or more; not "former" nor other words: "Former
# Republican presidential candidate X" is not "the GOP candidate")
# 252: a person's noun opening a run of three words is no part of the name after it, though
# the lexicon knows no first name there, wherever the run stands when its surname stands alone
# in the text ("includes Pastor Darrell X ... X said", "LOS ANGELES - Actress Rosario X"; it was
# only at a sentence's start), and a speaker phrase "Reporter Jomana X says" is the person the
# story knows as "Jomana X"
# 253: an office and what it is of after an inverted cue is the name after them ('"...," said
# Secretary of State John X': not "Secretary"); a plural title before a surname alone is no part
# of it ("Senators Rubio and Cruz": not "Senators Rubio"; not an honorific's plural: "Kings
# Cross"); "Sri" opens a nationality only before "Lanka(n)", and two words ending in -i the
# lexicon does not know open a name ("Sri Mulyani X": not "Mulyani X")
# 254: what an office is of after its tie ("Chancellor of the Exchequer Tavin X", "Secretary of
# State for Health X", "Minister for Europe X") is no part of the name after it, in a speaker
# phrase and in a fuller name, though the lexicon knows no first name there (it stored
# "Exchequer Tavin X"), and "to" ties an office after an inverted cue as "of" does ('"...," said
# Chief Secretary to the Treasury X': not "Chief Secretary"); an office's description ("the
# prime minister said") is the person the passage is about only when the article writes that
# office with them somewhere, else its holder named elsewhere or no one named (it gave the home
# secretary's passage's next words to him) unless the story names no one else who may hold it
# in the paragraph before (not for a body's head, a description naming its body, a former
# office); a stray closing mark after an inverted cue's name ('"...," said X."') ends its phrase
# (the quote was lost); a surname whose lower-case particle is capitalised elsewhere ("Leonardo
# diCaprio ... DiCaprio faces") stands alone and is the same person (a "he" after it went to
# the last man of a list), and such a name is a person, no group, when names are merged
# 255: a plural title opens a shared title only before a first name ("Senators Mitch X and ...");
# before another word it is a place's name ("Kings Cross Station" stored "Cross Station")
# 256: the first tie of an office is sought before the one at hand in any case ("Secretary Of
# State for Health X": a lower-case "for" after a capitalised "Of" had ended the office)
# 257: a quote opening a sentence, in the first person, in a paragraph of narration about the
# last paragraph's speaker (no cue, no other quote, no other person as a subject before it) is
# that speaker's ("He then spent six weeks on crutches. “Walking again felt like progress for
# me.”"); "afterwards" between a speaker and the cue is no part of the name ("X afterwards
# said" stored "X afterwards")
# 258: what "according to X" says X is, between commas before a quote that ends the sentence
# ("According to Jo Ray, the club chairman, “...”"), is no part of the quote: the quote is the
# words inside the marks (it stored the apposition and the marks with them)
# 259: a source before a colon ("Jeb Bush: “...”") is read wherever its sentence stands in a
# paragraph, not only at the paragraph's start (the search began at the sentence's start, where
# neither "^" nor the stop before it can match)
# 260: a role and a name that are the whole sentence before a colon introducing a quote speak
# it ("BBC Two controller Roly Keating: “...”", "Rep. Jo Ray (D-Ohio): “...”"; not "Tom praised
# Jo Ray:"); a role in capitals after a name ("MP") is no part of it after an office of a body
# too ("Chairman of the Audit Committee Peter X MP said": no one was read)
# 261: a role and a name before a colon speak only when no tie opens the phrase before the role
# ("Lawyers for chairman Jo Ray:" is not Jo Ray's); a first-person quote in narration is not the
# last speaker's when a sentence before it tells of another person by a noun or a pronoun of
# the other gender ("Then the doctor arrived.", "He then ..." after a woman's words)
# 262: a quantifier is no one's name ("Half of them argue" is "half"); a label alone before a
# colon is no source ("Update:", "Quote Of The Day:"); a named person whose view opens the
# sentence speaks the quote after its colon ("For Jo Ray, this is progress: “...”"); a quote
# left open ends where a sentence of narration reports a named person speaking, also when the
# next quoted sentence opens unclosed ('"... happens. Meanwhile, spokesman Jo Ray said ...
# "Mido's ...'), and never at a sentence in the first or second person ("Somebody told me")
# 263: a sentence opening in the first person ("My coach Tom Hale said ...", "Us lot ...",
# "I'll ...") is the speaker's own words, not narration that ends an open quote (262 read only
# some capitalised forms so)
# 264: "For X, ...:" gives X the quote only when the view itself is the clause's subject ("this
# is progress", "the point is simple"), not someone acting ("For X, her lawyer Tom Hale had a
# message:", "the mayor had a message", "the union had a warning"); a one-word label written only
# before colons is no source however often it is repeated ("Update:" down a live page)
# 265: a lower-case apposition whose quoted word a preposition follows is a description of
# whom the preposition names ("The sources, all unnamed “allies” of Jo Ray, said": the sources,
# not Jo Ray); a line-up after a quote ("Rovers: Vance, Ray, Lee, Pike, ...") ends the quote and
# its sentence; a share noun heading the phrase is no name ("Majority argue")
# 266: people tied to a named person speak, not that person ("Friends of Mr Brown said",
# "Aides to X say", "people close to X", "a representative for X": the description, its person
# linked as the name is; not "the former aide to X", a role after "the" referring back); a name
# in apposition to a document's noun is its title ("The book, Brown's Britain, said": the book,
# not "Britain"; not "The author of the book, Jo Lee,"); an indefinite pronoun opening a
# sentence is no name ("Someone said": someone unnamed; "Anybody who says", "Everyone thinks":
# no one); a first-person quote with no cue opening a sentence after narration about a named
# person is theirs, when the sentence before (or, past one about them by a pronoun of their
# gender, the one before that; the last paragraph's last one for a quote opening a paragraph)
# has them as its subject acting, no longer quote and no one else named since ("On this
# subject, Morris appears almost evangelical. / “I was on a cruise ...”")
# 267: a cue-less quote after narration speaks in the first person by "My", "Me" opening it as
# by "my" (a quote opening "My ..." was read as no one's own words), and not by a word in
# capitals ("the US" is no "us")
# 268: a role after "the" tied to a person ("The former aide to Mr Vance said", "The lawyer for
# X said") is the one the story named in that role before, else someone new (the description,
# "the former aide to Ian Vance"), never the person named (who had been given the words)
# 269: a paragraph that is a quote, signed on the next line ("- Bernie Sanders."), is the
# signer's; a quote right after a cue with a comma ("someone shouted, “Cruz,” Beck joked, “...”")
# is that cue's words, never the next cue's; narration about a named person gives a quote no
# speaker in a table row, a list item or after a heading (a game wiki's dialogue options)
# 270: a document's phrase in an adverbial before a name in apposition is no title of it
# ("After the statement, Mr Lee, the surgeon, said": Mr Lee, not the statement)
# 271: "The family of X said", "Those close to X said" give the words to the family and those
# close to X, not to X (as "friends of X", "people close to X" since 266)
# 272: a line signing a quote ("- Bernie Sanders.") signs only a paragraph that is one quote
# (not two quotes and a cue between them, whose speaker the cue tells), and only with a person's
# name (a title, a known first name or a surname the article names: not "- Read More")
# 273: narration that brings in another voice ("X quoted the prime minister.", "X read out a
# letter from his son.", "X recalled his father's words.") gives the first-person quote after it
# to no one, not to X; "someone in the audience shouted" is someone unnamed (it went to a cue of
# another clause's speaker: "As X spoke, ..."), and a named person's cue with no words nearer a
# quote than an earlier cue gives its speaker ("When someone shouted, “Cruz,” Beck joked, again
# ..., “Amen ...”"); "Mother of two Jo Lee said" is Jo Lee (not "Mother"), and "Adviser to Tony
# Blair Jo Lee said" is Jo Lee, adviser to Tony Blair (not the whole run)
# 274: a first name right after another in the name after a tie is a middle name, not a second
# person's ("An aide to Mr Tom Henry Pellow said" is the aide, not "Henry Pellow"); "someone"
# described by any words ("someone else", "someone close to the stage") is someone unnamed, as
# "someone in the audience" at 273 (the words had gone to another clause's speaker: "As X spoke,
# someone else shouted")
# 275: "X quoted Y as saying “...”" is Y's quote (it went to X, or to no one); an opening
# phrase is no part of the subject after it ("At one point someone shouted": someone, not "one
# point someone"; "In the end the leader of the party said"); a named subject whose cue took
# one quote ("When X shouted, “Cruz,” Beck joked, again ..., “Amen ...”") no longer takes the
# quote after another person's cue
# 276: a quoting verb relays another voice only when its object may be one (a person, a name,
# one the story knows, something said): "X cited safety concerns." / "I will not ..." is X's
# again, as at 272 (273 gave it to no one); "X quoted him as saying" is whom "he" means before
# the sentence, not X
# 277: "X quoted the prime minister: “...”" is the prime minister's (the holder the story
# names), "X read the poem: “...”" / "X read the poem. “...”" no one's (a work read out, not
# the reader's words), "X quoted him as saying" with no one "he" may mean no one's (not X's);
# a short quote after a named person's cue with no words ("Vance joked, ..., “Amen to
# that.”") is theirs; "Martin Luther King Jr", "Ivan the Terrible", "the Secretary of 10
# Downing Street" are whole names and offices; "On behalf of everyone the mayor said" is the
# mayor; "told the congregation of 2,000 people that" is one cue (not cut at the comma)
# 278: "adding" and "claiming" take a thing as "added" and "claimed" do ("with X hastily adding
# a sixth promise on the issue to his pledge card": no words), and the thing added ends at a
# comma and "and" or "but" (the sentence's own verb goes on after it); a cue inside a relative
# clause whose relative word is the object of the words after it ("the freedom which X tells
# us we have", "the plan, which the minister says she will drop") gives no words: a fragment
# 279: a cue after a quote closed with a full stop is its trailing attribution ('“We will win.”
# Trump said.') only when it is no past perfect ("The fans had declared Saturday a day of
# protest": narration of an earlier act) and no passive aside ("X, asked about the row by
# reporters, said ...": no cue at all, and the words after the aside are X's, not "the row by
# reporters"'s); a quote opening its sentence, closed with a comma before a description and a
# verb the cue list lacks ('“...,” the cardinal will ask', '“...,” whispered the official'),
# has a cue of its own: the one described when the story names them, never the speaker of a
# later sentence (nor, after '“...,” he jokes' with no speaker before it in its paragraph)
# 280: "X agreed." after a closed quote agrees with the words before (the last speaker's), and
# X goes on into the quote opening the next sentence; '“...” It helps, said X, that ...' (an
# inverted cue parting a new sentence) takes no quote before it, and a paragraph opening with
# that quote goes on with the last paragraph's speaker; a quote mark written twice ('"“', '”"')
# opens or closes one quote; "says what his next goal is: “...”" (a question word and a colon
# after a cue) gives the quote, not the question before it; a first-person quote opening a
# paragraph after one paragraph narrating the last speaker by pronoun ("He has led the side
# ...") is theirs, as it was after one naming them
ATTRIBUTION_VERSION = 280
