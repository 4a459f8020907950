"""Keys typed at a terminal that does not send UTF-8, read as the letters they are.

A terminal set to Latin-1 sends "café" as b"caf\\xe9". GNU readline 8.2 (before its patch 13)
drops a byte that opens a UTF-8 character when the next byte does not go on with it, so the
console read "caf" and the question lost a letter before `qabot.cli.questions.typed` could read
it as Windows-1252. `read_typed_bytes` puts a filter in front of readline's key reader: bytes
that are no UTF-8 character become the Windows-1252 characters they are, written in UTF-8;
UTF-8 passes unchanged. Without GNU readline, or where its key reader cannot be replaced,
nothing changes.
"""

from __future__ import annotations

import ctypes
import logging
import os
import select
from types import ModuleType
from typing import IO

logger = logging.getLogger(__name__)

# a terminal sends a UTF-8 character's bytes in one write: a start of one left alone this long
# is a byte of another code page
_CUT_WAIT = 0.05
_GETC = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p)
_EOF = -1
# Ctrl-A, Ctrl-K, Enter: the line killed from its start, then an empty line accepted
_DROP_LINE = b"\x01\x0b\r"


def _length(lead: int) -> int:
    """Return how many bytes the UTF-8 character `lead` opens has (1: none, or not a lead)."""
    if 0xC2 <= lead <= 0xDF:
        return 2
    if 0xE0 <= lead <= 0xEF:
        return 3
    return 4 if 0xF0 <= lead <= 0xF4 else 1


def as_utf8(run: bytes) -> bytes:
    """Return a run of bytes beyond ASCII in UTF-8: as it is when it is one UTF-8 character,
    else each byte as the Windows-1252 character it is (U+FFFD where that code page has none)."""
    try:
        return run.decode("utf-8").encode("utf-8")
    except UnicodeDecodeError:
        return run.decode("cp1252", "replace").encode("utf-8")


class TypedBytes:
    """readline's key reader replaced by one that reads UTF-8 characters, and other bytes as
    Windows-1252 ones (`as_utf8`), a byte at a time as readline itself does."""

    def __init__(self, library: ctypes.CDLL, fd: int) -> None:
        self._fd = fd
        self._stuff = library.rl_stuff_char  # queues a byte readline takes before asking again
        self._stuff.argtypes, self._stuff.restype = [ctypes.c_int], ctypes.c_int
        self._reader = _GETC(self._getc)  # kept alive: readline calls it for as long as it runs
        pointer = ctypes.c_void_p.in_dll(library, "rl_getc_function")
        pointer.value = ctypes.cast(self._reader, ctypes.c_void_p).value

    def _byte(self, wait: float | None) -> int | None:
        """Return the next byte typed (None: none within `wait` seconds, or the end)."""
        if wait is not None and not select.select([self._fd], [], [], wait)[0]:
            return None
        read = os.read(self._fd, 1)
        return read[0] if read else None

    def _getc(self, _stream: int | None) -> int:
        try:
            byte = self._byte(None)
            out = bytearray()
            # every byte read is given to readline now: one held back would wait for a key
            while byte is not None:
                if byte < 0x80:
                    out.append(byte)
                    break
                run, byte = bytes([byte]), None
                while len(run) < _length(run[0]):
                    byte = self._byte(_CUT_WAIT)
                    if byte is None or not 0x80 <= byte <= 0xBF:
                        break  # no character: the run is bytes of another code page
                    run, byte = run + bytes([byte]), None
                out += as_utf8(run)
        except OSError:
            return _EOF
        except KeyboardInterrupt:
            # Ctrl-C while a byte waited for the rest of its character: raised here, inside
            # readline's callback, ctypes only printed a traceback and readline kept the line.
            # Do what Ctrl-C does at the prompt: the line dropped, a new prompt
            out = bytearray(_DROP_LINE)
        if not out:
            return _EOF
        for later in out[1:]:
            self._stuff(later)
        return out[0]


def read_typed_bytes(readline: ModuleType, stdin: IO[str]) -> TypedBytes | None:
    """Put the filter in front of GNU readline's key reader when `stdin` is a terminal; None
    where that cannot be done (libedit, no such symbols): readline then reads keys itself."""
    if "GNU readline" not in (readline.__doc__ or "") or not getattr(readline, "__file__", None):
        return None
    try:
        fd = stdin.fileno()
        if not os.isatty(fd):
            return None
        return TypedBytes(ctypes.CDLL(readline.__file__), fd)
    except (OSError, AttributeError, ValueError) as exc:
        logger.debug("readline reads typed bytes itself: %s", exc)
        return None
