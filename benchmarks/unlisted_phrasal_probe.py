"""Probe "why has X <verb> <particle> ...?" of a phrasal verb no list holds ("split up").

    python benchmarks/unlisted_phrasal_probe.py [--index-dir DIR] [--show KIND|all] [--json FILE]

Reads the BBC articles' sentences that open with a name and a past verb in "-ed" before an
adverb particle (up, down, out, off, back, away) that `qabot.text.lexicon.PHRASAL_VERBS` does
not list ("Vessa Quill walked away from the deal"): the name did that deed.

- own: "why has <the name> <the verb> <the particle> <the words after it, up to the second
  that is no stop word>", right when `found` is true (the sentence tells the deed asked).
- another: the same name and words with the verb and particle of another such sentence, a
  verb of another stem, kept only when no sentence of the archive holds the name's last word
  and that verb together; right when `found` is false. Fairly sure: a passage may tell it in
  other words.

Every such sentence, in the order of the articles' paths. Every question is asked through
one `qabot ask --json -` process (top 3, as `plain_eval.py`); the table gives, per kind, how
many were asked and how many were right.
"""

from __future__ import annotations

import os
import re
import sys
from typing import Any

from found_probes import run_found_probe
from speech_eval import BBC

from qabot.text import STOP_WORDS, tokenize
from qabot.text.lexicon import PHRASAL_VERBS

KINDS = ("another", "own")
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
_CAPS = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*"
# "Vessa Quill walked away from the Drayfield deal"
_PHRASAL = re.compile(
    rf"^(?:The\s+)?(?P<name>{_CAPS})\s+(?:has\s+|have\s+|had\s+)?(?P<verb>[a-z]{{3,}}ed)\s+"
    r"(?P<particle>up|down|out|off|back|away)\s+(?P<rest>[a-z]+(?:\s+[a-z]+)*)"
)
_OPENERS = frozenset(
    "The But And It He She They This That There In On At As After When With".split()
)


def _words(rest: str) -> str:
    """Return the words of `rest` up to its second word other than a stop word."""
    kept: list[str] = []
    for word in rest.split():
        kept.append(word)
        if sum(w not in STOP_WORDS for w in kept) == 2:
            return " ".join(kept)
    return ""


def _listed(verb: str, particle: str) -> bool:
    """Return whether a phrasal verb of `verb`'s stem and `particle` is listed."""
    stem = tokenize(verb)
    return any(
        tokenize(listed.split()[0]) == stem and listed.split()[1] == particle
        for listed in PHRASAL_VERBS
    )


def probe_rows() -> list[dict[str, Any]]:
    """Return the probe's questions: an own question for each fitting sentence and an another
    one with the next fitting sentence's verb of another stem, where no sentence of the
    archive holds the name with that verb."""
    found: list[tuple[str, str, re.Match[str]]] = []
    everything: list[str] = []
    for path in sorted(BBC.rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        sentences = [s.strip() for s in _SENTENCE.findall(text.split("\n", 1)[-1]) if s.strip()]
        everything += [s.casefold() for s in sentences]
        for sentence in sentences:
            match = _PHRASAL.match(sentence)
            if (
                match is not None
                and match["name"].split()[0] not in _OPENERS
                and not _listed(match["verb"], match["particle"])
                and _words(match["rest"])
            ):
                found.append((path.relative_to(BBC.parent).as_posix(), sentence, match))
    rows: list[dict[str, Any]] = []
    for at, (article, sentence, match) in enumerate(found):
        name, words = match["name"], _words(match["rest"])
        asked = [("own", f"{match['verb']} {match['particle']}")]
        for _, _, other in found[at + 1 :] + found[:at]:
            surname, verb = name.split()[-1].casefold(), other["verb"]
            if tokenize(verb) != tokenize(match["verb"]) and not any(
                surname in text and verb[:-2] in text for text in everything
            ):
                asked.append(("another", f"{verb} {other['particle']}"))
                break
        for kind, deed in asked:
            rows.append(
                {
                    "id": f"u{at:04d}-{kind}",
                    "kind": kind,
                    "question": f"why has {name.casefold()} {deed} {words}",
                    "article": article,
                    "sentence": sentence,
                }
            )
    return rows


def main() -> int:
    return run_found_probe(__doc__, probe_rows, KINDS, "qabot-unlisted-phrasal-")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    sys.exit(main())
