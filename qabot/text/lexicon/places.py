"""Place words: countries whose adjective is not made by an ending ("Welsh" of Wales).

Readers ask about "China" where the articles write "the Chinese", and about "the Pakistani
president" where they write "Pakistan's president"; general English, no article's names.
"""

from __future__ import annotations

DEMONYMS: dict[str, str] = {
    "wales": "welsh", "britain": "british", "france": "french", "netherlands": "dutch",
    "holland": "dutch", "spain": "spanish", "england": "english", "scotland": "scottish",
    "ireland": "irish", "denmark": "danish", "sweden": "swedish", "finland": "finnish",
    "poland": "polish", "turkey": "turkish", "greece": "greek", "switzerland": "swiss",
    "portugal": "portuguese", "china": "chinese", "japan": "japanese", "thailand": "thai",
    "iraq": "iraqi", "israel": "israeli", "pakistan": "pakistani", "peru": "peruvian",
}  # fmt: skip
