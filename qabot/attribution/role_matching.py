"""Role matching: who "the new Welsh health minister" or "Bolger's lawyer" means.

Questions name people by role as often as by name. The role words the articles give each speaker
are counted once, when a `SpeakerDirectory` is built (`qabot.attribution.directory`), in one
spelling per word with how rare each word is; a role asked about is then scored against them at
question time. Kept apart from the directory's name lookups, which never need these counts.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from functools import lru_cache

from qabot.attribution.role_forms import agent_bases, role_forms
from qabot.attribution.role_kinds import (
    LOOSE,
    PAST,
    RANKS,
    qualifies,
)
from qabot.attribution.role_scores import (
    RoleQuery,
    asked_role_words,
    score_holder,
    written_role_words,
)
from qabot.attribution.role_vocabulary import (
    PERSONAL,
    CloseWords,
    cut_short,
    held_form,
    unheld,
    written_out,
)
from qabot.attribution.speaker_match import Match
from qabot.attribution.speaker_words import head_noun, is_group, role_word
from qabot.text import STOP_WORDS, tokenize
from qabot.text.lexicon import (
    ROLE_NOUNS,
    role_words,
)
from qabot.text.patterns import APOSTROPHE_S_END, lazy

# a phrase ending in "one" names someone by a nickname ("the special one", "the chosen one"),
# not by a role: its other words are no role words to match
_PRO_FORMS = frozenset("one ones".split())


# a capitalised word of three or four letters in a role question may be a short name
# ("the Met commissioner", "the Fed chairman")
_WORDS = lazy(r"[\w'’-]+")
_SHORT_NAME = lazy(r"\b[A-Z][a-z]{2,3}\b")
_INITIALS = lazy(r"\b[A-Z]{2}\b")
# an acronym is an owner even when it spells a common word ("the WHO head", "the US envoy")
_ACRONYM = lazy(r"\b[A-Z]{2,}\b")


_NO_ROLES: Counter[str] = Counter()  # of one given no role word (never added to)


@lru_cache(maxsize=1 << 14)
def _word_stems(word: str) -> tuple[str, ...]:
    """Return the stems of one role word or word of a name (`tokenize`), kept: the same words
    are weighed question after question."""
    return tuple(tokenize(word))


class RoleHolders:
    """The role words each person holds, in one spelling, and who holds each word."""

    def __init__(self, roles: dict[str, Counter[str]]) -> None:
        self._held: dict[str, Counter[str]] = {}
        self._holders: dict[str, list[str]] = defaultdict(list)
        for person, seen in roles.items():
            held: Counter[str] = Counter()
            for word, n in seen.items():
                held[role_word(word)] += n
            self._held[person] = held
            for word in held:
                self._holders[word].append(person)
        total = len(roles) or 1
        self._role_idf = {w: math.log(1 + total / len(p)) for w, p in self._holders.items()}
        self._role_vocabulary = sorted(self._holders)
        self._close_words: CloseWords | None = None  # made when a role word is first asked
        # the stems of each person's role words, made when a question first asks an agent noun
        # of them (`share`): a "who said" answer weighs the same people question after question
        self._stems: dict[str, frozenset[str]] = {}
        # the words of each person's name as role words are spelt (`match`), kept likewise
        self._name_words: dict[str, frozenset[str]] = {}

    def describe_others(self, name: str) -> bool:
        """Return whether every word of `name` is a role word of someone else ("Real Madrid
        striker X", "Gartner analyst Y"): the name of whom others work for. The people holding
        its rarest word are read, not every holder of each."""
        words = [role_word(w.strip(".,'’")) for w in name.split()]
        holders = [self._holders.get(w, []) for w in words if w]
        if not holders or not all(holders):
            return False
        return any(
            person != name and all(self._held[person][w] for w in words if w)
            for person in min(holders, key=len)
        )

    def _close(self) -> CloseWords:
        """Return the held role words by length (`unheld`), made on first use."""
        if self._close_words is None:
            self._close_words = CloseWords(self._role_vocabulary)
        return self._close_words

    def held(self, word: str) -> bool:
        """Return whether anyone is given the role word `word` in its own spelling."""
        return role_word(word) in self._holders

    def count(self, person: str, role: str) -> int:
        """Return how many times the articles give `person` the one-word role `role`."""
        words = [w for w in role_words(role) if w not in STOP_WORDS]
        return self._held.get(person, Counter())[role_word(words[0])] if len(words) == 1 else 0

    def typical(self, person: str, role: str) -> float:
        """Return how often the articles give `person` the head noun of `role`, as a share of
        the role word they give them most: 1.0 for the prime minister called so 39 times, 0.01
        for the opposition leader called "prime minister" once in 77 "leader"s."""
        held = self._held.get(person)
        return self.head_count(person, role) / max(held.values()) if held else 0.0

    def head_count(self, person: str, role: str) -> int:
        """Return how many times the articles give `person` the head noun of `role`."""
        head = head_noun(role)  # in one spelling already (`role_word`)
        return self._held.get(person, Counter())[head] if head else 0

    def share(self, person: str, role: str, written: str = "", *, loose: bool = False) -> float:
        """Return the share of `role`'s words ("trust chairman") that the articles give
        `person`, or that are in their name as `written` ("Police Detective X"), synonyms and
        plurals folded; the head noun counts double. `loose`: a word counts in any spelling a
        question's role word may have in the articles ("boss" is their chief executive)."""
        words, head = asked_role_words(role)
        if not words:
            return 0.0
        given = self._held.get(person, _NO_ROLES)
        # the role's few words looked up in the person's words, not a set of all those held
        # copied for every candidate a question weighs
        name = written_role_words(written)
        held = {w for w in words if w in given or w in name}
        if len(held) < len(words):
            # "coordinator" asked of one the articles call a "co-ordinator": one word
            spelt = {w.replace("-", "") for w in (*given, *name)}
            held |= {w for w in words if w.replace("-", "") in spelt}
        if loose:
            every = given.keys() | name
            held |= {w for w in words if not every.isdisjoint(role_forms(w))}
        if len(held) < len(words):
            # "which banker said ...?" of a "bank chairman", "the Portishead founder" of its
            # "founding member": the agent noun asked is the doer of a word the person holds
            bases = {w: agent_bases(w) for w in words if w not in held}
            if any(bases.values()):
                stems = self._given_stems(person, given).union(*map(_word_stems, name))
                held |= {w for w, base in bases.items() if not base.isdisjoint(stems)}
        weight = len(words) + (1 if head in words else 0)
        shared = len(held) + (1 if head in held else 0)
        return shared / weight

    def _given_stems(self, person: str, given: Counter[str]) -> frozenset[str]:
        """Return the stems of the role words the articles give `person` (`given`), kept."""
        found = self._stems.get(person)
        if found is None:
            found = self._stems[person] = frozenset().union(*map(_word_stems, given))
        return found

    def match(self, query: str, counts: dict[str, int]) -> Match:
        """People whose roles share the query's words, the rarer and the more typical of the
        person the better ("home secretary" fits the person mostly called that before one who
        once was), the role's head noun ("director" of "director of the hospital") counting
        double."""
        acronyms = {w.casefold() for w in _ACRONYM.findall(query)}
        words = {
            held_form(self._role_vocabulary, self._holders, role_word(w))
            for w in role_words(query)
            if w not in STOP_WORDS or w in acronyms
        }
        head = head_noun(query)
        if head and "-" in head and self._held_apart(head):
            # "director-general" where the articles write "BCC director general": as written
            spaced = re.sub(rf"\b{re.escape(head)}\b", head.replace("-", " "), query, flags=re.I)
            return self.match(spaced, counts)
        if head in _PRO_FORMS:
            return Match([], "role", [], frozenset(), (), frozenset())
        # each word of the question, in the spellings the articles may give it ("the Met
        # commissioner" is the "Metropolitan Police Commissioner")
        shortened = {w.casefold() for w in _SHORT_NAME.findall(query)}
        if query.islower():
            # typed all in lower case ("the met commissioner"): a short word may be a name
            shortened |= {w for w in words if 3 <= len(w) <= 4 and w.isalpha() and w not in LOOSE}
        forms = {
            w: [f for f in role_forms(w) if f in self._holders]
            + (written_out(self._role_vocabulary, w) if w in shortened else [])
            for w in words
        }
        for word in words:
            if not forms[word] and word.isalpha() and unheld(self._close(), word):
                # "the physio": a person's noun no one is given, typed short for the one the
                # articles write out ("physiotherapist")
                forms[word] = cut_short(self._role_vocabulary, word)
        # the words that say whose or which role it is ("Bolger", "Welsh"), beyond its nouns
        # ("BT" and "EU" too, though short), never its head noun nor a "former"
        initials = {w.casefold() for w in _INITIALS.findall(query)} | acronyms
        if query.islower():  # "the head of the fa": initials typed in lower case
            initials |= {w for w in words if len(w) == 2 and w.isalpha() and w not in STOP_WORDS}
        identifying = {
            w
            for w in words - ROLE_NOUNS - LOOSE - {head}
            if w.isalpha() and (len(w) > 2 or w in initials) and not qualifies(w)
        }
        common = bool(acronyms & STOP_WORDS)  # "WHO", "US", "IT"
        unowned: set[str] = set()
        scored = []
        asked = {f for word in words for f in forms[word]}
        people = {person for word in words for f in forms[word] for person in self._holders[f]}
        if head in forms and not forms[head] and (unheld(self._close(), head) or head in PERSONAL):
            # a role no one is given in any form ("the Tottenham kitman", "the BBC's chief
            # astronaut", or a person's noun: "the Bath prop", however close "pro" is): its
            # owner's other people are not its holder (one the articles name beside the role
            # and owner may still be, `qabot.search.resolution`)
            people = set()
        query_read = RoleQuery(
            words=frozenset(words),
            head=head,
            forms=forms,
            identifying=frozenset(identifying),
            common=common,
            asked=frozenset(asked),
        )
        for person in people:
            if identifying and identifying == self._name_role_words(person):
                continue  # "Yukos" is the body the "Yukos boss" heads, not its boss
            found = score_holder(self._held[person], query_read, self._role_idf)
            if found.unowned:
                unowned.add(person)
            if found.score is not None:
                scored.append((found.score, counts[person], person))
        # the words that say whose role it is narrow it down more than its noun: someone the
        # articles call "the Lions coach" is who "the Lions manager" means, not a club manager
        # quoted where the Lions are named; the others come after, for a sentence that ties
        # the owner to their role to vouch for (`Match.unowned`)
        scored.sort(key=lambda item: (item[-1] not in unowned, item), reverse=True)
        past = words & PAST
        if past and any(past & set(self._held[item[-1]]) for item in scored):
            # "the former chancellor": those the articles call so, not the chancellor of now
            scored = [item for item in scored if past & set(self._held[item[-1]])]
        # a role is held by a person: bodies ("Radio Wales") only when no person fits
        persons = [item for item in scored if not is_group(item[-1])] or scored
        return Match(
            [p for *_, p in persons],
            "role",
            [score for score, *_ in persons],
            frozenset(unowned),
            tuple(  # as the question writes them: "WHO" is not "who"
                w
                for w in dict.fromkeys(APOSTROPHE_S_END.sub("", w) for w in _WORDS.findall(query))
                if w.casefold() in identifying
                or held_form(self._role_vocabulary, self._holders, role_word(w.casefold()))
                in identifying
            ),
            frozenset(role_forms(head) | {head, *forms.get(head, ())}) if head else frozenset(),
            ranked=bool(words & RANKS),
            past=bool(past),
        )

    def _name_role_words(self, person: str) -> frozenset[str]:
        """Return the words of `person`'s name in the spellings the articles give role words,
        kept: every role question weighs its words' holders again (~100 a question)."""
        found = self._name_words.get(person)
        if found is None:
            found = self._name_words[person] = frozenset(
                held_form(self._role_vocabulary, self._holders, role_word(w))
                for w in role_words(person)
            )
        return found

    def _held_apart(self, word: str) -> bool:
        """Return whether no one is given the hyphenated `word` and someone its parts."""
        parts = word.split("-")
        return not any(f in self._holders for f in role_forms(word)) and any(
            all(part in held for part in parts) for held in self._held.values()
        )
