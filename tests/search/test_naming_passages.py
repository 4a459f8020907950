"""Whether a passage naming someone nobody quotes tells what they said (`telling_words`): a
verb of saying after their name, unless its clause has a subject of its own."""

from __future__ import annotations

import pytest

from qabot.records import ArticleInfo, Passage
from qabot.search.hit_record import Hit
from qabot.search.naming_passages import telling_words


def _hit(text: str) -> Hit:
    article = ArticleInfo(id="a", path="a.txt", title="Title", source="Src")
    passage = Passage(id="a:0", article_id="a", position=0, start=0, end=len(text), text=text)
    return Hit(1, 1.0, passage, article, "")


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Mara Quill said the show would end.", True),
        ("Mara Quill, the host, said the show would end.", True),
        ("Mara Quill, who has said she will retire, hosts the show.", True),
        ("Mara Quill told viewers the show would end.", True),
        # an aside in brackets before the verb is no clause of its own
        ("Mara Quill (pictured) said the show would end.", True),
        ("Mara Quill (Labour, Eastmoor) told viewers the show would end.", True),
        ("Mara Quill hosts the show (its makers have said it will end).", False),
        ("Mara Quill will host the show in May, it has been reported.", False),
        ("Mara Quill's show will not return to screens, the network has said.", False),
        ("Mara Quill hosts the show; its makers claim it is the best on air.", False),
        ("Mara Quill hosts the show.", False),
        # a name ending like an adverb is a subject still; a lower-case adverb is none
        ("Mara Quill will host the show in May, Kelly has said.", False),
        ("Mara Quill, who reportedly said she will retire, hosts the show.", True),
    ],
)
def test_a_verb_of_saying_tells_their_words_unless_another_says_it(text: str, told: bool) -> None:
    assert telling_words(_hit(text), "Mara Quill") is told
