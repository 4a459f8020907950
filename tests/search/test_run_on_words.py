"""Words that run on from a speaker's words right after a sentence naming the topic: "She
promised to curb the parking racket. 'I was shocked ...,' she said. 'We must find a way ...'"
answer "what did she promise on the parking racket?" as the first words do. Through answer(),
on invented articles."""

from __future__ import annotations

from pathlib import Path

from qabot.search import answer
from tests.support.indexes import index_of

INTERVIEW = (
    "Quill ready for the campaign\n\n"
    'Mayor Ada Quill said she was "ready for it" as the city waits for the vote. She said '
    'city hall life was "a constant storm" but she would stay while she could help.\n\n'
    '"I love this city and I always will," she said. "If you fear storms, do another job."\n\n'
    "She met traders across the city in recent weeks. She promised to curb the parking "
    "racket, which traders say drives shoppers away.\n\n"
    '"I was shocked to hear a nurse was charged twice in one day outside the hospital," '
    "she said.\n\n"
    '"We must find a way of protecting people from that." Ms Quill said the council would '
    'also look at "how to stop the wardens chasing targets".\n'
)
OTHER = (
    "Quill opens bridge\n\n"
    'Ada Quill opened the new bridge on Monday. "It is a proud day," she said. "The bridge '
    'will carry ten thousand cars a day," Ms Quill said.\n'
)


def test_words_running_on_from_those_after_the_topic_come_with_them(tmp_path: Path) -> None:
    index = index_of(tmp_path, {"interview.txt": INTERVIEW, "bridge.txt": OTHER})
    result = answer(index, "what did ada quill promise on the parking racket", top=3)
    shown = [hit.quote.text for hit in result.quotes[:3]]
    assert shown[0].startswith("I was shocked to hear a nurse")
    assert "We must find a way of protecting people from that." in shown
