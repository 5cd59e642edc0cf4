"""A fatal error no Python handler sees (a segfault) leaves a crash log in the data folder; the
next start finds it, moves it aside and shows it once (gridwarden/crashlog.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from gridwarden import crashlog
from gridwarden.paths import data_paths
from tests.conftest import present

CHILD = textwrap.dedent(
    """
    import faulthandler, sys
    from gridwarden import crashlog
    from gridwarden.paths import data_paths

    stream = crashlog.enable(data_paths(sys.argv[1]))
    def fail_deep_in_the_app():
        faulthandler._sigsegv()
    fail_deep_in_the_app()
    """
)


def test_a_segfault_leaves_a_log_that_the_next_start_shows_once(tmp_path: Path) -> None:
    data = tmp_path / "网格管家数据"
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(data)], capture_output=True, text=True, timeout=60
    )
    assert child.returncode != 0  # killed by the signal
    paths = data_paths(data)
    left = crashlog.log_path(paths).read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in left
    assert "fail_deep_in_the_app" in left  # the Python stack of the crashing thread
    crash = present(crashlog.previous(paths))
    assert crash.text == left
    assert crash.path.parent == paths.logs and crash.path.name.startswith("crash-")
    assert crash.path.read_text(encoding="utf-8") == left  # kept for support
    assert not crashlog.log_path(paths).exists()
    # shown once: the next start finds nothing
    assert crashlog.previous(paths) is None


def test_a_run_that_ends_normally_leaves_nothing_to_show(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    stream = crashlog.enable(paths)
    crashlog.disable(stream)
    assert crashlog.log_path(paths).read_text(encoding="utf-8") == ""
    assert crashlog.previous(paths) is None
    assert list(paths.logs.glob("crash-*.log")) == []
