"""Persons: the record of one person or body an article names, as quote attribution knows
them (built by `qabot.attribution.names.Names`), and the gender evidence it gathers.

A first name or an honorific tells a gender; a role noun ("businesswoman") too, but one written
of women as well ("chairman") only guesses, and a later "Ms" overrules the guess.
"""

from __future__ import annotations

from dataclasses import dataclass

from qabot.text.lexicon import GENDERED_NOUNS, GENERIC_MASCULINE_NOUNS


@dataclass(slots=True)
class Person:
    """One person or organisation named in the article, as the extractor knows them."""

    name: str  # the fullest form seen
    gender: str | None = None
    organisation: bool = False
    # a share of those asked ("47 percent"): they speak, but no later "they" or "he" means them
    share: bool = False
    # the gender is only what a role noun written of women too gave ("chairman Jan Berry"): a
    # later "Ms Berry" may overrule it
    guessed: bool = False

    def learn_gender(self, gender: str | None) -> None:
        """Take `gender`, read off the name ("Ms", a first name), unless one is known."""
        if gender and (self.gender is None or self.guessed):
            self.gender, self.guessed = gender, False

    def learn_role_gender(self, role: set[str]) -> None:
        """Take the gender a noun of `role` gives ("businesswoman"), unless one is known; a
        noun written of women too ("chairman") gives only a guess."""
        for word in role:
            gender = GENDERED_NOUNS.get(word)
            if gender and (self.gender is None or self.guessed):
                self.gender, self.guessed = gender, word in GENERIC_MASCULINE_NOUNS
