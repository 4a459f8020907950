"""Sentence vectors: the normalised mean of a text's word-piece vectors."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from qabot.text.sentence_vectors import CENTROIDS, CODES, SentenceVectors, sentence_vectors
from tests.support.processes import run_script


def coded_table(tmp_path: Path, special: list[str], rows: dict[str, list[int]]) -> SentenceVectors:
    """Return the vectors of `rows` coded exactly: a part a number, piece i's code i + 1 in
    every part (code 0, zero, left unused), the `special` pieces first with no codes."""
    numbers = np.array(list(rows.values()), dtype=np.int8)
    centroids = np.concatenate([np.zeros((1, numbers.shape[1]), np.int8), numbers]).T[..., None]
    codes = np.repeat(np.arange(1, len(rows) + 1, dtype=np.uint8)[:, None], numbers.shape[1], 1)
    (tmp_path / "pieces.txt").write_text("\n".join([*special, *rows]) + "\n", encoding="utf-8")
    np.save(tmp_path / "centroids.npy", centroids)
    np.save(tmp_path / "codes.npy", codes)
    return SentenceVectors(
        tmp_path / "codes.npy", tmp_path / "centroids.npy", tmp_path / "pieces.txt"
    )


def test_a_vector_is_the_normalised_mean_of_its_pieces_rows(tmp_path: Path) -> None:
    (tmp_path / "pieces.txt").write_text("[PAD]\n[UNK]\nrain\nsun\n##s\n", encoding="utf-8")
    # rows (3, 0), (0, 4), (0, 2) in two parts of one number; the two special pieces first
    # have no codes (zero rows)
    centroids = np.array([[[0], [3], [0]], [[0], [4], [2]]], dtype=np.int8)
    codes = np.array([[1, 0], [0, 1], [0, 2]], dtype=np.uint8)
    np.save(tmp_path / "centroids.npy", centroids)
    np.save(tmp_path / "codes.npy", codes)
    vectors = SentenceVectors(
        tmp_path / "codes.npy", tmp_path / "centroids.npy", tmp_path / "pieces.txt"
    )
    assert vectors.vector("rain").tolist() == [1.0, 0.0]
    # "suns": "sun" + "##s", (0, 4) and (0, 2): the mean points the same way
    assert vectors.vector("Suns").tolist() == [0.0, 1.0]
    assert vectors.vector("rain sun") == pytest.approx([0.6, 0.8])
    assert vectors.vector("").tolist() == [0.0, 0.0]
    assert vectors.vector("[PAD]?").tolist() == [0.0, 0.0]  # pieces of no meaning: no vector


def test_a_pieces_row_is_put_together_from_its_codes_once_and_kept(tmp_path: Path) -> None:
    vectors = coded_table(tmp_path, ["[PAD]", "[UNK]"], {"rain": [3, -2], "sun": [0, 4]})
    rain, sun = [3.0, -2.0], [0.0, 4.0]
    # a special piece's row is zeros; a piece asked twice in one text is read twice
    assert vectors.rows([2, 0, 2]).tolist() == [rain, [0.0, 0.0], rain]
    assert vectors.rows([3, 2]).tolist() == [sun, rain]  # "rain" kept, "sun" made now
    assert vectors.rows([]).shape == (0, 2)
    # a row kept is the same as one made from the codes afresh
    afresh = coded_table(tmp_path, ["[PAD]", "[UNK]"], {"rain": [3, -2], "sun": [0, 4]})
    assert afresh.rows([3, 2, 1]).tolist() == vectors.rows([3, 2, 1]).tolist()


def test_pieces_repeated_in_one_batch_are_made_once_each(tmp_path: Path) -> None:
    table = {"rain": [3, -2], "sun": [0, 4], "sky": [1, 1]}
    vectors = coded_table(tmp_path, ["[PAD]", "[UNK]"], table)
    # unsorted, repeated, special: each coded piece made once, in any order asked
    assert vectors.rows([4, 2, 4, 0, 2, 4]).tolist() == [
        [1.0, 1.0],
        [3.0, -2.0],
        [1.0, 1.0],
        [0.0, 0.0],
        [3.0, -2.0],
        [1.0, 1.0],
    ]
    assert vectors.rows([3, 3]).tolist() == [[0.0, 4.0], [0.0, 4.0]]


def test_matching_texts_loads_no_more_of_numpy_than_its_arithmetic(tmp_path: Path) -> None:
    # numpy.ma (np.unique imports it) is ~10 ms of CPU at a process's first "who said" question
    script = (
        "import sys\n"
        "from qabot.text.sentence_vectors import sentence_vectors\n"
        "print(sentence_vectors().matched('rain in town', ['the city was wet', 'rain, rain']))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[:2] == ['numpy', 'ma']))\n"
    )
    result = run_script(script, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"


def test_a_match_pairs_each_piece_with_the_closest_weighing_rare_pieces_more(
    tmp_path: Path,
) -> None:
    vectors = coded_table(
        tmp_path, ["[PAD]", "[UNK]"], {"rain": [3, 0], "sun": [0, 4], "wet": [2, 2]}
    )
    assert vectors.matched("rain", ["rain", "rain rain"]) == pytest.approx([1.0, 1.0])
    # "sun" (weight 4) has no piece near it in "rain": recall 3/7, precision 1, F1 0.6
    assert vectors.matched("rain sun", ["rain"]) == pytest.approx([0.6])
    # "wet" lies halfway: each pairs at cos 45 degrees
    assert vectors.matched("rain", ["wet"]) == pytest.approx([2**-0.5])
    assert vectors.matched("rain", ["", "[PAD]"]) == [0.0, 0.0]  # nothing that means anything
    assert vectors.matched("[PAD]", ["rain"]) == [0.0]
    assert vectors.matched("rain", []) == []


def test_the_shipped_table_gives_unit_vectors_the_same_each_time() -> None:
    vectors = sentence_vectors()
    text = "The mayor said the bridge would reopen in spring."
    first = vectors.vector(text)
    assert first.shape == (vectors.dims,) and first.dtype == np.float32
    assert float(np.linalg.norm(first)) == pytest.approx(1.0, abs=1e-5)
    assert np.array_equal(first, SentenceVectors().vector(text))
    assert vectors.similarity(text, "") == 0.0
    # no file of the package over 2 MB
    assert CODES.stat().st_size + CENTROIDS.stat().st_size < 2_000_000


def test_a_paraphrase_lies_closer_than_a_text_sharing_a_word_of_it() -> None:
    vectors = sentence_vectors()
    asked = "you need to choose which fights to take on with the council"
    paraphrase = vectors.similarity(asked, "You have to pick your battles with the town hall")
    assert paraphrase > vectors.similarity(asked, "We will fight the council over these charges")
    assert vectors.similarity(asked, "The choir sang a hymn") < 0.3


def test_a_paraphrase_in_a_long_quote_still_matches_above_a_shared_word() -> None:
    vectors = sentence_vectors()
    asked = "you need to choose which fights to take on with the council"
    alone = "You have to pick your battles with the town hall"
    longer = (
        f"{alone}, and we have been running this shop on the corner for thirty years, selling"
        " bread and cakes to three generations of families"
    )
    shared = "We will fight the council over these charges"
    paraphrase, inside, word, unrelated = vectors.matched(
        asked, [alone, longer, shared, "The choir sang a hymn"]
    )
    assert paraphrase > inside > word > unrelated
    assert unrelated < 0.3


def test_a_match_is_the_same_whichever_pieces_were_made_before() -> None:
    # each piece's length is kept with its row when first made: a match over pieces made in
    # other texts' batches gives the same numbers, to the last bit, as one made afresh
    asked = "you need to choose which fights to take on with the council"
    texts = ["You have to pick your battles with the town hall", "The choir sang a hymn"]
    warmed = SentenceVectors()
    warmed.matched("the council's choir", ["battles of the town", "a hymn, sung"])
    warmed.matched("pick", ["fights"])
    assert warmed.matched(asked, texts) == SentenceVectors().matched(asked, texts)


def test_a_match_weighs_the_pieces_an_index_stored_for_a_text() -> None:
    from qabot.text.kept_pieces import keep_pieces, stored_pieces

    vectors = sentence_vectors()
    asked = "the minister defended the cuts"
    plain = vectors.matched(asked, ["nurses walked out over pay"])
    # stored pieces stand for the text's own: told apart here by pieces of other words
    keep_pieces("Ulla Brandt backed the plan.", stored_pieces(vectors.pieces.encode(asked)))
    assert vectors.cut("Ulla Brandt backed the plan.") == vectors.pieces.encode(asked)
    stored = vectors.matched(asked, ["nurses walked out over pay", "Ulla Brandt backed the plan."])
    # the product's shape differs (two texts, not one): BLAS may sum in another order, so the
    # same row can differ in its last bits (seen with a newer numpy on a fresh machine)
    assert stored[0] == pytest.approx(plain[0], rel=1e-6)
    assert stored[1] == pytest.approx(1.0, abs=1e-5)


def test_a_match_is_the_reference_arithmetic_to_the_last_bit() -> None:
    # the rows are divided by their lengths straight from int8 into float32: the numbers of
    # a float32 copy divided, so every match stays what it was, bit for bit
    vectors = sentence_vectors()
    asked = "who said the harbour would flood?"
    texts = ["The sea wall will not hold this winter", "", "Floods came to the port town"]

    def reference(text: str) -> float:
        pieces = np.asarray(vectors.pieces.encode(asked) + vectors.cut(text), dtype=np.intp)
        rows = vectors.rows(pieces)
        weights = vectors._weights[pieces]
        directions = rows / np.maximum(weights, 1e-12)[:, None]
        first = len(vectors.pieces.encode(asked))
        if not weights[first:].sum():
            return 0.0
        cosines = directions[:first] @ directions[first:].T
        cosines[:, weights[first:] == 0] = -1.0
        recall = float(cosines.max(axis=1) @ weights[:first]) / float(weights[:first].sum())
        precision = float(cosines.max(axis=0) @ weights[first:]) / float(weights[first:].sum())
        return 2 * recall * precision / (recall + precision)

    assert vectors.matched(asked, texts) == [reference(text) for text in texts]
