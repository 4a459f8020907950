"""Command line, start-up: what a `qabot` process compiles as it starts, kept for the next one.

A plain `qabot ask` spent about a third of its CPU compiling the same things every time: the
methods `dataclass` writes for each of qabot's ~80 records (`__init__`, `__eq__`, `__repr__`,
...: ~460 pieces of source handed to `exec`, ~50 ms) and its regular expressions
(`qabot.text.patterns.lazy`: ~100 for a question, ~25 ms; ~240 for an index build, ~80 ms).
The same text gives the same result on the same Python, so a command keeps what its start
compiled in a file beside the package's bytecode (`qabot/__pycache__/`, or under
PYTHONPYCACHEPREFIX), and its next start reads it: a method's code object, as a .pyc file keeps
a module's, and a pattern's program, the list of numbers `re` hands its C engine
(`_sre.compile`), both made by Python's own functions.

A file is named after the command and the interpreter's exact build (a program is `re`'s inner
form, which may change between versions); one that cannot be read or written is left alone,
and qabot compiles as before. It is written only by a process that compiled something new,
whatever PYTHONDONTWRITEBYTECODE says (qabot's own cache, as .hypothesis is hypothesis'). Only
qabot's own records and patterns go through it.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import re
import sys
import zlib
from importlib.util import cache_from_source
from pathlib import Path
from types import CodeType
from typing import Any

import qabot

# a file holds at most twice the entries its start uses, and a few: past that, a save keeps
# only those its own process used (an entry is exact text, so each edit of a record or of a
# pattern leaves an old one behind; a plain question and a "who said" use different ones)
SPARE_ENTRIES = 200

# `re`'s own steps (`re._compiler.compile`: parse, code, make), where this Python has them
_STEPS = (
    getattr(getattr(re, "_parser", None), "parse", None),
    getattr(getattr(re, "_compiler", None), "_code", None),
    getattr(sys.modules.get("_sre"), "compile", None),
)

# an entry: a method's source, or a pattern's text and flags; its value, kept marshalled (read
# only when used: a file holds both kinds of question's, and the bot's many answers')
_Key = str | tuple[str, int]


class StartCache:
    """The compiled methods and patterns of one command's starts: read from its file, compiled
    anew when missing, and written back (`save`) when any was."""

    def __init__(self, command: str) -> None:
        self.command = command  # whose file ("": none, nothing read or written)
        self.entries: dict[_Key, bytes] = {}
        self.used: set[_Key] = set()
        self.compiled = 0  # methods and patterns this process compiled anew
        self.saved = 0  # of those, how many its file holds
        self.loaded = False
        self.patterns_failed = False  # re's inner steps failed once: `re.compile` from then on

    def _load(self) -> None:
        if not self.loaded:
            self.loaded = True
            if self.command:
                self.entries.update(_read(path(self.command)))

    def code(self, source: str) -> CodeType:
        """Return the code of a method's source as `exec` compiles it from `dataclasses`."""
        self._load()
        self.used.add(source)
        if (kept := self.entries.get(source)) is not None:
            with contextlib.suppress(ValueError, EOFError, TypeError):
                code = marshal.loads(kept)
                if isinstance(code, CodeType):
                    return code
            # an entry this Python cannot read (a damaged file): compiled anew, and replaced
        # no `from __future__` flag of this module, as `exec` compiles a string
        code = compile(source, "<string>", "exec", dont_inherit=True)
        self.entries[source] = marshal.dumps(code)
        self.compiled += 1
        return code

    def pattern(self, text: str, flags: int = 0) -> re.Pattern[str]:
        """Return what `re.compile(text, flags)` does."""
        parse, code_of, make = _STEPS
        if parse is None or code_of is None or make is None or self.patterns_failed:
            return re.compile(text, flags)
        try:
            return self._pattern(text, int(flags), make, parse, code_of)
        except re.error:  # the pattern itself is wrong: as `re.compile` says
            raise
        except Exception:  # re's inner steps are not a public API: any
            # surprise (another Python's signature, a damaged entry) means compiling as
            # `re` does, for this pattern and every later one of this process
            self.patterns_failed = True
            self.entries.pop((text, int(flags)), None)
            return re.compile(text, flags)

    def _pattern(
        self, text: str, flags: int, make: Any, parse: Any, code_of: Any
    ) -> re.Pattern[str]:
        """`pattern` through re's inner steps: read kept, or made and kept."""
        self._load()
        key = (text, int(flags))
        self.used.add(key)
        if (kept := self.entries.get(key)) is not None:
            program = marshal.loads(kept)
        else:  # what `re._compiler.compile` hands `_sre.compile`
            parsed = parse(text, int(flags))
            numbers = dict(parsed.state.groupdict)
            names: list[str | None] = [None] * parsed.state.groups
            for name, number in numbers.items():
                names[number] = name
            program = (
                int(flags) | parsed.state.flags,
                [int(n) for n in code_of(parsed, int(flags))],  # some are named constants
                parsed.state.groups - 1,
                numbers,
                tuple(names),
            )
            self.entries[key] = marshal.dumps(program)
            self.compiled += 1
        pattern: re.Pattern[str] = make(text, *program)
        return pattern

    def save(self) -> None:
        """Write the file, with what another process wrote meanwhile, when this process
        compiled anything anew; never fails (a folder it may not write in keeps no cache)."""
        if self.compiled == self.saved or not self.command:
            return
        self.saved = self.compiled
        file = path(self.command)
        entries = {**_read(file), **self.entries}
        if len(entries) > 2 * len(self.used) + SPARE_ENTRIES:
            entries = {key: kept for key, kept in entries.items() if key in self.used}
        temporary = file.with_name(f"{file.name}.{os.getpid()}.tmp")
        try:
            file.parent.mkdir(exist_ok=True)
            temporary.write_bytes(marshal.dumps(entries))
            os.replace(temporary, file)
        except (OSError, ValueError):
            with contextlib.suppress(OSError):
                temporary.unlink()


def path(command: str) -> Path:
    """Return the cache file of `command` on this interpreter (its build, its optimisation)."""
    build = zlib.crc32(f"{sys.version} {sys.flags.optimize}".encode())
    name = f"start_cache.{command}.{sys.implementation.cache_tag}-{build:08x}.marshal"
    # where the package's own .pyc files go (`__pycache__`, or under PYTHONPYCACHEPREFIX)
    return Path(cache_from_source(qabot.__file__)).parent / name


def _read(file: Path) -> dict[_Key, bytes]:
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
        entries = marshal.loads(file.read_bytes())
        if isinstance(entries, dict):
            return entries
    return {}


_installed = StartCache("")


def installed() -> StartCache:
    """Return the cache the running command compiles through."""
    return _installed


def install(command: str) -> None:
    """Compile qabot's records' methods through `command`'s cache from now on (and its
    patterns, once `qabot.text.patterns` is told to use `compile_pattern`)."""
    import dataclasses  # here: `qabot --help` starts without it (and the `inspect` it loads)

    global _installed
    if _installed.command != command:  # another command in the same process (as tests run)
        _installed = StartCache(command)
    vars(dataclasses)["exec"] = _exec


def _exec(source: Any, globals: dict[str, Any] | None = None, locals: Any = None, /) -> None:
    """`exec` as `dataclasses` calls it: a qabot record's methods compiled once."""
    if isinstance(source, str) and str((globals or {}).get("__name__")).startswith("qabot"):
        source = _installed.code(source)
    exec(source, globals, locals)


def compile_pattern(text: str, flags: int = 0) -> re.Pattern[str]:
    """Return what `re.compile(text, flags)` does, through the running command's cache."""
    return _installed.pattern(text, flags)


def save() -> None:
    """Write the running command's cache when its start compiled anything anew."""
    _installed.save()
