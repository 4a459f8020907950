"""Uncued signs: what the words around a quote with no cue of its own tell (inside
`qabot.attribution.uncued_quotes`).

A name alone after the quote ('“...,” Mr Bootle.'), a pronoun opening the cue after it
('“...,” she said'), a quoted title naming a thing ('a “Sky High” reception'), a cue of the
quote's own sentence right before it whose speaker was not read, a sentence naming someone else
than the speakers before it, words someone received ('she received comments including “...”':
the comments'), a name something goes by or a work's title, and whether a verb is one of speech.
"""

from __future__ import annotations

from qabot.attribution.cue_objects import agrees_with_before, object_after, parts_next_sentence
from qabot.attribution.cues import CUE, SPEECH_VERBS
from qabot.attribution.persons import Person
from qabot.attribution.quote_marks import is_title
from qabot.text.lexicon import NOT_NAME, WORK_NOUNS
from qabot.text.patterns import lazy

# a cue's own quote after a colon ("told researchers of the hostility: “...”")
OWN_QUOTE = lazy(r"[^:\"“”\n]{0,120}:\s*[\"“]")

# the last word before a quote, a comma or colon after it ("shouted, “...")
_WORD_BEFORE_QUOTE = lazy(r"\b([a-z]+)\s*[,:]\s*$")
# '“...,” Mr Bootle.': a titled name or a full name alone between a quote and a full stop
NAME_ALONE = lazy(
    r"[^\S\n]+((?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Prof)\.?[^\S\n]+)?[A-Z][\w'’-]+"
    r"(?:[^\S\n]+[A-Z][\w'’-]+)?)\.(?:\s|$)"
)

# '“...,” a crestfallen Mr Lim confided in ...': a titled or full name, perhaps described, and a
# past-tense verb after a quote ending in a comma, a cue whose verb the cue list lacks
NAME_THEN_VERB = lazy(
    r"[^\S\n]+(?:(?:a|an|the)[^\S\n]+(?:[a-z][\w-]*[^\S\n]+){0,2})?"
    r"((?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Prof)\.?[^\S\n]+)?[A-Z][\w'’-]+"
    r"(?:[^\S\n]+[A-Z][\w'’-]+)?)[^\S\n]+[a-z]{3,}ed\b"
)

# a clause a cue reports after it: "said that ...", "said she was ..."
_OWN_CLAUSE = lazy(r"\s+(?:that|he|she|they|it|we|I)\s")

# a name something goes by, no one's words: "known then as the “...”", "nicknamed “...”"
_KNOWN_AS = lazy(
    r"\b(?:(?:known|billed|styled)\s+(?:\w+\s+)?as|nicknamed|dubbed)\s+(?:(?:the|a|an)\s+)?$"
)
_BY_AUTHOR = lazy(r"\s*by\s+[A-Z]")
# words the sentence's subject received, the quote among them ("she received comments including
# “...” and “...”", "faced taunts such as “...”", "got messages saying “...”"): the comments';
# not "received emails that were “...”" (the words describe them), "received it and said “...”"
_RECEIVED = lazy(
    r"\b(?:received?|receives|receiving|got|gets|getting|faced?|faces|facing|drew|draws"
    r"|attracted|attracts)\s+(?:[\w'’-]+\s+){0,4}?(?P<words>comments?|messages?|remarks?"
    r"|replies|responses|tweets?|posts?|abuse|criticism|insults?|taunts?|chants?|jibes?"
    r"|letters?|e-?mails?|texts?)(?:\s+(?:of|from)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?"
    r"(?:\s+of|,?\s+(?:including|such\s+as|like|saying|reading))\s+"
    r"(?:[\"“]·*[\"”][,\s]+(?:and|or)\s+)*$"
)

# '“...,” she said': a pronoun right after a quote, the subject of the cue that follows it
PRONOUN_AFTER = lazy(r"[\s'’]*(?:he|she|they)\s+")
# '“...,” the world record holder told': a description right after a quote, then its cue
_DESCRIPTION_AFTER = lazy(r"[\s'’]*(?:the|a|an)\s+")
_WORD = lazy(r"[^\s\"“”.;:!?,]+\s+")
# '“...,” he jokes': a pronoun and a verb after a quote (no auxiliary: '“...,” she was “whisked
# off”' tells what befell her)
_PRONOUN_VERB = lazy(
    r"[\s'’]*(?:he|she|they)\s+(?:[a-z]+ly\s+)?"
    r"(?!(?:was|is|were|are|has|had|have|would|will|could|can|did|does|do|may|might|must"
    r"|should)\b)[a-z]{3,}\b"
)


# '“...,” the cardinal will ask', '“...,” whispered the party official': a subject and a verb
# the cue list lacks after a quote opening its sentence (a verb in -ed or -s, not "was", or one
# after "will" or "would", after up to four words of a description), or a verb in -ed and its
# subject
_DESCRIBED_VERB = (
    r"[\s'’]*((?:the|a|an)(?:\s+[\w'’-]+){1,4}?)\s+(?:[a-z]+ly\s+)?"
    r"(?:(?:will|would)\s+[a-z]{3,}|(?!(?:was|is|has|does)\b)[a-z]{2,}(?:ed|s))"
)
_VERB_AFTER = lazy(
    rf"(?:{_DESCRIBED_VERB}|[\s'’]*[a-z]{{3,}}ed\s+(?:the|a|an|Mr|Mrs|Ms|Dr|[A-Z][a-z]+)\b)"
    r"(?=[\s,.;:!?]|$)"
)
# the description of such a cue, whom it may name ('“...,” the cardinal will ask')
DESCRIBED_THEN_VERB = lazy(_DESCRIBED_VERB + r"(?=[\s,.;:!?]|$)")


def cue_after(
    masked: str, q1: int, s1: int, opens: bool = False, none_before: bool = False
) -> bool:
    """Return True when a pronoun or a description and then a cue follow a quote in its
    sentence ('“...,” she said', '“...,” the world 200m and 400m record holder told Five
    Live'): its speaker, read or not. When the quote `opens` its sentence, a description or an
    inverted verb the cue list lacks counts too ('“...,” the cardinal will ask'), and a pronoun
    and any verb ('“...,” he jokes') when no speaker comes before the quote in its paragraph
    (`none_before`: "he" means someone before, never a later sentence's speaker; with one
    before, the quote goes on with them)."""
    pronoun = PRONOUN_AFTER.match(masked, q1)
    if pronoun is not None and CUE.match(masked, pronoun.end()) is not None:
        return True
    if opens and _VERB_AFTER.match(masked, q1, s1) is not None:
        return True
    if opens and none_before and _PRONOUN_VERB.match(masked, q1, s1) is not None:
        return True
    opening = _DESCRIPTION_AFTER.match(masked, q1, s1)
    at = opening.end() if opening is not None else -1
    for _ in range(8 if opening is not None else 0):
        word = _WORD.match(masked, at, s1)
        if word is None:
            return False
        at = word.end()
        if CUE.match(masked, at) is not None:
            return True
    return False


def names_a_thing(masked: str, q0: int, q1: int, inner: str) -> bool:
    """Return True for a quoted title between a determiner and a noun ('a “Sky High”
    reception', 'the “Gang of Eight” bill'): it names a thing, no one says it."""
    before = masked[max(0, q0 - 8) : q0].split()[-1:]
    after = masked[q1 : q1 + 20].split()[:1]
    return (
        is_title(inner)
        and before[:1] in (["a"], ["an"], ["the"], ["his"], ["her"], ["their"])
        and bool(after)
        and after[0][:1].islower()
    )


def no_ones_words(masked: str, s0: int, q0: int, q1: int, inner: str) -> bool:
    """Return True for a quote that is nobody's words we can give: a name something goes by
    ('a school known then as the “Eton of the valleys”'), a work's title with its author after
    it ('“This Kind of War,” by T.R. Fehrenbach')."""
    return bool(
        _KNOWN_AS.search(masked, max(s0, q0 - 40), q0)
        or (is_title(inner) and _BY_AUTHOR.match(masked, q1))
    )


def received_words(masked: str, s0: int, q0: int) -> str | None:
    """Return what holds a quote its sentence tells someone received ("comments" in 'she
    received comments including “Eat something”'): their words, never the receiver's."""
    found = _RECEIVED.search(masked, max(s0, q0 - 200), q0)
    return None if found is None else found.group("words")


def introduced_by_cue(masked: str, s0: int, q0: int) -> bool:
    """Return True when a speech cue of the quote's own sentence ends right before it ('X
    said: “...”', 'X added, “...”'), its speaker not read: someone else than anyone before. A
    participle goes on with the subject before it ('X said ..., adding, “...”')."""
    before = masked[s0:q0].rstrip(" :,")
    return any(
        cue.end() == len(before) and not cue.group("cue").endswith("ing")
        for cue in CUE.finditer(before, max(0, len(before) - 30))
    )


def names_another(opening: str, speakers: list[Person]) -> bool:
    """Return True when `opening` (a sentence up to a cue) holds a capitalised word after its
    first that is no function word and no word of the names of `speakers`: someone else."""
    known = {w.casefold() for person in speakers for w in person.name.split()}
    return any(
        word[:1].isupper() and word.casefold() not in NOT_NAME and word.casefold() not in known
        for word in (w.strip(",;:()'’\"“”") for w in opening.split()[1:])
    )


def after_a_cue(before: str) -> bool:
    """Return True when `before` (the words before a quote) ends with a speech verb and a
    comma or colon ("When someone shouted, “...”"): the quote is that verb's words, whoever
    its speaker is, and not those of a cue after it ('“Cruz,” Beck joked, “Amen ...”')."""
    word = _WORD_BEFORE_QUOTE.search(before)
    return word is not None and speech_verb(word.group(1))


def speech_verb(word: str) -> bool:
    """Return True for a speech cue verb in any of its simple forms ("reveals", "mused")."""
    stem = word.removesuffix("s")
    return word in SPEECH_VERBS or f"{stem}ed" in SPEECH_VERBS or f"{stem}d" in SPEECH_VERBS


def unread_pronoun(words: list[str], verb: str) -> bool:
    """Return True when a quote's sentence opens with "he" or "she" and a verb of speech ('He
    told MPs: “...”'): the quote is theirs, whoever the pronoun means."""
    return len(words) == 1 and words[0].casefold() in {"he", "she"} and speech_verb(verb)


def after_a_work(masked: str, s0: int, q0: int) -> bool:
    """Return True when a quote follows the noun of a work in its sentence ('the song contains
    the lyrics “...”', 'its slogan “...”'): the work's words, not the last speaker's."""
    before = masked[s0:q0].rstrip(" ,:").split()[-1:]
    return bool(before) and before[0].casefold().removesuffix("s") in _WORKS


_WORKS = frozenset(WORK_NOUNS)


def no_cue_after(masked: str, q1: int, s1: int, inner: str, left_open: bool = False) -> bool:
    """Return True when no cue right after a quote (ending at `q1`, its words `inner`) names
    its speaker, so a quote opening a paragraph may go on with the last one's speaker (whose
    quote the last paragraph `left_open`, or not)."""
    cue = CUE.search(masked, q1, max(s1, q1 + 30))
    return (
        # '“...” X has recalled the veteran Y': a verb with an object reports nothing
        (
            cue is None
            or object_after(cue.group("cue"), masked[cue.end() : cue.end() + 40])
            # '“... Betty'.” X told researchers: “...”': a cue with a quote of its own
            or (inner.rstrip()[-1:] in ".!?" and bool(OWN_QUOTE.match(masked, cue.end())))
            # '“...” It helps, said Mr Burke, that ...': an inverted cue parting a new sentence
            or parts_next_sentence(masked, q1, cue.start(), inner)
            # '“... people.” Winslet said she was “ecstatic”': a cue of the next sentence,
            # reporting a clause of its own, after a quote the last paragraph left open; after
            # a closed one ('“We won.” Berg said he was delighted') the cue may be the quote's
            or (
                left_open
                and inner.rstrip()[-1:] in ".!?"
                and bool(_OWN_CLAUSE.match(masked, cue.end()))
            )
        )
        # '“...,” remembers X': a quote ending in a comma is someone's, named next
        and not inner.rstrip().endswith(",")
    )


def full_name(person: Person) -> bool:
    """Return True for a person the story names in full ("Glenn Beck"), not a body."""
    return not person.organisation and len(person.name.split()) >= 2


def speaks_on(length: int, cue: str, speaker: Person) -> bool:
    """Return True when a cue whose words were not found (reaching `length` characters past
    it) gives its speaker to a quote after another speaker's: a person named in full, whose
    cue reaches over the quote ('When X shouted, “Cruz,” Beck joked, ...') or who agreed with
    the words before ('“...” X agreed. “...”': X goes on)."""
    return (length > 1 or agrees_with_before(cue)) and full_name(speaker)
