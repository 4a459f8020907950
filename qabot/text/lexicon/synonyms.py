"""Synonyms of general English, from WordNet 3.0 (`synonyms.txt`, with its licence): words
that share a sense among the two most frequent attested senses of each ("remark" and
"comment", "mistake" and "error", "cost" and "price"), and the first sense of a word none of
whose senses WordNet's tagged texts attest ("murky" and "foggy", "remote" and "far": the rarer
words a reader's paraphrase picks). A reader's question seldom repeats a quote's words; "who
said ...?" counts such a word as the one asked. Words for people
("manager" / "director") are left out: they say who speaks.
"""

from __future__ import annotations

from pathlib import Path

# groups separated by " / ", several to a line; lines opening "#" are the licence and notes
SYNONYM_GROUPS = " / ".join(
    line
    for line in (Path(__file__).with_name("synonyms.txt").read_text(encoding="utf-8")).split("\n")
    if line and not line.startswith("#")
)
