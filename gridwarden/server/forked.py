"""Server processes forked from a pre-loaded parent, for the test suite.

A server process spends ~0.7 s of CPU importing FastAPI, SQLAlchemy and the models before it
serves anything; the suite starts dozens (each module's private server, the kill test's
restarts). `multiprocessing`'s forkserver imports them once, in a clean process of its own,
and forks each server from it: the same `python -m gridwarden.server` main, the same
arguments, a real separate process that can be killed with SIGKILL — without the imports.
"""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
from multiprocessing.process import BaseProcess
from pathlib import Path

# What the forkserver imports once (the server's own start-up imports).
PRELOAD = ["uvicorn", "gridwarden.server.__main__", "gridwarden.server.app", "gridwarden.server.db"]


class ForkedServer:
    """The part of subprocess.Popen the callers use, over a forked multiprocessing.Process."""

    def __init__(self, process: BaseProcess) -> None:
        self._process = process

    @property
    def pid(self) -> int:
        return self._process.pid or 0

    @property
    def returncode(self) -> int | None:
        return self._process.exitcode

    def poll(self) -> int | None:
        return self._process.exitcode

    def wait(self, timeout: float | None = None) -> int:
        self._process.join(timeout)
        code = self._process.exitcode
        if code is None:
            raise subprocess.TimeoutExpired(f"server {self.pid}", timeout or 0.0)
        return code

    def kill(self) -> None:
        self._process.kill()

    def terminate(self) -> None:
        self._process.terminate()


def start(argv: list[str], log: Path) -> ForkedServer:
    """Fork `python -m gridwarden.server argv` from the forkserver; its output goes to `log`."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    process = context.Process(target=_serve, args=(argv, str(log)), daemon=False)
    process.start()
    return ForkedServer(process)


def _serve(argv: list[str], log: str) -> None:
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.close(fd)
    sys.stdout = open(1, "w", buffering=1, encoding="utf-8", closefd=False)  # noqa: SIM115
    sys.stderr = open(2, "w", buffering=1, encoding="utf-8", closefd=False)  # noqa: SIM115
    from gridwarden.server.__main__ import main

    code = main(argv)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)  # as the command would: no multiprocessing clean-up in a server process
