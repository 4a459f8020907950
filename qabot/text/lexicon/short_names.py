"""Short first names: the forms readers type for a first name the articles write in full
("tony o'reilly" for Anthony O'Reilly, "mike howard", "andy", "charlie"), general English usage.

Most short forms are the full name's opening letters ("phil", "chris", "alex"), or those with
-y/-ie ("andy", "charlie", "jenny"); the table holds the ones that are not.
"""

from __future__ import annotations

MIN_STEM = 3  # letters a short form shares with the full name at least ("sam", "tom")
MIN_SPELT = 4  # letters of a first name spelt another way, at least ("jon" is not "john")
# short form -> full names it stands for, where the letters do not show it
IRREGULAR = {
    "tony": ("anthony", "antony"),
    "bill": ("william",),
    "billy": ("william",),
    "will": ("william",),
    "bob": ("robert",),
    "bobby": ("robert",),
    "rob": ("robert",),
    "jim": ("james",),
    "jimmy": ("james",),
    "jamie": ("james",),
    "mike": ("michael",),
    "mick": ("michael",),
    "micky": ("michael",),
    "dick": ("richard",),
    "rick": ("richard",),
    "ricky": ("richard",),
    "jack": ("john",),
    "johnny": ("john", "jonathan"),
    "jon": ("jonathan",),
    "joe": ("joseph",),
    "dave": ("david",),
    "davy": ("david",),
    "ted": ("edward",),
    "ned": ("edward",),
    "harry": ("henry", "harold"),
    "hank": ("henry",),
    "chuck": ("charles",),
    "chas": ("charles",),
    "larry": ("lawrence", "laurence"),
    "jerry": ("gerald", "jeremy"),
    "gerry": ("gerald", "gerard"),
    "sandy": ("alexander", "alexandra"),
    "steve": ("stephen", "steven"),
    "peggy": ("margaret",),
    "maggie": ("margaret",),
    "meg": ("margaret",),
    "liz": ("elizabeth",),
    "beth": ("elizabeth",),
    "betty": ("elizabeth",),
    "kate": ("katherine", "catherine", "kathryn"),
    "katie": ("katherine", "catherine", "kathryn"),
    "cathy": ("catherine",),
    "kathy": ("katherine", "kathryn"),
    "sue": ("susan", "suzanne"),
    "sally": ("sarah",),
    "molly": ("mary",),
    "polly": ("mary",),
    "trish": ("patricia",),
    "patsy": ("patricia",),
    "tess": ("theresa", "teresa"),
    "bert": ("albert", "herbert", "robert"),
    "alf": ("alfred",),
    "sasha": ("alexander", "alexandra"),
}

# one first name spelt in ways a letter dropped or added does not show ("steven" for "stephen")
SPELLINGS = (
    ("stephen", "steven"),
    ("catherine", "katherine", "kathryn"),
    ("lawrence", "laurence"),
    ("anthony", "antony"),
    ("theresa", "teresa"),
    ("geoffrey", "jeffrey"),
    ("sean", "shaun", "shawn"),
    ("alan", "allan", "allen"),
    ("brian", "bryan"),
    ("neil", "neal"),
    ("marc", "mark"),
    ("carl", "karl"),
    ("eric", "erik"),
    ("mohammed", "muhammad", "mohammad", "mohamed"),
    ("isabel", "isobel"),
    ("lindsay", "lindsey"),
)
_SPELT = {name: group for group in SPELLINGS for name in group}


def spelt_alike(one: str, other: str) -> bool:
    """Return whether two case-folded first names are one name spelt two ways ("steven",
    "stephen"): as SPELLINGS pairs them, or a letter added or dropped (`letter_dropped`)."""
    return (one != other and other in _SPELT.get(one, ())) or letter_dropped(one, other)


def short_for(short: str, full: str) -> bool:
    """Return whether first name `short` is a common short form of `full` (both case-folded):
    its opening letters ("phil", "philip"), those with -y/-ie ("andy", "andrew"), or one of the
    irregular forms ("tony", "anthony")."""
    if short == full:
        return False
    if full in IRREGULAR.get(short, ()):
        return True
    stem = short.removesuffix("ie") if short.endswith("ie") else short.removesuffix("y")
    return len(stem) >= MIN_STEM and full.startswith(stem)


def same_first_name(one: str, other: str) -> bool:
    """Return whether two case-folded first names may be one person's: the same, or one a short
    form of the other."""
    return one == other or short_for(one, other) or short_for(other, one)


def letter_dropped(one: str, other: str) -> bool:
    """Return whether two first names of four letters or more differ by one letter added or
    dropped ("mathew", "matthew"; "phillip", "philip"): one name spelt two ways."""
    short, long = sorted((one, other), key=len)
    if len(short) < MIN_SPELT or len(long) != len(short) + 1:
        return False
    at = next((i for i, (a, b) in enumerate(zip(short, long, strict=False)) if a != b), len(short))
    return short[at:] == long[at + 1 :]
