"""A question's phrasing made plain before it is read: what was typed in a hurry read as meant
("whos", "shouldnt", "iraq?????"); for speech questions, polite openings dropped ("can you tell
me what ..."), idioms of speaking read as their verb ("hit out at" is "attacked"; in a "who" or
"which" question, "pointed out" is "noted", "made the claim that" is "claimed"), and a who-said
question in another shape read as "who said ..." (`qabot.search.who_said_shapes`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from qabot.search.who_said_shapes import as_who_said
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
# "say" and "about" as typed in a hurry ("what did X sey abut the budget"): too short for the
# spelling check (`corrections.MIN_LETTERS`), and "abut" is a word some article holds. Read only
# where a speech question has them: a say-form after "did/does/do/will X", an about-form right
# after a verb of saying ("the houses abut the road" is left alone)
_TYPED_SAY = {
    "sey": "say", "sya": "say", "sau": "say", "saay": "say", "sday": "say", "sy": "say",
    "siad": "said", "sayd": "said", "sed": "said", "sadi": "said", "saiid": "said",
    "sez": "says", "seys": "says", "syas": "says", "sayz": "says", "sasy": "says",
}  # fmt: skip
_TYPED_ABOUT = {"abut", "abt", "abou", "abot", "abotu", "aobut", "abuot", "baout"}
_SAID_TYPED = lazy(
    r"\b(?P<before>(?:did|does|do|will|would|has|have|had)\s+(?:[\w.'’-]+\s+){1,5}?)"
    r"(?P<say>"
    + "|".join(_TYPED_SAY)
    + r")\b(?=\s+(?:"
    + "|".join(sorted(_TYPED_ABOUT))
    + r"|about|on|of|over|regarding)\b|\s*[?.!]?\s*$)",
    re.IGNORECASE,
)
# "who sed the plan was dead": a who-said question's verb
_WHO_TYPED = lazy(r"^(?P<before>\s*who\s+)(?P<say>" + "|".join(_TYPED_SAY) + r")\b(?=\s+\w)", re.I)
_ABOUT_TYPED = lazy(
    r"\b(?P<verb>say|says|said|saying|tell|told|think|thinks|thought|speak|spoke|talk|talked"
    r"|write|wrote|tweet|tweeted|claim|claimed|warn|warned)\s+(?P<about>"
    + "|".join(sorted(_TYPED_ABOUT))
    + r")\b",
    re.IGNORECASE,
)


# a run of marks ("iraq????? and brown", "why!!!", "tuition fees?!?!"): typed for emphasis,
# read and echoed as one, a question mark when the run holds one
_MARK_RUN = lazy(r"[?!]{2,}")


def single_marks(question: str) -> str:
    """Return `question` with each run of "?" and "!" as one mark ("?" if the run has one)."""
    if "?" not in question and "!" not in question:
        return question
    return _MARK_RUN.sub(lambda run: "?" if "?" in run.group() else "!", question)


def as_meant(question: str) -> str:
    """Return a question with what was typed in a hurry read as meant: a negative contraction
    without its apostrophe ("shouldnt"), a misspelt question word opening it ("wat did ...",
    "whos the ...") and a misspelt "say" or "about" in a speech question ("sey abut")."""
    if "nt" in question.lower():  # every match holds it (most questions hold none)
        question = _NO_APOSTROPHE.sub(lambda m: m[0][:-1] + "'t", question)
    first = _FIRST_WORD.match(question)
    if first is not None and first[1].casefold() in _TYPED_OPENERS:
        question = _TYPED_OPENERS[first[1].casefold()] + question[first.end() :]
    if _SAID_TYPED.search(question):
        question = _SAID_TYPED.sub(
            lambda m: m["before"] + _TYPED_SAY[m["say"].casefold()], question
        )
    if _WHO_TYPED.match(question):
        question = _WHO_TYPED.sub(lambda m: m["before"] + "said", question)
    if _ABOUT_TYPED.search(question):
        question = _ABOUT_TYPED.sub(lambda m: m["verb"] + " about", question)
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
    if text.endswith("/") and "/" not in text.split()[-1][:-1]:
        # "what did X say/": the "?" typed without its shift key (a link's last "/" stays)
        text = text[:-1].rstrip("?!. ")
    text = _GREETING.sub("", text)
    text = _TELL_ME.sub("", text)
    text = _OPENING.sub("", text)
    # "find who said ...", "I'd like to know who said ...", "do you know who said ..."
    text = _ASKING.sub("", text)
    text = _ASKING_AFTER.sub("", text)  # "who said the plan was dead, do you know?"
    text = as_who_said(text)
    text = _IDIOMS.sub(_idiom_verb, text)
    if _WHO.match(text):  # the question's own verb: a what-said tail is the topic as written
        text = _SPEAKING.sub(_speaking_verb, text)
    return _DISMISSING.sub(lambda m: _DISMISSED[m["verb"].casefold()], text)


_GREETING = lazy(r"^(?:hi|hello|hey)\b[,!.\s]+(?=\w)", re.I)
_TELL_ME = lazy(
    r"^(?:(?:and|so|ok|okay|but|please)[,\s]+)?(?:(?:can|could)\s+you\s+)?"
    r"(?:tell\s+me|show(?:\s+me)?)\s+(?=what|who|which|how)",
    re.I,
)
_OPENING = lazy(r"^(?:and|so|ok|okay|but)[,\s]+(?=what|did|who|which|how)", re.I)


def _symbol(char: str) -> bool:
    """Return whether `char` is a pictograph, flag letter or joiner rather than text."""
    return unicodedata.category(char) in {"So", "Cf"} or "\ufe00" <= char <= "\ufe0f"


_ASKING = lazy(
    r"^(?:please\s+)?(?:(?:can|could)\s+you\s+)?(?:(?:find|found|search|look|work|figure)"
    r"(?:\s+(?:out|up))?|(?:do|does)\s+(?:you|anyone)\s+know|i\s*(?:['’]d|\s+would)\s+like"
    r"\s+to\s+know|i\s+(?:want|need)\s+to\s+know|i\s+wonder)\s+(?=who\b|which\b|what\b)",
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


def _idiom_verb(found: re.Match[str]) -> str:
    """Return the verb an idiom of attacking stands for, in its form: "hit" is past as well as
    present, and past after a role ("which manager hit out at ..." is "attacked"; "which
    manager attack ..." would read "attack" as a name), present after "did", "to", "will"."""
    verb = _IDIOM_VERBS[next(v for v in found.groups() if v).casefold()]
    before = found.string[: found.start()].casefold().split()
    if (
        found["hit"] is not None
        and found["hit"].casefold() == "hit"
        and before[:1] == ["which"]
        and before[-1:] != []
        and before[-1] not in _BEFORE_BARE
    ):
        return "attacked"
    return verb


# words before a verb's bare form ("did", "to", "will")
_BEFORE_BARE = frozenset("did do does to will would can could should might may must".split())


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
    # the nouns the extractor reads as cues before "that" (`qabot.attribution.NOUN_CUES`)
    "allegation": "allege alleges alleged alleging",
    "assertion": "assert asserts asserted asserting",
    "argument": "argue argues argued arguing",
    "contention": "contend contends contended contending",
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
