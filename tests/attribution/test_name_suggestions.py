"""Name suggestions: a known name close to a typo, and none for a name nobody resembles."""

from __future__ import annotations

import difflib

from hypothesis import given, settings
from hypothesis import strategies as st

from qabot.attribution import SpeakerDirectory
from qabot.attribution.name_suggestions import NameSuggestions
from qabot.records import Quote
from qabot.text.lexicon import strip_title


def quote(article: str, speaker: str, text: str, sentence: str | None = None) -> Quote:
    return Quote(article, speaker, text, "direct", "said", 0, len(text), sentence or text)


def test_directory_suggests_close_names_and_knows_unknown_ones() -> None:
    directory = SpeakerDirectory.build([quote("a", "Jens Stoltenberg", "We are ready.")])
    assert directory.resolve("Stoltenburg") == []
    assert directory.suggest("Stoltenburg") == "Jens Stoltenberg"
    assert directory.suggest("Zelenskyy") is None


SOME_NAMES = ["Jens Stoltenberg", "Jan Stolt", "Anna Stoll", "Stoltz", "Steve Stone", "Li Su"]


def _suggest_over_every_name(directory: SpeakerDirectory, name: str) -> str | None:
    """The suggestion rule as first written: difflib over every name of the same initial."""
    query = name.casefold()
    if not query.strip():
        return None
    options: dict[str, str] = {}
    for person in SOME_NAMES:
        if person.split()[-1][:1].casefold() == query.split()[-1][:1]:
            options.setdefault(person.casefold(), person)
            options.setdefault(person.split()[-1].casefold(), person)
    close = difflib.get_close_matches(query, list(options), n=1, cutoff=0.75)
    if close:
        return options[close[0]]
    prefixed = [p for key, p in options.items() if len(query) >= 3 and key.startswith(query)]
    return prefixed[0] if len(set(prefixed)) == 1 else None


@settings(deadline=None)
@given(
    st.sampled_from(SOME_NAMES).flatmap(
        lambda name: st.text(alphabet="stolenbrgz", max_size=4).map(
            lambda noise: name.split()[-1][: len(name) // 2] + noise
        )
    )
)
def test_directory_suggests_what_difflib_over_every_name_would(name: str) -> None:
    directory = SpeakerDirectory.build(
        [quote("a", person, "We are ready.") for person in SOME_NAMES]
    )
    assert directory.suggest(name) == _suggest_over_every_name(directory, name)


def _near_by_difflib(suggestions: NameSuggestions, name: str, most: int) -> list[str]:
    """`near` as first written: difflib over every name and surname of the surname's
    initial, then a scan of them all for one the query begins."""
    query = strip_title(name).casefold()
    if not query:
        return []
    options = suggestions._suggestion_options(query.split()[-1][:1])[0]
    close = difflib.get_close_matches(query, list(options), n=most + 1, cutoff=0.75)
    if close:
        return list(dict.fromkeys(p for key in close for p in options[key]))[:most]
    prefixed = {
        p
        for key, found in options.items()
        if len(query) >= 3 and key.startswith(query)
        for p in found
    }
    return list(prefixed) if len(prefixed) == 1 else []


_WORD = st.text(alphabet="aeiouwhnrst", min_size=1, max_size=7).map(str.capitalize)


@settings(deadline=None)
@given(
    st.lists(st.tuples(_WORD, _WORD).map(" ".join), min_size=1, max_size=40, unique=True),
    st.text(alphabet="aeiouwhnrst ", min_size=1, max_size=12).filter(str.strip),
    st.integers(1, 3),
)
def test_near_is_difflib_over_every_name(people: list[str], name: str, most: int) -> None:
    """Keys are left out before difflib only when its own tests would reject them (lengths,
    then letters shared), and the prefix look-up finds what a scan of every name finds."""
    suggestions = NameSuggestions(people)
    assert suggestions.near(name, most) == _near_by_difflib(suggestions, name, most)


def test_names_near_a_name_asked_again_are_the_same_and_kept_apart_per_count() -> None:
    suggestions = NameSuggestions(["Ada Wellam", "Bo Willams", "Cy Wallams", "Dee Worth"])
    first = suggestions.near("Mr Willems", 3)
    assert first == suggestions.near("willems", 3)  # kept: the same names, a list of its own
    first.clear()
    assert suggestions.near("Willems", 3) != []
    assert len(suggestions.near("Willems", 1)) == 1  # how many were asked for is part of it
    assert suggestions.suggest("Willems") == suggestions.near("Willems", 1)[0]


def test_a_description_opening_with_a_pronoun_is_never_suggested() -> None:
    # "His spokesman said ..." stored with the capital of its sentence is no one's name
    directory = SpeakerDirectory.build([quote("a", "His spokesman", "We deny it.")])
    assert directory.suggest("His spokesmen") is None
