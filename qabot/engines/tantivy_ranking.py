"""Ranking parameters of a tantivy generation: BM25 b per field and the title's weight.

tantivy fixes BM25's b at 0.75. A smaller b is emulated exactly by padding every document with a
constant number P of a filler term no question can contain: with P = A * (0.75 / b - 1), where A
is the field's average length, 0.25 + 0.75 * (dl + P) / (A + P) == 1 - b + b * dl / A. A is a
nominal length recorded with the generation (see `BODY_LENGTH`), so b holds for typical passages.
The parameters were chosen on the SciFact train split (benchmarks/quality.py), never on test,
and are written beside the index so a generation is always searched as it was built.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from qabot.errors import IndexFormatError

# 8: name pair keys in the capitals field; 7: article key and title signature column;
# 6: title terms in passage records; 5: spread record and numbers columns (tantivy_columns);
# 4: day and outlet fields for filters; 3: passages in packs (text_packs)
FORMAT_VERSION = 8
PARAMS_FILE = "qabot-tantivy.json"
TANTIVY_B = 0.75  # tantivy's own BM25 b (its k1 is 1.2); neither can be set from Python

BODY_LENGTH = 64  # nominal passage length in terms, for the b emulation
TITLE_LENGTH = 8  # nominal title length in terms


def padding(b: float, nominal_length: int) -> int:
    """Return the filler count that turns tantivy's b = 0.75 into `b` (module docstring)."""
    if not 0.0 < b <= TANTIVY_B:
        raise ValueError(f"b must be in (0, {TANTIVY_B}], got {b}")
    return round(nominal_length * (TANTIVY_B / b - 1.0))


@dataclass(frozen=True, slots=True)
class Ranking:
    """BM25 parameters of a generation; the defaults were chosen on the SciFact train split."""

    body_b: float = 0.4
    title_b: float = 0.75
    title_weight: float = 0.5  # weight of a title match relative to a passage match

    def params(self) -> dict[str, Any]:
        """Return what a generation records: the parameters and the padding they imply."""
        return {
            "format_version": FORMAT_VERSION,
            **asdict(self),
            "body_padding": padding(self.body_b, BODY_LENGTH),
            "title_padding": padding(self.title_b, TITLE_LENGTH),
        }


def write_params(directory: Path, params: dict[str, Any]) -> None:
    """Record a generation's parameters (replaced by rename: never half-written)."""
    temporary = directory / (PARAMS_FILE + ".tmp")
    temporary.write_text(json.dumps(params, indent=2) + "\n", encoding="utf-8")
    temporary.replace(directory / PARAMS_FILE)


def read_params(directory: Path) -> dict[str, Any]:
    """Return the ranking parameters a generation was built with."""
    try:
        params = json.loads((directory / PARAMS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise IndexFormatError(
            f"The search index in {directory} is missing or damaged. "
            "Run `qabot index --rebuild` to build it again."
        ) from error
    if not isinstance(params, dict) or params.get("format_version") != FORMAT_VERSION:
        raise IndexFormatError(
            f"The search index in {directory} was written by another version of qabot. "
            "Run `qabot index --rebuild` to build it again."
        )
    return params
