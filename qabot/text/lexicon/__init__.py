"""Lexicon: the shared word lists (one home for every word list), general English usage.

Calendar words (months, weekdays), people words (first names with gender, honorifics, role
nouns, occupations, pronouns, name keys) and running-text words (what is never a name, clause
and adverbial openers, organisations, verbs). Stages import these names from `qabot.text.lexicon`;
nothing here is tied to particular articles.
"""

from qabot.text.lexicon.calendar_words import (
    MONTH_ABBREVIATIONS,
    MONTH_NUMBERS,
    MONTHS,
    WEEKDAY_NAME_WORDS,
    WEEKDAYS,
)
from qabot.text.lexicon.people import (
    BODY_TITLES,
    FEMALE_NAMES,
    GENDERED_NOUNS,
    HONORIFICS,
    MALE_NAMES,
    NAME_PARTICLES,
    NOT_NAME,
    OCCUPATIONS,
    PERSON_NOUNS,
    PRONOUNS,
    ROLE_NOUNS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    VOICE_ROLES,
    first_name_gender,
    is_anonymous,
    name_key,
    role_words,
    strip_title,
)
from qabot.text.lexicon.places import DEMONYMS
from qabot.text.lexicon.running_text import (
    ADVERB,
    BOUNDARY_WORDS,
    INTRO_OPENERS,
    IRREGULAR_VERBS,
    OPINION_VERBS,
    ORGANISATION_WORDS,
    SPEECH_NOUNS,
    STATEMENT_NOUNS,
    VERB_LIKE,
    WORK_NOUNS,
    is_capitalised,
    is_gentilic,
    word_set,
)
from qabot.text.lexicon.word_forms import IRREGULAR_FORMS

__all__ = [
    "ADVERB",
    "BODY_TITLES",
    "BOUNDARY_WORDS",
    "DEMONYMS",
    "FEMALE_NAMES",
    "GENDERED_NOUNS",
    "HONORIFICS",
    "INTRO_OPENERS",
    "IRREGULAR_FORMS",
    "IRREGULAR_VERBS",
    "MALE_NAMES",
    "MONTHS",
    "MONTH_ABBREVIATIONS",
    "MONTH_NUMBERS",
    "NAME_PARTICLES",
    "NOT_NAME",
    "OCCUPATIONS",
    "OPINION_VERBS",
    "ORGANISATION_WORDS",
    "PERSON_NOUNS",
    "PRONOUNS",
    "ROLE_NOUNS",
    "SPEECH_NOUNS",
    "STATEMENT_NOUNS",
    "TITLE_ABBREVIATIONS",
    "TITLE_WORDS",
    "VERB_LIKE",
    "VOICE_ROLES",
    "WEEKDAYS",
    "WEEKDAY_NAME_WORDS",
    "WORK_NOUNS",
    "first_name_gender",
    "is_anonymous",
    "is_capitalised",
    "is_gentilic",
    "name_key",
    "role_words",
    "strip_title",
    "word_set",
]
