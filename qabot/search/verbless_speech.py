"""Speech questions with no speech verb: a headline's "Stoltenberg on tanks" and "what was
tony blairs view on Y" (a possessive typed without its apostrophe), each read as "what did X
say about Y?" only when X is someone quoted (`read_question`, `qabot.search.question`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qabot.attribution import is_description, is_group
from qabot.attribution.speaker_words import PERSON_WORDS, head_noun
from qabot.engines import PassageFilter
from qabot.indexing import Index
from qabot.records import Quote
from qabot.search.headline_names import (
    a_person,
    name_as_written,
    one_name,
    person_named,
    role_given,
    written_name,
)
from qabot.search.misspelt_names import corrected_speaker
from qabot.search.name_writing import mostly_a_name
from qabot.search.named_roles import name_before_affiliation
from qabot.search.questions import SpeechQuestion, unmarked_possessive, what_said
from qabot.search.short_forms import unwritten
from qabot.search.which_said_questions import names_a_person
from qabot.text import terms_of, tokenize
from qabot.text.lexicon import PERSON_NOUNS, ROLE_NOUNS, strip_title
from qabot.text.patterns import lazy

# "Stoltenberg on tanks", "Arsene Wenger on the referee": a headline's "what X said about Y"
_HEADLINE = lazy(
    r"^(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+on\s+(?P<topic>\w.*?)[\s?!.]*$"
)
# "NATO chief on Iraq", "Fed chairman on rates", "Chelsea boss on the title race": a role with
# its owner, as headlines name people
_HEADLINE_ROLE = lazy(
    r"^(?P<who>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}(?:\s+[a-z][\w-]*){0,2}?"
    r"\s+(?P<role>[a-z]+))\s+on\s+(?P<topic>\w.*?)[\s?!.]*$"
)
# ... and typed in lower case ("gary thayer on the gdp figure"), when each word of the name is
# one the articles mostly write with a capital
_LOWER_HEADLINE = lazy(
    r"^(?P<who>[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)\s+on\s+(?P<topic>\w.*?)[\s?!.]*$", re.IGNORECASE
)
# "the Chelsea manager on the referee", "the director of the hospital on waiting lists": a role
# the question names with its article, read when its head is a word for a person or an office
_THE_ROLE = lazy(
    r"^(?P<who>(?:the|a|an|(?:\S+\s+){0,2}?\S+['’]s?)\s+\S+(?:\s+\S+){0,7}?)"
    r"\s+on\s+(?P<topic>\w.*?)[\s?!.]*$",
    re.I,
)
# passages on the topic, in the person's articles, that may hold their words
HEADLINE_PASSAGES = 50


# "Blair comments on Iraq", "howard quotes on immigration": a headline's "X on Y" with the
# kind of words asked for between (a noun, or a verb in the present as headlines write it)
_WORDS_ON = lazy(
    # ... asked for: "give me mourinho quotes about chelsea", "show me all the blair remarks on"
    r"^(?:(?:please\s+)?(?:give|show|get|find|send)\s+(?:me\s+|us\s+)?|any\s+|some\s+)?"
    r"(?:(?:all|some|any)\s+(?:of\s+)?)?(?:the\s+)?"
    r"(?:quote\s+(?P<quoted>\S+(?:\s+\S+){0,3}?)"  # "quote wenger on the referee"
    # (a role may run long: "IBM's vice president for intellectual property quotes about Y")
    r"|(?P<who>\S+(?:\s+\S+){0,7}?)\s+(?:comments?|quotes|remarks|words|views|thoughts|opinions?|talking|speaking))"
    r"\s+(?:on|about|regarding|concerning)\s+(?P<topic>\w.*)$",
    re.IGNORECASE,
)
# "gordon brown about the budget", "wenger about the fine", "the Chelsea manager about the
# referee": a name or a role and "about", no verb, read as "X on Y" is; a word alone only as a
# headline's is ("Stoltenberg on tanks": someone quoted, for sure, whose words touch the topic;
# "Chelsea about ..." stays a search that merely opens with a name)
_NAME_ABOUT = lazy(r"^(?P<who>\S+(?:\s+\S+){0,8}?)\s+about\s+(?P<topic>\w.*)$", re.I)


def verbless_speech(index: Index, words: str) -> SpeechQuestion | None:
    """Return a question with no speech verb read as "what did X say about Y?", or None."""
    worded = _WORDS_ON.match(words)
    if worded is not None:
        who = worded["who"] or worded["quoted"]
        # "the transport secretary quotes about Y" asks a role with its article ("the" read
        # as the role's first), "all the blair remarks on Y" a name after it
        start = worded.start("who") if worded["who"] else worded.start("quoted")
        the = words[max(0, start - 4) : start]
        whos = [the + who, who] if worded["who"] and the.casefold() == "the " else [who]
        for asked in whos:
            headline = _headline(index, f"{asked} on {worded['topic']}")
            if headline is not None:
                return headline
    return _headline(index, words) or _name_about(index, words) or _unmarked(index, words)


def _name_about(index: Index, words: str) -> SpeechQuestion | None:
    """Return "gordon brown about the budget" read as "what did Gordon Brown say about the
    budget?" as "gordon brown on the budget" is (`_headline`: someone quoted, or a role that
    resolves to one person), and only when a quote of the person quoted touches the topic:
    "tobias lund about the library" may be a search that opens with a name, and keeps the
    passages on the library rather than his words on other things."""
    found = _NAME_ABOUT.match(words)
    if found is None:
        return None
    who, topic = found["who"], found["topic"]
    read = _headline(index, f"{who} on {topic}")
    if read is None:
        return None
    from qabot.search.resolution import resolve_speaker  # imported by `_headline` already

    person = resolve_speaker(index, who, topic).person
    if person is not None and not _spoke_on(
        index, set(tokenize(topic)), index.speakers.quotes_of(person)
    ):
        return None
    return read


def _headline(index: Index, words: str) -> SpeechQuestion | None:
    """Return "X on Y" read as "what did X say about Y?" when X is someone quoted, for sure,
    or a role that resolves to one person ("NATO chief on Iraq").

    The name's last word must be one the articles mostly write with a capital ("Jobs on the
    line at Rover" is about jobs, though Steve Jobs is quoted), and a name several people or groups
    may own about equally ("Labour") is no headline's speaker, nor is someone none of whose
    quotes (or the sentences giving them) holds a word of the topic: the question stays an
    ordinary one.
    """
    match = _HEADLINE.match(words)
    role = _HEADLINE_ROLE.match(words) if match is None else None
    if role is not None and role.group("role") not in ROLE_NOUNS:
        role = None
    the_role = _THE_ROLE.match(words) if match is None and role is None else None
    if role is not None:
        # the role's owner is no word to test for capitals: the role must resolve, for sure,
        # to someone the articles tie to that owner
        match = role
    elif the_role is not None and (
        _a_role(the_role.group("who")) or role_given(index, the_role.group("who"))
    ):
        match = the_role  # a role asked as a role: whoever holds it, the topic tells them apart
    else:
        lower = match is None
        match = match or _LOWER_HEADLINE.match(words)
        if match is None:
            return None
        # read before the speaker directory, which takes long to build
        said = match.group("who").split()
        if not all(mostly_a_name(index, word) for word in (said if lower else said[-1:])) and not (
            _full_name(index, said)
            or _name_typed(index, said)
            or (not lower and len(said) > 1 and written_name(index, said))
            or (len(said) == 1 and one_name(index, said[0]))
        ):
            # in no passage, or mostly a common word there, unless the articles write the
            # words typed with capitals as a person's name ("Lillian Tan") or the directory
            # knows them as one's other name ("Fatboy Slim")
            return None
    who, topic = match.group("who"), match.group("topic")
    # someone or a role the articles name: resolved as a speaker is, by readers imported only
    # now (most questions are no headline, and a plain one never needs them)
    from qabot.search.resolution import resolve_speaker

    resolution = resolve_speaker(index, who, topic)
    if resolution.person is None and match is not role and match is not the_role:
        # "roy hattersley": quoted as Lord Hattersley; "Ada Vale on the strike": a person
        # named but never quoted, whose words the answer says it does not hold
        return _misspelt(index, who, topic) or _unquoted(index, who, topic)
    if resolution.person is None or (resolution.unsure and match is not the_role):
        return None  # a name several may own ("Labour") is no headline's speaker
    about = set(tokenize(topic))
    people = [resolution.person, *(resolution.choices if resolution.unsure else ())]
    if not any(_spoke_on(index, about, index.speakers.quotes_of(p)) for p in people) and (
        resolution.unsure or not a_person(index, resolution.person)
    ):
        # nothing of theirs on it: "Arsenal on the title race" is a search; a person's words
        # on other things are answered as such ("X said nothing about Y; their words on ...")
        return None
    return what_said(who, topic)


def _unquoted(index: Index, who: str, topic: str) -> SpeechQuestion | None:
    """Return "Ada Vale on the strike" read as what Ada Vale said about it when nobody quoted is
    called so but the articles write the name as a person's (`person_named`; not "Casino
    Royale"): the answer says there is no quote of theirs and shows the passages naming them,
    rather than passages that need not."""
    words = name_as_written(index, who.split())  # "o'malley": the articles' "O'Malley"
    if (
        len(words) < 2
        or is_group(" ".join(words))
        or is_description(who)
        or strip_title(who) != who
        or not person_named(index, words)
    ):
        return None
    return what_said(who, topic)


def _spoke_on(index: Index, about: set[str], quotes: Sequence[Quote]) -> bool:
    """Return whether a quote, the sentence giving it or the passage holding it holds a word
    of the topic."""
    return any(about & {*terms_of(q.text), *terms_of(q.sentence)} for q in quotes) or (
        _spoke_beside(index, about, quotes)
    )


def _a_role(phrase: str) -> bool:
    """Return whether `phrase` ("the Chelsea manager", "the head of the union", "IBM's chief
    executive", "Empire's critic") names a person by a role: its head noun is a word for a
    person or an office ("the ban on smoking", "Labour's policy on X", "the impact of X" are
    none)."""
    head = head_noun(phrase)
    return head is not None and (head in PERSON_WORDS | PERSON_NOUNS or names_a_person(head))


def _misspelt(index: Index, who: str, topic: str) -> SpeechQuestion | None:
    """Return "tim henmen on beating nalbandian" read as what Tim Henman said about it: a name
    of words that are names or in no passage (a given name may be a word: "bill gammell"),
    nobody quoted is called, a letter off someone quoted (`corrected_speaker`) whose words
    are on the topic; "tax on petrol" and "the bridge on fares" hold words, not a name."""
    if not _name_typed(index, who.split()):
        return None
    about = tuple(tokenize(topic))
    correction = corrected_speaker(index, who, about)
    if correction is None:
        return None
    # a given name typed as the person's, the surname a letter off ("david theriualt"), is a
    # name for sure: their words on other things are answered as such
    typed, full = who.casefold().split(), correction.person.casefold().split()
    given = len(typed) > 1 and len(full) > 1 and typed[0] == full[0]
    if not given and not _spoke_on(index, set(about), index.speakers.quotes_of(correction.person)):
        return None
    return what_said(who, topic)


def _name_typed(index: Index, said: list[str]) -> bool:
    """Return whether the words `said` may be a name typed, perhaps misspelt, perhaps after a
    title or before where the person works ("maria capela from pipex"): each a name, a word
    in no passage or a given name, not given names alone ("mark will"), and one word alone
    only when no passage holds it."""
    # "professor brian colins", "maria capela from pipex": the name
    said = strip_title(name_before_affiliation(" ".join(said)) or " ".join(said)).split()
    kinds = [_name_kind(index, word) for word in said]
    if not kinds or None in kinds or all(kind == "given" for kind in kinds):
        return False
    return len(said) > 1 or kinds == ["unwritten"]


def _name_kind(index: Index, word: str) -> str | None:
    """Return how `word` may be part of a name typed: "name" (the articles mostly capitalise
    it), "unwritten" (no passage holds it: a misspelling), "given" (someone quoted has it as
    a first name, though it may be a word: "bill", "mark"), or None."""
    if unwritten(index, word):
        return "unwritten"
    if mostly_a_name(index, word) or mostly_a_name(index, word, unseen=True):
        return "name"  # ... or its stem's words are ("colins": "Colin")
    return "given" if index.speakers.match(word).how == "given" else None


def _full_name(index: Index, said: list[str]) -> bool:
    """Return whether `said` is the whole name of someone quoted, given name first ("Steve
    Jobs", "ed balls", "lord browne"): a name of two words or more the speaker directory knows
    as it stands, its first word one the articles mostly capitalise, needs no capital on its
    last ("Jobs on the line" alone is about jobs)."""
    if len(said) < 2 or not mostly_a_name(index, said[0]):
        return False
    return index.speakers.match(" ".join(said)).how == "name"


def _unmarked(index: Index, words: str) -> SpeechQuestion | None:
    """Return "what was tony blairs view on Y" read as "what did Tony Blair say about Y"
    when the name without its "s" is someone quoted (a possessive typed without its
    apostrophe); "what was the markets reaction" stays an ordinary question."""
    found = unmarked_possessive(words)
    if found is None or not found.speaker or is_description(found.speaker):
        return None
    named = index.speakers.match(found.speaker).how in {"name", "surname", "alias", "given"}
    return found if named else None


def _spoke_beside(index: Index, about: set[str], quotes: Sequence[Quote]) -> bool:
    """Return whether a passage holding a word of `about` holds one of `quotes`: the words
    "It was softer than forecast" answer "Thayer on the GDP figure" through the sentence
    before them."""
    where = PassageFilter(articles=frozenset(q.article_id for q in quotes))
    hits = index.engine.search(sorted(about), HEADLINE_PASSAGES, where) if quotes and about else []
    spans: dict[str, list[tuple[int, int]]] = {}
    for passage, _ in hits:
        spans.setdefault(passage.article_id, []).append((passage.start, passage.end))
    return any(
        start < q.end and q.start < end
        for q in quotes
        for start, end in spans.get(q.article_id, ())
    )
