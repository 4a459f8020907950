"""`qabot` commands run as processes forked from a warm one, for the end-to-end tests.

A `qabot ask` process spends about 0.2 of its ~0.28 CPU-s starting: the interpreter, importing
the command's ~300 modules and making their records. The suite runs some 250 such commands
through `tests.support.processes.qabot`. Here each test process keeps one server a command
(started on first use, as `python -c SERVER`), which has done what `qabot COMMAND` does before
it reads its options (`start_cache.install`, `command_of`: the imports, held off from the
collector and frozen) and forks a child for each run. The child is a process of its own, with
the test's stdin, stdout, stderr, folder and environment: it runs `sys.exit(main())` as
`python -m qabot` does and ends as that ends (exit code, atexit, threads joined, streams
flushed); what it imports afterwards (a "who said" question's readers) it imports itself.
What only a fresh interpreter shows (its start-up: imports, start cache, hash seeds, the
environment's PYTHON* and locale variables) is tested with real processes, and a run whose
environment differs from the server's in any of those is one (`reaches_start_up`).
"""

from __future__ import annotations

import contextlib
import io
import json
import locale
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
from collections.abc import Mapping
from pathlib import Path

# what the server runs: argv[1] its socket's descriptor, argv[2] the command it serves
SERVER = """
import json, os, socket, sys
server = socket.socket(fileno=int(sys.argv[1]))
command = sys.argv[2]
from qabot.cli import command_of, start_cache
start_cache.install(command)
command_of(command)
if command == "bot":  # what every bot imports once its settings are checked (~0.7 CPU-s)
    from qabot.cli.questions import bot_runner
    bot_runner()
server.send(json.dumps({"threads": len(os.listdir("/proc/self/task"))}).encode())
while True:
    message, fds, _, _ = socket.recv_fds(server, 1 << 20, 3)
    if not message:
        break
    request = json.loads(message)
    pid = os.fork()
    if pid == 0:
        server.close()
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
            os.close(fd)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        import qabot, random
        sys.argv = [os.path.join(os.path.dirname(qabot.__file__), "__main__.py"), *request["args"]]
        sys.path[0] = os.getcwd()  # as `python -m` puts the folder it starts in first
        random.seed()  # a fresh process's, not the server's
        from qabot.cli import main
        sys.exit(main())
    for fd in fds:
        os.close(fd)
    server.send(json.dumps({"pid": pid}).encode())
    status = os.waitpid(pid, 0)[1]
    server.send(json.dumps({"status": status}).encode())
"""

# variables a Python process reads as it starts (hash seed, encodings, paths, flags): a run
# with other values than the server's is a real process
_START_UP_PREFIXES = ("PYTHON", "LC_", "LANG")


def reaches_start_up(env: Mapping[str, str], server_env: Mapping[str, str]) -> bool:
    """Whether `env` differs from `server_env` in a variable that acts at a process's start."""
    names = {name for name in (*env, *server_env) if name.startswith(_START_UP_PREFIXES)}
    return any(env.get(name) != server_env.get(name) for name in names)


class WarmServer:
    """One warm `qabot COMMAND` process of this test process, forking a child a run."""

    def __init__(self, command: str) -> None:
        # as `main` sets it before a command imports numpy (whose threads would stop a fork)
        self.env = {"OPENBLAS_NUM_THREADS": "1"} | {
            name: value for name, value in os.environ.items() if not name.startswith("QABOT_")
        }
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self.socket = ours
        # started in the temporary folder, so `import qabot` finds what a command run anywhere
        # finds, not a checkout in the folder it happens to start in
        self.process = subprocess.Popen(
            [sys.executable, "-c", SERVER, str(theirs.fileno()), command],
            pass_fds=[theirs.fileno()],
            cwd=tempfile.gettempdir(),
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
        )
        theirs.close()
        self.socket.settimeout(60)
        self.busy = False  # a child runs (a bot): another run is a fresh process meanwhile
        self.ready = json.loads(self.socket.recv(4096) or b"{}").get("threads") == 1

    def start(
        self, args: list[str], cwd: Path, env: Mapping[str, str], fds: list[int]
    ) -> WarmProcess:
        """Fork a child running `qabot ARGS` in `cwd` with `env`, on the descriptors `fds`
        (its stdin, stdout, stderr, which the caller still owns and closes)."""
        request = {"args": args, "cwd": str(cwd), "env": dict(env)}
        socket.send_fds(self.socket, [json.dumps(request).encode()], fds)
        self.busy = True
        return WarmProcess(self, json.loads(self.socket.recv(4096))["pid"])

    def run(
        self, args: list[str], cwd: Path, stdin: str | None, timeout: float
    ) -> subprocess.CompletedProcess[str]:
        """Run `qabot ARGS` in `cwd` in a forked child: what `subprocess.run(...,
        capture_output=True, text=True)` returns (stdin empty when none is given)."""
        pipes = [os.pipe() for _ in range(3)]
        ends = [pipes[0][0], pipes[1][1], pipes[2][1]]  # the child's stdin, stdout, stderr
        process = self.start(args, cwd, os.environ, ends)
        for fd in ends:
            os.close(fd)
        outputs: list[bytes] = [b"", b""]

        def read(index: int, fd: int) -> None:
            with open(fd, "rb") as stream:
                outputs[index] = stream.read()

        def write() -> None:
            with open(pipes[0][1], "wb") as stream, contextlib.suppress(BrokenPipeError):
                stream.write((stdin or "").encode(locale.getpreferredencoding(False)))

        threads = [
            threading.Thread(target=write),
            threading.Thread(target=read, args=(0, pipes[1][0])),
            threading.Thread(target=read, args=(1, pipes[2][0])),
        ]
        for thread in threads:
            thread.start()
        try:
            code = process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait(60)
            raise subprocess.TimeoutExpired(args, timeout) from None
        finally:
            for thread in threads:
                thread.join()
        stdout, stderr = (_text(output) for output in outputs)
        return subprocess.CompletedProcess(args, code, stdout, stderr)

    def close(self) -> None:
        """End the server (its CPU then counts towards this process's children)."""
        self.socket.close()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=20)


class WarmProcess:
    """A running child of a warm server: what the tests use of a `subprocess.Popen`."""

    def __init__(self, server: WarmServer, pid: int) -> None:
        self.server = server
        self.pid = pid
        self.returncode: int | None = None

    def send_signal(self, signum: int) -> None:
        """Send `signum` to the child, unless it has ended."""
        if self.returncode is None:
            with contextlib.suppress(ProcessLookupError):  # as `Popen.send_signal`
                os.kill(self.pid, signum)

    def wait(self, timeout: float | None = None) -> int:
        """Wait for the child to end; return its exit code as `Popen.returncode` gives it."""
        if self.returncode is None:
            self.server.socket.settimeout(timeout)
            try:
                status = json.loads(self.server.socket.recv(4096))["status"]
            except TimeoutError:
                raise subprocess.TimeoutExpired(["qabot"], timeout or 0) from None
            finally:
                self.server.socket.settimeout(60)
            self.returncode = os.waitstatus_to_exitcode(status)
            self.server.busy = False
        return self.returncode


def _text(output: bytes) -> str:
    """Decode as `subprocess.run(text=True)` does (locale encoding, universal newlines)."""
    return io.TextIOWrapper(io.BytesIO(output), encoding=locale.getpreferredencoding(False)).read()


_servers: dict[str, WarmServer | None] = {}


def close_all() -> None:
    """End this process's servers and wait for them (at the end of a test run: a server left
    running would end with its socket, but its CPU would count towards no one's)."""
    for server in _servers.values():
        if server is not None:
            server.close()
    _servers.clear()


def warm_server(command: str, env: Mapping[str, str] | None = None) -> WarmServer | None:
    """Return this process's server for `command`, started on first use; None where a run
    (in `env`, this process's by default) must be a fresh process: no fork here, a server that
    is not single-threaded or runs a child already, or what the environment sets."""
    if not hasattr(os, "fork") or not hasattr(socket, "send_fds"):
        return None
    if command not in _servers:
        server = WarmServer(command)
        if not server.ready:
            server.close()
        _servers[command] = server if server.ready else None
    server = _servers[command]
    if server is None or server.busy or reaches_start_up(env or os.environ, server.env):
        return None
    return server
