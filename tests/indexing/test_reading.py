"""The progress bar of an update: bytes counted as their articles are indexed."""

from __future__ import annotations

import pytest

from qabot.indexing.reading import FINISH_SHARE, SHARE_BOUNDS, Progress, finish_share


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


def test_the_share_kept_for_writing_the_index_is_set_by_the_rate(
    capsys: pytest.CaptureFixture[str],
) -> None:
    now = [100.0]
    progress = Progress(200_000_000, progress=True, clock=lambda: now[0])
    for _ in range(3):
        progress.read(10_000_000)
        progress.batch_read()
    progress.indexed()  # the rate is counted from the first batch indexed
    now[0] += 5.0  # 2 MB a second from there
    progress.indexed()  # 10% indexed: the share is set, for the bytes after these
    assert progress.bar.n == pytest.approx(20_000_000 * (1 - FINISH_SHARE))
    progress.indexed()
    share = finish_share(200_000_000, 2_000_000)
    assert progress.bar.n == pytest.approx(20_000_000 * (1 - FINISH_SHARE) + 10e6 * (1 - share))
    progress.close()
    assert progress.bar.n == 200_000_000
    capsys.readouterr()


def test_writing_the_index_is_a_smaller_share_of_a_larger_or_slower_update() -> None:
    quiet = finish_share(600_000_000, 3_500_000)  # about a million passages on two free cores
    assert 0.02 < quiet < 0.04
    assert finish_share(600_000_000, 1_200_000) < quiet  # the same on a busy machine
    assert finish_share(60_000_000, 3_500_000) > quiet  # a tenth of it: the fixed part counts
    assert finish_share(1_000, 1_000_000) == SHARE_BOUNDS[1]  # a few articles
    assert finish_share(10**12, 10.0) == SHARE_BOUNDS[0]


def test_a_bar_not_shown_counts_as_the_shown_one_and_prints_nothing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    shown, hidden = Progress(1000, progress=True), Progress(1000, progress=False)
    counts: list[tuple[float, float]] = []
    for progress in (shown, hidden):
        progress.read(300)
        progress.batch_read()
        progress.read(700)
        progress.batch_read()
    for _ in range(2):
        shown.indexed()
        hidden.indexed()
        counts.append((shown.bar.n, hidden.bar.n))
    capsys.readouterr()
    hidden.close()
    assert all(a == pytest.approx(b) for a, b in counts)
    assert hidden.bar.n == 1000
    assert capsys.readouterr() == ("", "")
    shown.close()


def test_the_rate_and_eta_count_from_the_first_batch_indexed_not_from_the_start(
    capsys: pytest.CaptureFixture[str],
) -> None:
    progress = Progress(100_000_000, progress=True)
    for _ in range(3):
        progress.read(1_000_000)
        progress.batch_read()
    bar = progress.bar
    bar.start_t -= 60.0  # a minute of start-up (workers spawned, the first batch analysed)
    bar.last_print_t -= 60.0
    progress.indexed()
    bar.last_print_t -= 1.0  # the next batch is indexed a second later
    bar.start_t -= 1.0
    progress.indexed()
    rate = bar.format_dict["rate"]
    assert rate == pytest.approx(1_000_000 * (1 - FINISH_SHARE), rel=0.05)  # not 2 MB in 61 s
    assert bar.format_dict["elapsed"] >= 61.0  # elapsed stays the update's
    progress.close()
    capsys.readouterr()
