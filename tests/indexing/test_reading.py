"""The progress bar of an update: bytes counted as their articles are indexed."""

from __future__ import annotations

import pytest

from qabot.indexing.reading import FINISH_SHARE, Progress


def test_bytes_count_once_their_batch_is_indexed_and_the_end_fills_the_bar(
    capsys: pytest.CaptureFixture[str],
) -> None:
    progress = Progress(1000, progress=True)
    progress.read(300)
    progress.batch_read()
    progress.read(500)
    progress.batch_read()
    progress.read(200)  # the end of a file after its last batch
    assert progress.bar.n == 0  # read ahead, nothing indexed yet
    progress.indexed()
    assert progress.bar.n == pytest.approx(300 * (1 - FINISH_SHARE))
    progress.indexed()
    assert progress.bar.n == pytest.approx(800 * (1 - FINISH_SHARE))
    progress.close()  # the index is written
    assert progress.bar.n == 1000
    capsys.readouterr()
