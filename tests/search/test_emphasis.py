"""The sentence a passage emphasises (`best_sentence`): the same in every process."""

from __future__ import annotations

from tests.support.processes import printed_under_hash_seeds


def test_the_sentence_emphasised_is_the_same_in_every_process() -> None:
    """A set's order follows the process's string hashes: a sentence's weight must not (0.1,
    0.2 and 0.3 summed in one order are 0.6, in another a bit more, so a sentence of those
    three words tying one of weight 0.6 won or lost from run to run)."""
    script = (
        "from qabot.search.emphasis import best_sentence\n"
        "from qabot.text import tokenize\n"
        "weights = dict(zip(tokenize('harbour ferry strike quarry'), (0.6, 0.1, 0.2, 0.3)))\n"
        "print(best_sentence('The harbour shut. Ferry strike at the quarry.', weights))\n"
    )
    outputs = set(printed_under_hash_seeds(["-c", script], range(8)))
    assert outputs == {"The harbour shut.\n"}
