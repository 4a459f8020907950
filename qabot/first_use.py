"""Names a package imports on first use: its `__init__` exports them but imports the module
holding each only when the name is first asked for, so a process that never asks pays nothing.

Used by every stage that is imported before it is needed (depends on nothing of ours). A name
spelt as one of the package's modules never reaches this: importing that module binds the
package's name to it (tests/test_layout.py checks no such name is listed).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def import_on_first_use(package: str, homes: Mapping[str, str]) -> Callable[[str], Any]:
    """Return the module `__getattr__` of `package` that imports a name of `homes` (name -> the
    module that holds it) when it is first asked for and keeps it on the package, so later
    look-ups find it without this function."""

    def __getattr__(name: str) -> Any:
        if name not in homes:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(homes[name]), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
