"""The server's admin command line, run the way an administrator runs it: `python -m
gridwarden.server.admin --db URL <command>`, with a password on standard input.

`run_admin` calls the command line's entry point, `admin.main(argv)`, in this test process:
standard input, output and error are strings, the exit code is main's return value (or the
code argparse exits with), and the working folder is the temporary folder (for PostgreSQL the
command line makes its blobs folder there). A process costs ~0.65 s of CPU in imports before it
does anything; the ~40 admin commands of the sync and security tests ran as processes before.
`run_admin_process` runs the real process; one test keeps doing so end to end
(sync/test_server_admin.py::test_the_admin_command_line_manages_users_and_devices).
"""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from unittest.mock import patch

from gridwarden.server import admin


@dataclass(frozen=True)
class Ran:
    """What the administrator sees: the exit code and the two output streams."""

    returncode: int
    stdout: str
    stderr: str


def run_admin(db_url: str, *args: str, stdin: str = "") -> Ran:
    out, err = io.StringIO(), io.StringIO()
    with (
        contextlib.chdir(tempfile.gettempdir()),
        patch.object(sys, "stdin", io.StringIO(stdin)),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        try:
            code = admin.main(["--db", db_url, *args])
        except SystemExit as exit_:  # argparse refusing the arguments (2), as the process would
            code = exit_.code if isinstance(exit_.code, int) else int(exit_.code is not None)
    return Ran(code, out.getvalue(), err.getvalue())


def run_admin_process(db_url: str, *args: str, stdin: str = "") -> Ran:
    done = subprocess.run(
        [sys.executable, "-m", "gridwarden.server.admin", "--db", db_url, *args],
        input=stdin,
        capture_output=True,
        cwd=tempfile.gettempdir(),  # the admin CLI makes a blobs folder in its working dir
        text=True,
        timeout=120,
    )
    return Ran(done.returncode, done.stdout, done.stderr)
