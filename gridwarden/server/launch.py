"""Start the real server as a child process on a free loopback port (tests, benchmarks, demos)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class ServerProcess:
    url: str
    db_url: str
    process: subprocess.Popen[str]
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
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gridwarden.server",
            "--db",
            db_url,
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--blobs",
            str(blobs),
            *(extra or []),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    log: list[str] = []
    ready = threading.Event()

    def read() -> None:  # keep draining the pipe so the server never blocks on a full buffer
        assert process.stdout is not None
        for line in process.stdout:
            log.append(line)
            if line.startswith("GRIDWARDEN_SERVER_READY"):
                ready.set()

    threading.Thread(target=read, daemon=True).start()
    deadline = time.monotonic() + timeout
    while not ready.wait(0.1):
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError("the server did not start:\n" + "".join(log))
    scheme = "https" if "--ssl-certfile" in (extra or []) else "http"
    return ServerProcess(f"{scheme}://{host}:{port}", db_url, process, log)
