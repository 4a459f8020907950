"""Speech questions: "which <role> said ...?", a role or kind of person asked instead of "who".

`parse_speech_question` (in `questions`) reads a question opening "which" or "what <role>"
here, one opening "who" in `who_said_questions` (which also holds the `SpeechQuestion` record):
"which minister warned ...", "what chief economist said ...", "which MP who criticised the plan
said ...". The role is kept as written, for `who_said_roles` to weigh each candidate by.
"""

from __future__ import annotations

from dataclasses import replace

from qabot.search.clause_verbs import AUXILIARIES, claims_that, reports_clause
from qabot.search.refused_words import refused_topic
from qabot.search.saying_idioms import is_feeling
from qabot.search.speech_topics import ABOUT, as_topic, tail_topic
from qabot.search.speech_verbs import is_speech_verb, is_stance_verb
from qabot.search.who_said_questions import SpeechQuestion, said_after_to, then_said
from qabot.text import tokenize
from qabot.text.lexicon import (
    IRREGULAR_VERBS,
    MENTAL_VERBS,
    OCCUPATIONS,
    PLAYER_NOUNS,
    ROLE_NOUNS,
    letter_dropped,
)

# ... with nouns for people by their work that no attribution rule needs ("the police
# detective", "Radio 1's controller", "the Wales physio", "the chancellor's ally")
_PERSON_NOUNS = (
    ROLE_NOUNS
    | OCCUPATIONS
    | frozenset(
        "person man woman politician detective controller accountant physio physiotherapist "
        "ally".split()
    )
)
# those who speak of others' work or play ("Empire's critic", "the BBC athletics pundit")
_COMMENTATORS = frozenset("critic pundit reviewer commentator observer insider".split())
# ... and the words for those who speak that "what <word> said ...?" asks who of, as "what
# economist said ..." does: "what critic said ...", "what company warned ..."
_SPEAKER_NOUNS = (
    _PERSON_NOUNS
    | _COMMENTATORS
    | frozenset(
        "company firm bank group union club team party charity organisation agency".split()
    )
)


def _names_one(word: str, nouns: frozenset[str] = _PERSON_NOUNS) -> bool:
    """Return whether `word` is one of `nouns` or its plural ("ministers", "bosses"); a word
    ending in "ss" is its own singular ("boss", "actress"), not the "bo" of stripping its s's.
    A word no list holds names a person too when it ends as nouns for people do
    (`_PERSON_ENDINGS`: "neonatologist", "obstetrician", "shopkeeper", "auctioneer")."""
    singular = word[:-1] if word.endswith("s") else word
    return (
        word in nouns
        or (word.endswith("s") and word[:-1] in nouns)
        or (word.endswith("es") and word[:-2] in nouns)
        or (len(singular) >= _PERSON_LENGTH and singular.endswith(_PERSON_ENDINGS))
    )


def names_a_person(word: str) -> bool:
    """Return whether `word` (case-folded) is a noun for one person or several: a role, an
    occupation, a place in a team ("the Leicester wing"), a commentator, or a word ending as
    nouns for people do ("evangelist"); or one of them with a letter dropped or doubled
    ("controler")."""
    nouns = _PERSON_NOUNS | PLAYER_NOUNS | _COMMENTATORS
    return _names_one(word, nouns) or any(letter_dropped(word, noun) for noun in nouns)


# endings of nouns for people, of a word this long or longer ("economist", "librarian",
# "goalkeeper", "engineer"; not "list", "median" or "career")
_PERSON_ENDINGS = ("ist", "ian", "keeper", "eer")
_PERSON_LENGTH = 7


# a verb of a state of mind before "to" tells a plan, not words: "which US network wants to
# remake X", "which club hopes to sign Y" (a story reports what a firm or a club means to do)
_MEANING_STEMS = frozenset(stem for verb in MENTAL_VERBS for stem in tokenize(verb))


def _plans(folded: list[str], at: int) -> bool:
    """Return whether the verb at `at` is one of a state of mind before "to" ("wants to")."""
    after = folded[at + 1] if at + 1 < len(folded) else ""
    return after == "to" and not _MEANING_STEMS.isdisjoint(tokenize(folded[at]))


_ASKING_WHAT = frozenset("are is were was have has had do does did".split())
# a participle after these is passive: "which stars are expected at the festival", "which
# players were told to leave" ask who was spoken of or to, not who spoke
_BE = frozenset("are is were was been being".split())
# a share of people asked: "what percentage of voters think ..." asks a poll's figure
_SHARES = frozenset("percentage percent proportion share number fraction".split())


def read_which_said(words: list[str], folded: list[str]) -> SpeechQuestion | None:
    """ "which minister warned ...", "what chief economist said ...": who said it, of a role."""
    # "which Throgs Neck resident said ...", "what chief economist warned ..."; but "what are
    # analysts saying about ...", "what have fans said ..." ask what they said
    if folded[0] == "what" and folded[1] in _ASKING_WHAT:
        return None
    if folded[1] in _SHARES:
        return None
    deed = _deed_then_said(words, folded) or _said_after_to(words, folded)
    if deed is not None:
        return deed
    # "which rugby star who had a transplant said ...": the clause after "who" tells of the
    # speaker, as a deed does (`then_said`); its verbs are not the question's
    clause = next((j for j in range(2, min(len(folded), 8)) if folded[j] in _RELATIVE), None)
    # a clause telling of the speaker may run long ("which film-maker, who shot his movie on
    # stock from the old ministry, said ..."): the verb asked is sought past it
    reach = 12 if clause is None else clause + _CLAUSE_WORDS
    for at in range(2, min(len(folded), reach)):
        verb = folded[at]
        if (
            folded[at - 1] in _BE
            and verb.endswith("ed")
            and verb != "quoted"
            and not is_feeling(verb)
        ):
            return None
        # "which spokesman declined to comment on the lawsuit": words refusing answer, as for
        # "who" (`refused_words`); "..., saying ..." was read above (`_deed_then_said`)
        if clause is None and (refused := refused_topic(words, folded, at)):
            if not any(_names_one(f, _SPEAKER_NOUNS) for f in folded[1:at]):
                return None
            return SpeechQuestion("who_said", None, refused, False, verb, _role(words, folded, at))
        if clause is not None and at > clause:
            found = _after_clause(words, folded, clause, at)
            if found is not None or at == len(folded) - 1:
                return found
            continue
        # "which minister rebuked ...", "which harbour master signalled ...", but not "which
        # figures indicate ...": one person asked, or a word for people
        person = not folded[at - 1].endswith("s") or any(_names_one(f) for f in folded[1:at])
        if folded[at - 1] in AUXILIARIES and not is_speech_verb(verb, after_who=person):
            # "which DZ Bank economist was surprised that ...": a person's reaction; "which
            # blackburn defender is suspended" asks who, of no one's words
            if not (_names_one(folded[at - 2]) and is_feeling(verb)):
                return None
            role = words[1 : at - 1]
            topic = tail_topic(words[at + 1 :])
            if not topic:
                return None
            return SpeechQuestion("who_said", None, topic, False, verb, " ".join(role))
        # after a word for people, a verb of taking a side ("which expert backed ..."), one
        # opening a claim ("which economist reckoned that ...") or reporting a clause ("which
        # judge ruled there was no case ...") asks who said it too; but
        # "which player scored the winning goal" asks who scored, which no quote answers
        # "which company bought ask jeeves": "ask" names, it is not the verb; but one reporting
        # a clause is a verb whatever its form ("which minister found it odd that ...": the
        # past of "find" is spelt as a bare verb)
        if _bare_after_one(folded, at) and not reports_clause(verb, folded[at + 1 :]):
            continue
        if _plans(folded, at) and not any(names_a_person(f) for f in folded[1:at]):
            return None  # "which US network wants to remake X": a plan its story tells
        if is_speech_verb(verb, after_who=person) or (
            _names_one(folded[at - 1])
            and (
                is_stance_verb(verb)
                or claims_that(verb, folded[at + 1 :])
                or reports_clause(verb, folded[at + 1 :])  # "... wondered why ..."
            )
        ):
            asked = _role(words, folded, at)
            topic = tail_topic(words[at + 1 :])
            if not asked or not topic or not tokenize(topic):
                return None  # "... the way the tories want to": no words said, no speech
            if folded[0] == "what" and (_role_then_name(folded[1:at]) or _their_words(folded, at)):
                return None  # "what ebay director ann vale said ...": her words, not who
            if folded[0] == "what" and not any(
                _names_one(f) for f in folded[1:at]
            ):  # "what Truss said about ...", not "what economist said ..."
                # "what critic said the film was dull" asks who; "what critics said about
                # the film" asks what they said
                about = at + 1 < len(folded) and folded[at + 1] in ABOUT
                if about or not any(_names_one(f, _SPEAKER_NOUNS) for f in folded[1:at]):
                    return None
            return SpeechQuestion("who_said", None, topic, False, verb, asked)
    return None


def _role(words: list[str], folded: list[str], at: int) -> str:
    """Return the role asked between "which" and the verb at `at`, auxiliaries left out
    ("which minister has warned ...": "minister")."""
    return " ".join(
        w for w, f in zip(words[1:at], folded[1:at], strict=True) if f not in AUXILIARIES
    )


# what opens a topic after "what X said": "about Y" asks X's words on it, whoever X is; after
# a role with its article or owner ("what the prime minister said", "what Sony's boss said")
# so do a time or a place ("... said after the vote", "... said in the Commons")
_ABOUT_WORDS = frozenset("about regarding concerning".split())
_SET_WORDS = ABOUT | frozenset("when after before during at in following while".split())
_DETERMINED = frozenset("the a an his her their its our my your this that".split())


def _their_words(folded: list[str], at: int) -> bool:
    """Return whether "what X said ..." (the verb at `at`) asks for X's words, as "what did X
    say ..." does, rather than which X said them ("what economist said rates would rise"): a
    topic after "about", or a role with its article or owner and a topic or setting after."""
    after = folded[at + 1] if at + 1 < len(folded) else ""
    if after in _ABOUT_WORDS:
        return True
    owned = folded[1] in _DETERMINED or any(f.endswith(("'s", "’s", "s'")) for f in folded[1:at])
    return owned and after in _SET_WORDS


_RELATIVE = frozenset("who whose".split())
_CLAUSE_WORDS = 20  # words after "who" within which the verb asked is sought


def _after_clause(
    words: list[str], folded: list[str], clause: int, at: int
) -> SpeechQuestion | None:
    """ "which <role> who <clause> said Y": the question's verb is the last verb of saying
    after the clause's first word (one inside the clause is the clause's own: "which MP who
    criticised the plan said ..."); the clause joins the topic, the role is what precedes it.
    A verb straight after "who" with none later is the one asked ("which MP who said Y")."""
    verb = folded[at]
    later = any(is_speech_verb(f, after_who=True) for f in folded[at + 1 : clause + _CLAUSE_WORDS])
    if later or not is_speech_verb(verb, after_who=True):
        return None
    said = tail_topic(words[at + 1 :])
    role = [word.rstrip(",") for word in words[1:clause]]  # "which film-maker, who ..."
    if not role or said is None:
        return None
    topic = as_topic([*words[clause + 1 : at], said])
    return SpeechQuestion("who_said", None, topic, False, verb, " ".join(role))


_PLACE_WORDS = frozenset("at of from for in with on the a an".split())


def _role_then_name(folded: list[str]) -> bool:
    """Return whether a speaker phrase is a role and then a name ("ebay uk director ann vale"):
    two or more words after its last word for a person, none of them a word for a person or
    one that opens a place ("economist at hsbc" is a role)."""
    last_person = max((i for i, f in enumerate(folded) if _names_one(f)), default=None)
    if last_person is None:
        return False
    name = folded[last_person + 1 :]
    return len(name) >= 2 and not any(f in _PLACE_WORDS or f in AUXILIARIES for f in name)


def _bare_after_one(folded: list[str], at: int) -> bool:
    """Return True when folded[at] is a verb's bare form ("ask", "warn") after one of whom
    ("which company", "which minister") with no "did" or "do" before it: no verb of such a
    question, which says "asked" or "asks"; a name or object ("bought ask jeeves")."""
    verb, before = folded[at], folded[at - 1]
    if IRREGULAR_VERBS.get(verb) == verb:
        # past as written, after a word for a person ("which analyst forecast a fall"); after
        # any other word a noun ("which weather forecast said ...")
        return not _names_one(before)
    return (
        not verb.endswith(("ed", "s"))
        and verb not in IRREGULAR_VERBS
        and before not in AUXILIARIES
        and not before.endswith("s")
    )


_ROLE_WORDS = 5  # words after "which" within which the role's word for a person is sought


def _deed_then_said(words: list[str], folded: list[str]) -> SpeechQuestion | None:
    """ "which minister resigned, saying ...", "which official issued a statement saying ...",
    "which striker scored twice and said ...": a role, a deed and then words said, read as
    "who <deed> ..." is (`then_said`) with the role asked. The role ends at its last word for a
    person before the deed; a deed opening with an auxiliary ("which players did the coach
    praise, saying ...") asks of others."""
    person = next(
        (
            i
            for i in range(min(len(folded) - 2, _ROLE_WORDS), 0, -1)
            if _names_one(folded[i], _SPEAKER_NOUNS)
        ),
        None,
    )
    if person is None:
        return None
    deed = folded[person + 1]
    if deed in AUXILIARIES or deed in _RELATIVE or is_speech_verb(deed, after_who=True):
        return None
    found = then_said(words, folded, person + 1)
    return None if found is None else replace(found, role=" ".join(words[1 : person + 1]))


def _said_after_to(words: list[str], folded: list[str]) -> SpeechQuestion | None:
    """ "which analyst went on to say ...", "which minister was quick to deny ...": a word for a
    person, then the speech verb after "to", as "who" reads them (`said_after_to`); not "which
    club is set to announce ...", what a firm or club means to do."""
    person = next(
        (i for i in range(min(len(folded) - 3, _ROLE_WORDS), 0, -1) if _names_one(folded[i])),
        None,
    )
    if person is None or is_speech_verb(folded[person + 1], after_who=True):
        return None
    verb = said_after_to(folded, person + 1)
    topic = tail_topic(words[verb + 1 :]) if verb is not None else None
    if verb is None or not topic:
        return None
    role = " ".join(words[1 : person + 1])
    return SpeechQuestion("who_said", None, topic, False, folded[verb], role)
