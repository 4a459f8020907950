"""Place words: countries whose adjective is not made by an ending ("Welsh" of Wales).

Readers ask about "China" where the articles write "the Chinese", and about "the Pakistani
president" where they write "Pakistan's president"; general English, no article's names.
"""

from __future__ import annotations

from functools import lru_cache

DEMONYMS: dict[str, str] = {
    "wales": "welsh", "britain": "british", "france": "french", "netherlands": "dutch",
    "holland": "dutch", "spain": "spanish", "england": "english", "scotland": "scottish",
    "ireland": "irish", "denmark": "danish", "sweden": "swedish", "finland": "finnish",
    "poland": "polish", "turkey": "turkish", "greece": "greek", "switzerland": "swiss",
    "portugal": "portuguese", "china": "chinese", "japan": "japanese", "thailand": "thai",
    "iraq": "iraqi", "israel": "israeli", "pakistan": "pakistani", "peru": "peruvian",
    "afghanistan": "afghan", "bangladesh": "bangladeshi", "belgium": "belgian",
    "burma": "burmese", "cyprus": "cypriot", "germany": "german", "iceland": "icelandic",
    "kuwait": "kuwaiti", "lebanon": "lebanese", "nepal": "nepalese", "norway": "norwegian",
    "oman": "omani", "philippines": "filipino", "qatar": "qatari", "senegal": "senegalese",
    "somalia": "somali", "sudan": "sudanese", "taiwan": "taiwanese", "vietnam": "vietnamese",
    "yemen": "yemeni",
}  # fmt: skip
# a people's noun -> its adjective, where no ending joins them ("Britons" asked, "British"
# written); "pole" is left out (a pole is mostly a thing), and "brit" (the Brit awards)
PEOPLE_ADJECTIVES: dict[str, str] = {
    "briton": "british", "spaniard": "spanish", "dane": "danish",
    "swede": "swedish", "finn": "finnish", "turk": "turkish", "scot": "scottish",
    "frenchman": "french", "englishman": "english", "welshman": "welsh",
    "irishman": "irish", "scotsman": "scottish", "dutchman": "dutch",
}  # fmt: skip

# a country's everyday name -> the short name British and international news writes for it
# ("Robots has opened at the top of the US and Canada box office chart" is no news of
# "America" to a search for the word): general usage, no article's wording
SHORT_COUNTRY_NAMES: dict[str, str] = {"america": "US"}
# a country's initials as readers type them -> its name as news writes it ("usa" asked, "the
# United States defeated Australia" written; "US" alone is the pronoun to a search)
COUNTRY_INITIALS: dict[str, str] = {"usa": "United States", "uae": "United Arab Emirates"}

# the prepositions that place what they govern ("in Lisbon", "at the stadium", "off the
# coast"), and the adverbs that are a place on their own ("abroad"): how English tells where
# (general grammar, no article's words; the determiners a placed noun opens with, "in a hotel",
# are running_text.DETERMINERS)
PLACE_PREPOSITIONS = frozenset(
    "in at on from near outside inside into onto across around throughout off beside within "
    "towards toward via along behind opposite".split()
)
PLACE_ADVERBS = frozenset("abroad overseas home nearby elsewhere".split())
# the nouns of places English puts after a preposition with no determiner: "in hospital", "in
# jail", "in custody", "at school", "in court", "at sea" (an institution's or a state's place,
# general British and American usage)
BARE_PLACE_NOUNS = frozenset(
    "hospital prison jail gaol custody detention court school college university church "
    "hiding exile sea".split()
)

# Nationalities, peoples, regions and creeds whose adjective IS made by an ending ("Italian",
# "Nigerian", "Chinese", "Iraqi"): `is_gentilic` guesses them by the ending alone, which also
# takes first names ("Julian", "Patti", "Christian") and firms ("Vivendi"). A word this list
# holds is known to be no first name.
NATIONALITIES = frozenset(
    """
african albanian algerian american andalusian anglican angolan arabian argentinian armenian asian
australian austrian azerbaijani azeri bahamian bahraini balinese bangladeshi barbadian bavarian
belarusian belgian belizean beninese bhutanese bolivian bosnian botswanan brazilian british
bruneian bulgarian burmese burundian californian cambodian cameroonian canadian cantonese caribbean
catholic caucasian chadian chilean chinese colombian congolese cornish corsican crimean croatian
cuban danish democratic dominican ecuadorian egyptian emirati english episcopalian eritrean
estonian ethiopian european fijian finnish flemish floridian gabonese gambian georgian german
ghanaian guatemalan guinean guyanese haitian hawaiian hindi hispanic hungarian icelandic indian
indonesian iranian iraqi irish islamic israeli italian ivorian jamaican japanese javanese jewish
jordanian kashmiri kazakhstani kenyan korean kosovan kurdish kuwaiti kyrgyzstani laotian latvian
lebanese liberian libyan lithuanian macedonian malawian malaysian maldivian malian maltese
mancunian mauritanian mauritian mediterranean mexican milanese moldovan mongolian moroccan
mozambican namibian nazi nepalese nepali nicaraguan nigerian norwegian olympian olympic omani
pakistani palestinian panamanian paraguayan parisian persian peruvian polish portuguese
presbyterian punjabi qatari republican romanian russian rwandan samoan sardinian saudi scandinavian
scottish senegalese serbian siberian sicilian singaporean slovakian slovenian somali spanish sri
sudanese sunni surinamese swahili swedish syrian taiwanese tanzanian tibetan togolese trinidadian
tunisian turkish tuscan ugandan ukrainian uruguayan venetian venezuelan victorian vietnamese yemeni
yiddish zambian zimbabwean
""".split()
)


def is_place(word: str) -> bool:
    """Return whether a capitalised word names a country or region by the nationality made of
    it ("Europe" of "European", "Italy" of "Italian", "France" of "French"), or one whose
    nationality no ending makes (DEMONYMS: "Norway"). Some are first
    names too ("Victoria" of "Victorian"): callers that may meet a person check that apart."""
    key = word.casefold()
    if not key.isalpha() or not word[:1].isupper():
        return False
    forms = {key + "an", key + "n", key + "ian", key[:-1] + "ian", key[:-1] + "an"}
    return key in DEMONYMS or not forms.isdisjoint(NATIONALITIES)


@lru_cache(maxsize=1 << 14)
def place_adjective(word: str) -> str:
    """Return a country's word as its nationality ("france" as "french", "korea" as
    "korean", "germany" as "german"), case-folded; any other word as it is. Two roles with one
    owner are worded both ways: "the French coach" after "France coach X". Kept: building the
    directory asks it of every role word of every person."""
    key = word.casefold()
    if key in DEMONYMS:
        return DEMONYMS[key]
    if key in NATIONALITIES or not key.isalpha():
        return key
    forms = (key + "an", key + "n", key + "ian", key[:-1] + "ian", key[:-1] + "an")
    found = next((form for form in forms if form in NATIONALITIES), None)
    if found is None and key.endswith("y") and key[:-1] in NATIONALITIES:
        found = key[:-1]  # "Germany", "Italy" ... of "Italian" is made above
    return found or key
