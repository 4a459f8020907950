"""A question's phrasing made plain before it is read: what was typed in a hurry read as meant
("whos", "shouldnt"); for speech questions, polite openings dropped ("can you tell me what
..."), idioms of speaking read as their verb ("hit out at" is "attacked"; in a "who" or "which"
question, "pointed out" is "noted", "made the claim that" is "claimed").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from qabot.search.saying_idioms import SAYING
from qabot.search.speech_verbs import is_speech_verb
from qabot.text.patterns import lazy

# a negative contraction typed without its apostrophe ("shouldnt", "doesnt"): a stop word as
# "shouldn't" is, not a word the archive never uses (which would weigh most in who-said evidence)
_NO_APOSTROPHE = lazy(
    r"\b(?:do|does|did|is|was|are|were|has|have|had|should|could|would|must|need)nt\b",
    re.IGNORECASE,
)
# a question word as typed in a hurry ("wat did ...", "whos the ...", "wich"): the first word only
# ("Wat Arun" further on is a name)
_TYPED_OPENERS = {
    "wat": "what", "wot": "what", "wut": "what", "wht": "what", "waht": "what", "whta": "what",
    "whats": "what's", "whos": "who's", "wen": "when", "wehn": "when", "whens": "when's",
    "wher": "where", "wheres": "where's", "wich": "which", "whcih": "which", "hows": "how's",
}  # fmt: skip
_FIRST_WORD = lazy(r"^\s*([A-Za-z]+)\b")


def as_meant(question: str) -> str:
    """Return a question with what was typed in a hurry read as meant: a negative contraction
    without its apostrophe ("shouldnt") and a misspelt question word opening it ("wat did ...",
    "whos the ...")."""
    if "nt" in question.lower():  # every match holds it (most questions hold none)
        question = _NO_APOSTROPHE.sub(lambda m: m[0][:-1] + "'t", question)
    first = _FIRST_WORD.match(question)
    if first is not None and first[1].casefold() in _TYPED_OPENERS:
        question = _TYPED_OPENERS[first[1].casefold()] + question[first.end() :]
    return question


@lru_cache(maxsize=256)
def clean_question(question: str) -> str:
    """Return a question without its polite opening ("can you tell me", "and so") and with
    idioms of attacking in words read as the verb "attack" ("took a swipe at" -> "attacked"),
    and a "who" question's phrase of saying as its verb ("paid tribute to" -> "praised").

    Kept for the last questions (a pure function of the text): one question is read here two
    or three times (its speech reading, its possessive typed without an apostrophe)."""
    # emoji and other symbols a chat adds ("🙂 what did X say about 🇬🇧") are no words
    if not question.isascii():  # every question passes here: ASCII holds no pictograph
        question = "".join(" " if _symbol(c) else c for c in question)
    text = " ".join(question.strip().split()).rstrip("?!. ").strip()
    text = _GREETING.sub("", text)
    text = _TELL_ME.sub("", text)
    text = _OPENING.sub("", text)
    # "find who said ...", "I'd like to know who said ...", "do you know who said ..."
    text = _ASKING.sub("", text)
    text = _ASKING_AFTER.sub("", text)  # "who said the plan was dead, do you know?"
    text = _rephrased(text)
    text = _IDIOMS.sub(lambda m: _IDIOM_VERBS[next(v for v in m.groups() if v).casefold()], text)
    if _WHO.match(text):  # the question's own verb: a what-said tail is the topic as written
        text = _SPEAKING.sub(_speaking_verb, text)
    return _DISMISSING.sub(lambda m: _DISMISSED[m["verb"].casefold()], text)


_GREETING = lazy(r"^(?:hi|hello|hey)\b[,!.\s]+(?=\w)", re.I)
_TELL_ME = lazy(
    r"^(?:(?:and|so|ok|okay|but|please)[,\s]+)?(?:(?:can|could)\s+you\s+)?"
    r"(?:tell|show)\s+me\s+(?=what|who|which|how)",
    re.I,
)
_OPENING = lazy(r"^(?:and|so|ok|okay|but)[,\s]+(?=what|did|who|which|how)", re.I)


def _symbol(char: str) -> bool:
    """Return whether `char` is a pictograph, flag letter or joiner rather than text."""
    return unicodedata.category(char) in {"So", "Cf"} or "\ufe00" <= char <= "\ufe0f"


_ASKING = lazy(
    r"^(?:please\s+)?(?:(?:can|could)\s+you\s+)?(?:(?:find|found|search|look|work|figure)"
    r"(?:\s+(?:out|up))?|(?:do|does)\s+(?:you|anyone)\s+know|i\s*(?:['’]d|\s+would)\s+like"
    r"\s+to\s+know|i\s+(?:want|need)\s+to\s+know|i\s+wonder)\s+(?=who\b|which\b)",
    re.IGNORECASE,
)
# ... and the same words after the question, or a plea: no part of what was said
_ASKING_AFTER = lazy(
    r"\s*[,;:–—-]\s*(?:(?:do|does)\s+(?:you|anyone)\s+know|any\s+ideas?|anyone|please)$",
    re.IGNORECASE,
)
# "brushed off", "shrugged aside", "waved away", "laughed off": "dismissed", a speech verb
_DISMISSED = {
    form: dismissed
    for forms, dismissed in (
        ("brush shrug wave laugh", "dismiss"),
        ("brushes shrugs waves laughs", "dismisses"),
        ("brushed shrugged waved laughed", "dismissed"),
        ("brushing shrugging waving laughing", "dismissing"),
    )
    for form in forms.split()
}
_DISMISSING = lazy(
    r"\b(?P<verb>" + "|".join(_DISMISSED) + r")\s+(?:off|aside|away)(?=\s)", re.IGNORECASE
)
# phrases of attacking in words, read as the verb "attack" in its form ("take a swipe at",
# "hit out at", "lashed out at", "rounded on"): a speech verb the extractor knows
_IDIOMS = lazy(
    r"\b(?:(?P<take>take|takes|took|taking)\s+(?:a|another)\s+(?:swipe|dig|pop|potshot|shot)"
    r"\s+at|(?P<hit>hit|hits|hitting|lash|lashes|lashed|lashing)\s+out\s+at"
    r"|(?P<round>round|rounds|rounded|rounding)\s+on)(?=\s)",
    re.IGNORECASE,
)
_IDIOM_VERBS = {
    **dict.fromkeys("take hit lash round".split(), "attack"),
    **dict.fromkeys("takes hits lashes rounds".split(), "attacks"),
    **dict.fromkeys("took lashed rounded".split(), "attacked"),
    **dict.fromkeys("taking hitting lashing rounding".split(), "attacking"),
}


# phrases of saying read as the speech verb they stand for, in the tense asked ("pointed out"
# is "noted", "paid tribute to" is "praised", "made the claim that" is "claimed", "raised doubts
# about" is "expressed doubts about", "gave a warning" is "warned")
_WHO = lazy(r"(?:who|which)\b", re.IGNORECASE)
_PHRASE_VERBS = {
    "point": ("point points pointed pointing", "note notes noted noting"),
    "pay": ("pay pays paid paying", "praise praises praised praising"),
    "voice": (
        "voice voices voiced voicing raise raises raised raising air airs aired airing",
        "express expresses expressed expressing",
    ),
    "give": (
        "give gives gave giving issue issues issued issuing sound sounds sounded sounding",
        "warn warns warned warning",
    ),
    "make": ("make makes made making", ""),
}
_MADE = {  # what one makes, as the verb of making it
    "remark": "remark remarks remarked remarking",
    "comment": "comment comments commented commenting",
    "claim": "claim claims claimed claiming",
    "point": "note notes noted noting",
    "prediction": "predict predicts predicted predicting",
    "suggestion": "suggest suggests suggested suggesting",
    "joke": "joke jokes joked joking",
    "promise": "promise promises promised promising",
    "pledge": "pledge pledges pledged pledging",
    "plea": "plead pleads pleaded pleading",
}
_TENSE_OF = {
    form: (kind, at % 4)
    for kind, (forms, _) in _PHRASE_VERBS.items()
    for at, form in enumerate(forms.split())
}
_SPEAKING = lazy(
    r"\b(?P<verb>" + "|".join(sorted(_TENSE_OF, key=len, reverse=True)) + r")\s+"
    r"(?:(?P<out>out)\b|(?:a\s+)?(?P<tribute>tributes?)\s+to\b"
    r"|(?P<worry>(?:concerns?|fears?|doubts?|worries|misgivings|reservations|regrets?|anger|"
    r"frustration|disappointment|sympathy|optimism|confidence|scepticism|skepticism|dismay|"
    r"outrage|surprise))\b"
    r"|(?:a|an|the)\s+(?P<warning>(?:stark\s+|fresh\s+|clear\s+)?warning)\b"
    r"|(?:a|an|the|his|her|their)\s+(?P<made>" + "|".join(_MADE) + r")\b)",
    re.IGNORECASE,
)
# which verb each phrase may follow: "pointed out", "paid tribute to", "raised fears", "gave a
# warning", "made the claim"; any other pairing is left as written ("made out", "gave concerns")
_PAIRS = {"out": "point", "tribute": "pay", "worry": "voice", "warning": "give", "made": "make"}


def _speaking_verb(match: re.Match[str]) -> str:
    """Return the speech verb a phrase of saying stands for, in its tense."""
    kind, tense = _TENSE_OF[match["verb"].casefold()]
    part = next(name for name in _PAIRS if match[name])
    if _PAIRS[part] != kind:
        return match.group()
    if part == "made":
        return _MADE[match["made"].casefold()].split()[tense]
    verb = _PHRASE_VERBS[kind][1].split()[tense]
    return f"{verb} {match['worry']}" if part == "worry" else verb


# a who-said question in another shape, read as "who said ..." or "which <role> said ..."
_SAID_THAT = lazy(  # "the fog will lift - who said that?"
    r"^(?P<topic>.+?)[\s,;:.–—-]+who\s+said\s+(?:that|this|it|so)$", re.IGNORECASE
)
_NAME_OF = lazy(  # "what is the name of the official who said ..."
    r"^what(?:['’]s|\s+is|\s+was)\s+the\s+name\s+of\s+(?:the|a|an)\s+"
    r"(?P<role>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:who|that)\s+",
    re.IGNORECASE,
)
_ANYONE = frozenset("person man woman one individual guy lady someone".split())
# "according to whom was the plan dead?", "whose words were 'the plan is dead'?", "who is the
# source of the quote ...", "who was the one saying ...": who said it
_WHOSE = lazy(
    r"^(?:according\s+to\s+whom(?:\s+(?:was|is|were|are|did|does|will|would|has|had))?"
    r"|whose\s+(?:quote|words|line|remark|comment)\s+(?:is|was|were|are)(?:\s+that)?"
    r"|who\s+(?:is|was)\s+the\s+source\s+of\s+the\s+(?:quote|words|line|remark|comment)"
    r"(?:\s+that)?|who\s+(?:is|was)\s+the\s+one\s+(?:saying|who\s+said))\s+",
    re.IGNORECASE,
)
# what follows "spoke for" that is no side spoken for: how long or how often ("for the first
# time", "for an hour", "for two minutes")
_NOT_A_SIDE = (
    r"(?:first|second|third|last|next|final|only|an?|one|two|three|several|many|some|\d+|"
    r"(?:[\w'’-]+\s+){0,2}?(?:times?|hours?|minutes?|while|moments?|days?|weeks?|months?|"
    r"years?)\b)\b"
)
_SHAPES = (
    (lazy(r"^who\s+was\s+it\s+who\s+", re.I), "who "),  # as "who was it that"
    # words reported of someone: "who is said to have called ...", "who was reported to have
    # warned ...", "who, according to the BBC, said ...", "who keeps saying ..."
    (
        lazy(
            r"^who\s+(?:is|was|has\s+been)\s+(?:said|reported|believed|thought|understood|"
            r"alleged)\s+to\s+have\s+",
            re.I,
        ),
        "who ",
    ),
    (lazy(r"^who,?\s+according\s+to\s+[^,]+,\s+", re.I), "who "),
    (lazy(r"^who\s+(?:keeps|kept|keep)\s+(?=saying\b|telling\b|insisting\b)", re.I), "who "),
    # "who among the analysts said", "who from the union said", "who at the bank said"; not
    # "who at the time said", "who from the start said" (when, not who)
    (
        lazy(
            r"^who\s+(?:among|from|at)\s+(?!(?:the\s+)?(?:time|moment|weekend|end|start|"
            r"beginning|outset|first|last|once|least|all|(?:one|this|that|some)\s+point)\b)"
            r"(?:the\s+)?",
            re.I,
        ),
        "which ",
    ),
    # "who responded for the Tories to ...", "who spoke for the family when ...": whom they
    # speak for is who they are, as "which Tory responded to ..." asks
    (
        lazy(
            r"^who\s+(?P<verb>respond(?:s|ed)|repl(?:y|ies|ied)|answer(?:s|ed)|spoke|speaks)\s+"
            r"for\s+(?:the\s+)?(?!" + _NOT_A_SIDE + r")(?P<side>(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+"
            r"(?=(?:to|after|when|on|about|over|following|in)\b)",
            re.I,
        ),
        r"which \g<side> \g<verb> ",
    ),
    # "who coined the phrase ...", "who used the words ..."
    (
        lazy(
            r"^who\s+(?:first\s+)?(?:used|coined|came\s+up\s+with|uttered)\s+the\s+"
            r"(?:phrase|words?|expression|line|term|slogan)\s+",
            re.I,
        ),
        "who said ",
    ),
    (
        lazy(
            r"\b(?:went|is|was|has\s+been)\s+on\s+(?:the\s+)?record\s+"
            r"(?:as\s+(?:saying|having\s+said)|saying|to\s+say)\b",
            re.I,
        ),
        "said",
    ),
    # a view held: "took the view that", "was of the opinion that"
    (
        lazy(
            r"\b(?:took\s+the\s+view|was\s+of\s+the\s+(?:opinion|view)|(?:expressed|voiced)"
            r"\s+(?:the|a|his|her|their)\s+(?:view|opinion|belief))\s+(?=that\b)",
            re.I,
        ),
        "believed ",
    ),
)


def _rephrased(text: str) -> str:
    """Return a who-said question in another shape as "who said ..." ("the fog will lift - who
    said that?", "what is the name of the man who said ...", "who among the analysts said",
    "who coined the phrase ...", "who went on record saying ...")."""
    whose = _WHOSE.match(text)
    if whose:
        text = "who said " + text[whose.end() :]
    said = _SAID_THAT.match(text)
    if said and not _WHO.match(text):
        return f"who said {said['topic']}"
    named = _NAME_OF.match(text)
    if named:
        role = named["role"]
        lead = "who " if role.casefold() in _ANYONE else f"which {role} "
        text = lead + text[named.end() :]
    if not _WHO.match(text):
        return text
    for pattern, replacement in _SHAPES:
        text = pattern.sub(replacement, text, count=1)
    for pattern, verb in SAYING:
        found = pattern.search(text)
        # an idiom after the verb of saying is part of the words said ("who said he was
        # happy with the start"): only the verb's place reads as one
        if found is not None and not _said_before(text[: found.start()]):
            text = pattern.sub(verb, text, count=1)
    return text


def _said_before(opening: str) -> bool:
    """Return whether the words before an idiom hold a verb of saying after "who": the idiom
    is then in the words said, not the way they were put."""
    return any(is_speech_verb(word, after_who=True) for word in opening.split()[1:])
