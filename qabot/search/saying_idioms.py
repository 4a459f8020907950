"""Idioms of saying in a "who" question, read as the speech verb they stand for: "heaped praise
on" is "praised", "cast doubt on" is "questioned", "hit back at" is "responded to", and a stance
("was upbeat about", "struck a defiant note") is what someone said they were. General English;
each idiom is one that news writes of words, not of play ("played down the threat", not "the
wing").
"""

from __future__ import annotations

import re

from qabot.text.patterns import lazy

# how someone said they felt about something ("upbeat about the economy")
_STANCES = (
    r"(?:upbeat|optimistic|pessimistic|scathing|defiant|confident|disappointed|delighted|"
    r"unhappy|furious|angry|gloomy|bullish|bearish|sceptical|skeptical|dismissive|hopeful|"
    r"cautious|downbeat|thrilled|frustrated|adamant|unrepentant|apologetic|concerned|"
    # ... surprise or dismay at what others did ("was amazed the party stayed away"), which news
    # tells from the words of the one who felt it ("shocked" and "stunned" are said of a result)
    r"amazed|astonished|surprised|baffled|bemused|puzzled|dismayed|saddened|appalled|"
    # ... and feelings said of a result ("was happy with his first match"); before "to" they
    # are the way a speech verb is put ("was pleased to announce"), read as that verb
    r"(?:happy|pleased|satisfied|relieved|proud|encouraged|impressed|unimpressed|worried)"
    r"(?!\s+to\b))"
)
# feelings news reports in the words of the one who felt them, beyond those of a stance
_FEELINGS = lazy(
    _STANCES[:-1] + r"|shocked|stunned|outraged|angered|alarmed|horrified|disgusted|heartened"
    r"|excited|annoyed|irritated|incensed|upset|bewildered|perplexed)",
    re.IGNORECASE,
)
_ADJ = r"(?:[\w'’-]+\s+)?"  # one word that may qualify the noun: "a scathing attack"
# what a forecast says someone will do ("backed X to win", "tipped Y to lift the cup")
_RESULTS = r"(?:win|beat|lift|claim|retain|reach|triumph|succeed|qualify)"
# idioms of saying in a "who" question, read as the speech verb they stand for ("heaped praise
# on" is "praised", "cast doubt on" is "questioned", "hit back at" is "responded to")
SAYING = tuple(
    (lazy(pattern, re.IGNORECASE), verb)
    for pattern, verb in (
        (
            r"\b(?:(?:heap|lavish|shower|pour)(?:s|es|ed|ing)?\s+praise\s+(?:on|upon)"
            r"|(?:was|were|is|are)\s+full\s+of\s+praise\s+for"
            r"|had\s+nothing\s+but\s+praise\s+for"
            r"|(?:had|has|have)\s+(?:kind|warm|glowing|high|fond)\s+words\s+(?:for|about)"
            r"|(?:gave|give|gives|giving)\s+(?:credit|praise)\s+to)\b",
            "praised",
        ),
        (
            r"\b(?:(?:had|has|have)\s+(?:harsh|strong|tough|stern|sharp|critical|choice)\s+"
            r"words\s+(?:for|about)|had\s+nothing\s+(?:good|nice|positive)\s+to\s+say\s+about)\b",
            "criticised",
        ),
        # a loss mourned in words of tribute ("mourned him as a friend")
        (r"\bmourn(?:s|ed|ing)?\b", "praised"),
        (r"\b(?:pour|heap)(?:s|ed|ing)?\s+scorn\s+(?:on|upon)\b", "ridiculed"),
        (r"\bpour(?:s|ed|ing)?\s+cold\s+water\s+(?:on|over)\b", "dismissed"),
        (  # "sounded a note of caution", "struck a cautionary note"
            r"\b(?:sound|strike|struck|strikes|striking)(?:s|ed|ing)?\s+(?:a\s+note\s+of\s+"
            r"caution|a\s+cautionary\s+note)\b",
            "warned",
        ),
        (r"\bweigh(?:s|ed|ing)?\s+in\s+(?=on\b)", "commented "),
        (  # "sent his best wishes to the team": words sent, which stay the topic ("a message
            # to rivals" is as often a result, so no message is read so)
            r"\b(?:sen[dt]|sends|sending|offer(?:s|ed|ing)?|pass(?:es|ed|ing)?\s+on)\s+(?="
            r"(?:(?:his|her|their|its|our|a|an)\s+)?(?:(?:good|best|warm|warmest|heartfelt|"
            r"sincere|deepest|special)\s+)?(?:wishes|condolences|congratulations|sympathies|"
            r"greetings|thanks)\b)",
            "said ",
        ),
        (r"\bwent\s+(?:as\s+|so\s+)?far\s+as\s+to\s+(?=call|brand|describe|label|accuse)", ""),
        (r"\bcast(?:s|ing)?\s+doubts?\s+(?:on|over|about|upon)\b", "questioned"),
        (  # "played down the threat", not "played down the wing"
            r"\bplay(?:s|ed|ing)?\s+down(?=\s+(?:the\s+)?(?:threat|risk|danger|chances?|fears?|"
            r"concerns?|claims?|reports?|rumou?rs?|talk|speculation|suggestions?|importance|"
            r"significance|prospects?|impact|problems?|role)\b)",
            "dismissed",
        ),
        (
            r"\b(?:hit|hits|hitting|fired|fires|firing|struck|strikes|striking)\s+back\s+at\b",
            "responded to",
        ),
        (  # "hit back that ...", "shot back that ...": a reply's words, the extractor's cues
            # "hit back", "fired back", "shot back" ("shot back at the gunmen" is a deed)
            r"\b(?:hit|hits|hitting|fire|fired|fires|firing|shoot|shoots|shot|shooting)\s+back"
            r"\s+(?=that\b)",
            "retorted ",
        ),
        (
            r"\b(?:sound(?:s|ed|ing)?|rais(?:e|es|ed|ing))\s+the\s+alarm\s+(?:over|about|on)\b",
            "warned about",
        ),
        (r"\bpaint(?:s|ed|ing)?\s+an?\s+" + _ADJ + r"picture\s+of\b", "described"),
        (r"\bsumm(?:ed|ing)\s+up\b|\bsums\s+up\b", "described"),
        (  # "singled out the car arm as the main worry": a description, not a pick in a game
            r"\bsingl(?:e|es|ed|ing)\s+out(?=(?:\s+[\w'’.-]+){1,6}\s+as\b)",
            "described",
        ),
        (
            r"\b(?:offer(?:s|ed|ing)?|issu(?:e|es|ed|ing)|mak(?:e|es|ing)|made|giv(?:e|es|en|ing)"
            r"|gave)\s+(?:a|an|the|his|her|their|its|our)\s+" + _ADJ + r"apology\b",
            "apologised",
        ),
        (  # "made an emotional TV appeal to ...", "launched an appeal for calm": words asking;
            # not "an appeal against the ban" (a court's)
            r"\b(?:mak(?:e|es|ing)|made|issu(?:e|es|ed|ing)|launch(?:es|ed|ing)?)\s+"
            r"(?:a|an|the|his|her|their|its|our)\s+(?:[\w'’-]+\s+){0,2}?appeal\s+(?=(?:to|for)\b)",
            "appealed ",
        ),
        (  # words, not play: "a scathing attack on the plan", not "an attack on goal"
            r"\blaunch(?:es|ed|ing)?\s+an?\s+(?:scathing|fierce|blistering|stinging|bitter|"
            r"furious|verbal|personal|savage|withering|strong|angry)\s+attack\s+on\b",
            "attacked",
        ),
        (r"\b(?:take|takes|took|taking)\s+aim\s+at\b", "attacked"),
        (  # "backed Roddick to win the match", "tipped England to beat Wales": a forecast of a
            # result; "backed the plan to cut taxes" is a vote, and stays a deed
            r"\b(?:back(?:s|ed|ing)?|tip(?:s|ped|ping)?)\s+(?=(?:[\w'’.-]+\s+){1,4}?to\s+"
            + _RESULTS
            + r"\b)",
            "predicted ",
        ),
        (  # "was asked why the minister missed the meeting": whoever answered the question
            r"\b(?:was|were)\s+asked\s+(?=(?:why|whether|if|how|what|when|where|who|about)\b)",
            "answered questions on ",
        ),
        (
            r"\bmade\s+it\s+clear\b|\bmade\s+clear(?=\s+(?:that|he|she|they|it|we|i|you|his|her|"
            r"their|there|this|the)\b)",
            "said",
        ),  # not "clear progress"
        (r"\bwent\s+(?:as\s+|so\s+)?far\s+as\s+to\s+say\b", "said"),
        (  # "put the rise in sales down to price cuts": a cause given in words, said of it
            r"\b(?:put|puts|putting)\s+((?:[\w'’.-]+\s+){1,12}?)down\s+to\b",
            "said \\1was down to",
        ),
        (r"\bopen(?:s|ed|ing)?\s+up\s+(?=about\b)", "spoke "),
        (r"\blook(?:s|ed|ing)?\s+back\s+(?=on\b)", "reflected "),
        (
            r"\b(?:gave|give|gives|giving)\s+(?:his|her|their|its|a)\s+verdict\s+(?=on\b)",
            "commented ",
        ),
        (
            r"\b(?:gave|give|gives|giving)\s+(?:his|her|their|its|a)\s+reaction\s+(?=to\b)",
            "reacted ",
        ),
        # a stance taken in words: "was upbeat about", "remained confident of", "struck a
        # defiant note" are what someone said they were
        (
            r"\b(?:was|were|is|are|remained|remains|sounded|seemed|appeared)\s+(?:left\s+)?"
            r"(?:very\s+|so\s+|deeply\s+|bitterly\s+|clearly\s+|still\s+)?(?=" + _STANCES + r"\b)",
            "said they were ",
        ),
        (
            r"\bstr(?:uck|ikes?|iking)\s+an?\s+(" + _STANCES + r")\s+(?:note|tone)\b",
            "said they were \\1",
        ),
    )
)


def is_feeling(word: str) -> bool:
    """Return whether `word` names a feeling someone is said to have had ("surprised",
    "pleased", "shocked"): "which economist was surprised that ..." asks who said they were;
    "which defender is suspended" asks no one's words."""
    return _FEELINGS.fullmatch(word) is not None
