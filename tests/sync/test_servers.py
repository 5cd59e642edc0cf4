"""The shared servers' guard: a server process that is gone fails the test that wants it with
the exit code and the server's last words, not with refused connections or a wait."""

from __future__ import annotations

import subprocess

import pytest

from gridwarden.server.launch import ServerProcess
from tests.sync.servers import check_alive


def test_a_server_that_exited_fails_the_next_test_saying_why() -> None:
    gone = subprocess.Popen(["sh", "-c", "exit 3"], text=True)
    gone.wait(10)
    log = ["GRIDWARDEN_SERVER_READY http://127.0.0.1:8470\n", "database disk image is malformed\n"]
    server = ServerProcess("http://127.0.0.1:8470", "district.sqlite", gone, log)
    with pytest.raises(pytest.fail.Exception) as failed:
        check_alive(server, "the worker's shared sqlite server")
    message = str(failed.value)
    assert message.startswith(
        f"the worker's shared sqlite server at http://127.0.0.1:8470 (pid {gone.pid}) exited "
        "with code 3 while the tests ran"
    )
    assert message.endswith("Its last log lines:\n" + "".join(log))
