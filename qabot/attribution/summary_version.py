"""Summary version: what an index's stored speaker summaries (`qabot.attribution.summaries`)
record.

Kept apart from the summaries' code and importing nothing, so that checking an index's version
(the package's `ATTRIBUTION_VERSION`) imports none of the attribution rules: every `qabot ask`
checks it.
"""

# The version of what a summary records: with the quote rules' version it decides when `qabot
# index` must read every article again (2: roles from every sentence naming the speaker, and
# fuller names; 3-4: descriptions beyond role nouns, lower-cased names; 5: stage names and
# nicknames; 6: a role phrase before "Name," that ends in a place; 7: "role of field Name",
# "Name of Place"; 8: no role after "Name," that opens with a preposition ("on his first day");
# 9: a lede's role ("The new health minister for Wales says") for the person named next;
# 10: "Name at Place", "Name from Place" as "Name of Place"; 11: no participle after "Name,"
# as a role; 12: the description at a cue that names nobody ("the Two Ronnies star said"),
# "Name, role told ..." without a second comma, another person's role inside a description
# left out; 13: stage names of several words: "Norman Cook - aka Fatboy Slim -"); 14: a rank
# before a role noun stays with it where the phrase's other lower-case words are dropped
# ("Bank of England deputy governor X" is a deputy governor, not a governor); 15: "the
# organisation's president" also holds the body named before and its acronym ("adss"); 16: an
# apposition opening with a body's name ("Bill Gates, Microsoft chairman and chief software
# architect,") is a role; 17: no fuller name opens with a clause's first word or a compound
# adjective ("While Serena", "Oscar-nominated Owen"); 18: a phrase giving another name ("known
# as Queen of the Sky", "nicknamed", "dubbed") is no role; 19: a one-word speaker ("Charles")
# is not given the roles of a sentence naming the word only inside another name ("Liberal
# Democrat leader Charles Kennedy"), and a lede's role goes to no name after "The" ("The
# Conservatives' campaign director has denied a report ... The Times on Monday said"); 20: a
# peer's title before a speaker known by a surname alone ("Lord Faulkner of Worcester") is among
# its role words, so the directory names the peer "Lord Faulkner" and keeps them apart from a
# full name of another article no title or role of theirs goes with ("Rob Faulkner"); 21: a
# word tying a name to another before it ("Rival Sony", "fellow Tory Ann Ward") is no part of a
# fuller name; 22: a cue's description ending in a hyphenated noun of a person ("The Amnesty
# secretary-general said") is a role of the person named before, as "the Amnesty chief" was;
# 23: any noun of a person joined to another by a hyphen ("director-general") as well; 24: no
# fuller name opens with an adverb that opens a sentence ("Afterwards Penny tells"); 25: a
# speaker's gender where the article gives it ("Ms Abbott", a body: "publication Forbes"); 26:
# a sentence naming a one-word speaker only inside a possessive longer name ("Sacked MP Howard
# Flight's party" for a "Mr Howard") is not theirs either; 27: no fuller name opens with an
# owner ("Arsenal's Edu", "February's Ifo"), a people's noun ("Irishmen JP McManus", "Olympian
# Tomlinson") or a nationality before words the article never writes in lower case ("American
# Robby Ginepri"; "English National Ballet" stays); 28: where an article names a man and a
# woman by one surname ("Mr and Mrs Hale", "Peter Hale" and "Ann Hale"), the gender a lone
# surname's cues give ("she said", "Mrs Hale, his wife, said") is its gender, and no fuller name
# of the other gender is its ("Peter Hale's wife ... Mrs Hale ... she said" is not Peter Hale);
# 29: the cue read for 28 is the quote's own, not the sentence's first ('"We will fight," he
# said, and Mrs Hale said: "No."': "No." is hers); 30: each role phrase holding a speaking role
# kept whole (`SpeakerSummary.phrases`): a body's words and a speaking role from one phrase; no
# function words among role words ("who", "and", "at"; "WHO" stays); no clause with a subject
# of its own before "Name," as a role ("... his second term as US President, Tony Blair said");
# 31: a role after "is" or "was" ("Jo Lind is the firm's chief executive", "Lind was a former
# editor"), by the full name or the surname alone (`copula_roles`); 32: a role told by a verb
# of an office right after the name ("Jo Lind, who coaches the side", "Lind chairs the
# committee": `verb_roles`); 33: only when the verb's object is a name no quoted person bears
# or a team, a body or a show ("Cruz coached Trump to breathe", "presents a problem": none).
SUMMARY_VERSION = 33
