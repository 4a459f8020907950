"""'Who paid tribute to the groundsman?': the narration right before a quote, in its paragraph,
is the writer's setting of the words, which a reader's question borrows; it counts for the
quote as the sentence attributing it does."""

from __future__ import annotations

from pathlib import Path

from qabot.search import answer
from tests.support.indexes import index_of

ARTICLES = {
    "pitch.txt": "Town end winter on a high\n\n"
    '"The pitch was heavy all winter and we still won," said captain Tom Bell. '
    'Coach Ana Ruiz paid tribute to the groundsman. "He has worked miracles," she said.\n',
    "fair.txt": "Spring fair opens\n\nThe spring fair opened with music, stalls and a parade.\n",
    "choir.txt": "Choir sings\n\nThe choir sang the loudest hymn of the evening.\n",
}


def test_the_narration_before_a_quote_names_its_speaker(tmp_path: Path) -> None:
    result = answer(index_of(tmp_path, ARTICLES), "who paid tribute to the groundsman?")
    assert [hit.speaker for hit in result.quotes][:1] == ["Ana Ruiz"]


def test_narration_naming_another_speaker_does_not_count_for_the_next_quote(
    tmp_path: Path,
) -> None:
    """ "Ruiz hugged the groundsman." before '"We were lucky," said Bell.' tells of Ruiz, who
    is quoted in the article too: it is no setting of Bell's words."""
    articles = {
        **ARTICLES,
        "pitch.txt": "Town end winter on a high\n\n"
        'Coach Ana Ruiz hugged the groundsman. "He has worked miracles," said Ruiz. '
        "Ruiz then hugged the tearful groundsman at the final whistle. "
        '"We were lucky," said captain Tom Bell.\n',
    }
    result = answer(
        index_of(tmp_path, articles),
        "who spoke after hugging the tearful groundsman at the final whistle?",
    )
    assert [hit.speaker for hit in result.quotes][:1] == ["Ana Ruiz"]


def test_a_title_in_the_narration_is_no_verb_of_speech(tmp_path: Path) -> None:
    """ "who once starred in Boys Don't Cry" names a film: its "Cry" is no verb of speech that
    would make the sentence someone's words, so the narration still counts."""
    articles = {
        **ARTICLES,
        "pitch.txt": "Town end winter on a high\n\n"
        '"The pitch was heavy all winter and we still won," said captain Tom Bell. '
        "Coach Ana Ruiz, who once starred in Boys Don't Cry, paid tribute to the groundsman. "
        '"He has worked miracles," she said.\n',
    }
    result = answer(index_of(tmp_path, articles), "who paid tribute to the groundsman?")
    assert [hit.speaker for hit in result.quotes][:1] == ["Ana Ruiz"]
