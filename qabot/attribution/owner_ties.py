"""Whether a sentence ties a role's owner to a person: "the Celtic manager" is only someone the
articles call that, not anyone quoted in an article that names Celtic.

A role question that names an owner (a club, an organisation, a country, a person: "the NATO
chief", "Bolger's lawyer") is answered with a person only when the owner is part of their role:
in a role phrase next to their name ("Celtic boss X", "X, the Celtic manager", "X of Celtic"), or
next to the cue of one of their quotes ("..., the NATO chief said"). Words anywhere else in the
article, or a loose match ("Reds" for "Red Cross", "who" for the WHO), do not count.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence

from qabot.attribution.cues import SPEECH_VERBS
from qabot.attribution.role_kinds import PAST
from qabot.attribution.speaker_words import role_word
from qabot.text.lexicon import (
    ORGANISATION_WORDS,
    OWNER_TIES,
    PRONOUNS,
    ROLE_NOUNS,
    VOICE_ROLES,
)
from qabot.text.patterns import APOSTROPHE_S_END, lazy

_WORD = lazy(r"\w+(?:['’.-]\w+)*")
_JOINS = frozenset("of the and &".split())  # within an owner's name: "Bank of England"
# within a body's name, and the unit of a body named after it: "Centre for Vision at the
# University of Surrey"
_INSIDE_NAMES = _JOINS | {"for", "at"}
# capitalised words that belong to a role itself ("Prime Minister", "Managing Director")
_ROLE_MODIFIERS = frozenset(
    "the a prime managing general chief deputy executive vice senior former acting state "
    "foreign home first lord sir dr mr mrs ms".split()
)
# the roles that run or speak for a body, whatever role was asked ("general secretary")
_RUNS = VOICE_ROLES | {"secretary"}
_FROM = frozenset("of at from with".split())  # "X of Celtic", "X from Greenpeace"
# all that may stand between a name and its "of <owner>": not "X's battle with Humberside"
_FROM_JOINS = _FROM | {"the"}
REACH = 3  # words between the owner, the role and the name that still make one phrase
BEFORE = 2  # a name this close before the phrase: "X, the Celtic manager"
NAME_REACH = 5  # words from a name to "of <owner>" ("X, who sang with Wham")


def _tokens(text: str) -> list[str]:
    return [APOSTROPHE_S_END.sub("", m.group()) for m in _WORD.finditer(text)]


def may_name(text: str, owner: Iterable[str]) -> bool:
    """Return whether `text` may write a word of `owner` as `ties` reads it: a token `_same`
    as an owner word folds to it, so the folded word is somewhere in the folded text. False
    holds too for `text` cut into parts joined by spaces (`quoted_words.unquoted`): an owner
    word holding no space is in none of them."""
    folded = text.casefold()
    return any(word.casefold() in folded or not word or len(word.split()) != 1 for word in owner)


def _same(token: str, owner: str) -> bool:
    """Whole words; an acronym asked about ("WHO", "NATO") is never a common word ("who") but
    may be written as a name ("Nato")."""
    if owner.isupper() and len(owner) > 1:
        return token == owner or (token[:1].isupper() and token.casefold() == owner.casefold()
                                  and token[1:].islower() and len(owner) > 3)  # fmt: skip
    return token.casefold() == owner.casefold()


def ties(
    sentence: str,
    owner: Sequence[str],
    anchors: Iterable[str],
    roles: Collection[str] = (),
    *,
    cues: Iterable[str] = (),
    bare: bool = True,
    loose: bool = True,
    past: bool = False,
) -> frozenset[str]:
    """Return the words of `owner` that `sentence` makes part of a role phrase (or a "X of
    <owner>") standing next to one of `anchors` (the person's name words, a cue); all of them
    when the sentence names the owner and gives the person the role asked about ("Governor
    Jay Inslee appointed her to Washington's highest court"). A role is one asked about
    (`roles`: "manager", "boss") or one who speaks for or runs a body ("general secretary",
    "spokesman"), never a player's ("the Celtic captain"). `cues` (a quote's cue verb) count
    only right after the phrase or right before it ("said the NATO chief"); `bare` allows the
    owner's name just before the person's with no role ("Empire's X"), for a person the
    articles give the role asked; `loose` allows the owner anywhere in a sentence that gives
    the person the role asked, for a person the articles give that role. A role held before
    ("former Celtic captain X") ties only with `past` (the role asked as a former one)."""
    if not may_name(sentence, owner):
        return frozenset()  # most sentences read name none of the owner's words
    tokens = _spelled_out(_tokens(sentence), owner)
    owned = [i for i, t in enumerate(tokens) if any(_same(t, w) for w in owner)]
    anchor_words, cue_words = set(anchors), set(cues)
    near = [i for i, t in enumerate(tokens) if t in anchor_words]
    said = [i for i, t in enumerate(tokens) if t in cue_words]
    if not owned or not (near or said):
        return frozenset()
    # "Former captain X believes Ireland can win": a role held before is not the one a
    # question without "former" asks about ("the Ireland captain" is the captain now)
    folded = [role_word(t.casefold()) for t in tokens]
    if not past:
        folded = [
            "" if (f in roles or f in _RUNS) and _held_before(tokens, i) else f
            for i, f in enumerate(folded)
        ]
    # a verb of saying between a name and a role phrase: the role is in what was said ("Ada Vale
    # said the Prime Minister backed it"), not the person's
    verbs = {*said, *(i for i, t in enumerate(tokens) if t.casefold() in SPEECH_VERBS)}
    if (
        loose
        and all(any(_same(tokens[i], w) for i in owned) for w in owner)
        and any(
            abs(n - i) <= REACH
            and not _someone_elses(tokens, i, owner, anchor_words)
            and not any(min(n, i) < v < max(n, i) for v in verbs)  # "X said the Prime Minister"
            for n in near
            for i, f in enumerate(folded)
            if f in roles
        )
    ):
        return frozenset(owner)
    held = [i for i, f in enumerate(folded) if f in roles or f in _RUNS]
    found: set[str] = set()
    for o in owned:
        spans = []
        for r in held:
            between = {t.casefold() for t in tokens[min(o, r) + 1 : max(o, r)]}
            if 0 < r - o <= REACH or (0 < o - r <= REACH and between & OWNER_TIES):
                spans.append((min(o, r), max(o, r)))  # "Celtic manager", "head of the Red Cross"
        for n in near:
            before = tokens[o - 2 if o > 1 and tokens[o - 1].casefold() == "the" else o - 1]
            joined = all(t[:1].isupper() or t.casefold() in _FROM_JOINS for t in tokens[n + 1 : o])
            if before.casefold() in _FROM and (
                (0 < o - n <= 3 and joined)
                or (0 < o - n <= NAME_REACH and tokens[n + 1].casefold() == "who")
            ):
                spans.append((n, o))  # "X of Celtic", "X, who sang with Wham"
            if (
                bare
                and 0 < n - o <= 2
                and all(t[:1].isupper() for t in tokens[o + 1 : n])
                and _written_together(sentence, tokens[o : n + 1])
            ):
                spans.append((o, n))  # "Empire's Angie Errigo"
        # the name (or cue) right after the phrase, titles between ("WHO head Dr Kofi
        # Mensah"), or right before it ("Ana Ruiz, the NATO chief"); not "Ana Ruiz met the
        # NATO envoy"
        if any(
            start - BEFORE <= n <= end + REACH and not any(n < v < start for v in verbs)
            for start, end in spans
            for n in near
        ) or any(
            end < c <= end + REACH
            or (
                c < start
                and all(t.casefold() == "the" for t in tokens[c + 1 : start])
                and not _after_subject(tokens, c, anchor_words)
            )
            for start, end in spans
            for c in said
        ):
            found.update(_phrase(tokens, o, owner))
    if found:  # the rest of the owner's name in the same sentence: "IBM senior vice
        # president, Technology and Intellectual Property"
        found.update(w for w in owner if any(_same(tokens[i], w) for i in owned))
    return frozenset(found)


def _written_together(sentence: str, run: list[str]) -> bool:
    """Return whether `sentence` writes the tokens of `run` as one phrase, only spaces (and a
    possessive) between them: "Empire's Angie Errigo" is an owner and a name, while in
    '"For Ireland," Wood added' the quote's last word and the name after it are not. A run
    the sentence does not write as tokens (an acronym read for its spelt-out name) is not
    judged."""
    if not all(re.search(rf"\b{re.escape(token)}\b", sentence) for token in run):
        return True
    apart = r"(?:['’]s?)?\s+"
    return re.search(r"\b" + apart.join(re.escape(t) for t in run) + r"\b", sentence) is not None


def _held_before(tokens: list[str], at: int) -> bool:
    """Return whether the role word at `tokens[at]` is said to be held no longer: written
    "ex-" or after "former" or "ex", past only the owner's name or other words of the role
    ("former Ireland captain", "Ireland's former captain", "the former England rugby coach")."""
    if tokens[at].casefold().startswith(("ex-", "former-")):
        return True
    for token in reversed(tokens[max(0, at - REACH) : at]):
        word = token.casefold()
        if word in PAST:
            return True
        if not (token[:1].isupper() or role_word(word) in ROLE_NOUNS or word in _ROLE_MODIFIERS):
            return False
    return False


def _after_subject(tokens: list[str], cue: int, anchors: set[str]) -> bool:
    """Return whether the cue at `tokens[cue]` follows its subject, the person's name or a
    pronoun ("Ada Vale said the Prime Minister backed it"): the role after it is what was said,
    not who said it, as in "..., said the NATO chief"."""
    before = tokens[cue - 1] if cue > 0 else ""
    return before in anchors or before.casefold() in PRONOUNS


def _spelled_out(tokens: list[str], owner: Sequence[str]) -> list[str]:
    """Return `tokens` with a body's name followed by its acronym asked about ("Korean
    Development Bank (KDB)") read as the acronym alone, where the name stands."""
    for word in owner:
        size = len(word)
        if not (word.isupper() and size > 1) or word not in tokens:
            continue
        at = tokens.index(word)
        start = at - size
        run = tokens[start:at] if start >= 0 else []
        if "".join(t[:1] for t in run) == word and all(t[:1].isupper() for t in run):
            tokens = [*tokens[:start], word, *tokens[at + 1 :]]
    return tokens


def _someone_elses(
    tokens: list[str], at: int, owner: Sequence[str], anchors: Collection[str] = ()
) -> bool:
    """Return whether the role at `tokens[at]` is another body's ("Reds manager", "Wavelink's
    managing director"): a name just before it that is not the owner nor a role's own word,
    nor the person's own (`anchors`: "Ada Vale, lecturer at ...")."""
    before = tokens[at - 1] if at > 0 else ""
    if (
        before.islower()
        and before in ORGANISATION_WORDS
        and not any(_same(before, w) for w in owner)
    ):
        return True  # "the committee chairman" heads a committee, whatever the sentence names
    if _owned_after(tokens, at, owner):
        return True  # "a research director at analyst Gartner", in a sentence naming Apple
    # the person's own name ends at an anchor (their surname): "Ada Vale, lecturer at ..."
    own = {i for i in range(at) if tokens[i] in anchors}
    own |= {i - 1 for i in own if i > 0 and tokens[i - 1][:1].isupper()}
    return any(
        t[:1].isupper()
        and t.casefold() not in _ROLE_MODIFIERS
        and role_word(t.casefold()) not in ROLE_NOUNS
        and not any(_same(t, w) for w in owner)
        and i not in own
        for i, t in ((i, tokens[i]) for i in range(max(0, at - 2), at))
    )


def _owned_after(tokens: list[str], at: int, owner: Sequence[str]) -> bool:
    """Return whether the role at `tokens[at]` is said to be held at or of a body that is not
    the owner: "of", "at" or "for" right after it, then (past up to two lower-case words: "the",
    "analyst") a capitalised name none of whose words is the owner's. The name runs on over
    the little words inside a body's name: "lecturer at the Centre for Vision at the University
    of Surrey" is held at Surrey."""
    if at + 1 >= len(tokens) or tokens[at + 1].casefold() not in OWNER_TIES:
        return False
    for start in range(at + 2, min(at + 5, len(tokens))):
        token = tokens[start]
        if token[:1].isupper():
            return not any(_same(t, w) for t in _name_run(tokens, start) for w in owner)
        if not token.islower():
            return False
    return False


def _name_run(tokens: list[str], start: int) -> list[str]:
    """Return the capitalised words of the name opening at `tokens[start]`, over the little
    words inside a body's name ("of", "the", "and", "for", "at")."""
    run: list[str] = []
    for token in tokens[start:]:
        if token[:1].isupper():
            run.append(token)
        elif token.casefold() not in _INSIDE_NAMES:
            break
    return run


def _phrase(tokens: list[str], at: int, owner: Sequence[str]) -> set[str]:
    """Return the owner words of the name around `tokens[at]` ("Reserve Bank of Australia")."""
    words: set[str] = set()
    for step in (-1, 1):
        i = at
        while 0 <= i < len(tokens):
            matched = [w for w in owner if _same(tokens[i], w)]
            if not matched and tokens[i].casefold() not in _JOINS:
                break
            words.update(matched)
            i += step
    return words


def named(text: str, word: str) -> bool:
    """Return whether `text` holds the owner word `word` as a whole word (case-aware)."""
    return any(_same(t, word) for t in _tokens(text))
