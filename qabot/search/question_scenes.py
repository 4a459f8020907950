"""Question scenes: a phrase or a sentence before a speech question that tells when, where or
about what the words asked for were spoken (inside `qabot.search.questions`).

"after the final whistle, who said ...?", "in the Lords debate - which peer warned ...?",
"Nortel has cut its profits. what did its boss say?": the scene joins the topic of the speech
question after it. The question after the scene is read by the caller's parser (`parse`), so
this module does not import the one that reads speech questions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from qabot.search.clause_verbs import AUXILIARIES
from qabot.search.speech_topics import as_topic
from qabot.search.which_said_questions import read_which_said
from qabot.search.who_said_questions import DASHES, SpeechQuestion, read_who_said
from qabot.text import tokenize
from qabot.text.patterns import lazy


def who_or_which_said(words: list[str], folded: list[str]) -> SpeechQuestion | None:
    """Read "who said ...?" or, with a role instead of "who", "which minister said ...?"."""
    reader = read_who_said if folded[0] == "who" else read_which_said
    return reader(words, folded)


_OPENING_WORDS = 12  # words an opening phrase before ", who said ..." may run to
# words that open a phrase of when or where ("after the match,", "speaking to the BBC,"), or
# of what about ("about the new stadium, what did X say?")
_OPENERS = frozenset(
    "after before when while during following since amid in at on as with from over ahead "
    "despite once until upon asked yesterday today tonight last this earlier later recently "
    "back about".split()
)


def after_opening(
    words: list[str], folded: list[str], parse: Callable[[str], SpeechQuestion | None]
) -> SpeechQuestion | None:
    """Read "after the final whistle, who said ...?", "in the Lords debate - which peer warned
    ...?": a phrase before the question tells when or where the words were spoken, so it joins
    the topic (the quote's article tells of it) of the "who said" question after its comma or
    dash; "after the match, what did X say?" is read as "what did X say after the match?"."""
    if folded[0] not in _OPENERS and not folded[0].endswith("ing"):
        return None  # "Tony Blair, who said ...": a name and a clause about it, not a setting
    for at in range(1, min(len(words) - 1, _OPENING_WORDS + 2)):
        comma = words[at - 1].endswith(",")
        # "during the debate what did X say": "what did" opens a question without a comma
        asks = folded[at] == "what" and folded[at + 1] in AUXILIARIES
        if folded[at] not in {"who", "which", "what"} or not (
            comma or words[at - 1] in DASHES or asks
        ):
            continue
        dash = not comma and words[at - 1] in DASHES
        opening = [word.rstrip(",") for word in (words[: at - 1] if dash else words[:at])]
        if folded[at] == "what":
            # "after the match, what did X say?" asks what X said after the match
            asked = " ".join(words[at:]).rstrip("?!. ")
            said = parse(f"{asked} {' '.join(opening)}")
            return said if said is not None and said.kind == "what_said" else None
        found = who_or_which_said(words[at:], folded[at:])
        if found is None or found.topic is None:
            return None
        return replace(found, topic=as_topic([*opening, found.topic]))
    return None


# the end of a sentence before a question ("Nortel cut its profits. what did its boss say?")
_CONTEXT_END = lazy(r"[.?!;:]\s+(?=(?:what|who|which|how|did|has|have|does)\b)", re.I)


def after_context(
    text: str, parse: Callable[[str], SpeechQuestion | None]
) -> SpeechQuestion | None:
    """Read "Nortel has cut its profits. what did its boss say?": a sentence the reader wrote to
    set the scene tells what the words asked for were about, so it joins the topic of the
    speech question after it (when it has two words or more: "Thanks. what did X say?" asks
    what X said)."""
    ends = list(_CONTEXT_END.finditer(text))
    if not ends:
        return None
    context = text[: ends[-1].start()].strip(" ,;:\"“”'")
    said = parse(text[ends[-1].end() :])
    if said is None or len(tokenize(context)) < 2:
        return said  # "Thanks. what did X say?": the question alone
    if said.kind == "who_said":
        return replace(said, topic=as_topic([context, said.topic or ""]))
    shown = f"“{context}”"  # the lead quotes the scene set, as the reader wrote it
    return replace(
        said,
        topic=as_topic([said.topic or "", context]),
        asked=f"{said.asked or 'said'}, on {shown}",
    )
