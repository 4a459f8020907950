"""Short forms of everyday words that readers type and news seldom writes: "man utd" for
Manchester United, "uni" for a university, "hq" for headquarters; general English usage.

Each stands for one word only (not "pm", which is a time as often as a prime minister, nor
"st", a saint's or a street's).
"""

from __future__ import annotations

# short form: the word written out
WORD_ABBREVIATIONS = {
    "utd": "united",
    "uni": "university",
    "unis": "universities",
    "hq": "headquarters",
    "govt": "government",
    "dept": "department",
    "intl": "international",
    "natl": "national",
    "assn": "association",
    "mgr": "manager",
    "asst": "assistant",
    "biz": "business",
    "yrs": "years",
    "approx": "approximately",
}
