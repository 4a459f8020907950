"""Cues: the words that attribute speech, and the patterns built from them.

Part of quote attribution (`qabot.attribution.quotes`): speech verbs by how their content follows
them, the cue patterns built from them (matched on text whose quoted words are masked by
`qabot.attribution.quote_marks`, so cues inside quotes are ignored). What stands beside a cue
and the sources named by a dash, a colon or "according to" are `qabot.attribution.cue_sources`;
where the words a cue reports start and end is read in `qabot.attribution.cue_spans`,
sentences and their subjects in `qabot.attribution.sentence_subjects`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from qabot.text.patterns import lazy

# Verbs whose complement may be a bare clause: "X said Russia could ...".
_BARE_VERBS = """said says say told tells tell added adds stressed stresses warned warns claimed
claims insisted insists argued argues explained explains noted notes acknowledged acknowledges
admitted admits conceded concedes declared declares suggested suggests predicted predicts
asserted asserts contended contends maintained maintains wrote writes tweeted believes
believed thinks thought emphasised emphasized emphasises emphasizes reckons stated
remembered surmised recounted opined""".split()
# Belief verbs in the plural or first person ("Economists believe this provides ...", "some
# officials think she is at risk"): cues, but no verb a question about speech is read by
_BELIEF_VERBS = "believe think".split()
# Verbs that need "that", a colon or a quote before their content: "X replied: ...".
_THAT_VERBS = """replied replies responded responds continued continues recalled recalls
complained complains cautioned reiterated reiterates countered counters agreed agrees announced
announces posted observed reported reports revealed concluded concludes hoped hopes feared fears
estimated estimates asked asks testified vowed vows promised promises pledged pledges boasted
quipped joked lamented wondered alleged alleges charged confirmed confirms insisting cried
shouted yelled chanted retorted read reads beamed pressed boomed fumed riffed
answered answers exclaimed interjected mused reflected sighed remembers remarked remarks questioned
proclaimed proclaims gushed write argue conclude warn insist explain scoffed barked snapped
grumbled marveled marvelled commented yells states assured assures reveals observes cautions
boasts retorts quips muses interjects""".split()
# Verbs that report what a document tells ("a new poll shows that ...", "the inquiry found
# that ..."): cues only with a document before them and "that", a clause ("the survey found
# output had risen") or nothing after ("Output rose, the survey found.":
# `qabot.attribution.cue_senses.document_tells`), not "Rooney showed that he is fit"; no verb a
# question about speech is read by
DOCUMENT_VERBS = frozenset("show shows showed found finds".split())
# Verbs of answering words put before, in both tenses: "she replied" after "a reporter asked
# Ruiz, “...?”" is Ruiz's answer (`qabot.attribution.continued_speakers`), and "reports that X
# retorted: “...”" opens X's own quote (`qabot.attribution.content_ends`); each is a cue of the
# lists above too (a test holds them to it), so the question reader knows them as well
REPLIES = frozenset(
    """replied replies answered answers responded responds retorted retorts countered counters
interjected interjects""".split()
)
# Verbs of answering someone's words, which open a clause of their own after "but" ("X said
# the court was slow but the court's Y Z rejected his comments": not X's words)
_REPLY_VERBS = """rejected rejects disputed disputes refuted refutes dismissed dismisses denied
denies contradicted contradicts""".split()
# Verbs whose object is the content: "X accused Moscow of ...", "X denied any ...".
_OBJECT_VERBS = """accused accuses denied denies described describes urged urges called
calls""".split()
# Verbs that attribute words only when quoted words follow: "Reid called Trump a “spoiled brat”".
_QUOTING_VERBS = """referred labeled labelled dubbed branded characterized characterised likened
slammed blasted praised condemned criticized criticised attacked mocked lauded hailed decried
dismissed bemoaned denounced derided ridiculed lambasted touted echoed compared thanked""".split()
# Verbs that attribute only right after the quote, before the speaker ("“...,” underlined Mr
# Vos"); "Data from Spain underlined the problems" and "it underlined the view that" are no speech
_AFTER_QUOTE_VERBS = "underlined underlines underscored underscores".split()
_PARTICIPLES = """adding saying noting warning arguing insisting stressing claiming describing
calling accusing telling explaining suggesting urging denying writing asking stating asserting
declaring predicting promising vowing complaining acknowledging admitting recalling conceding
contending emphasizing emphasising replying responding joking quipping boasting lamenting
pledging proclaiming tweeting chanting shouting yelling commenting announcing""".split()
# participles that report speech after "is" ("Trump is telling veterans that ..."), not "GM is
# recalling cars", "she is writing a book", "the firm is calling back ..."
PROGRESSIVE = frozenset(_PARTICIPLES) - frozenset(
    "writing recalling calling asking announcing tweeting chanting shouting yelling".split()
)
TELL = frozenset("told tells tell telling asked asks".split())
# a question reported after "asked" ("asked whether ...", "asks why ..."): the question's words
ASKED = frozenset("asked asks wondered".split())
ASKED_WHAT = frozenset("whether if why how what when where".split())
# verbs whose object is the one addressed when "that" follows it ("warned the minister that
# ...", "assured voters that ..."): the words reported start after "that", not at the object
ADDRESSED = frozenset("warned warns warn warning assured assures".split())
# participles that report speech whatever follows them, so also after "and", "by", "while",
# "after", "before" or a dash ("X ducked, pointing to his record and saying ..."); not
# "claiming a title", "calling time", "denying him a drink", "recalling players"
LINKED_PARTICIPLES = frozenset(
    """saying adding arguing insisting warning noting suggesting stressing explaining telling
stating asserting declaring predicting promising vowing complaining acknowledging admitting
conceding contending emphasizing emphasising""".split()
)
# every verb the extractor reads as a speech cue, as written in the lists above (the question
# reader recognises the same verbs, in all their forms: qabot.search.speech_verbs)
SPEECH_VERBS = frozenset(
    _BARE_VERBS + _THAT_VERBS + _OBJECT_VERBS + _QUOTING_VERBS + _PARTICIPLES + _AFTER_QUOTE_VERBS
)


def word_alternation(words: Iterable[str]) -> str:
    """Return a regex matching any of `words`, longest first, as a prefix tree.

    Python's re tries a flat alternation one word after another at every position of the
    text; a tree fails at the first letter that no word continues (3x faster over a corpus).
    """
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def pattern(node: dict[str, Any]) -> str:
        branches = [
            re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer word first

    return pattern(tree)


_CUE_PHRASES = frozenset(
    {
        "According to",
        "according to",
        "pointed out",
        "points out",
        "point out",
        "shot back",
        "fired back",
        "hit back",
        "went on",
        "put it",
        *_BARE_VERBS,
        *_THAT_VERBS,
        *_OBJECT_VERBS,
        *_PARTICIPLES,
        *_QUOTING_VERBS,
        *_AFTER_QUOTE_VERBS,
    }
)
# the same, public: the question reader asks with every one of them (a test holds it to it)
CUE_PHRASES = _CUE_PHRASES
# (the texts of these three are built when first used, not at every start)
CUE = lazy(
    lambda: (
        r"(?<![\w'’-])(?P<cue>"
        + word_alternation(_CUE_PHRASES)
        # "added up to 22bn yen" is a sum, "systems maintained by Sun" a passive: not speech
        + r")(?![\w'’-])(?!\s+(?:up|by)\b)"
    )
)
# belief cues, read only where a sentence's cues are (`qabot.attribution.cue_reading`): other
# steps ask whether a cue is near a quote, and "could not believe the goal" is none
BELIEF_CUE = lazy(r"(?<![\w'’-])(?P<cue>believe|think)(?![\w'’-])")
# nouns that report their owner's words when "that" follows ("his claim that ...", "Ruiz's
# insistence that ..."); read only with an owner (`qabot.attribution.cue_reading`): "the claim
# that ..." names no one
NOUN_CUES = frozenset(
    "claim suggestion assertion contention insistence argument allegation".split()
)
NOUN_CUE = lazy(
    lambda: r"(?<![\w'’-])(?P<cue>" + word_alternation(NOUN_CUES) + r")(?=\s+that\s)(?![\w'’-])"
)
# document cues, read only where a sentence's cues are (`DOCUMENT_VERBS`), before "that" or a
# clause, or ending it (`qabot.attribution.cue_senses.document_tells` says which): other steps
# ask whether a cue is near a quote, and "a debut which showed “...”" is none
DOCUMENT_CUE = lazy(
    lambda: r"(?<![\w'’-])(?P<cue>" + word_alternation(DOCUMENT_VERBS) + r")(?![\w'’-])"
)
# A cue's first word stands alone between characters no word holds (see CUE's lookarounds):
# `qabot.attribution.cue_search` looks for these words before trying the patterns
CUE_FIRST_WORDS = frozenset(phrase.split()[0] for phrase in _CUE_PHRASES)

REPLYING = frozenset(_REPLY_VERBS)
BARE, OBJECT = frozenset(_BARE_VERBS + _BELIEF_VERBS), frozenset(_OBJECT_VERBS + _QUOTING_VERBS)
QUOTING = frozenset(_QUOTING_VERBS)
# quoting verbs whose quoted words stand in their own clause ("X thanked fans “for ...”", "the
# cast, crew and “...”"; not "X thanked the voters for their support, he then warned “...”")
CLAUSE_QUOTING = frozenset({"thanked"})
# a comma that opens another clause: a subject pronoun, a conjunction or a participle after it
CLAUSE_BREAK = lazy(r",\s+(?:he|she|they|we|I|it|and|but|then|while|before|after|[a-z]+ing)\b")
# quoting verbs that report a judgement spoken even with no quote ("X praised the workers for
# their courage"), when a person is their subject
JUDGING = frozenset("praised lauded hailed condemned criticised criticized denounced".split())
AFTER_QUOTE = frozenset(_AFTER_QUOTE_VERBS)
# "before the Czech added a third": a goal scored, no words
ADDED = frozenset({"added", "adds"})
SCORED = lazy(r"\s+(?:a|an|his|her|their)\s+(?:second|third|fourth|fifth|sixth|seventh)\b")
# "he added 1.28p per litre", "shares added an extra 6.4%": an amount added, no words (unless a
# clause's verb follows it: "added 20 people were hurt")
AMOUNT = lazy(
    r"\s+(?:(?:a\s+further|an\s+extra|an\s+additional|another|nearly|almost|about|around|some"
    r"|over|more\s+than|just|up\s+to)\s+)?[£$€¥]?\d"
)
BELIEF = frozenset(_BELIEF_VERBS)
# speech verbs that may open a sentence before their speaker and a quote ('Said Mr Ruiz: “...”',
# 'Continued Lee: “...”'), not a belief ("Thought ...") nor a verb needing an object
OPENING_VERBS = frozenset(_BARE_VERBS + _THAT_VERBS) - frozenset(
    "believes believed thinks thought".split()
)
CUE_WORDS = frozenset(_BARE_VERBS + _THAT_VERBS + _OBJECT_VERBS + _PARTICIPLES)
PARTICIPLE = frozenset(_PARTICIPLES)
ADJUNCT_START = frozenset(
    """in on at during after before last this earlier later yesterday
today tonight monday tuesday wednesday thursday friday saturday sunday to by with from for
about over via recently""".split()
)


# the verbs whose "and <verb>" goes on with the speaker of the words before it; not "and told",
# "and asked" ("only to be confined and told he would stay", "when he ... and asked: “...”")
# cues that may close a sentence with their speaker after a comma: "..., said Mr Clarke."
SAYING_VERBS = "said says argued argues added adds insisted insists warned warns claimed".split()
# ... and other verbs of speech that close a sentence so ("..., she noted.", "..., he explained.")
CLOSING_VERBS = """noted notes explained explains stressed stresses wrote writes recalled recalls
observed observes conceded concedes acknowledged acknowledges admitted admits suggested suggests
predicted predicts cautioned cautions maintained maintains claims""".split()
_AND_VERBS = [v for v in _BARE_VERBS + _THAT_VERBS if v not in {*TELL, "read", "reads", "posted"}]
CUT = lazy(
    r",\s+(?:" + "|".join(_PARTICIPLES) + r"|while|whereas|although|though)\b|;\s|\s[-–—]\s"
    # "X accused Y of ..., but Parry explained: ...": a clause with its own speaker and cue
    # "said 20 were keen, but he refuses to name them", "but did not say how": the narration
    r"|,\s+but\s+(?:(?:he|she|it|they)\s+)?(?:(?:refuses|refused|declines|declined)\s+to|(?:did"
    r"|would)\s+not\s+(?:say|name|comment|disclose|reveal|give))\b"
    r"|(?:,\s+(?:but|and|yet)|\sbut)\s+(?:(?:[A-Z][\w'’.-]*\s+){1,4}|(?:he|she|they)\s+"
    # "..., but his lawyer, Ian Marsh, told ...": a role, and the name in apposition to it
    r"|(?:his|her|their|its|the)\s+[a-z-]+(?:\s+[a-z-]+)?,\s+(?:[A-Z][\w'’.-]*\s+){1,3}?"
    r"[A-Z][\w'’.-]*,\s+"
    # "..., but the Kiwi said ...", "but the 23-year-old insisted": a description's own cue
    r"|(?:his|her|their|its|the)\s+(?:[\w'’-]+\s+){1,3}?"
    # "..., and three-quarters said the same", "and most voters say": a share of them
    r"|(?:some|many|most|several|few|others?|half|[a-z]+-(?:thirds|quarters|fifths)"
    r"|\d[\d.,]*\s*(?:%|percent|per\s+cent))\s+(?:[\w'’-]+\s+){0,3}?)(?:also\s+)?"
    r"(?:"
    + "|".join(sorted(_BARE_VERBS + _THAT_VERBS + _REPLY_VERBS, key=len, reverse=True))
    + r")\b"
    # "told the BBC it was a lie and added: “...”": the same speaker's next cue
    r"|\sand\s+(?:" + "|".join(sorted(_AND_VERBS, key=len, reverse=True)) + r")\b"
    # "said the law was void and adding that ...", "wrote a letter before saying ...": the
    # speaker's next words, by a participle of its own
    r"|\s(?:and|by|while|after|before)\s+(?:[a-z]+ly\s+)?(?:"
    # longest first, then by letter: a set's order changes from one process to the next, and
    # the same text lets the next process read the compiled pattern (`qabot.cli.start_cache`)
     + "|".join(sorted(LINKED_PARTICIPLES, key=lambda word: (-len(word), word))) + r")\b"
)
# a relative clause whose own subject names the thing just spoken of: "the tax, which critics
# call a “stealth tax”" (the critics' words, not those of whoever spoke of the tax)
NAMING_RELATIVE = lazy(
    # its subject no pronoun ("which he calls “good fun”": his words) nor a passive's verb
    r",\s+which\s+(?:(?!(?:he|she|i|we|they|it|be|been|is|are|was|were|can|could|will|would"
    r"|may|might|used|to)\s)[a-z]+\s+){1,3}?(?:call|calls|called|describe|describes|described|dub"
    r"|dubs|dubbed|brand|brands|branded|term|terms|termed|label|labels|labelled|labeled)\b"
)
INTRO = lazy(r"(?:\s+(?!that\b)[^\s·\"“”]+){0,6}?(?:\s+that,?(?=\s)|\s*[,:;]?\s*(?=[\"“]))\s*")
