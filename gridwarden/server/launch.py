"""Start the real server as a child process on a free loopback port (tests, benchmarks, demos)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gridwarden.server.forked import ForkedServer


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class ServerProcess:
    url: str
    db_url: str
    process: subprocess.Popen[str] | ForkedServer
    log: list[str]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)


def start_server(
    db_url: str,
    blobs: Path,
    timeout: float = 60.0,
    extra: list[str] | None = None,
    host: str = "127.0.0.1",
    port: int | None = None,
) -> ServerProcess:
    """`extra`: more command-line options (--ssl-certfile/--ssl-keyfile serve HTTPS: the url
    is then https://<host>:<port>; pass host="localhost" to match a certificate's name)."""
    port = port or free_port()
    argv = ["--db", db_url, "--host", "127.0.0.1", "--port", str(port), "--blobs", str(blobs)]
    argv += extra or []
    log: list[str] = []
    ready = threading.Event()

    def seen(line: str) -> None:
        log.append(line)
        if line.startswith("GRIDWARDEN_SERVER_READY"):
            ready.set()

    process = _fork(argv, seen) if FORK_SERVERS else _spawn(argv, seen)
    deadline = time.monotonic() + timeout
    while not ready.wait(0.1):
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError("the server did not start:\n" + "".join(log))
    scheme = "https" if "--ssl-certfile" in (extra or []) else "http"
    return ServerProcess(f"{scheme}://{host}:{port}", db_url, process, log)


# The test suite forks its servers from a pre-loaded forkserver (gridwarden.server.forked):
# the same main and arguments without ~0.7 s of imports a start. tests/conftest.py sets it.
FORK_SERVERS = False


def _spawn(argv: list[str], seen: Callable[[str], None]) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "gridwarden.server", *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )

    def read() -> None:  # keep draining the pipe so the server never blocks on a full buffer
        assert process.stdout is not None
        for line in process.stdout:
            seen(line)

    threading.Thread(target=read, daemon=True).start()
    return process


def _fork(argv: list[str], seen: Callable[[str], None]) -> ForkedServer:
    from gridwarden.server import forked

    handle, name = tempfile.mkstemp(prefix="gridwarden-server-", suffix=".log")
    os.close(handle)
    process = forked.start(argv, Path(name))

    def follow() -> None:  # the log file, line by line, until the process has ended
        with open(name, encoding="utf-8", errors="replace") as lines:
            pending = ""
            while True:
                chunk = lines.readline()
                if chunk:
                    pending += chunk
                    if pending.endswith("\n"):
                        seen(pending)
                        pending = ""
                elif process.poll() is not None:
                    if pending:
                        seen(pending)
                    os.unlink(name)
                    return
                else:
                    time.sleep(0.05)

    threading.Thread(target=follow, daemon=True).start()
    return process
