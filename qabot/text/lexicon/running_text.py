"""Running-text words: the word lists for reading names, speaker phrases and questions in general
English (what never is a name, what opens a clause or an adverbial, organisations, verbs), and
`word_set`, which every lexicon string becomes a set through."""

from __future__ import annotations

from qabot.text.lexicon.places import DEMONYMS, NATIONALITIES
from qabot.text.patterns import lazy


def word_set(words: str) -> frozenset[str]:
    """Return the whitespace-separated words of a lexicon string as a set."""
    return frozenset(words.split())


# the determiners and possessives a noun phrase opens with ("the", "a", "his", "these"): a
# placed noun ("in a hotel"), a finding document ("their survey") and more read them
DETERMINERS = word_set("the a an his her its their our this that these those")
# works and names that are quoted as titles ("the song “Alone”", "the series “Dark Harbour”")
WORK_NOUNS = sorted(
    word_set(
        """song film movie book novel album series show episode chapter play single track poem
        documentary podcast article column exhibition painting opera musical game app brand
        programme program slogan hashtag motto headline title seller shop store restaurant bar
        band company lyric"""
    )
)

# what an organisation (or a person) speaks through: "Its statement said", "the firm's release"
# words that name a winner ("who won X?" is answered by a sentence holding one and a word of X)
WINNING_WORDS = word_set(
    "won win wins winning winner winners victory victories victorious beat beats beaten "
    "champion champions crowned triumph triumphed defeat defeated clinched retained title "
    "titles trophy medal lifted"
)
STATEMENT_NOUNS = word_set("statement statements release announcement letter email post tweet")

# what a body or a person publishes, which may be said to say something ("a report says",
# "according to figures", "the lawsuit claims", "its website said")
SOURCE_DOCUMENTS = word_set(
    """report study survey poll research figures data estimate statistics findings results
    analysis review inquiry investigation document filing record memo minutes transcript note
    notice message text lawsuit suit complaint judgement judgment ruling verdict motion bill
    proposal submission guidance guidelines agreement newspaper magazine paper website site
    blog newsletter leaflet advert advertisement editorial article book documentary film
    programme program broadcast forecast projection account accounts comment list ad
    publication missive disclosure probe polling interview calculation declaration timeline
    returns affidavit testimony plan accord order petition summary outlet story column passage
    schedule clip rule law policy regulation constitution treaty charter contract clause
    manifesto"""
)

# what reports a finding, which a reader may ask about as if it spoke ("what did the report
# find", "what did the inquiry conclude"): a document's findings, no one's words
FINDING_DOCUMENTS = word_set(
    """report reports study studies survey surveys poll polls research figures data estimate
    statistics findings results analysis review inquiry investigation audit probe census"""
)
# documents a body issues and speaks through ("the WEF report says", "an IAAF statement":
# `qabot.attribution.issued_documents` gives their words to the issuer); not a book or a letter,
# whose author is a person the sentence names in other ways
SPEAKING_DOCUMENTS = word_set("report study survey paper audit analysis review statement")
# nouns a verb of speech is also written as, which an adjective before them shows are nouns
# ("the full report into X", "the legal challenge to Y", "the official review")
SPEECH_VERB_NOUNS = FINDING_DOCUMENTS | word_set(
    "challenge appeal claim call promise pledge demand attack complaint warning comment"
)
# adjectives typed before such a noun: "the full report", "the final review", "the iata legal
# challenge" (and those of `_ADJECTIVE_ENDINGS` in `qabot.search.unspeaking_subjects`)
DOCUMENT_ADJECTIVES = word_set(
    "full final first second new latest initial whole interim draft annual independent"
)

# what someone issues or sends that gives their words ("X issued a statement saying ...", "sent
# an e-mail to supporters saying ...", "fired back a response saying ...")
ISSUED_DOCUMENTS = (
    STATEMENT_NOUNS | SOURCE_DOCUMENTS | word_set("e-mail response reply video tweets emails")
)

# what a sentence says a person gave before their quote follows with no cue ("X had a short
# statement.", "X gave his verdict on the game.", "X signalled his intent to leave.")
SPEECH_NOUNS = word_set(
    """statement comment comments remarks words message verdict reaction response reply
    explanation warning plea tribute apology assessment intent intention view views thoughts
    opinion advice praise criticism defence defense"""
)
# ... and the words for a stand someone took in words, which one may back or oppose ("who backed
# the minister's stance", "who opposed her remarks"): taking a side on words is saying something
VIEW_NOUNS = SPEECH_NOUNS | word_set("stance stances position claim claims")

# Word lists for reading names and speaker phrases in running text (general English).
ADVERB = lazy(r"[a-z]+ly")  # "quickly", "repeatedly": never a name or a verb
# a compound adjective before a name is no part of it ("Oscar-nominated Owen", "Houston-based
# Continental", "Tunisian-born X"), nor is an epithet of three words or more joined by hyphens
# ("Man-of-the-match Duff", "Player-of-the-year X"); matched against a case-folded word
COMPOUND_MODIFIER = lazy(
    r"[a-z]+-(?:based|born|bred|nominated|winning|led|owned|run|backed|listed|raised|trained)"
    r"|[a-z]+(?:-[a-z]+){2,}"
)
BOUNDARY_WORDS = frozenset(
    """and but or while as because when whereas after before if though
although since until that which who whom where so than said says told""".split()
)
ORGANISATION_WORDS = frozenset(
    """house department ministry party post times news office
university college school institute chamber church council committee campaign commission agency
bank union court government police administration service army forces military kremlin board
group company firm association foundation center centre journal network team club league
federation organisation organization industry airways airlines corporation society trust
authority bureau institution county district guild coalition confederation consortium
syndicate""".split()
)
# the nouns a story calls the business it has named by ("Cairn ... The firm said"): "the firm"
# most often means the body named before, where "the committee" or "the opposition" is its own
ORGANISATION_ANAPHORS = frozenset(
    """company firm group organisation organization corporation giant business carrier
airline maker retailer operator manufacturer producer""".split()
)
# nouns a story writes just before the name of a business, a publication or another body
# ("supplier Ericsson", "US publication Forbes", "regulator Ofcom"): what is so named is no
# person. Not nouns a person is called by too ("producer", "publisher", "broadcaster")
BODY_NOUNS = (ORGANISATION_ANAPHORS - {"producer"}) | word_set(
    "publication magazine newspaper tabloid broadsheet website supplier provider lender "
    "insurer bank supermarket chain label studio agency watchdog regulator charity"
)
# nouns a story writes right after a body's name for its people and holdings ("Sky
# executives", "Acme shares"): seldom after a person's ("a Clinton spokesman" may be either)
BODY_STAFF = word_set(
    "executives staff employees workers shares shareholders customers subscribers bosses "
    "managers directors"
)
# a body's people as stories count them, one number told in any of these words: the same
# sacking is "100 employees" in one telling and "100 staff" in another, a firm that "employs
# 7,600 workers" has as many staff, and "cut 2,850 jobs" counts the workers who lose them
WORKFORCE_NOUNS = word_set("staff workers employees workforce personnel jobs")
# adverbs not ending in -ly that open sentences before a comma ("Overall, ...", "Soon, ...")
OPENING_ADVERBS = word_set(
    "overall likewise soon otherwise instead nonetheless nevertheless still yet again anyway "
    "hence therefore furthermore moreover besides however meanwhile later earlier today "
    "tomorrow yesterday tonight now then thus indeed elsewhere afterwards perhaps"
)
# adverbs that end like plurals and open sentences ("Perhaps, says X, ..."): never a speaker
ADVERBS_IN_S = word_set(
    "perhaps besides afterwards sometimes always towards backwards forwards nowadays "
    "indoors outdoors overseas thus whereas nonetheless nevertheless regardless"
)
# plural nouns that end the names of firms ("United Technologies", "General Motors")
COMPANY_PLURALS = word_set(
    "technologies systems industries holdings communications networks partners associates "
    "brothers sciences pharmaceuticals laboratories labs studios pictures records films motors "
    "foods stores services solutions resources investments securities markets enterprises "
    "products airways airlines games electronics dynamics materials"
)
_GENTILIC = lazy(r"^(?:[A-Z]{2,}|[A-Z][a-z]+(?:ian|ean|ish|ese|ican|can|i|ic))$")
# nationality nouns the suffixes above miss ("fellow Spaniard Guillermo Garcia-Lopez")
NATIONALITY_NOUNS = frozenset(
    """spaniard dane swede finn pole turk brit briton scot swiss dutchman
frenchman englishman welshman irishman scotsman czech greek thai kiwi aussie zealander""".split()
)
# the first word of a nationality written in two ("New Zealander", "South African", "Northern
# Irishman"): with a nationality after it, a description, not a name
NATIONALITY_OPENERS = frozenset("new south north northern".split())


def is_gentilic(word: str) -> bool:
    """Return True for a nationality or an acronym, which opens a phrase but is no name."""
    return bool(_GENTILIC.match(word)) or word.casefold() in NATIONALITY_NOUNS


# every nationality the lexicon spells out, whatever its ending
_NATIONALITIES = NATIONALITIES | frozenset(DEMONYMS.values()) | NATIONALITY_NOUNS
_ACRONYM = lazy(r"[A-Z]{2,}")


def is_known_gentilic(word: str) -> bool:
    """Return True for an acronym or a nationality the lexicon knows, not one guessed by its
    ending alone: "Italian", "NATO", but not "Julian" or "Patti", which may open a name."""
    return bool(_ACRONYM.fullmatch(word)) or word.casefold() in _NATIONALITIES


VERB_LIKE = frozenset(
    """was is are were be been being has have had do does did will would can
could should may might must not""".split()
)


def is_capitalised(word: str) -> bool:
    """Return True for a word that can be part of a name ("Stoltenberg", "NATO", "F.B.I.", not
    "BREAKING": a long word in capitals is shouted, a dotted one is initials however long)."""
    return word[:1].isupper() and (
        len(word) <= 5 or not word.isupper() or _DOTTED_INITIALS.fullmatch(word) is not None
    )


# initials written with stops, as some archives do: "F.B.I.", "A.F.L.-C.I.O.", "N.Y.P.D."
_DOTTED_INITIALS = lazy(r"(?:[A-Z]{1,2}\.)+(?:-(?:[A-Z]{1,2}\.)+)*")


# Verbs of speaking and of holding a view that questions use beyond the extractor's speech cues
# ("who forecast ...?", "who felt ...?", "which minister talked about ...?"); the question reader
# takes these together with the cue verbs of qabot.attribution.cues, in all their forms
# (qabot.search.speech_verbs).
OPINION_VERBS = word_set(
    """think believe feel expect doubt hope fear want wish worry regret remember recall reckon
    predict forecast appeal speak talk comment mention compare welcome react respond defend
    propose demand explain express thank apologise apologize blame question challenge reject
    criticise criticize dismiss insist admit deny concede acknowledge promise pledge vow warn
    urge say tell claim argue describe call brand label liken praise suggest announce reveal"""
)
# verbs of a state of mind, which a speaker puts before any words ("I think ...", "we hope ..."):
# in a quote they hedge what follows, they do not perform what a question asks
MENTAL_VERBS = word_set(
    "think believe feel expect doubt hope fear want wish worry reckon remember recall know suppose"
)
# verbs of a speech act that questions use though the extractor needs no cue of them ("what did
# the governor threaten if ...", "who hinted at a rate rise"): what was said is asked all the same
ASKED_ONLY_VERBS = word_set("threaten recommend hint dispute disagree advise plead")
# verbs that, after "who" or "which <role>", ask who said something ("who rebuked the board?",
# "which minister signalled a U-turn?", "who tipped her for the title?"), but after "what did X
# ..." may ask what a thing showed ("what did the figures indicate?") or did ("what did the
# guest tip?"), so only "who said" reads them; "object" too, which the extractor reads as no cue
# but is saying so ("who objected to the closure?"), where backing a bid may be paying for it
WHO_ONLY_VERBS = word_set(
    """disclose assure reassure beg imply signal indicate rubbish deplore castigate chide
    rebuke scold berate reprimand confess congratulate underline query swear swore credit tip
    object"""
)
# verbs of taking a side that ask who said something only after a word for people ("which
# expert backed the club", "which chief objected to the film"): "who backed the bid?" may ask
# who paid, and "which player scored" asks about no words at all
STANCE_VERBS = word_set(
    """object back support oppose welcome condemn endorse approve dispute hail applaud
    complain protest"""
)
# irregular forms of those verbs and of the cue verbs, form -> base
IRREGULAR_VERBS = {
    "said": "say",
    "told": "tell",
    "thought": "think",
    "wrote": "write",
    "written": "write",
    "spoke": "speak",
    "spoken": "speak",
    "meant": "mean",
    "felt": "feel",
    "foresaw": "foresee",
    "foreseen": "foresee",
    "forecasted": "forecast",
    "forecast": "forecast",  # its past is its base form ("which analyst forecast a fall?")
}

# Words that open an adverbial phrase set off by a comma before a sentence's subject ("Hours
# later, Trump ...", "In South Carolina, he ...", "However, Edu ..."): sentence adverbs,
# prepositions and time words of general English.
INTRO_OPENERS = frozenset(
    """however meanwhile still instead indeed yet but and so then also in
on at after before during since back earlier later last this next that hours days weeks months
years moments minutes speaking asked a an one two three by from for with within without under
over about across amid among despite following throughout while when once yesterday today
tonight tomorrow monday tuesday wednesday thursday friday saturday sunday""".split()
)

# Words that open a phrase telling where, when or in what setting words were said, before the
# words themselves ("who said during the boardroom row that ...", "who wrote in the Times that
# ...", "who joked to the director that ..."), and the verbs of telling whose object is whom the
# words were for ("who told the judge that ...", "who warned fans that ...").
SETTING_OPENERS = word_set(
    """after before during at in on ahead following while when once amid despite to from
    speaking talking addressing writing"""
)
TELLING_VERBS = word_set(
    "told tells tell warned warns assured assures reminded reminds informed informs promised "
    "promises convinced persuaded"
)

# the numbers up to twenty written as words, in order: each is worth its place ("one" is 1)
COUNTING_WORDS = tuple(
    (
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty"
    ).split()
)
# Numbers written as words, for counts and shares in running text ("Twenty-four percent",
# "six in 10 voters")
NUMBER_WORDS = frozenset(COUNTING_WORDS) | word_set(
    "thirty forty fifty sixty seventy eighty ninety"
)
# the words joining the items of a list ("in March and April", "three or four")
LIST_JOINERS = word_set("and or")
# what stands before a noun and never before a verb's base form ("so": "why was X so unhappy")
NEVER_BEFORE_VERBS = word_set("the a an his her its their this that these those some so")

# nouns ending in -ly, never adverbs ("attorneys for the family said", "a pro-Trump rally")
NOUNS_IN_LY = word_set(
    "family rally ally assembly supply reply monopoly anomaly bully belly jelly lily folly homily "
    "melancholy italy"
)

# the commonest prepositions, which tie a phrase to what it names ("the Bank of England",
# "a source in the room"): a speaker phrase never ends on one
LINKING_PREPOSITIONS = word_set("in of from at for with on")
# the words before someone a phrase opening a sentence has its subject act on or answer
# ("Reacting to a comment by X, the American said", "After losing to X, ...")
OBJECT_PREPOSITIONS = word_set("by to from against over with of")
