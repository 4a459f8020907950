"""Rule history: what attribution rule versions 200 to 249 changed (9 to 99 are
`qabot.attribution.rule_history`, 100 to 169 `qabot.attribution.rule_history_hundreds`, 170 to
199 `qabot.attribution.rule_history_late_hundreds`, the later ones and the running version
`qabot.attribution.rule_versions`). Kept for the record: no code here.
"""

# 200: an owner followed by capitalised words ("X's Downing Street office", "X's White House")
# is an owner too for 198's sentence before, as "X's office" was: not the one "he" means
# 201: a cue inside a relative clause on its speaker ends its words at the comma before the
# main clause's verb when that verb is one of speech ("X, who called it “a farce”, said the
# council should resign": "a farce" is what X called it, and "said" is X's own cue, its words
# X's; the whole rest was taken as what X called it)
# 202: a co-speaker joined by "and" may carry the body their role is of before it ("“...,” Acme
# chief executive X and finance director Y said": X with Y; the body's name before the role
# left X out, the words Y's alone)
# 203: reported words holding a quote end with that quote when a cue of its own follows it
# ('described her win as “truly great. I am not used to this,” she said, after getting the
# prize': the narration after "she said" was part of the words); "said as she turned around"
# reports no words (a clause of when, it was taken as what was said)
# 204: "hopes to <verb>" gives no words before its speaker ("Where possible, it hopes to link
# the lists": "Where possible" was stored as what it hoped); a quote before still is its
# 205: a relative clause of "that" or "whose" between a plural noun and its cue ("Progressive
# groups that have endorsed him say ...", "The state officials whose laws were struck down say
# ...") leaves the noun the speaker, as "who" did (no words were stored); a cue word that is
# also a plural noun after an owner and capitalised words is that noun ("boosting their Oscars
# hopes": "Oscars" was stored as hoping the sentence before it, "his World Cup hopes"); a
# pronoun cue with no words after it (", he claims, is ...") read as meaning someone before its
# sentence, when no one before it fits, is the person named in its sentence before it ("X has no
# doubt it is the minister who, he claims, is ...": no words were stored); two measures joined
# by "and" in a description are one modifier ("the world 200m and 400m record holder told": the
# phrase was cut at "and" and its quotes lost), and a "holder" is a person's noun as a
# "champion" is (the record holder is whom the story is about)
# 206: speaker descriptions read whole where they were lost: a quantifier before a plural head
# and a phrase after it ("Some delegates at the convention said": the head, not the last word,
# is the plural); a long description opening its sentence with a person noun and what ties it
# to the story ("A person familiar with the planning for Thursday's meeting says", "The deputy
# head of China's delegation to the forum said", up to twelve words); a poll's share of those
# asked with words before the noun ("Nine in 10 Democratic registered voters say"); a cue in a
# relative clause on the sentence's subject ("The Republican who wrote the speech says he
# ...") leaves the main cue its subject, and a thing written is no words; a month ends a name
# after two given names ("Yin Myint May, 60, said": she had no words); "the group" with no body
# heard from in its paragraph or the two before is the one body the story introduced by what it
# is and heard from ("by the media watchdog, X. The pressure group said ..." then, paragraphs
# later, "said the group": it was stored as "the group"), and "the search giant" is never a body
# introduced as a watchdog or a charity; a share's own cue after ", and" ends the words before it
# ("Six in 10 voters said X is honest, and three-quarters said the same of Y": one quote held
# both)
# 207: "According to the FT, chief operating officer Jo Ray said that Acme is ...": the words the
# source tells of are also Ray's, whose own cue opens them (they were the source's alone, and
# Ray had none; PolNeAR's annotation keeps them the source's, so its direct speaker figure
# counts the added speaker wrong)
# 208: a statement someone issued gives their words by a participle after it, with no comma ("X
# issued a statement saying ...", "the campaign sent a fundraising email Wednesday saying ...",
# "put out a press release saying"; not "received a letter saying"): X, read as before "said"
# (no words were stored); a time counted from a moment opens a sentence as "Later" does
# ("Minutes later, the campaign ...", "Two days earlier, X defended it, saying ...": the
# subject is not "Two", and "Six months ago" is no words the speaker said)
# 209: a term in curly quote marks inside words quoted in straight ones ('"It isn't about
# “Equal Justice” any more," she said') leaves them one quote, closed by the straight mark or
# running on into the next paragraph (the straight mark was read as stray, and the words were
# lost or cut at the term); not a curly quote a cue gives inside a passage quoted in straight
# marks ('"X laughed it off by saying, “Only on Sundays.” But ...')
# 210: a programme named in quote marks after "on", "told" or "with" ('said on NBC's "Meet the
# Press" on Sunday that ...', 'told "Face the Nation"') is a name, not the speaker's words (it
# was stored as them), and the words after "that" are the speaker's (they were lost)
# 211: an opening phrase too long to read whole ("In a victory speech in Westchester County on
# Tuesday night, Mr. Trump struck a measured tone, saying ...") is passed over to its comma as a
# short one is: the subject after it speaks (no one did); a quote after "was asked" is never
# the asked subject's own ('Trump was asked, “What's the most dangerous place ...?”': the
# question put to him was stored as his words)
# 212: a role opened by "former", "acting" and the like, then a name, in apposition to a
# description before a cue names the speaker ("The prosecution's star witness, former finance
# chief X, has said that ...": X; the description was stored as the speaker)
# 213: reported words that open with an aside citing whose words they are ("The Tories remain
# suspicious, claiming that, as Mr Letwin said, if the money does not come from there, where
# will it come from") are that person's too, and the aside is no part of them (they were the
# Tories' alone, "as Mr Letwin said," included)
# 214: a quote whose comma is inside its closing mark ends the words of a relative clause on the
# speaker as a comma after it did ('X, who called it "a farce," said the council should resign':
# "a farce" is what X called it, and X said the rest; the whole was stored as what X called it);
# a programme told, its name quoted ('told CBS's "60 Minutes" on Sunday that ...', 'told "Face
# the Nation" that'), is no words said, and the words after "that" are (the name was stored, or
# nothing); a title may open with a number ("60 Minutes"); a name set apart from its verb by a
# short aside after a cue opens the words said ("said Trump, despite his wealth, is ...": no words
# were stored), not when it was said ("said Monday, in a statement, that")
# 215: a relative clause with no relative word whose cue claims what a noun is ("a probe the
# agency said was ongoing", "a show she claims is a copy", "the choices he says are facing
# Britain") gives the speaker the noun and the clause (no words were stored: the clause alone
# lacks its subject); not a thought ("the employees they thought were the best fit"), nor on the
# sentence's subject, whose own verb would follow ("The man the police said was armed fled")
# 216: where or when after a cue, then an aside on it set apart by commas, then "that" ("said on
# CNN, where he is now a paid contributor, that ...", "said in a statement, which was released
# Monday, that"): the words after "that" are the speaker's (nothing was stored)
# 217: a clause before a role and a name in apposition ending a sentence ("..., his top aide,
# Tad Devine, told X.") is the words said after an opening phrase too ("Despite the defeats,
# Sanders remains committed to the convention, his top aide, Tad Devine, said": the whole was read
# as the aide's role, and nothing was stored)
# 218: an office tied to its body by "of", "to" or "for" and written before a name ("But Chief
# Secretary to the Treasury Paul Boateng attacked ...", "Secretary of State John Kerry") leaves
# the body out of the name, which is the sentence's subject ("Treasury Paul Boateng" was no one's
# name, and a "he said" after it went to the man named before); a first name both men and women
# bear ("Lee", "Leslie", "Jean") makes a name but tells no gender ("Magistrate Lee Gilmore ...
# “...,” she said" went to a woman named before); an age before a name after an opening phrase
# ("On the outskirts of Kyoto, 83-year-old Yuji Shimizu contemplates ...") is the subject's, as a
# role is; "remarks" is a cue after a pronoun, a person noun or a full name ("Opposition remarks
# that ..." is a noun)
# 219: a three-word run ending in a country is a body's branch, not a name with a surname
# ("Vice President of Deutsche Securities Japan": a person "Japan" was named at every "Japan",
# and a "he remarks" went to it; "Stade de France" spoke Bernard Laporte's words); "let" opening
# a speaker phrase asks something of the reader ("Let us say then that ...", "Let me just say",
# "Let's say you think ...": stored as the words of "Let us")
# 220: a relative clause whose "that" or "which" is its subject, then a verb in -s or -ed (or
# "is") and its object, between a noun and the cue ("Officials in the state that borders Mexico
# said", "denizens of the hall of mirrors that is Trump World told me") leaves the noun the
# speaker (the object was: "Mexico", "Trump World"); "denied" or "described" then "to" whom
# ("denied to Reuters that it was the firm") reports the words after "that" (they began "to
# Reuters that"), and none without it ("something he described to me as laughable")
# 221: a plural noun of people ending a sentence's subject before its verb, "who" or a comma is
# no verb ("Israeli officials gave a briefing ..., explaining ...", "Japanese government officials
# played down ...", "Other Republican candidates, including ..., have followed ...", "Central
# European leaders who ..."): the whole phrase speaks after a participle (the words went to
# "Israeli", "Japanese government", "Republican", "Central European"); not after an opening
# clause ("As voters went to the polls, ...")
# 222: people tied to a place by "from" or "of" in a speaker phrase speak, not the place ("a
# woman from Georgia says", "The senator from Vermont said", "The residents of Little Rock said":
# the words went to "Georgia", "Vermont", "Rock"; a body after "from" still speaks for its people,
# "a spokesman from Acme"); a plural noun of people before a phrase on them or its verb and "that"
# ends a sentence's subject ("Other CIA officers with no knowledge of the case chafed ... and
# said", "some Democratic strategists fear that ... and warn": the words went to "CIA",
# "Democratic"); only an opening "let" asks the reader ("Workers let go by the firm said": no words
# were stored)
# 223: other verbs of speech close a sentence with their speaker after a comma as "said" did
# (193): ", she noted.", ", Blackwell maintains.", ", he explained." own the whole sentence
# before them, a cue inside it included ("Social media has added another link to the chain, she
# noted": the words went to "Social media", and hers were lost)
# 224: opening phrases of when and where one after another, set apart by commas, are no words
# said ("On Oct. 23, during a campaign appearance at the resort, the candidate boasted of ...",
# "Later in the show, after the interview concluded, Maher stated ...": they were stored as the
# words of the subject after them); "said of <what> that" and a subject gives the words after
# "that" ("Maher stated of the email scandal that the State Department IG's report “wasn't
# good.”": none were stored); "wrote of a time that changed his life" reports none
# 225: a plural of people is read by the singulars it may be of, not by a letter cut
# ("deputies", "bosses", "actresses" are people; "who" after a singular is no plural's);
# "..., to which X interjected: “...”" ends the words before at "to which", and the quote is X's
# (it was held in the words before), as after "replied", "responded", "countered" and the like;
# a quote after a cue and a dash with a cue and speaker of its own after it ("Moscow strongly
# denies — “why would we?” asked Dunn") is that speaker's, not what the cue reports; "now
# called Trump National Doral" after a place names it, no words said (they were the date's);
# "Our", "my" or another owner's word opens no name ("Our German reviews": no person "Our
# German", whom "he" and "she" of other paragraphs went to); a subject of up to eight words
# before an inverted cue set apart by commas ("The paradox of the plan, says X, is that ...",
# "One of the drawbacks of The Sims, said Mr Y, was ...") and a role in apposition after the
# name ("says X, historian at the library, is that") part the clause as a short one did: X
# speaks (the subject, "Nancy", "Sims", did)
# 226: "a spokesman for Ada Vale" is a person's spokesman (not Ada Vale speaking) when the
# article gives the name a person's role ("union leader Ada Vale"), though the first name is
# none the name lists know (the words went to "Ada Vale" herself, as a body's to the body)
# 227: a document that is a cue's subject speaks for its issuer: "the WEF report says", "a
# Harbour Fund statement said", "the Fund's annual report said" (stored as "the WEF report" and
# the like), "The report said" after the last report named was tied to one ("a study by X", "X
# issued a statement", "X said in its latest report"; "the Forum for the Future report" whole),
# "the Beige Book said" in a story that wrote "the Fed said in its latest Beige Book report"
# (stored as a person called "Beige Book"); not a report named for a person ("the Kok report"
# is the report's) nor a title's last word ("Paying the Price report"); a named document with no
# issuer is stored as a document ("the Beige Book"), not a person; 'The report adds “...,” said
# X' is X's (it was the report's)
# 228: the verbs of replying are one list in both tenses (`qabot.attribution.cues.REPLIES`):
# "X retorts: “...”", "X counters: “...”" inside reported words open X's own quote as "retorted"
# and "countered" did ("replies", "answers", "responds", "quips", "snaps" too), and "he
# countered" or "she retorts" after "X asked Ruiz, “...?”" is Ruiz's answer as "he replied" was
# 229: a poll, a study or a report with words after its noun is the subject of "found that" or
# "shows that" (`qabot.attribution.finding_subjects`): "A survey by the Harbour Watch Trust found
# that ..." is the trust's, "a study carried out in 2019 by X showed that" X's, "The poll of
# 2,000 riders found that" and "the review published last week showed that" the document's
# (they reported nothing: only a document's noun right before the verb did); a "by" naming no
# maker ("a poll conducted by riders at the pier") is no part of the speaker
# 230: a sentence opening with "even" and no subordinator or preposition after it is a clause,
# not an opening phrase: "Even Oslo has more ferries, says X, a historian" gives X those words
# (they had none, or, with a role after the name, the role "a historian"); a role in apposition
# ending the sentence after a cue set apart by commas ("Still, says X, a historian.") is who X
# is, no words said; "interjects" is a cue as "interjected" was ('“...,” interjects X': no
# quote), so every verb of replying (`qabot.attribution.cues.REPLIES`) is one the cue lists know;
# a finding's phrase (229) whose words before the noun hold a capital besides the sentence's
# first word names the body ("Fraud firm Retail Decisions' survey of ...": Retail Decisions, not
# "Retail Decisions' survey")
# 231: a slash joins the names of a joint source after "according to" and before a document:
# "..., according to a CNN/ORC poll" (no words: the source was read only up to the slash),
# "according to a New York Times/CBS News poll", "a CNN/ORC poll of voters found that" are the
# pollsters' words ("CNN/ORC": each part a name's word, though capitals alone read as shouted)
# 232: a finding document reports a clause with no "that" ("the survey found output had
# risen", "a poll by X found most voters would ...", "the report also showed two boats were
# late": they reported nothing), when a determiner or an owner opens the document's phrase,
# which ends right before the verb, and a short subject and an auxiliary follow it
# (`qabot.attribution.cue_senses.document_tells`); not an object ("found evidence of",
# "showed Labour ahead"), nor a film's or a programme's scene
# 233: a finding document after the words it found, its verb ending the sentence: "Output
# rose in May, the survey found.", "..., a survey by X has found.", "..., a new study shows."
# are the document's (or its maker's) words as "..., a report suggests." were (they had none);
# the phrase follows a comma and words before it (`cue_senses.document_tells`); "found that,
# on average, ..." is read as "found that ..." was (a comma after "that" left no words)
# 234: "Our figures show that ...", "your survey found ..." are no one's: the writer's or the
# reader's (`statement_owners.statement_owner` cut "our" as an owner's "'s": a speaker "O")
# 235: a body named right before ", which said" speaks as a person before ", who said" does
# (`qabot.attribution.relative_bodies`): "criticism from the House of Lords Economic Affairs
# Committee, which said the MPC had held rates too high" is the committee's (no one's before),
# when the words before "which" are one body's capitalised name with an organisation word;
# its words end where the relative clause does ("X, which said Y, is ...": Y), as a person's
# did
# 236: a lone surname spelt with a slip is the person named in full whichever the article reads
# first (`misspelt_surnames.slipped_people`): "Pranab Mukherjee said ..." read at its cue, after
# '“...,” said Mr Mukerjee' was read as a name of its own, is Mr Mukerjee (his words were
# stored under "Mukerjee"), as "Daveport" after "Lindsay Davenport" was Davenport
# 237: a document's phrase before "found" or "shows" is one noun phrase that names a source
# (`cue_senses.document_tells`): an opening adverbial phrase is no part of it ("In the end the
# probe found that": no speaker "the end the probe"), nor a possessive pronoun's document ("his
# study found that": whose, the pronoun does not say); "by X" names the maker whatever the
# document's noun ("A review by the ONS found": the ONS, not "a review"); a capital opening
# the sentence names no maker ("Recent figures from the bank showed": not "Recent")
# 238: a document a possessive pronoun opens is its owner's whatever stands between and whatever
# the cue ("their latest survey suggests", "according to his study", "her blog says", "Her
# lawsuit, filed in ..., said": they were stored under the document's phrase), read as a
# statement right after the pronoun was (`statement_owners`: "her" the woman "she" means, "its"
# and "their" the body, "our" no one)
# 239: a document a possessive pronoun opens is its owner's whatever document it is ("Her
# lawsuit, filed in ..., said", "according to its latest accounts": they were stored under the
# document's phrase), unless a name stands inside ("her Twitter account"); a plain noun phrase of
# things that cannot speak, opening a sentence with no determiner, owner or name, is no one
# ("Recent evidence has suggested", "Oil prices ..., adding"); a direct quote that names the one
# a pronoun or description was read as by a title and surname or a first name alone ('“I said
# to Harry ...,” he said') is the latest other speaker's of its or the last paragraph, else no
# one's
# 240: a titled or full name, perhaps described ("a crestfallen Mr Lim"), and a past-tense verb
# after a quote ending in a comma name its speaker whatever the verb (it went to the speaker
# before, or to no one)
# 241: "he" or "she" inside a "who" clause right after the one person the sentence before names
# ("... for Staunton, 49, who told X she had not ...") means that person, and no longer keeps a
# "she said" after from meaning them (it went to a woman of an earlier paragraph)
# 242: a quote opening a paragraph and ending a sentence goes on with the last paragraph's
# speaker though a cue follows within a few words, when that cue reports a clause of its own
# ('“... people.” Winslet said she was ...': it went to Winslet)
# 243: a first name alone that opens a quote or a sentence inside it ("Mark my words", "Frank
# talks helped") no longer says the quote speaks of that person (239 gave such a quote of Mark
# or Frank to an earlier speaker, or to no one)
# 244: a party is read by either of its names wherever a role is ("the Tory nominee" after
# "Conservative nominee X", "Democratic" and "Democrat", `text.lexicon.party_name`), and the
# party words cover the UK's and the US's parties ("Plaid Cymru", "DUP", "Sinn Fein", "BNP")
# 245: 242's cue reporting a clause of its own ('“...” Winslet said she was ...') makes a
# paragraph-opening quote go on with the last speaker only when the last paragraph left that
# speaker's quote open; after a closed quote the cue may be the quote's own (as before 242)
# 246: a surname's prefix counts when a capitalised word stands alone ("McDonald", "O'Brien",
# "DiCaprio": "Leonardo DiCaprio ... DiCaprio, who ..." named no one, and a later "he" went to
# another man); "Asked ... Mr Jones told" with no comma after the question reads the titled or
# first-named name ending it as the subject (it gave the answer to no one, or to a "he" after);
# a speaker phrase of two noun phrases side by side is the cue's object and subject ("..., a
# charge the company denies": no one's words; "In a statement the charity said": the charity);
# an opening plain phrase whose head is an agent's plural, whatever its stem ("Online gamers
# said"), is a group that speaks, not a thing (239 dropped it); the subject of a relative clause
# with no "which" that such an apposed noun phrase opens is whom a "he" after it goes on with
# ("Mutu was sacked - a move Wenger has backed. But he said": Wenger, not Mutu)
# 247: a comma after a conjunction opening the sentence no longer hides the opening phrase
# after it ("And, while we are on the subject of X, Mr Morris despatches him": Mr Morris is the
# sentence's subject, whom a "he said" after means; it went to X, named paragraphs before)
# 248: a time after an inverted cue's name ends the name ('"...," said X ahead of the tie',
# "before", "during", "amid": it gave the speaker "X ahead"); a dash after a sentence's opening
# subject opens an aside ("Mr X - who has been in jail - pleaded ... and denied": not "Mr X -
# who"); "X makes claims that ...": X claims it ("claims" a noun, its speaker was "X makes")
# 249: a title's "of"-chain and a plural title are no part of the name after them, though the
# lexicon knows no first name there ("White House Chief of Staff Denis X": not "of Staff Denis
# X"; "Secretary of Homeland Security Jeh X": not "Security Jeh X"; "Senators Mitch X and ...":
# not "Senators Mitch X"); an office then a surname alone names no "Staff X"
