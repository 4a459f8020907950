"""`owner_phrases.bare_role` leaves a text writing no role asked, or not every word of the
name, before splitting it into sentences and words: the same answer as the rule first written
(kept here as `_bare_role_as_written`), on invented texts."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from hypothesis import given
from hypothesis import strategies as st

from qabot.search.owner_phrases import bare_role
from qabot.text import STOP_WORDS, sentence_spans

_WORD = re.compile(r"[\w'’-]+")
_SENTENCE_OPENERS = frozenset("the said says and but".split())

WORDS = [
    "According", "to", "the", "commission", "Commission", "said", "chairman", "Chairman",
    "Adair", "Turner", "Ada", "Vale", "CBI", "Met", "met", "head", "road", "safety", "Road",
    ",", ".", "and", "Low", "Pay",
]  # fmt: skip


def _written(text: str, owner: Sequence[str]) -> Iterable[bool]:
    for at, word in enumerate(owner):
        yield re.search(rf"\b{re.escape(word)}\b", text) is not None or (
            at == len(owner) - 1
            and len(owner) > 1
            and re.search(rf"\bthe {re.escape(word.casefold())}\b", text) is not None
        )


def _bare_role_as_written(
    texts: list[str], person: str, owner: Sequence[str], roles: Iterable[str]
) -> bool:
    wanted, name = set(roles), person.split()
    asked = {w.casefold() for w in owner}
    for text in texts:
        previous = ""
        for start, end in sentence_spans(text):
            sentence = text[start:end]
            words = _WORD.findall(sentence)
            for at in range(1, len(words)):
                if not name or words[at : at + len(name)] != name or words[at - 1] not in wanted:
                    continue
                run = []
                for word in reversed(words[max(0, at - 4) : at - 1]):
                    if word.casefold() in _SENTENCE_OPENERS or word.casefold() in STOP_WORDS:
                        break
                    run.append(word)
                if any(w[:1].isupper() and w.casefold() not in asked for w in run):
                    continue
                rest = [w for w in owner if w.casefold() not in {r.casefold() for r in run}]
                if any(_written(f"{previous} {sentence}", rest)):
                    return True
            previous = sentence
    return False


def test_a_role_right_before_the_name_after_a_sentence_naming_the_owner_is_the_owners() -> None:
    text = "According to the commission, wages rose. The rise was welcome, said chairman Ada Vale."
    assert bare_role([text], "Ada Vale", ["Low", "Pay", "Commission"], ["chairman"])
    assert not bare_role([text], "Ada Vale", ["Low", "Pay", "Commission"], ["director"])
    assert not bare_role([text.replace("Vale", "Vane")], "Ada Vale", ["Commission"], ["chairman"])
    assert not bare_role([text], "", ["Commission"], ["chairman"])


@given(
    texts=st.lists(
        st.lists(st.sampled_from(WORDS), max_size=24).map(" ".join), min_size=1, max_size=3
    ),
    person=st.sampled_from(["Adair Turner", "Ada Vale", "Turner", "", "Chairman Turner"]),
    owner=st.lists(
        st.sampled_from(["Commission", "Met", "Low", "Pay", "CBI", "road"]), max_size=3
    ),
    roles=st.sets(
        st.sampled_from(["chairman", "head", "Chairman", "safety head", ""]), max_size=3
    ),
)
def test_the_shortcut_answers_as_the_rule_first_written(
    texts: list[str], person: str, owner: list[str], roles: set[str]
) -> None:
    assert bare_role(texts, person, owner, roles) == _bare_role_as_written(
        texts, person, owner, roles
    )
